"""User actions that change data, one small function each, grouped by area (anki-style).

widget → operation (here) → `TaskRunner` (a worker; synchronous in tests) → service →
on success ONE `ChangeEvent` on `context.changes.changed` → every screen that shows the
object reloads it. See `base.py`.
"""

from ui.operations.base import (
    CASE_KINDS,
    ChangeEvent,
    Changes,
    Kind,
    Operation,
    OperationContext,
    Then,
)

__all__ = ["CASE_KINDS", "ChangeEvent", "Changes", "Kind", "Operation", "OperationContext", "Then"]
