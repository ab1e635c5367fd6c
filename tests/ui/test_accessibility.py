"""Accessibility (issue 15): every control has a name a screen reader reads, every screen can be
worked by keyboard alone in reading order, and the section keys are the same for every role.

The screens are the ones `lawfulreq screenshots` renders (every section, dialog and the
sign-in and first-start windows, with demo data), walked in Dutch and in English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.ui.keyboard_walk import (
    describe,
    focus_stops,
    name_problems,
    order_problems,
    tab_walk,
    unreached,
)
from ui import navigation as nav
from ui.i18n import install_language
from ui.keyboard import FilterDateEdit
from ui.main_window import MainWindow
from ui.operations import Changes
from ui.resources import translations_dir
from ui.screens.disclosure_tab import DeliveryDialog
from ui.screens.users import AddUserDialog
from ui.screenshots import demo_session, iterate_shots
from ui.tasks import TaskRunner


def _english_names() -> set[str]:
    """The names this issue gave controls, as written in the code (English)."""
    messages = ET.parse(translations_dir() / "accessibility_nl.ts").getroot().iter("message")
    pairs = [(m.findtext("source") or "", m.findtext("translation") or "") for m in messages]
    # "Status" and "Moment" are Dutch too.
    return {source for source, dutch in pairs if source != dutch}


_ENGLISH_NAMES = _english_names()


@dataclass
class Findings:
    screens: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    unreached: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    stops: int = 0

    def check(self, where: str, top: QWidget) -> None:
        """Names first (in Dutch on a Dutch screen), then the Tab walk from the first control."""
        self.names += [f"{where}: {problem}" for problem in name_problems(top)]
        if where.startswith("nl/"):
            self.names += [
                f"{where}: {describe(widget)}: English name {widget.accessibleName()!r}"
                for widget in focus_stops(top)
                if widget.accessibleName() in _ENGLISH_NAMES
            ]
        walk = tab_walk(top)
        self.stops += len(walk.stops)
        if not walk.closed:
            self.traps.append(f"{where}: Tab stays at {walk.stops[-1:]}")
        self.unreached += [f"{where}: {name}" for name in unreached(top, walk)]
        self.order += [f"{where}: {problem}" for problem in order_problems(walk.stops)]


@pytest.fixture(scope="module", params=["nl", "en"])
def findings(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Findings]:
    """One pass over every screen per language: names, then the Tab walk from the first control."""
    language = request.param
    found = Findings()
    folder = tmp_path_factory.mktemp(f"a11y-{language}")
    with demo_session(folder) as (services, actor):
        for shot in iterate_shots(services, actor, language=language, settings_dir=Path(folder)):
            found.screens.append(shot.name)
            found.check(f"{language}/{shot.name}", shot.widget)
            # The other tabs of the page too (a shot shows one), then back as the shot was.
            for tabs in [t for t in shot.widget.findChildren(QTabWidget) if t.isVisible()]:
                shown = tabs.currentIndex()
                for index in range(tabs.count()):
                    if index != shown and tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                        tabs.setCurrentIndex(index)
                        QApplication.processEvents()
                        found.check(f"{language}/{shot.name}/{tabs.tabText(index)}", shot.widget)
                tabs.setCurrentIndex(shown)
                QApplication.processEvents()
        for name, dialog in _other_dialogs(services, actor):
            dialog.show()
            QApplication.processEvents()
            found.screens.append(name)
            found.check(f"{language}/{name}", dialog)
            dialog.close()
            dialog.deleteLater()
    install_language("en")
    yield found


@dataclass
class _DialogContext:
    """What a dialog's operations need (an `OperationContext`), without a main window."""

    services: AppServices
    actor: Actor
    tasks: TaskRunner
    changes: Changes


def _other_dialogs(services: AppServices, actor: Actor) -> list[tuple[str, QWidget]]:
    """Dialogs the screenshots do not show."""
    context = _DialogContext(
        services, actor, TaskRunner(lambda error, _parent=None: None, synchronous=True), Changes()
    )
    return [
        ("add-user", AddUserDialog(context)),
        ("record-delivery", DeliveryDialog()),
    ]


def test_every_screen_was_walked(findings: Findings) -> None:
    assert {"login", "login-first-start", "cases", "case-detail", "new-case", "lookup-result"} <= (
        set(findings.screens)
    )
    assert len(findings.screens) >= 35 and findings.stops > 300


def test_every_control_has_an_accessible_name(findings: Findings) -> None:
    assert not findings.names, "\n".join(findings.names)


def test_tab_reaches_every_control_and_comes_back_around(findings: Findings) -> None:
    assert not findings.traps, "\n".join(findings.traps)
    assert not findings.unreached, "\n".join(findings.unreached)


def test_tab_follows_the_reading_order(findings: Findings) -> None:
    assert not findings.order, "\n".join(findings.order)


@pytest.mark.parametrize("role", ["officer", "fg", "auditor"])
def test_section_keys_are_fixed_whatever_the_role(
    qtbot: QtBot, make_window: Callable[..., MainWindow], role: str
) -> None:
    """Issue 15, defect 9: a section has one key for every role; a hidden one leaves its number
    unused (it does not shift the others). Pressed for real, not only read off the actions."""
    window = make_window(role)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    fixed = {
        nav.DASHBOARD: "Ctrl+1",
        nav.CASES: "Ctrl+2",
        nav.DISCLOSURES: "Ctrl+4",  # for an auditor too, who has no Lookup (Ctrl+3)
        nav.STATISTICS: "Ctrl+7",
        nav.AUDIT_LOG: "Ctrl+8",
        nav.USERS: "Ctrl+0",
        nav.SETTINGS: "Ctrl+,",
    }
    visible = {section.key for section in window.sections}
    assert {nav.DASHBOARD, nav.SETTINGS} <= visible
    for key, keys in fixed.items():
        if key not in visible:
            assert f"go_{key}" not in window.menu_actions
            continue
        assert window.menu_actions[f"go_{key}"].shortcuts()[0].toString() == keys
        window.navigate_to(nav.DASHBOARD if key != nav.DASHBOARD else nav.SETTINGS)
        QTest.keySequence(window, QKeySequence(keys))
        assert window.current_key == key, (role, keys)


def test_tab_leaves_a_date_filter_that_shows_any_date(qtbot: QtBot, english: None) -> None:
    """Qt's date edit swallows Tab while it shows its special value text ("any date"): the
    audit log's filters were a trap. Tab and Shift+Tab leave them, with a date or without."""
    host = QWidget()
    qtbot.addWidget(host)
    before, dates, after = QLineEdit(host), FilterDateEdit(host), QLineEdit(host)
    dates.setMinimumDate(QDate(2000, 1, 1))
    dates.setSpecialValueText("any date")
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    for value in (QDate(2000, 1, 1), QDate(2026, 11, 20)):
        dates.setDate(value)
        dates.setFocus()
        qtbot.keyClick(dates, Qt.Key.Key_Tab)
        if value != dates.minimumDate():
            # With a date Tab first walks its day, month and year, as in Qt.
            for _ in range(3):
                if host.focusWidget() is dates:
                    qtbot.keyClick(dates, Qt.Key.Key_Tab)
        assert host.focusWidget() is after, value
        dates.setFocus()
        qtbot.keyClick(dates, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        if value != dates.minimumDate():
            for _ in range(3):
                if host.focusWidget() is dates:
                    qtbot.keyClick(dates, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert host.focusWidget() is before, value
