"""Sign in at start: user name and password go to services.users.login; the Actor comes back.

A database without accounts asks instead for the first account, the FG's. The dialog can be
shown before the database is open (services given later with `set_services`): the user types
while the database layer loads, and Sign in waits until it is ready. Nothing here imports the
database layer at module level, so the first window needs only Qt.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.fitting import FittedDialog
from ui.resources import app_icon
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lawfulreq.services.base import Actor
    from lawfulreq.services.registry import AppServices
    from ui.security_dialogs import AccountForm


class LoginDialog(FittedDialog):
    def __init__(
        self,
        services: AppServices | None,
        tasks: TaskRunner,
        *,
        location_label: str = "",
        pending_location: str = "",
        first_start: bool | None = None,
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._services: AppServices | None = None
        self._tasks = tasks
        self._location_label = location_label
        self._account: AccountForm | None = None
        self.actor: Actor | None = None
        self.first_start = False

        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(QSize(48, 48)))
        self._heading = QLabel()
        self._heading.setObjectName("dialogHeading")
        self._where = QLabel()
        self._where.setObjectName("hint")
        self._where.setWordWrap(True)
        self._build_fields()
        self.message = QLabel()
        self.message.setObjectName("loginError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.sign_in = QPushButton(self.tr("Sign in"))
        self.sign_in.setObjectName("signInButton")
        self.sign_in.setDefault(True)
        self.sign_in.clicked.connect(self._on_sign_in_clicked)
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setObjectName("cancelButton")
        self._cancel.clicked.connect(self.reject)
        # A plain row, not a QDialogButtonBox: building one costs PySide ~30 ms of enum set-up,
        # a sixth of a bare window's start (the order is the one the box gave here).
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in)
        buttons.addWidget(self._cancel)

        self._layout = QVBoxLayout(self)
        self._layout.addLayout(_centred(picture))
        self._layout.addLayout(_centred(self._heading))
        self._layout.addWidget(self._where)
        self._layout.addWidget(self._intro)
        self._layout.addWidget(self._credentials)
        self._layout.addWidget(self.opening)
        self._layout.addWidget(self.message)
        self._layout.addLayout(buttons)
        self._show_location(pending_location)
        if services is None:
            # Until the database is open: the sign-in form, with Sign in waiting for it.
            self._show_sign_in()
            self.sign_in.setEnabled(False)
            self.opening.show()
        else:
            self.set_services(services, first_start=first_start)
        if notice:
            self._show_message(notice)

    def _build_fields(self) -> None:
        """The first-start intro, user name and password, and the wait for the database."""
        self._intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the account of the Data "
                "Protection Officer (FG), who then adds the other users under Users."
            )
        )
        self._intro.setObjectName("firstStartIntro")
        self._intro.setWordWrap(True)
        self._intro.hide()
        self.username = QLineEdit()
        self.username.setObjectName("loginUser")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self._credentials = QWidget()
        form = QFormLayout(self._credentials)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        self.opening = QLabel(self.tr("Opening the database…"))
        self.opening.setObjectName("loginOpening")
        self.opening.hide()

    @property
    def services(self) -> AppServices | None:
        return self._services

    @property
    def account(self) -> AccountForm:
        """The first account's form, built on first use (its module loads the services)."""
        if self._account is None:
            from ui.security_dialogs import AccountForm  # noqa: PLC0415 - loads services

            self._account = AccountForm(with_role=False)
            self._account.hide()
            self._layout.insertWidget(self._layout.indexOf(self._credentials) + 1, self._account)
            # Built after the buttons, so Tab would reach it last: the form comes first.
            account = self._account
            chain = [account.username, account.display_name, account.password, account.repeat]
            for before, after in pairwise([*chain, self.sign_in, self._cancel]):
                QWidget.setTabOrder(before, after)
        return self._account

    def set_services(self, services: AppServices, *, first_start: bool | None = None) -> None:
        """The database is open: Sign in works; no accounts (or `first_start`) asks for the FG's.

        `first_start` None asks the database; the screenshots force the first-start form.
        The location shown until now (`pending_location`) gives way to the database's own.
        """
        self._services = services
        self._show_location(services.location)
        if first_start is None:
            first_start = not services.users.has_users()
        if first_start:
            self._show_first_start()
        else:
            self._show_sign_in()
        self.opening.hide()
        self.sign_in.setEnabled(True)
        # A disabled button lost its "default": Enter would do nothing.
        self.sign_in.setDefault(True)

    def _show_location(self, fallback: str) -> None:
        self._where.setText(
            self.tr("Database: {location}").format(location=self._location_label or fallback)
        )

    def _show_first_start(self) -> None:
        self.first_start = True
        self.setWindowTitle(self.tr("Create the FG account"))
        self._heading.setText(self.tr("Welcome to LawfulReq"))
        self._intro.show()
        self._credentials.hide()
        self.username.hide()
        self.password.hide()
        self.account.show()
        self.sign_in.setText(self.tr("Create account and sign in"))
        self.setMinimumWidth(520)

    def _show_sign_in(self) -> None:
        self.first_start = False
        self.setWindowTitle(self.tr("Sign in to LawfulReq"))
        self._heading.setText(self.tr("Sign in to LawfulReq"))
        self._intro.hide()
        self._credentials.show()
        self.username.show()
        self.password.show()
        if self._account is not None:
            self._account.hide()
        self.sign_in.setText(self.tr("Sign in"))
        self.setMinimumWidth(420)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_sign_in_clicked(self) -> None:
        if self._services is None:
            return
        if self.first_start:
            self._create_first_account(self._services)
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

    def _create_first_account(self, services: AppServices) -> None:
        problem = self.account.problem()
        if problem is not None:
            self._show_message(problem)
            return
        entry = self.account.value()
        users = services.users

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
        if self._account is not None:
            self._account.clear_passwords()
        self.accept()

    def _on_login_failed(self, error: BaseException) -> None:
        from ui.security_texts import security_message  # noqa: PLC0415 - loads services

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


def _centred(widget: QWidget) -> QHBoxLayout:
    """A row with `widget` in the middle at its natural width.

    Stretches rather than Qt.AlignmentFlag: the first use of PySide's `Qt` namespace costs
    about 25 ms, a seventh of a bare window's start, and this dialog is the first window.
    """
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row
