"""The audit trail as a table: newest first, counted and fetched page by page in the background."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from lawfulreq.clock import local_text
from lawfulreq.services.audit import AuditEventView, AuditFilter, AuditService
from lawfulreq.services.base import Actor
from ui.models.columns import ColumnsTableModel, Index
from ui.tasks import TaskRunner

PAGE_SIZE = 200
MAX_PAGES = 50
BROKEN_BACKGROUND = QColor("#f8d7d3")
BROKEN_FOREGROUND = QColor("#8a1c12")


class AuditTableModel(ColumnsTableModel):
    """Rows come from `AuditService.list` in pages; a page not yet loaded shows empty cells
    until its background job answers. Stale answers (the filter changed) are dropped."""

    COL_ID, COL_AT, COL_ACTOR, COL_ACTION, COL_CASE, COL_OBJECT, COL_REASON = range(7)
    COLUMN_COUNT = 7
    EventRole = Qt.ItemDataRole.UserRole + 1
    EventIdRole = Qt.ItemDataRole.UserRole + 2

    # The row count after each (re)load; the screen waits for it before it selects a row.
    reloaded = Signal(int)

    def __init__(
        self,
        audit: AuditService,
        actor: Actor,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._audit = audit
        self._actor = actor
        self._tasks = tasks
        self._filter = AuditFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[AuditEventView]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._inside_data = False
        self.broken_id: int | None = None
        self._headers = [
            self.tr("No."),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Case"),
            self.tr("Object"),
            self.tr("Reason"),
        ]

    # ------------------------------------------------------------------ loading

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, flt: AuditFilter, then: Callable[[int], None] | None = None) -> None:
        self._filter = flt
        self.reload(then)

    def reload(self, then: Callable[[int], None] | None = None) -> None:
        """Count the matching events in the background, then show them from the top."""
        self._generation += 1
        generation = self._generation
        audit, actor, flt = self._audit, self._actor, self._filter

        def counted(count: int) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._pages.clear()
            self._pending.clear()
            self._count = count
            self.endResetModel()
            self.reloaded.emit(count)
            if then is not None:
                then(count)

        self._tasks.submit(
            lambda _control: audit.count(actor, flt), counted, description="count audit events"
        )

    def _request_page(self, number: int) -> None:
        if number in self._pending:
            return
        self._pending.add(number)
        generation = self._generation
        audit, actor, flt = self._audit, self._actor, self._filter

        def loaded(rows: list[AuditEventView]) -> None:
            if generation != self._generation:
                return
            self._pending.discard(number)
            self._pages[number] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            if not self._inside_data and rows:
                first = number * PAGE_SIZE
                self.dataChanged.emit(
                    self.index(first, 0), self.index(first + len(rows) - 1, self.COLUMN_COUNT - 1)
                )

        def failed(error: BaseException) -> None:
            self._pending.discard(number)
            self._tasks.report(error)

        self._tasks.submit(
            lambda _control: audit.list(actor, flt, offset=number * PAGE_SIZE, limit=PAGE_SIZE),
            loaded,
            on_error=failed,
            description="load audit events",
        )

    def event_at(self, row: int) -> AuditEventView | None:
        """The event on `row`, or None while its page is still loading."""
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            # A synchronous runner (tests, screenshots) answers before this returns.
            self._inside_data = True
            try:
                self._request_page(number)
            finally:
                self._inside_data = False
            page = self._pages.get(number)
            if page is None:
                return None
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def set_broken(self, event_id: int | None) -> None:
        """Mark the event a failed chain check named (None clears the mark)."""
        self.broken_id = event_id
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, self.COLUMN_COUNT - 1)
            )

    # ------------------------------------------------------------------ Qt API

    def row_total(self) -> int:
        return self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= self.COLUMN_COUNT:
            return None
        event = self.event_at(index.row())
        if event is None:
            return None
        column = index.column()
        broken = self.broken_id is not None and event.id == self.broken_id
        value: Any = None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._display(event, column)
        elif role == self.EventRole:
            value = event
        elif role == self.EventIdRole:
            value = event.id
        elif role == Qt.ItemDataRole.BackgroundRole and broken:
            value = QBrush(BROKEN_BACKGROUND)
        elif role == Qt.ItemDataRole.ForegroundRole and broken:
            value = QBrush(BROKEN_FOREGROUND)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ID:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASON and event.reason:
            value = event.reason
        return value

    def _display(self, event: AuditEventView, column: int) -> str:
        if column == self.COL_AT:
            return local_text(event.at)
        case = event.case_ref or (f"#{event.case_id}" if event.case_id is not None else "")
        texts = {
            self.COL_ID: str(event.id),
            self.COL_ACTOR: event.actor,
            self.COL_ACTION: event.action,
            self.COL_CASE: case,
            self.COL_OBJECT: f"{event.object_type} {event.object_id}".strip(),
            self.COL_REASON: event.reason.replace("\n", " "),
        }
        return texts[column]
