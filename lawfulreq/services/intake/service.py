"""The intake service: a case created from a demand, with its ref, deadline and duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM
from lawfulreq.db.models import (
    Authority,
    AuthorityContact,
    CaseTarget,
    CaseTransition,
    ContactVerification,
    DemandCase,
)
from lawfulreq.domain.enums import (
    OPEN_STATUSES,
    CaseStatus,
    DocumentKind,
)
from lawfulreq.errors import NotFoundError
from lawfulreq.rules.engine import (
    BasisRule,
    Finding,
    check_demand,
    default_deadline,
)
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.authorities import (
    check_verification,
    find_or_add_authority,
    find_or_add_contact,
    verification_method,
)
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.catalogue import basis_view, current_row, deadline_settings, rule_settings
from lawfulreq.services.flagging import create_flag_for_case
from lawfulreq.services.intake.documents import store_document
from lawfulreq.services.intake.facts import demand_facts, mask_input
from lawfulreq.services.intake.inputs import REF_PREFIX, CaseInput, validate


def default_due(
    session: Session, received_at: datetime, emergency: bool, basis: BasisRule
) -> datetime:
    """The basis' own deadline (EU orders: 10 days, 8 hours), else the FG's setting."""
    settings = deadline_settings(session)
    return default_deadline(
        received_at,
        emergency,
        basis,
        default_days=settings.default_days,
        emergency_hours=settings.emergency_hours,
    )


def next_ref(session: Session, now: datetime) -> str:
    prefix = f"{REF_PREFIX}-{now.astimezone(AMSTERDAM).year}-"
    last = session.scalar(select(func.max(DemandCase.ref)).where(DemandCase.ref.like(prefix + "%")))
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:06d}"


def open_target_refs(
    session: Session, keys: Sequence[tuple[str, str]], *, exclude_case_id: int | None = None
) -> dict[tuple[str, str], list[str]]:
    """For each (kind, normalised), the refs of open cases (other than one) naming it."""
    values = sorted({n for _, n in keys if n})
    if not values:
        return {}
    query = (
        select(CaseTarget.kind, CaseTarget.normalised, DemandCase.ref)
        .join(DemandCase, DemandCase.id == CaseTarget.case_id)
        .where(
            CaseTarget.valid.is_(True),
            CaseTarget.normalised.in_(values),
            DemandCase.status.in_(sorted(s.value for s in OPEN_STATUSES)),
        )
    )
    if exclude_case_id is not None:
        query = query.where(DemandCase.id != exclude_case_id)
    wanted = set(keys)
    found: dict[tuple[str, str], list[str]] = {}
    for kind, normalised, ref in session.execute(query):
        if (kind, normalised) in wanted:
            found.setdefault((kind, normalised), []).append(ref)
    return found


@dataclass(frozen=True)
class CaseCreated:
    id: int
    ref: str
    status: CaseStatus
    version: int
    findings: tuple[Finding, ...]


class IntakeService(Service):
    def preview(self, actor: Actor, data: CaseInput) -> list[Finding]:
        """The findings the demand would get now, with duplicates from the open cases."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            basis = current_row(session, data.legal_basis)
            masked = mask_input(data)
            keys = [(t.kind, t.normalised) for t in masked.targets if t.valid]
            return check_demand(
                demand_facts(masked, verified=bool(data.verifications)),
                basis_view(basis),
                rule_settings(session),
                self._clock(),
                open_target_refs(session, keys),
            )

    def create(self, actor: Actor, data: CaseInput) -> CaseCreated:
        """Store the demand (BSNs masked) with its targets, document and verifications."""
        actor.require(Permission.EDIT_CASES)
        validate(data)
        now = self._clock()
        masked = mask_input(data)
        d = masked.data
        with self._unit_of_work() as session:
            basis = current_row(session, d.legal_basis)
            authority = self._authority(session, d)
            contact = self._contact(session, authority, d)
            case = DemandCase(
                ref=next_ref(session, now),
                status=CaseStatus.RECEIVED.value,
                authority_id=authority.id,
                requester_id=contact.id,
                issuer_role=d.issuer_role,
                legal_basis_id=basis.id,
                authority_reference=d.authority_reference.strip(),
                parket_number=d.parket_number.strip(),
                channel=d.channel,
                received_at=d.received_at,
                due_at=d.due_at
                or default_due(session, d.received_at, d.emergency, basis_view(basis)),
                written_confirmation_at=d.written_confirmation_at,
                rc_authorisation_date=d.rc_authorisation_date,
                rc_judge=d.rc_judge.strip(),
                data_categories=list(dict.fromkeys(d.data_categories)),
                period_from=d.period_from,
                period_to=d.period_to,
                emergency=d.emergency,
                emergency_reason=d.emergency_reason.strip(),
                notes=d.notes,
                delivery=d.delivery,
                wiv_minister_date=d.wiv_minister_date,
                wiv_tib_date=d.wiv_tib_date,
                foreign_origin=d.foreign_origin.strip(),
                owner_id=actor.user_id,
                paused_seconds=0,
                created_at=now,
                created_by=actor.user_id,
                updated_at=now,
                updated_by=actor.username,
                bsn_masked_count=masked.masked_count,
                bsn_masked_fields=list(masked.masked_fields),
            )
            case.targets = [
                CaseTarget(
                    position=i,
                    kind=t.kind,
                    raw=t.raw[:200],
                    normalised=t.normalised,
                    valid=t.valid,
                    problem=t.problem[:300],
                )
                for i, t in enumerate(masked.targets)
            ]
            session.add(case)
            session.flush()
            for v in d.verifications:
                method = verification_method(v.method)
                check_verification(contact, method)
                session.add(
                    ContactVerification(
                        contact_id=contact.id,
                        case_id=case.id,
                        method=method.value,
                        details=v.details,
                        verified_by=actor.user_id,
                        verified_at=now,
                    )
                )
            if d.document is not None:
                store_document(
                    session, actor, case.id, d.document, kind=DocumentKind.DEMAND, now=now
                )
            session.add(
                CaseTransition(
                    case_id=case.id,
                    from_status=None,
                    to_status=case.status,
                    reason="intake",
                    by_user=actor.user_id,
                    at=now,
                )
            )
            keys = [(t.kind, t.normalised) for t in masked.targets if t.valid]
            findings = check_demand(
                demand_facts(masked, verified=bool(d.verifications)),
                basis_view(basis),
                rule_settings(session),
                now,
                open_target_refs(session, keys, exclude_case_id=case.id),
            )
            audit.record(
                session,
                actor,
                "case.created",
                now,
                case_id=case.id,
                object_type="case",
                object_id=case.ref,
                details={
                    "ref": case.ref,
                    "legal_basis": basis.code,
                    "basis_version": basis.version,
                    "targets": len(case.targets),
                    "findings": [f.code.value for f in findings],
                    "bsn_masked": masked.masked_count,
                    "bsn_masked_fields": list(masked.masked_fields),
                },
            )
            # Sv 126bb lid 5: a secrecy basis gets its non-notification flag at intake.
            create_flag_for_case(session, actor, case, basis, now)
            session.flush()
            return CaseCreated(
                case.id, case.ref, CaseStatus(case.status), case.version, tuple(findings)
            )

    def _authority(self, session: Session, d: CaseInput) -> Authority:
        if d.authority_id is not None:
            row = session.get(Authority, d.authority_id)
            if row is None:
                raise NotFoundError(f"authority: no id {d.authority_id}", field="authority")
            return row
        row, _ = find_or_add_authority(session, d.authority_name, d.authority_type)
        return row

    def _contact(self, session: Session, authority: Authority, d: CaseInput) -> AuthorityContact:
        if d.requester_id is not None:
            row = session.get(AuthorityContact, d.requester_id)
            if row is None or row.authority_id != authority.id:
                raise NotFoundError(
                    f"requester: no contact {d.requester_id} at {authority.name}",
                    field="requester",
                )
            return row
        row, _ = find_or_add_contact(
            session, authority, d.requester_name, phone=d.requester_phone, email=d.requester_email
        )
        return row
