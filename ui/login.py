"""Sign in at start: user name and password go to services.users.login; the Actor comes back.

A database without accounts asks instead for the first account, the FG's.
"""

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
from ui.fitting import FittedDialog
from ui.resources import app_icon
from ui.security_dialogs import AccountForm, AccountInput
from ui.security_texts import security_message
from ui.tasks import TaskRunner


class LoginDialog(FittedDialog):
    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        *,
        location_label: str = "",
        first_start: bool | None = None,
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._services = services
        self._tasks = tasks
        self.actor: Actor | None = None
        # None: ask the database (the screenshots force the first-start form).
        self.first_start = not services.users.has_users() if first_start is None else first_start

        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(QSize(48, 48)))
        heading = QLabel()
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
        self.account = AccountForm(with_role=False)
        self.message = QLabel()
        self.message.setObjectName("loginError")
        self.message.setWordWrap(True)
        self.message.hide()
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
        if self.first_start:
            self._build_first_start(layout, heading)
        else:
            self._build_sign_in(layout, heading)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if notice:
            self._show_message(notice)

    def _build_first_start(self, layout: QVBoxLayout, heading: QLabel) -> None:
        self.setWindowTitle(self.tr("Create the FG account"))
        heading.setText(self.tr("Welcome to LawfulReq"))
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the account of the Data "
                "Protection Officer (FG), who then adds the other users under Users."
            )
        )
        intro.setObjectName("firstStartIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.account)
        self.sign_in.setText(self.tr("Create account and sign in"))
        self.username.hide()
        self.password.hide()
        self.setMinimumWidth(520)

    def _build_sign_in(self, layout: QVBoxLayout, heading: QLabel) -> None:
        self.setWindowTitle(self.tr("Sign in to LawfulReq"))
        heading.setText(self.tr("Sign in to LawfulReq"))
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        self.account.hide()
        self.setMinimumWidth(420)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_sign_in_clicked(self) -> None:
        if self.first_start:
            self._create_first_account()
            return
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

    def _create_first_account(self) -> None:
        problem = self.account.problem()
        if problem is not None:
            self._show_message(problem)
            return
        entry: AccountInput = self.account.value()
        users = self._services.users

        def create(_control: object) -> Actor:
            users.create_first_admin(entry.username, entry.password, entry.display_name)
            return users.login(entry.username, entry.password)

        self.sign_in.setEnabled(False)
        self._tasks.submit(
            create,
            self._on_login_succeeded,
            on_error=self._on_login_failed,
            description="create the FG account",
        )

    def _on_login_succeeded(self, actor: Actor) -> None:
        self.actor = actor
        self.password.clear()
        self.account.clear_passwords()
        self.accept()

    def _on_login_failed(self, error: BaseException) -> None:
        self.sign_in.setEnabled(True)
        # Disabling the default button while it ran took its "default" away: Enter did nothing.
        self.sign_in.setDefault(True)
        text = security_message(error)
        if text is None:
            self._tasks.report(error, self)
            return
        if self.first_start:
            self.account.clear_passwords()
            self.account.password.setFocus()
        else:
            self.password.clear()
            self.password.setFocus()
        self._show_message(text)
