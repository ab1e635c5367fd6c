"""Screenshot QA: golden images per language, and no clipped text under a 40% longer language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
)

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.ui.clipping import clipped
from tests.ui.image_compare import compare_with_baseline
from ui.i18n import install_language
from ui.screenshots import SIZE, VOLATILE_SHOTS, demo_session, iterate_shots, write_index

BASELINES = Path(__file__).resolve().parents[1] / "screenshots"
# Light: tests/screenshots/<lang>/; dark: tests/screenshots/<lang>-dark/. Missing or changed
# baselines are (re)written by:
#   UPDATE_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q \
#       tests/ui/test_screenshots.py -k test_screens_match_their_baselines
THEMED = [("nl", "light"), ("en", "light"), ("nl", "dark"), ("en", "dark")]


def baseline_dir(language: str, theme: str) -> Path:
    return BASELINES / (language if theme == "light" else f"{language}-{theme}")


EXPECTED_NAMES = [
    "login",
    "dashboard",
    "cases",
    "lookup",
    "disclosures",
    "flags",
    "access-requests",
    "statistics",
    "audit-log",
    "import-data",
    "users",
    "settings",
    "lookup-result",
    "about",
    "error-message",
    "crash-dialog",
    "progress-dialog",
    "case-detail",
    "case-demand",
    "new-case",
    "legal-rules",
    "case-disclosure",
    "disclosures-list",
    "verify-report",
    "report-disclosure",
    "report-refusal",
    "report-no-data",
    "flag-review",
    "access-request-new",
    "access-answer",
    "audit-log-verified",
    "idle-lock",
    "backup-passphrase",
    "login-first-start",
    "statistics-identifier-outcome",
    "case-history",
]


@pytest.fixture
def shot_data(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[AppServices, Actor]]:
    """The real demo data at small scale with the fixed clock, as `lawfulreq screenshots`.

    A fresh copy per test (2 s): the audit-log shot verifies the chain, which is recorded,
    so each language's images must not depend on which test ran before."""
    with demo_session(tmp_path_factory.mktemp("shots")) as data:
        yield data
    install_language("en")


@pytest.mark.parametrize(("language", "theme"), THEMED)
def test_screens_match_their_baselines(
    shot_data: tuple[AppServices, Actor], language: str, theme: str, tmp_path: Path
) -> None:
    services, actor = shot_data
    folder = baseline_dir(language, theme)
    failures_dir = Path(os.environ.get("SCREENSHOT_FAILURES_DIR", tmp_path)) / folder.name
    names, problems = [], []
    for shot in iterate_shots(
        services, actor, language=language, settings_dir=tmp_path, theme=theme
    ):
        names.append(shot.name)
        assert shot.image.size() == SIZE, shot.name
        baseline = folder / f"{shot.number:02d}-{shot.name}.png"
        if shot.name not in VOLATILE_SHOTS:  # see ui.screenshots.VOLATILE_SHOTS
            result = compare_with_baseline(shot.image, baseline, failures_dir)
            if not result.ok:
                problems.append(result.message)
        # The real language too, not only the stretched pseudo-translation.
        problems += [f"{shot.name}: {p}" for p in clipped(shot.widget)]
    assert names == EXPECTED_NAMES
    assert not problems, "\n".join(problems)


def test_no_text_is_clipped_when_every_string_is_40_percent_longer(
    shot_data: tuple[AppServices, Actor], tmp_path: Path
) -> None:
    services, actor = shot_data
    problems: list[str] = []
    seen = 0
    for shot in iterate_shots(
        services, actor, language="en", settings_dir=tmp_path, pseudo_translate=True
    ):
        seen += 1
        top = shot.widget.window()
        if shot.name == "dashboard":
            assert shot.widget.windowTitle().endswith("~~~~"), "pseudo-translation not active"
        if shot.name not in ("login",) and top.objectName() == "mainWindow":
            assert top.size() == SIZE, f"{shot.name}: the window cannot be 1280x800"
        problems += [f"{shot.name}: {p}" for p in clipped(shot.widget)]
    assert seen == len(EXPECTED_NAMES)
    assert not problems, "\n".join(problems)


def test_index_names_screen_language_and_version(tmp_path: Path) -> None:
    page = write_index(tmp_path, "nl", [(1, "dashboard", "Overzicht", "01-dashboard.png")])
    text = page.read_text(encoding="utf-8")
    assert "01-dashboard.png" in text and "Overzicht" in text and "nl" in text
    assert "LawfulReq" in text


def test_a_changed_image_fails_and_leaves_actual_expected_and_diff(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter

    from tests.ui.image_compare import compare_with_baseline

    monkeypatch.delenv("UPDATE_SCREENSHOTS", raising=False)
    base = QImage(200, 100, QImage.Format.Format_RGB32)
    base.fill(QColor("white"))
    baseline = tmp_path / "01-x.png"
    base.save(str(baseline))
    assert compare_with_baseline(base, baseline, tmp_path / "fail").ok
    changed = base.copy()
    painter = QPainter(changed)
    painter.fillRect(10, 10, 40, 20, QColor("black"))
    painter.end()
    result = compare_with_baseline(changed, baseline, tmp_path / "fail")
    assert not result.ok and "800 pixels differ" in result.message
    written = sorted(p.name for p in (tmp_path / "fail").iterdir())
    assert written == ["01-x-actual.png", "01-x-diff.png", "01-x-expected.png"]


@pytest.mark.no_faketime  # libfaketime's sleep shim fails in subprocess.wait
def test_every_screen_renders_at_200_percent_scaling_without_clipping(tmp_path: Path) -> None:
    """Readable at 200%: each image is twice the pixels (2560x1600) and no text is cut off."""
    root = Path(__file__).resolve().parents[2]
    # A 2560x1600 screen at 200% is 1280x800 to the app (the offscreen default is 800x600).
    screen = {"name": "hidpi", "x": 0, "y": 0, "width": 2560, "height": 1600, "dpr": 1}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": "2",
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.hidpi_check"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert f"shots: {len(EXPECTED_NAMES)}" in result.stdout


README_SHOTS = {
    "readme-nl-dashboard.png": "nl/02-dashboard.png",
    "readme-nl-case-detail.png": "nl/18-case-detail.png",
    "readme-en-new-case.png": "en/20-new-case.png",
}


def test_the_readme_shows_the_current_screens() -> None:
    """The README's three images are copies of today's baselines, not of an older screen."""
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    for image, baseline in README_SHOTS.items():
        assert f"resources/screenshots/{image}" in readme, image
        current = (BASELINES / baseline).read_bytes()
        assert (root / "resources" / "screenshots" / image).read_bytes() == current, (
            f"{image} is stale: copy tests/screenshots/{baseline} over it"
        )
