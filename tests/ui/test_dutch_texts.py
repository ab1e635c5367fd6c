"""The Dutch screens read Dutch: no internal codes, no English words, no "(s)" (issue 15).

Reads what `lawfulreq screenshots --lang nl` writes to texts.json: every visible text per shot."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from lawfulreq.services.catalogue import shipped_catalogue
from ui.i18n import install_language
from ui.screen_texts import visible_texts
from ui.screenshots import demo_session, iterate_shots, save_shots

CODE_PATTERNS = {
    "snake_case code": re.compile(r"\b[a-z]+_[a-z_]+\b"),
    "finding code": re.compile(r"\b[A-Z]{2,}_[A-Z_]+\b"),
    "legal-basis code": re.compile(r"\b(?:sv|wiv|awr|awb|eu|foreign|iw)-[0-9a-z]"),
    "audit action": re.compile(r"\b[a-z]+\.[a-z_]+\b"),
    "plural in brackets": re.compile(r"\w\((?:s|e|en)\)|\bzaak/zaken\b"),
}
# Words that are English and never Dutch ("of", "is", "in", "door" are Dutch, so not here).
ENGLISH = frozenset(
    [
        "the",
        "and",
        "with",
        "from",
        "for",
        "at",
        "found",
        "holder",
        "holders",
        "catalogue",
        "threat",
        "life",
        "case",
        "cases",
        "select",
        "choose",
        "loading",
        "none",
        "yes",
        "must",
        "should",
        "please",
        "owner",
        "user",
        "users",
        "lookup",
        "data",
        "date",
        "time",
        "until",
        "demand",
        "written",
        "oral",
        "phone",
        "number",
        "not",
        "no",
        "by",
        "waiting",
        "which",
        "when",
        "this",
        "that",
        "your",
        "you",
        "what",
        # The enumerations' values: words only when ui/labels.py translates them.
        "police",
        "prosecutor",
        "intelligence",
        "supervisor",
        "emergency",
        "foreign",
        "subscriber",
        "traffic",
        "location",
        "stored",
        "interception",
        "preservation",
        "mobile",
        "fixed",
        "electronic",
        "received",
        "approved",
        "disclosed",
        "closed",
        "rejected",
        "withdrawn",
    ]
)
WORD = re.compile(r"[^\W\d_]+")
# Texts that may hold such tokens: file names and e-mail addresses, the CSV columns a file
# must have (the import format), and the crash dialog's technical details (copied to us).
ALLOWED = (
    re.compile(r"[\w.-]+@[\w.-]+"),
    re.compile(r"[\w./~-]+\.(?:db|log|py|csv|pdf|json|txt)\b"),
)
ALLOWED_SHOTS_LINES = {
    "import-data": re.compile(r"^Kolommen: "),
    "crash-dialog": re.compile(r"^(?:File |Traceback|RuntimeError|LawfulReq )"),
}
# The shipped catalogue's notes and sources exist in English only (data of the legal-rules
# issue, editable by the FG); exactly those texts pass, anything else on the page is checked.
SHIPPED_NOTES = frozenset(
    " ".join(b[field].split())
    for b in shipped_catalogue()
    for field in ("notes", "source")
    if b.get(field)
)


def problems_in(shot: str, texts: list[str]) -> list[str]:
    """Codes and English words in one shot's texts, each as "shot: what 'text'"."""
    found: list[str] = []
    allowed_line = ALLOWED_SHOTS_LINES.get(re.sub(r"^\d+-", "", shot))
    for text in texts:
        if allowed_line is not None and allowed_line.search(text):
            continue
        if shot.endswith("legal-rules") and text in SHIPPED_NOTES:
            continue
        cleaned = text
        for pattern in ALLOWED:
            cleaned = pattern.sub(" ", cleaned)
        for what, pattern in CODE_PATTERNS.items():
            found += [f"{shot}: {what} {m!r} in {text!r}" for m in pattern.findall(cleaned)]
        english = [w for w in WORD.findall(cleaned) if w.lower() in ENGLISH]
        if english:
            found.append(f"{shot}: English {english} in {text!r}")
    return found


def test_the_checker_finds_codes_english_and_brackets_and_lets_names_pass() -> None:
    assert problems_in("09-audit-log", ["login.succeeded"])
    assert problems_in("18-case-detail", ["WRITTEN_CONFIRMATION_DUE"])
    assert problems_in("18-case-detail", ["Identiteit: call_back (officer2)"])
    assert problems_in("03-cases", ["sv-126m"])
    assert problems_in("13-lookup-result", ["67 holder(s) found."])
    assert problems_in("18-case-detail", ["komt ook voor in open zaak/zaken LR-1"])
    assert problems_in("18-case-detail", ["Threat to life announced"])
    assert not problems_in("18-case-detail", ["art. 126m Sv — Bevel tot aftappen"])
    assert not problems_in("19-case-demand", ["mr. D. Tahiri, 088-9002212, d.tahiri@om.example"])
    assert not problems_in("13-lookup-result", ["Noëllestraat 20", "Opzoeken of terugbellen"])
    assert not problems_in("10-import-data", ["Kolommen: customer_id, house_number"])
    assert problems_in("11-users", ["Kolommen: customer_id"])  # only the import screen


def test_texts_of_a_widget_tree_are_what_shows(qapp: QApplication) -> None:
    top = QWidget()
    layout = QVBoxLayout(top)
    shown, hidden = QLabel("<b>Zichtbaar</b> &amp; klaar"), QLabel("Verborgen")
    button = QPushButton("&Opslaan")
    for widget in (shown, hidden, button):
        layout.addWidget(widget)
    hidden.hide()
    assert visible_texts(top) == ["Zichtbaar & klaar", "Opslaan"]


@pytest.fixture
def dutch_texts(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, list[str]]]:
    """texts.json of the Dutch screenshot set (demo data, fixed clock), as the command writes it."""
    out = tmp_path_factory.mktemp("texts")
    with demo_session(tmp_path_factory.mktemp("demo")) as (services, actor):
        save_shots(iterate_shots(services, actor, language="nl", settings_dir=out), out, "nl")
    install_language("en")
    yield json.loads((out / "texts.json").read_text(encoding="utf-8"))


def test_no_code_english_word_or_bracketed_plural_on_a_dutch_screen(
    dutch_texts: dict[str, list[str]],
) -> None:
    assert "19-case-demand" in dutch_texts and "13-lookup-result" in dutch_texts
    assert all(texts for texts in dutch_texts.values()), "a shot without any text"
    problems = [p for shot, texts in dutch_texts.items() for p in problems_in(shot, texts)]
    assert not problems, "\n".join(problems)


def test_the_dutch_screens_write_dates_and_numbers_the_dutch_way(
    dutch_texts: dict[str, list[str]],
) -> None:
    every = [text for texts in dutch_texts.values() for text in texts]
    iso = [t for t in every if re.search(r"\b20\d\d-\d\d-\d\d\b", t)]
    assert not iso, f"ISO dates on Dutch screens: {iso[:10]}"
    e164 = [t for t in every if re.search(r"\+31\d{9}\b", t)]
    assert not e164, f"E.164 numbers on Dutch screens: {e164[:10]}"
    assert any(re.search(r"\b\d\d-\d\d-20\d\d \d\d:\d\d\b", t) for t in every)
    lookup = " ".join(dutch_texts["13-lookup-result"])
    assert re.search(r"\b0\d{1,3}-\d{6,8}\b", lookup), "no Dutch-written number in the lookup"
    assert re.search(r"\b[1-9]\d{3} [A-Z]{2}\b", lookup), "no postcode with its space"
