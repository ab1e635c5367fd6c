"""The Cases section: the filtered case list, a case's detail page and the new-case dialog."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.domain.deadlines import DUE_SOON_DAYS, due_soon_before
from lawfulreq.domain.enums import CaseStatus
from lawfulreq.security.permissions import Permission
from lawfulreq.services.authorities import AuthorityView
from lawfulreq.services.cases import CaseFilter, UserChoice
from lawfulreq.services.catalogue import LegalBasisView
from ui.delegates import StatusChipDelegate
from ui.dialogs.new_case import IntakeFormData, NewCaseDialog
from ui.empty_state import EmptyStateStack
from ui.formats import date_time_text
from ui.keyboard import keyboard_table, reader_name
from ui.labels import basis_text, status_label
from ui.models.case_table import CaseTableModel
from ui.navigation import NewCaseRequest
from ui.operations import CASE_KINDS, ChangeEvent, Kind
from ui.screen import Screen, ScreenContext
from ui.screens.case_detail import CaseDetailScreen

# v2: the secrecy column became a lock beside the reference (old states had one more column).
SETTINGS_HEADER_KEY = "cases/header_state_v2"
OLD_SETTINGS_HEADER_KEY = "cases/header_state"

translate = QCoreApplication.translate


def describe_filter(flt: CaseFilter) -> str:
    """A filter from elsewhere (a dashboard counter) in words, so the user sees what is shown."""

    parts: list[str] = []
    if flt.statuses:
        parts.append(", ".join(status_label(s) for s in sorted(flt.statuses)))
    elif flt.open_only:
        parts.append(translate("CasesScreen", "open cases"))
    if flt.due_from is not None:
        parts.append(
            translate("CasesScreen", "due from {time}").format(time=date_time_text(flt.due_from))
        )
    if flt.due_before is not None:
        parts.append(
            translate("CasesScreen", "due before {time}").format(
                time=date_time_text(flt.due_before)
            )
        )
    if flt.emergency:
        parts.append(translate("CasesScreen", "emergency"))
    return " · ".join(parts) or translate("CasesScreen", "all cases")


@dataclass(frozen=True)
class FilterChoices:
    """What the filter boxes offer; loaded once in the background."""

    authorities: list[AuthorityView]
    bases: list[LegalBasisView]
    users: list[UserChoice]


# The list shows each case's status, owner and deadline (a disclosure's approval moves its
# case); a purge deletes closed cases.
_LISTED_KINDS = CASE_KINDS | {Kind.STORED_DATA}


class CaseListPage(QWidget):
    """Filters, the paged table and its count; double click or Enter opens a case."""

    case_opened = Signal(str)
    new_case_requested = Signal()
    filter_changed = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPage")
        self.context = context
        self.model = CaseTableModel(
            context.services.cases,
            context.actor,
            self,
            status_text=status_label,
            tasks=context.tasks,
        )
        # A filter another screen sent (a dashboard counter); the boxes narrow it further.
        self.preset: CaseFilter | None = None
        self.choices_loaded = False
        self._build_filters()
        self._build_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("casesCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(self._search_row)
        layout.addLayout(self._filter_row)
        layout.addWidget(self.preset_bar)
        self.table_view = EmptyStateStack(self.table)
        self.table_view.setObjectName("casesTableView")
        self.table_view.show_loading()
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._on_narrowing_changed)
        for combo in (self.authority, self.basis, self.owner):
            combo.currentIndexChanged.connect(self._on_narrowing_changed)
        self.status.currentIndexChanged.connect(self._on_scope_changed)
        self.due.toggled.connect(self._on_scope_changed)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.new_button.clicked.connect(self.new_case_requested)
        self.clear_preset_button.clicked.connect(self._on_clear_preset_button_clicked)
        self.model.loaded.connect(self._on_model_loaded)
        context.changes.changed.connect(self._on_changes_changed)

    # ------------------------------------------------------------------ building

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("casesSearch")
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search reference, authority, parket number"))
        self.new_button = QPushButton(self.tr("New case…"))
        self.new_button.setObjectName("casesNew")
        self.new_button.setToolTip(self.tr("Register a new demand (Ctrl+N)"))
        # Hidden, not just disabled: the role never creates cases (the service refuses too).
        self.new_button.setVisible(self.context.can(Permission.EDIT_CASES))
        self._search_row = QHBoxLayout()
        self._search_row.addWidget(self.search, 1)
        self._search_row.addWidget(self.new_button)

        self.status = QComboBox()
        self.status.setObjectName("casesStatus")
        reader_name(self.status, self.tr("Status"))
        self.status.addItem(self.tr("All states"), "")
        self.status.addItem(self.tr("Open"), "open")
        for s in CaseStatus:
            self.status.addItem(status_label(s), s.value)
        self.authority = QComboBox()
        self.authority.setObjectName("casesAuthority")
        reader_name(self.authority, self.tr("Authority"))
        self.authority.addItem(self.tr("All authorities"), 0)
        self.basis = QComboBox()
        self.basis.setObjectName("casesBasis")
        reader_name(self.basis, self.tr("Legal basis"))
        self.basis.addItem(self.tr("All legal bases"), "")
        self.owner = QComboBox()
        self.owner.setObjectName("casesOwner")
        reader_name(self.owner, self.tr("Handled by"))
        self.owner.addItem(self.tr("Anyone"), 0)
        self.owner.addItem(self.tr("My cases"), self.context.actor.user_id)
        self.due = QCheckBox(self.tr("Due within {days} days").format(days=DUE_SOON_DAYS))
        self.due.setObjectName("casesDue")
        self._filter_row = QHBoxLayout()
        for combo in (self.status, self.authority, self.basis, self.owner):
            # Share the row evenly whatever the entries (authority names can be long).
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(110)
            self._filter_row.addWidget(combo, 1)
        self._filter_row.addWidget(self.due)

        self.preset_bar = QWidget()
        self.preset_bar.setObjectName("casesPresetBar")
        self.preset_label = QLabel()
        self.preset_label.setObjectName("casesPreset")
        self.preset_label.setWordWrap(True)
        self.clear_preset_button = QPushButton(self.tr("Show all cases"))
        self.clear_preset_button.setObjectName("casesClearPreset")
        bar = QHBoxLayout(self.preset_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.preset_label, 1)
        bar.addWidget(self.clear_preset_button)
        self.preset_bar.hide()

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("casesTable")
        keyboard_table(self.table, self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Long authority names keep their start and their end ("Openbaar … Amsterdam").
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights keep scrolling through 100,000 rows cheap.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.status_chips = StatusChipDelegate(CaseTableModel.SummaryRole, self.table)
        self.table.setItemDelegateForColumn(CaseTableModel.COL_STATUS, self.status_chips)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CaseTableModel.COL_AUTHORITY, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, for the longest usual value of each column.
        metrics = self.table.fontMetrics()
        samples = {
            CaseTableModel.COL_REF: "LR-2026-000000",
            CaseTableModel.COL_STATUS: status_label(CaseStatus.AWAITING_CONFIRMATION),
            CaseTableModel.COL_BASIS: "art. 126na lid 2 Sv",
            CaseTableModel.COL_RECEIVED: "20-11-2026",
            CaseTableModel.COL_DUE: "20-11-2026 10:00",
            CaseTableModel.COL_LEFT: translate("CaseTableModel", "{n} days late").format(n=12),
            CaseTableModel.COL_OWNER: "officer2",
        }
        for column, sample in samples.items():
            header_text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # The header's own font, and room for the sort arrow.
            header_width = header.fontMetrics().horizontalAdvance(header_text) + 30
            # The reference also carries the lock of a secret demand.
            icon = self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            room = 16 + (icon + 6 if column == CaseTableModel.COL_REF else 0)
            room += 10 if column == CaseTableModel.COL_STATUS else 0  # the chip's own margin
            self.table.setColumnWidth(
                column, max(metrics.horizontalAdvance(sample) + room, header_width)
            )
        # Sorting is enabled: the view itself asks the model to sort when the indicator moves.
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        header.setSortIndicator(CaseTableModel.COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self._restore_columns()

    # ------------------------------------------------------------------ loading

    def load_choices(self) -> None:
        """Fill the authority, basis and owner boxes (once; F5 reloads the rows only)."""
        services, actor = self.context.services, self.context.actor
        self.context.tasks.submit(
            lambda _control: FilterChoices(
                services.authorities.list(actor),
                services.catalogue.current(),
                services.cases.users(actor),
            ),
            self._on_choices_loaded,
            description="case filter choices",
            parent_widget=self,
        )

    def _on_choices_loaded(self, choices: FilterChoices) -> None:
        self.choices_loaded = True
        for combo in (self.authority, self.basis, self.owner):
            combo.blockSignals(True)
        for a in choices.authorities:
            self.authority.addItem(a.name, a.id)
        for b in choices.bases:
            self.basis.addItem(basis_text(b.code, b), b.code)
            self.basis.setItemData(self.basis.count() - 1, b.code, Qt.ItemDataRole.ToolTipRole)
        for u in choices.users:
            if u.id != self.context.actor.user_id:
                self.owner.addItem(u.username, u.id)
        for combo in (self.authority, self.basis, self.owner):
            combo.blockSignals(False)

    def reload(self) -> None:
        if not self.choices_loaded:
            self.load_choices()
        self.count_label.setText(self.tr("Loading…"))
        self.model.reload()

    def _on_changes_changed(self, event: ChangeEvent) -> None:
        """A case's status, owner or deadline may have changed, or cases were purged."""
        if event.touches(_LISTED_KINDS):
            self.reload()

    def _on_model_loaded(self, count: int) -> None:
        self.count_label.setText(
            self.tr("1 case") if count == 1 else self.tr("{n} cases").format(n=count)
        )
        if count:
            self.table_view.show_content()
        else:
            self.table_view.show_message(self.tr("No case matches these filters."))

    # ------------------------------------------------------------------ filters

    def current_filter(self) -> CaseFilter:
        # "All" entries carry 0 or "", never None (see _restore_columns on PySide6 and None).
        narrowed = {
            "owner_id": self.owner.currentData() or None,
            "authority_id": self.authority.currentData() or None,
            "legal_basis_code": self.basis.currentData() or None,
        }
        if self.preset is not None:
            chosen = {k: v for k, v in narrowed.items() if v is not None}
            return replace(self.preset, text=self.search.text(), **chosen)
        state = self.status.currentData()
        statuses = frozenset({CaseStatus(state)}) if state and state != "open" else frozenset()
        due = due_soon_before(self.context.services.clock()) if self.due.isChecked() else None
        return CaseFilter(
            statuses=statuses,
            open_only=state == "open" or due is not None,
            text=self.search.text(),
            due_before=due,
            **narrowed,
        )

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        self.filter_changed.emit()

    def show_preset(self, flt: CaseFilter) -> None:
        """Show exactly `flt` (what a dashboard counter counted); the boxes start empty."""
        self.preset = flt
        for widget in (self.status, self.authority, self.basis, self.owner, self.due, self.search):
            widget.blockSignals(True)
        for combo in (self.status, self.authority, self.basis, self.owner):
            combo.setCurrentIndex(0)
        self.due.setChecked(False)
        self.search.clear()
        for widget in (self.status, self.authority, self.basis, self.owner, self.due, self.search):
            widget.blockSignals(False)
        self.preset_label.setText(
            self.tr("Showing the dashboard's selection: {what}").format(what=describe_filter(flt))
        )
        self.preset_bar.show()
        self.model.set_filter(self.current_filter(), reload=False)

    def clear_preset(self) -> None:
        self.preset = None
        self.preset_bar.hide()

    def _on_narrowing_changed(self) -> None:
        self.apply_filters()

    def _on_scope_changed(self) -> None:
        # State and deadline boxes replace the dashboard's selection rather than narrow it.
        self.clear_preset()
        self.apply_filters()

    def _on_clear_preset_button_clicked(self) -> None:
        self.clear_preset()
        self.apply_filters()

    # ------------------------------------------------------------------ table

    def select_ref(self, ref: str) -> bool:
        """Select a case if it is among the rows fetched so far (e.g. just created)."""
        for row in range(min(self.model.rowCount(), 200)):
            summary = self.model.item(row)
            if summary is not None and summary.ref == ref:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def selected_ref(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        ref = self.model.data(rows[0], CaseTableModel.RefRole)
        return ref if isinstance(ref, str) else None

    def column_menu(self) -> QMenu:
        """Show or hide columns (the reference stays); kept with the column layout."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("casesColumnsMenu")
        for column in range(1, CaseTableModel.COLUMN_COUNT):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(
                lambda shown, column=column: self._on_column_action_toggled(column, shown)
            )
        return menu

    def _on_header_context_menu_requested(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    def _on_column_action_toggled(self, column: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self._columns_changed = True

    def _on_table_activated(self, index: QModelIndex) -> None:
        ref = self.model.data(index, CaseTableModel.RefRole)
        if ref:
            self.case_opened.emit(ref)

    def _restore_columns(self) -> None:
        """Columns the user moved or resized come back (kept with the shell's preferences)."""
        header = self.table.horizontalHeader()
        # Always with a default: PySide6 6.12 on Python 3.11 miscounts references on a None it
        # returns for a missing key, which crashes the interpreter later.
        settings = self.context.preferences.settings
        settings.remove(OLD_SETTINGS_HEADER_KEY)
        state = settings.value(SETTINGS_HEADER_KEY, QByteArray())
        if isinstance(state, QByteArray) and not state.isEmpty():
            header.restoreState(state)
        else:
            # At 1280 pixels eight columns leave the authority a few letters: the received
            # date (also on the case page) waits in the header's menu; the deadline shows.
            header.hideSection(CaseTableModel.COL_RECEIVED)
        self._columns_changed = False
        header.sectionMoved.connect(self._on_header_changed)
        header.sectionResized.connect(self._on_header_section_resized)

    def _on_header_changed(self) -> None:
        self._columns_changed = True

    def _on_header_section_resized(self, column: int) -> None:
        # The stretching Authority column follows the window; only the user's changes count.
        if column != CaseTableModel.COL_AUTHORITY:
            self._columns_changed = True

    def save_columns(self) -> None:
        if self._columns_changed:
            state = self.table.horizontalHeader().saveState()
            self.context.preferences.settings.setValue(SETTINGS_HEADER_KEY, state)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_columns()
        super().hideEvent(event)


class CasesScreen(Screen):
    """The section: the list, or one case's detail page with a way back."""

    case_opened = Signal(str)
    case_created = Signal(str)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("casesScreen")
        self.list_page = CaseListPage(context)
        self.detail: CaseDetailScreen | None = None
        self.new_case_dialog: NewCaseDialog | None = None
        self._new_case_loading = False
        self.pages = QStackedWidget()
        self.pages.setObjectName("casesPages")
        self.pages.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.list_page.case_opened.connect(self.open_case)
        self.list_page.new_case_requested.connect(self.open_new_case)

    # Short names the tests and other code use.
    @property
    def model(self) -> CaseTableModel:
        return self.list_page.model

    @property
    def showing_detail(self) -> bool:
        return self.detail is not None and self.pages.currentWidget() is self.detail

    # ------------------------------------------------------------------ Screen API

    def refresh(self) -> None:
        if self.showing_detail and self.detail is not None:
            self.detail.reload()
        else:
            self.list_page.reload()

    def apply_request(self, payload: object) -> None:
        if isinstance(payload, CaseFilter):
            self.show_list()
            self.list_page.show_preset(payload)
        elif isinstance(payload, NewCaseRequest):
            self.open_new_case()

    def focus_search(self) -> bool:
        if self.showing_detail:
            self.show_list()
            self.list_page.reload()
        self.list_page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_page.search.selectAll()
        return True

    # ------------------------------------------------------------------ pages

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        if self.detail is not None:
            self.pages.removeWidget(self.detail)
            self.detail.deleteLater()
            self.detail = None

    def open_case(self, ref: str, *, audit_view: bool = True) -> CaseDetailScreen:
        if self.detail is not None:
            self.pages.removeWidget(self.detail)
            self.detail.deleteLater()
        self.detail = CaseDetailScreen(self.context, ref)
        self.detail.back_requested.connect(self._on_detail_back_requested)
        self.pages.addWidget(self.detail)
        self.pages.setCurrentWidget(self.detail)
        self.detail.reload(audit_view=audit_view)
        self.case_opened.emit(ref)
        return self.detail

    def _on_detail_back_requested(self) -> None:
        ref = self.detail.ref if self.detail is not None else None
        self.show_list()
        if ref is not None:
            self.list_page.select_ref(ref)
        self.list_page.table.setFocus()

    # ------------------------------------------------------------------ new case

    def open_new_case(self) -> NewCaseDialog | None:
        """Ctrl+N or the button: the guided intake form, window-modal, not blocking.

        The form's reference data (legal bases, rule settings, the authority register) is read
        in the background first; with a synchronous runner the dialog is open on return.
        """
        if not self.context.can(Permission.EDIT_CASES):
            self.context.show_status(self.tr("Your role cannot register new cases."))
            return None
        if self.new_case_dialog is not None:
            self.new_case_dialog.raise_()
            self.new_case_dialog.activateWindow()
            return self.new_case_dialog
        if self._new_case_loading:
            return None
        self._new_case_loading = True
        # Feedback for the moment the form's data is read (a busy database can take a while).
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        services, actor = self.context.services, self.context.actor
        job = self.context.tasks.submit(
            lambda _control: IntakeFormData.load(services, actor),
            self._show_new_case_dialog,
            on_error=self._on_new_case_reference_failed,
            description="new-case form data",
        )
        # Whatever happens to this screen meanwhile, the cursor comes back with the job's end.
        if job.done:
            QApplication.restoreOverrideCursor()
        else:
            job.finished.connect(QApplication.restoreOverrideCursor)
        return self.new_case_dialog

    def _show_new_case_dialog(self, form_data: IntakeFormData) -> None:
        self._new_case_loading = False
        dialog = NewCaseDialog(self.context, self, form_data=form_data)
        dialog.finished.connect(lambda result: self._on_new_case_dialog_finished(dialog, result))
        self.new_case_dialog = dialog
        dialog.open()

    def _on_new_case_reference_failed(self, error: BaseException) -> None:
        self._new_case_loading = False
        self.context.tasks.report(error, self)

    def _on_new_case_dialog_finished(self, dialog: NewCaseDialog, result: int) -> None:
        self.new_case_dialog = None
        dialog.deleteLater()
        created = dialog.created
        if result != QDialog.DialogCode.Accepted or created is None:
            return
        self.context.show_status(self.tr("Case {ref} registered.").format(ref=created.ref))
        self.show_list()
        self.list_page.model.loaded.connect(
            lambda _count, ref=created.ref: self._select_created(ref),
            Qt.ConnectionType.SingleShotConnection,
        )
        self.list_page.reload()
        self.case_created.emit(created.ref)

    def _select_created(self, ref: str) -> None:
        if not self.list_page.select_ref(ref):
            self.context.show_status(
                self.tr("Case {ref} registered; the current filter does not show it.").format(
                    ref=ref
                )
            )
