"""One case: header with status, deadline and secrecy; tabs; buttons for the allowed moves."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.clock import local_text
from lawfulreq.domain.enums import CaseStatus
from lawfulreq.errors import ConflictError, LawfulreqError
from lawfulreq.rules.engine import Finding, Severity
from lawfulreq.rules.messages import Lang
from lawfulreq.rules.workflow import REASON_REQUIRED
from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseDetail, Deadline
from lawfulreq.services.registry import AppServices
from ui.screens.cases import status_text

# Asks the user why (returns None when cancelled); tests pass a stub.
ReasonPrompt = Callable[[QWidget, str], str | None]


def ask_reason(parent: QWidget, title: str) -> str | None:
    label = QCoreApplication.translate("CaseDetailScreen", "Reason:")
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def ui_lang() -> Lang:
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def deadline_text(widget: QWidget, d: Deadline) -> str:
    if d.due_at is None:
        return QCoreApplication.translate("CaseDetailScreen", "no deadline")
    due = local_text(d.due_at)
    if d.time_left is None:
        return QCoreApplication.translate("CaseDetailScreen", "due %1").replace("%1", due)
    if d.overdue:
        return QCoreApplication.translate("CaseDetailScreen", "due %1 — overdue").replace("%1", due)
    if d.paused:
        return QCoreApplication.translate(
            "CaseDetailScreen", "due %1 — paused, %n day(s) left", "", d.days_left or 0
        ).replace("%1", due)
    if (d.days_left or 0) < 1:
        return QCoreApplication.translate(
            "CaseDetailScreen", "due %1 — %n hour(s) left", "", d.hours_left or 0
        ).replace("%1", due)
    return QCoreApplication.translate(
        "CaseDetailScreen", "due %1 — %n day(s) left", "", d.days_left or 0
    ).replace("%1", due)


def error_text(widget: QWidget, exc: LawfulreqError) -> str:
    """The user's words for an expected failure; the service's message adds the specifics."""
    if isinstance(exc, ConflictError) and exc.code in ("stale_case", "stale_record"):
        lead = QCoreApplication.translate(
            "CaseDetailScreen",
            "Someone else changed this case in the meantime. Reload it and try again.",
        )
        return f"{lead}\n{exc.message}"
    return exc.message


class CaseDetailScreen(QWidget):
    case_changed = Signal(str)

    def __init__(
        self,
        services: AppServices,
        actor: Actor,
        ref: str,
        parent: QWidget | None = None,
        *,
        reason_prompt: ReasonPrompt = ask_reason,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self._services = services
        self._actor = actor
        self._ref = ref
        self._reason_prompt = reason_prompt
        self._can_edit = actor.role.value != "auditor"
        self.detail: CaseDetail | None = None
        self.findings: list[Finding] = []
        header = self._build_header()
        self.moves = QHBoxLayout()
        self.move_buttons: dict[CaseStatus, QPushButton] = {}
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addLayout(self.moves)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def _build_header(self) -> QHBoxLayout:
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("caseStatus")
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("caseDeadline")
        self.secrecy_badge = QLabel(self.tr("SECRET — Sv 126bb"), self)
        self.secrecy_badge.setObjectName("secrecyBadge")
        self.secrecy_badge.setStyleSheet(
            "QLabel#secrecyBadge { background: #7a0019; color: white; padding: 2px 8px;"
            " border-radius: 3px; font-weight: bold; }"
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("caseError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel#caseError { color: #b00020; }")
        self.error_label.hide()
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("caseReload")
        self.reload_button.clicked.connect(self.reload)
        header = QHBoxLayout()
        for widget in (self.title, self.status_label, self.deadline_label, self.secrecy_badge):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.reload_button)
        return header

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.demand_tab = QWidget()
        self.demand_form = QFormLayout(self.demand_tab)
        self.targets_table = self._table(
            [self.tr("Kind"), self.tr("As given"), self.tr("Normalised"), self.tr("Valid")]
        )
        self.findings_table = self._table(
            [self.tr("Severity"), self.tr("Code"), self.tr("Message"), self.tr("Acknowledged")]
        )
        self.findings_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.findings_table.setWordWrap(True)
        self.ack_button = QPushButton(self.tr("Acknowledge warning"), self)
        self.ack_button.setObjectName("caseAcknowledge")
        self.ack_button.clicked.connect(self._on_ack_button_clicked)
        findings_tab = QWidget()
        findings_layout = QVBoxLayout(findings_tab)
        findings_layout.addWidget(self.findings_table)
        findings_layout.addWidget(self.ack_button)
        self.documents_table = self._table(
            [self.tr("File"), self.tr("Kind"), self.tr("SHA-256"), self.tr("Uploaded")]
        )
        self.open_button = QPushButton(self.tr("Open document"), self)
        self.open_button.setObjectName("caseOpenDocument")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        documents_tab = QWidget()
        documents_layout = QVBoxLayout(documents_tab)
        documents_layout.addWidget(self.documents_table)
        documents_layout.addWidget(self.open_button)
        self.history_table = self._table(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Why")]
        )
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("caseNotes")
        self.notes_edit.setReadOnly(not self._can_edit)
        self.save_notes = QPushButton(self.tr("Save notes"), self)
        self.save_notes.setObjectName("caseSaveNotes")
        self.save_notes.setEnabled(self._can_edit)
        self.save_notes.clicked.connect(self._on_save_notes_clicked)
        notes_tab = QWidget()
        notes_layout = QVBoxLayout(notes_tab)
        notes_layout.addWidget(self.notes_edit)
        notes_layout.addWidget(self.save_notes)
        self.tabs.addTab(self.demand_tab, self.tr("Demand"))
        self.tabs.addTab(self.targets_table, self.tr("Targets"))
        self.tabs.addTab(findings_tab, self.tr("Findings"))
        self.tabs.addTab(documents_tab, self.tr("Documents"))
        self.tabs.addTab(self.history_table, self.tr("History"))
        self.tabs.addTab(notes_tab, self.tr("Notes"))

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeRowsToContents()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.error_label.hide()
        self.detail = self._services.cases.get(self._actor, self._ref)
        self.findings = self._services.cases.check(self._actor, self._ref)
        self._show()

    def _show(self) -> None:
        d = self.detail
        assert d is not None
        lang = ui_lang()
        self.title.setText(f"<b>{d.ref}</b>")
        self.status_label.setText(status_text(d.status.value))
        self.deadline_label.setText(deadline_text(self, d.deadline))
        self.secrecy_badge.setVisible(d.secrecy)
        while self.demand_form.rowCount():
            self.demand_form.removeRow(0)
        rows = [
            (self.tr("Authority"), f"{d.authority.name} ({d.authority.type.value})"),
            (self.tr("Requester"), d.requester.name if d.requester else "—"),
            (
                self.tr("Legal basis"),
                f"{d.legal_basis.label} — {d.legal_basis.title(lang)} (v{d.legal_basis.version})",
            ),
            (self.tr("Issued by"), d.issuer_role),
            (self.tr("Authority reference"), d.authority_reference),
            (self.tr("Parket number"), d.parket_number),
            (self.tr("Received"), f"{local_text(d.received_at)} ({d.channel})"),
            (self.tr("Data categories"), ", ".join(d.data_categories)),
            (self.tr("Period"), f"{local_text(d.period_from)} – {local_text(d.period_to)}"),
            (
                self.tr("RC authorisation"),
                f"{d.rc_authorisation_date} {d.rc_judge}" if d.rc_authorisation_date else "—",
            ),
            (self.tr("Emergency"), d.emergency_reason if d.emergency else self.tr("no")),
            (self.tr("Owner"), d.owner or "—"),
            (
                self.tr("Verified"),
                "; ".join(f"{v.method.value} ({v.verified_by})" for v in d.verifications)
                or self.tr("not yet"),
            ),
        ]
        for label, value in rows:
            field = QLabel(value)
            field.setWordWrap(True)
            self.demand_form.addRow(label, field)
        self._fill(
            self.targets_table,
            [
                [t.kind, t.raw, t.normalised, self.tr("yes") if t.valid else t.problem]
                for t in d.targets
            ],
        )
        self._fill(
            self.findings_table,
            [
                [
                    f.severity.value,
                    f.code.value,
                    f.message(lang),
                    f.acknowledged_by or "",
                ]
                for f in self.findings
            ],
        )
        self.ack_button.setEnabled(
            self._can_edit
            and any(f.severity is Severity.WARNING and not f.acknowledged_by for f in self.findings)
        )
        self._fill(
            self.documents_table,
            [
                [doc.filename, doc.kind, doc.sha256[:16] + "…", local_text(doc.uploaded_at)]
                for doc in d.documents
            ],
        )
        self.open_button.setEnabled(bool(d.documents))
        history = self._services.cases.history(self._actor, d.ref)
        self._fill(
            self.history_table,
            [
                [local_text(h.at), h.actor, self._history_action(h.action, h.details), h.reason]
                for h in history
                if h.action != "case.viewed"
            ],
        )
        self.notes_edit.setPlainText(d.notes)
        self._show_moves(d)

    def _history_action(self, action: str, details: dict[str, object]) -> str:
        if action == "case.moved":
            return (
                f"{status_text(str(details.get('from')))} → {status_text(str(details.get('to')))}"
            )
        return action

    def _show_moves(self, d: CaseDetail) -> None:
        for button in self.move_buttons.values():
            self.moves.removeWidget(button)
            button.deleteLater()
        self.move_buttons = {}
        for state in d.allowed_moves:
            button = QPushButton(status_text(state.value), self)
            button.setObjectName(f"move_{state.value}")
            button.setEnabled(self._can_edit)
            button.clicked.connect(lambda _=False, s=state: self.move_to(s))
            self.moves.addWidget(button)
            self.move_buttons[state] = button

    # ------------------------------------------------------------------ actions

    def _report(self, exc: LawfulreqError) -> None:
        self.error_label.setText(error_text(self, exc))
        self.error_label.show()

    def move_to(self, state: CaseStatus) -> bool:
        assert self.detail is not None
        reason = ""
        if state in REASON_REQUIRED:
            given = self._reason_prompt(self, self.tr("Why: %1").replace("%1", status_text(state)))
            if given is None:
                return False
            reason = given
        try:
            self.detail = self._services.cases.move(
                self._actor,
                self.detail.ref,
                state,
                expected_version=self.detail.version,
                reason=reason,
            )
        except LawfulreqError as exc:
            self._report(exc)
            return False
        self.findings = self._services.cases.check(self._actor, self.detail.ref)
        self.error_label.hide()
        self._show()
        self.case_changed.emit(self.detail.ref)
        return True

    def _on_ack_button_clicked(self) -> None:
        assert self.detail is not None
        row = self.findings_table.currentRow()
        candidates = [
            f for f in self.findings if f.severity is Severity.WARNING and not f.acknowledged_by
        ]
        chosen = self.findings[row] if 0 <= row < len(self.findings) else None
        if chosen is None or chosen not in candidates:
            chosen = candidates[0] if candidates else None
        if chosen is None:
            return
        try:
            self._services.cases.acknowledge(
                self._actor, self.detail.ref, chosen.code.value, subject=chosen.subject
            )
        except LawfulreqError as exc:
            self._report(exc)
            return
        self.reload()

    def _on_save_notes_clicked(self) -> None:
        assert self.detail is not None
        try:
            self.detail = self._services.cases.update_notes(
                self._actor,
                self.detail.ref,
                self.notes_edit.toPlainText(),
                expected_version=self.detail.version,
            )
        except LawfulreqError as exc:
            self._report(exc)
            return
        self._show()

    def _on_open_button_clicked(self) -> None:
        assert self.detail is not None
        row = max(0, self.documents_table.currentRow())
        if row >= len(self.detail.documents):
            return
        try:
            doc = self._services.cases.document(self._actor, self.detail.documents[row].id)
        except LawfulreqError as exc:
            self._report(exc)
            return
        folder = Path(tempfile.mkdtemp(prefix="lawfulreq-doc-"))
        path = folder / Path(doc.view.filename).name
        path.write_bytes(doc.content)
        path.chmod(0o600)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
