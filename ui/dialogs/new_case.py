"""The new-case dialog: grouped intake form, target typing as you paste, live findings."""

from __future__ import annotations

import html
import mimetypes
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.clock import AMSTERDAM
from lawfulreq.domain.enums import (
    AuthorityType,
    Channel,
    DataCategory,
    Delivery,
    IssuerRole,
    VerificationMethod,
)
from lawfulreq.domain.identifiers import reason_in
from lawfulreq.rules.engine import Finding, RuleSettings, Severity
from lawfulreq.rules.messages import category_name, kind_name, role_name
from lawfulreq.services.authorities import AuthorityView
from lawfulreq.services.base import Actor
from lawfulreq.services.catalogue import LegalBasisView
from lawfulreq.services.intake import (
    CaseCreated,
    CaseInput,
    DocumentInput,
    VerificationInput,
    evaluate,
    type_target,
)
from lawfulreq.services.registry import AppServices
from ui.errors import describe
from ui.formats import phone_text, qt_date_time_format
from ui.keyboard import reader_name
from ui.labels import (
    authority_type_label,
    basis_text,
    code_tooltip,
    finding_title,
    severity_label,
    verification_label,
)
from ui.operations import OperationContext, Then
from ui.operations import cases as case_operations
from ui.screens.case_detail import ui_lang

# Typing targets: ask the database for open cases on them once the user pauses.
DUPLICATE_CHECK_DELAY_MS = 250


@dataclass(frozen=True)
class IntakeFormData:
    """What the form offers and checks against; read once, off the GUI thread when it can be."""

    bases: list[LegalBasisView]
    settings: RuleSettings
    authorities: list[AuthorityView]

    @classmethod
    def load(cls, services: AppServices, actor: Actor) -> IntakeFormData:
        return cls(
            services.catalogue.current(),
            services.catalogue.rule_settings(),
            services.authorities.list(actor),
        )


SEVERITY_OBJECT = {
    Severity.ERROR: "findingError",
    Severity.WARNING: "findingWarning",
    Severity.INFO: "findingInfo",
}


def _to_qt(moment: datetime) -> QDateTime:
    """Amsterdam wall time as a zoneless QDateTime (what the editors show)."""
    local = moment.astimezone(AMSTERDAM)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _wall(edit: QDateTimeEdit) -> datetime:
    """What the editor shows, read as Amsterdam wall time."""
    d, t = edit.dateTime().date(), edit.dateTime().time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=AMSTERDAM)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class NewCaseDialog(QDialog):
    """Fill in a demand; findings update as fields change; Create stores it via the intake."""

    def __init__(
        self,
        context: OperationContext,
        parent: QWidget | None = None,
        *,
        form_data: IntakeFormData | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(self.tr("New case"))
        self._context = context
        self._services = services = context.services
        self._actor = actor = context.actor
        self._tasks = context.tasks
        self._lang = ui_lang()
        form_data = form_data or IntakeFormData.load(services, actor)
        self._bases = {b.code: b for b in form_data.bases}
        self._settings = form_data.settings
        self._authorities = {a.name: a for a in form_data.authorities}
        self._duplicates: dict[tuple[str, str], list[str]] = {}
        self._duplicate_keys: list[tuple[str, str]] = []
        # Bumped by every check, so a slow answer about old targets is dropped.
        self._duplicate_generation = 0
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._check_duplicates)
        self._document: DocumentInput | None = None
        self.created: CaseCreated | None = None
        self.findings: list[Finding] = []
        self._ready = False  # fields fire change signals while they are being built

        splitter = self._form_and_findings()
        self.error_label = QLabel()
        self.error_label.setObjectName("newCaseError")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create case"))
        self.create_button.setObjectName("newCaseCreate")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Long entries (legal bases, authorities) must not force the form wider than the pane.
        for combo in self.findChildren(QComboBox):
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, combo.sizePolicy().verticalPolicy())
            combo.setMinimumWidth(180)
        # Qt caps a window's own size at 2/3 of the screen; the form needs more.
        self.setMinimumSize(QSize(1100, 660))
        self.resize(self.sizeHint())
        self._ready = True
        self._on_basis_changed()
        self._on_authority_changed()
        self._on_targets_changed()

    def sizeHint(self) -> QSize:
        # Roomy enough for the form and the findings side by side; within a 1280x800 window.
        return QSize(1180, 740)

    # ------------------------------------------------------------------ groups

    def _form_and_findings(self) -> QSplitter:
        form_host = QWidget()
        form_layout = QVBoxLayout(form_host)
        form_layout.addWidget(self._authority_group())
        form_layout.addWidget(self._demand_group())
        form_layout.addWidget(self._scope_group())
        form_layout.addWidget(self._targets_group())
        form_layout.addWidget(self._other_group())
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("newCaseForm")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields; it scrolls to them
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self._findings_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 440])
        return splitter

    def _findings_panel(self) -> QWidget:
        # Word-wrapped labels, not list items: long messages wrap instead of being cut off.
        self.finding_labels: list[QLabel] = []
        findings_host = QWidget()
        findings_host.setObjectName("liveFindings")
        self.findings_column = QVBoxLayout(findings_host)
        self.findings_column.setContentsMargins(0, 0, 0, 0)
        self.findings_column.setSpacing(6)
        self.findings_column.addStretch(1)
        findings_scroll = QScrollArea()
        findings_scroll.setObjectName("liveFindingsScroll")
        findings_scroll.setAccessibleName(self.tr("Findings while you type"))
        findings_scroll.setWidgetResizable(True)
        findings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        findings_scroll.setWidget(findings_host)
        self.findings_summary = QLabel()
        self.findings_summary.setObjectName("liveFindingsSummary")
        self.findings_summary.setWordWrap(True)
        heading = QLabel(self.tr("<b>Findings</b> (update as you type)"))
        heading.setWordWrap(True)
        side = QWidget()
        side.setMinimumWidth(340)
        side.setMaximumWidth(400)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(heading)
        side_layout.addWidget(self.findings_summary)
        side_layout.addWidget(findings_scroll, 1)
        return side

    def _authority_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Authority and requesting officer"))
        form = QFormLayout(box)
        self.authority = QComboBox()
        self.authority.setObjectName("authority")
        self.authority.setEditable(True)
        self.authority.addItems(sorted(self._authorities))
        self.authority.setToolTip(self.tr("Pick from the register or type a new authority"))
        self.authority_type = QComboBox()
        self.authority_type.setObjectName("authorityType")
        for t in AuthorityType:
            self.authority_type.addItem(authority_type_label(t.value), t.value)
        self.requester = QComboBox()
        self.requester.setObjectName("requester")
        self.requester.setEditable(True)
        self.requester_phone = QLineEdit()
        self.requester_phone.setObjectName("requesterPhone")
        self.requester_email = QLineEdit()
        self.requester_email.setObjectName("requesterEmail")
        self.verification = QComboBox()
        self.verification.setObjectName("verification")
        self.verification.addItem(self.tr("Not verified yet"), "")
        for method in VerificationMethod:
            self.verification.addItem(verification_label(method), method.value)
        form.addRow(self.tr("Authority"), self.authority)
        form.addRow(self.tr("Type"), self.authority_type)
        form.addRow(self.tr("Requester"), self.requester)
        form.addRow(self.tr("Phone (register)"), self.requester_phone)
        form.addRow(self.tr("E-mail"), self.requester_email)
        form.addRow(self.tr("Identity checked"), self.verification)
        self.foreign_origin = QLineEdit()
        self.foreign_origin.setObjectName("foreignOrigin")
        self.foreign_origin.setPlaceholderText(self.tr("EIO only: state, authority, reference"))
        self.foreign_origin.setMaxLength(200)
        form.addRow(self.tr("Foreign origin"), self.foreign_origin)
        self.authority.currentTextChanged.connect(self._on_authority_changed)
        self.requester.currentTextChanged.connect(self._on_requester_changed)
        for widget in (self.authority_type, self.verification):
            widget.currentIndexChanged.connect(self.refresh_findings)
        return box

    def _demand_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("The demand"))
        form = QFormLayout(box)
        self.basis = QComboBox()
        self.basis.setObjectName("basis")
        for code, b in self._bases.items():
            self.basis.addItem(basis_text(code, b, lang=self._lang), code)
        self.basis.setCurrentIndex(max(0, self.basis.findData("sv-126n")))
        self.issuer = QComboBox()
        self.issuer.setObjectName("issuerRole")
        for r in IssuerRole:
            self.issuer.addItem(role_name(r.value, self._lang), r.value)
        self.issuer.setCurrentIndex(self.issuer.findData("prosecutor"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        channel_names = {
            "written": self.tr("written"),
            "oral": self.tr("oral (urgent)"),
            "electronic": self.tr("electronic"),
        }
        for c in Channel:
            self.channel.addItem(channel_names[c.value], c.value)
        now = _to_qt(self._services.clock())
        self.received = QDateTimeEdit(now)
        self.received.setObjectName("receivedAt")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(qt_date_time_format())
        self.reference = QLineEdit()
        self.reference.setObjectName("authorityReference")
        self.parket = QLineEdit()
        self.parket.setObjectName("parketNumber")
        self.rc_given = QCheckBox(self.tr("RC authorisation of"))
        self.rc_given.setObjectName("rcGiven")
        self.rc_date = QDateEdit(now.date())
        self.rc_date.setObjectName("rcDate")
        reader_name(self.rc_date, self.tr("Date of the authorisation"))
        self.rc_date.setCalendarPopup(True)
        self.rc_judge = QLineEdit()
        self.rc_judge.setObjectName("rcJudge")
        self.rc_judge.setPlaceholderText(self.tr("judge"))
        rc_row = QHBoxLayout()
        rc_row.addWidget(self.rc_given)
        rc_row.addWidget(self.rc_date)
        rc_row.addStretch(1)
        form.addRow(self.tr("Legal basis"), self.basis)
        form.addRow(self.tr("Issued by"), self.issuer)
        form.addRow(self.tr("Arrived"), self.channel)
        form.addRow(self.tr("Received at"), self.received)
        form.addRow(self.tr("Authority reference"), self.reference)
        form.addRow(self.tr("Parket number"), self.parket)
        form.addRow(self.tr("RC"), rc_row)
        form.addRow(self.tr("Judge"), self.rc_judge)
        self._add_delivery_and_wiv_rows(form, now.date())
        for combo in (self.basis, self.issuer, self.channel, self.delivery):
            combo.currentIndexChanged.connect(self.refresh_findings)
        self.basis.currentIndexChanged.connect(self._on_basis_changed)
        self.received.dateTimeChanged.connect(self.refresh_findings)
        self.rc_given.toggled.connect(self.refresh_findings)
        self.rc_date.dateChanged.connect(self.refresh_findings)
        return box

    def _add_delivery_and_wiv_rows(self, form: QFormLayout, today: QDate) -> None:
        """How the data are delivered (126ne) and a Wiv special power's two approvals."""
        self.delivery = QComboBox()
        self.delivery.setObjectName("delivery")
        delivery_names = {
            "once": self.tr("once"),
            "periodic": self.tr("periodically"),
            "realtime": self.tr("in real time"),
        }
        for d in Delivery:
            self.delivery.addItem(delivery_names[d.value], d.value)
        form.addRow(self.tr("Delivery"), self.delivery)
        self.wiv_minister_given = QCheckBox(self.tr("permission of"))
        self.wiv_minister_given.setObjectName("wivMinisterGiven")
        self.wiv_minister_date = QDateEdit(today)
        self.wiv_minister_date.setObjectName("wivMinisterDate")
        self.wiv_tib_given = QCheckBox(self.tr("approval of"))
        self.wiv_tib_given.setObjectName("wivTibGiven")
        self.wiv_tib_date = QDateEdit(today)
        self.wiv_tib_date.setObjectName("wivTibDate")
        # One row each, like the RC's: side by side they would widen the form past its pane.
        for check, edit in (
            (self.wiv_minister_given, self.wiv_minister_date),
            (self.wiv_tib_given, self.wiv_tib_date),
        ):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.refresh_findings)
            check.toggled.connect(self.refresh_findings)
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(edit)
            row.addStretch(1)
            label = (
                self.tr("Wiv: minister")
                if check is self.wiv_minister_given
                else self.tr("Wiv: TIB")
            )
            form.addRow(label, row)

    def _scope_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("What is demanded"))
        grid = QGridLayout(box)
        self.categories: dict[str, QCheckBox] = {}
        for i, c in enumerate(DataCategory):
            check = QCheckBox(category_name(c.value, self._lang))
            check.setObjectName(f"category_{c.value}")
            check.toggled.connect(self.refresh_findings)
            self.categories[c.value] = check
            grid.addWidget(check, i // 3, i % 3)
        self.categories["subscriber"].setChecked(True)
        self.period_given = QCheckBox(self.tr("Period from"))
        self.period_given.setObjectName("periodGiven")
        start = self.received.dateTime()
        self.period_from = QDateTimeEdit(start.addDays(-30))
        self.period_from.setObjectName("periodFrom")
        reader_name(self.period_from, self.tr("Period from"))
        self.period_to = QDateTimeEdit(start)
        self.period_to.setObjectName("periodTo")
        reader_name(self.period_to, self.tr("Period until"))
        for edit in (self.period_from, self.period_to):
            edit.setDisplayFormat(qt_date_time_format())
            edit.setCalendarPopup(True)
            edit.dateTimeChanged.connect(self.refresh_findings)
        self.period_given.toggled.connect(self.refresh_findings)
        row = QHBoxLayout()
        row.addWidget(self.period_given)
        row.addWidget(self.period_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.period_to)
        row.addStretch(1)
        grid.addLayout(row, 3, 0, 1, 3)
        return box

    def _targets_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Targets (one per line)"))
        layout = QHBoxLayout(box)
        self.targets = QPlainTextEdit()
        self.targets.setObjectName("targets")
        self.targets.setTabChangesFocus(True)  # Tab moves on; a keyboard user is not caught here
        self.targets.setPlaceholderText(self.tr("06-12345678\n204081234567890\n192.0.2.1:443"))
        self.targets.setMaximumHeight(110)
        self.targets_preview = QLabel()
        self.targets_preview.setObjectName("targetsPreview")
        self.targets_preview.setWordWrap(True)
        self.targets_preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.targets, 1)
        layout.addWidget(self.targets_preview, 1)
        self.targets.textChanged.connect(self._on_targets_changed)
        return box

    def _other_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Emergency, document and notes"))
        form = QFormLayout(box)
        self.emergency = QCheckBox(self.tr("Emergency (deadline in hours)"))
        self.emergency.setObjectName("emergency")
        self.emergency_reason = QLineEdit()
        self.emergency_reason.setObjectName("emergencyReason")
        self.document_label = QLabel(self.tr("no document"))
        self.document_button = QPushButton(self.tr("Attach scan…"))
        self.document_button.setObjectName("attachDocument")
        self.document_button.clicked.connect(self._on_document_button_clicked)
        doc_row = QHBoxLayout()
        doc_row.addWidget(self.document_label, 1)
        doc_row.addWidget(self.document_button)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)  # Tab moves on; a keyboard user is not caught here
        self.notes.setMaximumHeight(70)
        form.addRow(self.emergency)
        form.addRow(self.tr("Reason"), self.emergency_reason)
        form.addRow(self.tr("Demand document"), doc_row)
        form.addRow(self.tr("Notes"), self.notes)
        self.notes.textChanged.connect(self.refresh_findings)
        return box

    # ------------------------------------------------------------------ reactions

    def _on_authority_changed(self) -> None:
        known = self._authorities.get(self.authority.currentText().strip())
        self.authority_type.setEnabled(known is None)
        self.requester.blockSignals(True)
        current = self.requester.currentText()
        self.requester.clear()
        if known is not None:
            self.authority_type.setCurrentIndex(self.authority_type.findData(known.type.value))
            self.requester.addItems([c.name for c in known.contacts])
        self.requester.setEditText(current)
        self.requester.blockSignals(False)
        self._on_requester_changed()

    def _on_basis_changed(self) -> None:
        """The Wiv approvals only matter for a Wiv special power; the rest stays as typed."""
        basis = self._bases.get(str(self.basis.currentData()))
        wiv = basis is not None and basis.wiv_approval_required
        for widget in (
            self.wiv_minister_given,
            self.wiv_minister_date,
            self.wiv_tib_given,
            self.wiv_tib_date,
        ):
            widget.setEnabled(wiv)

    def _on_requester_changed(self) -> None:
        known = self._authorities.get(self.authority.currentText().strip())
        contact = None
        if known is not None:
            name = self.requester.currentText().strip()
            contact = next((c for c in known.contacts if c.name == name), None)
        if contact is not None:
            self.requester_phone.setText(phone_text(contact.phone))
            self.requester_email.setText(contact.email)
        for edit in (self.requester_phone, self.requester_email):
            edit.setReadOnly(contact is not None)
        self.refresh_findings()

    def _target_lines(self) -> list[str]:
        return [line for line in self.targets.toPlainText().splitlines() if line.strip()]

    def _on_targets_changed(self) -> None:
        lines: list[str] = []
        keys = []
        for line in self._target_lines():
            typed = type_target(line)
            kind = kind_name(typed.kind, self._lang)
            if typed.valid:
                shown = phone_text(typed.normalised) if typed.kind == "phone_number" else None
                text = f"✓ {kind}: {shown or typed.normalised}"
                keys.append((typed.kind, typed.normalised))
            else:
                text = f"✗ {typed.raw} — {reason_in(typed.problem, self._lang)}"
            lines.append(text)
        self.target_preview_lines = lines
        self.targets_preview.setText("\n".join(lines))
        self._duplicate_keys = keys
        self.refresh_findings()
        if self._tasks.synchronous:
            self._check_duplicates()
        else:
            self._duplicate_timer.start()

    def _check_duplicates(self) -> None:
        """Open cases on the same targets (a finding); in the background when there is one."""
        self._duplicate_generation += 1
        generation, keys = self._duplicate_generation, list(self._duplicate_keys)
        services, actor = self._services, self._actor

        def arrived(found: dict[tuple[str, str], list[str]]) -> None:
            if generation == self._duplicate_generation and found != self._duplicates:
                self._duplicates = found
                self.refresh_findings()

        def failed(error: BaseException) -> None:
            if generation == self._duplicate_generation:
                self._tasks.report(error, self)

        if not keys:
            arrived({})
        else:
            self._tasks.submit(
                lambda _control: services.cases.open_target_refs(actor, keys),
                arrived,
                on_error=failed,
                description="check for open cases on the targets",
            )

    def done(self, result: int) -> None:
        """Closing (created, cancelled): a check still on its way must not reach the form,
        which the screen deletes right after."""
        self._duplicate_timer.stop()
        self._duplicate_generation += 1
        super().done(result)

    def _on_document_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Demand document"), "", self.tr("Documents (*.pdf *.png *.jpg *.tif)")
        )
        if path:
            self.attach_document(Path(path))

    def attach_document(self, path: Path) -> None:
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self._document = DocumentInput(path.name, media, path.read_bytes())
        self.document_label.setText(path.name)

    # ------------------------------------------------------------------ input and findings

    def case_input(self) -> CaseInput:
        known = self._authorities.get(self.authority.currentText().strip())
        method = self.verification.currentData()
        period = self.period_given.isChecked()
        return CaseInput(
            authority_name=self.authority.currentText(),
            authority_type=str(self.authority_type.currentData()),
            authority_id=known.id if known else None,
            requester_name=self.requester.currentText(),
            requester_phone=self.requester_phone.text(),
            requester_email=self.requester_email.text(),
            issuer_role=str(self.issuer.currentData()),
            legal_basis=str(self.basis.currentData()),
            channel=str(self.channel.currentData()),
            received_at=_wall(self.received),
            authority_reference=self.reference.text(),
            parket_number=self.parket.text(),
            rc_authorisation_date=(_day(self.rc_date) if self.rc_given.isChecked() else None),
            rc_judge=self.rc_judge.text() if self.rc_given.isChecked() else "",
            data_categories=tuple(c for c, box in self.categories.items() if box.isChecked()),
            period_from=_wall(self.period_from) if period else None,
            period_to=_wall(self.period_to) if period else None,
            targets=tuple(self._target_lines()),
            emergency=self.emergency.isChecked(),
            emergency_reason=self.emergency_reason.text(),
            notes=self.notes.toPlainText(),
            verifications=(VerificationInput(method),) if method else (),
            document=self._document,
            delivery=str(self.delivery.currentData()),
            wiv_minister_date=(
                _day(self.wiv_minister_date)
                if self.wiv_minister_given.isChecked() and self.wiv_minister_given.isEnabled()
                else None
            ),
            wiv_tib_date=(
                _day(self.wiv_tib_date)
                if self.wiv_tib_given.isChecked() and self.wiv_tib_given.isEnabled()
                else None
            ),
            foreign_origin=self.foreign_origin.text(),
        )

    def refresh_findings(self) -> None:
        basis = self._bases.get(str(self.basis.currentData()))
        if basis is None or not self._ready:
            return
        self.findings = evaluate(
            self.case_input(), basis, self._settings, self._services.clock(), self._duplicates
        )
        for label in self.finding_labels:
            self.findings_column.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.finding_labels = []
        for position, f in enumerate(self.findings):
            title = f"{severity_label(f.severity)}: {finding_title(f.code.value)}"
            label = QLabel(f"<b>{html.escape(title)}</b><br>{html.escape(f.message(self._lang))}")
            label.setObjectName(SEVERITY_OBJECT[f.severity])
            label.setWordWrap(True)
            label.setProperty("code", f.code.value)
            label.setToolTip(code_tooltip(f.code.value))
            self.findings_column.insertWidget(position, label)
            self.finding_labels.append(label)
        errors = sum(1 for f in self.findings if f.severity is Severity.ERROR)
        warnings = sum(1 for f in self.findings if f.severity is Severity.WARNING)
        if not self.findings:
            self.findings_summary.setText(self.tr("No findings: the demand looks lawful."))
        else:
            self.findings_summary.setText(
                self.tr("Errors: {errors} · warnings: {warnings}").format(
                    errors=errors, warnings=warnings
                )
            )

    def finding_codes(self) -> set[str]:
        return {f.code.value for f in self.findings}

    def _on_buttons_accepted(self) -> None:
        self.create_button.setEnabled(False)
        case_operations.create(self._context, self.case_input()).run(
            Then(self._on_created, self._on_create_failed, self)
        )

    def _on_created(self, created: CaseCreated) -> None:
        self.created = created
        self.accept()

    def _on_create_failed(self, error: BaseException) -> None:
        """Refusals (bad input) inline, in the shell's words; anything else is a bug."""
        self.create_button.setEnabled(True)
        message = describe(error)
        if message is None:
            self._tasks.report(error, self)
            return
        self.error_label.setText(f"{message.text} {message.detail}")
