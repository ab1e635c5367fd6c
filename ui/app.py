"""Start the GUI: look, language, sign-in, the main window; or build it once and exit.

The sign-in window comes first and needs only Qt: the database layer, its migrations and the
services load in the background while the user types (nothing here imports them at module
level). `--startup-probe` paints that first window and exits, for start-up benchmarks.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from lawfulreq import __version__
from lawfulreq.clock import Clock, system_clock
from lawfulreq.errors import LawfulreqError
from lawfulreq.paths import APP_AUTHOR, APP_NAME, default_database_path
from ui.i18n import install_language, resolve_language
from ui.logging_setup import configure_logging
from ui.login import LoginDialog
from ui.preferences import Preferences
from ui.resources import apply_look
from ui.tasks import JobControl, TaskRunner
from ui.theme import apply_theme

if TYPE_CHECKING:
    from lawfulreq.services.base import Actor
    from lawfulreq.services.registry import AppServices
    from ui.errors import ErrorReporter
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, with names (for QSettings) and the bundled look applied."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Named before the application exists, Fusion is the first and only style made: set
        # afterwards, the platform's style is made, polished and replaced (~8 ms of the start).
        QApplication.setStyle("Fusion")
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    apply_look(app)
    return app


def preload_main_window() -> None:
    """Import the main window's modules (every screen and service) ahead of need: on the
    worker while the user types, so a correct password goes straight to building the window
    (the imports were some 150 ms of sign-in to dashboard; issue 18). Only imports: no widget
    is made off the GUI thread."""
    import ui.idle_lock  # noqa: PLC0415
    import ui.main_window  # noqa: F401, PLC0415


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
    # Loaded once someone signed in: they pull in every service and screen.
    from ui.idle_lock import SessionGuard  # noqa: PLC0415
    from ui.main_window import MainWindow  # noqa: PLC0415

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
    import secrets  # noqa: PLC0415 - only the smoke test needs it (as tempfile)
    import tempfile  # noqa: PLC0415

    from lawfulreq.services.registry import open_services_at  # noqa: PLC0415 - see run()
    from ui.errors import ErrorReporter  # noqa: PLC0415
    from ui.sections import visible_sections  # noqa: PLC0415

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


def location_hint(db_option: str | None) -> str:
    """Where `--db` points, for the sign-in window before the database layer is loaded.

    The same text `AppServices.location` gives once open for a file path; a server URL shows
    without its password (the label is replaced by the real description when the database opens).
    """
    if not db_option:
        return str(default_database_path())
    if "://" not in db_option:
        return str(Path(db_option).expanduser().resolve())
    from urllib.parse import urlsplit, urlunsplit  # noqa: PLC0415 - a server URL only

    parts = urlsplit(db_option)
    if parts.scheme.startswith("sqlite"):
        path = parts.path[1:] if parts.path.startswith("/") else parts.path
        return str(Path(path).expanduser().resolve()) if path else db_option
    if parts.password is None:
        return db_option
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class _FirstPaint(QObject):
    """Calls `then` once, after the watched window has handled its first paint event."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then = then
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # Posted: runs once this paint (and the rest of the window's) is done.
            QTimer.singleShot(0, self._then)
        return False


def startup_probe(app: QApplication, location: str) -> int:
    """Show the first window as a start would, exit 0 once painted. Opens no database."""

    def ignore(_error: BaseException, _parent: QWidget | None = None) -> None:
        """Nothing runs in the background here: there is nothing to report."""

    login = LoginDialog(None, TaskRunner(ignore), pending_location=location)
    watcher = _FirstPaint(app.quit)
    login.installEventFilter(watcher)
    login.show()
    # A platform that never paints must not hang a benchmark.
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    login.close()
    return 0 if watcher.painted else 1


def run(args: argparse.Namespace, *, clock: Clock = system_clock) -> int:
    app = application()
    if getattr(args, "smoke_test", False):
        return smoke_test(app, clock)
    probe = bool(getattr(args, "startup_probe", False))
    # The probe writes nothing: no log file (nor its folder), no settings, no database.
    log_path = None if probe else configure_logging()
    if not probe:
        log.info("LawfulReq %s starting", __version__)
    preferences = Preferences(QSettings())
    install_language(resolve_language(getattr(args, "lang", None) or preferences.language()))
    apply_theme(app, getattr(args, "theme", None) or preferences.theme(), first_window=True)
    location = location_hint(args.db)
    if log_path is None:  # the probe
        return startup_probe(app, location)
    # The error dialogs' module costs a noticeable part of the first paint: loaded after it.
    from ui.errors import ErrorReporter  # noqa: PLC0415

    errors = ErrorReporter(log_path)
    sys.excepthook = errors.excepthook

    def open_services() -> AppServices:
        # On the worker: SQLAlchemy, Alembic and the services load while the user types.
        from lawfulreq.services.registry import open_services_at  # noqa: PLC0415

        return open_services_at(args.db, clock=clock)

    return session_loop(
        None,
        reopen=open_services,
        preferences=preferences,
        errors=errors,
        run_window=lambda _window: app.exec(),
        pending_location=location,
    )


def _refuse_to_open(error: LawfulreqError) -> None:
    from ui.errors import describe, message_box  # noqa: PLC0415 - after the first paint

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


class _BackgroundOpen:
    """Opens the services on a worker while the sign-in window is up; hands them to it."""

    def __init__(self, opener: Callable[[], AppServices], login: LoginDialog, tasks: TaskRunner):
        self._opener = opener
        self._login = login
        self._tasks = tasks
        # Set on the worker as soon as they exist: closed even if nobody takes them.
        self.services: AppServices | None = None
        self.error: LawfulreqError | None = None
        self.failed = False
        tasks.submit(
            self._open, self._on_opened, on_error=self._on_failed, description="open the database"
        )

    def _open(self, _control: JobControl) -> bool:
        self.services = self._opener()
        first_start = not self.services.users.has_users()
        preload_main_window()
        return first_start

    def _on_opened(self, first_start: bool) -> None:
        if self.services is not None:
            self._login.set_services(self.services, first_start=first_start)

    def _on_failed(self, error: BaseException) -> None:
        self.failed = True
        if isinstance(error, LawfulreqError):
            self.error = error
        else:
            self._tasks.report(error, self._login)
        self._login.reject()

    def take(self) -> AppServices | None:
        """Wait for the worker (after the dialog closed), then the services it opened."""
        self._tasks.wait_for_all()
        return self.services


def session_loop(
    services: AppServices | None,
    *,
    reopen: Callable[[], AppServices],
    preferences: Preferences,
    errors: ErrorReporter,
    run_window: Callable[[MainWindow], int],
    login_dialog: type[LoginDialog] = LoginDialog,
    pending_location: str = "",
) -> int:
    """Sign in, run the main window, and after a sign-out, a restore (the database reopened
    first) or a role changed under the idle lock, sign in again; anything else ends the app.
    `services` None: the first sign-in window opens them with `reopen` in the background.
    `run_window` runs the event loop until the window closes (the app's exec())."""
    from ui.idle_lock import SessionGuard  # noqa: PLC0415 - it loads the services

    try:
        notice = ""
        while True:
            tasks = TaskRunner(errors.report)
            login = login_dialog(services, tasks, notice=notice, pending_location=pending_location)
            opening = _BackgroundOpen(reopen, login, tasks) if services is None else None
            accepted = login.exec() == LoginDialog.DialogCode.Accepted
            if opening is not None:
                services = opening.take()
                if opening.error is not None:
                    _refuse_to_open(opening.error)
                if opening.failed:
                    return 1
            if not accepted or login.actor is None or services is None:
                return 0
            window = build_main_window(
                services, login.actor, preferences=preferences, errors=errors
            )
            window.show()
            # The keyboard focus goes on to the window (the sign-in dialog had it): without
            # this a window manager may leave it nowhere, and a bare X server always does.
            window.activateWindow()
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
                    services = None
                    _refuse_to_open(exc)
                    return 1
            elif reason == SessionGuard.ROLE_CHANGED:
                notice = role_changed_notice()
            elif reason != SessionGuard.SIGNED_OUT:
                return int(code)
    finally:
        if services is not None:
            services.close()
