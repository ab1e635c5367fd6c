"""Start the GUI: look, language, sign-in, the main window; or build it once and exit."""

from __future__ import annotations

import argparse
import logging
import secrets
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from lawfulreq import __version__
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


def smoke_test(app: QApplication) -> int:
    """Build the full main window on a throwaway demo-keyed database, open every section."""
    with tempfile.TemporaryDirectory(prefix="lawfulreq-smoke-") as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        errors = ErrorReporter(Path(tmp) / "smoke.log", interactive=False)
        install_language(resolve_language(None))
        services = open_services_at(str(Path(tmp) / "smoke.db"), create=True, key_mode="demo")
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


def run(args: argparse.Namespace) -> int:
    app = application()
    if getattr(args, "smoke_test", False):
        return smoke_test(app)
    log_path = configure_logging()
    log.info("LawfulReq %s starting", __version__)
    preferences = Preferences(QSettings())
    install_language(resolve_language(getattr(args, "lang", None) or preferences.language()))
    errors = ErrorReporter(log_path)
    sys.excepthook = errors.excepthook
    try:
        services = open_services_at(args.db)
    except LawfulreqError as exc:
        message = describe(exc)
        assert message is not None
        message_box(message, None).exec()
        print(f"lawfulreq: error: {exc.message}", file=sys.stderr)
        return 1
    try:
        notice = ""
        while True:
            login_tasks = TaskRunner(errors.report)
            login = LoginDialog(services, login_tasks, notice=notice)
            if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
                return 0
            window = build_main_window(
                services, login.actor, preferences=preferences, errors=errors
            )
            window.show()
            code = app.exec()
            window.tasks.wait_for_all()
            session = window.context.session
            reason = session.end_reason if session is not None else ""
            window.deleteLater()
            if reason == SessionGuard.RESTORED:
                # The file was replaced underneath: open it afresh before anyone signs in.
                services.close()
                try:
                    services = open_services_at(args.db)
                except LawfulreqError as exc:
                    message = describe(exc)
                    assert message is not None
                    message_box(message, None).exec()
                    return 1
            elif reason == SessionGuard.ROLE_CHANGED:
                notice = QCoreApplication.translate(
                    "Application",
                    "Your role was changed while the screen was locked. Sign in again to work "
                    "with your new permissions.",
                )
                continue
            elif reason != SessionGuard.SIGNED_OUT:
                return int(code)
            notice = ""
    finally:
        services.close()
