"""Intake: a demand as a validated input, its BSN-masked facts, and the case created from it."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM, parse_time
from lawfulreq.db.models import (
    Authority,
    AuthorityContact,
    CaseDocument,
    CaseTarget,
    CaseTransition,
    ContactVerification,
    DemandCase,
)
from lawfulreq.domain.enums import (
    OPEN_STATUSES,
    CaseStatus,
    Channel,
    DataCategory,
    Delivery,
    DocumentKind,
    IssuerRole,
)
from lawfulreq.domain.identifiers import mask_bsn, normalise
from lawfulreq.errors import NotFoundError, ValidationError
from lawfulreq.rules.engine import (
    BasisRule,
    DemandFacts,
    Finding,
    RuleSettings,
    TargetFacts,
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

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
BSN_TARGET_PROBLEM = "a citizen service number (BSN), masked: the provider may not store one"
REF_PREFIX = "LR"


@dataclass(frozen=True)
class VerificationInput:
    method: str
    details: str = ""


@dataclass(frozen=True)
class DocumentInput:
    filename: str
    media_type: str
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class CaseInput:
    """A demand as the intake form or case file gives it; validate() says what is wrong."""

    authority_name: str
    authority_type: str
    requester_name: str
    issuer_role: str
    legal_basis: str
    channel: str
    received_at: datetime
    data_categories: tuple[str, ...]
    targets: tuple[str, ...]
    authority_id: int | None = None
    requester_id: int | None = None
    requester_phone: str = ""
    requester_email: str = ""
    authority_reference: str = ""
    parket_number: str = ""
    due_at: datetime | None = None
    rc_authorisation_date: date | None = None
    rc_judge: str = ""
    period_from: datetime | None = None
    period_to: datetime | None = None
    emergency: bool = False
    emergency_reason: str = ""
    notes: str = ""
    written_confirmation_at: datetime | None = None
    verifications: tuple[VerificationInput, ...] = ()
    document: DocumentInput | None = None
    delivery: str = Delivery.ONCE.value
    wiv_minister_date: date | None = None
    wiv_tib_date: date | None = None
    foreign_origin: str = ""


# Free-text fields that may carry a BSN; the intake masks each before anything is stored.
TEXT_FIELDS = (
    "authority_reference",
    "parket_number",
    "rc_judge",
    "requester_name",
    "emergency_reason",
    "notes",
    "foreign_origin",
)


def _need(condition: bool, field_name: str, message: str, code: str = "invalid") -> None:
    if not condition:
        raise ValidationError(f"{field_name}: {message}", code=code, field=field_name)


def validate(data: CaseInput) -> None:
    """Form errors that make a demand unreadable (not legal findings: those come from rules)."""
    _need(
        bool(data.authority_name.strip()) or data.authority_id is not None,
        "authority.name",
        "required",
    )
    _need(
        bool(data.requester_name.strip()) or data.requester_id is not None,
        "requester.name",
        "required",
    )
    roles = {r.value for r in IssuerRole}
    _need(data.issuer_role in roles, "issuer_role", f"use one of {', '.join(sorted(roles))}")
    channels = {c.value for c in Channel}
    _need(data.channel in channels, "channel", f"use one of {', '.join(sorted(channels))}")
    categories = {c.value for c in DataCategory}
    unknown = [c for c in data.data_categories if c not in categories]
    _need(
        not unknown,
        "data_categories",
        f"unknown {unknown}; use {', '.join(c.value for c in DataCategory)}",
    )
    _need(bool(data.data_categories), "data_categories", "name at least one category")
    deliveries = [d.value for d in Delivery]
    _need(data.delivery in deliveries, "delivery", f"use one of {', '.join(deliveries)}")
    if data.wiv_minister_date and data.wiv_tib_date:
        _need(
            data.wiv_tib_date >= data.wiv_minister_date,
            "wiv_approvals.tib",
            "the TIB reviews the minister's permission, so it cannot be dated before it",
        )
    _need(len(data.foreign_origin) <= 200, "foreign_origin", "at most 200 characters")
    _need(bool([t for t in data.targets if t.strip()]), "targets", "name at least one target")
    _need(
        not data.emergency or bool(data.emergency_reason.strip()),
        "emergency_reason",
        "an emergency demand needs its reason recorded",
    )
    if data.period_from and data.period_to:
        _need(data.period_from <= data.period_to, "period", "'from' is after 'to'")
    if data.due_at is not None:
        _need(data.due_at > data.received_at, "due_at", "the deadline is before receipt")
    if data.document is not None:
        _need(
            0 < len(data.document.content) <= MAX_DOCUMENT_BYTES,
            "document",
            f"must be 1 byte to {MAX_DOCUMENT_BYTES // 1024 // 1024} MB",
        )
        _need(bool(data.document.filename.strip()), "document.filename", "required")


@dataclass(frozen=True)
class MaskedInput:
    """The input with every BSN masked, the targets typed, and what was masked where."""

    data: CaseInput
    targets: tuple[TargetFacts, ...]
    masked_count: int
    masked_fields: tuple[str, ...]


def type_target(raw: str) -> TargetFacts:
    """Detect and normalise one target; an invalid one is kept, BSN-masked, with its problem."""
    text = raw.strip()
    masked, found = mask_bsn(text)
    if found:
        # A 9-digit value passing the 11-test is taken as a BSN even where it could be read
        # as a phone number without its trunk 0 (0111 222333): storing a BSN is the worse error.
        return TargetFacts(masked, "identifier", "", False, BSN_TARGET_PROBLEM)
    try:
        ident = normalise(text)
    except ValidationError as exc:
        masked, _ = mask_bsn(text)
        kind = str(exc.params.get("kind", "identifier"))
        return TargetFacts(masked, kind, "", False, str(exc.params.get("reason", exc.message)))
    if ident.port is not None:
        return TargetFacts(text, ident.kind.value, ident.display, True)
    return TargetFacts(text, ident.kind.value, ident.normalised, True)


def mask_input(data: CaseInput) -> MaskedInput:
    changes: dict[str, Any] = {}
    count = 0
    fields: list[str] = []
    for name in TEXT_FIELDS:
        masked, n = mask_bsn(getattr(data, name))
        if n:
            changes[name] = masked
            count += n
            fields.append(name)
    targets = tuple(type_target(t) for t in data.targets if t.strip())
    target_masks = sum(
        1
        for t, raw in zip(targets, [t for t in data.targets if t.strip()], strict=True)
        if t.raw != raw.strip()
    )
    if target_masks:
        count += target_masks
        fields.append("targets")
    verifications = []
    for v in data.verifications:
        masked, n = mask_bsn(v.details)
        count += n
        if n and "verification" not in fields:
            fields.append("verification")
        verifications.append(replace(v, details=masked))
    changes["verifications"] = tuple(verifications)
    changes["targets"] = tuple(t.raw for t in targets)
    return MaskedInput(replace(data, **changes), targets, count, tuple(fields))


def demand_facts(masked: MaskedInput, *, verified: bool) -> DemandFacts:
    d = masked.data
    return DemandFacts(
        issuer_role=d.issuer_role,
        channel=d.channel,
        received_at=d.received_at,
        data_categories=tuple(d.data_categories),
        targets=masked.targets,
        period_from=d.period_from,
        period_to=d.period_to,
        rc_authorisation_date=d.rc_authorisation_date,
        written_confirmation_at=d.written_confirmation_at,
        requester=d.requester_name,
        requester_verified=verified,
        bsn_masked_count=masked.masked_count,
        bsn_masked_fields=masked.masked_fields,
        delivery=d.delivery,
        wiv_minister_date=d.wiv_minister_date,
        wiv_tib_date=d.wiv_tib_date,
    )


def evaluate(
    data: CaseInput,
    basis: BasisRule,
    settings: RuleSettings,
    now: datetime,
    other_open_targets: Mapping[tuple[str, str], Sequence[str]] | None = None,
) -> list[Finding]:
    """The findings a demand would get, without storing anything (the live panel uses this)."""
    masked = mask_input(data)
    return check_demand(
        demand_facts(masked, verified=bool(data.verifications)),
        basis,
        settings,
        now,
        other_open_targets,
    )


# --------------------------------------------------------------------------- case file (JSON)


def _text(doc: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = doc.get(key)
    if value is None:
        _need(not required, where, "required", "required")
        return ""
    _need(isinstance(value, str), where, f"must be text, not {type(value).__name__}")
    return str(value)


def _time(doc: Mapping[str, Any], key: str, where: str) -> datetime | None:
    value = doc.get(key)
    if value is None or value == "":
        return None
    _need(isinstance(value, str), where, "must be an ISO 8601 date-time text")
    return parse_time(str(value), field=where)


def _object(doc: Mapping[str, Any], key: str, *, required: bool = False) -> Mapping[str, Any]:
    value = doc.get(key)
    if value is None:
        _need(not required, key, "required", "required")
        return {}
    _need(isinstance(value, dict), key, "must be an object")
    return dict(value)


def _strings(doc: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = doc.get(key)
    _need(isinstance(value, list), key, "must be a list of texts", "required")
    assert isinstance(value, list)
    for i, item in enumerate(value):
        _need(isinstance(item, str), f"{key}[{i}]", "must be text")
    return tuple(str(v) for v in value)


def _date(doc: Mapping[str, Any], key: str, where: str) -> date | None:
    value = doc.get(key)
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(
            f"{where}: '{value}' is not a date (YYYY-MM-DD)", code="invalid", field=where
        ) from exc


def parse_case_file(doc: Any) -> CaseInput:
    """The contract's case file (dict from JSON) as a CaseInput; errors name the field."""
    _need(isinstance(doc, dict), "(file)", "the case file must be a JSON object")
    authority = _object(doc, "authority", required=True)
    requester = _object(doc, "requester", required=True)
    rc = _object(doc, "rc_authorisation")
    period = _object(doc, "period")
    rc_date: date | None = None
    if rc.get("date"):
        raw = rc["date"]
        try:
            rc_date = date.fromisoformat(str(raw))
        except ValueError as exc:
            raise ValidationError(
                f"rc_authorisation.date: '{raw}' is not a date (YYYY-MM-DD)",
                field="rc_authorisation.date",
            ) from exc
    received = _time(doc, "received_at", "received_at")
    _need(received is not None, "received_at", "required", "required")
    assert received is not None
    emergency = doc.get("emergency", False)
    _need(isinstance(emergency, bool), "emergency", "must be true or false")
    wiv = _object(doc, "wiv_approvals")
    unknown_wiv = sorted(set(wiv) - {"minister", "tib"})
    _need(not unknown_wiv, "wiv_approvals", f"unknown {unknown_wiv}; use minister and tib")
    delivery = doc.get("delivery") or Delivery.ONCE.value
    _need(isinstance(delivery, str), "delivery", "must be text: once, periodic or realtime")
    verifications: list[VerificationInput] = []
    raw_verification = doc.get("verification")
    if raw_verification is not None:
        v = _object(doc, "verification")
        verifications.append(
            VerificationInput(
                _text(v, "method", "verification.method", required=True),
                _text(v, "details", "verification.details"),
            )
        )
    data = CaseInput(
        authority_name=_text(authority, "name", "authority.name", required=True),
        authority_type=_text(authority, "type", "authority.type", required=True),
        requester_name=_text(requester, "name", "requester.name", required=True),
        requester_phone=_text(requester, "phone", "requester.phone"),
        requester_email=_text(requester, "email", "requester.email"),
        issuer_role=_text(doc, "issuer_role", "issuer_role", required=True),
        legal_basis=_text(doc, "legal_basis", "legal_basis", required=True).strip().lower(),
        authority_reference=_text(doc, "authority_reference", "authority_reference"),
        parket_number=_text(doc, "parket_number", "parket_number"),
        channel=_text(doc, "channel", "channel", required=True),
        received_at=received,
        due_at=_time(doc, "due_at", "due_at"),
        rc_authorisation_date=rc_date,
        rc_judge=_text(rc, "judge", "rc_authorisation.judge"),
        data_categories=_strings(doc, "data_categories"),
        period_from=_time(period, "from", "period.from"),
        period_to=_time(period, "to", "period.to"),
        targets=_strings(doc, "targets"),
        emergency=emergency,
        emergency_reason=_text(doc, "emergency_reason", "emergency_reason"),
        notes=_text(doc, "notes", "notes"),
        written_confirmation_at=_time(doc, "written_confirmation_at", "written_confirmation_at"),
        verifications=tuple(verifications),
        delivery=str(delivery),
        wiv_minister_date=_date(wiv, "minister", "wiv_approvals.minister"),
        wiv_tib_date=_date(wiv, "tib", "wiv_approvals.tib"),
        foreign_origin=_text(doc, "foreign_origin", "foreign_origin"),
    )
    validate(data)
    return data


# --------------------------------------------------------------------------- service


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


def store_document(
    session: Session,
    actor: Actor,
    case_id: int,
    document: DocumentInput,
    *,
    kind: DocumentKind,
    now: datetime,
) -> CaseDocument:
    row = CaseDocument(
        case_id=case_id,
        kind=kind.value,
        filename=document.filename.strip()[:255],
        media_type=document.media_type or "application/octet-stream",
        size=len(document.content),
        sha256=hashlib.sha256(document.content).hexdigest(),
        content=document.content,
        uploaded_by=actor.user_id,
        uploaded_at=now,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "case.document_added",
        now,
        case_id=case_id,
        object_type="document",
        object_id=row.id,
        details={"filename": row.filename, "sha256": row.sha256, "size": row.size, "kind": kind},
    )
    return row
