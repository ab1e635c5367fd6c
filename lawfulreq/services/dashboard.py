"""The dashboard's counters: real counts of what needs attention, each with the query behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import func, select

from lawfulreq.clock import AMSTERDAM, Clock, system_clock
from lawfulreq.db.database import Database
from lawfulreq.db.models import DataSubjectRequest, NonNotificationFlag
from lawfulreq.domain.enums import CaseStatus, DsarStatus
from lawfulreq.security.permissions import Permission, allowed
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.cases import CaseFilter, CaseService

# The order in which a case normally moves, so the dashboard reads like the workflow.
OPEN_STATUS_ORDER: tuple[CaseStatus, ...] = (
    CaseStatus.RECEIVED,
    CaseStatus.AWAITING_CONFIRMATION,
    CaseStatus.UNDER_REVIEW,
    CaseStatus.ON_HOLD,
    CaseStatus.APPROVED,
)
OPEN_DSAR_STATUSES: frozenset[DsarStatus] = frozenset(
    {DsarStatus.RECEIVED, DsarStatus.IN_PROGRESS, DsarStatus.EXTENDED}
)
DSAR_HORIZON = timedelta(days=7)
DSAR_LIST = 5


@dataclass(frozen=True)
class FlagQuery:
    """Non-notification flags still in force whose next review falls before a moment."""

    review_due_before: datetime


@dataclass(frozen=True)
class DsarQuery:
    """Open access requests whose (possibly extended) deadline falls before a moment."""

    due_before: datetime


ListQuery = CaseFilter | FlagQuery | DsarQuery


@dataclass(frozen=True)
class Counter:
    """One number on the dashboard and the list query that shows exactly those records."""

    key: str
    count: int
    query: ListQuery


@dataclass(frozen=True)
class DsarDeadline:
    """An open access request and when its answer is due (issue 12)."""

    ref: str
    kind: str
    deadline: datetime
    paused: bool


@dataclass(frozen=True)
class DashboardCounts:
    at: datetime
    open_total: Counter
    open_by_status: tuple[Counter, ...]
    overdue: Counter
    due_today: Counter
    due_this_week: Counter
    emergency: Counter
    # None when the actor's role may not see that list at all.
    flags_review_due: Counter | None
    dsars_due: Counter | None
    # The open access requests, nearest deadline first (at most DSAR_LIST), for who may see them.
    dsar_deadlines: tuple[DsarDeadline, ...] = ()


def day_bounds(now: datetime) -> tuple[datetime, datetime, datetime]:
    """Start of today, start of tomorrow and start of next Monday, in Amsterdam wall time."""
    local = now.astimezone(AMSTERDAM)
    today = datetime.combine(local.date(), time.min, tzinfo=AMSTERDAM)
    tomorrow = datetime.combine(local.date() + timedelta(days=1), time.min, tzinfo=AMSTERDAM)
    monday = datetime.combine(
        local.date() + timedelta(days=7 - local.weekday()), time.min, tzinfo=AMSTERDAM
    )
    return today, tomorrow, monday


class DashboardService(Service):
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        super().__init__(db, clock)
        self._cases = CaseService(db, clock)

    def counts(self, actor: Actor) -> DashboardCounts:
        """Every counter; case counters go through CaseService.count so a click shows the same."""
        actor.require(Permission.READ_CASES)
        now = self._clock()
        _today, tomorrow, next_monday = day_bounds(now)

        def case_counter(key: str, flt: CaseFilter) -> Counter:
            return Counter(key, self._cases.count(actor, flt), flt)

        by_status = tuple(
            case_counter(f"status.{status.value}", CaseFilter(statuses=frozenset({status})))
            for status in OPEN_STATUS_ORDER
        )
        return DashboardCounts(
            at=now,
            open_total=case_counter("open", CaseFilter(open_only=True)),
            open_by_status=by_status,
            overdue=case_counter("overdue", CaseFilter(open_only=True, due_before=now)),
            due_today=case_counter(
                "due_today", CaseFilter(open_only=True, due_from=now, due_before=tomorrow)
            ),
            due_this_week=case_counter(
                "due_this_week", CaseFilter(open_only=True, due_from=now, due_before=next_monday)
            ),
            emergency=case_counter("emergency", CaseFilter(open_only=True, emergency=True)),
            flags_review_due=self._flags_due(actor, next_monday),
            dsars_due=self._dsars_due(actor, now + DSAR_HORIZON),
            dsar_deadlines=self._dsar_deadlines(actor),
        )

    def _flags_due(self, actor: Actor, before: datetime) -> Counter | None:
        if not allowed(actor.role, Permission.MANAGE_FLAGS):
            return None
        query = FlagQuery(review_due_before=before)
        with self._unit_of_work() as session:
            count = session.scalar(
                select(func.count())
                .select_from(NonNotificationFlag)
                .where(NonNotificationFlag.lifted_at.is_(None))
                .where(NonNotificationFlag.next_review_at < query.review_due_before)
            )
        return Counter("flags_review_due", int(count or 0), query)

    def _dsars_due(self, actor: Actor, before: datetime) -> Counter | None:
        if not allowed(actor.role, Permission.HANDLE_DSAR):
            return None
        query = DsarQuery(due_before=before)
        deadline = func.coalesce(DataSubjectRequest.extended_until, DataSubjectRequest.due_at)
        with self._unit_of_work() as session:
            count = session.scalar(
                select(func.count())
                .select_from(DataSubjectRequest)
                .where(DataSubjectRequest.status.in_(sorted(s.value for s in OPEN_DSAR_STATUSES)))
                .where(deadline < query.due_before)
            )
        return Counter("dsars_due", int(count or 0), query)

    def _dsar_deadlines(self, actor: Actor) -> tuple[DsarDeadline, ...]:
        if not allowed(actor.role, Permission.HANDLE_DSAR):
            return ()
        deadline = func.coalesce(DataSubjectRequest.extended_until, DataSubjectRequest.due_at)
        with self._unit_of_work() as session:
            rows = session.execute(
                select(
                    DataSubjectRequest.ref,
                    DataSubjectRequest.kind,
                    deadline,
                    DataSubjectRequest.paused_at,
                )
                .where(DataSubjectRequest.status.in_(sorted(s.value for s in OPEN_DSAR_STATUSES)))
                .order_by(deadline, DataSubjectRequest.id)
                .limit(DSAR_LIST)
            ).all()
        return tuple(
            DsarDeadline(ref, kind, due, paused is not None) for ref, kind, due, paused in rows
        )
