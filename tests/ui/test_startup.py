"""The fast start: the sign-in window needs only Qt, the database opens behind it while the user
types, and `--startup-probe` paints that window and exits without writing anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lawfulreq.cli.main import _gui_arguments, build_parser
from lawfulreq.clock import fixed_clock
from lawfulreq.errors import LawfulreqError, StorageError
from lawfulreq.paths import default_database_path
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices, open_services
from tests.conftest import NOW, TEST_PASSWORD
from ui import app as app_module
from ui.app import location_hint, session_loop
from ui.errors import ErrorReporter
from ui.login import LoginDialog
from ui.main_window import WARM_UP_DELAY_MS, MainWindow
from ui.preferences import Preferences
from ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "lawfulreq.services", "lawfulreq.db", "ui.main_window")


def test_the_first_window_s_modules_load_no_database_layer_nor_services() -> None:
    code = (
        "import sys, lawfulreq.cli.main, ui.app, ui.login\n"
        f"heavy = {HEAVY!r}\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
    # The check itself can fail: the main window's module does pull them in.
    heavier = code.replace("ui.login\n", "ui.login, ui.main_window\n")
    done = subprocess.run(
        [sys.executable, "-c", heavier], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "sqlalchemy" in done.stdout and "lawfulreq.services.registry" in done.stdout


def test_the_startup_probe_paints_the_sign_in_window_and_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAWFULREQ_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    db = tmp_path / "data" / "new.db"
    cmd = [sys.executable, "-m", "lawfulreq.cli.main", "--db", str(db), "--startup-probe"]
    done = subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    # No database, no folder for it, no log file, no settings file.
    assert not db.parent.exists()
    assert [p for p in home.rglob("*")] == []


def test_the_sign_in_window_waits_for_the_database_then_signs_in(
    qtbot: QtBot, sqlite_services: AppServices, ui_actors: dict[str, Actor], english: None
) -> None:
    tasks = TaskRunner(lambda error, _parent=None: pytest.fail(str(error)), synchronous=True)
    dialog = LoginDialog(None, tasks, pending_location="/somewhere/lawfulreq.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Sign in to LawfulReq"
    assert dialog.opening.isVisible() and dialog.opening.text() == "Opening the database…"
    assert not dialog.sign_in.isEnabled()
    assert dialog.findChild(type(dialog.opening), "hint").text() == (
        "Database: /somewhere/lawfulreq.db"
    )
    # The user types meanwhile; Enter does nothing yet.
    qtbot.keyClicks(dialog.username, "officer")
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.actor is None and not dialog.message.isVisible()

    dialog.set_services(sqlite_services)
    assert dialog.sign_in.isEnabled() and dialog.sign_in.isDefault()
    assert not dialog.opening.isVisible() and not dialog.first_start
    assert dialog.findChild(type(dialog.opening), "hint").text() == (
        f"Database: {sqlite_services.location}"
    )
    # What was typed while waiting is kept.
    assert dialog.username.text() == "officer"
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "officer"


def test_a_database_without_accounts_turns_the_waiting_window_into_the_first_start_form(
    qtbot: QtBot, sqlite_services: AppServices, english: None
) -> None:
    assert not sqlite_services.users.has_users()
    tasks = TaskRunner(lambda error, _parent=None: pytest.fail(str(error)), synchronous=True)
    dialog = LoginDialog(None, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.isVisible() and not dialog.first_start
    dialog.set_services(sqlite_services)
    assert dialog.first_start and dialog.windowTitle() == "Create the FG account"
    assert not dialog.username.isVisible() and dialog.account.isVisible()
    assert dialog.sign_in.text() == "Create account and sign in" and dialog.sign_in.isEnabled()


class WaitingLogin(LoginDialog):
    """Waits (events running) until the background open hands over the services, then signs
    in through the real dialog; records what the user saw while waiting."""

    qtbot: ClassVar[Any] = None
    seen: ClassVar[list[tuple[bool, bool]]] = []
    user: ClassVar[str] = "fg"

    def exec(self) -> int:
        self.show()
        WaitingLogin.seen.append((self.sign_in.isEnabled(), self.opening.isVisible()))
        ready = self.sign_in.isEnabled
        WaitingLogin.qtbot.waitUntil(lambda: ready() or not self.isVisible(), timeout=60_000)
        if not ready():
            return int(self.result())  # the open failed: the dialog was rejected
        self.username.setText(WaitingLogin.user)
        self.password.setText(TEST_PASSWORD)
        self.sign_in.click()
        WaitingLogin.qtbot.waitUntil(lambda: self.actor is not None, timeout=60_000)
        return int(LoginDialog.DialogCode.Accepted.value)


def test_the_session_loop_opens_the_database_in_the_background_while_sign_in_is_shown(
    qtbot: QtBot,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    preferences: Preferences,
    reporter: ErrorReporter,
) -> None:
    target = sqlite_services.db.target
    opened: list[AppServices] = []

    def reopen() -> AppServices:
        opened.append(open_services(target, clock=fixed_clock(NOW)))
        return opened[-1]

    shown: list[tuple[str, AppServices]] = []

    def run_window(window: MainWindow) -> int:
        shown.append((window.actor.username, window.services))
        # Let its delayed warm-up start and end, as it would in a real session.
        qtbot.wait(WARM_UP_DELAY_MS * 3)
        assert window.tasks.wait_for_all()
        window.close()
        return 0

    WaitingLogin.qtbot, WaitingLogin.seen = qtbot, []
    code = session_loop(
        None,
        reopen=reopen,
        preferences=preferences,
        errors=reporter,
        run_window=run_window,
        login_dialog=WaitingLogin,
    )
    assert code == 0
    assert WaitingLogin.seen == [(False, True)]
    assert len(opened) == 1 and shown == [("fg", opened[0])]
    assert not reporter.reported


def test_an_error_opening_the_database_refuses_with_the_usual_message(
    qtbot: QtBot,
    qapp: QApplication,
    preferences: Preferences,
    reporter: ErrorReporter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    refused: list[LawfulreqError] = []
    monkeypatch.setattr(app_module, "_refuse_to_open", refused.append)

    def reopen() -> AppServices:
        raise StorageError("cannot decrypt the database", code="bad_key")

    WaitingLogin.qtbot, WaitingLogin.seen = qtbot, []
    code = session_loop(
        None,
        reopen=reopen,
        preferences=preferences,
        errors=reporter,
        run_window=lambda _window: pytest.fail("no window without a database"),
        login_dialog=WaitingLogin,
    )
    assert code == 1
    assert [e.code for e in refused] == ["bad_key"]


def test_the_location_hint_matches_the_open_database_s_description(tmp_path: Path) -> None:
    assert location_hint(None) == str(default_database_path())
    assert location_hint(str(tmp_path / "x.db")) == str(tmp_path / "x.db")
    assert location_hint(f"sqlite:///{tmp_path}/y.db") == str(tmp_path / "y.db")
    assert (
        location_hint("postgresql+psycopg://dpo:s3cret@db.example.nl:5433/lawfulreq")
        == "postgresql+psycopg://dpo:***@db.example.nl:5433/lawfulreq"
    )
    assert location_hint("postgresql+psycopg://db.example.nl/lr") == (
        "postgresql+psycopg://db.example.nl/lr"
    )


def test_only_a_bare_gui_start_skips_the_command_modules() -> None:
    args = _gui_arguments(["--db", "x.db", "--startup-probe", "--lang", "nl"])
    assert args is not None and args.startup_probe and args.db == "x.db" and args.lang == "nl"
    assert args.command is None
    assert _gui_arguments(["--db", "x.db", "case", "list"]) is None
    assert _gui_arguments(["--help"]) is None
    assert _gui_arguments(["--lang", "de"]) is None  # the full parser explains the mistake
    full = build_parser().parse_args(["--startup-probe"])
    assert full.startup_probe and full.command is None
