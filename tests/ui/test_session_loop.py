"""The app's session loop: sign-out, restore and a role changed under the idle lock all lead
back to a fresh sign-in (with the reason shown where there is one); cancelling it ends the app."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtWidgets import QApplication

from lawfulreq.clock import fixed_clock
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices, open_services
from tests.conftest import NOW, TEST_PASSWORD
from ui.app import role_changed_notice, session_loop
from ui.errors import ErrorReporter
from ui.idle_lock import SessionGuard
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.preferences import Preferences


class ScriptedLogin(LoginDialog):
    """Signs in as `user` (through the real service) while there are users left in `script`."""

    script: ClassVar[list[str]] = []
    notices: ClassVar[list[str]] = []

    def exec(self) -> int:
        ScriptedLogin.notices.append(self.message.text())
        if not ScriptedLogin.script:
            return int(LoginDialog.DialogCode.Rejected.value)
        self.actor = self._services.users.login(ScriptedLogin.script.pop(0), TEST_PASSWORD)
        return int(LoginDialog.DialogCode.Accepted.value)


def _loop(
    services: AppServices,
    reopen: Callable[[], AppServices],
    run_window: Callable[[MainWindow], int],
    fixtures: tuple[Preferences, ErrorReporter],
) -> int:
    preferences, reporter = fixtures
    return session_loop(
        services,
        reopen=reopen,
        preferences=preferences,
        errors=reporter,
        run_window=run_window,
        login_dialog=ScriptedLogin,
    )


def test_every_way_out_of_a_session_leads_back_to_sign_in(
    qapp: QApplication,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    preferences: Preferences,
    reporter: ErrorReporter,
) -> None:
    target = sqlite_services.db.target

    def reopen() -> AppServices:
        reopened.append(open_services(target, clock=fixed_clock(NOW)))
        return reopened[-1]

    reopened: list[AppServices] = []
    endings = [SessionGuard.ROLE_CHANGED, SessionGuard.RESTORED, SessionGuard.SIGNED_OUT]
    sessions: list[tuple[str, Any]] = []

    def run_window(window: MainWindow) -> int:
        guard = window.context.session
        assert guard is not None and window.isVisible()
        sessions.append((guard.actor.username, window.services))
        guard.end(endings.pop(0))
        assert not window.isVisible()
        return 0

    ScriptedLogin.script = ["officer", "fg", "auditor"]
    ScriptedLogin.notices = []
    services = open_services(target, clock=fixed_clock(NOW))
    code = _loop(services, reopen, run_window, (preferences, reporter))
    assert code == 0
    assert [name for name, _ in sessions] == ["officer", "fg", "auditor"]
    # Only the role change explains itself at the next sign-in.
    assert ScriptedLogin.notices == ["", role_changed_notice(), "", ""]
    # After the restore the database was opened afresh for the next session.
    assert len(reopened) == 1 and sessions[2][1] is reopened[0]
    assert sessions[1][1] is not reopened[0]
    assert not reporter.reported


def test_a_session_that_ends_by_closing_the_window_ends_the_app(
    qapp: QApplication,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    preferences: Preferences,
    reporter: ErrorReporter,
) -> None:
    ScriptedLogin.script = ["fg", "officer"]
    ScriptedLogin.notices = []

    def run_window(window: MainWindow) -> int:
        window.close()
        return 3

    services = open_services(sqlite_services.db.target, clock=fixed_clock(NOW))
    code = _loop(services, lambda: sqlite_services, run_window, (preferences, reporter))
    assert code == 3 and ScriptedLogin.script == ["officer"]
