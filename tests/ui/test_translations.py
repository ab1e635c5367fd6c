"""Every string the code translates is in a .ts file with a finished Dutch translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.i18n import install_language, pseudo
from ui.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _lupdate() -> Path:
    return Path(sys.executable).parent / "pyside6-lupdate"


def test_every_string_in_the_code_has_a_finished_dutch_translation(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    scanned = tmp_path / "scan_nl.ts"
    subprocess.run(
        [str(_lupdate()), *sources, "-ts", str(scanned)], check=True, capture_output=True
    )
    in_code = {
        key
        for key, message in _messages(scanned).items()
        if message.find("translation") is not None
    }
    assert len(in_code) > 50, "lupdate found too few strings: is the scan broken?"
    committed: dict[tuple[str, str], ET.Element] = {}
    for ts in sorted(translations_dir().glob("*_nl.ts")):
        committed.update(_messages(ts))
    missing = sorted(in_code - committed.keys())
    assert not missing, f"strings missing from resources/translations/*_nl.ts: {missing}"
    unfinished = []
    for key in in_code:
        translation = committed[key].find("translation")
        assert translation is not None
        # Plural messages (%n) keep their text in numerusform children.
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            unfinished.append(key)
    assert not unfinished, f"empty or unfinished Dutch translations: {sorted(unfinished)}"


def test_the_app_loads_every_compiled_dutch_file(qapp: QApplication) -> None:
    try:
        loaded = install_language("nl")
        expected = {p.stem for p in translations_dir().glob("*_nl.ts")}
        assert expected <= set(loaded)
        assert QApplication.translate("Sections", "Cases") == "Zaken"
    finally:
        install_language("en")
    assert QApplication.translate("Sections", "Cases") == "Cases"


def test_pseudo_translation_stretches_and_keeps_placeholders() -> None:
    text = "Counted at {time}"
    stretched = pseudo(text)
    assert "{time}" in stretched
    visible = len("Counted at ")
    assert len(stretched) - len(text) >= visible * 0.4
    assert stretched != text and "á" not in text and "é" in stretched
    assert pseudo("&File").startswith("&")
