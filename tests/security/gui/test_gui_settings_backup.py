"""Settings for the FG: the idle lock for everyone, and backup and restore through the buttons."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from lawfulreq.clock import fixed_clock
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices, open_services
from lawfulreq.settings_registry import (
    REPORT_ORGANISATION_NAME,
    RETENTION_TRAFFIC_MONTHS,
    SPECS,
    VOICEMAIL_STORED_KEY,
)
from tests.conftest import NOW, TEST_PASSWORD
from tests.security.gui.conftest import MakeWindow
from ui import navigation as nav
from ui.main_window import MainWindow
from ui.screens.settings import SettingsScreen
from ui.security_dialogs import PassphraseDialog
from ui.setting_labels import setting_label

PASSPHRASE = "backup-" + uuid.uuid4().hex


def _settings(window: MainWindow) -> SettingsScreen:
    window.navigate_to(nav.SETTINGS)
    screen = window.current_screen()
    assert isinstance(screen, SettingsScreen)
    return screen


def _stub_passphrase(monkeypatch: pytest.MonkeyPatch, answer: str | None) -> list[bool]:
    asked: list[bool] = []

    def ask(_parent: object, *, confirm: bool) -> str | None:
        asked.append(confirm)
        return answer

    monkeypatch.setattr(PassphraseDialog, "ask", staticmethod(ask))
    return asked


def test_fg_sets_the_idle_lock_for_everyone(
    make_window: MakeWindow, services: AppServices, ui_actors: dict[str, Actor]
) -> None:
    window = make_window("fg")
    screen = _settings(window)
    assert screen.idle_minutes.value() == 10
    screen.idle_minutes.setValue(3)
    screen.idle_apply.click()
    assert services.settings.idle_lock_minutes() == 3
    guard = window.context.session
    assert guard is not None and guard.timer.interval() == 3 * 60_000
    assert "3 min" in window.statusBar().currentMessage()
    officer = make_window("officer")
    assert _settings(officer).idle_minutes.value() == 3
    assert officer.context.session is not None
    assert officer.context.session.timer.interval() == 3 * 60_000


def test_backup_then_restore_through_the_settings_buttons(
    qtbot: QtBot,
    make_window: MakeWindow,
    services: AppServices,
    *,
    ui_actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window("fg")
    screen = _settings(window)
    chosen = tmp_path / "weekly"
    saved: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        saved.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr("ui.screens.settings.QFileDialog.getSaveFileName", save_name)
    asked = _stub_passphrase(monkeypatch, PASSPHRASE)
    screen.backup_button.click()
    backup = tmp_path / "weekly.lrbackup"
    assert backup.is_file() and asked == [True]
    assert saved[0].endswith("lawfulreq-2026-11-20.lrbackup")
    assert screen.backup_result.property("state") == "ok"
    assert str(backup) in screen.backup_result.text()
    assert TEST_PASSWORD.encode() not in backup.read_bytes()

    # A change after the backup, which the restore must undo.
    services.users.add(ui_actors["fg"], "latecomer", "officer", TEST_PASSWORD)
    monkeypatch.setattr(
        "ui.screens.settings.QFileDialog.getOpenFileName",
        lambda *_args: (str(backup), ""),
    )
    questions: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _accept: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr("ui.screens.settings.confirm", confirm)
    ended: list[str] = []
    assert window.context.session is not None
    window.context.session.ended.connect(ended.append)
    screen.restore_button.click()
    assert questions and services.location in questions[0] and "weekly.lrbackup" in questions[0]
    assert "2026-11-20 10:00" in questions[0]
    box = screen.findChild(QMessageBox, "restoredBox")
    assert box is not None and box.isVisible()
    assert "audit log is intact" in box.text()
    box.accept()
    assert ended == ["restored"] and not window.isVisible()

    target = services.db.target
    services.close()
    reopened = open_services(target, clock=fixed_clock(NOW))
    try:
        fg = reopened.users.login("fg", TEST_PASSWORD)
        names = {u.username for u in reopened.users.list(fg)}
        assert "latecomer" not in names and "officer" in names
        assert reopened.audit.verify(fg).ok
        assert "backup.restored" in [e.action for e in reopened.audit.list(fg, limit=5)]
    finally:
        reopened.close()


def test_restore_with_the_wrong_passphrase_changes_nothing(
    make_window: MakeWindow,
    services: AppServices,
    ui_actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    backup = tmp_path / "b.lrbackup"
    services.backup.backup(ui_actors["fg"], backup, PASSPHRASE)
    window = make_window("fg")
    screen = _settings(window)
    monkeypatch.setattr(
        "ui.screens.settings.QFileDialog.getOpenFileName", lambda *_args: (str(backup), "")
    )
    _stub_passphrase(monkeypatch, "not-the-" + PASSPHRASE)
    asked: list[str] = []
    monkeypatch.setattr("ui.screens.settings.confirm", lambda *args: asked.append(args) or True)
    screen.restore_button.click()
    assert asked == []  # refused before anything is asked or replaced
    assert screen.backup_result.property("state") == "broken"
    assert "passphrase is wrong" in screen.backup_result.text()
    assert window.isVisible()
    assert services.audit.verify(ui_actors["fg"]).ok


def test_cancelling_the_file_dialog_or_passphrase_does_nothing(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    screen = _settings(make_window("fg"))
    monkeypatch.setattr("ui.screens.settings.QFileDialog.getSaveFileName", lambda *_args: ("", ""))
    asked = _stub_passphrase(monkeypatch, None)
    screen.backup_button.click()
    assert asked == []
    monkeypatch.setattr(
        "ui.screens.settings.QFileDialog.getSaveFileName",
        lambda *_args: (str(tmp_path / "x.lrbackup"), ""),
    )
    screen.backup_button.click()
    assert asked == [True] and not (tmp_path / "x.lrbackup").exists()
    assert screen.backup_result.isHidden()


def test_the_passphrase_dialog_checks_length_and_repetition(qtbot: QtBot, english: None) -> None:
    dialog = PassphraseDialog(confirm=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    dialog._on_buttons_accepted()
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted
    assert dialog.message.text() == "Use at least 12 characters."
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog._on_buttons_accepted()
    assert dialog.message.text() == "The two passphrases differ."
    dialog.repeat.setText(PASSPHRASE)
    dialog._on_buttons_accepted()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    once = PassphraseDialog(confirm=False)
    qtbot.addWidget(once)
    assert once.repeat.isHidden()
    once.passphrase.setText("x")
    once._on_buttons_accepted()
    assert once.result() == PassphraseDialog.DialogCode.Accepted


def test_the_settings_page_edits_every_registry_setting_by_its_type(
    make_window: MakeWindow, services: AppServices
) -> None:
    screen = _settings(make_window("fg"))
    assert set(screen.setting_editors) == {s.key for s in SPECS}
    for definition in SPECS:
        editor = screen.setting_editors[definition.key]
        if definition.type == "int":
            assert isinstance(editor, QSpinBox)
            assert (editor.minimum(), editor.maximum()) == (definition.minimum, definition.maximum)
        elif definition.type == "bool":
            assert isinstance(editor, QCheckBox)
            assert editor.isChecked() is definition.default
        else:
            assert isinstance(editor, QLineEdit)
            assert editor.text() == definition.default
    # Each type's editor writes its value through the service.
    voicemail = screen.setting_editors[VOICEMAIL_STORED_KEY]
    assert isinstance(voicemail, QCheckBox)
    voicemail.setChecked(True)
    screen.setting_apply[VOICEMAIL_STORED_KEY].click()
    assert services.settings.value(VOICEMAIL_STORED_KEY) is True
    organisation = screen.setting_editors[REPORT_ORGANISATION_NAME]
    assert isinstance(organisation, QLineEdit)
    organisation.setText("Telecom B.V.")
    screen.setting_apply[REPORT_ORGANISATION_NAME].click()
    assert services.settings.value(REPORT_ORGANISATION_NAME) == "Telecom B.V."
    traffic = screen.setting_editors[RETENTION_TRAFFIC_MONTHS]
    assert isinstance(traffic, QSpinBox)
    assert traffic.value() == 3
    traffic.setValue(6)
    screen.setting_apply[RETENTION_TRAFFIC_MONTHS].click()
    assert services.catalogue.rule_settings().retention_months["traffic"] == 6
    reader = _settings(make_window("officer"))
    read_only = reader.setting_editors[RETENTION_TRAFFIC_MONTHS]
    assert isinstance(read_only, QSpinBox)
    assert read_only.value() == 6 and not read_only.isEnabled()
    assert not reader.setting_apply[RETENTION_TRAFFIC_MONTHS].isVisibleTo(reader)


def test_every_setting_has_a_label_of_its_own() -> None:
    for definition in SPECS:
        assert setting_label(definition) != definition.description, definition.key
