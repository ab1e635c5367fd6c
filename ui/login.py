"""Sign in at start: user name and password go to services.users.login; the Actor comes back."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from ui.errors import describe
from ui.fitting import FittedDialog
from ui.resources import app_icon
from ui.tasks import TaskRunner


class LoginDialog(FittedDialog):
    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        *,
        location_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to LawfulReq"))
        self._services = services
        self._tasks = tasks
        self.actor: Actor | None = None

        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(QSize(48, 48)))
        heading = QLabel(self.tr("Sign in to LawfulReq"))
        heading.setObjectName("dialogHeading")
        where = QLabel(
            self.tr("Database: {location}").format(location=location_label or services.location)
        )
        where.setObjectName("hint")
        where.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("loginUser")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("loginError")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in = QPushButton(self.tr("Sign in"))
        self.sign_in.setObjectName("signInButton")
        self.sign_in.setDefault(True)
        buttons.addButton(self.sign_in, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_sign_in_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

        if not services.users.has_users():
            self._show_message(
                self.tr(
                    "This database has no accounts yet. Create the first FG account with "
                    "\u201clawfulreq init --admin NAME\u201d, then start LawfulReq again."
                )
            )
            self.sign_in.setEnabled(False)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_sign_in_clicked(self) -> None:
        username = self.username.text().strip()
        if not username:
            self._show_message(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        password = self.password.text()
        self.sign_in.setEnabled(False)
        users = self._services.users
        self._tasks.submit(
            lambda _control: users.login(username, password),
            self._on_login_succeeded,
            on_error=self._on_login_failed,
            description="sign in",
        )

    def _on_login_succeeded(self, actor: Actor) -> None:
        self.actor = actor
        self.password.clear()
        self.accept()

    def _on_login_failed(self, error: BaseException) -> None:
        self.sign_in.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        message = describe(error)
        if message is None:
            self._tasks.report(error, self)
            return
        self._show_message(message.text)
