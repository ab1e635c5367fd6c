"""The main window: navigation, dashboard counters and their lists, shortcuts, settings, roles."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseFilter
from lawfulreq.services.dashboard import FlagQuery
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD
from tests.ui.fixture_data import wipe_cases
from ui import main_window
from ui import navigation as nav
from ui.app import build_main_window
from ui.errors import ErrorReporter
from ui.main_window import MainWindow
from ui.navigation import NavigationRequest
from ui.preferences import Preferences
from ui.screens.cases import CasesScreen
from ui.screens.dashboard import DashboardScreen
from ui.screens.placeholder import PlaceholderScreen
from ui.screens.settings import SettingsScreen
from ui.sections import SECTIONS, LazyScreen

MakeWindow = Callable[..., MainWindow]


def _click_nav(qtbot: QtBot, window: MainWindow, row: int) -> None:
    rect = window.nav_list.visualItemRect(window.nav_list.item(row))
    qtbot.mouseClick(window.nav_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_through_the_navigation_opens_every_section(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window("fg")
    assert [s.key for s in window.sections] == [s.key for s in SECTIONS]
    for row, entry in enumerate(window.sections):
        _click_nav(qtbot, window, row)
        screen = window.current_screen()
        assert window.current_key == entry.key
        assert window.stack.currentWidget() is screen
        assert window.page_title.text() == entry.title()
        if entry.factory is None:
            assert isinstance(screen, PlaceholderScreen)
            heading = screen.findChild(QLabel, "placeholderHeading")
            assert heading is not None and "not available in this version" in heading.text()
    assert isinstance(window.screens[nav.DASHBOARD], DashboardScreen)
    assert isinstance(window.screens[nav.SETTINGS], SettingsScreen)


def test_dashboard_counters_show_the_database_counts(
    make_window: MakeWindow, sqlite_services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    window = make_window("fg")
    window.navigate_to(nav.DASHBOARD)
    screen = window.current_screen()
    assert isinstance(screen, DashboardScreen)
    fg = ui_actors["fg"]
    expected = {
        "open": sqlite_services.cases.count(fg, CaseFilter(open_only=True)),
        "overdue": 2,
        "due_today": 2,
        "due_this_week": 4,
        "emergency": 1,
        "status.received": 3,
        "status.on_hold": 1,
        "flags_review_due": 2,
        "dsars_due": 2,
    }
    shown = {key: int(screen.cards[key].number.text()) for key in expected}
    assert shown == {**expected, "open": 8}
    assert screen.cards["overdue"].alert and not screen.cards["due_this_week"].alert
    assert screen.empty_state.isHidden()


def test_clicking_a_counter_opens_the_filtered_list(
    qtbot: QtBot,
    make_window: MakeWindow,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
) -> None:
    window = make_window("fg")
    window.navigate_to(nav.DASHBOARD)
    screen = window.current_screen()
    assert isinstance(screen, DashboardScreen)
    with qtbot.waitSignal(window.navigated) as blocker:
        qtbot.mouseClick(screen.cards["overdue"], Qt.MouseButton.LeftButton)
    request = blocker.args[0]
    assert isinstance(request, NavigationRequest) and request.section == nav.CASES
    assert isinstance(request.payload, CaseFilter)
    assert request.payload.open_only and request.payload.due_before is not None
    assert window.current_key == nav.CASES
    cases_screen = window.current_screen()
    assert isinstance(cases_screen, CasesScreen)
    assert cases_screen.model.case_filter == request.payload
    assert len(sqlite_services.cases.list(ui_actors["fg"], request.payload)) == 2

    window.navigate_to(nav.DASHBOARD)
    with qtbot.waitSignal(window.navigated) as blocker:
        screen.cards["flags_review_due"].setFocus()
        qtbot.keyClick(screen.cards["flags_review_due"], Qt.Key.Key_Return)
    assert blocker.args[0].section == nav.FLAGS
    assert isinstance(blocker.args[0].payload, FlagQuery)


def test_an_empty_database_shows_what_to_do_next(
    make_window: MakeWindow, sqlite_services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    wipe_cases(sqlite_services)
    window = make_window("officer")
    screen = window.current_screen()
    assert isinstance(screen, DashboardScreen)
    assert not screen.empty_state.isHidden()
    assert "Ctrl+N" in screen.empty_state.text()
    assert screen.cards["open"].number.text() == "0"


def test_roles_see_only_their_sections_and_cards(make_window: MakeWindow) -> None:
    auditor = make_window("auditor")
    keys = [s.key for s in auditor.sections]
    assert nav.AUDIT_LOG in keys and nav.FLAGS not in keys and nav.LOOKUP not in keys
    assert not auditor.menu_actions["new_case"].isEnabled()
    dashboard = auditor.current_screen()
    assert isinstance(dashboard, DashboardScreen)
    assert "flags_review_due" not in dashboard.cards and "dsars_due" not in dashboard.cards
    auditor.navigate_to(nav.FLAGS)
    assert auditor.current_key == nav.DASHBOARD
    assert "not available for your role" in auditor.statusBar().currentMessage()
    officer = make_window("officer")
    assert officer.menu_actions["new_case"].isEnabled()
    assert nav.LOOKUP in [s.key for s in officer.sections]


def test_shortcuts(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window("fg")
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == nav.LOOKUP
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == nav.CASES
    cases_screen = window.current_screen()
    assert isinstance(cases_screen, CasesScreen)
    assert cases_screen.new_case_dialog is not None
    cases_screen.new_case_dialog.reject()
    window.navigate_to(nav.STATISTICS)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert "nothing to search" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == nav.DASHBOARD
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.statusBar().currentMessage() == "Refreshed"


def test_geometry_and_last_section_are_remembered_without_secrets(
    make_window: MakeWindow, preferences: Preferences, tmp_path: Path
) -> None:
    window = make_window("fg")
    window.navigate_to(nav.SETTINGS)
    window.resize(1100, 700)
    closing_geometry = window.saveGeometry()
    window.close()
    assert preferences.last_section() == nav.SETTINGS
    assert preferences.geometry() == closing_geometry
    again = make_window("fg")
    assert again.current_key == nav.SETTINGS
    # The offscreen screen is 800x600, so the restored size is clamped; without a restore
    # the window would open at its default 1280x800.
    assert again.width() != 1280
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8", errors="replace")
    assert TEST_PASSWORD not in text
    keys = set(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).allKeys())
    assert keys == {Preferences.GEOMETRY, Preferences.LAST_SECTION}


def test_switching_the_language_in_settings_retranslates_at_once(
    qtbot: QtBot, make_window: MakeWindow, preferences: Preferences
) -> None:
    window = make_window("fg")
    window.navigate_to(nav.SETTINGS)
    screen = window.current_screen()
    assert isinstance(screen, SettingsScreen)
    with qtbot.waitSignal(window.language_changed):
        screen.language.setCurrentIndex(screen.language.findData("nl"))
    assert preferences.language() == "nl"
    titles = [window.nav_list.item(i).text() for i in range(window.nav_list.count())]
    assert titles[:3] == ["Overzicht", "Zaken", "Opzoeken"]
    assert window.page_title.text() == "Instellingen"
    assert window.menuBar().actions()[0].text() == "&Bestand"
    settings_screen = window.current_screen()
    assert isinstance(settings_screen, SettingsScreen) and settings_screen is not screen
    settings_screen.language.setCurrentIndex(settings_screen.language.findData("en"))
    assert window.nav_list.item(1).text() == "Cases"


def test_the_window_warms_up_the_other_sections_in_a_worker(
    qtbot: QtBot,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """After the first screen showed, module imports and first queries run off the GUI thread."""
    calls: list[tuple[str, threading.Thread]] = []
    real_warm_up, real_import = AppServices.warm_up, importlib.import_module

    def warm_up(self: AppServices, actor: Actor) -> None:
        real_warm_up(self, actor)
        calls.append(("queries", threading.current_thread()))

    def import_module(name: str) -> object:
        calls.append((name, threading.current_thread()))
        return real_import(name)

    monkeypatch.setattr(AppServices, "warm_up", warm_up)
    # Only the window's own imports (a section opening imports through importlib too).
    monkeypatch.setattr(main_window, "importlib", SimpleNamespace(import_module=import_module))
    prefs = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    reporter = ErrorReporter(tmp_path / "t.log", interactive=False)
    window = build_main_window(
        sqlite_services, ui_actors["officer"], preferences=prefs, errors=reporter
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: any(name == "queries" for name, _ in calls), timeout=10_000)
    window.tasks.wait_for_all()
    lazy = {s.factory.module for s in window.sections if isinstance(s.factory, LazyScreen)}
    assert {"ui.screens.cases", "ui.screens.lookup", "ui.screens.settings"} <= lazy
    assert {name for name, _ in calls} == lazy | {"queries"}
    assert all(thread is not threading.main_thread() for _, thread in calls)
    window.close()
    assert not reporter.reported


def test_section_shortcuts_are_the_same_for_every_role(make_window: MakeWindow) -> None:
    """Issue 15, defect 9: Statistics is Ctrl+7 for the FG and for an officer; Users and
    Settings have keys too."""
    fg, officer = make_window("fg"), make_window("officer")
    for window in (fg, officer):
        keys = {
            name[3:]: action.shortcuts()[0].toString()
            for name, action in window.menu_actions.items()
            if name.startswith("go_")
        }
        assert keys["dashboard"] == "Ctrl+1" and keys["statistics"] == "Ctrl+7"
        assert keys.get("audit_log", "Ctrl+8") == "Ctrl+8"
        assert keys.get("users", "Ctrl+0") == "Ctrl+0" and keys["settings"] == "Ctrl+,"
    assert "users" in {s.key for s in fg.sections}
    assert {s.key for s in officer.sections} != {s.key for s in fg.sections}
