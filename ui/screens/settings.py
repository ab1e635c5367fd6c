"""Settings: the GUI language (kept per user in QSettings), this session, the idle lock and,
for the FG, backup and restore."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lawfulreq import __version__
from lawfulreq.security.permissions import Permission
from lawfulreq.services.backup import BackupInfo, BackupSummary, RestoreReport
from lawfulreq.services.settings import SettingView
from lawfulreq.settings_registry import IDLE_LOCK_MINUTES, SPECS, SettingSpec, SettingValue, spec
from ui.formats import date_time_text
from ui.i18n import resolve_language, system_language
from ui.labels import role_label
from ui.logging_setup import display_path
from ui.operations import Then
from ui.operations import admin as admin_operations
from ui.purge_group import PurgeGroup
from ui.screen import Screen, ScreenContext
from ui.screens.legal_rules import LegalRulesScreen
from ui.security_dialogs import PassphraseDialog, confirm
from ui.security_texts import security_message
from ui.setting_labels import setting_label
from ui.theme import DARK, HIGH_CONTRAST, LIGHT, SYSTEM, apply_theme, system_prefers_dark

BACKUP_SUFFIX = ".lrbackup"


def _setting_editor(definition: SettingSpec) -> QWidget:
    """A spin box with the setting's range, a check box or a line edit, by the setting's type."""
    editor: QWidget
    if definition.type == "int":
        spin = QSpinBox()
        spin.setRange(
            definition.minimum if definition.minimum is not None else -(2**31),
            definition.maximum if definition.maximum is not None else 2**31 - 1,
        )
        spin.setValue(int(definition.default))
        editor = spin
    elif definition.type == "bool":
        check = QCheckBox()
        check.setChecked(bool(definition.default))
        editor = check
    else:
        line = QLineEdit(str(definition.default))
        line.setMaxLength(definition.max_length)
        editor = line
    editor.setObjectName("settingEditor")
    editor.setProperty("settingKey", definition.key)
    return editor


def _editor_value(editor: QWidget) -> SettingValue:
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    assert isinstance(editor, QLineEdit)
    return editor.text()


def _set_editor_value(editor: QWidget, value: SettingValue) -> None:
    if isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))


def _scrolling(content: QWidget) -> QScrollArea:
    """Long translations scroll down rather than squeeze the groups."""
    scroll = QScrollArea()
    scroll.setObjectName("settingsScroll")
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields; it scrolls to them
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


class SettingsScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settingsScreen")

        language_box = QGroupBox(self.tr("Language and appearance"))
        language_box.setObjectName("languageGroup")
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        system_name = self.tr("Dutch") if system_language() == "nl" else self.tr("English")
        self.language.addItem(
            self.tr("As the system ({language})").format(language=system_name), ""
        )
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        current = context.preferences.language()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        language_hint = QLabel(
            self.tr(
                "The screens switch at once. Your choice is kept for your user account "
                "on this computer."
            )
        )
        language_hint.setObjectName("hint")
        language_hint.setWordWrap(True)
        language_form = QFormLayout(language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(self.tr("Language of the screens:"), self.language)
        self.theme = self._theme_combo()
        language_form.addRow(self.tr("Colours:"), self.theme)
        language_form.addRow(language_hint)

        session_box = QGroupBox(self.tr("This session"))
        session_box.setObjectName("sessionGroup")
        actor = context.actor
        session_form = QFormLayout(session_box)
        for caption, value, name in (
            (
                self.tr("Signed in as:"),
                f"{actor.display_name or actor.username} ({actor.username})",
                "sessionUser",
            ),
            (self.tr("Role:"), role_label(actor.role), "sessionRole"),
            (
                self.tr("Database:"),
                context.location_label or context.services.location,
                "sessionDatabase",
            ),
            (self.tr("Log file:"), display_path(context.errors.log_path), "sessionLog"),
            (self.tr("Version:"), __version__, "sessionVersion"),
        ):
            label = QLabel(value)
            label.setObjectName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            session_form.addRow(caption, label)

        session_form.addRow(self._build_session_buttons())

        content = QWidget()
        content.setObjectName("settingsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 8, 16, 16)
        column.setSpacing(16)
        column.addWidget(language_box)
        column.addWidget(session_box)
        column.addWidget(self._build_registry_group())
        self.backup_box: QGroupBox | None = None
        if context.can(Permission.BACKUP):
            self.backup_box = self._build_backup_group()
            column.addWidget(self.backup_box)
        self.purge_box: PurgeGroup | None = None
        if context.can(Permission.PURGE):
            self.purge_box = PurgeGroup(context)
            column.addWidget(self.purge_box)
        column.addStretch(1)
        self._build_tabs(content)

    def _build_tabs(self, general: QWidget) -> None:
        # Legal rules (issue 5): the FG edits them, every other role reads them.
        self.legal_rules = LegalRulesScreen(self.context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(_scrolling(general), self.tr("General"))
        self.legal_rules_index = self.tabs.addTab(self.legal_rules, self.tr("Legal rules"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 8, 24, 16)
        outer.addWidget(self.tabs)

    def _build_session_buttons(self) -> QHBoxLayout:
        session_buttons = QHBoxLayout()
        self.lock_button = QPushButton(self.tr("Lock now"))
        self.lock_button.setObjectName("lockNowButton")
        self.lock_button.clicked.connect(self._on_lock_button_clicked)
        self.sign_out_button = QPushButton(self.tr("Sign out…"))
        self.sign_out_button.setObjectName("settingsSignOutButton")
        self.sign_out_button.clicked.connect(self._on_sign_out_button_clicked)
        session_buttons.addWidget(self.lock_button)
        session_buttons.addWidget(self.sign_out_button)
        session_buttons.addStretch(1)
        return session_buttons

    # ------------------------------------------------------------------ settings for everyone

    def _build_registry_group(self) -> QGroupBox:
        """Every setting of the registry, with an editor for its type; the FG changes them."""
        box = QGroupBox(self.tr("Settings for everyone"))
        box.setObjectName("registryGroup")
        may_change = self.context.can(Permission.MANAGE_SETTINGS)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setting_editors: dict[str, QWidget] = {}
        self.setting_apply: dict[str, QPushButton] = {}
        for definition in SPECS:
            editor = _setting_editor(definition)
            editor.setAccessibleName(setting_label(definition))
            editor.setEnabled(may_change)
            apply = QPushButton(self.tr("Apply"))
            apply.setObjectName("settingApply")
            apply.setVisible(may_change)
            apply.clicked.connect(partial(self._on_setting_apply_clicked, definition.key))
            self.setting_editors[definition.key] = editor
            self.setting_apply[definition.key] = apply
            row = QHBoxLayout()
            row.addWidget(editor)
            row.addWidget(apply)
            row.addStretch(1)
            form.addRow(setting_label(definition), row)
        hint = QLabel(
            self.tr(
                "These settings hold for everyone who uses this database. After the idle "
                "time without keyboard or mouse, LawfulReq covers its windows and asks for "
                "the password again; nothing that was open is lost."
            )
            if may_change
            else self.tr(
                "These settings hold for everyone who uses this database; the FG sets them."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        # The idle lock by its old names: the session and the tests reach it here.
        idle = self.setting_editors[IDLE_LOCK_MINUTES]
        assert isinstance(idle, QSpinBox)
        self.idle_minutes = idle
        self.idle_apply = self.setting_apply[IDLE_LOCK_MINUTES]
        return box

    def _on_setting_apply_clicked(self, key: str) -> None:
        value = _editor_value(self.setting_editors[key])
        admin_operations.set_setting(self.context, key, value).run(
            Then(partial(self._on_setting_saved, key), parent=self)
        )

    def _on_setting_saved(self, key: str, value: SettingValue) -> None:
        if key == IDLE_LOCK_MINUTES:
            if self.context.session is not None:
                self.context.session.set_minutes(int(value))
            self.context.show_status(
                self.tr("LawfulReq now locks after {count} min without use.").format(count=value)
            )
            return
        self.context.show_status(
            self.tr("Saved for everyone: {setting}.").format(setting=setting_label(spec(key)))
        )

    def _on_settings_loaded(self, views: list[SettingView]) -> None:
        for view in views:
            editor = self.setting_editors.get(view.key)
            if editor is not None:
                _set_editor_value(editor, view.value)

    def _on_lock_button_clicked(self) -> None:
        if self.context.session is not None:
            self.context.session.lock()

    def _on_sign_out_button_clicked(self) -> None:
        if self.context.session is not None:
            self.context.session.sign_out()

    # ------------------------------------------------------------------ backup and restore

    def _build_backup_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backup and restore"))
        box.setObjectName("backupGroup")
        hint = QLabel(
            self.tr(
                "A backup is a consistent, encrypted copy of the whole database, made while "
                "LawfulReq stays in use. Keep its passphrase apart from the file. Restoring "
                "replaces everything in this database; afterwards everyone signs in again."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Make backup…"))
        self.backup_button.setObjectName("makeBackupButton")
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.backup_result = QLabel()
        self.backup_result.setObjectName("backupResult")
        self.backup_result.setWordWrap(True)
        self.backup_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_result.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.backup_result)
        return box

    def _show_backup_result(self, text: str, *, ok: bool) -> None:
        self.backup_result.setText(text)
        self.backup_result.setProperty("state", "ok" if ok else "broken")
        self.backup_result.style().unpolish(self.backup_result)
        self.backup_result.style().polish(self.backup_result)
        self.backup_result.show()

    def _on_backup_failed(self, error: BaseException) -> None:
        text = security_message(error)
        if text is None:
            self.context.tasks.report(error, self)
            return
        self._show_backup_result(text, ok=False)

    def _documents_dir(self) -> Path:
        found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(found) if found else Path.home()

    def _file_filter(self) -> str:
        return self.tr("LawfulReq backups (*{suffix})").format(suffix=BACKUP_SUFFIX)

    def _on_backup_button_clicked(self) -> None:
        stamp = self.context.services.clock().strftime("%Y-%m-%d")
        suggested = self._documents_dir() / f"lawfulreq-{stamp}{BACKUP_SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Make a backup"), str(suggested), self._file_filter()
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(BACKUP_SUFFIX)
        passphrase = PassphraseDialog.ask(self, confirm=True)
        if passphrase is None:
            return
        backup, actor = self.context.services.backup, self.context.actor
        # The file dialog asked before replacing the file it returned, not one with a suffix added.
        confirmed = path == Path(chosen)
        self.context.tasks.submit(
            lambda _control: backup.backup(actor, path, passphrase, overwrite=confirmed),
            self._on_backup_made,
            on_error=self._on_backup_failed,
            description="make a backup",
            parent_widget=self,
            progress_title=self.tr("Making the backup…"),
        )

    def _on_backup_made(self, info: BackupInfo) -> None:
        self._show_backup_result(
            self.tr("Backup written to {file} ({size} MB; audit events: {count}).").format(
                file=str(info.path), size=f"{info.size / 1_000_000:.1f}", count=info.audit_events
            ),
            ok=True,
        )
        self.context.show_status(self.tr("Backup written"))

    def _on_restore_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(self._documents_dir()), self._file_filter()
        )
        if not chosen:
            return
        passphrase = PassphraseDialog.ask(self, confirm=False)
        if passphrase is None:
            return
        backup, actor = self.context.services.backup, self.context.actor
        path = Path(chosen)
        self.context.tasks.submit(
            lambda _control: backup.describe_backup(actor, path, passphrase),
            lambda summary: self._confirm_restore(summary, passphrase),
            on_error=self._on_backup_failed,
            description="open a backup",
            parent_widget=self,
        )

    def _confirm_restore(self, summary: BackupSummary, passphrase: str) -> None:
        try:
            made = date_time_text(datetime.fromisoformat(summary.created_at))
        except ValueError:
            made = summary.created_at
        location = self.context.location_label or self.context.services.location
        question = self.tr(
            "Replace EVERYTHING in the database {database} (cases, subscriber data, users, "
            "settings and the audit log) with the backup {file} (made on {made}; audit "
            "events: {count})? Changes made since then are lost. This cannot be undone."
        ).format(database=location, file=summary.path.name, made=made, count=summary.audit_events)
        if not confirm(self, self.tr("Restore a backup"), question, self.tr("Replace everything")):
            return
        backup, actor = self.context.services.backup, self.context.actor
        self.context.tasks.submit(
            lambda _control: backup.restore(actor, summary.path, passphrase),
            self._on_restored,
            on_error=self._on_backup_failed,
            description="restore a backup",
            parent_widget=self,
            progress_title=self.tr("Restoring the backup…"),
        )

    def _on_restored(self, report: RestoreReport) -> None:
        chain = report.chain
        box = QMessageBox(
            QMessageBox.Icon.Information if chain.ok else QMessageBox.Icon.Warning,
            self.tr("Backup restored"),
            (
                self.tr("The backup was restored and its audit log is intact.")
                if chain.ok
                else self.tr(
                    "The backup was restored, but its audit log is broken at event {event}."
                ).format(event=chain.first_broken)
            )
            + " "
            + self.tr("LawfulReq opens the database again: please sign in."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("restoredBox")
        self.restored_message = box
        box.finished.connect(self._on_restored_box_finished)
        box.open()

    def _on_restored_box_finished(self, _result: int) -> None:
        if self.context.session is not None:
            self.context.session.end(self.context.session.RESTORED)

    def refresh(self) -> None:
        self.legal_rules.reload()
        settings = self.context.services.settings
        self.context.tasks.submit(
            lambda _control: settings.list(),
            self._on_settings_loaded,
            description="read the settings",
        )

    @property
    def effective_language(self) -> str:
        return resolve_language(self.context.preferences.language())

    def _theme_combo(self) -> QComboBox:
        """Light, dark, high contrast or the system's choice; kept in QSettings (not secret)."""
        combo = QComboBox()
        combo.setObjectName("themeCombo")
        system = self.tr("Dark") if system_prefers_dark() else self.tr("Light")
        combo.addItem(self.tr("As the system ({theme})").format(theme=system), SYSTEM)
        combo.addItem(self.tr("Light"), LIGHT)
        combo.addItem(self.tr("Dark"), DARK)
        combo.addItem(self.tr("High contrast"), HIGH_CONTRAST)
        combo.setToolTip(
            self.tr("High contrast: white and yellow on black, with a wide focus rectangle.")
        )
        combo.setCurrentIndex(max(0, combo.findData(self.context.preferences.theme())))
        combo.currentIndexChanged.connect(self._on_theme_current_index_changed)
        return combo

    def _on_theme_current_index_changed(self, index: int) -> None:
        choice = self.theme.itemData(index)
        choice = choice if isinstance(choice, str) else SYSTEM
        self.context.preferences.set_theme(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)

    def _on_language_current_index_changed(self, index: int) -> None:
        choice = self.language.itemData(index)
        self.context.change_language(choice if isinstance(choice, str) else "")
