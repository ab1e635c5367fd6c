"""Data-subject requests (AVG articles 15-21): intake, deadlines, the access answer, the
portability export, erasure, and the internal record of what a flag kept out of an answer."""

from __future__ import annotations

import builtins
import csv
import hashlib
import io
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM, as_utc, parse_time
from lawfulreq.db.models import (
    AppUser,
    Authority,
    CaseDocument,
    CaseTarget,
    Customer,
    CustomerAddress,
    CustomerNameToken,
    DataSubjectRequest,
    DemandCase,
    DeviceObservation,
    Disclosure,
    DisclosureItem,
    DsarDecision,
    FlagSubject,
    IpAssignment,
    LegalBasisVersion,
    NonNotificationFlag,
    NumberAssignment,
    Organisation,
    SimCard,
    UsageRecord,
)
from lawfulreq.domain.enums import (
    OPEN_STATUSES,
    CaseStatus,
    DisclosureDecision,
    DisclosureStatus,
    DocumentKind,
    DsarStatus,
    Role,
)
from lawfulreq.domain.identifiers import mask_bsn
from lawfulreq.errors import ConflictError, NotFoundError, ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.dsar_pdf import (
    AnswerContent,
    Lang,
    Recipient,
    Row,
    ServiceLine,
    UsageCategory,
    render_access_answer,
)
from lawfulreq.services.flagging import ground_for
from lawfulreq.services.secrecy import active_flags_by_case, add_months, covered_customer_ids
from lawfulreq.services.settings import setting_value
from lawfulreq.settings_registry import RETENTION_LOCATION_MONTHS, RETENTION_TRAFFIC_MONTHS

KINDS = ("access", "rectification", "erasure", "restriction", "portability", "objection")
IDENTITY_METHODS = ("id_document_seen", "known_email", "signed_letter", "in_person")
# AVG art. 12(3): one month after receipt, extendable by two further months with reasons.
ANSWER_MONTHS = 1
EXTENSION_MONTHS = 2
REF_PREFIX = "AV"
OPEN_DSAR = frozenset({DsarStatus.RECEIVED, DsarStatus.IN_PROGRESS, DsarStatus.EXTENDED})
# Sv 126ni: a preservation order keeps data at most 90 days.
PRESERVATION_DAYS = 90
PRESERVATION_BASES = frozenset({"PRESERVATION"})
DEFAULT_NECESSITY_NOTE = (
    "Vermelding zou het lopende onderzoek kunnen schaden; de geheimhouding geldt zolang de "
    "vlag actief is. Bij opheffing van de vlag krijgt een volgend verzoek de volledige lijst."
)
# Cells a spreadsheet would read as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def due_for(received_at: datetime) -> datetime:
    """AVG 12(3): one calendar month after receipt (31 January -> end of February)."""
    return add_months(received_at, ANSWER_MONTHS)


def csv_safe(value: object) -> str:
    """A CSV cell no spreadsheet runs as a formula: a leading = + - @ tab or CR gets a quote."""
    cell = "" if value is None else str(value)
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


# --------------------------------------------------------------------------- input


@dataclass(frozen=True)
class DsarInput:
    kind: str
    customer_ref: str
    requester_name: str
    received_at: datetime
    identity_method: str
    identity_notes: str = ""
    requester_email: str = ""
    requester_phone: str = ""


def parse_dsar_file(doc: Any) -> DsarInput:
    """The access-request file of the contract (`dsar new FILE.json`)."""
    if not isinstance(doc, Mapping):
        raise ValidationError("the request file must hold a JSON object", code="bad_file")
    requester = doc.get("requester") or {}
    identity = doc.get("identity_check") or {}
    if not isinstance(requester, Mapping) or not isinstance(identity, Mapping):
        raise ValidationError("requester and identity_check are objects", code="bad_file")
    received = doc.get("received_at")
    if not isinstance(received, str):
        raise ValidationError("received_at: required", code="required", field="received_at")
    return DsarInput(
        kind=str(doc.get("kind", "")),
        customer_ref=str(doc.get("customer_id", "") or ""),
        requester_name=str(requester.get("name", "") or ""),
        requester_email=str(requester.get("email", "") or ""),
        requester_phone=str(requester.get("phone", "") or ""),
        received_at=parse_time(received, field="received_at"),
        identity_method=str(identity.get("method", "") or ""),
        identity_notes=str(identity.get("notes", "") or ""),
    )


def validate(data: DsarInput) -> None:
    def need(ok: bool, field: str, message: str) -> None:
        if not ok:
            raise ValidationError(f"{field}: {message}", code="invalid", field=field)

    need(data.kind in KINDS, "kind", f"one of {', '.join(KINDS)}")
    need(bool(data.customer_ref.strip()), "customer_id", "required")
    need(bool(data.requester_name.strip()), "requester.name", "required")
    need(
        data.identity_method in IDENTITY_METHODS,
        "identity_check.method",
        f"one of {', '.join(IDENTITY_METHODS)}",
    )


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class DsarView:
    id: int
    ref: str
    kind: str
    customer_ref: str
    customer_name: str
    requester_name: str
    requester_contact: str
    identity_method: str
    identity_checked: str
    received_at: datetime
    due_at: datetime
    extended_until: datetime | None
    extension_reason: str
    status: DsarStatus
    paused_at: datetime | None
    pause_reason: str
    answered_at: datetime | None
    erased_at: datetime | None
    # A flag in force covers this customer: handle with care (GUI badge; never in the answer).
    secrecy: bool
    version: int

    @property
    def deadline(self) -> datetime:
        return self.extended_until or self.due_at

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    @property
    def open(self) -> bool:
        return self.status in OPEN_DSAR

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ref": self.ref,
            "kind": self.kind,
            "customer_id": self.customer_ref,
            "requester": self.requester_name,
            "received_at": self.received_at.isoformat(),
            "due_at": self.deadline.isoformat(),
            "extended": self.extended_until is not None,
            "extension_reason": self.extension_reason,
            "paused": self.paused,
            "status": self.status.value,
            "answered_at": self.answered_at.isoformat() if self.answered_at else None,
        }


@dataclass(frozen=True)
class AccessAnswer:
    pdf: bytes
    sha256: str
    recipients_listed: int
    lang: Lang
    filename: str


@dataclass(frozen=True)
class RestrictionView:
    # None: the case has no flag at all, kept secret by its basis (see _kept_secret).
    flag_id: int | None
    case_ref: str
    ground: str
    necessity_note: str
    signed_off_by: str
    signed_off_at: datetime | None
    decided_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "flag_id": self.flag_id,
            "case_ref": self.case_ref,
            "ground": self.ground,
            "necessity_note": self.necessity_note,
            "signed_off_by": self.signed_off_by,
            "signed_off_at": self.signed_off_at.isoformat() if self.signed_off_at else None,
        }


@dataclass(frozen=True)
class PortableData:
    document: dict[str, Any]
    csv_text: str

    def write(self, directory: Path, stem: str) -> tuple[Path, Path]:
        """data JSON and CSV into `directory`, owner-only (0600) from the first byte."""
        directory.mkdir(parents=True, exist_ok=True)
        json_path = directory / f"{stem}.json"
        csv_path = directory / f"{stem}.csv"
        for path, body in (
            (json_path, json.dumps(self.document, ensure_ascii=False, indent=2) + "\n"),
            (csv_path, self.csv_text),
        ):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(body)
            os.chmod(path, 0o600)
        return json_path, csv_path


@dataclass(frozen=True)
class ErasurePlan:
    request_ref: str
    blocked: bool
    # Internal reasons (codes and case references): never copied into a letter while a flag
    # is in force, since naming the open case would tip off the person (AVG 23).
    reasons: tuple[str, ...]
    items: tuple[tuple[str, int], ...]
    executed: bool = False


# --------------------------------------------------------------------------- the customer


@dataclass(frozen=True)
class _Found:
    """A delivered disclosure that concerns the customer."""

    disclosure_id: int
    case_id: int
    case_ref: str
    authority: str
    authority_type: str
    delivered_at: datetime
    basis: str
    basis_law: str
    categories: tuple[str, ...]
    # The basis carries statutory secrecy (catalogue `secrecy_applies` of the case's version).
    secrecy: bool = False
    ground: str = ""


def _identifiers(session: Session, customer_id: int) -> set[str]:
    numbers = session.scalars(
        select(NumberAssignment.number).where(NumberAssignment.customer_id == customer_id)
    ).all()
    sims = session.execute(
        select(SimCard.imsi, SimCard.iccid).where(SimCard.customer_id == customer_id)
    ).all()
    ips = session.scalars(
        select(IpAssignment.ip).where(IpAssignment.customer_id == customer_id)
    ).all()
    customer = session.get(Customer, customer_id)
    values = set(numbers) | {s[0] for s in sims} | {s[1] for s in sims} | set(ips)
    if customer is not None:
        values |= {v for v in (customer.customer_ref, customer.email, customer.iban) if v}
    return values


def _disclosures(session: Session, customer_id: int) -> list[_Found]:
    """Delivered disclosures with an item about the customer, or about one of their
    identifiers (traffic items name the target, not the customer)."""
    keys = _identifiers(session, customer_id)
    about = or_(
        DisclosureItem.customer_id == customer_id,
        DisclosureItem.target_id.in_(
            select(CaseTarget.id).where(CaseTarget.normalised.in_(sorted(keys) or [""]))
        ),
    )
    rows = session.execute(
        select(
            Disclosure.id,
            Disclosure.case_id,
            DemandCase.ref,
            Authority.name,
            Authority.type,
            Disclosure.delivered_at,
            LegalBasisVersion.law,
            LegalBasisVersion.article,
            DisclosureItem.category,
            LegalBasisVersion.secrecy_applies,
        )
        .join(DisclosureItem, DisclosureItem.disclosure_id == Disclosure.id)
        .join(DemandCase, DemandCase.id == Disclosure.case_id)
        .join(Authority, Authority.id == DemandCase.authority_id)
        .join(LegalBasisVersion, LegalBasisVersion.id == DemandCase.legal_basis_id)
        .where(Disclosure.status == DisclosureStatus.DELIVERED.value)
        .where(Disclosure.delivered_at.is_not(None))
        .where(DisclosureItem.decision.in_(["deliver", "produce"]))
        .where(about)
        .order_by(Disclosure.delivered_at, Disclosure.id)
    ).all()
    found: dict[int, _Found] = {}
    for d_id, case_id, ref, name, a_type, at, law, article, category, secret in rows:
        prior = found.get(d_id)
        cats = prior.categories if prior else ()
        if category not in cats:
            cats = (*cats, category)
        assert at is not None
        found[d_id] = _Found(
            d_id,
            case_id,
            ref,
            name,
            a_type,
            at,
            f"art. {article} {law}",
            law,
            cats,
            secrecy=bool(secret),
            ground=ground_for(law, article),
        )
    return list(found.values())


def restriction_ground(secrecy_ground: str, law: str) -> str:
    """AVG 23 / UAVG 41: criminal demands (d), national security for the Wiv (a)."""
    if law.startswith("Wiv"):
        return f"AVG art. 23(1)(a); UAVG art. 41(1)(a); {secrecy_ground}"
    return f"{secrecy_ground or 'art. 126bb lid 5 Sv'}; AVG art. 23(1)(d); UAVG art. 41(1)(d)"


def _kept_secret(session: Session, found: Sequence[_Found]) -> dict[int, int | None]:
    """The cases whose disclosures stay out of an answer, with the flag that keeps them out.

    A flag in force keeps its case secret. Fail-safe: a case whose basis carries secrecy but
    that has no flag at all (taken in before flags existed, migration 0006) stays secret too,
    with no flag (None), until someone records a flag and lifts it.
    """
    cases = sorted({f.case_id for f in found})
    active = active_flags_by_case(session, cases)
    any_flag = set(
        session.scalars(
            select(NonNotificationFlag.case_id).where(NonNotificationFlag.case_id.in_(cases))
        )
    )
    kept: dict[int, int | None] = {case: flags[0] for case, flags in active.items()}
    for f in found:
        if f.secrecy and f.case_id not in any_flag:
            kept[f.case_id] = None
    return kept


def _customer_by_ref(session: Session, ref: str) -> Customer:
    row = session.scalar(select(Customer).where(Customer.customer_ref == ref.strip()))
    if row is None:
        raise NotFoundError(f"no customer '{ref}'", code="customer_not_found", field="customer")
    return row


class DsarService(Service):
    # ------------------------------------------------------------------ intake and deadlines

    def create(self, actor: Actor, data: DsarInput) -> DsarView:
        """Record a request; BSNs in any text are masked, no identity document is kept."""
        actor.require(Permission.HANDLE_DSAR)
        validate(data)
        now = self._clock()
        masked = 0

        def clean(value: str) -> str:
            nonlocal masked
            text, count = mask_bsn(value.strip())
            masked += count
            return text

        name = clean(data.requester_name)[:200]
        contact = clean(" · ".join(v for v in (data.requester_email, data.requester_phone) if v))
        notes = clean(data.identity_notes)
        with self._unit_of_work() as session:
            customer = _customer_by_ref(session, data.customer_ref)
            received = as_utc(data.received_at)
            row = DataSubjectRequest(
                ref=self._next_ref(session, now),
                customer_id=customer.id,
                requester_name=name,
                requester_contact=contact[:200],
                identity_checked=f"{data.identity_method}: {notes}".strip(": ")
                + f" ({actor.username})",
                identity_method=data.identity_method,
                received_at=received,
                due_at=due_for(received),
                extended_until=None,
                extension_reason="",
                status=DsarStatus.RECEIVED.value,
                kind=data.kind,
                paused_seconds=0,
                pause_reason="",
                created_at=now,
                created_by=actor.user_id,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor,
                "dsar.created",
                now,
                object_type="dsar",
                object_id=row.ref,
                details={
                    "kind": data.kind,
                    "identity_method": data.identity_method,
                    "due_at": row.due_at.isoformat(),
                    "bsn_masked": masked,
                },
            )
            return self._views(session, [row])[0]

    def list(
        self, actor: Actor, *, due_before: datetime | None = None, open_only: bool = False
    ) -> builtins.list[DsarView]:
        """Requests, the nearest deadline first; `due_before` as the dashboard counts them."""
        actor.require(Permission.HANDLE_DSAR)
        deadline = func.coalesce(DataSubjectRequest.extended_until, DataSubjectRequest.due_at)
        query = select(DataSubjectRequest).order_by(deadline, DataSubjectRequest.id)
        if open_only or due_before is not None:
            query = query.where(DataSubjectRequest.status.in_(sorted(s.value for s in OPEN_DSAR)))
        if due_before is not None:
            query = query.where(deadline < due_before)
        with self._unit_of_work() as session:
            return self._views(session, session.scalars(query).all())

    def show(self, actor: Actor, key: str | int) -> DsarView:
        actor.require(Permission.HANDLE_DSAR)
        with self._unit_of_work() as session:
            return self._views(session, [self._get(session, key)])[0]

    def extend(self, actor: Actor, key: str | int, reason: str) -> DsarView:
        """AVG 12(3): two more months, once, with the reason recorded (and told the person)."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        if not reason.strip():
            raise ValidationError("a reason is required", code="reason_required", field="reason")
        with self._unit_of_work() as session:
            row = self._open(session, key)
            if row.extended_until is not None:
                raise ConflictError("this request was already extended", code="already_extended")
            row.extended_until = add_months(row.due_at, EXTENSION_MONTHS)
            row.extension_reason = reason.strip()
            row.status = DsarStatus.EXTENDED.value
            audit.record(
                session,
                actor,
                "dsar.extended",
                now,
                object_type="dsar",
                object_id=row.ref,
                reason=row.extension_reason,
                details={"until": row.extended_until.isoformat()},
            )
            session.flush()
            return self._views(session, [row])[0]

    def pause(self, actor: Actor, key: str | int, reason: str) -> DsarView:
        """Waiting for the person (e.g. to confirm identity): the deadline stands still."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        if not reason.strip():
            raise ValidationError("a reason is required", code="reason_required", field="reason")
        with self._unit_of_work() as session:
            row = self._open(session, key)
            if row.paused_at is not None:
                raise ConflictError("this request is already paused", code="already_paused")
            row.paused_at = now
            row.pause_reason = reason.strip()
            audit.record(
                session,
                actor,
                "dsar.paused",
                now,
                object_type="dsar",
                object_id=row.ref,
                reason=row.pause_reason,
            )
            session.flush()
            return self._views(session, [row])[0]

    def resume(self, actor: Actor, key: str | int) -> DsarView:
        """The person answered: every deadline moves by the time paused."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        with self._unit_of_work() as session:
            row = self._open(session, key)
            if row.paused_at is None:
                raise ConflictError("this request is not paused", code="not_paused")
            held = now - row.paused_at
            row.due_at = row.due_at + held
            if row.extended_until is not None:
                row.extended_until = row.extended_until + held
            row.paused_seconds = (row.paused_seconds or 0) + int(held.total_seconds())
            row.paused_at = None
            audit.record(
                session,
                actor,
                "dsar.resumed",
                now,
                object_type="dsar",
                object_id=row.ref,
                details={"paused_seconds": int(held.total_seconds())},
            )
            session.flush()
            return self._views(session, [row])[0]

    # ------------------------------------------------------------------ the access answer

    def answer(
        self,
        actor: Actor,
        key: str | int,
        *,
        lang: Lang = "nl",
        necessity_note: str = DEFAULT_NECESSITY_NOTE,
    ) -> AccessAnswer:
        """The AVG 15 answer; disclosures under a flag in force are left out without trace,
        and each gets an internal restriction record signed off by the FG."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        with self._unit_of_work() as session:
            row = self._get(session, key)
            customer = self._customer(session, row)
            content, withheld = self._content(session, row, customer, lang, now)
            kept = _kept_secret(session, withheld)
            existing = {
                d
                for d in session.scalars(
                    select(DsarDecision.disclosure_id).where(DsarDecision.request_id == row.id)
                )
            }
            for found in withheld:
                if found.disclosure_id in existing:
                    continue
                flag_id = kept[found.case_id]
                flag = session.get(NonNotificationFlag, flag_id) if flag_id else None
                ground = restriction_ground(flag.ground if flag else found.ground, found.basis_law)
                session.add(
                    DsarDecision(
                        request_id=row.id,
                        case_id=found.case_id,
                        flag_id=flag_id,
                        disclosure_id=found.disclosure_id,
                        decision=DisclosureDecision.WITHHELD.value,
                        reason=ground,
                        ground=ground,
                        necessity_note=necessity_note.strip() or DEFAULT_NECESSITY_NOTE,
                        decided_by=actor.user_id,
                        decided_at=now,
                        signed_off_by=actor.user_id if actor.role == Role.FG else None,
                        signed_off_at=now if actor.role == Role.FG else None,
                    )
                )
            pdf = render_access_answer(content, lang)
            digest = hashlib.sha256(pdf).hexdigest()
            filename = f"{row.ref}-{lang}.pdf"
            document = CaseDocument(
                case_id=None,
                kind=DocumentKind.REPORT.value,
                filename=filename,
                media_type="application/pdf",
                size=len(pdf),
                sha256=digest,
                content=pdf,
                uploaded_by=actor.user_id,
                uploaded_at=now,
            )
            session.add(document)
            session.flush()
            row.answer_document_id = document.id
            row.answered_at = now
            row.answered_by = actor.user_id
            row.status = DsarStatus.ANSWERED.value
            audit.record(
                session,
                actor,
                "dsar.answered",
                now,
                object_type="dsar",
                object_id=row.ref,
                details={
                    "lang": lang,
                    "sha256": digest,
                    "recipients_listed": len(content.recipients),
                    "restrictions": len(withheld),
                },
            )
            return AccessAnswer(pdf, digest, len(content.recipients), lang, filename)

    def preview(self, actor: Actor, key: str | int, *, lang: Lang = "nl") -> AccessAnswer:
        """The answer as it would be sent now; nothing is stored or signed off (audited)."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        with self._unit_of_work() as session:
            row = self._get(session, key)
            customer = self._customer(session, row)
            content, _ = self._content(session, row, customer, lang, now)
            pdf = render_access_answer(content, lang)
            audit.record(
                session, actor, "dsar.previewed", now, object_type="dsar", object_id=row.ref
            )
        return AccessAnswer(
            pdf, hashlib.sha256(pdf).hexdigest(), len(content.recipients), lang, f"{row.ref}.pdf"
        )

    def restrictions(self, actor: Actor, key: str | int) -> builtins.list[RestrictionView]:
        """What the answers to this request left out, and why: FG and auditor only."""
        actor.require(Permission.READ_DSAR_RESTRICTIONS)
        now = self._clock()
        with self._unit_of_work() as session:
            row = self._get(session, key)
            rows = session.execute(
                select(DsarDecision, DemandCase.ref, AppUser.username)
                .join(DemandCase, DemandCase.id == DsarDecision.case_id)
                .outerjoin(AppUser, AppUser.id == DsarDecision.signed_off_by)
                .where(DsarDecision.request_id == row.id)
                .order_by(DsarDecision.id)
            ).all()
            audit.record(
                session, actor, "dsar.restrictions_read", now, object_type="dsar", object_id=row.ref
            )
            return [
                RestrictionView(
                    flag_id=d.flag_id,
                    case_ref=ref,
                    ground=d.ground,
                    necessity_note=d.necessity_note,
                    signed_off_by=user or "",
                    signed_off_at=d.signed_off_at,
                    decided_at=d.decided_at,
                )
                for d, ref, user in rows
            ]

    # ------------------------------------------------------------------ portability

    def export(self, actor: Actor, key: str | int) -> PortableData:
        """AVG 20: the data the person gave us and their services, as JSON and CSV."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        with self._unit_of_work() as session:
            row = self._get(session, key)
            customer = self._customer(session, row)
            document = self._portable(session, customer)
            audit.record(
                session, actor, "dsar.exported", now, object_type="dsar", object_id=row.ref
            )
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["section", "item", "field", "value"])
        for section, value in document.items():
            entries = value if isinstance(value, list) else [value]
            for index, entry in enumerate(entries, start=1):
                for field, cell in entry.items():
                    writer.writerow([section, index, field, csv_safe(cell)])
        return PortableData(document, out.getvalue())

    # ------------------------------------------------------------------ erasure

    def erasure_plan(self, actor: Actor, key: str | int) -> ErasurePlan:
        actor.require(Permission.HANDLE_DSAR)
        with self._unit_of_work() as session:
            row = self._get(session, key)
            return self._plan(session, row, self._customer(session, row))

    def erase(self, actor: Actor, key: str | int, *, confirm: bool) -> ErasurePlan:
        """Carry out the plan once confirmed; refused while a blocking reason stands."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        with self._unit_of_work() as session:
            row = self._get(session, key)
            if row.kind != "erasure":
                raise ConflictError("this is not an erasure request", code="not_erasure")
            customer = self._customer(session, row)
            plan = self._plan(session, row, customer)
            if plan.blocked:
                audit.record(
                    session,
                    actor,
                    "dsar.erasure_refused",
                    now,
                    object_type="dsar",
                    object_id=row.ref,
                    details={"reasons": list(plan.reasons)},
                )
                return plan
            if not confirm:
                raise ValidationError(
                    "erasure needs an explicit confirmation", code="confirmation_required"
                )
            self._erase(session, customer)
            row.erased_at = now
            row.status = DsarStatus.ANSWERED.value
            row.answered_at = now
            row.answered_by = actor.user_id
            audit.record(
                session,
                actor,
                "dsar.erased",
                now,
                object_type="dsar",
                object_id=row.ref,
                details={k: n for k, n in plan.items},
            )
            return ErasurePlan(plan.request_ref, False, (), plan.items, executed=True)

    # ------------------------------------------------------------------ helpers

    def _plan(self, session: Session, row: DataSubjectRequest, customer: Customer) -> ErasurePlan:
        now = self._clock()
        reasons: builtins.list[str] = []
        cases = self._cases_about(session, customer.id)
        for case, group in cases:
            preserving = (
                group in PRESERVATION_BASES
                and case.status not in (CaseStatus.REJECTED.value, CaseStatus.WITHDRAWN.value)
                and now < case.received_at + timedelta(days=PRESERVATION_DAYS)
            )
            if preserving:
                reasons.append(f"preservation_order:{case.ref}")
            elif CaseStatus(case.status) in OPEN_STATUSES:
                reasons.append(f"open_case:{case.ref}")
        keys = self._own_keys(session, customer.id)
        items = (
            ("contact_data", 1),
            ("addresses", self._count(session, CustomerAddress, customer.id)),
            ("numbers", len(keys["numbers"])),
            ("sim_cards", self._count(session, SimCard, customer.id)),
            ("ip_assignments", self._count(session, IpAssignment, customer.id)),
            ("usage_records", int(session.scalar(self._usage_count(keys)) or 0)),
        )
        return ErasurePlan(row.ref, bool(reasons), tuple(reasons), items)

    @staticmethod
    def _count(session: Session, model: Any, customer_id: int) -> int:
        return int(
            session.scalar(
                select(func.count()).select_from(model).where(model.customer_id == customer_id)
            )
            or 0
        )

    @staticmethod
    def _own_keys(session: Session, customer_id: int) -> dict[str, builtins.list[str]]:
        numbers = session.scalars(
            select(NumberAssignment.number).where(NumberAssignment.customer_id == customer_id)
        ).all()
        imsis = session.scalars(select(SimCard.imsi).where(SimCard.customer_id == customer_id))
        return {"numbers": sorted(set(numbers)), "imsis": sorted(set(imsis))}

    @staticmethod
    def _usage_filter(keys: dict[str, builtins.list[str]]) -> Any:
        return or_(
            UsageRecord.a_number.in_(keys["numbers"] or [""]),
            UsageRecord.imsi.in_(keys["imsis"] or [""]),
        )

    def _usage_count(self, keys: dict[str, builtins.list[str]]) -> Any:
        return select(func.count()).select_from(UsageRecord).where(self._usage_filter(keys))

    def _cases_about(
        self, session: Session, customer_id: int
    ) -> builtins.list[tuple[DemandCase, str]]:
        """Cases whose targets, disclosure items or flags concern the customer."""
        keys = _identifiers(session, customer_id)
        by_target = select(CaseTarget.case_id).where(
            CaseTarget.normalised.in_(sorted(keys) or [""])
        )
        by_item = (
            select(Disclosure.case_id)
            .join(DisclosureItem, DisclosureItem.disclosure_id == Disclosure.id)
            .where(DisclosureItem.customer_id == customer_id)
        )
        by_flag = (
            select(NonNotificationFlag.case_id)
            .join(FlagSubject, FlagSubject.flag_id == NonNotificationFlag.id)
            .where(FlagSubject.customer_id == customer_id)
        )
        rows = session.execute(
            select(DemandCase, LegalBasisVersion.group)
            .join(LegalBasisVersion, LegalBasisVersion.id == DemandCase.legal_basis_id)
            .where(
                or_(
                    DemandCase.id.in_(by_target),
                    DemandCase.id.in_(by_item),
                    DemandCase.id.in_(by_flag),
                )
            )
            .order_by(DemandCase.id)
        ).all()
        return [(c, g) for c, g in rows]

    def _erase(self, session: Session, customer: Customer) -> None:
        keys = self._own_keys(session, customer.id)
        session.execute(delete(UsageRecord).where(self._usage_filter(keys)))
        session.execute(
            delete(DeviceObservation).where(DeviceObservation.imsi.in_(keys["imsis"] or [""]))
        )
        for model in (CustomerAddress, SimCard, IpAssignment, NumberAssignment, CustomerNameToken):
            session.execute(delete(model).where(model.customer_id == customer.id))
        # The row itself stays (disclosures and requests refer to it), emptied of contact data.
        customer.name = "[gewist]"
        customer.name_key = ""
        customer.email = None
        customer.iban = None
        customer.kvk = None

    def _content(
        self,
        session: Session,
        row: DataSubjectRequest,
        customer: Customer,
        lang: Lang,
        now: datetime,
    ) -> tuple[AnswerContent, builtins.list[_Found]]:
        found = _disclosures(session, customer.id)
        flagged = _kept_secret(session, found)
        shown = [f for f in found if f.case_id not in flagged]
        withheld = [f for f in found if f.case_id in flagged]
        organisation = session.scalar(select(Organisation.name).order_by(Organisation.id)) or (
            "LawfulReq"
        )
        content = AnswerContent(
            ref=row.ref,
            answered_on=as_utc(now).astimezone(AMSTERDAM).date(),
            received_on=as_utc(row.received_at).astimezone(AMSTERDAM).date(),
            requester=row.requester_name,
            customer_ref=customer.customer_ref,
            contact=self._contact_rows(session, customer, lang),
            services=self._services(session, customer.id),
            usage=self._usage(session, customer.id),
            recipients=tuple(
                Recipient(
                    authority=f.authority,
                    authority_type=f.authority_type,
                    delivered_on=as_utc(f.delivered_at).astimezone(AMSTERDAM).date(),
                    basis=f.basis,
                    categories=f.categories,
                )
                for f in shown
            ),
            organisation=organisation,
        )
        return content, withheld

    @staticmethod
    def _contact_rows(session: Session, customer: Customer, lang: Lang) -> tuple[Row, ...]:
        nl = lang == "nl"
        yes, no = ("ja", "nee") if nl else ("yes", "no")
        rows = [
            Row("Naam" if nl else "Name", customer.name),
            Row("E-mail", customer.email or ""),
            Row("IBAN", customer.iban or ""),
        ]
        if customer.kvk:
            rows.append(Row("KvK-nummer" if nl else "Chamber of Commerce number", customer.kvk))
        addresses = session.scalars(
            select(CustomerAddress)
            .where(CustomerAddress.customer_id == customer.id)
            .order_by(CustomerAddress.valid_from)
        ).all()
        for a in addresses:
            line = f"{a.street} {a.house_number}{a.house_number_suffix}, {a.postcode} {a.town}"
            start = as_utc(a.valid_from).astimezone(AMSTERDAM).date()
            if a.valid_to is None:
                period = f"sinds {start:%d-%m-%Y}" if nl else f"since {start.isoformat()}"
            else:
                end = as_utc(a.valid_to).astimezone(AMSTERDAM).date()
                period = f"{start:%d-%m-%Y} – {end:%d-%m-%Y}" if nl else f"{start} – {end}"
            rows.append(Row("Adres" if nl else "Address", f"{line.strip()} ({period})"))
        if customer.contract_start:
            rows.append(
                Row(
                    "Klant sinds" if nl else "Customer since",
                    customer.contract_start.strftime("%d-%m-%Y")
                    if nl
                    else customer.contract_start.isoformat(),
                )
            )
        rows.append(
            Row(
                "Vermeld in telefoongids" if nl else "Listed in directories",
                yes if customer.directory_listed else no,
            )
        )
        return tuple(rows)

    @staticmethod
    def _services(session: Session, customer_id: int) -> tuple[ServiceLine, ...]:
        lines = [
            ServiceLine("number", n.number, n.service_type, n.valid_from, n.valid_to)
            for n in session.scalars(
                select(NumberAssignment)
                .where(NumberAssignment.customer_id == customer_id)
                .order_by(NumberAssignment.valid_from, NumberAssignment.id)
            )
        ]
        lines += [
            ServiceLine("sim", f"{s.iccid} / IMSI {s.imsi}", "mobile", s.valid_from, s.valid_to)
            for s in session.scalars(
                select(SimCard)
                .where(SimCard.customer_id == customer_id)
                .order_by(SimCard.valid_from, SimCard.id)
            )
        ]
        lines += [
            ServiceLine("ip", f"{i.ip}/{i.prefix_length}", "internet", i.valid_from, i.valid_to)
            for i in session.scalars(
                select(IpAssignment)
                .where(IpAssignment.customer_id == customer_id)
                .where(IpAssignment.valid_to.is_(None))
                .order_by(IpAssignment.valid_from, IpAssignment.id)
            )
        ]
        return tuple(lines)

    def _usage(self, session: Session, customer_id: int) -> tuple[UsageCategory, ...]:
        """The kinds of usage data held and their retention, never their dates: data kept
        past the retention would betray a preservation order."""
        traffic = int(setting_value(session, RETENTION_TRAFFIC_MONTHS))
        location = int(setting_value(session, RETENTION_LOCATION_MONTHS))
        keys = self._own_keys(session, customer_id)
        categories = [UsageCategory("call_records", traffic)]
        has_cells = session.scalar(
            select(func.count())
            .select_from(UsageRecord)
            .where(self._usage_filter(keys), UsageRecord.cell_id.is_not(None))
        )
        if has_cells or keys["imsis"]:
            categories.append(UsageCategory("cell_location", location))
        if keys["imsis"]:
            categories.append(UsageCategory("handset", traffic))
        if self._count(session, IpAssignment, customer_id):
            categories.append(UsageCategory("ip_sessions", traffic))
        return tuple(categories)

    @staticmethod
    def _portable(session: Session, customer: Customer) -> dict[str, Any]:
        def day(value: date | datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        addresses = session.scalars(
            select(CustomerAddress).where(CustomerAddress.customer_id == customer.id)
        ).all()
        numbers = session.scalars(
            select(NumberAssignment).where(NumberAssignment.customer_id == customer.id)
        ).all()
        sims = session.scalars(select(SimCard).where(SimCard.customer_id == customer.id)).all()
        return {
            "customer": {
                "customer_id": customer.customer_ref,
                "kind": customer.kind,
                "name": customer.name,
                "email": customer.email,
                "iban": customer.iban,
                "kvk": customer.kvk,
                "contract_start": day(customer.contract_start),
                "contract_end": day(customer.contract_end),
                "directory_listed": customer.directory_listed,
            },
            "addresses": [
                {
                    "street": a.street,
                    "house_number": a.house_number,
                    "house_number_suffix": a.house_number_suffix,
                    "postcode": a.postcode,
                    "town": a.town,
                    "country": a.country,
                    "valid_from": day(a.valid_from),
                    "valid_to": day(a.valid_to),
                }
                for a in addresses
            ],
            "numbers": [
                {
                    "number": n.number,
                    "service_type": n.service_type,
                    "valid_from": day(n.valid_from),
                    "valid_to": day(n.valid_to),
                }
                for n in numbers
            ],
            "sims": [
                {
                    "iccid": s.iccid,
                    "imsi": s.imsi,
                    "number": s.number,
                    "valid_from": day(s.valid_from),
                    "valid_to": day(s.valid_to),
                }
                for s in sims
            ],
        }

    def _views(
        self, session: Session, rows: Sequence[DataSubjectRequest]
    ) -> builtins.list[DsarView]:
        if not rows:
            return []
        ids = sorted({r.customer_id for r in rows if r.customer_id is not None})
        customers = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
        covered = covered_customer_ids(session, ids)
        views = []
        for r in rows:
            c = customers.get(r.customer_id or 0)
            views.append(
                DsarView(
                    id=r.id,
                    ref=r.ref,
                    kind=r.kind,
                    customer_ref=c.customer_ref if c else "",
                    customer_name=c.name if c else "",
                    requester_name=r.requester_name,
                    requester_contact=r.requester_contact,
                    identity_method=r.identity_method,
                    identity_checked=r.identity_checked,
                    received_at=r.received_at,
                    due_at=r.due_at,
                    extended_until=r.extended_until,
                    extension_reason=r.extension_reason,
                    status=DsarStatus(r.status),
                    paused_at=r.paused_at,
                    pause_reason=r.pause_reason,
                    answered_at=r.answered_at,
                    erased_at=r.erased_at,
                    secrecy=(r.customer_id or 0) in covered,
                    version=r.version,
                )
            )
        return views

    @staticmethod
    def _customer(session: Session, row: DataSubjectRequest) -> Customer:
        customer = session.get(Customer, row.customer_id) if row.customer_id else None
        if customer is None:
            raise NotFoundError("the request names no known customer", code="customer_not_found")
        return customer

    @staticmethod
    def _get(session: Session, key: str | int) -> DataSubjectRequest:
        text = str(key).strip()
        if text.isdigit():
            row = session.get(DataSubjectRequest, int(text))
        else:
            row = session.scalar(select(DataSubjectRequest).where(DataSubjectRequest.ref == text))
        if row is None:
            raise NotFoundError(f"no access request '{key}'", code="dsar_not_found")
        return row

    def _open(self, session: Session, key: str | int) -> DataSubjectRequest:
        row = self._get(session, key)
        if DsarStatus(row.status) not in OPEN_DSAR:
            raise ConflictError(f"this request is {row.status}, no longer open", code="dsar_closed")
        return row

    @staticmethod
    def _next_ref(session: Session, now: datetime) -> str:
        year = as_utc(now).astimezone(AMSTERDAM).year
        prefix = f"{REF_PREFIX}-{year}-"
        last = session.scalar(
            select(func.max(DataSubjectRequest.ref)).where(
                DataSubjectRequest.ref.like(prefix + "%")
            )
        )
        number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
        return f"{prefix}{number:06d}"
