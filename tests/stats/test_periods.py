"""Period and unit parsing: the accepted forms exactly, clear errors for everything else."""

from __future__ import annotations

from datetime import date

import pytest

from lawfulreq.errors import ValidationError
from lawfulreq.services.statistics import Unit, parse_period, parse_unit


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026H1", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026H2", date(2026, 7, 1), date(2026, 12, 31)),
        (" 2026h2 ", date(2026, 7, 1), date(2026, 12, 31)),
        ("2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("2024-02-29..2024-03-01", date(2024, 2, 29), date(2024, 3, 1)),
        ("2026-05-05..2026-05-05", date(2026, 5, 5), date(2026, 5, 5)),
    ],
)
def test_accepted_periods(text: str, start: date, end: date) -> None:
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2026H3", "not a period"),
        ("2026H0", "not a period"),
        ("26H1", "not a period"),
        ("H1 2026", "not a period"),
        ("2026-H1", "not a period"),
        ("", "not a period"),
        ("2026-01-01", "not a period"),
        ("2026-01-01..", "not a date"),
        ("..2026-01-01", "not a date"),
        ("2026-01-01...2026-02-01", "not a date"),
        ("2026-01-01..2026-02-01..2026-03-01", "not a period"),
        ("2025-02-29..2025-03-01", "not a real date"),
        ("2026-1-1..2026-2-1", "not a date"),
        ("20260101..20260201", "not a date"),
        ("2026-01-01T00:00..2026-02-01", "not a date"),
        ("2026-03-01..2026-02-28", "ends before it starts"),
        ("1899", "before 1900"),
    ],
)
def test_rejected_periods(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_period(text)
    assert why in caught.value.message
    assert caught.value.code == "bad_period"
    assert "2026H1" in caught.value.message  # says what would work


def test_units() -> None:
    assert parse_unit("demand") is Unit.DEMAND
    assert parse_unit(" Identifier ") is Unit.IDENTIFIER
    with pytest.raises(ValidationError):
        parse_unit("tap")
