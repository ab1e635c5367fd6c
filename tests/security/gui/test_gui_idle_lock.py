"""The idle lock: it triggers after the (injected) idle time, keeps every half-typed form, and
only the signed-in user's password opens it; anyone else can only sign out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from lawfulreq.db.models import AppUser
from lawfulreq.services.audit import AuditFilter
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD
from tests.security.gui.conftest import MakeWindow
from ui import navigation as nav
from ui.app import build_main_window
from ui.errors import ErrorReporter
from ui.idle_lock import LockCover, SessionGuard
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.screens.users import AddUserDialog, UsersScreen

OTHER_PASSWORD = "Else-" + TEST_PASSWORD[::-1]


def _guard(window: MainWindow) -> SessionGuard:
    guard = window.context.session
    assert guard is not None
    return guard


def _half_filled_add_user_dialog(qtbot: QtBot, window: MainWindow) -> AddUserDialog:
    window.navigate_to(nav.USERS)
    screen = window.current_screen()
    assert isinstance(screen, UsersScreen)
    screen.add_button.click()
    dialog = screen.findChild(AddUserDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.form.username, "half")
    qtbot.keyClicks(dialog.form.display_name, "Half Way")
    qtbot.keyClicks(dialog.form.password, "Typed-So-Fa")
    return dialog


def _unlock(qtbot: QtBot, guard: SessionGuard, password: str) -> None:
    prompt = guard.prompt
    assert prompt is not None
    prompt.password.setText(password)
    qtbot.mouseClick(prompt.unlock_button, Qt.MouseButton.LeftButton)


def test_locks_after_the_injected_idle_time(
    qtbot: QtBot,
    services: AppServices,
    ui_actors: dict[str, Actor],
    *,
    preferences: Preferences,
    reporter: ErrorReporter,
    english: None,
) -> None:
    timer = QTimer()
    window = build_main_window(
        services,
        ui_actors["fg"],
        preferences=preferences,
        errors=reporter,
        synchronous=True,
        idle_timer=timer,
    )
    qtbot.addWidget(window)
    window.show()
    guard = _guard(window)
    assert guard.timer is timer and timer.interval() == 10 * 60_000  # the default setting
    timer.setInterval(80)
    timer.start()
    assert not guard.is_locked
    with qtbot.waitSignal(guard.locked, timeout=3000):
        pass
    assert guard.is_locked and guard.prompt is not None and guard.prompt.isVisible()
    covers = window.findChildren(LockCover)
    assert len(covers) == 1 and covers[0].isVisible() and covers[0].geometry() == window.rect()
    window.resize(1000, 700)
    assert covers[0].geometry() == window.rect()


def test_input_anywhere_restarts_the_idle_time(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window("fg")
    guard = _guard(window)
    # Precise, so that remainingTime() is not rounded to Qt's coarse-timer slack.
    guard.timer.setTimerType(Qt.TimerType.PreciseTimer)
    guard.timer.setInterval(60_000)
    guard.timer.start()
    qtbot.wait(120)
    waited = guard.timer.remainingTime()
    assert waited <= 59_900
    window.navigate_to(nav.AUDIT_LOG)
    search = window.findChild(QLineEdit, "auditSearch")
    assert search is not None
    qtbot.keyClick(search, Qt.Key.Key_A)
    assert guard.timer.remainingTime() > waited


def test_unlock_keeps_half_typed_work_and_refuses_wrong_and_other_passwords(
    qtbot: QtBot, make_window: MakeWindow, services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    services.users.add(ui_actors["fg"], "colleague", "officer", OTHER_PASSWORD)
    window = make_window("fg")
    dialog = _half_filled_add_user_dialog(qtbot, window)
    guard = _guard(window)
    guard.timer.timeout.emit()  # the idle time has passed
    assert guard.is_locked
    covered = {cover.parentWidget() for cover in window.findChildren(LockCover)}
    assert covered == {window, dialog}  # open dialogs are covered too, not closed
    # Typing into the covered form goes nowhere.
    qtbot.keyClicks(dialog.form.username, "XYZ")
    assert dialog.form.username.text() == "half"

    _unlock(qtbot, guard, "wrong-" + TEST_PASSWORD)
    assert guard.is_locked and guard.prompt is not None
    assert guard.prompt.message.text() == (
        "The password is wrong. Attempts left before the account is locked for 15 minutes: 4."
    )
    assert guard.prompt.password.text() == ""
    _unlock(qtbot, guard, OTHER_PASSWORD)  # another user's password does not open fg's session
    assert guard.is_locked
    assert guard.prompt is not None and "Attempts left" in guard.prompt.message.text()

    with qtbot.waitSignal(guard.unlocked):
        _unlock(qtbot, guard, TEST_PASSWORD)
    assert not guard.is_locked and not window.findChildren(LockCover)
    assert not dialog.findChildren(LockCover)
    assert dialog.isVisible()
    assert dialog.form.username.text() == "half"
    assert dialog.form.display_name.text() == "Half Way"
    assert dialog.form.password.text() == "Typed-So-Fa"
    qtbot.keyClicks(dialog.form.password, "r!")
    assert dialog.form.password.text() == "Typed-So-Far!"
    assert guard.timer.isActive()
    fg = ui_actors["fg"]
    actions = [e.action for e in services.audit.list(fg, AuditFilter(actor="fg"), limit=3)]
    assert actions[0] == "login.succeeded"
    failed = services.audit.list(fg, AuditFilter(action="login.failed"), limit=2)
    assert [e.details["failed_logins"] for e in failed] == [2, 1]


def test_five_wrong_passwords_lock_the_account_and_say_until_when(
    qtbot: QtBot, make_window: MakeWindow, services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    window = make_window("officer")
    guard = _guard(window)
    guard.lock()
    for _ in range(5):
        _unlock(qtbot, guard, "wrong-" + TEST_PASSWORD)
    assert guard.prompt is not None
    assert "locked until 10:15" in guard.prompt.message.text()
    _unlock(qtbot, guard, TEST_PASSWORD)
    assert guard.is_locked and "locked until 10:15" in guard.prompt.message.text()
    locked = services.audit.list(ui_actors["fg"], AuditFilter(action="user.locked"))
    assert len(locked) == 1


@pytest.mark.parametrize("accept", [False, True])
def test_someone_else_can_only_sign_out_after_confirming(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, accept: bool
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, _accept_text: str) -> bool:
        asked.append(text)
        return accept

    monkeypatch.setattr("ui.idle_lock.confirm", answer)
    window = make_window("fg")
    dialog = _half_filled_add_user_dialog(qtbot, window)
    guard = _guard(window)
    guard.lock()
    assert guard.prompt is not None
    ended: list[str] = []
    guard.ended.connect(ended.append)
    qtbot.mouseClick(guard.prompt.sign_out_button, Qt.MouseButton.LeftButton)
    assert asked and "anything not saved is lost" in asked[0]
    if accept:
        assert ended == [SessionGuard.SIGNED_OUT] and guard.end_reason == "signed_out"
        assert not window.isVisible() and not dialog.isVisible()
        assert guard.prompt is None and not guard.timer.isActive()
    else:
        assert ended == [] and guard.is_locked and window.isVisible() and dialog.isVisible()
        assert dialog.form.username.text() == "half"


def test_escape_does_not_dismiss_the_prompt(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window("auditor")
    guard = _guard(window)
    guard.lock()
    prompt = guard.prompt
    assert prompt is not None
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    prompt.close()
    assert guard.is_locked and prompt.isVisible()


def test_a_role_changed_while_locked_ends_the_session(
    qtbot: QtBot, make_window: MakeWindow, services: AppServices
) -> None:
    """Unlocking must not carry the old permissions over: sign in afresh with the new role."""
    window = make_window("officer")
    guard = _guard(window)
    guard.timer.timeout.emit()
    with services.db.engine.begin() as conn:  # e.g. changed from another workstation
        conn.execute(update(AppUser).where(AppUser.username == "officer").values(role="auditor"))
    with qtbot.waitSignal(guard.ended) as ended:
        _unlock(qtbot, guard, TEST_PASSWORD)
    assert ended.args == [SessionGuard.ROLE_CHANGED]
    assert not window.isVisible() and not guard.is_locked
