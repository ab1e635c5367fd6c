"""The sign-in dialog (first start, lockout text) and the FG's Users screen."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from lawfulreq.errors import AuthenticationError
from lawfulreq.services.audit import AuditFilter
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD
from tests.security.gui.conftest import MakeWindow
from ui import navigation as nav
from ui.i18n import install_language
from ui.login import LoginDialog
from ui.operations import Changes
from ui.screens.users import AddUserDialog, UsersScreen, UserTableModel
from ui.tasks import TaskRunner

STRONG = "Strong-" + uuid.uuid4().hex[:12]


def test_first_start_creates_the_fg_account(
    qtbot: QtBot, sqlite_services: AppServices, sync_tasks: TaskRunner, english: None
) -> None:
    assert not sqlite_services.users.has_users()
    dialog = LoginDialog(sqlite_services, sync_tasks)
    qtbot.addWidget(dialog)
    assert dialog.first_start and dialog.windowTitle() == "Create the FG account"
    assert dialog.username.isHidden() and not dialog.account.isHidden()
    assert "At least 12 characters" in dialog.account.rule.text()
    form = dialog.account
    form.username.setText("anna")
    form.display_name.setText("Anna de Vries")
    form.password.setText(STRONG)
    form.repeat.setText(STRONG + "x")
    assert form.strength.text() == "Meets the rule."
    dialog.sign_in.click()
    assert dialog.message.text() == "The two passwords differ."
    assert not sqlite_services.users.has_users()
    form.password.setText("annaannaanna1A")
    form.repeat.setText("annaannaanna1A")
    assert form.strength.text() == "Does not meet the rule yet."
    dialog.sign_in.click()
    assert dialog.message.text().startswith("The password is too weak. At least 12 characters")
    assert form.password.text() == ""
    form.password.setText(STRONG)
    form.repeat.setText(STRONG)
    dialog.sign_in.click()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == "fg"
    assert dialog.actor.display_name == "Anna de Vries"
    assert sqlite_services.users.has_users()


def test_sign_in_explains_the_lockout_inline(
    qtbot: QtBot,
    services: AppServices,
    ui_actors: dict[str, Actor],
    sync_tasks: TaskRunner,
    english: None,
) -> None:
    dialog = LoginDialog(services, sync_tasks)
    qtbot.addWidget(dialog)
    assert not dialog.first_start
    dialog.username.setText("auditor")
    dialog.password.setText("wrong-" + TEST_PASSWORD)
    dialog.sign_in.click()
    assert "After 5 failed attempts in a row" in dialog.message.text()
    assert "Attempts left" not in dialog.message.text()  # nothing revealed before sign-in
    for _ in range(4):
        dialog.password.setText("wrong-" + TEST_PASSWORD)
        dialog.sign_in.click()
    assert "locked until 10:15" in dialog.message.text()
    dialog.password.setText(TEST_PASSWORD)
    dialog.sign_in.click()
    assert dialog.actor is None and "locked until 10:15" in dialog.message.text()
    try:
        install_language("nl")
        dialog.password.setText(TEST_PASSWORD)
        dialog.sign_in.click()
        assert "vergrendeld tot 10:15" in dialog.message.text()
    finally:
        install_language("en")


def test_users_screen_adds_a_user_and_lifts_a_lockout(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    make_window: MakeWindow,
    services: AppServices,
    ui_actors: dict[str, Actor],
) -> None:
    window = make_window("fg")
    window.navigate_to(nav.USERS)
    screen = window.current_screen()
    assert isinstance(screen, UsersScreen)
    model = screen.model
    assert [model.user(r).username for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        "auditor",
        "fg",
        "officer",
        "officer2",
    ]
    qtmodeltester.check(model, force_py=True)

    screen.add_button.click()
    dialog = screen.findChild(AddUserDialog)
    assert dialog is not None
    assert dialog.form.role is not None
    dialog.form.username.setText("Bram")
    dialog.form.display_name.setText("Bram Jansen")
    dialog.form.role.setCurrentIndex(dialog.form.role.findData("auditor"))
    dialog.form.password.setText(STRONG)
    dialog.form.repeat.setText(STRONG)
    dialog.add_button.click()
    assert dialog.created is not None and dialog.created.role == "auditor"
    assert model.rowCount() == 5
    assert services.users.login("bram", STRONG).role == "auditor"

    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.users.login("officer2", "wrong-" + TEST_PASSWORD)
    screen.refresh()
    row = next(r for r in range(model.rowCount()) if model.user(r).username == "officer2")  # type: ignore[union-attr]
    assert model.index(row, UserTableModel.COL_STATE).data() == "locked until 10:15"
    screen.table.selectRow(row)
    assert screen.unlock_button.isEnabled()
    screen.unlock_button.click()
    assert model.index(row, UserTableModel.COL_STATE).data() == "active"
    assert not screen.unlock_button.isEnabled()
    assert services.users.login("officer2", TEST_PASSWORD).username == "officer2"
    unlocked = services.audit.list(ui_actors["fg"], AuditFilter(action="user.unlocked"))
    assert unlocked[0].details["username"] == "officer2"


def test_adding_an_existing_user_is_refused_inline(
    qtbot: QtBot, services: AppServices, ui_actors: dict[str, Actor], sync_tasks: TaskRunner
) -> None:
    context = SimpleNamespace(
        services=services, actor=ui_actors["fg"], tasks=sync_tasks, changes=Changes()
    )
    dialog = AddUserDialog(context)
    qtbot.addWidget(dialog)
    dialog.form.username.setText("officer")
    dialog.form.password.setText(STRONG)
    dialog.form.repeat.setText(STRONG)
    dialog.add_button.click()
    assert dialog.created is None
    assert dialog.message.text() == "A user with this name already exists."
