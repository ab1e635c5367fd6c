"""Time in one place: aware UTC inside, Europe/Amsterdam for zoneless input, a fixable clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from lawfulreq.errors import ValidationError

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def fixed_clock(moment: datetime) -> Clock:
    """A clock that always answers `moment` (screenshots, tests, demo data)."""
    aware = as_utc(moment)
    return lambda: aware


def as_utc(value: datetime) -> datetime:
    """Naive values are Amsterdam wall time, as the contract says; the result is aware UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=AMSTERDAM)
    return value.astimezone(UTC)


def parse_time(text: str, *, field: str = "time") -> datetime:
    """Parse ISO 8601 (date or date-time); a missing zone means Europe/Amsterdam."""
    raw = text.strip()
    try:
        if len(raw) == 10:
            return as_utc(datetime.combine(date.fromisoformat(raw), time.min))
        return as_utc(datetime.fromisoformat(raw.replace("Z", "+00:00")))
    except ValueError as exc:
        raise ValidationError(
            f"{field}: '{text}' is not an ISO 8601 date or time",
            code="bad_time",
            field=field,
            value=text,
        ) from exc


def local_text(value: datetime | None) -> str:
    """Amsterdam wall time for display, minutes precision."""
    if value is None:
        return ""
    return as_utc(value).astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")
