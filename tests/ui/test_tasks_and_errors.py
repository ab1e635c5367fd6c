"""The background helper, the error mapper, the crash dialog, logging and the sign-in dialog."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from lawfulreq.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    StorageError,
    ValidationError,
)
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD
from ui.errors import CrashDialog, ErrorReporter, crash_details, describe
from ui.logging_setup import configure_logging
from ui.login import LoginDialog
from ui.tasks import JobCancelledError, JobControl, TaskRunner


def test_results_arrive_on_the_gui_thread(qtbot: QtBot, reporter: ErrorReporter) -> None:
    runner = TaskRunner(reporter.report)
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(control: JobControl) -> int:
        seen["worker"] = threading.get_ident()
        control.progress(1, 2, "half")
        return 42

    def done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["value"] = value

    def progressed(done: int, total: int, text: str) -> None:
        seen["progress"] = (done, total, text, threading.get_ident())

    runner.submit(work, done, on_progress=progressed)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    assert seen["progress"] == (1, 2, "half", gui_thread)
    assert runner.active_jobs == 0


def test_errors_go_through_the_mapper_and_bugs_to_the_crash_path(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    runner = TaskRunner(reporter.report)

    def refuse(_control: JobControl) -> None:
        raise ConflictError("changed meanwhile", code="stale_record")

    def crash(_control: JobControl) -> None:
        raise ZeroDivisionError("bug")

    runner.submit(refuse)
    runner.submit(crash)
    qtbot.waitUntil(lambda: len(reporter.reported) == 2)
    kinds = sorted(type(e).__name__ for e in reporter.reported)
    assert kinds == ["ConflictError", "ZeroDivisionError"]
    log_text = reporter.log_path.read_text(encoding="utf-8") if reporter.log_path.exists() else ""
    assert "changed meanwhile" not in log_text  # refusals are not bugs: no traceback logged


def test_a_long_job_can_be_cancelled(qtbot: QtBot, reporter: ErrorReporter) -> None:
    runner = TaskRunner(reporter.report)
    started = threading.Event()
    results: list[object] = []

    def long_job(control: JobControl) -> str:
        started.set()
        for step in range(10_000):
            control.progress(step, 10_000)
            threading.Event().wait(0.001)
        return "finished"

    job = runner.submit(long_job, results.append, progress_title="Working")
    assert started.wait(5)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
    assert results == [] and reporter.reported == []


def test_synchronous_mode_runs_before_submit_returns(reporter: ErrorReporter) -> None:
    runner = TaskRunner(reporter.report, synchronous=True)
    results: list[int] = []
    job = runner.submit(lambda _c: 7, results.append)
    assert results == [7] and job.done

    def cancelled(control: JobControl) -> None:
        control.cancel()
        control.check_cancelled()

    runner.submit(cancelled)
    assert reporter.reported == []
    with pytest.raises(JobCancelledError):
        control = JobControl(job)
        control.cancel()
        control.check_cancelled()


@pytest.mark.parametrize(
    ("error", "title"),
    [
        (ValidationError("postcode: bad", code="bad_postcode"), "Please check your input"),
        (PermissionDeniedError("no", code="permission_denied"), "Not allowed"),
        (NotFoundError("gone"), "Not found"),
        (ConflictError("stale", code="stale_record"), "Conflicting change"),
        (AuthenticationError("no", code="bad_credentials"), "Sign-in failed"),
        (StorageError("disk full"), "Database problem"),
    ],
)
def test_known_errors_map_to_actionable_messages(
    english: None, error: Exception, title: str
) -> None:
    message = describe(error)
    assert message is not None
    assert message.title == title
    assert message.detail == str(error)
    assert message.text and message.text != message.detail


def test_codes_choose_the_specific_text_and_dutch_is_used(qapp: QApplication) -> None:
    from ui.i18n import install_language

    stale = ConflictError("stale", code="stale_record")
    install_language("en")
    assert "F5" in (describe(stale) or pytest.fail()).text
    install_language("nl")
    try:
        message = describe(stale)
        assert message is not None and message.title == "Tegenstrijdige wijziging"
    finally:
        install_language("en")
    assert describe(RuntimeError("bug")) is None


def test_crash_dialog_copies_details_and_names_the_log(qtbot: QtBot, english: None) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        details = crash_details(exc)
    dialog = CrashDialog(details, Path.home() / "logs" / "lawfulreq.log")
    qtbot.addWidget(dialog)
    assert "RuntimeError: boom" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    log_label = dialog.findChild(QLabel, "crashLogPath")
    assert log_label is not None and log_label.text() == "Log file: ~/logs/lawfulreq.log"


def test_rotating_log_file_in_the_given_directory(tmp_path: Path) -> None:
    path = configure_logging(tmp_path)
    logging.getLogger("ui.test").info("hello log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path.parent == tmp_path and "hello log" in path.read_text(encoding="utf-8")


def test_sign_in_dialog(
    qtbot: QtBot,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    *,
    reporter: ErrorReporter,
    english: None,
    tmp_path: Path,
) -> None:
    log_path = configure_logging(tmp_path)
    dialog = LoginDialog(sqlite_services, TaskRunner(reporter.report, synchronous=True))
    qtbot.addWidget(dialog)
    dialog.username.setText("officer")
    dialog.password.setText("wrong-" + TEST_PASSWORD)
    dialog.sign_in.click()
    assert dialog.actor is None
    assert not dialog.message.isHidden()
    assert dialog.message.text().startswith("The user name or password is wrong")
    assert dialog.password.text() == ""
    dialog.password.setText(TEST_PASSWORD)
    dialog.sign_in.click()
    assert dialog.actor is not None and dialog.actor.username == "officer"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert TEST_PASSWORD not in log_path.read_text(encoding="utf-8")


def test_message_box_for_a_refusal(english: None, qtbot: QtBot) -> None:
    from ui.errors import message_box

    message = describe(NotFoundError("case LR-1 not found"))
    assert message is not None
    box = message_box(message, None)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.detailedText() == "case LR-1 not found"


def test_enter_signs_in_after_a_clicked_attempt_with_a_wrong_password(
    qtbot: QtBot,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    *,
    reporter: ErrorReporter,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 15, defect 10: a click on Sign in, a wrong password, then Enter must sign in."""
    dialog = LoginDialog(sqlite_services, TaskRunner(reporter.report, synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.username.setText("officer")
    dialog.password.setText("wrong-" + TEST_PASSWORD)
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    assert dialog.actor is None and dialog.password.hasFocus()
    attempts: list[str] = []
    real_login = sqlite_services.users.login

    def counted_login(name: str, secret: str) -> Actor:
        attempts.append(name)
        return real_login(name, secret)

    monkeypatch.setattr(sqlite_services.users, "login", counted_login)
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert attempts == ["officer"]  # exactly one attempt, not none and not two
    assert dialog.actor is not None and dialog.actor.username == "officer"
