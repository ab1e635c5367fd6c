"""The case's History tab: a timeline in words, oldest first, dates in the reader's format."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from lawfulreq.services.cases import HistoryEntry
from tests.conftest import NOW
from ui.history_timeline import HistoryTimeline, timeline_items
from ui.i18n import install_language
from ui.screens.case_detail import history_action

ENTRIES = [
    # Given out of order: the timeline sorts by moment, the oldest on top.
    HistoryEntry(
        NOW + timedelta(hours=2),
        "jansen",
        "case.moved",
        "wacht op schriftelijke bevestiging",
        {"from": "received", "to": "on_hold"},
    ),
    HistoryEntry(NOW, "officer", "case.created", "", {}),
    HistoryEntry(
        NOW + timedelta(minutes=30),
        "officer",
        "case.document_added",
        "",
        {"filename": "vordering.pdf", "kind": "demand", "sha256": "ab" * 32},
    ),
    HistoryEntry(
        NOW + timedelta(hours=1),
        "jansen",
        "case.requester_verified",
        "",
        {"method": "in_person"},
    ),
]


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    install_language("nl")
    yield
    install_language("en")


def _shown(timeline: HistoryTimeline, name: str) -> list[str]:
    return [
        label.text()
        for label in timeline.widget().findChildren(QLabel, name)
        if label.isVisibleTo(timeline)
    ]


def test_the_history_reads_as_a_dutch_timeline_oldest_first(qtbot: QtBot, dutch: None) -> None:
    timeline = HistoryTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(700, 500)
    timeline.set_items(timeline_items(ENTRIES, history_action))
    timeline.show()
    qtbot.waitExposed(timeline)
    assert _shown(timeline, "timelineWhen") == [
        "20-11-2026 10:00 · officer",
        "20-11-2026 10:30 · officer",
        "20-11-2026 11:00 · jansen",
        "20-11-2026 12:00 · jansen",
    ]
    assert _shown(timeline, "timelineWhat") == [
        "Geregistreerd",
        "Document toegevoegd",
        "Identiteit van de verzoeker gecontroleerd",
        "Verplaatst: Ontvangen → Aangehouden",
    ]
    # Details in words; no JSON, no codes, no hashes; the move's from/to only in its title.
    assert _shown(timeline, "timelineDetails") == [
        "Bestand: vordering.pdf\nSoort: vordering",
        "Methode: persoonlijk",
    ]
    assert _shown(timeline, "timelineWhy") == ["Reden: wacht op schriftelijke bevestiging"]
    everything = " ".join(timeline.texts())
    for internal in ("case.", "sha256", "abab", "in_person", "on_hold", "{", "_"):
        assert internal not in everything, internal
    # The code stays reachable for a technician, in the tooltip.
    whats = timeline.widget().findChildren(QLabel, "timelineWhat")
    assert "case.moved" in whats[-1].toolTip()
    # The newest entry is in view: the timeline opens scrolled to the bottom.
    bar = timeline.verticalScrollBar()
    assert bar.value() == bar.maximum()


def test_english_dates_and_an_empty_history(qtbot: QtBot, qapp: QApplication) -> None:
    install_language("en")
    timeline = HistoryTimeline()
    qtbot.addWidget(timeline)
    timeline.set_items(timeline_items(ENTRIES[:2], history_action))
    timeline.show()
    assert _shown(timeline, "timelineWhen") == [
        "2026-11-20 10:00 · officer",
        "2026-11-20 12:00 · jansen",
    ]
    assert _shown(timeline, "timelineWhat")[-1] == "Moved: Received → On hold"
    timeline.set_items([])
    QApplication.processEvents()  # the old entries are deleted later
    assert _shown(timeline, "timelineWhat") == []
