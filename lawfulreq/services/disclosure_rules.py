"""The disclosure rules other services call: when a lookup may run, and who may approve a case.

Kept apart from `services.disclosures` so that `services.lookup` and `services.cases` can call
them with one line each, without importing the whole disclosure service.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from lawfulreq.clock import Clock
from lawfulreq.db.database import Database
from lawfulreq.db.models import ContactVerification, DemandCase, Disclosure, DisclosureItem
from lawfulreq.domain.enums import OPEN_STATUSES, CaseStatus, DisclosureStatus
from lawfulreq.errors import ConflictError, PermissionDeniedError
from lawfulreq.security.four_eyes import Approver, require_four_eyes
from lawfulreq.services import audit
from lawfulreq.services.base import Actor


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


_C = TypeVar("_C", bound=_HasId)


def lookup_refusal(session: Session, case: DemandCase, now: datetime) -> str | None:
    """Why a lookup for `case` may not run yet (contract step 2), or None when it may.

    An emergency case may be looked up at once (the reason is recorded at intake); any other
    case must be under review, with the requester's identity verified and no error finding.
    """
    if case.emergency:
        return None
    if case.status != CaseStatus.UNDER_REVIEW.value:
        return f"case {case.ref} is {case.status}: lookups need the case under review"
    verified = session.scalar(
        select(func.count(ContactVerification.id)).where(ContactVerification.case_id == case.id)
    )
    if not verified:
        return f"case {case.ref}: the requester's identity has not been verified"
    from lawfulreq.services.cases import CaseService  # noqa: PLC0415 - cases imports this module

    errors = CaseService.blocking_errors_at(session, case, now, verified=True)
    if errors:
        return f"case {case.ref} has blocking errors: {', '.join(errors)}"
    return None


def require_lookup_allowed(db: Database, clock: Clock, case_ref: str) -> None:
    """Refuse a lookup for a case that is not ready for one (PermissionDeniedError).

    Its own short read before the lookup's transaction: SQLite transactions here begin
    IMMEDIATE, so a second one inside the lookup's would wait for it. The lookup calls it
    only once its own case read found no emergency (an emergency case needs no check).
    """
    ref = case_ref.strip().upper()
    with db.sessions() as session:
        # With what the rules read of it, in this one query rather than one each on first use.
        case = session.scalar(
            select(DemandCase)
            .where(DemandCase.ref == ref)
            .options(joinedload(DemandCase.legal_basis), selectinload(DemandCase.targets))
        )
        if case is None or CaseStatus(case.status) not in OPEN_STATUSES:
            return  # the lookup's own check reports an unknown or closed case
        why = lookup_refusal(session, case, clock())
        if why is not None:
            raise PermissionDeniedError(why, code="case_not_ready", case=case.ref)


def ready_for_lookup(db: Database, cases: list[_C]) -> list[_C]:
    """The cases a lookup may be made for, as far as two cheap checks tell (for choosers):
    emergency, or under review with a verified requester. `lookup` checks findings as well."""
    ids = [c.id for c in cases]
    if not ids:
        return []
    with db.sessions() as session:
        rows = session.execute(
            select(DemandCase.id, DemandCase.status, DemandCase.emergency).where(
                DemandCase.id.in_(ids)
            )
        ).all()
        verified = set(
            session.scalars(
                select(ContactVerification.case_id).where(ContactVerification.case_id.in_(ids))
            )
        )
    ready = {
        case_id
        for case_id, status, emergency in rows
        if emergency or (status == CaseStatus.UNDER_REVIEW.value and case_id in verified)
    }
    return [c for c in cases if c.id in ready]


def open_disclosure(session: Session, case_id: int) -> Disclosure | None:
    """The case's current disclosure (the newest one not cancelled)."""
    return session.scalars(
        select(Disclosure)
        .where(
            Disclosure.case_id == case_id,
            Disclosure.status != DisclosureStatus.CANCELLED.value,
        )
        .order_by(Disclosure.id.desc())
        .limit(1)
    ).first()


def contributors(session: Session, disclosure: Disclosure) -> set[int]:
    """Everyone who added or decided an item: none of them may approve."""
    rows = session.execute(
        select(DisclosureItem.added_by, DisclosureItem.decided_by).where(
            DisclosureItem.disclosure_id == disclosure.id
        )
    ).all()
    return {uid for row in rows for uid in row if uid is not None}


def require_approver(session: Session, disclosure: Disclosure, approver: Approver) -> None:
    """The four-eyes rule on a stored disclosure (prepared, and approver took no part)."""
    if disclosure.status != DisclosureStatus.PREPARED.value:
        if disclosure.status == DisclosureStatus.DRAFT.value:
            require_four_eyes(approver, None)
        raise ConflictError(
            f"this disclosure is {disclosure.status}: only a prepared one can be approved",
            code="not_prepared",
        )
    require_four_eyes(approver, disclosure.prepared_by, contributors(session, disclosure))


def approve_on_case_move(session: Session, case: DemandCase, actor: Actor, now: datetime) -> None:
    """`case move REF approved`: the same four-eyes rule as `disclosure approve`.

    When the case has a disclosure, it must be prepared and the mover must not have prepared
    or decided any of it; the disclosure is then approved along with the case.
    """
    disclosure = open_disclosure(session, case.id)
    if disclosure is None:
        return
    require_approver(session, disclosure, actor)
    disclosure.status = DisclosureStatus.APPROVED.value
    disclosure.approved_by = actor.user_id
    disclosure.approved_at = now
    audit.record(
        session,
        actor,
        "disclosure.approved",
        now,
        case_id=case.id,
        object_type="disclosure",
        object_id=disclosure.id,
        details={"via": "case.move", "prepared_by": disclosure.prepared_by},
    )
