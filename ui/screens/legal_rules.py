"""Settings → Legal rules: the FG edits a rule (a new version each time); others read it."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.domain.enums import DataCategory, IssuerRole
from lawfulreq.rules.messages import category_name, role_name
from lawfulreq.security.permissions import Permission
from lawfulreq.services.catalogue import LegalBasisView
from ui.errors import describe
from ui.formats import date_time_text
from ui.keyboard import keyboard_table
from ui.labels import article_text, basis_text, code_tooltip
from ui.operations import Then
from ui.operations import admin as admin_operations
from ui.screen import ScreenContext
from ui.screens.case_detail import ui_lang


def _days_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 3660)
    spin.setSpecialValueText("—")
    return spin


@dataclass(frozen=True)
class RuleWithVersions:
    rule: LegalBasisView
    versions: list[LegalBasisView]


class LegalRulesScreen(QWidget):
    """A page of Settings; reads and saves through the shell's task runner."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legalRules")
        self.context = context
        self._services = context.services
        self._actor = context.actor
        self._lang = ui_lang()
        self._can_edit = context.can(Permission.EDIT_CATALOGUE)
        self.rule: LegalBasisView | None = None
        self._pending_code: str | None = None

        self.rules = QListWidget(self)
        self.rules.setObjectName("rulesList")
        keyboard_table(self.rules, self.tr("Legal bases"))
        self.rules.setWordWrap(True)
        self._codes: list[str] = []
        self.rules.currentRowChanged.connect(self._on_rules_current_row_changed)
        right_host = QWidget()
        right_host.setObjectName("legalRulesDetail")
        right = QVBoxLayout(right_host)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._rule_box())
        right.addStretch(1)
        # The rule's form is taller than a 800-pixel window: it scrolls rather than squeezes.
        scroll = QScrollArea()
        scroll.setObjectName("legalRulesScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields; it scrolls to them
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(right_host)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.rules)
        layout.addWidget(scroll, 1)
        for widget in self._editors():
            widget.setEnabled(self._can_edit)
        self.save_button.setVisible(self._can_edit)
        self.read_only_note.setVisible(not self._can_edit)

    def _rule_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rule"))
        box.setObjectName("ruleGroup")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # Long captions (and longer languages) wrap above their field instead of widening it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.heading = QLabel()
        self.heading.setObjectName("ruleHeading")
        self.heading.setWordWrap(True)
        self.read_only_note = QLabel(
            self.tr("Read only: only the Data Protection Officer (FG) changes the rules.")
        )
        self.read_only_note.setObjectName("hint")
        self.read_only_note.setWordWrap(True)
        self.roles = {r.value: QCheckBox(role_name(r.value, self._lang)) for r in IssuerRole}
        self.categories = {
            c.value: QCheckBox(category_name(c.value, self._lang)) for c in DataCategory
        }
        self.rc_required = QCheckBox(self.tr("RC authorisation required"))
        self.rc_required.setObjectName("ruleRcRequired")
        self.secrecy = QCheckBox(self.tr("Secrecy applies (art. 126bb Sv)"))
        self.one_target = QCheckBox(self.tr("One identifier per order"))
        self.fg_review = QCheckBox(self.tr("Needs FG legal review"))
        self.max_future = _days_spin()
        self.max_future.setObjectName("ruleMaxFuture")
        self.confirmation = _days_spin()
        # Tab moves on from the notes: a keyboard user is not caught in them.
        self.notes = QPlainTextEdit(tabChangesFocus=True)
        self.notes.setMaximumHeight(70)
        self.notes.setMinimumWidth(480)
        self.versions = QLabel()
        self.versions.setObjectName("ruleVersions")
        # The rule's source and its further checks: read here, changed by a catalogue edition.
        self.source = self._read_only_text("ruleSource")
        self.checks = self._read_only_text("ruleChecks")
        form.addRow(self.heading)
        form.addRow(self.read_only_note)
        form.addRow(self.tr("Issued by"), self._grid(self.roles))
        form.addRow(self.tr("May demand"), self._grid(self.categories))
        form.addRow(self.rc_required)
        form.addRow(self.secrecy)
        form.addRow(self.one_target)
        form.addRow(self.fg_review)
        form.addRow(self.tr("Max. future days"), self.max_future)
        form.addRow(self.tr("Written confirmation within (days)"), self.confirmation)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Further checks"), self.checks)
        form.addRow(self.tr("Versions"), self.versions)
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setObjectName("ruleSave")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.message = QLabel()
        self.message.setObjectName("ruleMessage")
        self.message.setWordWrap(True)
        form.addRow(self._right_aligned(self.save_button))
        form.addRow(self.message)
        return box

    def _grid(self, boxes: dict[str, QCheckBox], columns: int = 3) -> QWidget:
        host = QWidget()
        layout = QGridLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        for index, box in enumerate(boxes.values()):
            layout.addWidget(box, index // columns, index % columns)
        layout.setColumnStretch(columns, 1)
        return host

    @staticmethod
    def _read_only_text(name: str) -> QPlainTextEdit:
        text = QPlainTextEdit()
        text.setObjectName(name)
        text.setReadOnly(True)
        text.setMaximumHeight(70)
        text.setMinimumWidth(480)
        return text

    @staticmethod
    def _right_aligned(button: QPushButton) -> QWidget:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(button)
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
        catalogue = self._services.catalogue
        self.context.tasks.submit(
            lambda _control: catalogue.current(),
            self._on_catalogue_loaded,
            description="legal rules",
            parent_widget=self,
        )

    def _on_catalogue_loaded(self, current: list[LegalBasisView]) -> None:
        row = max(0, self.rules.currentRow())
        codes = [b.code for b in current]
        if self._pending_code is not None and self._pending_code in codes:
            row = codes.index(self._pending_code)
        self._pending_code = None
        self._codes = codes
        self.rules.blockSignals(True)
        self.rules.clear()
        self.rules.addItems([article_text(b) or b.title(self._lang) for b in current])
        for index, basis in enumerate(current):
            self.rules.item(index).setToolTip(basis.title(self._lang))
        # As wide as the longest rule up to some 24 characters (longer ones wrap): the form
        # beside it needs the room, at 1280 pixels and at 200% scaling.
        metrics = self.rules.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in current), default=120)
        self.rules.setFixedWidth(min(widest, metrics.horizontalAdvance("x" * 24)) + 64)
        self.rules.blockSignals(False)
        if current:
            self.rules.setCurrentRow(min(row, len(current) - 1))

    def select(self, code: str) -> None:
        if code in self._codes:
            self.rules.setCurrentRow(self._codes.index(code))
        else:
            self._pending_code = code

    def _on_rules_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._codes):
            return
        code, catalogue = self._codes[row], self._services.catalogue
        self.context.tasks.submit(
            lambda _control: RuleWithVersions(catalogue.get(code), catalogue.versions(code)),
            self._show_rule,
            description=f"legal rule {code}",
            parent_widget=self,
        )

    def _show_rule(self, loaded: RuleWithVersions) -> None:
        rule = self.rule = loaded.rule
        self.heading.setText(f"<b>{html.escape(basis_text(rule.code, rule, lang=self._lang))}</b>")
        self.heading.setToolTip(code_tooltip(rule.code))
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
        self.source.setPlainText(rule.source or "—")
        self.checks.setPlainText("\n".join(self._further_checks(rule)) or "—")
        self.versions.setText(
            "\n".join(
                self.tr("version {version}, {time}, by {who}").format(
                    version=v.version, time=date_time_text(v.created_at), who=_author(v.created_by)
                )
                for v in loaded.versions
            )
        )

    def _names(self, categories: tuple[str, ...]) -> str:
        return ", ".join(category_name(c, self._lang) for c in categories)

    def _further_checks(self, rule: LegalBasisView) -> list[str]:
        """The second-edition fields in words, one line each."""
        lines = []
        if not rule.statutory:
            lines.append(self.tr("No statutory basis: always refused"))
        if rule.existing_data_only:
            lines.append(self.tr("Only data held when the demand arrives"))
        if rule.max_future_months:
            lines.append(
                self.tr("Future data at most %1 months").replace("%1", str(rule.max_future_months))
            )
        if rule.rc_required_for_delivery:
            lines.append(self.tr("RC authorisation for real-time or periodic delivery"))
        if rule.judge_validation_categories:
            lines.append(
                self.tr("A judge issues or validates the order for: %1").replace(
                    "%1", self._names(rule.judge_validation_categories)
                )
            )
        if rule.rc_advised_categories:
            lines.append(
                self.tr("Court review advised for: %1").replace(
                    "%1", self._names(rule.rc_advised_categories)
                )
            )
        if rule.wiv_approval_required:
            lines.append(self.tr("Minister's permission and TIB approval"))
        if rule.order_expiry:
            lines.append(self.tr("The order expires at the end of its period"))
        if rule.deadline_days:
            lines.append(
                self.tr("Deadline %1 days, %2 hours in an emergency")
                .replace("%1", str(rule.deadline_days))
                .replace("%2", str(rule.deadline_emergency_hours or "—"))
            )
        if rule.preservation_days:
            lines.append(
                self.tr("Preserved %1 days, extendable by %2")
                .replace("%1", str(rule.preservation_days))
                .replace("%2", str(rule.preservation_extension_days))
                if rule.preservation_extension_days
                else self.tr("Preserved %1 days").replace("%1", str(rule.preservation_days))
            )
        if rule.confirmation_is_policy:
            lines.append(self.tr("Written confirmation is internal policy, not law"))
        return lines

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
        admin_operations.save_legal_rule(
            self.context,
            self.rule.code,
            self.changes(),
            expected_version=self.rule.version,
        ).run(Then(self._on_rule_saved, self._on_save_failed, self))

    def _on_rule_saved(self, saved: LegalBasisView) -> None:
        self.message.setText(self.tr("Saved as version %1.").replace("%1", str(saved.version)))
        self._on_rules_current_row_changed(self.rules.currentRow())

    def _on_save_failed(self, error: BaseException) -> None:
        """Refusals (a stale rule, bad values) shown here in the shell's words; bugs crash."""
        message = describe(error)
        if message is None:
            self.context.errors.report(error, self)
            return
        self.message.setText(f"{message.text}\n{message.detail}")


def _author(created_by: str) -> str:
    """Who made a rule version; the shipped rules say so in words."""
    if created_by == "catalogue":
        return QApplication.translate("LegalRulesScreen", "the rules shipped with LawfulReq")
    return created_by
