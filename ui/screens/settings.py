"""Settings: the GUI language (kept per user in QSettings) and facts about this session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lawfulreq import __version__
from ui.i18n import resolve_language, system_language
from ui.labels import role_label
from ui.logging_setup import display_path
from ui.screen import Screen, ScreenContext
from ui.screens.legal_rules import LegalRulesScreen


class SettingsScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("settingsScreen")

        language_box = QGroupBox(self.tr("Language"))
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

        general = QWidget()
        general.setObjectName("settingsGeneral")
        layout = QVBoxLayout(general)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(language_box)
        layout.addWidget(session_box)
        layout.addStretch(1)

        # Legal rules (issue 5): the FG edits them, every other role reads them.
        self.legal_rules = LegalRulesScreen(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general, self.tr("General"))
        self.legal_rules_index = self.tabs.addTab(self.legal_rules, self.tr("Legal rules"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 8, 24, 16)
        outer.addWidget(self.tabs)

    def refresh(self) -> None:
        self.legal_rules.reload()

    @property
    def effective_language(self) -> str:
        return resolve_language(self.context.preferences.language())

    def _on_language_current_index_changed(self, index: int) -> None:
        choice = self.language.itemData(index)
        self.context.change_language(choice if isinstance(choice, str) else "")
