"""One case: header with status, deadline and secrecy; tabs; buttons for the allowed moves."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.domain.enums import CaseStatus
from lawfulreq.domain.identifiers import reason_in
from lawfulreq.rules.engine import Finding, Severity
from lawfulreq.rules.messages import Lang, category_name, role_name
from lawfulreq.rules.workflow import REASON_REQUIRED
from lawfulreq.security.permissions import Permission
from lawfulreq.services.cases import CaseDetail, Deadline, DocumentContent, HistoryEntry
from ui.empty_state import EmptyStateStack
from ui.errors import describe
from ui.formats import date_text, date_time_text, phone_text
from ui.history_timeline import HistoryTimeline, timeline_items
from ui.keyboard import keyboard_table, tab_order
from ui.labels import (
    audit_action_text,
    authority_type_label,
    basis_text,
    channel_label,
    code_tooltip,
    document_kind_label,
    finding_title,
    severity_label,
    status_label,
    target_kind_label,
    verification_label,
)
from ui.models.case_table import amount_text
from ui.operations import CASE_KINDS, ChangeEvent, Then
from ui.operations import cases as case_operations
from ui.screen import ScreenContext
from ui.screens.disclosure_tab import DisclosureTab, open_in_app

# Asks the user why (returns None when cancelled); tests pass a stub.
ReasonPrompt = Callable[[QWidget, str], str | None]

translate = QCoreApplication.translate


def ask_reason(parent: QWidget, title: str) -> str | None:
    label = QCoreApplication.translate("CaseDetailScreen", "Reason:")
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def ui_lang() -> Lang:
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def deadline_text(d: Deadline) -> str:
    if d.due_at is None:
        return translate("CaseDetailScreen", "no deadline")
    due = translate("CaseDetailScreen", "due {time}").format(time=date_time_text(d.due_at))
    if d.time_left is None:
        return due
    if d.overdue:
        return translate("CaseDetailScreen", "{due} — overdue").format(due=due)
    left = amount_text(d.days_left or 0, d.hours_left or 0)
    if d.paused:
        return translate("CaseDetailScreen", "{due} — paused, {left} left").format(
            due=due, left=left
        )
    return translate("CaseDetailScreen", "{due} — {left} left").format(due=due, left=left)


def move_label(state: CaseStatus) -> str:
    """Buttons say what they do; an ellipsis where a reason is asked first."""

    labels = {
        CaseStatus.RECEIVED: translate("CaseDetailScreen", "Back to received"),
        CaseStatus.AWAITING_CONFIRMATION: translate(
            "CaseDetailScreen", "Await written confirmation"
        ),
        CaseStatus.UNDER_REVIEW: translate("CaseDetailScreen", "Review"),
        CaseStatus.ON_HOLD: translate("CaseDetailScreen", "Put on hold…"),
        CaseStatus.APPROVED: translate("CaseDetailScreen", "Approve for disclosure"),
        CaseStatus.DISCLOSED: translate("CaseDetailScreen", "Mark as disclosed"),
        CaseStatus.CLOSED: translate("CaseDetailScreen", "Close the case"),
        CaseStatus.REJECTED: translate("CaseDetailScreen", "Reject…"),
        CaseStatus.WITHDRAWN: translate("CaseDetailScreen", "Mark as withdrawn…"),
    }
    return labels[state]


def history_action(entry: HistoryEntry) -> str:
    """An audit event of the case in words; unknown actions keep their code."""

    details = entry.details
    if entry.action == "case.moved":
        states = [str(details.get(k) or "?") for k in ("from", "to")]
        known = {s.value for s in CaseStatus}
        names = [status_label(s) if s in known else s for s in states]
        return translate("CaseDetailScreen", "Moved: {from_state} → {to_state}").format(
            from_state=names[0], to_state=names[1]
        )
    texts = {
        "case.created": translate("CaseDetailScreen", "Registered"),
        "case.viewed": translate("CaseDetailScreen", "Opened"),
        "case.assigned": translate("CaseDetailScreen", "Assigned"),
        "case.document_added": translate("CaseDetailScreen", "Document added"),
        "case.document_opened": translate("CaseDetailScreen", "Document opened"),
        "case.finding_acknowledged": translate("CaseDetailScreen", "Warning acknowledged"),
        "case.notes_changed": translate("CaseDetailScreen", "Notes changed"),
        "case.requester_verified": translate("CaseDetailScreen", "Requester's identity checked"),
        "case.written_confirmation": translate("CaseDetailScreen", "Written confirmation received"),
        # Issue 12: the case's non-notification flag.
        "flag.created": translate("CaseDetailScreen", "Secrecy flag set"),
        "flag.reviewed": translate("CaseDetailScreen", "Secrecy flag reviewed"),
        "flag.lift_requested": translate("CaseDetailScreen", "Lifting of secrecy requested"),
        "flag.lift_rejected": translate("CaseDetailScreen", "Lifting of secrecy turned down"),
        "flag.lifted": translate("CaseDetailScreen", "Secrecy lifted"),
    }
    text = texts.get(entry.action) or audit_action_text(entry.action)
    code = details.get("code")
    if entry.action == "case.finding_acknowledged" and code:
        return f"{text}: {finding_title(str(code))}"
    return text


@dataclass(frozen=True)
class CaseBundle:
    """What the page shows, fetched in one background job."""

    detail: CaseDetail
    findings: list[Finding]
    history: list[HistoryEntry]


class CaseDetailScreen(QWidget):
    """A page of the Cases section; every service call runs through the shell's task runner."""

    back_requested = Signal()
    loaded = Signal()

    def __init__(
        self,
        context: ScreenContext,
        ref: str,
        parent: QWidget | None = None,
        *,
        reason_prompt: ReasonPrompt = ask_reason,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.context = context
        self.ref = ref
        self._reason_prompt = reason_prompt
        self._can_edit = context.can(Permission.EDIT_CASES)
        self.detail: CaseDetail | None = None
        self.findings: list[Finding] = []
        self.history: list[HistoryEntry] = []
        self.move_buttons: dict[CaseStatus, QPushButton] = {}
        self._overdue_shown = False

        self._build_header()
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(self._top_row)
        layout.addLayout(self._header_row)
        layout.addWidget(self.deadline_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.moves_bar)
        # "Loading…" in place of the tabs until the case is there (never a blank grey panel).
        self.body = EmptyStateStack(self.tabs)
        self.body.setObjectName("caseBody")
        self.body.show_loading()
        layout.addWidget(self.body, 1)
        context.changes.changed.connect(self._on_changes_changed)

    # ------------------------------------------------------------------ building

    def _build_header(self) -> None:
        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setObjectName("caseBack")
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setToolTip(self.tr("Back to the case list (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("caseReload")
        self.reload_button.setToolTip(self.tr("Load the case again (F5)"))
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self._top_row = QHBoxLayout()
        self._top_row.addWidget(self.back_button)
        self._top_row.addStretch(1)
        self._top_row.addWidget(self.reload_button)

        self.title = QLabel(self.ref)
        self.title.setObjectName("caseTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("caseStatus")
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("caseDeadline")
        self.emergency_badge = QLabel(self.tr("EMERGENCY"))
        self.emergency_badge.setObjectName("emergencyBadge")
        self.emergency_badge.hide()
        self.secrecy_badge = QLabel(self.tr("SECRET — art. 126bb Sv"))
        self.secrecy_badge.setObjectName("secrecyBadge")
        self.secrecy_badge.setToolTip(
            self.tr("Secret demand: never tell the customer (art. 126bb Sv)")
        )
        self.secrecy_badge.hide()
        self._header_row = QHBoxLayout()
        self._header_row.setSpacing(12)
        for widget in (self.title, self.status_label, self.emergency_badge, self.secrecy_badge):
            self._header_row.addWidget(widget)
        self._header_row.addStretch(1)
        self.deadline_label.setWordWrap(True)
        # The key facts, always in view whichever tab is open.
        self.summary_label = QLabel()
        self.summary_label.setObjectName("caseSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.error_label = QLabel()
        self.error_label.setObjectName("caseError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self._build_moves()

    def _build_moves(self) -> None:
        self.moves_bar = QWidget()
        self.moves_bar.setObjectName("caseMoves")
        self.moves = QHBoxLayout(self.moves_bar)
        self.moves.setContentsMargins(0, 0, 0, 0)
        self.moves_caption = QLabel(self.tr("Next step:"))
        self.moves.addWidget(self.moves_caption)
        self.moves.addStretch(1)
        self.read_only_note = QLabel(self.tr("Read only: your role cannot change cases."))
        self.read_only_note.setObjectName("hint")
        self.moves.addWidget(self.read_only_note)
        self.read_only_note.setVisible(not self._can_edit)
        self.moves_caption.setVisible(self._can_edit)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.demand_tab = _WrappingPage()
        self.demand_tab.setObjectName("caseDemand")
        self.demand_form = QFormLayout(self.demand_tab)
        # Every value takes the full width and wraps onto as many lines as it needs.
        self.demand_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.demand_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.demand_form.setVerticalSpacing(6)
        demand_scroll = QScrollArea()
        demand_scroll.setObjectName("caseDemandScroll")
        demand_scroll.setAccessibleName(self.tr("Demand"))
        demand_scroll.setWidgetResizable(True)
        demand_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        demand_scroll.setWidget(self.demand_tab)
        self.targets_table = self._table(
            [self.tr("Kind"), self.tr("As given"), self.tr("Normalised"), self.tr("Valid")]
        )
        self.targets_table.setObjectName("caseTargets")
        keyboard_table(self.targets_table, self.tr("Targets"))
        targets_header = self.targets_table.horizontalHeader()
        for column in range(3):
            targets_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.targets_view = EmptyStateStack(self.targets_table)
        findings_tab = self._findings_tab()
        documents_tab = self._documents_tab()
        # The history as a timeline, oldest first as a file is read (see ui.history_timeline).
        self.history_timeline = HistoryTimeline()
        self.history_timeline.setAccessibleName(self.tr("History"))
        self.history_view = EmptyStateStack(self.history_timeline)
        notes_tab = self._notes_tab()
        self.tabs.addTab(demand_scroll, self.tr("Demand"))
        self.tabs.addTab(self.targets_view, self.tr("Targets"))
        self.findings_index = self.tabs.addTab(findings_tab, self.tr("Findings"))
        self.tabs.addTab(documents_tab, self.tr("Documents"))
        self.history_index = self.tabs.addTab(self.history_view, self.tr("History"))
        self.tabs.addTab(notes_tab, self.tr("Notes"))
        # Issue 11: the disclosure (items, approval, signed report, delivery) in its own module.
        self.disclosure_tab = DisclosureTab(self.context, self.ref)
        self.disclosure_index = self.tabs.addTab(self.disclosure_tab, self.tr("Disclosure"))

    def _findings_tab(self) -> QWidget:
        self.findings_table = self._table(
            [
                self.tr("Severity"),
                self.tr("Finding"),
                self.tr("Message"),
                self.tr("Acknowledged by"),
            ]
        )
        self.findings_table.setObjectName("caseFindings")
        keyboard_table(self.findings_table, self.tr("Findings"))
        findings_header = self.findings_table.horizontalHeader()
        findings_header.setStretchLastSection(False)
        findings_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.findings_table.setColumnWidth(0, 110)
        self.findings_table.setColumnWidth(1, 260)
        self.findings_table.setColumnWidth(3, 140)
        self.findings_table.setWordWrap(True)
        self.findings_hint = QLabel(
            self.tr(
                "Errors block disclosure. Warnings need an acknowledgement, recorded with your "
                "name: select one and press Acknowledge."
            )
        )
        self.findings_hint.setObjectName("hint")
        self.findings_hint.setWordWrap(True)
        self.ack_button = QPushButton(self.tr("Acknowledge warning"))
        self.ack_button.setObjectName("caseAcknowledge")
        self.ack_button.setVisible(self._can_edit)
        self.ack_button.clicked.connect(self._on_ack_button_clicked)
        findings_tab = QWidget()
        findings_layout = QVBoxLayout(findings_tab)
        findings_layout.addWidget(self.findings_hint)
        self.findings_view = EmptyStateStack(self.findings_table)
        findings_layout.addWidget(self.findings_view, 1)
        ack_row = QHBoxLayout()
        ack_row.addStretch(1)
        ack_row.addWidget(self.ack_button)
        findings_layout.addLayout(ack_row)
        return findings_tab

    def _documents_tab(self) -> QWidget:
        self.documents_table = self._table(
            [self.tr("File"), self.tr("Kind"), self.tr("SHA-256"), self.tr("Uploaded")]
        )
        keyboard_table(self.documents_table, self.tr("Documents"))
        self.open_button = QPushButton(self.tr("Open document"))
        self.open_button.setObjectName("caseOpenDocument")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.documents_view = EmptyStateStack(self.documents_table)
        return _tab_with_button(self.documents_view, self.open_button)

    def _notes_tab(self) -> QWidget:
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("caseNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on; a keyboard user is not caught here
        self.notes_edit.setReadOnly(not self._can_edit)
        self.save_notes = QPushButton(self.tr("Save notes"))
        self.save_notes.setObjectName("caseSaveNotes")
        self.save_notes.setVisible(self._can_edit)
        self.save_notes.clicked.connect(self._on_save_notes_clicked)
        return _tab_with_button(self.notes_edit, self.save_notes)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        # Rows as high as their wrapped text at the current column widths, whenever they change.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _fill(
        table: QTableWidget,
        rows: list[list[str]],
        tooltips: dict[tuple[int, int], str] | None = None,
    ) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                tip = (tooltips or {}).get((r, c))
                if tip:
                    item.setToolTip(tip)
                table.setItem(r, c, item)
        table.resizeRowsToContents()

    @staticmethod
    def _empty_or_content(view: EmptyStateStack, has_rows: bool, empty_text: str) -> None:
        if has_rows:
            view.show_content()
        else:
            view.show_message(empty_text)

    # ------------------------------------------------------------------ loading

    def reload(self, *, audit_view: bool = True) -> None:
        """Fetch the case and its disclosure (F5, opening the case)."""
        self.disclosure_tab.reload()
        self._load(audit_view=audit_view)

    def _on_changes_changed(self, event: ChangeEvent) -> None:
        """The case, its disclosure or its flag changed (here or on another screen): fetch
        it again; a reload after a change is not audited as a new viewing. The disclosure tab
        listens for itself."""
        if event.touches(CASE_KINDS, self.ref):
            self._load(audit_view=False)

    def _load(self, *, audit_view: bool) -> None:
        self.error_label.hide()
        services, actor, ref = self.context.services, self.context.actor, self.ref

        def load(_control: object) -> CaseBundle:
            detail = services.cases.get(actor, ref, audit_view=audit_view)
            return CaseBundle(
                detail, services.cases.check(actor, ref), services.cases.history(actor, ref)
            )

        self.context.tasks.submit(
            load,
            self._on_bundle_loaded,
            on_error=self._on_action_failed,
            description=f"open case {ref}",
            parent_widget=self,
        )

    def _on_bundle_loaded(self, bundle: CaseBundle) -> None:
        self.detail = bundle.detail
        self.findings = bundle.findings
        self.history = bundle.history
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        d = self.detail
        assert d is not None
        lang = ui_lang()
        self.title.setText(d.ref)
        self.status_label.setText(status_label(d.status))
        self.deadline_label.setText(deadline_text(d.deadline))
        overdue = d.deadline.overdue
        # Tracked in Python: reading an unset property back returns a None PySide6 miscounts.
        if overdue != self._overdue_shown:
            self._overdue_shown = overdue
            self.deadline_label.setProperty("overdue", "true" if overdue else "false")
            self.deadline_label.style().unpolish(self.deadline_label)
            self.deadline_label.style().polish(self.deadline_label)
        self.secrecy_badge.setVisible(d.secrecy)
        self.emergency_badge.setVisible(d.emergency)
        self.body.show_content()
        self.summary_label.setText(self._summary_text(d, lang))
        self._show_demand(d, lang)
        self._fill(
            self.targets_table,
            [
                [
                    target_kind_label(t.kind),
                    t.raw,
                    phone_text(t.normalised) if t.kind == "phone_number" else t.normalised,
                    self.tr("yes") if t.valid else reason_in(t.problem, lang),
                ]
                for t in d.targets
            ],
            {(r, 2): t.normalised for r, t in enumerate(d.targets)},
        )
        self._empty_or_content(
            self.targets_view, bool(d.targets), self.tr("The demand names no targets.")
        )
        self._show_findings(lang)
        self._fill(
            self.documents_table,
            [
                [
                    doc.filename,
                    document_kind_label(doc.kind),
                    doc.sha256[:16] + "…",
                    date_time_text(doc.uploaded_at),
                ]
                for doc in d.documents
            ],
            {(r, 2): doc.sha256 for r, doc in enumerate(d.documents)},
        )
        self._empty_or_content(
            self.documents_view,
            bool(d.documents),
            self.tr("No documents yet. The demand's PDF is added at intake."),
        )
        self.open_button.setEnabled(bool(d.documents))
        self.history_timeline.set_items(timeline_items(self.history, history_action))
        self._empty_or_content(
            self.history_view, bool(self.history), self.tr("Nothing has happened yet.")
        )
        if self.notes_edit.toPlainText() != d.notes:
            self.notes_edit.setPlainText(d.notes)
        self._show_moves(d)

    def _summary_text(self, d: CaseDetail, lang: Lang) -> str:
        """Authority · basis · issuer · period, in one line above the tabs."""
        parts = [
            d.authority.name,
            basis_text(d.legal_basis.code, d.legal_basis, lang=lang),
            role_name(d.issuer_role, lang),
        ]
        if d.period_from or d.period_to:
            parts.append(
                self.tr("period {start} – {end}").format(
                    start=date_time_text(d.period_from) or "…",
                    end=date_time_text(d.period_to) or "…",
                )
            )
        return " · ".join(parts)

    def _show_demand(self, d: CaseDetail, lang: Lang) -> None:
        while self.demand_form.rowCount():
            self.demand_form.removeRow(0)
        none = "—"
        period = (
            f"{date_time_text(d.period_from) or '…'} – {date_time_text(d.period_to) or '…'}"
            if d.period_from or d.period_to
            else none
        )
        requester = none
        if d.requester is not None:
            contact = [phone_text(d.requester.phone), d.requester.email]
            requester = ", ".join([d.requester.name, *(c for c in contact if c)])
        rows: list[tuple[str, str, str]] = [
            (self.tr("Authority:"), _authority_text(d.authority.name, d.authority.type.value), ""),
            (self.tr("Requester:"), requester, ""),
            (
                self.tr("Legal basis:"),
                basis_text(d.legal_basis.code, d.legal_basis, lang=lang),
                code_tooltip(d.legal_basis.code),
            ),
            (
                self.tr("Rule version:"),
                self.tr("version {version} of the legal rules").format(
                    version=d.legal_basis.version
                ),
                "",
            ),
            (self.tr("Issued by:"), role_name(d.issuer_role, lang), ""),
            (self.tr("Authority reference:"), d.authority_reference or none, ""),
            (self.tr("Parket number:"), d.parket_number or none, ""),
            (
                self.tr("Received:"),
                f"{date_time_text(d.received_at)} ({channel_label(d.channel)})",
                "",
            ),
            (
                self.tr("Data categories:"),
                ", ".join(category_name(c, lang) for c in d.data_categories) or none,
                "",
            ),
            (self.tr("Period:"), period, ""),
            (
                self.tr("Examining judge's authorisation:"),
                f"{date_text(d.rc_authorisation_date)} {d.rc_judge}".strip()
                if d.rc_authorisation_date
                else none,
                "",
            ),
            (
                self.tr("Emergency:"),
                (d.emergency_reason or self.tr("yes")) if d.emergency else self.tr("no"),
                "",
            ),
            (self.tr("Case handler:"), d.owner or none, ""),
            (
                self.tr("Identity checked:"),
                "; ".join(
                    f"{verification_label(v.method)} ({v.verified_by})" for v in d.verifications
                )
                or self.tr("not yet"),
                "",
            ),
        ]
        for label, value, tip in rows:
            field = QLabel(value)
            field.setObjectName("caseDemandValue")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            if tip:
                field.setToolTip(tip)
            self.demand_form.addRow(label, field)

    def _show_findings(self, lang: Lang) -> None:
        self._fill(
            self.findings_table,
            [
                [
                    severity_label(f.severity),
                    finding_title(f.code.value),
                    f.message(lang),
                    f.acknowledged_by or "",
                ]
                for f in self.findings
            ],
            {(r, 1): code_tooltip(f.code.value) for r, f in enumerate(self.findings)},
        )
        self._empty_or_content(
            self.findings_view,
            bool(self.findings),
            self.tr("No findings: the checks found nothing that stands in the way."),
        )
        self.tabs.setTabText(
            self.findings_index, self.tr("Findings ({count})").format(count=len(self.findings))
        )
        self.ack_button.setEnabled(bool(self._open_warnings()))

    def _open_warnings(self) -> list[Finding]:
        return [
            f for f in self.findings if f.severity is Severity.WARNING and not f.acknowledged_by
        ]

    def _show_moves(self, d: CaseDetail) -> None:
        for button in self.move_buttons.values():
            self.moves.removeWidget(button)
            button.deleteLater()
        self.move_buttons = {}
        if not self._can_edit:
            return
        for position, state in enumerate(d.allowed_moves, start=1):
            button = QPushButton(move_label(state))
            button.setObjectName(f"move_{state.value}")
            # Never squeezed below its text: the label says what the step does.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setToolTip(
                self.tr("Move the case to “{state}”").format(state=status_label(state))
            )
            button.clicked.connect(lambda _checked=False, s=state: self.move_to(s))
            # The first allowed move is the usual next step: drawn as the primary action.
            button.setProperty("primary", "true" if position == 1 else "false")
            self.moves.insertWidget(position, button)
            self.move_buttons[state] = button
        self.moves_caption.setVisible(bool(self.move_buttons))
        # Made on every load, so last in Tab order: they sit above the tabs, so come before them.
        tab_order(self.reload_button, *self.move_buttons.values(), self.tabs)

    # ------------------------------------------------------------------ actions

    def _on_reload_button_clicked(self) -> None:
        self.reload()

    def _on_action_failed(self, error: BaseException) -> None:
        """Known refusals inline, in the shell's words; anything else is a bug: crash dialog."""
        message = describe(error)
        if message is None:
            self.context.errors.report(error, self)
            return
        self.error_label.setText(f"{message.text}\n{message.detail}")
        self.error_label.show()
        if self.detail is None:
            self.body.show_message(self.tr("The case could not be loaded."))

    def move_to(self, state: CaseStatus) -> None:
        assert self.detail is not None
        reason = ""
        if state in REASON_REQUIRED:
            given = self._reason_prompt(
                self, self.tr("Why: {state}").format(state=status_label(state))
            )
            if given is None:
                return
            reason = given
        case_operations.move(
            self.context,
            self.detail.ref,
            state,
            expected_version=self.detail.version,
            reason=reason,
        ).run(Then(self._on_moved, self._on_action_failed, self))

    def _on_moved(self, detail: CaseDetail) -> None:
        self.context.show_status(
            self.tr("{ref} is now “{state}”.").format(
                ref=detail.ref, state=status_label(detail.status)
            )
        )
        self.detail = detail

    def acknowledge(self, finding: Finding) -> None:
        assert self.detail is not None
        case_operations.acknowledge(self.context, self.detail.ref, finding).run(
            Then(failure=self._on_action_failed, parent=self)
        )

    def _on_ack_button_clicked(self) -> None:
        candidates = self._open_warnings()
        row = self.findings_table.currentRow()
        chosen = self.findings[row] if 0 <= row < len(self.findings) else None
        if chosen is None or chosen not in candidates:
            chosen = candidates[0] if candidates else None
        if chosen is not None:
            self.acknowledge(chosen)

    def _on_save_notes_clicked(self) -> None:
        assert self.detail is not None
        case_operations.save_notes(
            self.context,
            self.detail.ref,
            self.notes_edit.toPlainText(),
            expected_version=self.detail.version,
        ).run(Then(self._on_notes_saved, self._on_action_failed, self))

    def _on_notes_saved(self, detail: CaseDetail) -> None:
        self.context.show_status(self.tr("Notes saved."))
        self.detail = detail

    def _on_open_button_clicked(self) -> None:
        assert self.detail is not None
        row = max(0, self.documents_table.currentRow())
        if row >= len(self.detail.documents):
            return
        services, actor = self.context.services, self.context.actor
        document_id = self.detail.documents[row].id
        self.context.tasks.submit(
            lambda _control: services.cases.document(actor, document_id),
            self._on_document_loaded,
            on_error=self._on_action_failed,
            description="open a case document",
            parent_widget=self,
        )

    def _on_document_loaded(self, doc: DocumentContent) -> None:
        if open_in_app(self, doc.view.filename, doc.view.media_type, doc.content):
            return
        folder = Path(tempfile.mkdtemp(prefix="lawfulreq-doc-"))
        path = folder / Path(doc.view.filename).name
        path.write_bytes(doc.content)
        path.chmod(0o600)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _tab_with_button(content: QWidget, button: QPushButton) -> QWidget:
    """A tab page: `content` filling it, its action button at the bottom right."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addWidget(content, 1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    layout.addLayout(row)
    return tab


class _WrappingPage(QWidget):
    """A page of wrapped labels in a scroll area: its minimum height is what its text needs
    at the width it has (Qt's own minimum assumes the narrowest width, many lines tall, and
    put a scroll bar on a tab with room to spare)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.hasHeightForWidth():
            return hint
        needed = self.heightForWidth(max(self.width(), hint.width()))
        return QSize(hint.width(), min(hint.height(), needed)) if needed > 0 else hint


def _authority_text(name: str, kind: str) -> str:
    """The authority's name with its kind, unless the name already says it."""
    label = authority_type_label(kind)
    return name if name.lower().startswith(label.lower()) else f"{name} ({label})"
