"""Errors shown to people: known errors as translated, actionable text; bugs in one dialog."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lawfulreq import __version__
from lawfulreq.errors import (
    AuthenticationError,
    ConflictError,
    LawfulreqError,
    NotFoundError,
    PermissionDeniedError,
    StorageError,
    ValidationError,
)
from ui.fitting import FittedDialog
from ui.logging_setup import display_path
from ui.resources import MONO_FONT_FAMILY

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


@dataclass(frozen=True)
class UserMessage:
    """What a person reads: a headline, what to do, and the service's own detail."""

    title: str
    text: str
    detail: str
    severity: QMessageBox.Icon = QMessageBox.Icon.Warning


# Specific codes first; the type's general text is the fallback. Chosen by type and code,
# never by matching the message text.
def _code_text(code: str) -> str | None:
    def stale() -> str:
        return translate(
            "ErrorMessages",
            "Someone else changed this record in the meantime. Press F5 to reload, then try again.",
        )

    texts: dict[str, Callable[[], str]] = {
        "bad_credentials": lambda: translate(
            "ErrorMessages", "The user name or password is wrong. Check both and try again."
        ),
        "account_locked": lambda: translate(
            "ErrorMessages",
            "This account is locked after too many failed attempts. Wait 15 minutes or ask the FG.",
        ),
        "stale_record": stale,
        # A case changed by a second user since it was opened (CaseService).
        "stale_case": stale,
        "permission_denied": lambda: translate(
            "ErrorMessages",
            "Your role may not do this. Ask the Data Protection Officer (FG) if you need it.",
        ),
        "secret_store_unavailable": lambda: translate(
            "ErrorMessages",
            "The database key cannot be read: no keyring is available. Set "
            "LAWFULREQ_DB_PASSPHRASE or start a keyring service, then start LawfulReq again.",
        ),
    }
    maker = texts.get(code)
    return maker() if maker else None


def _type_texts(error: LawfulreqError) -> tuple[str, str, QMessageBox.Icon]:
    """Title, general advice and icon by the error's type (most specific type first)."""
    warning = QMessageBox.Icon.Warning
    table: list[tuple[type[LawfulreqError], str, str, QMessageBox.Icon]] = [
        (
            ValidationError,
            translate("ErrorMessages", "Please check your input"),
            translate(
                "ErrorMessages",
                "Something you entered does not fit the rules. Correct it and try again.",
            ),
            QMessageBox.Icon.Information,
        ),
        (
            PermissionDeniedError,
            translate("ErrorMessages", "Not allowed"),
            translate(
                "ErrorMessages", "Your role may not do this. Ask the Data Protection Officer (FG)."
            ),
            warning,
        ),
        (
            NotFoundError,
            translate("ErrorMessages", "Not found"),
            translate(
                "ErrorMessages",
                "The record does not exist (any more). Press F5 to refresh the list.",
            ),
            warning,
        ),
        (
            ConflictError,
            translate("ErrorMessages", "Conflicting change"),
            translate(
                "ErrorMessages",
                "This action does not fit the record's current state. "
                "Press F5 to reload and check it.",
            ),
            warning,
        ),
        (
            AuthenticationError,
            translate("ErrorMessages", "Sign-in failed"),
            translate(
                "ErrorMessages", "Signing in did not work. Check your user name and password."
            ),
            warning,
        ),
        (
            StorageError,
            translate("ErrorMessages", "Database problem"),
            translate(
                "ErrorMessages",
                "The database cannot be used right now. Check that the file or server is reachable "
                "and the disk is not full, then try again.",
            ),
            QMessageBox.Icon.Critical,
        ),
    ]
    for kind, title, text, icon in table:
        if isinstance(error, kind):
            return title, text, icon
    return (
        translate("ErrorMessages", "Cannot do this"),
        translate("ErrorMessages", "The action was refused."),
        warning,
    )


def describe(error: BaseException) -> UserMessage | None:
    """The translated message for an expected error; None means a bug (show the crash dialog)."""
    if not isinstance(error, LawfulreqError):
        return None
    title, general, severity = _type_texts(error)
    return UserMessage(title, _code_text(error.code) or general, error.message, severity)


def crash_details(error: BaseException) -> str:
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    return (
        f"LawfulReq {__version__}\nPython {sys.version.split()[0]} on {platform.platform()}\n\n"
        + "".join(lines)
    )


class CrashDialog(FittedDialog):
    """One dialog for every unexpected error: what happened, copyable details, the log file."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(640)
        heading = QLabel(self.tr("Something went wrong inside LawfulReq."))
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "This is a bug, not something you did. Your data is safe: unfinished changes were "
                "not saved. Please copy the details below and send them with the log file to your "
                "administrator."
            )
        )
        explanation.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName(self.tr("Details of the error"))
        self.details.setReadOnly(True)
        self.details.setFont(QFont(MONO_FONT_FAMILY, 9))
        self.details.setMinimumHeight(180)
        log_label = QLabel(self.tr("Log file: {path}").format(path=display_path(log_path)))
        log_label.setObjectName("crashLogPath")
        log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        log_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copyDetailsButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.details, 1)
        layout.addWidget(log_label)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


def message_box(message: UserMessage, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("errorMessageBox")
    box.setIcon(message.severity)
    box.setWindowTitle(message.title)
    box.setText(message.text)
    # The service's own wording (English) is for the administrator, one click away.
    box.setDetailedText(message.detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


class ErrorReporter:
    """Turns any exception into the right dialog; with `interactive=False` it only records them."""

    def __init__(self, log_path: Path, *, interactive: bool = True) -> None:
        self.log_path = log_path
        self.interactive = interactive
        self.reported: list[BaseException] = []
        self._crash_open = False

    def report(self, error: BaseException, parent: QWidget | None = None) -> None:
        self.reported.append(error)
        message = describe(error)
        if message is not None:
            log.info("refused: %s (%s)", type(error).__name__, getattr(error, "code", ""))
            if self.interactive:
                message_box(message, parent).exec()
            return
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        if self.interactive and not self._crash_open:
            # One crash dialog at a time, even when errors come in a burst.
            self._crash_open = True
            try:
                CrashDialog(crash_details(error), self.log_path, parent).exec()
            finally:
                self._crash_open = False

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        self.report(error)
