"""Lookup: who was behind an identifier at a moment or during a period, for one case."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QDateTime, QItemSelection, Qt, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.clock import AMSTERDAM
from lawfulreq.domain.enums import TargetKind
from lawfulreq.errors import ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services.catalogue import LegalBasisView
from lawfulreq.services.lookup import (
    LookupCase,
    LookupResult,
    SubscriberMatch,
    detect,
    parse_query,
)
from ui.empty_state import EmptyStateStack
from ui.formats import date_time_text, phone_text, postcode_text, qt_date_time_format
from ui.keyboard import keyboard_table
from ui.labels import basis_text
from ui.models.lookup_table import (
    CAPPED_COLUMNS,
    NAME_COLUMN,
    LookupTableModel,
    service_label,
)
from ui.navigation import LookupRequest
from ui.operations import Then
from ui.operations import disclosures as disclosure_operations
from ui.screen import Screen, ScreenContext

translate = QCoreApplication.translate


class LookupScreen(Screen):
    """Query box with live detection, moment or period, case, results, detail and history."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("lookupScreen")
        self.result: LookupResult | None = None
        self.cases: list[LookupCase] = []
        # A lookup sent by another screen waits until the cases are loaded.
        self._pending: LookupRequest | None = None
        # Bumped whenever the query, the case or the time changes: an answer that arrives
        # for an older question is not shown (it was asked, and audited, for that one).
        self._question = 0

        self.query = QLineEdit()
        self.query.setObjectName("lookupQuery")
        self.query.setPlaceholderText(
            self.tr("Number, IMSI, IMEI, ICCID, IBAN, e-mail, IP[:port], postcode + number, name")
        )
        self.detected = QLabel()
        self.detected.setObjectName("lookupDetected")

        self.case = QComboBox()
        self.case.setObjectName("lookupCase")
        self.case.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # No case is chosen until the user chooses one: every lookup is audited per case.
        self.case.setPlaceholderText(self.tr("Choose the case this lookup is for…"))
        self.case.setMinimumContentsLength(30)

        self.at_moment = QRadioButton(self.tr("At a moment"))
        self.at_moment.setObjectName("lookupAtMoment")
        self.over_period = QRadioButton(self.tr("During a period"))
        self.over_period.setObjectName("lookupOverPeriod")
        modes = QButtonGroup(self)
        modes.addButton(self.at_moment)
        modes.addButton(self.over_period)
        self.at_moment.setChecked(True)
        now = _qt_time(context.services.clock())
        self.at = self._time_edit("lookupAt", now)
        self.at.setAccessibleName(self.tr("Moment"))
        self.period_from = self._time_edit("lookupFrom", now.addMonths(-1))
        self.period_to = self._time_edit("lookupTo", now)

        self._build_results(context)
        self._layout()
        self._connect()

    def _build_results(self, context: ScreenContext) -> None:
        self.run_button = QPushButton(self.tr("Look up"))
        self.run_button.setObjectName("lookupRun")
        self.run_button.setDefault(True)
        self.add_button = QPushButton(self.tr("Add to case"))
        self.add_button.setObjectName("lookupAddToCase")
        self.add_button.setToolTip(
            self.tr("Attach the selected holders (or all) to the case's disclosure draft")
        )
        self.add_button.setEnabled(False)
        self.add_button.setVisible(context.can(Permission.PREPARE_DISCLOSURE))

        self.summary = QLabel()
        self.summary.setObjectName("lookupSummary")
        self.summary.setWordWrap(True)

        self.model = LookupTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("lookupTable")
        keyboard_table(self.table, self.tr("Holders found"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in CAPPED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.results = EmptyStateStack(self.table)
        self.results.setObjectName("lookupResults")
        self.detail = QTextBrowser()
        self.detail.setObjectName("lookupDetail")
        self.detail.setAccessibleName(self.tr("Details and history of the selected holder"))
        self.detail.setOpenLinks(False)

    def _connect(self) -> None:
        self.query.textChanged.connect(self._on_query_text_changed)
        self.query.returnPressed.connect(self.run_lookup)
        self.run_button.clicked.connect(self.run_lookup)
        self.add_button.clicked.connect(self.add_to_case)
        self.at_moment.toggled.connect(self._on_mode_toggled)
        # Whatever changes the question takes the old answer off the screen.
        self.case.currentIndexChanged.connect(self._on_question_changed)
        self.at_moment.toggled.connect(self._on_question_changed)
        for edit in (self.at, self.period_from, self.period_to):
            edit.dateTimeChanged.connect(self._on_question_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_mode_toggled(True)
        self._on_query_text_changed("")
        self._show_detail(None)
        self._show_no_answer()

    def _time_edit(self, name: str, value: QDateTime) -> QDateTimeEdit:
        edit = QDateTimeEdit(value)
        edit.setObjectName(name)
        edit.setDisplayFormat(qt_date_time_format())
        edit.setCalendarPopup(True)
        edit.setTimeZone(QTimeZone(b"Europe/Amsterdam"))
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Identifier or name:"), self.query)
        form.addRow("", self.detected)
        form.addRow(self.tr("Case:"), self.case)

        when = QGroupBox(self.tr("When"))
        when.setObjectName("lookupWhen")
        moment_row = QHBoxLayout()
        moment_row.addWidget(self.at_moment)
        moment_row.addWidget(self.at)
        moment_row.addStretch(1)
        period_row = QHBoxLayout()
        period_row.addWidget(self.over_period)
        period_row.addWidget(self.period_from)
        period_row.addWidget(QLabel(self.tr("until")))
        period_row.addWidget(self.period_to)
        period_row.addStretch(1)
        when_layout = QVBoxLayout(when)
        when_layout.addLayout(moment_row)
        when_layout.addLayout(period_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.summary, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("lookupSplitter")
        splitter.addWidget(self.results)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 12)
        layout.addLayout(form)
        layout.addWidget(when)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------------ screen API

    def refresh(self) -> None:
        services, actor = self.context.services, self.context.actor
        self.context.tasks.submit(
            lambda _control: (services.lookup.cases(actor), services.catalogue.current()),
            self._show_cases,
            description="lookup cases",
            parent_widget=self,
        )

    def apply_request(self, payload: object) -> None:
        """A LookupRequest with a case is looked up at once (e.g. a case's target); a query
        without a case (or a plain text) is only filled in, for the user to choose the case."""
        if isinstance(payload, str):
            payload = LookupRequest(payload)
        if not isinstance(payload, LookupRequest):
            return
        self.query.setText(payload.query)
        if payload.case_ref is None:
            return
        self._pending = payload
        if self.case.findData(payload.case_ref) >= 0:
            self._take_pending()

    def focus_search(self) -> bool:
        self.query.setFocus()
        self.query.selectAll()
        return True

    # ------------------------------------------------------------------ actions

    def run_lookup(self) -> None:
        ref = self.case.currentData()
        if not isinstance(ref, str):
            self.summary.setText(self.tr("Choose the case this lookup is for."))
            self.case.setFocus()
            return
        if detect(self.query.text()) is None:
            ambiguous = self._ambiguity(self.query.text())
            self.summary.setText(ambiguous or self.tr("Type a valid identifier or name first."))
            return
        text = self.query.text()
        services, actor = self.context.services, self.context.actor
        if self.at_moment.isChecked():
            at = _py_time(self.at.dateTime())
            period: tuple[datetime | None, datetime | None] = (None, None)
        else:
            at = None
            period = (_py_time(self.period_from.dateTime()), _py_time(self.period_to.dateTime()))
        question = self._question
        self.results.show_message(self.tr("Looking up…"))
        self.context.tasks.submit(
            lambda _control: services.lookup.lookup(
                actor, ref, text, at=at, period_from=period[0], period_to=period[1]
            ),
            lambda result: self._show_result(result, question),
            description="lookup",
            parent_widget=self,
        )

    def add_to_case(self) -> None:
        result = self.result
        if result is None or not result.matches:
            return
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        chosen = [self.model.match_at(r) for r in rows] or list(result.matches)
        disclosure_operations.add_lookup_result(self.context, result, chosen).run(
            Then(self._on_added, parent=self)
        )

    # ------------------------------------------------------------------ results

    def _show_cases(self, loaded: tuple[list[LookupCase], list[LegalBasisView]]) -> None:
        cases, bases = loaded
        self.cases = cases
        by_code = {basis.code: basis for basis in bases}
        current = self.case.currentData()
        # Refilling keeps the user's choice (or no choice): no case is ever chosen for them.
        self.case.blockSignals(True)
        self.case.clear()
        for row, case in enumerate(cases):
            basis = by_code.get(case.legal_basis)
            self.case.addItem(f"{case.ref} · {basis_text(case.legal_basis, basis)}", case.ref)
            self.case.setItemData(row, case.legal_basis, Qt.ItemDataRole.ToolTipRole)
        self.case.setPlaceholderText(
            self.tr("Choose the case this lookup is for…")
            if cases
            else self.tr("No open case allows a subscriber lookup")
        )
        self.case.setEnabled(bool(cases))
        self.case.setCurrentIndex(self.case.findData(current) if isinstance(current, str) else -1)
        self.case.blockSignals(False)
        if self.case.currentData() != current:
            self._on_question_changed()
        if self._pending is not None and self.case.findData(self._pending.case_ref) >= 0:
            self._take_pending()

    def _take_pending(self) -> None:
        """Choose the case the other screen named and look its query up."""
        pending, self._pending = self._pending, None
        assert pending is not None
        self.case.setCurrentIndex(self.case.findData(pending.case_ref))
        self.query.setText(pending.query)
        self.run_lookup()

    def _on_question_changed(self, *_args: object) -> None:
        """The query, case or time changed: the shown answer no longer belongs to it."""
        self._question += 1
        had_answer = self.result is not None
        self.result = None
        self.model.set_matches(())
        self.add_button.setEnabled(False)
        self._show_detail(None)
        self._show_no_answer()
        self.summary.setText(self.tr("The question changed: look up again.") if had_answer else "")

    def _show_no_answer(self) -> None:
        if not isinstance(self.case.currentData(), str):
            text = self.tr("Choose the case this lookup is for, then type an identifier or name.")
        else:
            text = self.tr("Type an identifier or name and press Look up.")
        self.results.show_message(text)

    def _mark_covered(self, result: LookupResult) -> None:
        """The secrecy badge (issue 12): holders a secrecy flag in force covers."""
        flags, actor = self.context.services.flags, self.context.actor
        keys = [m.customer_key for m in result.matches]
        if keys:
            self.context.tasks.submit(
                lambda _c: flags.covered_customers(actor, keys),
                self.model.set_covered,
                description="secrecy of the holders found",
            )

    def _show_result(self, result: LookupResult, question: int | None = None) -> None:
        self.context.show_status(self.tr("Lookup recorded in the audit log for %1.").replace(
            "%1", result.case_ref
        ))  # fmt: skip
        if question is not None and question != self._question:
            return  # asked before the query, case or time changed: not this question's answer
        self.result = result
        self.model.set_matches(result.matches)
        self._mark_covered(result)
        self._fit_columns()
        self.add_button.setEnabled(bool(result.matches))
        count = len(result.matches)
        if result.truncated:
            text = self.tr("More than %n holder(s) found: refine the query.", "", count)
        elif count:
            text = self.tr("%n holder(s) found.", "", count)
        else:
            text = self.tr("Nobody held this identifier then.")
        self.summary.setText(text)
        if count:
            self.results.show_content()
            self.table.selectRow(0)
        else:
            self.results.show_message(self.tr("Nobody held this identifier then."))
            self._show_detail(None)

    def _fit_columns(self) -> None:
        """Long-text columns as wide as their contents up to their cap (the name column
        stretches to fill what is left), so the whole row fits without scrolling sideways."""
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in CAPPED_COLUMNS.items():
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, chars * char))

    def _on_added(self, items: list[int]) -> None:
        self.context.show_status(
            self.tr("%n item(s) added to the disclosure draft.", "", len(items))
        )

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_detail(self.model.match_at(rows[0].row()) if rows else None)

    def _show_detail(self, match: SubscriberMatch | None) -> None:
        if match is None:
            self.detail.setHtml(
                "<p>"
                + escape(self.tr("Select a holder to see the details and the history."))
                + "</p>"
            )
            return
        rows = [
            (self.tr("Customer"), f"{match.name} ({match.customer_id})"),
            (
                self.tr("Address"),
                f"{match.street} {match.house_number}{match.house_number_suffix}, "
                f"{postcode_text(match.postcode)} {match.town}",
            ),
            (self.tr("Number"), phone_text(match.number) or "–"),
            (self.tr("Service"), service_label(match.service_type) or "–"),
            (
                self.tr("Valid"),
                _span(match.valid_from, match.valid_to),
            ),
        ]
        if match.overlap_from is not None:
            rows.append(
                (
                    self.tr("Within the period"),
                    f"{date_time_text(match.overlap_from)} – {date_time_text(match.overlap_to)}",
                )
            )
        if match.secret_number:
            rows.append((self.tr("Directory"), self.tr("secret number (not listed)")))
        if match.ported_in_from:
            rows.append((self.tr("Ported in from"), match.ported_in_from))
        if match.ported_out_to:
            rows.append((self.tr("Ported out to"), match.ported_out_to))
        rows.append((self.tr("Held before by"), match.previous_holder or "–"))
        rows.append((self.tr("Held after by"), match.next_holder or "–"))
        if match.detail:
            rows.append((self.tr("Detail"), match.detail))
        html = ["<table cellspacing='2'>"]
        html += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
        html.append("</table>")
        history = self.result.history if self.result is not None else ()
        if history:
            title = self.tr("History of this identifier")
            html.append(f"<p><b>{escape(title)}</b></p><ul>")
            for holder in history:
                span = _span(holder.valid_from, holder.valid_to)
                extra = []
                if holder.ported_in_from:
                    extra.append(self.tr("ported in from %1").replace("%1", holder.ported_in_from))
                if holder.ported_out_to:
                    extra.append(self.tr("ported out to %1").replace("%1", holder.ported_out_to))
                note = f" ({escape(', '.join(extra))})" if extra else ""
                html.append(
                    f"<li>{escape(span)}: {escape(holder.name)} ({escape(holder.customer_id)})"
                    f"{note}</li>"
                )
            html.append("</ul>")
        self.detail.setHtml("".join(html))

    def _on_query_text_changed(self, text: str) -> None:
        self._on_question_changed()
        parsed = detect(text)
        if not text.strip():
            self.detected.setText(self.tr("The kind of identifier is recognised as you type."))
        elif parsed is None:
            self.detected.setText(self._ambiguity(text) or self.tr("Not recognised yet"))
        else:
            self.detected.setText(
                self.tr("%1: %2")
                .replace("%1", kind_label(parsed.kind))
                .replace("%2", _normalised_text(parsed.kind, parsed.normalised))
            )

    def _ambiguity(self, text: str) -> str | None:
        """What to type instead of a BSN-shaped value (refused: it may be a BSN), or None."""
        try:
            parse_query(text)
        except ValidationError as exc:
            if exc.code == "name_query_too_broad":
                return self.tr(
                    "Too broad: a name search needs a word of at least 3 letters besides "
                    "particles such as “de” or “van”. A broad search shows many people who "
                    "have nothing to do with the case. Type the full surname, or search by "
                    "postcode and house number."
                )
            if exc.code == "bsn_ambiguous":
                digits = "".join(c for c in text if c.isdigit())
                return (
                    self.tr(
                        "Ambiguous: %1 passes the BSN check, so it may be a citizen service "
                        "number, which is never looked up. For the phone number, type %2 or %3."
                    )
                    .replace("%1", text.strip())
                    .replace("%2", f"0{digits}")
                    .replace("%3", f"+31{digits}")
                )
        return None

    def _on_mode_toggled(self, _checked: bool) -> None:
        moment = self.at_moment.isChecked()
        self.at.setEnabled(moment)
        self.period_from.setEnabled(not moment)
        self.period_to.setEnabled(not moment)


def kind_label(kind: TargetKind) -> str:
    names = {
        TargetKind.PHONE_NUMBER: translate("LookupScreen", "phone number"),
        TargetKind.IMSI: translate("LookupScreen", "IMSI (SIM)"),
        TargetKind.IMEI: translate("LookupScreen", "IMEI (handset)"),
        TargetKind.ICCID: translate("LookupScreen", "ICCID (SIM card)"),
        TargetKind.IBAN: translate("LookupScreen", "IBAN"),
        TargetKind.EMAIL: translate("LookupScreen", "e-mail address"),
        TargetKind.IP: translate("LookupScreen", "IP address"),
        TargetKind.POSTCODE_HOUSE_NUMBER: translate("LookupScreen", "postcode and house number"),
        TargetKind.CUSTOMER_ID: translate("LookupScreen", "customer id"),
        TargetKind.NAME: translate("LookupScreen", "name (any word, by its start)"),
    }
    return names.get(kind, kind.value)


def _span(start: datetime | None, end: datetime | None) -> str:
    return f"{date_time_text(start) or '…'} – {date_time_text(end) or '…'}"


def _qt_time(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone(b"Europe/Amsterdam"))


def _py_time(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), AMSTERDAM)


def _normalised_text(kind: TargetKind, normalised: str) -> str:
    """What will be searched, written as the reader writes it (06-12345678, 1234 AB 5)."""
    if kind is TargetKind.PHONE_NUMBER:
        return phone_text(normalised)
    return normalised
