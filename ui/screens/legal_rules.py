"""Settings → Legal rules: the FG edits a rule (a new version each time); others read it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.clock import local_text
from lawfulreq.domain.enums import DataCategory, IssuerRole
from lawfulreq.errors import LawfulreqError
from lawfulreq.rules.messages import category_name, role_name
from lawfulreq.services.base import Actor
from lawfulreq.services.catalogue import LegalBasisView
from lawfulreq.services.registry import AppServices
from ui.screens.case_detail import ui_lang


def _days_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 3660)
    spin.setSpecialValueText("—")
    return spin


class LegalRulesScreen(QWidget):
    def __init__(self, services: AppServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legalRules")
        self._services = services
        self._actor = actor
        self._lang = ui_lang()
        self._can_edit = actor.role.value == "fg"
        self.rule: LegalBasisView | None = None

        self.rules = QListWidget(self)
        self.rules.setObjectName("rulesList")
        self._codes: list[str] = []
        self.rules.currentRowChanged.connect(self._on_rules_current_row_changed)
        right = QVBoxLayout()
        right.addWidget(self._rule_box())
        right.addWidget(self._retention_box())
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.rules, 1)
        layout.addLayout(right, 3)
        for widget in self._editors():
            widget.setEnabled(self._can_edit)
        self.save_button.setVisible(self._can_edit)
        self.reload()

    def _rule_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rule"))
        form = QFormLayout(box)
        self.heading = QLabel()
        self.heading.setObjectName("ruleHeading")
        self.heading.setWordWrap(True)
        self.roles = {r.value: QCheckBox(role_name(r.value, self._lang)) for r in IssuerRole}
        self.categories = {
            c.value: QCheckBox(category_name(c.value, self._lang)) for c in DataCategory
        }
        self.rc_required = QCheckBox(self.tr("RC authorisation required"))
        self.rc_required.setObjectName("ruleRcRequired")
        self.secrecy = QCheckBox(self.tr("Secrecy applies (Sv 126bb)"))
        self.one_target = QCheckBox(self.tr("One identifier per order"))
        self.fg_review = QCheckBox(self.tr("Needs FG legal review"))
        self.max_future = _days_spin()
        self.max_future.setObjectName("ruleMaxFuture")
        self.confirmation = _days_spin()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.versions = QLabel()
        self.versions.setObjectName("ruleVersions")
        self.versions.setWordWrap(True)
        form.addRow(self.heading)
        form.addRow(self.tr("Issued by"), self._grid(self.roles))
        form.addRow(self.tr("May demand"), self._grid(self.categories))
        form.addRow(self.rc_required)
        form.addRow(self.secrecy)
        form.addRow(self.one_target)
        form.addRow(self.fg_review)
        form.addRow(self.tr("Max. future days"), self.max_future)
        form.addRow(self.tr("Written confirmation within (days)"), self.confirmation)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Versions"), self.versions)
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setObjectName("ruleSave")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.message = QLabel()
        self.message.setObjectName("ruleMessage")
        self.message.setWordWrap(True)
        form.addRow(self.save_button)
        form.addRow(self.message)
        return box

    def _retention_box(self) -> QGroupBox:
        retention = QGroupBox(self.tr("Retention (months; 0 = kept as long as the contract)"))
        retention_form = QFormLayout(retention)
        self.retention: dict[str, QSpinBox] = {}
        months = self._services.catalogue.rule_settings().retention_months
        for c in ("traffic", "location", "content"):
            spin = QSpinBox()
            spin.setRange(0, 240)
            spin.setValue(months.get(c, 0))
            spin.setObjectName(f"retention_{c}")
            spin.setEnabled(self._can_edit)
            self.retention[c] = spin
            retention_form.addRow(category_name(c, self._lang), spin)
        self.retention_save = QPushButton(self.tr("Save retention"))
        self.retention_save.setObjectName("retentionSave")
        self.retention_save.setEnabled(self._can_edit)
        self.retention_save.clicked.connect(self._on_retention_save_clicked)
        retention_form.addRow(self.retention_save)
        return retention

    def _grid(self, boxes: dict[str, QCheckBox]) -> QWidget:
        host = QWidget()
        layout = QHBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in boxes.values():
            layout.addWidget(box)
        layout.addStretch(1)
        return host

    def _editors(self) -> list[QWidget]:
        return [
            *self.roles.values(),
            *self.categories.values(),
            self.rc_required,
            self.secrecy,
            self.one_target,
            self.fg_review,
            self.max_future,
            self.confirmation,
            self.notes,
        ]

    def reload(self) -> None:
        row = max(0, self.rules.currentRow())
        current = self._services.catalogue.current()
        self._codes = [b.code for b in current]
        self.rules.blockSignals(True)
        self.rules.clear()
        self.rules.addItems([f"{b.label} — {b.title(self._lang)}" for b in current])
        self.rules.blockSignals(False)
        self.rules.setCurrentRow(min(row, len(current) - 1))
        self._on_rules_current_row_changed(self.rules.currentRow())

    def select(self, code: str) -> None:
        self.rules.setCurrentRow(self._codes.index(code))

    def _on_rules_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._codes):
            return
        rule = self._services.catalogue.get(self._codes[row])
        self.rule = rule
        self.heading.setText(f"<b>{rule.label}</b> — {rule.title(self._lang)} ({rule.code})")
        for value, box in self.roles.items():
            box.setChecked(value in rule.issuer_roles)
        for value, box in self.categories.items():
            box.setChecked(value in rule.allowed_categories)
        self.rc_required.setChecked(rule.rc_authorisation_required)
        self.secrecy.setChecked(rule.secrecy_applies)
        self.one_target.setChecked(rule.one_target_per_order)
        self.fg_review.setChecked(rule.needs_fg_review)
        self.max_future.setValue(rule.max_future_days or 0)
        self.confirmation.setValue(rule.written_confirmation_days or 0)
        self.notes.setPlainText(rule.notes)
        self.versions.setText(
            "; ".join(
                f"v{v.version} {local_text(v.created_at)} {v.created_by}"
                for v in self._services.catalogue.versions(rule.code)
            )
        )

    def changes(self) -> dict[str, Any]:
        return {
            "issuer_roles": [v for v, b in self.roles.items() if b.isChecked()],
            "allowed_categories": [v for v, b in self.categories.items() if b.isChecked()],
            "rc_authorisation_required": self.rc_required.isChecked(),
            "secrecy_applies": self.secrecy.isChecked(),
            "one_target_per_order": self.one_target.isChecked(),
            "needs_fg_review": self.fg_review.isChecked(),
            "max_future_days": self.max_future.value() or None,
            "written_confirmation_days": self.confirmation.value() or None,
            "notes": self.notes.toPlainText(),
        }

    def _on_save_button_clicked(self) -> None:
        if self.rule is None:
            return
        try:
            saved = self._services.catalogue.edit(
                self._actor, self.rule.code, self.changes(), expected_version=self.rule.version
            )
        except LawfulreqError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Saved as version %1.").replace("%1", str(saved.version)))
        self._on_rules_current_row_changed(self.rules.currentRow())

    def _on_retention_save_clicked(self) -> None:
        try:
            for category, spin in self.retention.items():
                self._services.catalogue.set_retention(self._actor, category, spin.value() or None)
        except LawfulreqError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Retention saved."))
