"""The cases list: filters, a paged server-sorted table, remembered columns, days left."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.domain.enums import CaseStatus
from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseFilter
from lawfulreq.services.registry import AppServices
from ui.models.case_table import CaseTableModel

SETTINGS_HEADER_KEY = "cases/header_state"


def status_text(status: str) -> str:
    """The translated name of a case state."""
    names = {
        "received": QCoreApplication.translate("CaseStatus", "received"),
        "awaiting_confirmation": QCoreApplication.translate(
            "CaseStatus", "awaiting written confirmation"
        ),
        "under_review": QCoreApplication.translate("CaseStatus", "under review"),
        "on_hold": QCoreApplication.translate("CaseStatus", "on hold"),
        "approved": QCoreApplication.translate("CaseStatus", "approved for disclosure"),
        "disclosed": QCoreApplication.translate("CaseStatus", "disclosed"),
        "closed": QCoreApplication.translate("CaseStatus", "closed"),
        "rejected": QCoreApplication.translate("CaseStatus", "rejected"),
        "withdrawn": QCoreApplication.translate("CaseStatus", "withdrawn"),
    }
    return names.get(status, status)


class CasesScreen(QWidget):
    """List of cases; emits case_opened(ref) on double click or Enter."""

    case_opened = Signal(str)
    new_case_requested = Signal()

    def __init__(self, services: AppServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesScreen")
        self._services = services
        self._actor = actor
        self.model = CaseTableModel(services.cases, actor, self, status_text=status_text)
        filters = self._build_filters()
        self._build_table()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("casesCount")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.status, self.authority, self.basis, self.owner):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.due.toggled.connect(self.apply_filters)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.new_button.clicked.connect(self.new_case_requested)
        self._update_count()

    def _build_filters(self) -> QHBoxLayout:
        services, actor = self._services, self._actor
        self.search = QLineEdit(self)
        self.search.setObjectName("casesSearch")
        self.search.setPlaceholderText(self.tr("Search reference, authority, parket number"))
        self.status = QComboBox(self)
        self.status.setObjectName("casesStatus")
        self.status.addItem(self.tr("All states"), "")
        self.status.addItem(self.tr("Open"), "open")
        for s in CaseStatus:
            self.status.addItem(status_text(s.value), s.value)
        self.authority = QComboBox(self)
        self.authority.setObjectName("casesAuthority")
        self.authority.addItem(self.tr("All authorities"), None)
        for a in services.authorities.list(actor):
            self.authority.addItem(a.name, a.id)
        self.basis = QComboBox(self)
        self.basis.setObjectName("casesBasis")
        self.basis.addItem(self.tr("All legal bases"), "")
        for b in services.catalogue.current():
            self.basis.addItem(f"{b.code} ({b.label})", b.code)
        self.owner = QComboBox(self)
        self.owner.setObjectName("casesOwner")
        self.owner.addItem(self.tr("Anyone"), None)
        self.owner.addItem(self.tr("My cases"), actor.user_id)
        for u in services.cases.users(actor):
            if u.id != actor.user_id:
                self.owner.addItem(u.username, u.id)
        self.due = QCheckBox(self.tr("Due within 3 days"), self)
        self.due.setObjectName("casesDue")
        self.new_button = QPushButton(self.tr("New case…"), self)
        self.new_button.setObjectName("casesNew")
        self.new_button.setEnabled(actor.role.value != "auditor")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.status, self.authority, self.basis, self.owner):
            filters.addWidget(widget, 1)
        filters.addWidget(self.due)
        filters.addWidget(self.new_button)
        return filters

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("casesTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights keep scrolling through 100,000 rows cheap.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CaseTableModel.COL_AUTHORITY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 170), (2, 90), (4, 125), (5, 125), (6, 110)):
            self.table.setColumnWidth(column, width)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        header.setSortIndicator(CaseTableModel.COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self._restore_columns()

    def current_filter(self) -> CaseFilter:
        state = self.status.currentData()
        statuses = frozenset({CaseStatus(state)}) if state and state != "open" else frozenset()
        due = self._services.clock() + timedelta(days=3) if self.due.isChecked() else None
        return CaseFilter(
            statuses=statuses,
            open_only=state == "open" or due is not None,
            owner_id=self.owner.currentData(),
            authority_id=self.authority.currentData(),
            legal_basis_code=self.basis.currentData() or None,
            text=self.search.text(),
            due_before=due,
        )

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def reload(self) -> None:
        self.model.reload()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", self.model.rowCount()))

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        ref = self.model.data(index, CaseTableModel.RefRole)
        if ref:
            self.case_opened.emit(ref)

    def _restore_columns(self) -> None:
        state = QSettings().value(SETTINGS_HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def save_columns(self) -> None:
        QSettings().setValue(SETTINGS_HEADER_KEY, self.table.horizontalHeader().saveState())

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_columns()
        super().hideEvent(event)
