"""The cases table: a model fed page by page from the case service, sorted by the server."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from lawfulreq.clock import local_text
from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseFilter, CaseService, CaseSort, CaseSummary
from ui.models.columns import ColumnsTableModel, Index
from ui.tasks import TaskRunner

PAGE_SIZE = 200
MAX_PAGES = 50

translate = QCoreApplication.translate


def amount_text(days: int, hours: int) -> str:
    """Time left in days, or in hours under a day (English and Dutch share the plural rule)."""

    if days < 1:
        return (
            translate("CaseTableModel", "1 hour")
            if hours == 1
            else translate("CaseTableModel", "{n} hours").format(n=max(0, hours))
        )
    return (
        translate("CaseTableModel", "1 day")
        if days == 1
        else translate("CaseTableModel", "{n} days").format(n=days)
    )


class CaseTableModel(ColumnsTableModel):
    """Rows come from `CaseService.list` in pages of PAGE_SIZE; only visited pages are fetched.

    With a TaskRunner the count and every page are fetched off the GUI thread: rows of a page
    still on its way show empty and fill in when it arrives. Without one (model tests,
    benchmarks) everything is fetched in place.
    """

    loaded = Signal(int)  # the row count after a (re)load finished

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
        tasks: TaskRunner | None = None,
        case_filter: CaseFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._actor = actor
        self._tasks = tasks
        self._filter = case_filter or CaseFilter()
        self._sort = CaseSort.RECEIVED_AT
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        # Bumped by every reload and sort, so a late page of an old query is dropped.
        self._generation = 0
        self._pending: set[int] = set()
        self._inline = False
        self.loading = False
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
        if tasks is None:
            self.reload()

    # ------------------------------------------------------------------ loading

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, flt: CaseFilter, *, reload: bool = True) -> None:
        self._filter = flt
        if reload:
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._pending.clear()
        cases, actor, flt = self._cases, self._actor, self._filter
        if self._tasks is None:
            self._on_count_loaded(generation, cases.count(actor, flt))
            return
        self.loading = True
        self._tasks.submit(
            lambda _control: cases.count(actor, flt),
            lambda count: self._on_count_loaded(generation, count),
            description="count cases",
        )

    def _on_count_loaded(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.beginResetModel()
        self._pages.clear()
        self._count = count
        self.endResetModel()
        self.loaded.emit(count)

    def _fetch(self, number: int) -> list[CaseSummary]:
        return self._cases.list(
            self._actor,
            self._filter,
            offset=number * PAGE_SIZE,
            limit=PAGE_SIZE,
            sort=self._sort,
            descending=self._descending,
        )

    def _page(self, number: int) -> list[CaseSummary] | None:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if self._tasks is None:
            self._store(number, self._fetch(number))
            return self._pages[number]
        if number not in self._pending:
            self._pending.add(number)
            generation = self._generation
            fetch = self._fetch
            # A synchronous runner answers inside submit(): no dataChanged from inside data().
            self._inline = True
            try:
                self._tasks.submit(
                    lambda _control: fetch(number),
                    lambda rows: self._on_page_loaded(generation, number, rows),
                    on_error=lambda exc: self._on_page_failed(number, exc),
                    description=f"case page {number}",
                )
            finally:
                self._inline = False
        return self._pages.get(number)

    def _store(self, number: int, rows: list[CaseSummary]) -> None:
        self._pages[number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def _on_page_loaded(self, generation: int, number: int, rows: list[CaseSummary]) -> None:
        self._pending.discard(number)
        if generation != self._generation:
            return
        self._store(number, rows)
        if not self._inline and rows:
            first = number * PAGE_SIZE
            last = min(self._count, first + len(rows)) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1))

    def _on_page_failed(self, number: int, error: BaseException) -> None:
        self._pending.discard(number)
        assert self._tasks is not None
        self._tasks.report(error)

    def row_of(self, ref: str) -> int | None:
        """The row of a case among the pages already fetched (for selecting a new case)."""
        for number, page in self._pages.items():
            for offset, case in enumerate(page):
                if case.ref == ref:
                    return number * PAGE_SIZE + offset
        return None

    def summary(self, row: int) -> CaseSummary | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if page is not None and offset < len(page) else None

    # ------------------------------------------------------------------ Qt API

    def row_total(self) -> int:
        return self._count

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
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_RECEIVED:
            value = local_text(case.received_at)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LEFT:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return value

    def _display(self, case: CaseSummary, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            self.COL_REF: lambda: case.ref,
            self.COL_STATUS: lambda: self._status_text(case.status.value),
            self.COL_BASIS: lambda: case.legal_basis,
            self.COL_AUTHORITY: lambda: case.authority,
            # The date is enough in the list; the tooltip has the time.
            self.COL_RECEIVED: lambda: local_text(case.received_at)[:10],
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
            late = max(1, -d.time_left.days)
            return self.tr("1 day late") if late == 1 else self.tr("{n} days late").format(n=late)
        left = amount_text(d.days_left or 0, d.hours_left or 0)
        return self.tr("{left} (paused)").format(left=left) if d.paused else left

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = self._SORTS.get(column)
        if sort is None:
            return
        self._sort = sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._generation += 1
        self._pending.clear()
        self._pages.clear()
        self.layoutChanged.emit()
