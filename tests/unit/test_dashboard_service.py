"""Dashboard counters against independent SQL counts, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, or_, select

from lawfulreq.db.models import DataSubjectRequest, DemandCase, NonNotificationFlag
from lawfulreq.domain.enums import OPEN_STATUSES
from lawfulreq.services.audit import AuditFilter
from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseFilter
from lawfulreq.services.dashboard import OPEN_STATUS_ORDER, DsarQuery, FlagQuery, day_bounds
from lawfulreq.services.registry import AppServices
from tests.conftest import NOW
from tests.ui.fixture_data import populate

OPEN = sorted(s.value for s in OPEN_STATUSES)


def _count(services: AppServices, *conditions: object) -> int:
    with services.db.sessions() as session:
        query = select(func.count()).select_from(DemandCase).where(*conditions)  # type: ignore[arg-type]
        return int(session.scalar(query) or 0)


def test_counters_equal_direct_database_counts(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    populate(services, actors["fg"], NOW)
    counts = services.dashboard.counts(actors["fg"])
    now = NOW
    _today, tomorrow, monday = day_bounds(now)
    is_open = DemandCase.status.in_(OPEN)

    assert counts.open_total.count == _count(services, is_open) == 8
    assert [c.count for c in counts.open_by_status] == [
        _count(services, DemandCase.status == s.value) for s in OPEN_STATUS_ORDER
    ]
    assert counts.overdue.count == _count(services, is_open, DemandCase.due_at < now) == 2
    assert counts.due_today.count == 2
    assert counts.due_today.count == _count(
        services, is_open, DemandCase.due_at >= now, DemandCase.due_at < tomorrow
    )
    assert counts.due_this_week.count == 4
    assert counts.due_this_week.count == _count(
        services, is_open, DemandCase.due_at >= now, DemandCase.due_at < monday
    )
    assert counts.emergency.count == _count(services, is_open, DemandCase.emergency.is_(True)) == 1

    with services.db.sessions() as session:
        flags = session.scalar(
            select(func.count())
            .select_from(NonNotificationFlag)
            .where(
                NonNotificationFlag.lifted_at.is_(None), NonNotificationFlag.next_review_at < monday
            )
        )
        dsars = session.scalar(
            select(func.count())
            .select_from(DataSubjectRequest)
            .where(
                DataSubjectRequest.status.in_(["received", "in_progress", "extended"]),
                or_(
                    (DataSubjectRequest.extended_until.is_(None))
                    & (DataSubjectRequest.due_at < now + timedelta(days=7)),
                    DataSubjectRequest.extended_until < now + timedelta(days=7),
                ),
            )
        )
    assert counts.flags_review_due is not None and counts.flags_review_due.count == flags == 2
    assert counts.dsars_due is not None and counts.dsars_due.count == dsars == 2


def test_each_case_counter_carries_the_filter_that_lists_exactly_its_cases(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    populate(services, actors["fg"], NOW)
    fg = actors["fg"]
    counts = services.dashboard.counts(fg)
    for counter in (counts.overdue, counts.due_today, counts.emergency, *counts.open_by_status):
        assert isinstance(counter.query, CaseFilter)
        assert len(services.cases.list(fg, counter.query)) == counter.count
    assert isinstance(counts.flags_review_due and counts.flags_review_due.query, FlagQuery)
    assert isinstance(counts.dsars_due and counts.dsars_due.query, DsarQuery)


def test_roles_without_the_permission_get_no_flag_or_request_counts(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    populate(services, actors["fg"], NOW)
    for role in ("officer", "auditor"):
        counts = services.dashboard.counts(actors[role])
        assert counts.flags_review_due is None
        assert counts.dsars_due is None
        assert counts.open_total.count == 8


def test_an_empty_database_counts_zero(services: AppServices, actors: dict[str, Actor]) -> None:
    counts = services.dashboard.counts(actors["fg"])
    assert counts.open_total.count == 0
    assert counts.flags_review_due is not None and counts.flags_review_due.count == 0


def test_week_ends_on_monday_in_amsterdam_time() -> None:
    today, tomorrow, monday = day_bounds(NOW)  # Friday 2026-11-20
    assert (today.day, tomorrow.day, monday.day, monday.weekday()) == (20, 21, 23, 0)


def test_warm_up_reads_for_every_role_and_writes_nothing(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    """The shell's background warm-up: no audit event, no row, no refusal for any role."""
    fg = actors["fg"]
    before = services.audit.count(fg, AuditFilter())
    for actor in actors.values():
        services.warm_up(actor)
    assert services.audit.count(fg, AuditFilter()) == before
