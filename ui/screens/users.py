"""Users (FG only): every account with its role and state; add an account; lift a lockout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.services.users import UserView
from ui.dialogs.action import ActionDialog
from ui.formats import date_time_text
from ui.labels import role_label
from ui.models.columns import ColumnsTableModel, Index
from ui.operations import Kind, OperationContext, Then
from ui.operations import admin as admin_operations
from ui.screen import ScreenContext
from ui.screens.list_screen import ListScreen
from ui.security_dialogs import AccountForm
from ui.security_texts import clock_time, security_message


class UserTableModel(ColumnsTableModel):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE, COL_LAST_LOGIN = range(5)
    COLUMN_COUNT = 5
    UserRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserView] = []
        self._now: datetime | None = None
        self._headers = [
            self.tr("User name"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("State"),
            self.tr("Last sign-in"),
        ]

    def set_users(self, users: list[UserView], now: datetime) -> None:
        self.beginResetModel()
        self._users = list(users)
        self._now = now
        self.endResetModel()

    def user(self, row: int) -> UserView | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def is_locked(self, user: UserView) -> bool:
        return user.locked_until is not None and (
            self._now is None or user.locked_until > self._now
        )

    def row_total(self) -> int:
        return len(self._users)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= self.COLUMN_COUNT:
            return None
        user = self.user(index.row())
        if user is None:
            return None
        if role == self.UserRole:
            return user
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        texts: dict[int, Callable[[], str]] = {
            self.COL_USERNAME: lambda: user.username,
            self.COL_NAME: lambda: user.display_name,
            self.COL_ROLE: lambda: role_label(user.role),
            self.COL_STATE: lambda: self._state(user),
            self.COL_LAST_LOGIN: lambda: (
                date_time_text(user.last_login_at) if user.last_login_at else self.tr("never")
            ),
        }
        return texts[index.column()]()

    def _state(self, user: UserView) -> str:
        if not user.active:
            return self.tr("inactive")
        if self.is_locked(user) and user.locked_until is not None:
            return self.tr("locked until {time}").format(
                time=clock_time(user.locked_until.isoformat())
            )
        return self.tr("active")


class AddUserDialog(ActionDialog):
    """A new account with its role; the service checks name, strength and duplicates."""

    def __init__(self, context: OperationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add a user"))
        self.created: UserView | None = None
        heading = QLabel(self.tr("Add a user"))
        heading.setObjectName("dialogHeading")
        self.form = AccountForm(with_role=True)
        buttons = self.confirm_buttons(self.tr("Add user"), "addUserConfirm")
        self.add_button = self.confirm_button
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _on_confirmed(self) -> None:
        problem = self.form.problem()
        if problem is not None:
            self.show_message(problem)
            return
        entry = self.form.value()
        self.run(
            admin_operations.add_user(
                self.context, entry.username, entry.role, entry.password, entry.display_name
            ),
            self._on_user_added,
        )

    def _on_user_added(self, user: UserView) -> None:
        self.created = user
        self.form.clear_passwords()
        self.accept()

    def refusal_text(self, error: BaseException) -> str | None:
        return security_message(error)


class UsersScreen(ListScreen):
    LISTS = frozenset({Kind.USER})

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("usersScreen")
        self.model = UserTableModel(self)
        self.table = self.list_table(self.model, "usersTable", self.tr("Users"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.setObjectName("addUserButton")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.unlock_button = QPushButton(self.tr("Unlock account"))
        self.unlock_button.setObjectName("unlockAccountButton")
        self.unlock_button.setEnabled(False)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        self.lay_out(
            self.tr(
                "Everyone who may sign in to this database. Five failed sign-ins in a row lock "
                "an account for 15 minutes; you can lift a lockout here once you know it was "
                "the user themselves."
            ),
            buttons,
            self.table,
        )

    def refresh(self) -> None:
        users, actor, clock = (
            self.context.services.users,
            self.context.actor,
            self.context.services.clock,
        )
        self.context.tasks.submit(
            lambda _control: (users.list(actor), clock()),
            self._on_users_loaded,
            description="list users",
        )

    def _on_users_loaded(self, loaded: tuple[list[UserView], datetime]) -> None:
        users, now = loaded
        self.model.set_users(users, now)
        self._on_selection_changed()

    def selected_user(self) -> UserView | None:
        index = self.table.currentIndex()
        return self.model.user(index.row()) if index.isValid() else None

    def _on_selection_changed(self, *_args: object) -> None:
        user = self.selected_user()
        self.unlock_button.setEnabled(user is not None and self.model.is_locked(user))

    def _on_add_button_clicked(self) -> None:
        dialog = AddUserDialog(self.context, self)
        dialog.finished.connect(lambda _result: self._on_add_dialog_finished(dialog))
        dialog.open()

    def _on_add_dialog_finished(self, dialog: AddUserDialog) -> None:
        if dialog.created is not None:
            self.context.show_status(
                self.tr("User {user} added").format(user=dialog.created.username)
            )
        dialog.deleteLater()

    def _on_unlock_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        admin_operations.unlock_user(self.context, user.username).run(
            Then(self._on_unlocked, parent=self)
        )

    def _on_unlocked(self, user: UserView) -> None:
        self.context.show_status(self.tr("Account {user} unlocked").format(user=user.username))
