"""Calendar-month arithmetic: the one function every reader of "N months" uses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lawfulreq.clock import AMSTERDAM
from lawfulreq.domain.months import add_months


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (datetime(2026, 11, 20, 10, 0), -3, datetime(2026, 8, 20, 10, 0)),
        (datetime(2026, 11, 20, 10, 0), 3, datetime(2027, 2, 20, 10, 0)),
        (datetime(2026, 5, 31, 12, 0), -3, datetime(2026, 2, 28, 12, 0)),
        (datetime(2028, 5, 31, 12, 0), -3, datetime(2028, 2, 29, 12, 0)),
        (datetime(2100, 5, 31, 12, 0), -3, datetime(2100, 2, 28, 12, 0)),
        (datetime(2026, 12, 31, 0, 0), 2, datetime(2027, 2, 28, 0, 0)),
        (datetime(2026, 1, 15, 8, 0), -1, datetime(2025, 12, 15, 8, 0)),
        (datetime(2026, 1, 15, 8, 0), -13, datetime(2024, 12, 15, 8, 0)),
        (datetime(2026, 3, 31, 8, 0), 0, datetime(2026, 3, 31, 8, 0)),
        (datetime(2026, 1, 31, 8, 0), 1, datetime(2026, 2, 28, 8, 0)),
        (datetime(2026, 1, 30, 8, 0), 2, datetime(2026, 3, 30, 8, 0)),
    ],
)
def test_add_months_keeps_the_wall_clock_and_clamps_the_day(
    start: datetime, months: int, expected: datetime
) -> None:
    result = add_months(start.replace(tzinfo=AMSTERDAM), months)
    assert result.tzinfo is AMSTERDAM
    assert result.replace(tzinfo=None) == expected


def test_add_months_across_summer_time_keeps_ten_o_clock() -> None:
    winter = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam (CET)
    summer = add_months(winter, -3)  # 20 August, 10:00 CEST = 08:00 UTC
    assert summer.astimezone(UTC) == datetime(2026, 8, 20, 8, 0, tzinfo=UTC)
