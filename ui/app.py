"""Start the GUI: look, language, sign-in, the main window; or build it once and exit."""

from __future__ import annotations

import argparse
import logging
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from lawfulreq import __version__
from lawfulreq.clock import Clock, system_clock
from lawfulreq.errors import LawfulreqError
from lawfulreq.paths import APP_AUTHOR, APP_NAME
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices, open_services_at
from ui.errors import ErrorReporter, describe, message_box
from ui.i18n import install_language, resolve_language
from ui.idle_lock import SessionGuard
from ui.logging_setup import configure_logging
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.resources import apply_look
from ui.sections import visible_sections
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, with names (for QSettings) and the bundled look applied."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    apply_look(app)
    return app


def build_main_window(
    services: AppServices,
    actor: Actor,
    *,
    preferences: Preferences,
    errors: ErrorReporter,
    synchronous: bool = False,
    location_label: str = "",
    pseudo_translate: bool = False,
    idle_timer: QTimer | None = None,
) -> MainWindow:
    tasks = TaskRunner(errors.report, synchronous=synchronous)
    window = MainWindow(
        services,
        actor,
        preferences=preferences,
        tasks=tasks,
        errors=errors,
        location_label=location_label,
        pseudo_translate=pseudo_translate,
    )
    tasks.setParent(window)
    window.context.session = SessionGuard(
        window,
        services.users,
        actor,
        tasks,
        minutes=services.settings.idle_lock_minutes(),
        timer=idle_timer,
    )
    return window


def smoke_test(app: QApplication, clock: Clock = system_clock) -> int:
    """Build the full main window on a throwaway demo-keyed database, open every section."""
    with tempfile.TemporaryDirectory(prefix="lawfulreq-smoke-") as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        errors = ErrorReporter(Path(tmp) / "smoke.log", interactive=False)
        install_language(resolve_language(None))
        services = open_services_at(
            str(Path(tmp) / "smoke.db"), create=True, key_mode="demo", clock=clock
        )
        try:
            password = secrets.token_urlsafe(24)
            services.users.create_first_admin("smoke", password, "Smoke test", check=False)
            actor = services.users.login("smoke", password)
            window = build_main_window(
                services, actor, preferences=Preferences(settings), errors=errors, synchronous=True
            )
            window.show()
            for entry in visible_sections(actor):
                window.navigate_to(entry.key)
                app.processEvents()
            image = window.grab()
            window.close()
            if image.isNull() or errors.reported:
                print(f"smoke test failed: {errors.reported or 'empty image'}", file=sys.stderr)
                return 1
        finally:
            services.close()
    print("smoke test passed")
    return 0


def run(args: argparse.Namespace, *, clock: Clock = system_clock) -> int:
    app = application()
    if getattr(args, "smoke_test", False):
        return smoke_test(app, clock)
    log_path = configure_logging()
    log.info("LawfulReq %s starting", __version__)
    preferences = Preferences(QSettings())
    install_language(resolve_language(getattr(args, "lang", None) or preferences.language()))
    errors = ErrorReporter(log_path)
    sys.excepthook = errors.excepthook
    try:
        services = open_services_at(args.db, clock=clock)
    except LawfulreqError as exc:
        _refuse_to_open(exc)
        return 1
    return session_loop(
        services,
        reopen=lambda: open_services_at(args.db, clock=clock),
        preferences=preferences,
        errors=errors,
        run_window=lambda _window: app.exec(),
    )


def _refuse_to_open(error: LawfulreqError) -> None:
    message = describe(error)
    assert message is not None
    message_box(message, None).exec()
    print(f"lawfulreq: error: {error.message}", file=sys.stderr)


def role_changed_notice() -> str:
    return QCoreApplication.translate(
        "Application",
        "Your role was changed while the screen was locked. Sign in again to work "
        "with your new permissions.",
    )


def session_loop(
    services: AppServices,
    *,
    reopen: Callable[[], AppServices],
    preferences: Preferences,
    errors: ErrorReporter,
    run_window: Callable[[MainWindow], int],
    login_dialog: type[LoginDialog] = LoginDialog,
) -> int:
    """Sign in, run the main window, and after a sign-out, a restore (the database reopened
    first) or a role changed under the idle lock, sign in again; anything else ends the app.
    `run_window` runs the event loop until the window closes (the app's exec())."""
    try:
        notice = ""
        while True:
            login = login_dialog(services, TaskRunner(errors.report), notice=notice)
            if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
                return 0
            window = build_main_window(
                services, login.actor, preferences=preferences, errors=errors
            )
            window.show()
            code = run_window(window)
            window.tasks.wait_for_all()
            session = window.context.session
            reason = session.end_reason if session is not None else ""
            window.deleteLater()
            notice = ""
            if reason == SessionGuard.RESTORED:
                # The file was replaced underneath: open it afresh before anyone signs in.
                services.close()
                try:
                    services = reopen()
                except LawfulreqError as exc:
                    _refuse_to_open(exc)
                    return 1
            elif reason == SessionGuard.ROLE_CHANGED:
                notice = role_changed_notice()
            elif reason != SessionGuard.SIGNED_OUT:
                return int(code)
    finally:
        services.close()
