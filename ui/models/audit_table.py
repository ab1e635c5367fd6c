"""The audit log as a table: newest first, counted and fetched page by page in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush

from lawfulreq.services.audit import AuditEventView, AuditFilter, AuditService
from lawfulreq.services.base import Actor
from ui.formats import date_time_text
from ui.labels import audit_action_text, code_tooltip, object_text
from ui.models.paged import PagedTableModel
from ui.tasks import TaskRunner
from ui.theme import colour


class AuditTableModel(PagedTableModel[AuditEventView]):
    """Rows come from `AuditService.list` in pages; a page not yet loaded shows empty cells
    until its background job answers. Stale answers (the filter changed) are dropped."""

    COL_ID, COL_AT, COL_ACTOR, COL_ACTION, COL_CASE, COL_OBJECT, COL_REASON = range(7)
    COLUMN_COUNT = 7
    EventRole = Qt.ItemDataRole.UserRole + 1
    EventIdRole = Qt.ItemDataRole.UserRole + 2

    EXTRA_ROLES = frozenset(
        {
            EventRole,
            EventIdRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ToolTipRole,
        }
    )

    def __init__(
        self,
        audit: AuditService,
        actor: Actor,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._audit = audit
        self._actor = actor
        self._filter = AuditFilter()
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

    # ------------------------------------------------------------------ the query

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, flt: AuditFilter, then: Callable[[int], None] | None = None) -> None:
        self._filter = flt
        self.reload(then)

    def counter(self) -> Callable[[], int]:
        audit, actor, flt = self._audit, self._actor, self._filter
        return lambda: audit.count(actor, flt)

    def fetcher(self, number: int) -> Callable[[], list[AuditEventView]]:
        audit, actor, flt, size = self._audit, self._actor, self._filter, self.PAGE_SIZE
        return lambda: audit.list(actor, flt, offset=number * size, limit=size)

    def event_at(self, row: int) -> AuditEventView | None:
        """The event on `row`, or None while its page is still loading."""
        return self.item(row)

    def set_broken(self, event_id: int | None) -> None:
        """Mark the event a failed chain check named (None clears the mark)."""
        self.broken_id = event_id
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, self.COLUMN_COUNT - 1)
            )

    # ------------------------------------------------------------------ cells

    def role_data(self, event: AuditEventView, column: int, role: int) -> Any:
        broken = self.broken_id is not None and event.id == self.broken_id
        value: Any = None
        if role == self.EventRole:
            value = event
        elif role == self.EventIdRole:
            value = event.id
        elif role == Qt.ItemDataRole.BackgroundRole and broken:
            value = QBrush(colour("audit_broken_bg"))
        elif role == Qt.ItemDataRole.ForegroundRole and broken:
            value = QBrush(colour("audit_broken_fg"))
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ID:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASON and event.reason:
            value = event.reason
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ACTION:
            value = code_tooltip(event.action)
        return value

    def texts(self, event: AuditEventView) -> tuple[str, ...]:
        case = event.case_ref or (f"#{event.case_id}" if event.case_id is not None else "")
        return (
            str(event.id),
            date_time_text(event.at),
            event.actor,
            audit_action_text(event.action),
            case,
            object_text(event.object_type, event.object_id),
            event.reason.replace("\n", " "),
        )
