"""A data set with known counts: cases written straight into the tables, each with the states,
transitions and disclosure items that decide its outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import (
    Authority,
    CaseTarget,
    CaseTransition,
    DemandCase,
    Disclosure,
    DisclosureItem,
    LegalBasisVersion,
)
from lawfulreq.services.registry import AppServices

H2_DAY = datetime(2026, 9, 15, 10, 0, tzinfo=AMSTERDAM)


@dataclass
class Spec:
    basis: str
    categories: tuple[str, ...]
    targets: tuple[str, ...]
    status: str
    path: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    authority: str = "police"
    emergency: bool = False
    received_at: datetime = H2_DAY
    extra: dict[str, object] = field(default_factory=dict)


# Expected, unit demand, period 2026H2 (preservation apart):
#   total 8; by_basis sv-126n 2, sv-126na 1, sv-126nd 1, sv-126m 2, wiv-47 1, sv-126nc 1;
#   outcomes: fully 1, partly 1, not_available 1, refused 2, withdrawn 2, open 1;
#   categories: interception 3, traffic 2, subscriber 2, stored 1; emergency 1; preservation 1.
# Unit identifier: total 10 (case 1 names 2, case 3 names 2 distinct of 3), preservation 2.
KNOWN: tuple[Spec, ...] = (
    Spec(
        "sv-126n",
        ("subscriber", "traffic"),
        ("+31612345601", "+31612345602"),
        "disclosed",
        ("under_review", "approved", "disclosed"),
        ("produce", "produce"),
        "prosecutor",
    ),
    Spec(
        "sv-126n",
        ("subscriber", "traffic"),
        ("+31612345603",),
        "disclosed",
        ("under_review", "approved", "disclosed"),
        ("produce", "not_available"),
        "prosecutor",
    ),
    Spec(
        "sv-126na",
        ("subscriber",),
        ("+31612345604", "+31612345605", "+31612345604"),
        "closed",
        ("under_review", "approved", "disclosed", "closed"),
        ("not_available",),
    ),
    Spec("sv-126nd", ("stored",), ("+31612345606",), "rejected", ("under_review", "rejected")),
    Spec(
        "sv-126m",
        ("interception",),
        ("+31612345607",),
        "withdrawn",
        ("under_review", "withdrawn"),
        authority="prosecutor",
    ),
    Spec(
        "sv-126m",
        ("interception",),
        ("+31612345608",),
        "under_review",
        ("under_review",),
        authority="prosecutor",
        emergency=True,
    ),
    Spec(
        "wiv-47",
        ("interception",),
        ("+31612345609",),
        "closed",
        ("under_review", "withdrawn", "closed"),
        authority="intelligence",
    ),
    Spec(
        "sv-126ni",
        ("preservation",),
        ("+31612345610", "+31612345611"),
        "closed",
        ("under_review", "approved", "disclosed", "closed"),
        authority="prosecutor",
    ),
    Spec(
        "sv-126nc",
        ("subscriber",),
        ("+31612345612",),
        "disclosed",
        ("under_review", "approved", "disclosed"),
        ("withhold",),
    ),
)


def add_cases(app: AppServices, specs: tuple[Spec, ...], *, user_id: int) -> list[int]:
    """Write the cases; returns their ids in order."""
    ids: list[int] = []
    with app.db.sessions.begin() as session:
        for spec in specs:
            ids.append(_add(session, spec, _existing(session) + 1, user_id))
    return ids


def _existing(session: Session) -> int:
    return int(session.scalar(select(func.max(DemandCase.id))) or 0) + 500


def _authority(session: Session, kind: str) -> int:
    name = f"Statistiek {kind}"
    found = session.scalar(select(Authority.id).where(Authority.name == name))
    if found is not None:
        return found
    row = Authority(name=name, type=kind)
    session.add(row)
    session.flush()
    return row.id


def _add(session: Session, spec: Spec, number: int, user_id: int) -> int:
    basis_id = session.scalar(
        select(LegalBasisVersion.id).where(
            LegalBasisVersion.code == spec.basis, LegalBasisVersion.current.is_(True)
        )
    )
    assert basis_id is not None, spec.basis
    received = as_utc(spec.received_at)
    case = DemandCase(
        ref=f"LR-2026-{number:06d}",
        status=spec.status,
        authority_id=_authority(session, spec.authority),
        issuer_role="prosecutor",
        legal_basis_id=basis_id,
        channel="written",
        received_at=received,
        due_at=received + timedelta(days=7),
        data_categories=list(spec.categories),
        emergency=spec.emergency,
        created_at=received,
        created_by=user_id,
        updated_at=received,
    )
    session.add(case)
    session.flush()
    targets = []
    for position, value in enumerate(spec.targets):
        target = CaseTarget(
            case_id=case.id,
            position=position,
            kind="phone_number",
            raw=value,
            normalised=value,
            valid=True,
        )
        session.add(target)
        targets.append(target)
    session.flush()
    previous = "received"
    for step, state in enumerate(spec.path, start=1):
        session.add(
            CaseTransition(
                case_id=case.id,
                from_status=previous,
                to_status=state,
                by_user=user_id,
                at=received + timedelta(hours=step),
            )
        )
        previous = state
    if spec.decisions:
        disclosure = Disclosure(
            case_id=case.id,
            status="delivered",
            prepared_by=user_id,
            created_at=received,
            delivered_at=received + timedelta(hours=5),
        )
        session.add(disclosure)
        session.flush()
        for index, decision in enumerate(spec.decisions):
            session.add(
                DisclosureItem(
                    disclosure_id=disclosure.id,
                    target_id=targets[min(index, len(targets) - 1)].id,
                    category=spec.categories[0],
                    decision=decision,
                    data={},
                    added_by=user_id,
                    added_at=received,
                )
            )
    session.flush()
    return case.id


def purge_case(app: AppServices, case_id: int) -> None:
    """Delete a closed case and what hangs on it, as a retention purge does."""
    from sqlalchemy import delete

    from lawfulreq.db.models import CaseDocument

    with app.db.sessions.begin() as session:
        disclosures = select(Disclosure.id).where(Disclosure.case_id == case_id)
        session.execute(delete(DisclosureItem).where(DisclosureItem.disclosure_id.in_(disclosures)))
        session.execute(delete(Disclosure).where(Disclosure.case_id == case_id))
        session.execute(delete(CaseTransition).where(CaseTransition.case_id == case_id))
        session.execute(delete(CaseTarget).where(CaseTarget.case_id == case_id))
        session.execute(delete(CaseDocument).where(CaseDocument.case_id == case_id))
        session.execute(delete(DemandCase).where(DemandCase.id == case_id))
