"""Each role in the GUI: what it sees of the Audit log, Users and backups (services refuse too)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from lawfulreq.errors import PermissionDeniedError
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.security.gui.conftest import MakeWindow
from ui import navigation as nav
from ui.screens.audit_log import AuditLogScreen
from ui.screens.settings import SettingsScreen
from ui.screens.users import UsersScreen


def _settings(window: object) -> SettingsScreen:
    window.navigate_to(nav.SETTINGS)  # type: ignore[attr-defined]
    screen = window.current_screen()  # type: ignore[attr-defined]
    assert isinstance(screen, SettingsScreen)
    return screen


def test_fg_sees_audit_log_users_and_backup(make_window: MakeWindow) -> None:
    window = make_window("fg")
    keys = [s.key for s in window.sections]
    assert nav.AUDIT_LOG in keys and nav.USERS in keys
    window.navigate_to(nav.AUDIT_LOG)
    assert isinstance(window.current_screen(), AuditLogScreen)
    window.navigate_to(nav.USERS)
    assert isinstance(window.current_screen(), UsersScreen)
    settings = _settings(window)
    assert settings.backup_box is not None and settings.backup_box.isVisibleTo(settings)
    assert settings.findChild(QPushButton, "makeBackupButton") is not None
    assert settings.idle_minutes.isEnabled() and settings.idle_apply.isVisibleTo(settings)


def test_officer_has_no_audit_log_no_users_no_backup(
    make_window: MakeWindow, services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    window = make_window("officer")
    keys = [s.key for s in window.sections]
    assert nav.AUDIT_LOG not in keys and nav.USERS not in keys
    titles = [window.nav_list.item(i).text() for i in range(window.nav_list.count())]
    assert "Audit log" not in titles and "Users" not in titles
    window.navigate_to(nav.AUDIT_LOG)
    assert window.current_key != nav.AUDIT_LOG
    assert "not available for your role" in window.statusBar().currentMessage()
    settings = _settings(window)
    assert settings.backup_box is None
    assert settings.findChild(QPushButton, "restoreBackupButton") is None
    assert not settings.idle_minutes.isEnabled()
    # The services refuse the same, whatever a client shows.
    with pytest.raises(PermissionDeniedError):
        services.audit.list(ui_actors["officer"])
    with pytest.raises(PermissionDeniedError):
        services.users.list(ui_actors["officer"])


def test_auditor_reads_the_audit_log_but_has_no_backup_buttons(
    make_window: MakeWindow, services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    window = make_window("auditor")
    keys = [s.key for s in window.sections]
    assert nav.AUDIT_LOG in keys and nav.USERS not in keys
    window.navigate_to(nav.AUDIT_LOG)
    screen = window.current_screen()
    assert isinstance(screen, AuditLogScreen)
    assert screen.model.rowCount() > 0
    screen.verify_button.click()
    assert screen.chain_result.property("state") == "ok"
    settings = _settings(window)
    assert settings.backup_box is None
    assert settings.findChild(QPushButton, "makeBackupButton") is None
    assert not settings.idle_minutes.isEnabled() and not settings.idle_apply.isVisibleTo(settings)
    with pytest.raises(PermissionDeniedError):
        services.settings.set_idle_lock_minutes(ui_actors["auditor"], 5)
