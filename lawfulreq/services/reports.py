"""Signing certificates per user, and the signed reports: disclosure, refusal, "no data"."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    AppUser,
    AuthorityContact,
    CaseDocument,
    DemandCase,
    DisclosureItem,
    Organisation,
    SigningCredential,
)
from lawfulreq.domain.citations import cite
from lawfulreq.domain.enums import DisclosureStatus, DocumentKind
from lawfulreq.errors import ConflictError, NotFoundError, ValidationError
from lawfulreq.reports.model import (
    Attachment,
    Letterhead,
    NotAvailableStatement,
    RefusalGround,
    ReportInput,
    ReportKind,
    SubscriberRow,
    TargetResult,
    UsageRowData,
)
from lawfulreq.reports.notation import moment
from lawfulreq.reports.pdf import build_report
from lawfulreq.reports.sign import (
    SignerKey,
    VerifyResult,
    page_count,
    sign_pdf,
    signer_name,
    verify_pdf,
)
from lawfulreq.rules.engine import Severity
from lawfulreq.security import signing_keys
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.disclosure_rules import open_disclosure
from lawfulreq.services.disclosures import Decision, stored_decision, target_text
from lawfulreq.services.intake.documents import store_report
from lawfulreq.services.settings import setting_value
from lawfulreq.settings_registry import REPORT_ORGANISATION_NAME, REPORT_TSA_URL

TSA_URL_SETTING = REPORT_TSA_URL
ORGANISATION_SETTING = REPORT_ORGANISATION_NAME


@dataclass(frozen=True)
class CertificateView:
    username: str
    subject: str
    fingerprint: str
    not_before: datetime
    not_after: datetime
    self_signed: bool
    key_protection: str
    created_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "user": self.username,
            "subject": self.subject,
            "fingerprint": self.fingerprint,
            "not_before": self.not_before,
            "not_after": self.not_after,
            "self_signed": self.self_signed,
            "key_protection": self.key_protection,
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class SignedReport:
    """A signed report as stored: its bytes, hash and what `report --json` prints."""

    ref: str
    kind: ReportKind
    lang: str
    pdf: bytes
    sha256: str
    pages: int
    signer: str
    document_id: int
    filename: str

    def as_json(self, path: str) -> dict[str, Any]:
        return {
            "path": path,
            "sha256": self.sha256,
            "pages": self.pages,
            "signer": self.signer,
            "kind": self.kind.value,
        }


def _view(row: SigningCredential, username: str) -> CertificateView:
    return CertificateView(
        username,
        row.subject,
        row.fingerprint,
        row.not_before,
        row.not_after,
        row.self_signed,
        row.secret_mode,
        row.created_at,
    )


class CertificateService(Service):
    """The acting user's signing certificate: self-signed for a first start, or imported."""

    def show(self, actor: Actor) -> CertificateView | None:
        actor.require(Permission.PREPARE_DISCLOSURE)
        with self._unit_of_work() as session:
            row = _active(session, actor.user_id)
            return _view(row, actor.username) if row else None

    def create_self_signed(self, actor: Actor, name: str) -> CertificateView:
        actor.require(Permission.PREPARE_DISCLOSURE)
        now = self._clock()
        with self._unit_of_work() as session:
            org = session.get(Organisation, 1)
            material = signing_keys.self_signed(name, org.name if org else "", "", now)
            return self._store(session, actor, material, now, "cert.created")

    def import_pkcs12(self, actor: Actor, data: bytes, password: str) -> CertificateView:
        actor.require(Permission.PREPARE_DISCLOSURE)
        material = signing_keys.from_pkcs12(data, password)
        now = self._clock()
        if not material.not_before <= now <= material.not_after:
            raise ValidationError(
                f"the certificate is valid from {moment(material.not_before, 'en')} to "
                f"{moment(material.not_after, 'en')}, not now",
                code="certificate_not_valid_now",
            )
        with self._unit_of_work() as session:
            return self._store(session, actor, material, now, "cert.imported")

    def _store(
        self,
        session: Session,
        actor: Actor,
        material: signing_keys.KeyMaterial,
        now: datetime,
        action: str,
    ) -> CertificateView:
        session.execute(
            update(SigningCredential)
            .where(SigningCredential.user_id == actor.user_id)
            .values(active=False)
        )
        row = SigningCredential(
            user_id=actor.user_id,
            subject=material.subject,
            fingerprint=material.fingerprint,
            not_before=material.not_before,
            not_after=material.not_after,
            self_signed=material.self_signed,
            cert_pem=material.cert_pem,
            chain_pem=material.chain_pem,
            key_pem=material.key_pem,
            secret_mode=material.secret_mode,
            secret_id=material.secret_id,
            active=True,
            created_at=now,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            action,
            now,
            object_type="certificate",
            object_id=row.id,
            details={
                "subject": material.subject,
                "fingerprint": material.fingerprint,
                "self_signed": material.self_signed,
                "key_protection": material.secret_mode,
            },
        )
        return _view(row, actor.username)


def _active(session: Session, user_id: int) -> SigningCredential | None:
    return session.scalars(
        select(SigningCredential)
        .where(SigningCredential.user_id == user_id, SigningCredential.active.is_(True))
        .order_by(SigningCredential.id.desc())
        .limit(1)
    ).first()


def _person(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(AppUser, user_id)
    if user is None:
        return ""
    return user.display_name or user.username


_FILES = {
    "nl": ("abonneegegevens.csv", "verkeersgegevens.csv", "verstrekking.json"),
    "en": ("subscribers.csv", "traffic.csv", "disclosure.json"),
}
_SUBSCRIBER_COLUMNS = (
    "target",
    "customer_id",
    "name",
    "street",
    "house_number",
    "house_number_suffix",
    "postcode",
    "town",
    "number",
    "service_type",
    "valid_from",
    "valid_to",
)
_USAGE_COLUMNS = (
    "target",
    "start_time",
    "duration_s",
    "a_number",
    "b_number",
    "direction",
    "service_type",
    "imsi",
    "imei",
    "cell_id",
)


def _csv(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, delimiter=";", extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in rows)
    return out.getvalue().encode("utf-8")


def _attachment(name: str, media_type: str, data: bytes, description: str) -> Attachment:
    return Attachment(name, media_type, data, description, hashlib.sha256(data).hexdigest())


def _dt(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


class ReportService(Service):
    """Build, sign, store and hand back the case's reports."""

    def create(
        self,
        actor: Actor,
        ref: str,
        kind: ReportKind | str = ReportKind.DISCLOSURE,
        lang: str = "nl",
    ) -> SignedReport:
        """Build the report, sign it with the actor's certificate, store it with its SHA-256."""
        actor.require(Permission.PREPARE_DISCLOSURE)
        try:
            report_kind = ReportKind(kind)
        except ValueError as exc:
            raise ValidationError(
                f"kind: '{kind}' is not disclosure, refusal or no_data", code="bad_kind"
            ) from exc
        if lang not in ("nl", "en"):
            raise ValidationError(f"lang: '{lang}' is not nl or en", code="bad_lang")
        now = self._clock()
        with self._unit_of_work() as session:
            credential = _active(session, actor.user_id)
            if credential is None:
                raise NotFoundError(
                    f"'{actor.username}' has no signing certificate: create one with "
                    "'lawfulreq cert new' or import one with 'lawfulreq cert import'",
                    code="no_certificate",
                )
            if not credential.not_before <= now <= credential.not_after:
                raise ConflictError(
                    "your signing certificate is not valid at this moment", code="cert_expired"
                )
            passphrase = signing_keys.passphrase_for(credential.secret_mode, credential.secret_id)
            key = SignerKey(
                credential.cert_pem,
                credential.chain_pem,
                signing_keys.unlock(credential.key_pem, passphrase),
            )
            case = session.scalar(select(DemandCase).where(DemandCase.ref == ref.strip().upper()))
            if case is None:
                raise NotFoundError(f"no case '{ref}'", code="case_not_found", ref=ref)
            signer = signer_name(credential.cert_pem)
            data = self._input(session, case, report_kind, lang, now, signer=signer)
            built = build_report(data)
            stamp = (
                "Digitaal ondertekend door " if lang == "nl" else "Digitally signed by "
            ) + f"{signer}\n{moment(now, lang)}"
            pdf = sign_pdf(
                built.pdf,
                data.attachments,
                key,
                page=built.signature_page,
                box=built.signature_box,
                signed_at=now,
                stamp_text=stamp,
                tsa_url=str(setting_value(session, TSA_URL_SETTING) or ""),
            )
            filename = f"{case.ref}-{report_kind.value}-{lang}.pdf"
            document = store_report(session, actor, case.id, filename=filename, pdf=pdf, now=now)
            digest = document.sha256
            if report_kind is ReportKind.DISCLOSURE:
                disclosure = open_disclosure(session, case.id)
                if disclosure is not None:
                    disclosure.report_document_id = document.id
            audit.record(
                session,
                actor,
                "report.signed",
                now,
                case_id=case.id,
                object_type="document",
                object_id=document.id,
                details={
                    "kind": report_kind.value,
                    "lang": lang,
                    "sha256": digest,
                    "pages": built.pages,
                    "certificate": credential.fingerprint,
                    "attachments": {a.name: a.sha256 for a in data.attachments},
                },
            )
            return SignedReport(
                case.ref, report_kind, lang, pdf, digest, built.pages, signer, document.id, filename
            )

    def stored(self, actor: Actor, ref: str, kind: ReportKind | str | None = None) -> SignedReport:
        """The case's latest signed report (of `kind`), to export again; reading is audited."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            case = session.scalar(select(DemandCase).where(DemandCase.ref == ref.strip().upper()))
            if case is None:
                raise NotFoundError(f"no case '{ref}'", code="case_not_found", ref=ref)
            query = (
                select(CaseDocument)
                .where(
                    CaseDocument.case_id == case.id,
                    CaseDocument.kind == DocumentKind.REPORT.value,
                )
                .order_by(CaseDocument.id.desc())
            )
            if kind is not None:
                query = query.where(CaseDocument.filename.like(f"%-{ReportKind(kind).value}-%"))
            row = session.scalars(query.limit(1)).first()
            if row is None:
                raise NotFoundError(
                    f"case {case.ref} has no signed report yet", code="report_not_found"
                )
            audit.record(
                session,
                actor,
                "case.document_opened",
                self._clock(),
                case_id=case.id,
                object_type="document",
                object_id=row.id,
                details={"filename": row.filename, "sha256": row.sha256},
            )
            content = bytes(row.content)
            result = verify_pdf(content)
            stem = row.filename.removesuffix(".pdf").split("-")
            kinds = {k.value for k in ReportKind}
            found = ReportKind(stem[-2]) if len(stem) >= 2 and stem[-2] in kinds else None
            return SignedReport(
                case.ref,
                found or ReportKind.DISCLOSURE,
                stem[-1],
                content,
                row.sha256,
                page_count(content),
                result.signer,
                row.id,
                row.filename,
            )

    def verify(self, data: bytes) -> VerifyResult:
        """Check a signed report; needs no database and no user (anyone may check a file)."""
        return verify_pdf(data)

    # ------------------------------------------------------------------ the report's data

    def _input(  # noqa: PLR0912, PLR0915 - the report's data, gathered in one pass
        self,
        session: Session,
        case: DemandCase,
        kind: ReportKind,
        lang: str,
        now: datetime,
        *,
        signer: str,
    ) -> ReportInput:
        org = session.get(Organisation, 1)
        if org is not None:
            letterhead = Letterhead(
                org.name,
                org.street,
                org.postcode,
                org.town,
                org.phone,
                org.email,
                org.kvk,
                org.fg_name,
                org.letterhead_note,
            )
        else:
            letterhead = Letterhead(str(setting_value(session, ORGANISATION_SETTING) or ""))
        requester = session.get(AuthorityContact, case.requester_id) if case.requester_id else None
        basis = case.legal_basis
        disclosure = open_disclosure(session, case.id)
        items: list[DisclosureItem] = list(disclosure.items) if disclosure else []
        items.sort(key=lambda i: i.id)
        if kind is ReportKind.DISCLOSURE and (
            disclosure is None
            or disclosure.status
            not in (DisclosureStatus.APPROVED.value, DisclosureStatus.DELIVERED.value)
        ):
            raise ConflictError(
                f"case {case.ref}: the disclosure report needs an approved disclosure "
                "(lawfulreq disclosure approve)",
                code="not_approved",
                ref=case.ref,
            )
        grounds: tuple[RefusalGround, ...] = ()
        if kind is ReportKind.REFUSAL:
            from lawfulreq.services.cases import CaseService  # noqa: PLC0415

            blocking = [
                f
                for f in CaseService.findings_at(session, case, now)
                if f.severity is Severity.ERROR
            ]
            if not blocking:
                raise ConflictError(
                    f"case {case.ref} has no blocking finding: there is nothing to refuse",
                    code="nothing_to_refuse",
                    ref=case.ref,
                )
            grounds = tuple(
                RefusalGround(
                    f.code.value,
                    str(f.params.get("article", "")),
                    f.message("nl" if lang == "nl" else "en"),
                )
                for f in blocking
            )
        targets = tuple(t.raw for t in case.targets)
        results: dict[str, dict[str, list[Any]]] = {}
        statements = []
        subscriber_rows: list[dict[str, Any]] = []
        usage_rows: list[dict[str, Any]] = []
        produced_json = []
        delivered: list[str] = []
        for item in items:
            decision = stored_decision(item.decision)
            target = target_text(session, item)
            data = item.data if isinstance(item.data, dict) else {}
            if decision is Decision.NOT_AVAILABLE:
                na = data.get("not_available") or {}
                statements.append(
                    NotAvailableStatement(
                        target,
                        item.category,
                        _dt(na.get("period_from")) or item.period_from,
                        _dt(na.get("period_to")) or item.period_to,
                        item.reason,
                    )
                )
                continue
            if decision is not Decision.PRODUCE or kind is not ReportKind.DISCLOSURE:
                continue  # withheld items appear nowhere in what is handed over
            bucket = results.setdefault(target, {"subscribers": [], "usage": []})
            delivered.append(item.category)
            produced_json.append({"target": target, "category": item.category, **data})
            match = data.get("match")
            if isinstance(match, dict):
                address = " ".join(
                    p
                    for p in (
                        f"{match.get('street', '')} {match.get('house_number', '')}"
                        f"{match.get('house_number_suffix', '')},".strip(),
                        f"{match.get('postcode', '')} {match.get('town', '')}".strip(),
                    )
                    if p and p != ","
                )
                bucket["subscribers"].append(
                    SubscriberRow(
                        str(match.get("customer_id", "")),
                        str(match.get("name", "")),
                        address,
                        str(match.get("number") or ""),
                        str(match.get("service_type") or ""),
                        _dt(match.get("overlap_from") or match.get("valid_from")),
                        _dt(match.get("overlap_to") or match.get("valid_to")),
                        bool(match.get("secret_number")),
                    )
                )
                subscriber_rows.append({"target": target, **match})
            for usage in data.get("usage", []) or []:
                bucket["usage"].append(
                    UsageRowData(
                        _dt(usage.get("start_time")) or now,
                        int(usage.get("duration_s", 0)),
                        str(usage.get("a_number", "")),
                        str(usage.get("b_number", "")),
                        str(usage.get("direction", "")),
                        str(usage.get("service_type", "")),
                        str(usage.get("cell_id") or ""),
                    )
                )
                usage_rows.append({"target": target, **usage})
        attachments: list[Attachment] = []
        names = _FILES["nl" if lang == "nl" else "en"]
        if kind is ReportKind.DISCLOSURE:
            if subscriber_rows:
                attachments.append(
                    _attachment(
                        names[0],
                        "text/csv",
                        _csv(_SUBSCRIBER_COLUMNS, subscriber_rows),
                        "subscriber data",
                    )
                )
            if usage_rows:
                attachments.append(
                    _attachment(
                        names[1], "text/csv", _csv(_USAGE_COLUMNS, usage_rows), "traffic data"
                    )
                )
            document = {
                "case": case.ref,
                "authority_reference": case.authority_reference,
                "parket_number": case.parket_number,
                "legal_basis": basis.code,
                "items": produced_json,
                "not_available": [
                    {
                        "target": s.target,
                        "category": s.category,
                        "from": s.period_from,
                        "to": s.period_to,
                        "reason": s.reason,
                    }
                    for s in statements
                ],
            }
            attachments.append(
                _attachment(
                    names[2],
                    "application/json",
                    json.dumps(
                        document, ensure_ascii=False, indent=1, sort_keys=True, default=str
                    ).encode("utf-8"),
                    "all delivered data",
                )
            )
        return ReportInput(
            kind=kind,
            lang=lang,
            letterhead=letterhead,
            case_ref=case.ref,
            authority=case.authority.name,
            authority_reference=case.authority_reference,
            parket_number=case.parket_number,
            requester=requester.name if requester else "",
            basis_label=cite(basis.law, basis.article),
            basis_title=basis.title_nl if lang == "nl" else basis.title_en,
            basis_law=basis.law,
            basis_code=basis.code,
            secrecy_applies=basis.secrecy_applies,
            received_at=case.received_at,
            requested_categories=tuple(case.data_categories),
            delivered_categories=tuple(dict.fromkeys(delivered)),
            period_from=case.period_from,
            period_to=case.period_to,
            targets=targets,
            results=tuple(
                TargetResult(t, tuple(b["subscribers"]), tuple(b["usage"]))
                for t, b in results.items()
            ),
            not_available=tuple(statements),
            refusal_grounds=grounds,
            prepared_by=_person(session, disclosure.prepared_by) if disclosure else "",
            prepared_at=disclosure.prepared_at if disclosure else None,
            approved_by=_person(session, disclosure.approved_by) if disclosure else "",
            approved_at=disclosure.approved_at if disclosure else None,
            signer=signer,
            created_at=now,
            attachments=tuple(attachments),
        )
