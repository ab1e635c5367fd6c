"""The case page's Disclosure tab: items and decisions, approval, the signed report, delivery."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.domain.enums import DisclosureStatus
from lawfulreq.errors import LawfulreqError, NotFoundError
from lawfulreq.security.permissions import Permission
from lawfulreq.services.disclosures import Decision, DeliveryChannel, DisclosureView
from lawfulreq.services.reports import SignedReport
from ui.formats import date_time_text
from ui.keyboard import keyboard_table, reader_name
from ui.labels import delivery_channel_label as channel_label
from ui.operations import ChangeEvent, Kind, Then
from ui.operations import disclosures as disclosure_operations
from ui.screen import ScreenContext

translate = QCoreApplication.translate

ReasonPrompt = Callable[[QWidget, str], str | None]


def ask_reason(parent: QWidget, title: str) -> str | None:
    label = translate("DisclosureTab", "Reason:")
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def state_label(state: DisclosureStatus | str) -> str:
    texts = {
        "draft": translate("Disclosures", "Draft"),
        "prepared": translate("Disclosures", "Prepared"),
        "approved": translate("Disclosures", "Approved"),
        "delivered": translate("Disclosures", "Delivered"),
        "cancelled": translate("Disclosures", "Cancelled"),
    }
    return texts.get(str(state), str(state))


def decision_label(decision: Decision | None) -> str:
    if decision is None:
        return translate("Disclosures", "To decide")
    return {
        Decision.PRODUCE: translate("Disclosures", "Produce"),
        Decision.WITHHOLD: translate("Disclosures", "Withhold"),
        Decision.NOT_AVAILABLE: translate("Disclosures", "Not available"),
    }[decision]


def category_label(code: str) -> str:
    texts = {
        "subscriber": translate("Disclosures", "Subscriber data"),
        "traffic": translate("Disclosures", "Traffic data"),
        "location": translate("Disclosures", "Location data"),
        "stored": translate("Disclosures", "Stored data"),
    }
    return texts.get(code, code)


def error_text(exc: LawfulreqError) -> str:
    """The service's refusal in the user's language; the code's own text as a fallback."""
    texts = {
        "four_eyes": translate(
            "Disclosures",
            "You prepared or decided (part of) this disclosure: another officer or the FG "
            "must approve it (four-eyes rule).",
        ),
        "not_prepared": translate(
            "Disclosures", "Decide every item first; only a prepared disclosure can be approved."
        ),
        "fg_review_required": translate(
            "Disclosures", "This legal basis needs the FG's legal review: only the FG approves."
        ),
        "findings_block": translate(
            "Disclosures",
            "The case still has errors or unacknowledged warnings (see Findings).",
        ),
        "no_certificate": translate(
            "Disclosures",
            "You have no signing certificate yet. Create or import one (lawfulreq cert).",
        ),
        "sign_passphrase_required": translate(
            "Disclosures",
            "The passphrase of your signing key is not available (keyring or "
            "LAWFULREQ_SIGN_PASSPHRASE).",
        ),
        "report_missing": translate(
            "Disclosures", "Sign and save the report before recording its delivery."
        ),
        "not_approved": translate("Disclosures", "The disclosure has not been approved yet."),
        "data_not_allowed": translate(
            "Disclosures", "The legal basis does not allow this data: it cannot be produced."
        ),
        "nothing_to_refuse": translate(
            "Disclosures", "The case has no blocking finding: there is nothing to refuse."
        ),
        "to_required": translate("Disclosures", "Say to whom the report was delivered."),
    }
    return texts.get(exc.code, exc.message)


class PdfPreview(QWidget):
    """A PDF shown inside the app with QtPdf (package pyside6-pdf); a note when it is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("No report yet."))
        self.caption.setObjectName("hint")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self._buffer: QBuffer | None = None
        self.document = None
        self.view: QWidget | None = None
        try:
            from PySide6.QtPdf import QPdfDocument  # noqa: PLC0415 - optional module
            from PySide6.QtPdfWidgets import QPdfView  # noqa: PLC0415
        except ImportError:
            self.caption.setText(
                self.tr("The preview needs the Qt PDF module; save the report and open it instead.")
            )
            return
        self.document = QPdfDocument(self)
        view = QPdfView(self)
        view.setObjectName("pdfView")
        view.setAccessibleName(self.tr("Preview of the report"))
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        self.view = view
        layout.addWidget(view, 1)

    @property
    def available(self) -> bool:
        return self.document is not None

    def show_pdf(self, data: bytes, caption: str) -> None:
        self.caption.setText(caption)
        if self.document is None:
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # from memory: no decrypted copy on disk
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def page_count(self) -> int:
        return int(self.document.pageCount()) if self.document is not None else 0


def open_in_app(parent: QWidget, filename: str, media_type: str, content: bytes) -> bool:
    """Show a PDF in a window of the app, from memory (no decrypted copy in a temp folder).
    False when it is no PDF or QtPdf is missing: the caller falls back to the system viewer."""
    if media_type != "application/pdf" and not filename.lower().endswith(".pdf"):
        return False
    dialog = QDialog(parent)
    dialog.setObjectName("documentPreview")
    dialog.setWindowTitle(filename)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview = PdfPreview(dialog)
    if not preview.available:
        dialog.deleteLater()
        return False
    layout = QVBoxLayout(dialog)
    layout.addWidget(preview)
    preview.show_pdf(content, filename)
    dialog.resize(820, 900)
    dialog.show()
    return True


class DeliveryDialog(QDialog):
    """Channel, recipient and moment of a delivery."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryDialog")
        self.setWindowTitle(self.tr("Record delivery"))
        form = QFormLayout(self)
        self.channel = QComboBox()
        for channel in DeliveryChannel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("deliveryTo")
        self.recipient.setPlaceholderText(self.tr("e.g. J. de Vries, Politie Oost-Nederland"))
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Delivered to:"), self.recipient)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


# A move of the case changes what may be done with its disclosure.
_SHOWN_KINDS = frozenset({Kind.CASE, Kind.DISCLOSURE})


@dataclass(frozen=True)
class _Loaded:
    view: DisclosureView | None
    report: SignedReport | None


class DisclosureTab(QWidget):
    """Everything about what the case hands over; each action is one service call."""

    loaded = Signal()

    def __init__(  # noqa: PLR0915 - the tab's widgets, built in code in one place
        self,
        context: ScreenContext,
        ref: str,
        parent: QWidget | None = None,
        *,
        reason_prompt: ReasonPrompt = ask_reason,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureTab")
        self.context = context
        self.ref = ref
        self.view: DisclosureView | None = None
        self.report: SignedReport | None = None
        self._reason_prompt = reason_prompt
        self.delivery_dialog: Callable[[QWidget], DeliveryDialog] = DeliveryDialog

        self.summary = QLabel()
        self.summary.setObjectName("disclosureSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("disclosureItems")
        keyboard_table(self.table, self.tr("Holders and data in the disclosure"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Identifier"),
                self.tr("Category"),
                self.tr("Decision"),
                self.tr("Found"),
                self.tr("Valid"),
                self.tr("Reason"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 40), (1, 120), (2, 120), (3, 110), (4, 260), (5, 150)):
            self.table.setColumnWidth(column, width)

        can_prepare = context.can(Permission.PREPARE_DISCLOSURE)
        self.produce_button = QPushButton(self.tr("Produce"))
        self.produce_button.setObjectName("decideProduce")
        self.withhold_button = QPushButton(self.tr("Withhold…"))
        self.withhold_button.setObjectName("decideWithhold")
        self.not_available_button = QPushButton(self.tr("Not available…"))
        self.not_available_button.setObjectName("decideNotAvailable")
        for button, decision in (
            (self.produce_button, Decision.PRODUCE),
            (self.withhold_button, Decision.WITHHOLD),
            (self.not_available_button, Decision.NOT_AVAILABLE),
        ):
            button.setToolTip(
                self.tr("Decide the selected items (all items when none is selected)")
            )
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            button.setVisible(can_prepare)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("disclosureApprove")
        self.approve_button.setToolTip(
            self.tr("Second pair of eyes: only someone who did not prepare or decide may approve")
        )
        self.approve_button.clicked.connect(self.approve)
        self.approve_button.setVisible(context.can(Permission.APPROVE_DISCLOSURE))
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        reader_name(self.kind, self.tr("Kind of report"))
        self.kind.addItem(self.tr("Disclosure report"), "disclosure")
        self.kind.addItem(self.tr("Refusal letter"), "refusal")
        self.kind.addItem(self.tr("No-data answer"), "no_data")
        self.lang = QComboBox()
        self.lang.setObjectName("reportLang")
        reader_name(self.lang, self.tr("Language of the report"))
        self.lang.addItem(self.tr("Dutch"), "nl")
        self.lang.addItem(self.tr("English"), "en")
        self.sign_button = QPushButton(self.tr("Sign and save report"))
        self.sign_button.setObjectName("signReport")
        self.sign_button.clicked.connect(self.sign)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(self.save_copy)
        self.deliver_button = QPushButton(self.tr("Record delivery…"))
        self.deliver_button.setObjectName("recordDelivery")
        self.deliver_button.clicked.connect(self.record_delivery)
        for widget in (self.kind, self.lang, self.sign_button, self.deliver_button):
            widget.setVisible(can_prepare)

        decide_row = QHBoxLayout()
        for widget in (self.produce_button, self.withhold_button, self.not_available_button):
            decide_row.addWidget(widget)
        decide_row.addStretch(1)
        decide_row.addWidget(self.approve_button)
        report_row = QHBoxLayout()
        for widget in (self.kind, self.lang, self.sign_button):
            report_row.addWidget(widget)
        report_row.addStretch(1)
        delivery_row = QHBoxLayout()
        delivery_row.addWidget(self.save_button)
        delivery_row.addStretch(1)
        delivery_row.addWidget(self.deliver_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(decide_row)
        left_layout.addLayout(report_row)
        left_layout.addLayout(delivery_row)
        self.preview = PdfPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("disclosureSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        self.preview.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self._show()
        context.changes.changed.connect(self._on_changes_changed)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        services, actor, ref = self.context.services, self.context.actor, self.ref

        def load(_control: object) -> _Loaded:
            try:
                view = services.disclosures.show(actor, ref)
            except NotFoundError:
                view = None
            try:
                report = services.reports.stored(actor, ref)
            except NotFoundError:
                report = None
            return _Loaded(view, report)

        self.context.tasks.submit(
            load, self._on_loaded, on_error=self._on_failed, description=f"disclosure {ref}"
        )

    def _on_changes_changed(self, event: ChangeEvent) -> None:
        """The case moved or its disclosure changed (here, or in Lookup): fetch it again."""
        if event.touches(_SHOWN_KINDS, self.ref):
            self.reload()

    def _on_loaded(self, loaded: _Loaded) -> None:
        self.view = loaded.view
        if loaded.report is not None:
            self._show_report(loaded.report)
        self._show()
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, LawfulreqError):
            self.message.setText(error_text(exc))
            self.message.setToolTip(exc.message)
            self.message.show()
            self.loaded.emit()
            return
        self.context.errors.report(exc, self)

    def _show(self) -> None:
        view = self.view
        if view is None:
            self.summary.setText(
                self.tr(
                    "No disclosure yet. Look up the case's identifiers in Lookup and choose "
                    '"Add to case".'
                )
            )
            self.table.setRowCount(0)
        else:
            parts = [state_label(view.state)]
            if view.undecided:
                parts.append(self.tr("%n item(s) to decide", "", view.undecided))
            if view.prepared_by:
                parts.append(
                    self.tr("prepared by {user} on {time}").format(
                        user=view.prepared_by, time=date_time_text(view.prepared_at)
                    )
                )
            if view.approved_by:
                parts.append(
                    self.tr("approved by {user} on {time}").format(
                        user=view.approved_by, time=date_time_text(view.approved_at)
                    )
                )
            if view.delivered_at is not None:
                parts.append(
                    self.tr("delivered on {time} to {to}").format(
                        time=date_time_text(view.delivered_at), to=view.delivered_to
                    )
                )
            self.summary.setText(" · ".join(parts))
            self.table.setRowCount(len(view.items))
            for row, item in enumerate(view.items):
                valid = date_time_text(item.valid_from)
                if item.valid_from or item.valid_to:
                    valid += " – " + (date_time_text(item.valid_to) or self.tr("now"))
                cells = [
                    str(item.item),
                    item.target,
                    category_label(item.category),
                    decision_label(item.decision),
                    item.summary,
                    valid,
                    item.reason,
                ]
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setToolTip(text)
                    self.table.setItem(row, column, cell)
        editable = view is not None and view.state in (
            DisclosureStatus.DRAFT,
            DisclosureStatus.PREPARED,
        )
        for button in (self.produce_button, self.withhold_button, self.not_available_button):
            button.setEnabled(editable)
        self.approve_button.setEnabled(view is not None and view.state is DisclosureStatus.PREPARED)
        self.deliver_button.setEnabled(
            view is not None
            and view.state is DisclosureStatus.APPROVED
            and view.report_document_id is not None
        )
        self.save_button.setEnabled(self.report is not None)

    def _show_report(self, report: SignedReport) -> None:
        self.report = report
        self.preview.show_pdf(
            report.pdf,
            self.tr(
                "{file}: %n page(s), signed by {signer}. SHA-256 {sha}", "", report.pages
            ).format(
                file=report.filename,
                signer=report.signer,
                sha=report.sha256[:16] + "…",
            ),
        )

    # ------------------------------------------------------------------ actions

    def selected_items(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if self.view is None:
            return []
        return [self.view.items[row].item for row in rows if row < len(self.view.items)]

    def decide(self, decision: Decision) -> None:
        reason = ""
        if decision is not Decision.PRODUCE:
            answer = self._reason_prompt(self, decision_label(decision))
            if answer is None:
                return
            reason = answer
        chosen = self.selected_items()
        target: list[int] | str = chosen if chosen else "all"
        self.message.hide()
        disclosure_operations.decide(self.context, self.ref, target, decision, reason).run(
            self._then()
        )

    def approve(self) -> None:
        self.message.hide()
        disclosure_operations.approve(self.context, self.ref).run(self._then())

    def sign(self) -> None:
        kind, lang = str(self.kind.currentData()), str(self.lang.currentData())
        self.message.hide()
        disclosure_operations.sign_report(self.context, self.ref, kind, lang).run(
            Then(self._on_signed, self._on_failed)
        )

    def record_delivery(self) -> None:
        dialog = self.delivery_dialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        channel = str(dialog.channel.currentData())
        self.message.hide()
        to = dialog.recipient.text()
        disclosure_operations.deliver(self.context, self.ref, channel=channel, to=to).run(
            self._then()
        )

    def save_copy(self) -> None:
        if self.report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed report"), self.report.filename, "PDF (*.pdf)"
        )
        if path:
            with open(path, "wb") as handle:
                handle.write(self.report.pdf)

    def _then(self) -> Then[DisclosureView]:
        """After a change the tab shows it when the change signal makes it reload."""
        return Then(failure=self._on_failed)

    def _on_signed(self, report: SignedReport) -> None:
        self._show_report(report)
        self.context.show_status(self.tr("Report signed and saved in the case file."))
