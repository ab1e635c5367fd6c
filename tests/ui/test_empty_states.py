"""Lists and panels say when they load or have nothing to show (issue 15, defect 6)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.lookup.data import CUSTOMERS, write
from ui import navigation as nav
from ui.main_window import MainWindow
from ui.screens.audit_log import AuditLogScreen
from ui.screens.cases import CasesScreen
from ui.screens.import_data import ImportScreen


def test_the_audit_log_says_when_no_event_matches(make_window: Callable[[str], MainWindow]) -> None:
    window = make_window("fg")
    window.navigate_to(nav.AUDIT_LOG)
    screen = window.current_screen()
    assert isinstance(screen, AuditLogScreen)
    assert screen.table_view.visible_text() == ""  # events are listed
    screen.search.setText("no event says this")
    screen.apply_filters()
    assert screen.table_view.visible_text() == "No event matches these filters."
    screen.clear_filters()
    assert screen.table_view.visible_text() == ""


def test_the_case_list_says_when_no_case_matches(make_window: Callable[[str], MainWindow]) -> None:
    window = make_window("officer")
    window.navigate_to(nav.CASES)
    screen = window.current_screen()
    assert isinstance(screen, CasesScreen)
    page = screen.list_page
    assert page.table_view.visible_text() == ""
    page.search.setText("no case is called this")
    QApplication.processEvents()
    page.reload()
    assert page.table_view.visible_text() == "No case matches these filters."


def test_the_import_screen_says_where_bad_rows_appear_and_when_there_are_none(
    make_window: Callable[[str], MainWindow], tmp_path: Path
) -> None:
    window = make_window("fg")
    window.navigate_to(nav.IMPORT_DATA)
    screen = window.current_screen()
    assert isinstance(screen, ImportScreen)
    assert screen.bad_rows_view.visible_text() == "Check a file: its bad rows are listed here."
    screen.path.setText(str(write(tmp_path, "customers.csv", CUSTOMERS)))
    screen.start(dry_run=True)
    assert screen.bad_rows_view.visible_text() == "No bad rows: every row of the file is valid."
    bad = CUSTOMERS.replace("1234 AB;Utrecht", "0000 AB;Utrecht")
    screen.path.setText(str(write(tmp_path, "bad.csv", bad)))
    screen.start(dry_run=True)
    assert screen.bad_rows_view.visible_text() == "" and screen.bad_rows.rowCount() == 1
