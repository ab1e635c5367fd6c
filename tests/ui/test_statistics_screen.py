"""The Statistics section: period picker, unit switch, bars beside the table, states, export."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from lawfulreq.services.registry import AppServices
from lawfulreq.services.statistics import Unit
from tests.conftest import _USERS_SEEN
from tests.stats.data import KNOWN, add_cases
from ui import navigation as nav
from ui.main_window import MainWindow
from ui.screens.statistics import StatisticsScreen

MakeWindow = Callable[..., MainWindow]


def _screen(window: MainWindow) -> StatisticsScreen:
    window.navigate_to(nav.STATISTICS)
    screen = window.current_screen()
    assert isinstance(screen, StatisticsScreen)
    return screen


def _table(screen: StatisticsScreen, key: str) -> dict[str, str]:
    table = screen.breakdowns[key].table
    rows = {}
    for row in range(table.rowCount()):
        name, count = table.item(row, 0), table.item(row, 1)
        assert name is not None and count is not None
        rows[name.text()] = count.text()
    return rows


def test_the_section_shows_the_current_half_year_as_bars_and_table(
    qtbot: QtBot, make_window: MakeWindow, sqlite_services: AppServices
) -> None:
    add_cases(sqlite_services, KNOWN, user_id=_USERS_SEEN["sqlite-True"]["officer"].user_id)
    window = make_window("auditor")
    screen = _screen(window)
    expected = sqlite_services.statistics.statistics(
        _USERS_SEEN["sqlite-True"]["auditor"], "2026H2", Unit.DEMAND
    )
    assert screen.period().label == "2026H2"  # the test clock stands in November 2026
    assert screen.tabs.isVisible() and not screen.state.isVisible()
    assert f", {expected.total} demands were received (" in screen.summary.text()
    outcome = _table(screen, "by_outcome")
    assert outcome["Total"] == str(expected.total)
    assert outcome["Delivered in part"] == str(expected.by_outcome["delivered_partly"])
    assert sum(int(v) for k, v in outcome.items() if k != "Total") == expected.total
    basis = _table(screen, "by_basis")
    assert basis["art. 47 Wiv 2017 (not publishable)"] == "1"
    assert basis["art. 126n Sv"] == str(expected.by_basis["sv-126n"])
    assert not any("sv-" in name or "wiv-" in name for name in basis)
    chart = screen.breakdowns["by_basis"].chart
    assert [b.label for b in chart.bars] == [k for k in basis if k != "Total"]
    assert [b.marked for b in chart.bars].count(True) == 1
    assert "not publishable" in screen.note.text() and '"<\u00a05"' in screen.note.text()
    # The auditor may not count intelligence bases into an export: the option is not offered.
    assert not screen.include_hidden.isVisible()

    screen.unit.setCurrentIndex(1)  # per identifier
    per_identifier = sqlite_services.statistics.statistics(
        _USERS_SEEN["sqlite-True"]["auditor"], "2026H2", Unit.IDENTIFIER
    )
    assert _table(screen, "by_outcome")["Total"] == str(per_identifier.total)
    assert f", {per_identifier.total} identifiers were received" in screen.summary.text()


def test_period_picker_and_the_empty_and_invalid_states(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    screen = _screen(make_window("fg"))
    screen.set_period("2025H1")
    screen.show_button.click()
    assert screen.period().label == "2025H1"
    assert screen.state.isVisible() and not screen.tabs.isVisible()
    assert screen.state.text() == "No demands were received in the first half of 2025."
    assert not screen.csv_button.isEnabled()

    screen.kind.setCurrentIndex(2)
    assert screen.date_from.isVisible() and not screen.half.isVisible()
    screen.date_from.setDate(QDate(2026, 3, 1))
    screen.date_to.setDate(QDate(2026, 2, 1))
    screen.show_button.click()
    assert "end lies before the start" in screen.state.text()

    screen.set_period("2026")
    screen.show_button.click()
    assert screen.year.isVisible() and not screen.half.isVisible()
    assert screen.tabs.isVisible() and screen.csv_button.isEnabled()


def test_export_buttons_write_the_publishable_files(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window("fg")
    screen = _screen(window)
    assert screen.include_hidden.isVisible()
    target = tmp_path / "stats.csv"
    screen.export_to(str(target), "csv")
    assert screen.last_export is not None and screen.last_export.path == str(target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["code"] == "period" and rows[0]["count"] == "2026H2"
    assert window.statusBar().currentMessage() == f"Exported to {target}"
    pdf = tmp_path / "stats.pdf"
    screen.export_to(str(pdf), "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
