"""Deadline rules the CLI, the GUI and the services share."""

from __future__ import annotations

from datetime import datetime, timedelta

# An open case is "due soon" when its deadline falls within this many days (or has passed).
DUE_SOON_DAYS = 3


def due_soon_before(now: datetime, days: int = DUE_SOON_DAYS) -> datetime:
    """The moment before which an open case's deadline makes it due soon (or overdue)."""
    return now + timedelta(days=days)
