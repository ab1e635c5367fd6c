"""Usage records and cases around the retention limits at the tests' fixed moment (NOW)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import CaseDocument, DemandCase, UsageRecord
from lawfulreq.services.registry import AppServices
from tests.stats.data import Spec, add_cases

# NOW is 2026-11-20 10:00 Amsterdam: 3 calendar months back is 2026-08-20 10:00 (CEST),
# 5 years back 2021-11-20 10:00 (CET).
TRAFFIC_LIMIT = datetime(2026, 8, 20, 10, 0, tzinfo=AMSTERDAM)
CASE_LIMIT = datetime(2021, 11, 20, 10, 0, tzinfo=AMSTERDAM)
DAY = timedelta(days=1)


def add_usage(app: AppServices, number: str, *moments: datetime, imsi: str | None = None) -> None:
    with app.db.sessions.begin() as session:
        for moment in moments:
            session.add(
                UsageRecord(
                    start_time=as_utc(moment),
                    duration_s=60,
                    a_number=number,
                    b_number="+31201234567",
                    direction="out",
                    service_type="mobile",
                    imsi=imsi,
                )
            )


def usage_times(app: AppServices, number: str) -> list[datetime]:
    with app.db.sessions.begin() as session:
        rows = session.scalars(
            select(UsageRecord.start_time)
            .where(UsageRecord.a_number == number)
            .order_by(UsageRecord.start_time)
        ).all()
    return [r.astimezone(AMSTERDAM) for r in rows]


def add_case(
    app: AppServices,
    user_id: int,
    *,
    basis: str = "sv-126n",
    categories: tuple[str, ...] = ("traffic",),
    number: str = "+31612345601",
    status: str = "under_review",
    path: tuple[str, ...] = ("under_review",),
    received: datetime,
    period: tuple[datetime | None, datetime | None] = (None, None),
) -> int:
    spec = Spec(basis, categories, (number,), status, path, received_at=received)
    (case_id,) = add_cases(app, (spec,), user_id=user_id)
    with app.db.sessions.begin() as session:
        session.execute(
            update(DemandCase)
            .where(DemandCase.id == case_id)
            .values(
                period_from=as_utc(period[0]) if period[0] else None,
                period_to=as_utc(period[1]) if period[1] else None,
            )
        )
    return case_id


def closed_case(app: AppServices, user_id: int, closed: datetime, number: str) -> int:
    """A rejected case whose move into `rejected` happened at `closed` (2 hours after receipt)."""
    return add_case(
        app,
        user_id,
        number=number,
        status="rejected",
        path=("under_review", "rejected"),
        received=closed - timedelta(hours=2),
    )


def add_document(app: AppServices, case_id: int, user_id: int, now: datetime) -> None:
    with app.db.sessions.begin() as session:
        session.add(
            CaseDocument(
                case_id=case_id,
                kind="demand",
                filename="vordering.pdf",
                media_type="application/pdf",
                size=3,
                sha256="0" * 64,
                content=b"pdf",
                uploaded_by=user_id,
                uploaded_at=as_utc(now),
            )
        )


def case_ids(app: AppServices) -> set[int]:
    with app.db.sessions.begin() as session:
        return set(session.scalars(select(DemandCase.id)))


def count(app: AppServices, model: type) -> int:
    with app.db.sessions.begin() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)
