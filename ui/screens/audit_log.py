"""The Audit log: filter the trail, read one event with its hashes, and verify the hash chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.services.audit import AuditEventView, AuditFilter, AuditLocation, ChainReport
from ui.audit_words import details_text
from ui.empty_state import EmptyStateStack
from ui.formats import date_time_text, qt_date_format
from ui.keyboard import FilterDateEdit, buddy_label, keyboard_table
from ui.labels import audit_action_text, code_tooltip, object_text
from ui.models.audit_table import AuditTableModel
from ui.resources import MONO_FONT_FAMILY
from ui.screen import Screen, ScreenContext

NO_DATE = QDate(2000, 1, 1)
translate = QCoreApplication.translate
FILTER_DELAY_MS = 300


@dataclass(frozen=True)
class VerifyOutcome:
    report: ChainReport
    location: AuditLocation | None


def _line_edit(combo: QComboBox) -> QLineEdit:
    edit = combo.lineEdit()
    assert edit is not None, "an editable combo box has a line edit"
    return edit


def _selectable(name: str, *, mono: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(not mono)
    if mono:
        label.setFont(QFont(MONO_FONT_FAMILY, 9))
    return label


class AuditLogScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("auditLogScreen")
        services = context.services
        self.model = AuditTableModel(services.audit, context.actor, context.tasks, self)
        self.model.loaded.connect(self._on_model_reloaded)
        self.last_outcome: VerifyOutcome | None = None
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)

        filters = self._build_filters()
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setObjectName("verifyChainButton")
        self.verify_button.setToolTip(
            self.tr("Recompute every event's hash and check that none was changed or removed.")
        )
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.chain_result = QLabel()
        self.chain_result.setObjectName("chainResult")
        self.chain_result.setWordWrap(True)
        self.chain_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_result.hide()

        self.table = self._build_table()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("auditSplitter")
        self.table_view = EmptyStateStack(self.table)
        self.table_view.setObjectName("auditTableView")
        self.table_view.show_loading()
        self.table_view.setMinimumHeight(220)  # rows to read, not a slit above the details
        splitter.addWidget(self.table_view)
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)

        verify_row = QHBoxLayout()
        verify_row.addWidget(self.chain_result, 1)
        verify_row.addWidget(
            self.verify_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 12)
        layout.addLayout(filters)
        layout.addLayout(verify_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.show_event(None)

    # ------------------------------------------------------------------ building

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("auditTable")
        keyboard_table(table, self.tr("Audit events"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (AuditTableModel.COL_ID, 70),
            (AuditTableModel.COL_AT, 140),
            (AuditTableModel.COL_ACTOR, 110),
            (AuditTableModel.COL_ACTION, 250),
            (AuditTableModel.COL_CASE, 120),
            (AuditTableModel.COL_OBJECT, 160),
        ):
            table.setColumnWidth(column, width)
        table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        return table

    def _build_filters(self) -> QGridLayout:
        self.user = QComboBox()
        self.user.setObjectName("auditUserFilter")
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _line_edit(self.user).setPlaceholderText(self.tr("any user"))
        self.action = QComboBox()
        self.action.setObjectName("auditActionFilter")
        self.action.setEditable(True)
        self.action.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _line_edit(self.action).setPlaceholderText(self.tr("any action"))
        self.action.setToolTip(
            self.tr('An action, or the start of one ending in a dot: "login." is every sign-in.')
        )
        self.case = QLineEdit()
        self.case.setObjectName("auditCaseFilter")
        self.case.setPlaceholderText(self.tr("reference or #number"))
        self.since = self._date_edit("auditSinceFilter")
        self.until = self._date_edit("auditUntilFilter")
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Search all fields"))
        self.search.setToolTip(self.tr("Search in users, actions, objects, reasons, details"))
        self.search.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearAuditFilters")
        self.clear_button.clicked.connect(self.clear_filters)

        for combo in (self.user, self.action):
            combo.currentTextChanged.connect(self._on_filter_text_changed)
        for edit in (self.case, self.search):
            edit.textChanged.connect(self._on_filter_text_changed)
        for day in (self.since, self.until):
            day.dateChanged.connect(self._on_filter_changed)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(buddy_label(self.tr("User:"), self.user), 0, 0)
        grid.addWidget(self.user, 0, 1)
        grid.addWidget(buddy_label(self.tr("Action:"), self.action), 0, 2)
        grid.addWidget(self.action, 0, 3)
        grid.addWidget(buddy_label(self.tr("Case:"), self.case), 0, 4)
        grid.addWidget(self.case, 0, 5)
        grid.addWidget(buddy_label(self.tr("From:"), self.since), 1, 0)
        grid.addWidget(self.since, 1, 1)
        grid.addWidget(buddy_label(self.tr("To:"), self.until), 1, 2)
        grid.addWidget(self.until, 1, 3)
        grid.addWidget(buddy_label(self.tr("Search:"), self.search), 1, 4)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        grid.addLayout(search_row, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 3)
        return grid

    def _date_edit(self, name: str) -> QDateEdit:
        edit = FilterDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(qt_date_format())
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        return edit

    def _build_details(self) -> QWidget:
        box = QWidget()
        box.setObjectName("auditDetails")
        self.detail_heading = QLabel(self.tr("Select an event to see its details."))
        self.detail_heading.setObjectName("sectionHeading")
        self.detail_fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in (
            ("when", self.tr("Time:")),
            ("who", self.tr("User:")),
            ("what", self.tr("Action:")),
            ("case", self.tr("Case:")),
            ("object", self.tr("Object:")),
            ("reason", self.tr("Reason:")),
        ):
            label = _selectable(f"auditDetail_{key}")
            self.detail_fields[key] = label
            form.addRow(caption, label)
        hashes = QFormLayout()
        for key, caption in (("hash", self.tr("Hash:")), ("prev", self.tr("Previous hash:"))):
            label = _selectable(f"auditDetail_{key}", mono=True)
            self.detail_fields[key] = label
            hashes.addRow(caption, label)
        self.details_json = QPlainTextEdit()
        self.details_json.setObjectName("auditDetailsJson")
        self.details_json.setReadOnly(True)
        self.details_json.setPlaceholderText(self.tr("No details"))
        right = QVBoxLayout()
        right.addWidget(buddy_label(self.tr("Details:"), self.details_json))
        right.addWidget(self.details_json, 1)
        columns = QHBoxLayout()
        columns.addLayout(form, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.detail_heading)
        layout.addLayout(columns, 1)
        layout.addLayout(hashes)
        return box

    # ------------------------------------------------------------------ Screen API

    def refresh(self) -> None:
        audit, actor = self.context.services.audit, self.context.actor
        self.context.tasks.submit(
            lambda _control: audit.facets(actor), self._on_facets_loaded, description="audit facets"
        )
        self.model.reload()

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def apply_request(self, payload: object) -> None:
        if isinstance(payload, AuditFilter):
            self._set_fields(payload)
            self.apply_filters()

    # ------------------------------------------------------------------ filters

    def _on_facets_loaded(self, facets: object) -> None:
        actors = getattr(facets, "actors", [])
        actions = getattr(facets, "actions", [])
        prefixes = sorted({a.split(".", 1)[0] + "." for a in actions if "." in a})
        text = self.user.currentText()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem("")
        self.user.addItems(actors)
        self.user.setEditText(text)
        self.user.blockSignals(False)
        # Actions in words; the code (or a group's "login.") is the item's data and tooltip.
        text = self.action.currentText()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem("", "")
        for code in [*prefixes, *actions]:
            words = action_group_text(code) if code.endswith(".") else audit_action_text(code)
            self.action.addItem(words, code)
            self.action.setItemData(
                self.action.count() - 1, code_tooltip(code), Qt.ItemDataRole.ToolTipRole
            )
        self.action.setEditText(text)
        self.action.blockSignals(False)

    def _on_filter_text_changed(self, _text: str) -> None:
        self._filter_timer.start()

    def _on_filter_changed(self) -> None:
        self.apply_filters()

    def current_filter(self) -> AuditFilter:
        case = self.case.text().strip()
        case_id: int | None = None
        case_ref = case
        if case.startswith("#") and case[1:].isdigit():
            case_id, case_ref = int(case[1:]), ""
        since = self._day_start(self.since.date())
        until = self._day_start(self.until.date(), next_day=True)
        return AuditFilter(
            actor=self.user.currentText().strip(),
            action=self._action_code(),
            case_id=case_id,
            case_ref=case_ref,
            since=since,
            until=until,
            text=self.search.text().strip(),
        )

    def _action_code(self) -> str:
        """The chosen action's code; typed text (a code or the start of one) as it is."""
        text = self.action.currentText().strip()
        index = self.action.findText(text)
        code = self.action.itemData(index) if index > 0 else None
        return str(code) if code else text.rstrip("*")

    @staticmethod
    def _day_start(day: QDate, *, next_day: bool = False) -> datetime | None:
        """Midnight in Amsterdam of the chosen day (or the day after, for an inclusive end)."""
        if day <= NO_DATE:
            return None
        chosen: date = day.toPython()  # type: ignore[assignment]
        if next_day:
            chosen += timedelta(days=1)
        return as_utc(datetime.combine(chosen, time.min, tzinfo=AMSTERDAM))

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        self._set_fields(AuditFilter())
        self.apply_filters()

    def _set_fields(self, flt: AuditFilter) -> None:
        widgets = (self.user, self.action, self.case, self.search, self.since, self.until)
        for widget in widgets:
            widget.blockSignals(True)
        self.user.setEditText(flt.actor)
        index = self.action.findData(flt.action) if flt.action else -1
        self.action.setEditText(self.action.itemText(index) if index > 0 else flt.action)
        self.case.setText(flt.case_ref or (f"#{flt.case_id}" if flt.case_id is not None else ""))
        self.search.setText(flt.text)
        for edit, moment in ((self.since, flt.since), (self.until, flt.until)):
            if moment is None:
                edit.setDate(NO_DATE)
            else:
                edit.setDate(QDate(as_utc(moment).astimezone(AMSTERDAM).date()))
        for widget in widgets:
            widget.blockSignals(False)

    def _on_model_reloaded(self, count: int) -> None:
        self.count_label.setText(self.tr("Events: {count}").format(count=count))
        if count == 0:
            self.show_event(None)
            self.table_view.show_message(self.tr("No event matches these filters."))
        else:
            self.table_view.show_content()

    # ------------------------------------------------------------------ details

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_event(self.model.event_at(current.row()) if current.isValid() else None)

    def show_event(self, event: AuditEventView | None) -> None:
        fields = self.detail_fields
        if event is None:
            self.detail_heading.setText(self.tr("Select an event to see its details."))
            for label in fields.values():
                label.clear()
            self.details_json.clear()
            return
        self.detail_heading.setText(self.tr("Event {number}").format(number=event.id))
        case = event.case_ref or ""
        if event.case_id is not None:
            case = f"{case} (#{event.case_id})" if case else f"#{event.case_id}"
        fields["when"].setText(date_time_text(event.at))
        fields["who"].setText(event.actor)
        fields["what"].setText(audit_action_text(event.action))
        fields["what"].setToolTip(code_tooltip(event.action))
        fields["case"].setText(case)
        fields["object"].setText(object_text(event.object_type, event.object_id))
        fields["reason"].setText(event.reason)
        fields["hash"].setText(event.hash)
        fields["prev"].setText(event.prev_hash)
        self.details_json.setPlainText(details_text(event.details))

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # ------------------------------------------------------------------ verify

    def _on_verify_button_clicked(self) -> None:
        audit, actor = self.context.services.audit, self.context.actor

        def verify(_control: object) -> VerifyOutcome:
            report = audit.verify(actor)
            location = None
            if not report.ok and report.first_broken is not None:
                location = audit.locate(actor, report.first_broken)
            return VerifyOutcome(report, location)

        self.verify_button.setEnabled(False)
        job = self.context.tasks.submit(
            verify,
            self._on_verified,
            description="verify the audit chain",
            parent_widget=self,
            progress_title=self.tr("Checking the audit log…"),
        )
        job.finished.connect(lambda: self.verify_button.setEnabled(True))
        if job.done:
            self.verify_button.setEnabled(True)

    def _on_verified(self, outcome: VerifyOutcome) -> None:
        self.last_outcome = outcome
        report = outcome.report
        if report.ok:
            self.chain_result.setProperty("state", "ok")
            self.chain_result.setText(
                self.tr(
                    "The audit log is intact. Events checked: {count}. Head hash: {hash}"
                ).format(count=report.events, hash=report.head_hash)
            )
            self.model.set_broken(None)
            self.model.reload()
        else:
            self.chain_result.setProperty("state", "broken")
            self.chain_result.setText(self._broken_text(report))
            self.chain_result.setToolTip(report.problem)
            location = outcome.location
            self.model.set_broken(location.event_id if location is not None else None)
            # The broken event is shown whatever the filters were.
            self._set_fields(AuditFilter())
            row = location.row if location is not None else -1
            self.model.set_filter(AuditFilter(), then=lambda _count: self.select_row(row))
        self.chain_result.style().unpolish(self.chain_result)
        self.chain_result.style().polish(self.chain_result)
        self.chain_result.show()
        self.context.show_status(
            self.tr("Audit log verified") if report.ok else self.tr("Audit log broken")
        )

    def _broken_text(self, report: ChainReport) -> str:
        event = report.first_broken
        reasons = {
            "missing": self.tr("event {event} was removed"),
            "not_chained": self.tr("event {event} does not follow the event before it"),
            "altered": self.tr("event {event} was changed after it was written"),
            "anchor_missing": self.tr("the sealed record of the chain's end is missing"),
            "anchor_forged": self.tr(
                "the sealed record of the chain's end does not match its seal"
            ),
            "truncated": self.tr("the last events, from event {event} on, were removed"),
            "not_anchored": self.tr("event {event} was added outside LawfulReq"),
            "earlier_anchor_broken": self.tr(
                "an earlier check found the chain's sealed end broken"
            ),
            "emptied": self.tr("every event and the sealed end were removed"),
        }
        reason = reasons.get(report.code, report.problem).format(event=event)
        return self.tr("The audit log is BROKEN: {reason}. Events checked: {count}.").format(
            reason=reason, count=report.events
        )


def action_group_text(prefix: str) -> str:
    """A group of actions ("login.") in words, for the action filter."""
    groups = {
        "login.": translate("AuditLogScreen", "Signing in"),
        "user.": translate("AuditLogScreen", "Users"),
        "case.": translate("AuditLogScreen", "Cases"),
        "subscriber.": translate("AuditLogScreen", "Lookups"),
        "setting.": translate("AuditLogScreen", "Settings"),
        "settings.": translate("AuditLogScreen", "Settings (legal)"),
        "flag.": translate("AuditLogScreen", "Secrecy flags"),
        "dsar.": translate("AuditLogScreen", "Data subjects' requests"),
        "disclosure.": translate("AuditLogScreen", "Disclosures"),
        "demo.": translate("AuditLogScreen", "Demo data"),
        "data.": translate("AuditLogScreen", "Imports"),
        "catalogue.": translate("AuditLogScreen", "Legal rules"),
        "backup.": translate("AuditLogScreen", "Backups"),
        "authority.": translate("AuditLogScreen", "Authorities"),
        "audit.": translate("AuditLogScreen", "Audit log"),
    }
    group = groups.get(prefix, prefix)
    return translate("AuditLogScreen", "{group}: every action").format(group=group)
