"""Dutch notation for what a report prints: numbers as 06-12345678, dates as 20-11-2026."""

from __future__ import annotations

from datetime import datetime

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.domain.phones import dutch_number

__all__ = ["day", "dutch_number", "moment"]


def moment(value: datetime | None, lang: str = "nl") -> str:
    """Amsterdam wall time: 20-11-2026 10:00 (nl) or 2026-11-20 10:00 (en)."""
    if value is None:
        return ""
    local = as_utc(value).astimezone(AMSTERDAM)
    return local.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M")


def day(value: datetime | None, lang: str = "nl") -> str:
    if value is None:
        return ""
    local = as_utc(value).astimezone(AMSTERDAM)
    return local.strftime("%d-%m-%Y" if lang == "nl" else "%Y-%m-%d")
