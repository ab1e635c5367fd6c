"""The access answer (AVG art. 15): its content, the PDF, and the restrictions a flag imposes."""

from __future__ import annotations

import builtins
import hashlib
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import (
    AppUser,
    Customer,
    CustomerAddress,
    DataSubjectRequest,
    DemandCase,
    DsarDecision,
    IpAssignment,
    NonNotificationFlag,
    NumberAssignment,
    Organisation,
    SimCard,
    UsageRecord,
)
from lawfulreq.domain.enums import (
    DisclosureDecision,
    DsarStatus,
    Role,
)
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor
from lawfulreq.services.dsar.inputs import DEFAULT_NECESSITY_NOTE
from lawfulreq.services.dsar.portability import DsarPortability
from lawfulreq.services.dsar.recipients import (
    Found,
    disclosures_about,
    kept_secret,
    restriction_ground,
)
from lawfulreq.services.dsar.views import AccessAnswer, RestrictionView
from lawfulreq.services.dsar_pdf import (
    AnswerContent,
    Lang,
    Recipient,
    Row,
    ServiceLine,
    UsageCategory,
    render_access_answer,
)
from lawfulreq.services.intake.documents import store_report
from lawfulreq.services.settings import setting_value
from lawfulreq.settings_registry import RETENTION_LOCATION_MONTHS, RETENTION_TRAFFIC_MONTHS


class DsarAnswers(DsarPortability):
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
            kept = kept_secret(session, withheld)
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
            filename = f"{row.ref}-{lang}.pdf"
            document = store_report(session, actor, None, filename=filename, pdf=pdf, now=now)
            digest = document.sha256
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

    def _content(
        self,
        session: Session,
        row: DataSubjectRequest,
        customer: Customer,
        lang: Lang,
        now: datetime,
    ) -> tuple[AnswerContent, builtins.list[Found]]:
        found = disclosures_about(session, customer.id)
        flagged = kept_secret(session, found)
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
