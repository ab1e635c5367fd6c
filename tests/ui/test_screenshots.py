"""Screenshot QA: golden images per language, and no clipped text under a 40% longer language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QWidget,
)

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.ui.image_compare import compare_with_baseline
from ui.i18n import install_language
from ui.screenshots import SIZE, demo_session, iterate_shots, write_index

BASELINES = Path(__file__).resolve().parents[1] / "screenshots"
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
    "new-case",
    "legal-rules",
    "audit-log-verified",
    "idle-lock",
    "backup-passphrase",
    "login-first-start",
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


@pytest.mark.parametrize("language", ["nl", "en"])
def test_screens_match_their_baselines(
    shot_data: tuple[AppServices, Actor], language: str, tmp_path: Path
) -> None:
    services, actor = shot_data
    failures_dir = Path(os.environ.get("SCREENSHOT_FAILURES_DIR", tmp_path)) / language
    names, problems = [], []
    for shot in iterate_shots(services, actor, language=language, settings_dir=tmp_path):
        names.append(shot.name)
        assert shot.image.size() == SIZE, shot.name
        baseline = BASELINES / language / f"{shot.number:02d}-{shot.name}.png"
        result = compare_with_baseline(shot.image, baseline, failures_dir)
        if not result.ok:
            problems.append(result.message)
    assert names == EXPECTED_NAMES
    assert not problems, "\n".join(problems)


def _clipped(top: QWidget) -> list[str]:
    """Widgets whose size is below what their text needs (size hints, not the eye)."""
    found: list[str] = []
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(top) or widget.width() == 0:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.height() + 1 < widget.heightForWidth(widget.width()):
                    found.append(f"{name} '{widget.text()[:40]}' too low")
            elif widget.width() + 1 < widget.sizeHint().width():
                found.append(f"{name} '{widget.text()[:40]}' too narrow")
        elif isinstance(widget, QAbstractButton | QGroupBox):
            if widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"{name} too narrow")
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{name} scrolls sideways")
        elif isinstance(widget, QListWidget):
            metrics = widget.fontMetrics()
            room = widget.viewport().width() - widget.iconSize().width()
            for row in range(widget.count()):
                text = widget.item(row).text()
                if metrics.horizontalAdvance(text) + 40 > room:
                    found.append(f"{name} item '{text}' elided")
    return found


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
        problems += [f"{shot.name}: {p}" for p in _clipped(shot.widget)]
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
