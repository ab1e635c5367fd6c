"""A small, hand-made data set for GUI tests: cases in every open state, flags, access requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from lawfulreq.db.models import (
    Authority,
    DataSubjectRequest,
    DemandCase,
    LegalBasisVersion,
    NonNotificationFlag,
)
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices


@dataclass(frozen=True)
class CaseSpec:
    status: str
    due_in: timedelta | None
    emergency: bool = False


# Relative to the fixed clock (Friday 2026-11-20 10:00 Amsterdam).
CASES: tuple[CaseSpec, ...] = (
    CaseSpec("received", timedelta(hours=3)),  # due today
    CaseSpec("received", timedelta(days=1)),  # due this week (Saturday)
    CaseSpec("received", -timedelta(days=2)),  # overdue
    CaseSpec("awaiting_confirmation", timedelta(days=5)),  # next week
    CaseSpec("under_review", -timedelta(hours=1), emergency=True),  # overdue emergency
    CaseSpec("under_review", timedelta(hours=5)),  # due today
    CaseSpec("on_hold", None),
    CaseSpec("approved", timedelta(days=2)),  # Sunday: this week
    CaseSpec("disclosed", -timedelta(days=3)),  # closed states never count
    CaseSpec("closed", -timedelta(days=10), emergency=True),
    CaseSpec("rejected", timedelta(hours=2)),
)


def populate(services: AppServices, fg: Actor, now: datetime) -> None:
    """Insert cases, flags and access requests straight into the database (tests only)."""
    with services.db.sessions.begin() as session:
        authority = Authority(name="Politie Eenheid Oost-Nederland", type="police")
        session.add(authority)
        session.flush()
        basis = session.scalar(select(LegalBasisVersion).where(LegalBasisVersion.code == "sv-126n"))
        assert basis is not None
        cases: list[DemandCase] = []
        for index, spec in enumerate(CASES, start=1):
            case = DemandCase(
                ref=f"LR-2026-{index:04d}",
                status=spec.status,
                authority_id=authority.id,
                issuer_role="prosecutor",
                legal_basis_id=basis.id,
                authority_reference=f"PL0600-2026{index:06d}",
                channel="written",
                received_at=now - timedelta(days=index),
                due_at=None if spec.due_in is None else now + spec.due_in,
                data_categories=["subscriber"],
                emergency=spec.emergency,
                created_at=now,
                created_by=fg.user_id,
                updated_at=now,
            )
            session.add(case)
            cases.append(case)
        session.flush()
        for case, review_in, lifted in (
            (cases[0], -timedelta(days=1), False),  # review overdue
            (cases[1], timedelta(days=2), False),  # this week
            (cases[2], timedelta(days=30), False),  # later
            (cases[3], -timedelta(days=5), True),  # lifted: never due
        ):
            session.add(
                NonNotificationFlag(
                    case_id=case.id,
                    basis_code="sv-126n",
                    imposed_by_organisation="OM Arnhem",
                    starts_at=now - timedelta(days=100),
                    next_review_at=now + review_in,
                    lifted_at=now - timedelta(days=1) if lifted else None,
                    created_at=now,
                )
            )
        for index, (due_in, extended_in, status) in enumerate(
            (
                (timedelta(days=3), None, "received"),  # due within 7 days
                (-timedelta(days=1), None, "in_progress"),  # overdue
                (timedelta(days=2), timedelta(days=40), "extended"),  # extended: not due
                (timedelta(days=20), None, "received"),  # later
                (timedelta(days=1), None, "answered"),  # done
            ),
            start=1,
        ):
            session.add(
                DataSubjectRequest(
                    ref=f"AV-2026-{index:04d}",
                    requester_name=f"Requester {index}",
                    received_at=now - timedelta(days=20),
                    due_at=now + due_in,
                    extended_until=None if extended_in is None else now + extended_in,
                    status=status,
                    created_at=now,
                )
            )


def wipe_cases(services: AppServices) -> None:
    """Remove what `populate` added, for empty-state tests."""
    with services.db.sessions.begin() as session:
        session.execute(delete(NonNotificationFlag))
        session.execute(delete(DataSubjectRequest))
        session.execute(delete(DemandCase))
