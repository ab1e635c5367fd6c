"""Time windows: a moment or a half-open period, in Python and in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    and_,
    or_,
)
from sqlalchemy.sql.elements import ColumnElement

from lawfulreq.clock import as_utc
from lawfulreq.domain.months import add_months

# --------------------------------------------------------------------------- time windows


@dataclass(frozen=True)
class _Window:
    """A moment (lo == hi) or a half-open period [lo, hi)."""

    lo: datetime
    hi: datetime

    @property
    def is_moment(self) -> bool:
        return self.lo == self.hi

    def during(self, start: Any, end: Any) -> ColumnElement[bool]:
        if self.is_moment:
            return and_(start <= self.lo, or_(end.is_(None), end > self.lo))
        return and_(start < self.hi, or_(end.is_(None), end > self.lo))

    def holds(self, start: datetime | None, end: datetime | None) -> bool:
        if start is None:
            return True
        if self.is_moment:
            return start <= self.lo and (end is None or end > self.lo)
        return start < self.hi and (end is None or end > self.lo)

    def overlap(
        self, start: datetime | None, end: datetime | None
    ) -> tuple[datetime | None, datetime | None]:
        if self.is_moment:
            return None, None
        lo = self.lo if start is None else max(start, self.lo)
        hi = self.hi if end is None else min(end, self.hi)
        return lo, hi

    def narrowed(self, start: datetime, end: datetime | None) -> _Window | None:
        """This window cut to [start, end), or None when they do not meet."""
        if not self.holds(start, end):
            return None
        if self.is_moment:
            return self
        lo, hi = self.overlap(start, end)
        assert lo is not None and hi is not None
        return _Window(lo, hi)


def _months_before(moment: datetime, months: int) -> datetime:
    return as_utc(add_months(moment, -months))
