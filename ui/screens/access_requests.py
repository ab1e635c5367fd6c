"""Access requests (AVG 15-21): the list with deadlines, the new-request form, the answer."""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDateTime, QObject, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.domain.enums import DsarStatus
from lawfulreq.errors import LawfulreqError
from lawfulreq.services.dashboard import DsarQuery
from lawfulreq.services.dsar import IDENTITY_METHODS, KINDS, AccessAnswer, DsarInput, DsarView
from lawfulreq.services.registry import AppServices
from ui.dialogs.action import ActionDialog
from ui.fitting import FittedDialog, fit_height
from ui.formats import date_text, date_time_text
from ui.keyboard import reader_name
from ui.models.columns import ColumnsTableModel, Index
from ui.operations import Kind, OperationContext, Then
from ui.operations import access_requests as request_operations
from ui.resources import icon
from ui.screen import ScreenContext
from ui.screens.list_screen import ListScreen
from ui.theme import colour

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "access": lambda: translate("AccessRequests", "Access (art. 15)"),
        "rectification": lambda: translate("AccessRequests", "Rectification (art. 16)"),
        "erasure": lambda: translate("AccessRequests", "Erasure (art. 17)"),
        "restriction": lambda: translate("AccessRequests", "Restriction (art. 18)"),
        "portability": lambda: translate("AccessRequests", "Portability (art. 20)"),
        "objection": lambda: translate("AccessRequests", "Objection (art. 21)"),
    }
    maker = texts.get(kind)
    return maker() if maker else kind


def identity_label(method: str) -> str:
    texts: dict[str, Callable[[], str]] = {
        "id_document_seen": lambda: translate(
            "AccessRequests", "Identity document seen (no copy kept)"
        ),
        "known_email": lambda: translate("AccessRequests", "From the e-mail address on file"),
        "signed_letter": lambda: translate("AccessRequests", "Signed letter"),
        "in_person": lambda: translate("AccessRequests", "In person at the desk"),
    }
    maker = texts.get(method)
    return maker() if maker else method


def status_text(view: DsarView) -> str:
    if view.paused:
        return translate("AccessRequests", "paused: waiting for the person")
    texts: dict[DsarStatus, Callable[[], str]] = {
        DsarStatus.RECEIVED: lambda: translate("AccessRequests", "received"),
        DsarStatus.IN_PROGRESS: lambda: translate("AccessRequests", "in progress"),
        DsarStatus.EXTENDED: lambda: translate("AccessRequests", "extended"),
        DsarStatus.ANSWERED: lambda: translate("AccessRequests", "answered"),
        DsarStatus.REJECTED: lambda: translate("AccessRequests", "refused"),
    }
    return texts[view.status]()


def deadline_text(view: DsarView, now: datetime) -> str:
    day = date_text(view.deadline)
    if not view.open:
        return day
    days = (view.deadline - now).days
    if view.deadline <= now:
        return translate("AccessRequests", "{day} (overdue)").format(day=day)
    return translate("AccessRequests", "{day} ({n} days left)").format(day=day, n=days)


class AccessRequestModel(ColumnsTableModel):
    COL_REF, COL_KIND, COL_CUSTOMER, COL_REQUESTER, COL_RECEIVED, COL_DEADLINE, COL_STATUS = range(
        7
    )
    COLUMN_COUNT = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DsarView] = []
        self._now: datetime | None = None
        self._lock = icon("secret")
        self._headers = [
            self.tr("Reference"),
            self.tr("Kind"),
            self.tr("Customer"),
            self.tr("Requester"),
            self.tr("Received"),
            self.tr("Deadline"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: list[DsarView], now: datetime) -> None:
        self.beginResetModel()
        self._rows, self._now = list(rows), now
        self.endResetModel()

    def request(self, row: int) -> DsarView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self.request(index.row()) if index.isValid() else None
        if view is None or self._now is None:
            return None
        column, now = index.column(), self._now
        if role == Qt.ItemDataRole.DisplayRole:
            texts: dict[int, Callable[[], str]] = {
                self.COL_REF: lambda: view.ref,
                self.COL_KIND: lambda: kind_label(view.kind),
                self.COL_CUSTOMER: lambda: " ".join(
                    v for v in (view.customer_ref, view.customer_name) if v
                ),
                self.COL_REQUESTER: lambda: view.requester_name,
                self.COL_RECEIVED: lambda: date_text(view.received_at),
                self.COL_DEADLINE: lambda: deadline_text(view, now),
                self.COL_STATUS: lambda: status_text(view),
            }
            return texts[column]()
        secret = view.secrecy and column == self.COL_CUSTOMER
        if role == Qt.ItemDataRole.DecorationRole and secret:
            return self._lock
        if role == Qt.ItemDataRole.ToolTipRole and secret:
            return self.tr(
                "A secrecy flag covers this customer: what it covers is left out of the "
                "answer without trace, and recorded internally."
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_DEADLINE:
            return colour("late") if view.open and view.deadline <= now else None
        return None


class NewRequestDialog(ActionDialog):
    """A data-subject request as received: kind, customer, requester, identity check."""

    def __init__(self, context: OperationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("newAccessRequestDialog")
        self.setWindowTitle(self.tr("New data-subject request"))
        self.created: DsarView | None = None
        heading = QLabel(self.tr("New data-subject request"))
        heading.setObjectName("dialogHeading")
        self._build_fields(context.services)
        hint = QLabel(
            self.tr(
                "Keep no copy of an identity document. A citizen service number (BSN) typed "
                "anywhere is masked before it is stored. The answer is due one month after "
                "receipt (art. 12(3) GDPR)."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind of request"), self.kind)
        form.addRow(self.tr("Customer number"), self.customer)
        form.addRow(self.tr("Requester"), self.requester)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Received at"), self.received)
        form.addRow(self.tr("Identity checked by"), self.method)
        form.addRow(self.tr("Notes on the check"), self.notes)
        buttons = self.confirm_buttons(self.tr("Register request"), "registerRequest")
        self.save = self.confirm_button
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(680)

    def _build_fields(self, services: AppServices) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("requestKind")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.customer = QLineEdit()
        self.customer.setObjectName("requestCustomer")
        self.customer.setPlaceholderText(self.tr("customer number, e.g. C1001"))
        self.requester = QLineEdit()
        self.requester.setObjectName("requestRequester")
        self.email = QLineEdit()
        self.email.setObjectName("requestEmail")
        now = as_utc(services.clock()).astimezone(AMSTERDAM)
        self.received = QDateTimeEdit(
            QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0)
        )
        self.received.setObjectName("requestReceived")
        self.received.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.method = QComboBox()
        self.method.setObjectName("identityMethod")
        # Long choices must not squeeze the form's labels: the list shows them in full.
        self.method.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.method.setMinimumContentsLength(24)
        for method in IDENTITY_METHODS:
            self.method.addItem(identity_label(method), method)
        self.notes = QLineEdit()
        self.notes.setObjectName("identityNotes")
        self.notes.setPlaceholderText(self.tr("how and by whom; never a copy of the document"))

    def value(self) -> DsarInput:
        received = self.received.dateTime()
        moment = datetime(
            received.date().year(),
            received.date().month(),
            received.date().day(),
            received.time().hour(),
            received.time().minute(),
            tzinfo=AMSTERDAM,
        )
        return DsarInput(
            kind=str(self.kind.currentData()),
            customer_ref=self.customer.text().strip(),
            requester_name=self.requester.text().strip(),
            requester_email=self.email.text().strip(),
            received_at=as_utc(moment),
            identity_method=str(self.method.currentData()),
            identity_notes=self.notes.text(),
        )

    def _on_confirmed(self) -> None:
        data = self.value()
        if not data.customer_ref or not data.requester_name:
            self.show_message(self.tr("Fill in the customer number and the requester."))
            return
        self.run(request_operations.register(self.context, data), self._on_created)

    def _on_created(self, view: DsarView) -> None:
        self.created = view
        self.accept()

    def refusal_text(self, error: BaseException) -> str | None:
        if isinstance(error, LawfulreqError) and error.code == "customer_not_found":
            return self.tr("No customer has this number.")
        if isinstance(error, LawfulreqError) and error.default_code == "validation":
            return self.tr("Check the fields: {detail}").format(detail=error.message)
        return None


def first_page_image(pdf: bytes, width: int) -> QImage | None:
    """The first page as an image when this Qt has QtPdf; None otherwise (a summary shows)."""
    if importlib.util.find_spec("PySide6.QtPdf") is None:
        return None
    qtpdf = importlib.import_module("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.pageCount() < 1:
        return None
    size = document.pagePointSize(0)
    height = int(width * size.height() / max(size.width(), 1))
    image: QImage = document.render(0, QSize(width, height))
    return image


class AnswerDialog(FittedDialog):
    """The answer to an access request: language, a preview, then save and record it."""

    def __init__(
        self, context: OperationContext, request: DsarView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accessAnswerDialog")
        self.setWindowTitle(self.tr("Answer to {ref}").format(ref=request.ref))
        self.context, self.request = context, request
        self.preview_answer: AccessAnswer | None = None
        self.saved: Path | None = None
        heading = QLabel(self.tr("Answer to the access request {ref}").format(ref=request.ref))
        heading.setObjectName("dialogHeading")
        self.lang = QComboBox()
        self.lang.setObjectName("answerLanguage")
        reader_name(self.lang, self.tr("Language of the answer"))
        self.lang.addItem(self.tr("Dutch"), "nl")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.currentIndexChanged.connect(lambda _i: self.load_preview())
        self.summary = QLabel()
        self.summary.setObjectName("answerSummary")
        self.summary.setWordWrap(True)
        self.page = QLabel()
        self.page.setObjectName("answerPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Preview of the answer"))
        scroll.setWidget(self.page)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(220)
        self.page_area = scroll
        note = QLabel(
            self.tr(
                "Disclosures under a secrecy flag in force are left out without any trace; "
                "the restriction records say what was left out and why (visible to the FG "
                "and the auditor only)."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.lang)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save and record answer…"))
        self.save_button.setObjectName("saveAnswer")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(700)
        self.load_preview()

    def language(self) -> str:
        return str(self.lang.currentData())

    def load_preview(self) -> None:
        dsar, actor, ref, lang = (
            self.context.services.dsar,
            self.context.actor,
            self.request.id,
            self.language(),
        )
        self.context.tasks.submit(
            lambda _c: dsar.preview(actor, ref, lang=lang),  # type: ignore[arg-type]
            self._on_preview,
            description="preview an access answer",
        )

    def _on_preview(self, answer: AccessAnswer) -> None:
        self.preview_answer = answer
        pages = len(re.findall(rb"/Type /Page\b", answer.pdf))
        self.summary.setText(
            " ".join(
                (
                    self.tr("%n page(s).", "", pages),
                    self.tr(
                        "The answer gives the person's contact data, services and numbers, the "
                        "kinds of usage data held with their retention, and %n recipient(s) "
                        "among the authorities; the daily delivery to CIOT (art. 13.4 "
                        "Telecommunicatiewet) is named apart.",
                        "",
                        answer.recipients_listed,
                    ),
                )
            )
        )
        image = first_page_image(answer.pdf, 560)
        if image is None:
            self.page_area.hide()
        else:
            self.page.setPixmap(QPixmap.fromImage(image))
            self.page_area.show()
        # The preview may arrive after the dialog was sized: reserve the summary's height at
        # the narrowest width the dialog can have, then let the dialog grow to fit it.
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        narrowest = self.minimumWidth() - sides
        self.summary.setMinimumHeight(self.summary.heightForWidth(max(narrowest, 200)))
        if self.isVisible():
            fit_height(self)

    def _on_save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save answer"), f"{self.request.ref}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        request_operations.answer(self.context, self.request, self.language()).run(
            Then(lambda answer: self._on_answered(path, answer), parent=self)
        )

    def _on_answered(self, path: Path, answer: AccessAnswer) -> None:
        try:
            path.write_bytes(answer.pdf)
            path.chmod(0o600)
        except OSError as exc:
            self.summary.setText(
                self.tr("Cannot write {path}: {error}").format(
                    path=str(path), error=exc.strerror or str(exc)
                )
            )
            return
        self.saved = path
        self.summary.setText(self.tr("Answer recorded and saved as {path}.").format(path=str(path)))


class AccessRequestsScreen(ListScreen):
    LISTS = frozenset({Kind.ACCESS_REQUEST})

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("accessRequestsScreen")
        self.due_before: datetime | None = None
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setObjectName("newAccessRequest")
        self.new_button.clicked.connect(self._on_new_clicked)
        self.answer_button = QPushButton(self.tr("Answer…"))
        self.answer_button.setObjectName("answerAccessRequest")
        self.answer_button.clicked.connect(self._on_answer_clicked)
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.extend_button.setObjectName("extendAccessRequest")
        self.extend_button.clicked.connect(self._on_extend_clicked)
        self.pause_button = QPushButton(self.tr("Wait for the person"))
        self.pause_button.setObjectName("pauseAccessRequest")
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.open_only = QComboBox()
        self.open_only.setObjectName("requestFilter")
        reader_name(self.open_only, self.tr("Which requests"))
        self.open_only.addItems([self.tr("Open requests"), self.tr("All requests")])
        self.open_only.currentIndexChanged.connect(lambda _i: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(self.open_only)
        bar.addStretch(1)
        for button in (
            self.new_button,
            self.answer_button,
            self.extend_button,
            self.pause_button,
        ):
            bar.addWidget(button)
        self.model = AccessRequestModel(self)
        self.table = self.list_table(self.model, "accessRequestsTable", self.tr("Access requests"))
        self.table.horizontalHeader().setSectionResizeMode(
            AccessRequestModel.COL_REQUESTER, QHeaderView.ResizeMode.Stretch
        )
        self.lay_out(
            self.tr(
                "Requests from customers about their own data (art. 15-21 GDPR). The answer is "
                "due one month after receipt; it may be extended once by two months, with a "
                "reason. While you wait for the person the deadline stands still."
            ),
            bar,
            self.table,
        )
        self._on_selection_changed()

    def apply_request(self, payload: object) -> None:
        if isinstance(payload, DsarQuery):
            self.due_before = payload.due_before
            self.open_only.blockSignals(True)
            self.open_only.setCurrentIndex(0)
            self.open_only.blockSignals(False)
            self.refresh()

    def refresh(self) -> None:
        services, actor = self.context.services, self.context.actor
        open_only, due = self.open_only.currentIndex() == 0, self.due_before
        self.due_before = None
        self.context.tasks.submit(
            lambda _c: (
                services.dsar.list(actor, open_only=open_only, due_before=due),
                services.clock(),
            ),
            self._on_loaded,
            description="list access requests",
        )

    def _on_loaded(self, loaded: tuple[list[DsarView], datetime]) -> None:
        rows, now = loaded
        self.model.set_rows(rows, now)
        if rows:
            self.table.selectRow(0)
        self._on_selection_changed()

    def selected(self) -> DsarView | None:
        index = self.table.currentIndex()
        return self.model.request(index.row()) if index.isValid() else None

    def select_first(self, wanted: Callable[[DsarView], bool]) -> bool:
        for row in range(self.model.row_total()):
            view = self.model.request(row)
            if view is not None and wanted(view):
                self.table.selectRow(row)
                return True
        return False

    def _on_selection_changed(self, *_args: object) -> None:
        view = self.selected()
        is_open = view is not None and view.open
        self.answer_button.setEnabled(view is not None and view.kind == "access")
        self.extend_button.setEnabled(is_open and view is not None and not view.extended_until)
        self.pause_button.setEnabled(is_open)
        self.pause_button.setText(
            self.tr("Resume")
            if view is not None and view.paused
            else self.tr("Wait for the person")
        )

    def open_new_request(self) -> NewRequestDialog:
        dialog = NewRequestDialog(self.context, self)
        dialog.finished.connect(lambda _r: self._on_new_finished(dialog))
        dialog.open()
        return dialog

    def _on_new_clicked(self) -> None:
        self.open_new_request()

    def _on_new_finished(self, dialog: NewRequestDialog) -> None:
        if dialog.created is not None:
            self.context.show_status(
                self.tr("Request {ref} registered; due {due}").format(
                    ref=dialog.created.ref, due=date_time_text(dialog.created.deadline)
                )
            )
        dialog.deleteLater()

    def open_answer(self) -> AnswerDialog | None:
        view = self.selected()
        if view is None:
            return None
        dialog = AnswerDialog(self.context, view, self)
        dialog.finished.connect(lambda _r: self._on_answer_finished(dialog))
        dialog.open()
        return dialog

    def _on_answer_finished(self, dialog: AnswerDialog) -> None:
        dialog.deleteLater()

    def _on_answer_clicked(self) -> None:
        self.open_answer()

    def _on_extend_clicked(self) -> None:
        view = self.selected()
        if view is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Extend the deadline"),
            self.tr("Why two more months are needed (the person is told):"),
        )
        if ok and reason.strip():
            request_operations.extend(self.context, view, reason).run(self._then())

    def _on_pause_clicked(self) -> None:
        view = self.selected()
        if view is None:
            return
        if view.paused:
            request_operations.resume(self.context, view).run(self._then())
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Wait for the person"), self.tr("What was asked of the person:")
        )
        if ok and reason.strip():
            request_operations.pause(self.context, view, reason).run(self._then())

    def _on_changed(self, view: DsarView) -> None:
        self.context.show_status(
            self.tr("{ref}: due {due}").format(ref=view.ref, due=date_time_text(view.deadline))
        )

    def _then(self) -> Then[DsarView]:
        return Then(self._on_changed, parent=self)
