"""The Cases section in the main window: sidebar, dashboard counters, Ctrl+N, workflow, roles."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lawfulreq.domain.enums import CaseStatus
from lawfulreq.errors import PermissionDeniedError
from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseFilter
from lawfulreq.services.registry import AppServices
from ui import navigation as nav
from ui.errors import ErrorReporter
from ui.main_window import MainWindow
from ui.models.case_table import CaseTableModel
from ui.screens.case_detail import CaseDetailScreen
from ui.screens.cases import CasesScreen
from ui.screens.dashboard import DashboardScreen
from ui.screens.settings import SettingsScreen

MakeWindow = Callable[..., MainWindow]


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def _cases(window: MainWindow) -> CasesScreen:
    screen = window.current_screen()
    assert isinstance(screen, CasesScreen)
    return screen


def _refs(screen: CasesScreen) -> list[str]:
    model = screen.model
    return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]


def test_the_sidebar_opens_the_case_list(
    qtbot: QtBot, make_window: MakeWindow, sqlite_services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    window = make_window("officer")
    row = [s.key for s in window.sections].index(nav.CASES)
    rect = window.nav_list.visualItemRect(window.nav_list.item(row))
    qtbot.mouseClick(window.nav_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    screen = _cases(window)
    assert window.page_title.text() == "Cases"
    expected = sqlite_services.cases.count(ui_actors["officer"])
    assert screen.model.rowCount() == expected == 11
    assert screen.list_page.count_label.text() == "11 cases"
    assert screen.list_page.new_button.isVisibleTo(screen)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.list_page.search.hasFocus()


@pytest.mark.parametrize("card", ["overdue", "due_today", "due_this_week", "emergency", "open"])
def test_a_dashboard_counter_opens_exactly_the_cases_it_counts(
    qtbot: QtBot,
    make_window: MakeWindow,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    card: str,
) -> None:
    window = make_window("fg")
    window.navigate_to(nav.DASHBOARD)
    dashboard = window.current_screen()
    assert isinstance(dashboard, DashboardScreen)
    counter = dashboard.cards[card].counter
    assert counter is not None and isinstance(counter.query, CaseFilter)
    qtbot.mouseClick(dashboard.cards[card], Qt.MouseButton.LeftButton)
    screen = _cases(window)
    assert screen.model.case_filter == counter.query
    fg = ui_actors["fg"]
    expected = [c.ref for c in sqlite_services.cases.list(fg, counter.query)]
    assert sorted(_refs(screen)) == sorted(expected)
    assert screen.model.rowCount() == counter.count == int(dashboard.cards[card].number.text())
    assert screen.list_page.preset_bar.isVisibleTo(screen)
    # The boxes narrow the dashboard's selection; "Show all cases" drops it.
    screen.list_page.search.setText("no such case")
    assert screen.model.rowCount() == 0
    screen.list_page.clear_preset_button.click()
    assert screen.model.case_filter.due_before is None
    assert not screen.list_page.preset_bar.isVisibleTo(screen)


def test_ctrl_n_registers_a_case_that_the_list_then_shows_and_opens(
    qtbot: QtBot, make_window: MakeWindow, sqlite_services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    window = make_window("officer")
    _activate(qtbot, window)
    before = sqlite_services.cases.count(ui_actors["officer"])
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    screen = _cases(window)
    dialog = screen.new_case_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.authority.setEditText("Politie Eenheid Noord")
    dialog.requester.setEditText("A. Jansen")
    dialog.verification.setCurrentIndex(dialog.verification.findData("in_person"))
    dialog.reference.setText("PL0100-2026-777")
    dialog.targets.setPlainText("+31 6 12345678")
    assert dialog.finding_codes() == set()
    with qtbot.waitSignal(screen.case_created) as created:
        dialog.create_button.click()
    ref = created.args[0]
    assert screen.new_case_dialog is None
    assert screen.model.rowCount() == before + 1
    assert screen.list_page.selected_ref() == ref
    assert f"Case {ref} registered." in window.statusBar().currentMessage()

    screen.list_page.table.setFocus()
    qtbot.keyClick(screen.list_page.table, Qt.Key.Key_Return)
    assert screen.showing_detail and screen.detail is not None
    assert screen.detail.title.text() == ref
    # Written as a Dutch reader writes it; the stored E.164 form in the tooltip.
    cell = screen.detail.targets_table.item(0, 2)
    assert cell.text() == "06-12345678" and cell.toolTip() == "+31612345678"


def test_a_case_moves_through_the_workflow_in_the_shell(
    qtbot: QtBot, make_window: MakeWindow, sqlite_services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    window = make_window("fg")
    window.navigate_to(nav.CASES)
    screen = _cases(window)
    row = _refs(screen).index("LR-2026-0001")
    screen.list_page.table.doubleClicked.emit(screen.model.index(row, 0))
    detail = screen.detail
    assert isinstance(detail, CaseDetailScreen) and screen.showing_detail
    assert detail.detail is not None and detail.detail.status is CaseStatus.RECEIVED
    detail.move_buttons[CaseStatus.UNDER_REVIEW].click()
    assert detail.detail.status is CaseStatus.UNDER_REVIEW
    assert "is now “Under review”" in window.statusBar().currentMessage()
    # F5 on the case page reloads the case, not the list.
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert screen.showing_detail
    history = [item.what for item in detail.history_timeline.items]
    assert "Moved: Received → Under review" in history
    assert len(history) == len(sqlite_services.cases.history(ui_actors["fg"], "LR-2026-0001"))
    detail.back_button.click()
    assert not screen.showing_detail
    status = screen.model.data(screen.model.index(row, CaseTableModel.COL_STATUS))
    assert status == "Under review"
    assert screen.list_page.selected_ref() == "LR-2026-0001"


def test_the_auditor_reads_but_cannot_create_or_move(
    qtbot: QtBot,
    make_window: MakeWindow,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    reporter: ErrorReporter,
) -> None:
    window = make_window("auditor")
    window.navigate_to(nav.CASES)
    screen = _cases(window)
    assert screen.model.rowCount() == 11
    assert not screen.list_page.new_button.isVisibleTo(screen)
    assert screen.open_new_case() is None
    assert screen.new_case_dialog is None
    detail = screen.open_case("LR-2026-0001")
    assert detail.move_buttons == {} and detail.read_only_note.isVisibleTo(detail)
    with pytest.raises(PermissionDeniedError):
        sqlite_services.cases.move(ui_actors["auditor"], "LR-2026-0001", CaseStatus.UNDER_REVIEW)
    assert sqlite_services.cases.get(ui_actors["fg"], "LR-2026-0001").status is CaseStatus.RECEIVED
    assert not reporter.reported


def test_settings_offer_the_legal_rules(make_window: MakeWindow) -> None:
    for role, editable in (("fg", True), ("officer", False)):
        window = make_window(role)
        window.navigate_to(nav.SETTINGS)
        settings = window.current_screen()
        assert isinstance(settings, SettingsScreen)
        settings.tabs.setCurrentIndex(settings.legal_rules_index)
        rules = settings.legal_rules
        assert rules.rules.count() > 20 and rules.rule is not None
        assert rules.save_button.isVisibleTo(rules) is editable
        assert rules.rc_required.isEnabled() is editable
