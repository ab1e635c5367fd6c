"""Non-notification flags: secrecy of a demand towards the customer, its review and lifting.

Sv 126bb lid 5 binds whoever receives a demand to secrecy, without an end date; notifying the
person is the prosecutor's duty (126bb lid 1), and lid 4 excludes a list of bases from any
notification. Which regime a basis has comes from the catalogue's `notification_rule`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    AppUser,
    CaseDocument,
    Customer,
    DemandCase,
    FlagSubject,
    LegalBasisVersion,
    NonNotificationFlag,
)
from lawfulreq.domain.citations import cite
from lawfulreq.domain.enums import DocumentKind
from lawfulreq.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.flagging import (
    REVIEW_MONTHS_KEY,
    FlagState,
    Regime,
    add_months,
    cover_customers,
    create_flag_for_case,
    ground_for,
    local_day,
    regime_for,
    start_of_day,
)
from lawfulreq.services.intake import DocumentInput, store_document

MAX_REASON = 4000

__all__ = [
    "REVIEW_MONTHS_KEY",
    "FlagService",
    "FlagState",
    "FlagView",
    "Regime",
    "add_months",
    "cover_customers",
    "create_flag_for_case",
    "ground_for",
    "regime_for",
]


@dataclass(frozen=True)
class FlagSubjectView:
    kind: str
    value: str
    customer_ref: str | None = None


@dataclass(frozen=True)
class FlagView:
    id: int
    case_id: int
    case_ref: str
    basis: str
    basis_label: str
    ground: str
    regime: Regime
    imposed_by_organisation: str
    imposed_by_person: str
    authority_reference: str
    # The record as written at intake ("art. 126n Sv: subscriber, traffic"); screens show the
    # basis and `categories` (the case's data categories, codes) in words instead.
    scope: str
    started_at: datetime
    expires_at: datetime | None
    next_review: datetime
    state: FlagState
    subjects: tuple[FlagSubjectView, ...]
    last_reviewed_at: datetime | None
    last_reviewed_by: str
    lift_reason: str
    lift_requested_at: datetime | None
    lift_requested_by: str
    lift_evidence: str
    lifted_at: datetime | None
    lifted_by: str
    version: int
    categories: tuple[str, ...] = ()

    def review_due(self, now: datetime) -> bool:
        return self.state != FlagState.LIFTED and self.next_review <= now

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_ref": self.case_ref,
            "basis": self.basis,
            "ground": self.ground,
            "regime": self.regime.value,
            "subjects": [s.value for s in self.subjects],
            "started_at": self.started_at.isoformat(),
            "next_review": self.next_review.isoformat(),
            "state": self.state.value,
        }


def flag_state(row: NonNotificationFlag) -> FlagState:
    if row.lifted_at is not None:
        return FlagState.LIFTED
    if row.lift_requested_at is not None:
        return FlagState.LIFT_REQUESTED
    return FlagState.ACTIVE


# --------------------------------------------------------------------------- queries


def active_flags_by_case(session: Session, case_ids: Sequence[int]) -> dict[int, list[int]]:
    """Flags still in force (a pending lifting request still keeps the secret), per case."""
    if not case_ids:
        return {}
    found: dict[int, list[int]] = {}
    rows = session.execute(
        select(NonNotificationFlag.case_id, NonNotificationFlag.id)
        .where(NonNotificationFlag.case_id.in_(sorted(set(case_ids))))
        .where(NonNotificationFlag.lifted_at.is_(None))
        .order_by(NonNotificationFlag.id)
    ).all()
    for case_id, flag_id in rows:
        found.setdefault(case_id, []).append(flag_id)
    return found


def covered_customer_ids(session: Session, customer_ids: Sequence[int]) -> set[int]:
    """Which of these customers a flag in force covers (for the secrecy badge)."""
    if not customer_ids:
        return set()
    rows = session.scalars(
        select(FlagSubject.customer_id)
        .join(NonNotificationFlag, FlagSubject.flag_id == NonNotificationFlag.id)
        .where(FlagSubject.customer_id.in_(sorted(set(customer_ids))))
        .where(NonNotificationFlag.lifted_at.is_(None))
    ).all()
    return {int(r) for r in rows if r is not None}


def _usernames(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = session.execute(select(AppUser.id, AppUser.username).where(AppUser.id.in_(wanted)))
    return {int(i): str(n) for i, n in rows}


def _views(session: Session, rows: Sequence[NonNotificationFlag]) -> list[FlagView]:
    if not rows:
        return []
    flag_ids = [r.id for r in rows]
    case_rows = session.execute(
        select(DemandCase.id, DemandCase.ref, DemandCase.data_categories).where(
            DemandCase.id.in_(sorted({r.case_id for r in rows}))
        )
    ).all()
    case_refs = {c.id: c.ref for c in case_rows}
    case_categories = {c.id: tuple(c.data_categories or ()) for c in case_rows}
    subjects: dict[int, list[FlagSubjectView]] = {}
    for s, ref in session.execute(
        select(FlagSubject, Customer.customer_ref)
        .outerjoin(Customer, FlagSubject.customer_id == Customer.id)
        .where(FlagSubject.flag_id.in_(flag_ids))
        .order_by(FlagSubject.id)
    ).all():
        subjects.setdefault(s.flag_id, []).append(FlagSubjectView(s.kind, s.value, ref))
    evidence = dict(
        session.execute(
            select(CaseDocument.id, CaseDocument.filename).where(
                CaseDocument.id.in_(sorted({r.lift_evidence_id or 0 for r in rows}))
            )
        ).all()
    )
    names = _usernames(
        session,
        [u for r in rows for u in (r.lifted_by, r.lift_requested_by, r.last_reviewed_by)],
    )
    labels = {
        code: cite(law, article)
        for code, law, article in session.execute(
            select(LegalBasisVersion.code, LegalBasisVersion.law, LegalBasisVersion.article)
            .where(LegalBasisVersion.code.in_(sorted({r.basis_code for r in rows})))
            .where(LegalBasisVersion.current.is_(True))
        ).all()
    }
    return [
        FlagView(
            id=r.id,
            case_id=r.case_id,
            case_ref=str(case_refs.get(r.case_id, "")),
            basis=r.basis_code,
            basis_label=str(labels.get(r.basis_code, r.basis_code)),
            ground=r.ground,
            regime=Regime(r.regime or Regime.PROSECUTOR_CONFIRMS.value),
            imposed_by_organisation=r.imposed_by_organisation,
            imposed_by_person=r.imposed_by_person,
            authority_reference=r.authority_reference,
            scope=r.scope,
            categories=case_categories.get(r.case_id, ()),
            started_at=r.starts_at,
            expires_at=r.expires_at,
            next_review=r.next_review_at,
            state=flag_state(r),
            subjects=tuple(subjects.get(r.id, ())),
            last_reviewed_at=r.last_reviewed_at,
            last_reviewed_by=names.get(r.last_reviewed_by or 0, ""),
            lift_reason=r.lift_reason,
            lift_requested_at=r.lift_requested_at,
            lift_requested_by=names.get(r.lift_requested_by or 0, ""),
            lift_evidence=str(evidence.get(r.lift_evidence_id or 0, "")),
            lifted_at=r.lifted_at,
            lifted_by=names.get(r.lifted_by or 0, ""),
            version=r.version,
        )
        for r in rows
    ]


# --------------------------------------------------------------------------- the service


class FlagService(Service):
    def list(
        self,
        actor: Actor,
        *,
        review_due_before: datetime | None = None,
        case_ref: str | None = None,
        include_lifted: bool = True,
    ) -> list[FlagView]:
        """Flags, the review queue first (earliest next review); `review_due_before` gives the
        flags in force whose next review falls before that moment."""
        actor.require(Permission.MANAGE_FLAGS)
        query = select(NonNotificationFlag).order_by(
            NonNotificationFlag.lifted_at.is_not(None),
            NonNotificationFlag.next_review_at,
            NonNotificationFlag.id,
        )
        if review_due_before is not None:
            query = query.where(
                NonNotificationFlag.lifted_at.is_(None),
                NonNotificationFlag.next_review_at < review_due_before,
            )
        elif not include_lifted:
            query = query.where(NonNotificationFlag.lifted_at.is_(None))
        with self._unit_of_work() as session:
            if case_ref:
                case_id = session.scalar(select(DemandCase.id).where(DemandCase.ref == case_ref))
                if case_id is None:
                    raise NotFoundError(f"no case '{case_ref}'", code="case_not_found")
                query = query.where(NonNotificationFlag.case_id == case_id)
            return _views(session, session.scalars(query).all())

    def due_before_tomorrow(self) -> datetime:
        """End of today in Amsterdam: `flags list --due` shows reviews due by then."""
        return start_of_day(local_day(self._clock()) + timedelta(days=1))

    def show(self, actor: Actor, flag_id: int) -> FlagView:
        actor.require(Permission.MANAGE_FLAGS)
        with self._unit_of_work() as session:
            return _views(session, [self._get(session, flag_id)])[0]

    def review_keep(
        self, actor: Actor, flag_id: int, next_review: date, note: str = ""
    ) -> FlagView:
        """A review that keeps the flag: the next review on `next_review` (a day after today)."""
        actor.require(Permission.MANAGE_FLAGS)
        now = self._clock()
        if next_review <= local_day(now):
            raise ValidationError(
                "the next review must fall after today", code="review_date_past", field="next"
            )
        with self._unit_of_work() as session:
            flag = self._get(session, flag_id)
            if flag.lifted_at is not None:
                raise ConflictError("this flag has been lifted", code="flag_lifted")
            before = flag.next_review_at
            flag.next_review_at = start_of_day(next_review)
            flag.last_reviewed_at = now
            flag.last_reviewed_by = actor.user_id
            audit.record(
                session,
                actor,
                "flag.reviewed",
                now,
                case_id=flag.case_id,
                object_type="flag",
                object_id=flag.id,
                reason=note.strip()[:MAX_REASON],
                details={
                    "decision": "keep",
                    "previous_review": before.isoformat(),
                    "next_review": flag.next_review_at.isoformat(),
                },
            )
            session.flush()
            return _views(session, [flag])[0]

    def request_lift(
        self, actor: Actor, flag_id: int, reason: str, evidence: DocumentInput
    ) -> FlagView:
        """Ask for the flag to be lifted: a reason and the evidence the regime asks for."""
        actor.require(Permission.MANAGE_FLAGS)
        now = self._clock()
        if not reason.strip():
            raise ValidationError("a reason is required", code="reason_required", field="reason")
        if not evidence.content or not evidence.filename.strip():
            raise ValidationError(
                "the evidence document is required", code="evidence_required", field="evidence"
            )
        with self._unit_of_work() as session:
            flag = self._get(session, flag_id)
            if flag_state(flag) != FlagState.ACTIVE:
                raise ConflictError(
                    f"this flag is {flag_state(flag).value}, not active", code="flag_not_active"
                )
            document = store_document(
                session, actor, flag.case_id, evidence, kind=DocumentKind.EVIDENCE, now=now
            )
            flag.lift_reason = reason.strip()[:MAX_REASON]
            flag.lift_evidence_id = document.id
            flag.lift_requested_at = now
            flag.lift_requested_by = actor.user_id
            audit.record(
                session,
                actor,
                "flag.lift_requested",
                now,
                case_id=flag.case_id,
                object_type="flag",
                object_id=flag.id,
                reason=flag.lift_reason,
                details={"evidence_sha256": document.sha256, "regime": flag.regime},
            )
            session.flush()
            return _views(session, [flag])[0]

    def approve_lift(self, actor: Actor, flag_id: int) -> FlagView:
        """The second pair of eyes: lift the flag; never by whoever asked for it."""
        actor.require(Permission.MANAGE_FLAGS)
        now = self._clock()
        with self._unit_of_work() as session:
            flag = self._get(session, flag_id)
            if flag_state(flag) != FlagState.LIFT_REQUESTED:
                raise ConflictError(
                    "nobody has asked for this flag to be lifted", code="no_lift_request"
                )
            if flag.lift_requested_by == actor.user_id:
                raise PermissionDeniedError(
                    f"'{actor.username}' asked for this lifting; another user with the right "
                    "to manage flags must approve it (four-eyes rule)",
                    code="four_eyes",
                    user=actor.username,
                )
            flag.lifted_at = now
            flag.lifted_by = actor.user_id
            audit.record(
                session,
                actor,
                "flag.lifted",
                now,
                case_id=flag.case_id,
                object_type="flag",
                object_id=flag.id,
                reason=flag.lift_reason,
                details={"requested_by": flag.lift_requested_by, "regime": flag.regime},
            )
            session.flush()
            return _views(session, [flag])[0]

    def reject_lift(self, actor: Actor, flag_id: int, reason: str) -> FlagView:
        """Turn down a lifting request: the flag stays in force (the evidence stays on file)."""
        actor.require(Permission.MANAGE_FLAGS)
        now = self._clock()
        if not reason.strip():
            raise ValidationError("a reason is required", code="reason_required", field="reason")
        with self._unit_of_work() as session:
            flag = self._get(session, flag_id)
            if flag_state(flag) != FlagState.LIFT_REQUESTED:
                raise ConflictError(
                    "nobody has asked for this flag to be lifted", code="no_lift_request"
                )
            flag.lift_requested_at = None
            flag.lift_requested_by = None
            audit.record(
                session,
                actor,
                "flag.lift_rejected",
                now,
                case_id=flag.case_id,
                object_type="flag",
                object_id=flag.id,
                reason=reason.strip()[:MAX_REASON],
            )
            session.flush()
            return _views(session, [flag])[0]

    def covered_customers(self, actor: Actor, customer_ids: Sequence[int]) -> frozenset[int]:
        """Which customers a flag in force covers: the GUI's secrecy badge."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            return frozenset(covered_customer_ids(session, customer_ids))

    @staticmethod
    def _get(session: Session, flag_id: int) -> NonNotificationFlag:
        row = session.get(NonNotificationFlag, flag_id)
        if row is None:
            raise NotFoundError(f"no flag {flag_id}", code="flag_not_found")
        return row
