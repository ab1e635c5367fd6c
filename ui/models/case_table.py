"""The cases table: a model fed page by page from the case service, sorted by the server."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import timedelta
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from lawfulreq.clock import local_text
from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseFilter, CaseService, CaseSort, CaseSummary

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
MAX_PAGES = 50


class CaseTableModel(QAbstractTableModel):
    """Rows come from `CaseService.list` in pages of PAGE_SIZE; only visited pages are fetched."""

    COL_REF, COL_STATUS, COL_BASIS, COL_AUTHORITY, COL_RECEIVED, COL_DUE, COL_LEFT = range(7)
    COL_OWNER, COL_SECRECY = 7, 8
    COLUMN_COUNT = 9
    SummaryRole = Qt.ItemDataRole.UserRole + 1
    RefRole = Qt.ItemDataRole.UserRole + 2

    _SORTS: ClassVar[dict[int, CaseSort]] = {
        COL_REF: CaseSort.REF,
        COL_STATUS: CaseSort.STATUS,
        COL_BASIS: CaseSort.LEGAL_BASIS,
        COL_AUTHORITY: CaseSort.AUTHORITY,
        COL_RECEIVED: CaseSort.RECEIVED_AT,
        COL_DUE: CaseSort.DUE_AT,
        COL_LEFT: CaseSort.DUE_AT,
        COL_OWNER: CaseSort.OWNER,
    }

    def __init__(
        self,
        cases: CaseService,
        actor: Actor,
        parent: QObject | None = None,
        *,
        status_text: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._actor = actor
        self._filter = CaseFilter()
        self._sort = CaseSort.RECEIVED_AT
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        self._status_text = status_text or (lambda s: s)
        self._headers = [
            self.tr("Reference"),
            self.tr("Status"),
            self.tr("Legal basis"),
            self.tr("Authority"),
            self.tr("Received"),
            self.tr("Due"),
            self.tr("Days left"),
            self.tr("Owner"),
            self.tr("Secrecy"),
        ]
        self.reload()

    # ------------------------------------------------------------------ loading

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._cases.count(self._actor, self._filter)
        self.endResetModel()

    def _page(self, number: int) -> list[CaseSummary]:
        page = self._pages.get(number)
        if page is None:
            page = self._cases.list(
                self._actor,
                self._filter,
                offset=number * PAGE_SIZE,
                limit=PAGE_SIZE,
                sort=self._sort,
                descending=self._descending,
            )
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def summary(self, row: int) -> CaseSummary | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= self.COLUMN_COUNT:
            return None
        case = self.summary(index.row())
        if case is None:
            return None
        column = index.column()
        value: Any = None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._display(case, column)
        elif role == self.SummaryRole:
            value = case
        elif role == self.RefRole:
            value = case.ref
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.COL_LEFT:
            overdue = case.deadline is not None and case.deadline.overdue
            value = QBrush(QColor("#b00020")) if overdue else None
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SECRECY and case.secrecy:
            value = self.tr("Secret demand: never tell the customer (Sv 126bb)")
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LEFT:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return value

    def _display(self, case: CaseSummary, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            self.COL_REF: lambda: case.ref,
            self.COL_STATUS: lambda: self._status_text(case.status.value),
            self.COL_BASIS: lambda: case.legal_basis,
            self.COL_AUTHORITY: lambda: case.authority,
            self.COL_RECEIVED: lambda: local_text(case.received_at),
            self.COL_DUE: lambda: local_text(case.due_at),
            self.COL_LEFT: lambda: self.time_left_text(case),
            self.COL_OWNER: lambda: case.owner,
            self.COL_SECRECY: lambda: self.tr("secret") if case.secrecy else "",
        }
        return texts[column]()

    def time_left_text(self, case: CaseSummary) -> str:
        d = case.deadline
        if d is None or d.time_left is None:
            return ""
        if d.overdue:
            return self.tr("overdue %n day(s)", "", max(1, -d.time_left.days))
        if d.time_left < timedelta(days=1):
            return self.tr("%n hour(s)", "", d.hours_left or 0)
        text = self.tr("%n day(s)", "", d.days_left or 0)
        return text + (self.tr(" (paused)") if d.paused else "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = self._SORTS.get(column)
        if sort is None:
            return
        self._sort = sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._pages.clear()
        self.layoutChanged.emit()
