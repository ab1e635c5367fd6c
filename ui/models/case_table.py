"""The cases table: a model fed page by page from the case service, sorted by the server."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QIcon, QPixmap

from lawfulreq.services.base import Actor
from lawfulreq.services.cases import (
    CaseFilter,
    CaseService,
    CaseSort,
    CaseSummary,
    case_cursor,
)
from ui.formats import date_text, date_time_text
from ui.labels import basis_short
from ui.models.paged import PagedTableModel
from ui.resources import icon
from ui.tasks import TaskRunner
from ui.theme import colour

translate = QCoreApplication.translate


@cache
def secret_icon() -> QIcon:
    """The lock beside a secret demand's reference (made once, on the GUI thread)."""
    return icon("secret")


@cache
def blank_icon() -> QIcon:
    """Room for the lock beside a reference that is not secret."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


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


def time_left_text(case: CaseSummary) -> str:
    """Days (or hours) left or late; a paused clock shows greyed, its status says why."""
    d = case.deadline
    if d is None or d.time_left is None:
        return ""
    if d.overdue:
        late = max(1, -d.time_left.days)
        if late == 1:
            return translate("CaseTableModel", "1 day late")
        return translate("CaseTableModel", "{n} days late").format(n=late)
    return amount_text(d.days_left or 0, d.hours_left or 0)


class CaseTableModel(PagedTableModel[CaseSummary]):
    """Rows come from `CaseService.list`, sorted by the database, a page at a time."""

    COL_REF, COL_STATUS, COL_BASIS, COL_AUTHORITY, COL_RECEIVED, COL_DUE, COL_LEFT = range(7)
    COL_OWNER = 7
    COLUMN_COUNT = 8
    SummaryRole = Qt.ItemDataRole.UserRole + 1
    RefRole = Qt.ItemDataRole.UserRole + 2
    EXTRA_ROLES = frozenset(
        {
            SummaryRole,
            RefRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
        }
    )

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
        tasks: TaskRunner,
        status_text: Callable[[str], str] | None = None,
        case_filter: CaseFilter | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._cases = cases
        self._actor = actor
        self._filter = case_filter or CaseFilter()
        self._sort = CaseSort.RECEIVED_AT
        self._descending = True
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
        ]

    # ------------------------------------------------------------------ the query

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, flt: CaseFilter, *, reload: bool = True) -> None:
        self._filter = flt
        if reload:
            self.reload()

    def counter(self) -> Callable[[], int]:
        cases, actor, flt = self._cases, self._actor, self._filter
        return lambda: cases.count(actor, flt)

    def fetcher(self, number: int) -> Callable[[], list[CaseSummary]]:
        """Keyset paging where it can: the page after a fetched one starts after its last row;
        a page in the second half is asked from the end (the last page reads one page, not
        100,000 skipped rows); other pages (a jump into the middle) use OFFSET."""
        cases, actor, flt = self._cases, self._actor, self._filter
        sort, descending, size = self._sort, self._descending, self.PAGE_SIZE
        first, count = number * size, self.row_total()
        previous = self._pages.get(number - 1) if number else None
        cursor = case_cursor(previous[-1][0], sort) if previous and len(previous) == size else None
        if cursor is not None:
            return lambda: cases.list(
                actor, flt, limit=size, sort=sort, descending=descending, after=cursor
            )
        if number and first >= count - first:
            end = min(count, first + size)
            return lambda: cases.list(
                actor, flt, offset=count - end, limit=max(0, end - first), sort=sort,
                descending=descending, from_end=True,
            )  # fmt: skip
        return lambda: cases.list(
            actor, flt, offset=first, limit=size, sort=sort, descending=descending
        )

    def row_of(self, ref: str) -> int | None:
        """The row of a case among the pages already fetched (for selecting a new case)."""
        return next((row for row, case in self.fetched_items() if case.ref == ref), None)

    def summary(self, row: int) -> CaseSummary | None:
        return self.item(row)

    # ------------------------------------------------------------------ cells

    def role_data(self, case: CaseSummary, column: int, role: int) -> Any:
        value: Any = None
        if role == self.SummaryRole:
            value = case
        elif role == self.RefRole:
            value = case.ref
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.COL_LEFT:
            value = self._left_brush(case)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_LEFT:
            paused = case.deadline is not None and case.deadline.paused
            value = self.tr("Paused: the clock stops while the case is on hold") if paused else None
        elif role == Qt.ItemDataRole.DecorationRole and column == self.COL_REF:
            # An empty icon of the same size keeps every reference in one column.
            value = secret_icon() if case.secrecy else blank_icon()
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REF and case.secrecy:
            value = self.tr("Secret demand: never tell the customer (art. 126bb Sv)")
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_AUTHORITY:
            value = case.authority
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_RECEIVED:
            value = date_time_text(case.received_at)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_BASIS:
            value = case.legal_basis
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LEFT:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return value

    def texts(self, case: CaseSummary) -> tuple[str, ...]:
        # Runs in a worker: plain functions only (the model may be gone by then).
        return (
            case.ref,
            self._status_text(case.status.value),
            basis_short(case.legal_basis),
            case.authority,
            # The date is enough in the list; the tooltip has the time.
            date_text(case.received_at),
            date_time_text(case.due_at),
            time_left_text(case),
            case.owner,
        )

    @staticmethod
    def _left_brush(case: CaseSummary) -> QBrush | None:
        d = case.deadline
        if d is not None and d.overdue:
            return QBrush(colour("overdue"))
        return QBrush(colour("paused")) if d is not None and d.paused else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = self._SORTS.get(column)
        if sort is None:
            return
        self._sort = sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.resort()
