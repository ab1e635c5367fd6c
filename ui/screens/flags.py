"""Secrecy flags: the review queue, a flag's details, its review and the four-eyes lifting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.errors import LawfulreqError
from lawfulreq.services.dashboard import FlagQuery
from lawfulreq.services.flagging import add_months
from lawfulreq.services.intake import DocumentInput
from lawfulreq.services.secrecy import FlagState, FlagView, Regime
from lawfulreq.settings_registry import FLAG_REVIEW_MONTHS
from ui.dialogs.action import ActionDialog
from ui.formats import date_text
from ui.keyboard import reader_name
from ui.labels import basis_short, code_tooltip, regime_label, scope_text
from ui.models.columns import ColumnsTableModel, Index
from ui.operations import Kind, OperationContext, Then
from ui.operations import secrecy as secrecy_operations
from ui.resources import icon
from ui.screen import ScreenContext
from ui.screens.list_screen import ListScreen
from ui.theme import colour

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
translate = QCoreApplication.translate


def local_date(value: datetime | None) -> str:
    return date_text(value) if value else ""


def state_label(state: FlagState) -> str:
    texts: dict[FlagState, Callable[[], str]] = {
        FlagState.ACTIVE: lambda: translate("FlagsScreen", "in force"),
        FlagState.LIFT_REQUESTED: lambda: translate("FlagsScreen", "lifting requested"),
        FlagState.LIFTED: lambda: translate("FlagsScreen", "lifted"),
    }
    return texts[state]()


def review_question(regime: Regime) -> str:
    """The question the review asks depends on who may end the secrecy."""
    if regime == Regime.PROSECUTOR_CONFIRMS:
        return translate(
            "FlagsScreen",
            "Has the public prosecutor confirmed in writing that the person concerned has been "
            "notified of the demand (art. 126bb lid 1 Sv)?",
        )
    return translate(
        "FlagsScreen",
        "For this demand the person is never notified. Has the authority stated in writing "
        "that secrecy is no longer needed?",
    )


def flag_error_text(error: BaseException) -> str | None:
    """Inline text for the refusals a user can correct; None: the general error handling."""
    if not isinstance(error, LawfulreqError):
        return None
    texts: dict[str, Callable[[], str]] = {
        "four_eyes": lambda: translate(
            "FlagsScreen", "You asked for this lifting yourself; another user must approve it."
        ),
        "review_date_past": lambda: translate(
            "FlagsScreen", "The next review must fall after today."
        ),
        "reason_required": lambda: translate("FlagsScreen", "Give the reason."),
        "evidence_required": lambda: translate("FlagsScreen", "Add the evidence document."),
        "flag_not_active": lambda: translate(
            "FlagsScreen",
            "Lifting has already been requested for this flag, or it has been lifted.",
        ),
    }
    maker = texts.get(error.code)
    return maker() if maker else None


class FlagTableModel(ColumnsTableModel):
    COL_CASE, COL_BASIS, COL_AUTHORITY, COL_STARTED, COL_REVIEW, COL_STATE = range(6)
    COLUMN_COUNT = 6
    FlagRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flags: list[FlagView] = []
        self._now: datetime | None = None
        self._lock = icon("secret")
        self._headers = [
            self.tr("Case"),
            self.tr("Basis"),
            self.tr("Imposed by"),
            self.tr("Since"),
            self.tr("Review on"),
            self.tr("State"),
        ]

    def set_flags(self, flags: list[FlagView], now: datetime) -> None:
        self.beginResetModel()
        self._flags = list(flags)
        self._now = now
        self.endResetModel()

    def flag(self, row: int) -> FlagView | None:
        return self._flags[row] if 0 <= row < len(self._flags) else None

    def row_total(self) -> int:
        return len(self._flags)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        flag = self.flag(index.row()) if index.isValid() else None
        if flag is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(flag, column)
        if role == self.FlagRole:
            return flag
        extras: dict[tuple[int, int], Callable[[], Any]] = {
            (Qt.ItemDataRole.DecorationRole, self.COL_CASE): lambda: (
                self._lock if flag.state != FlagState.LIFTED else None
            ),
            (Qt.ItemDataRole.ToolTipRole, self.COL_BASIS): lambda: code_tooltip(flag.basis),
            (Qt.ItemDataRole.ToolTipRole, self.COL_AUTHORITY): lambda: flag.imposed_by_organisation,
            (Qt.ItemDataRole.ForegroundRole, self.COL_REVIEW): lambda: (
                colour("late") if self._now is not None and flag.review_due(self._now) else None
            ),
        }
        maker = extras.get((int(role), column))
        return maker() if maker else None

    def _text(self, flag: FlagView, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            self.COL_CASE: lambda: flag.case_ref,
            self.COL_BASIS: lambda: basis_short(flag.basis),
            self.COL_AUTHORITY: lambda: flag.imposed_by_organisation,
            self.COL_STARTED: lambda: local_date(flag.started_at),
            self.COL_REVIEW: lambda: (
                local_date(flag.next_review) if flag.state != FlagState.LIFTED else "–"
            ),
            self.COL_STATE: lambda: state_label(flag.state),
        }
        return texts[column]()


class ReviewDialog(ActionDialog):
    """The periodic review: the regime's question; keep with a next date, or ask to lift."""

    def __init__(
        self,
        context: OperationContext,
        flag: FlagView,
        *,
        review_months: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("flagReviewDialog")
        self.setWindowTitle(self.tr("Review secrecy flag"))
        self.flag = flag
        self.result_flag: FlagView | None = None
        self.evidence_path: Path | None = None
        heading = QLabel(self.tr("Review of the flag on case {case}").format(case=flag.case_ref))
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        facts = QLabel(
            self.tr("{basis}, imposed by {authority}; secret since {since}.").format(
                basis=basis_short(flag.basis),
                authority=flag.imposed_by_organisation,
                since=local_date(flag.started_at),
            )
        )
        facts.setWordWrap(True)
        self.question = QLabel(review_question(flag.regime))
        self.question.setObjectName("reviewQuestion")
        self.question.setWordWrap(True)
        self.keep = QRadioButton(self.tr("No: keep the flag in force"))
        self.keep.setObjectName("reviewKeep")
        self.lift = QRadioButton(self.tr("Yes: request lifting (a second user approves)"))
        self.lift.setObjectName("reviewLift")
        group = QButtonGroup(self)
        group.addButton(self.keep)
        group.addButton(self.lift)
        self.keep.setChecked(True)

        self.keep_form = self._keep_form(review_months)
        self.lift_form = self._lift_form()

        buttons = self.confirm_buttons(self.tr("Record review"), "reviewConfirm")
        self.confirm = self.confirm_button
        self.keep.toggled.connect(self._on_choice_changed)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(facts)
        layout.addSpacing(6)
        layout.addWidget(self.question)
        layout.addWidget(self.keep)
        layout.addWidget(self.keep_form)
        layout.addWidget(self.lift)
        layout.addWidget(self.lift_form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(700)
        self._on_choice_changed()

    def _keep_form(self, review_months: int) -> QWidget:
        clock = self.context.services.clock
        today = as_utc(clock()).astimezone(AMSTERDAM)
        proposal = add_months(clock(), review_months).astimezone(AMSTERDAM).date()
        self.next_review = QDateEdit(QDate(proposal.year, proposal.month, proposal.day))
        self.next_review.setObjectName("nextReview")
        self.next_review.setCalendarPopup(True)
        self.next_review.setDisplayFormat("dd-MM-yyyy")
        self.next_review.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.note = QLineEdit()
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(self.tr("e.g. the investigation is still running"))
        form = QWidget()
        keep_layout = QFormLayout(form)
        keep_layout.addRow(self.tr("Next review on"), self.next_review)
        keep_layout.addRow(self.tr("Note"), self.note)
        return form

    def _lift_form(self) -> QWidget:
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("liftReason")
        self.reason.setTabChangesFocus(True)  # Tab moves on; a keyboard user is not caught here
        self.reason.setFixedHeight(64)
        self.evidence_label = QLabel(self.tr("No document chosen"))
        self.evidence_label.setObjectName("evidenceName")
        choose = QPushButton(self.tr("Choose document…"))
        choose.setObjectName("chooseEvidence")
        choose.clicked.connect(self._on_choose_clicked)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_label, 1)
        evidence_row.addWidget(choose)
        form = QWidget()
        lift_layout = QFormLayout(form)
        lift_layout.addRow(self.tr("Reason"), self.reason)
        lift_layout.addRow(self.tr("Evidence"), evidence_row)
        return form

    def _on_choice_changed(self, *_args: object) -> None:
        self.keep_form.setEnabled(self.keep.isChecked())
        self.lift_form.setEnabled(self.lift.isChecked())
        self.confirm.setText(
            self.tr("Keep and schedule review")
            if self.keep.isChecked()
            else self.tr("Request lifting")
        )

    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Evidence document"), "", self.tr("Documents (*.pdf *.png *.jpg *.txt)")
        )
        if name:
            self.set_evidence(Path(name))

    def set_evidence(self, path: Path) -> None:
        self.evidence_path = path
        self.evidence_label.setText(path.name)

    def _on_confirmed(self) -> None:
        context, flag_id = self.context, self.flag.id
        if self.keep.isChecked():
            chosen = self.next_review.date()
            day = date(chosen.year(), chosen.month(), chosen.day())
            note = self.note.text()
            self.run(secrecy_operations.keep(context, flag_id, day, note), self._on_done)
            return
        reason = self.reason.toPlainText()
        if self.evidence_path is None:
            self.show_message(self.tr("Add the evidence document."))
            return
        path = self.evidence_path
        try:
            if path.stat().st_size > MAX_EVIDENCE_BYTES:
                self.show_message(self.tr("The document is larger than 50 MB."))
                return
            content = path.read_bytes()
        except OSError:
            self.show_message(self.tr("The document cannot be read."))
            return
        document = DocumentInput(path.name, "application/octet-stream", content)
        self.run(secrecy_operations.request_lift(context, flag_id, reason, document), self._on_done)

    def _on_done(self, flag: FlagView) -> None:
        self.result_flag = flag
        self.accept()

    def refusal_text(self, error: BaseException) -> str | None:
        return flag_error_text(error)


class FlagsScreen(ListScreen):
    LISTS = frozenset({Kind.FLAG, Kind.CASE})
    FILTER_IN_FORCE, FILTER_DUE, FILTER_ALL = range(3)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("flagsScreen")
        self.flags: list[FlagView] = []
        self.due_before: datetime | None = None
        self.review_months = 6
        bar = self._toolbar()

        self.model = FlagTableModel(self)
        self.table = self.list_table(self.model, "flagsTable", self.tr("Secrecy flags"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FlagTableModel.COL_BASIS, QHeaderView.ResizeMode.Interactive)
        # Wide enough for the longest article ("art. 126na lid 2 Sv"); EU orders elide.
        header.resizeSection(
            FlagTableModel.COL_BASIS,
            self.table.fontMetrics().horizontalAdvance("art. 126na lid 2 Sv") + 20,
        )
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(FlagTableModel.COL_AUTHORITY, QHeaderView.ResizeMode.Stretch)
        # Long authority names keep their start and end (wrapping would cut them at a word).
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.doubleClicked.connect(lambda _i: self._on_review_button_clicked())

        self.details = QLabel()
        self.details.setObjectName("flagDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumWidth(280)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 300])

        self.lay_out(
            self.tr(
                "A demand must be kept secret from the customer (art. 126bb lid 5 Sv), as a rule "
                "without an end date. Review each flag when it is due; lifting needs written "
                "evidence and the approval of a second user."
            ),
            bar,
            splitter,
        )
        self._on_selection_changed()

    def _toolbar(self) -> QHBoxLayout:
        self.filter = QComboBox()
        self.filter.setObjectName("flagFilter")
        reader_name(self.filter, self.tr("Which secrecy flags"))
        self.filter.addItems(
            [self.tr("In force"), self.tr("Review due"), self.tr("All, including lifted")]
        )
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.setObjectName("reviewFlagButton")
        self.review_button.clicked.connect(self._on_review_button_clicked)
        self.approve_button = QPushButton(self.tr("Approve lifting"))
        self.approve_button.setObjectName("approveLiftButton")
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.reject_button = QPushButton(self.tr("Turn down lifting"))
        self.reject_button.setObjectName("rejectLiftButton")
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.filter)
        bar.addStretch(1)
        for button in (self.review_button, self.approve_button, self.reject_button):
            bar.addWidget(button)
        return bar

    # ------------------------------------------------------------------ loading

    def apply_request(self, payload: object) -> None:
        if isinstance(payload, FlagQuery):
            self.due_before = payload.review_due_before
            self.filter.blockSignals(True)
            self.filter.setCurrentIndex(self.FILTER_DUE)
            self.filter.blockSignals(False)
            self.refresh()

    def refresh(self) -> None:
        services, actor = self.context.services, self.context.actor
        choice = self.filter.currentIndex()
        due = None
        if choice == self.FILTER_DUE:
            due = self.due_before or services.flags.due_before_tomorrow()
        include_lifted = choice == self.FILTER_ALL

        def load(_control: object) -> tuple[list[FlagView], datetime, int]:
            flags = services.flags.list(actor, review_due_before=due, include_lifted=include_lifted)
            return flags, services.clock(), int(services.settings.value(FLAG_REVIEW_MONTHS))

        self.context.tasks.submit(load, self._on_loaded, description="list secrecy flags")

    def _on_loaded(self, loaded: tuple[list[FlagView], datetime, int]) -> None:
        flags, now, self.review_months = loaded
        selected = self.selected_flag()
        self.flags = flags
        self.model.set_flags(flags, now)
        row = next(
            (i for i, f in enumerate(flags) if selected is not None and f.id == selected.id), 0
        )
        if flags:
            self.table.selectRow(row)
        self._on_selection_changed()

    def selected_flag(self) -> FlagView | None:
        index = self.table.currentIndex()
        return self.model.flag(index.row()) if index.isValid() else None

    def select_case(self, case_ref: str) -> bool:
        for row, flag in enumerate(self.flags):
            if flag.case_ref == case_ref:
                self.table.selectRow(row)
                return True
        return False

    def _on_selection_changed(self, *_args: object) -> None:
        flag = self.selected_flag()
        mine = flag is not None and flag.lift_requested_by == self.context.actor.username
        self.review_button.setEnabled(flag is not None and flag.state == FlagState.ACTIVE)
        asked = flag is not None and flag.state == FlagState.LIFT_REQUESTED
        self.approve_button.setEnabled(asked and not mine)
        self.reject_button.setEnabled(asked and not mine)
        self.details.setText(self._details_html(flag) if flag else self.tr("No flag selected."))

    def _details_html(self, flag: FlagView) -> str:
        def row(label: str, value: str) -> str:
            return f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"

        subjects = ", ".join(s.customer_ref or s.value for s in flag.subjects) or self.tr(
            "none recorded"
        )
        rows = [
            row(self.tr("Case"), flag.case_ref),
            row(self.tr("Ground of secrecy"), flag.ground),
            row(self.tr("Who notifies"), regime_label(flag.regime)),
            row(self.tr("Imposed by"), flag.imposed_by_organisation),
            row(self.tr("Person"), flag.imposed_by_person or "–"),
            row(self.tr("Their reference"), flag.authority_reference or "–"),
            row(self.tr("Scope"), scope_text(flag.basis, flag.categories)),
            row(self.tr("Secret since"), local_date(flag.started_at)),
            row(self.tr("End date"), local_date(flag.expires_at) or self.tr("none")),
            row(self.tr("Next review"), local_date(flag.next_review)),
            row(self.tr("Covers"), subjects),
            row(self.tr("State"), state_label(flag.state)),
        ]
        if flag.last_reviewed_at:
            rows.append(
                row(
                    self.tr("Last review"),
                    f"{local_date(flag.last_reviewed_at)} ({flag.last_reviewed_by})",
                )
            )
        if flag.lift_requested_at:
            rows.append(
                row(
                    self.tr("Lifting requested"),
                    f"{local_date(flag.lift_requested_at)} ({flag.lift_requested_by}): "
                    f"{flag.lift_reason} [{flag.lift_evidence}]",
                )
            )
        if flag.lifted_at:
            rows.append(row(self.tr("Lifted"), f"{local_date(flag.lifted_at)} ({flag.lifted_by})"))
        return "<table cellspacing='4'>" + "".join(rows) + "</table>"

    # ------------------------------------------------------------------ actions

    def open_review(self) -> ReviewDialog | None:
        flag = self.selected_flag()
        if flag is None or flag.state != FlagState.ACTIVE:
            return None
        dialog = ReviewDialog(self.context, flag, review_months=self.review_months, parent=self)
        dialog.finished.connect(lambda _r: self._on_review_finished(dialog))
        dialog.open()
        return dialog

    def _on_review_button_clicked(self) -> None:
        self.open_review()

    def _on_review_finished(self, dialog: ReviewDialog) -> None:
        if dialog.result_flag is not None:
            self.context.show_status(
                self.tr("Review of the flag on {case} recorded").format(
                    case=dialog.result_flag.case_ref
                )
            )
        dialog.deleteLater()

    def _on_approve_button_clicked(self) -> None:
        flag = self.selected_flag()
        if flag is None:
            return
        secrecy_operations.approve_lift(self.context, flag.id).run(
            Then(self._on_changed, parent=self)
        )

    def _on_reject_button_clicked(self) -> None:
        flag = self.selected_flag()
        if flag is None:
            return
        reason = self.tr("Turned down at review: the evidence does not suffice.")
        secrecy_operations.reject_lift(self.context, flag.id, reason).run(
            Then(self._on_changed, parent=self)
        )

    def _on_changed(self, flag: FlagView) -> None:
        self.context.show_status(
            self.tr("Flag on {case}: {state}").format(
                case=flag.case_ref, state=state_label(flag.state)
            )
        )
