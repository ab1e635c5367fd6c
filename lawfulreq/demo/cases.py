"""Demo cases in every state, with targets, history, flags, disclosures and access requests.

The cases come in through the intake service and move through the workflow service, the calls
`lawfulreq case new` and `case move` make, each at the moment it happens in the story (the
services' clock is set per step): demo and real cases cannot drift apart. Disclosures, access
requests and a lifted flag are then written as rows, in the builder's transaction."""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM
from lawfulreq.db.database import Database
from lawfulreq.db.models import (
    AppUser,
    Authority,
    AuthorityContact,
    CaseDocument,
    CaseTarget,
    DataSubjectRequest,
    DemandCase,
    Disclosure,
    DisclosureItem,
    DsarDecision,
    FlagSubject,
    LegalBasisVersion,
    NonNotificationFlag,
)
from lawfulreq.demo.subscribers import SampleCustomer
from lawfulreq.domain.enums import CaseStatus, Role
from lawfulreq.domain.months import add_months
from lawfulreq.domain.phones import dutch_number
from lawfulreq.errors import ConflictError, ValidationError
from lawfulreq.rules import workflow
from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseService
from lawfulreq.services.disclosures import DeliveryChannel
from lawfulreq.services.dsar import due_for
from lawfulreq.services.intake import CaseInput, DocumentInput, IntakeService
from lawfulreq.services.statistics import refresh_case_statistic

# Every state first, so even a small demo shows each one; then mostly open work.
STATUS_CYCLE: tuple[CaseStatus, ...] = (
    *CaseStatus,
    CaseStatus.UNDER_REVIEW,
    CaseStatus.RECEIVED,
    CaseStatus.CLOSED,
    CaseStatus.APPROVED,
    CaseStatus.DISCLOSED,
    CaseStatus.UNDER_REVIEW,
    CaseStatus.CLOSED,
    CaseStatus.ON_HOLD,
    CaseStatus.AWAITING_CONFIRMATION,
)
PATHS: dict[CaseStatus, tuple[CaseStatus, ...]] = {
    CaseStatus.RECEIVED: (),
    CaseStatus.AWAITING_CONFIRMATION: (CaseStatus.AWAITING_CONFIRMATION,),
    CaseStatus.UNDER_REVIEW: (CaseStatus.UNDER_REVIEW,),
    CaseStatus.ON_HOLD: (CaseStatus.UNDER_REVIEW, CaseStatus.ON_HOLD),
    CaseStatus.APPROVED: (CaseStatus.UNDER_REVIEW, CaseStatus.APPROVED),
    CaseStatus.DISCLOSED: (CaseStatus.UNDER_REVIEW, CaseStatus.APPROVED, CaseStatus.DISCLOSED),
    CaseStatus.CLOSED: (
        CaseStatus.UNDER_REVIEW,
        CaseStatus.APPROVED,
        CaseStatus.DISCLOSED,
        CaseStatus.CLOSED,
    ),
    CaseStatus.REJECTED: (CaseStatus.UNDER_REVIEW, CaseStatus.REJECTED),
    CaseStatus.WITHDRAWN: (CaseStatus.UNDER_REVIEW, CaseStatus.WITHDRAWN),
}
# Reasons and notes are typed by Dutch staff: in Dutch, on the English screens as well.
REASONS: dict[CaseStatus, str] = {
    CaseStatus.ON_HOLD: "Wacht op de machtiging van de rechter-commissaris via het parket.",
    CaseStatus.REJECTED: (
        "Uitvaardiger niet bevoegd voor deze grondslag; om nieuwe vordering gevraagd."
    ),
    CaseStatus.WITHDRAWN: "De verzoeker heeft de vordering per e-mail ingetrokken.",
}
FINAL = frozenset({CaseStatus.CLOSED, CaseStatus.REJECTED, CaseStatus.WITHDRAWN})
DONE = frozenset({CaseStatus.DISCLOSED, *FINAL})
# Group of the legal basis -> (authority keys, issuer role).
ISSUERS: dict[str, tuple[tuple[str, ...], str]] = {
    "SUBSCRIBER": (("police_oost", "police_adam", "police_rdam", "fiod"), "investigating_officer"),
    "IDENTIFYING": (("police_lm", "police_oost"), "investigating_officer"),
    "TRAFFIC": (("om_oost", "om_adam", "police_adam"), "prosecutor"),
    "STORED": (("om_adam", "om_oost"), "prosecutor"),
    "FUTURE": (("om_oost",), "prosecutor"),
    "SENSITIVE": (("om_adam",), "prosecutor"),
    "CONTENT": (("om_oost",), "prosecutor"),
    "PRESERVATION": (("om_adam", "om_oost"), "prosecutor"),
    "INTERCEPTION": (("om_oost", "om_adam"), "prosecutor"),
    "INTEL_INTERCEPTION": (("aivd", "mivd"), "intelligence_service"),
    "INTEL_DATA": (("aivd", "mivd"), "intelligence_service"),
    "TAX": (("belastingdienst",), "tax_inspector"),
    "SUPERVISOR": (("rdi", "ap"), "supervisor"),
    "EMERGENCY": (("meldkamer",), "emergency_centre"),
    "FOREIGN": (("om_irc",), "prosecutor"),
}
JUDGES = ("mr. A. Bakker", "mr. C. de Groot", "mr. F. Yilmaz", "mr. G. Willems")
RETENTION_REASON = (
    "Gebruiksgegevens worden 3 maanden bewaard voor de facturering; oudere zijn er niet meer."
)
WITHHELD_REASON = "Actieve geheimhouding (art. 126bb Sv; art. 23 AVG, art. 41 UAVG)."
FOREIGN_NOTE = "Buitenlandse politie vroeg rechtstreeks; verwezen naar een EOB."
ACK_COMMENT = "Gelezen en aanvaard; de vordering is verder in orde."
# The usage data asked for is older than the retention: answered as not available.
RETENTION_FINDINGS = frozenset({"PERIOD_BEYOND_RETENTION", "DATA_NOT_HELD"})
ACK_COMMENTS = dict.fromkeys(
    RETENTION_FINDINGS, "Oudere gebruiksgegevens worden beantwoord als niet beschikbaar."
)
EMERGENCY_REASONS = (
    "Vermiste persoon met suïcidale uitlatingen; locatie van het toestel nodig.",
    "Beller naar 112 meldde brand en verbrak de verbinding; adres van de beller nodig.",
    "Levensbedreiging per sms aangekondigd; gebruikersgegevens van de afzender nodig.",
)


@dataclass
class CaseBuild:
    """What the audit trail and the summary need to know about the generated cases."""

    events: list[tuple[datetime, str, str, int | None, str, str, dict[str, Any]]] = field(
        default_factory=list
    )


def _local(day: datetime, hour: int) -> datetime:
    local_day = day.astimezone(AMSTERDAM).date()
    return datetime.combine(local_day, time(hour), tzinfo=AMSTERDAM).astimezone(UTC)


class _DemoClock:
    """The services' clock during the build: each step of the story sets its own moment."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@dataclass(frozen=True)
class _Made:
    """A case the intake created: what the rows written afterwards need of it."""

    id: int
    basis: LegalBasisVersion


class CaseGenerator:
    def __init__(
        self,
        db: Database,
        *,
        seed: int,
        now: datetime,
        users: dict[str, AppUser],
        authorities: dict[str, Authority],
        samples: list[SampleCustomer],
    ) -> None:
        self._rng = random.Random(seed + 1)  # noqa: S311 - reproducible synthetic data, no secret
        self._now = now.astimezone(UTC)
        self._users = users
        self._actors = {
            name: Actor(u.id, u.username, Role(u.role), u.display_name) for name, u in users.items()
        }
        self._authorities = authorities
        self._samples = samples
        self._build = CaseBuild()
        self._clock = _DemoClock(self._now)
        self._intake = IntakeService(db, self._clock)
        self._cases = CaseService(db, self._clock)
        self._made: list[_Made] = []
        self._contacts: dict[int, list[AuthorityContact]] = {}
        with db.sessions() as session:
            for contact in session.scalars(select(AuthorityContact).order_by(AuthorityContact.id)):
                self._contacts.setdefault(contact.authority_id, []).append(contact)
            self._bases = list(
                session.scalars(
                    select(LegalBasisVersion)
                    # a request without statutory basis is refused, never a demo case's basis
                    .where(
                        LegalBasisVersion.current.is_(True), LegalBasisVersion.statutory.is_(True)
                    )
                    .order_by(LegalBasisVersion.code)
                )
            )

        # A step through the bases that visits every one (coprime with their number).
        self._stride = next(k for k in (7, 11, 13, 5, 3, 1) if math.gcd(k, len(self._bases)) == 1)

    def _event(
        self,
        at: datetime,
        actor: str,
        action: str,
        *,
        case_id: int | None = None,
        object_type: str = "",
        object_id: str | int = "",
        **details: Any,
    ) -> None:
        self._build.events.append(
            (at, actor, action, case_id, object_type, str(object_id), details)
        )

    # ------------------------------------------------------------------ cases

    def create_cases(self, count: int, progress: Callable[[int], None] | None = None) -> None:
        """Every case through the intake and the workflow, one unit of work per call;
        `progress(done)` before each case."""
        for index in range(count):
            if progress is not None:
                progress(index)
            self._made.append(self._case(index))

    def finish(self, session: Session) -> CaseBuild:
        """The rows that follow the cases (a lifted flag, disclosures, access requests)."""
        self._s = session
        cases: list[tuple[DemandCase, LegalBasisVersion, list[CaseTarget]]] = []
        for made in self._made:
            case = session.get(DemandCase, made.id)
            assert case is not None
            cases.append((case, made.basis, sorted(case.targets, key=lambda t: t.position)))
        flagged = self._flags(cases)
        self._disclosures(cases)
        self._dsars(cases, flagged)
        self._s.flush()
        return self._build

    def _at(self, moment: datetime) -> None:
        self._clock.at = moment

    def _sample(self) -> SampleCustomer:
        return self._samples[self._rng.randrange(len(self._samples))]

    def _case(self, index: int) -> _Made:  # noqa: PLR0912, PLR0915 - one straight recipe
        rng = self._rng
        now = self._now
        status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
        basis = self._bases[(index * self._stride) % len(self._bases)]
        keys, issuer_role = ISSUERS.get(basis.group, (("om_oost",), "prosecutor"))
        authority_key = keys[index % len(keys)]
        foreign_direct = basis.group == "FOREIGN" and status == CaseStatus.REJECTED
        if foreign_direct:
            authority_key, issuer_role = "foreign_bka", "investigating_officer"
        approved = any(s in workflow.NEEDS_CLEAN_FINDINGS for s in PATHS[status])
        if approved and basis.issuer_roles and issuer_role not in basis.issuer_roles:
            issuer_role = basis.issuer_roles[0]  # an approved demand came from a competent issuer
        authority = self._authorities[authority_key]
        contacts = self._contacts.get(authority.id, [])
        requester = contacts[index % len(contacts)] if contacts else None
        emergency = basis.group == "EMERGENCY"

        if status in DONE:
            received = now - timedelta(days=rng.randint(12, 280), minutes=rng.randrange(600))
        else:
            received = now - timedelta(hours=rng.randint(2, 24 * 12), minutes=rng.randrange(60))
        received = received.replace(second=0, microsecond=0)
        if emergency:
            due: datetime = received + timedelta(hours=2)
        elif status in DONE:
            due = _local(received + timedelta(days=rng.randint(5, 14)), 17)
        else:
            slot = index % 4
            if slot == 0:
                due = now - timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 6))
            elif slot == 1:
                due = _local(now, 17)
            elif slot == 2:
                due = _local(now + timedelta(days=rng.randint(1, 5)), 17)
            else:
                due = _local(now + timedelta(days=rng.randint(7, 21)), 12)
            # An overdue demand came in before its deadline (the intake refuses anything else).
            received = min(received, due - timedelta(days=2))
        oral = emergency or status == CaseStatus.AWAITING_CONFIRMATION or index % 11 == 3
        channel = "oral" if oral else ("electronic" if index % 3 == 0 else "written")
        confirmed: datetime | None = None
        if oral and status not in (CaseStatus.AWAITING_CONFIRMATION, CaseStatus.RECEIVED):
            confirmed = received + timedelta(days=1, hours=rng.randint(0, 20))
            # Never after now: the confirmation of a demand of a few hours ago came in today.
            confirmed = min(confirmed, received + (now - received) / 2)
        rc_date = None
        rc_judge = ""
        # One case under review lacks its RC authorisation, to show the finding.
        if basis.rc_authorisation_required and not (
            status == CaseStatus.UNDER_REVIEW and index % 2
        ):
            rc_date = (received - timedelta(days=rng.randint(0, 2))).date()
            rc_judge = JUDGES[index % len(JUDGES)]
        allowed = list(basis.allowed_categories)
        categories = allowed[: 1 + rng.randrange(len(allowed))]
        validation = set(categories) & set(basis.judge_validation_categories)
        if approved and rc_date is None and validation and issuer_role != "examining_judge":
            # EU 2023/1543 art. 4 lid 2: an approved order for these data was validated.
            rc_date = (received - timedelta(days=1)).date()
            rc_judge = JUDGES[index % len(JUDGES)]
        period_from = period_to = None
        if basis.max_future_days:
            period_from = received
            period_to = received + timedelta(days=min(basis.max_future_days, 28))
        elif set(categories) & {"traffic", "location", "stored"}:
            # Some ask further back than the 3 months usage data is kept.
            back = 120 if index % 3 == 0 else 45
            period_from = (received - timedelta(days=back)).replace(hour=0, minute=0)
            period_to = received
        owners = ("officer", "officer2", "fg")
        owner = None if status == CaseStatus.RECEIVED and index % 2 else owners[index % 3]
        reference = (
            f"PL{600 + index % 9:04d}-{received.year}{rng.randrange(10**6):06d}"
            if authority.type == "police"
            else f"{authority.name.split()[0][:3].upper()}-{rng.randrange(10**5):05d}"
        )
        parket = (
            f"{index % 20 + 1:02d}/{rng.randrange(10**6):06d}-{received.year % 100:02d}"
            if issuer_role == "prosecutor"
            else ""
        )
        creator = "officer" if index % 2 else "officer2"
        wiv_day = (received - timedelta(days=2)).date() if basis.wiv_approval_required else None
        created_at = received + timedelta(minutes=5)
        # The ref the intake gives it (numbered in order): the name the document is filed under.
        stem = f"LR-{received.astimezone(AMSTERDAM).year}-{index + 1:06d}"
        summary = f"Demand {reference} under {basis.law} {basis.article} from {authority.name}."
        self._at(created_at)
        created = self._intake.create(
            self._actors[creator],
            CaseInput(
                authority_name=authority.name,
                authority_type=authority.type,
                requester_name=requester.name if requester else "",
                issuer_role=issuer_role,
                legal_basis=basis.code,
                channel=channel,
                received_at=received,
                data_categories=tuple(categories),
                targets=self._targets(basis, index, status),
                authority_id=authority.id,
                requester_id=requester.id if requester else None,
                authority_reference=reference,
                parket_number=parket,
                due_at=due,
                rc_authorisation_date=rc_date,
                rc_judge=rc_judge,
                period_from=period_from,
                period_to=period_to,
                emergency=emergency,
                emergency_reason=(
                    EMERGENCY_REASONS[index % len(EMERGENCY_REASONS)] if emergency else ""
                ),
                notes=FOREIGN_NOTE if foreign_direct else "",
                document=_text_document(f"{stem}-vordering.txt", summary),
                # Wiv 2017 art. 29 and 32: the minister's permission, then the TIB's review.
                wiv_minister_date=wiv_day - timedelta(days=1) if wiv_day else None,
                wiv_tib_date=wiv_day,
            ),
        )
        ref = created.ref
        if owner != creator:
            self._at(created_at + timedelta(minutes=10))
            self._cases.assign(self._actors[creator], ref, owner)
        handler = owner or creator
        if requester is not None and status not in (CaseStatus.RECEIVED,):
            self._at(created_at + timedelta(minutes=20))
            self._verify(handler, ref, authority, prefer_call_back=bool(index % 2))
        if confirmed is not None:
            self._at(confirmed)
            self._cases.record_written_confirmation(
                self._actors[creator],
                ref,
                confirmed,
                document=_text_document(
                    f"{ref}-bevestiging.txt",
                    f"Schriftelijke bevestiging van mondelinge vordering {reference}.",
                ),
            )
        if period_from is not None and period_from < add_months(now, -3) and status in DONE:
            self._at(created_at + timedelta(hours=1))
            codes = {f.code.value for f in created.findings} & RETENTION_FINDINGS
            self._acknowledge(handler, ref, sorted(codes))

        # The workflow history, spread between receipt and now (or the case's end).
        path = PATHS[status]
        horizon = now if status not in DONE else min(now, received + timedelta(days=10))
        moment = created_at
        step = (horizon - moment) / (len(path) + 1)
        for target_status in path:
            moment = moment + step
            mover = "officer2" if target_status == CaseStatus.APPROVED else handler
            if target_status == CaseStatus.APPROVED and mover == creator:
                mover = "fg"
            if target_status in workflow.NEEDS_CLEAN_FINDINGS and basis.needs_fg_review:
                mover = "fg"  # the FG's legal review: only the FG approves or discloses these
            reason = REASONS.get(target_status, "")
            if foreign_direct and target_status == CaseStatus.REJECTED:
                reason = (
                    "Buitenlandse politie mag niet rechtstreeks vorderen; "
                    "een Europees onderzoeksbevel via een Nederlandse OvJ is nodig."
                )
            self._at(moment)
            self._move(mover, ref, target_status, reason)
        return _Made(created.id, basis)

    def _verify(
        self, username: str, ref: str, authority: Authority, *, prefer_call_back: bool
    ) -> None:
        """The requester checked as the register allows: called back, or a known mail domain."""
        call_back = (
            "call_back",
            f"Teruggebeld op het nummer uit het register, {dutch_number(authority.phone)}.",
        )
        domain = authority.email_domains[0] if authority.email_domains else ""
        known_domain = ("known_email_domain", f"E-mail kwam van {domain}.")
        methods = (call_back, known_domain) if prefer_call_back else (known_domain, call_back)
        for method, details in methods:
            try:
                self._cases.verify_requester(self._actors[username], ref, method, details)
            except ValidationError:
                continue  # the register cannot back this method for this requester
            return

    def _move(self, username: str, ref: str, target: CaseStatus, reason: str) -> None:
        """One workflow step; warnings that block it are read and accepted, then it is retried
        (as the officer does on the screen). An error stays an error: the move fails."""
        actor = self._actors[username]
        try:
            self._cases.move(actor, ref, target, reason=reason)
        except ConflictError as exc:
            if exc.code != "findings_block" or exc.params.get("errors"):
                raise
            self._acknowledge(username, ref, sorted(set(exc.params.get("warnings", ()))))
            self._cases.move(actor, ref, target, reason=reason)

    def _acknowledge(self, username: str, ref: str, codes: list[str]) -> None:
        """The handler read these findings and accepts them, every subject of each."""
        for code in codes:
            self._cases.acknowledge(
                self._actors[username], ref, code, comment=ACK_COMMENTS.get(code, ACK_COMMENT)
            )

    def _targets(self, basis: LegalBasisVersion, index: int, status: CaseStatus) -> tuple[str, ...]:
        """The targets as the authority wrote them; the intake types and normalises them."""
        group = basis.group
        amount = 1 if basis.one_target_per_order or group == "EMERGENCY" else 1 + index % 3
        targets = [
            self._identifier(self._sample(), group, position)[1] for position in range(amount)
        ]
        # One new demand carries a mistyped IBAN, to show the check-digit finding. (A mistyped
        # IMEI would not do: fifteen digits failing the Luhn check are read as an IMSI.)
        if index == 1 and status == CaseStatus.AWAITING_CONFIRMATION:
            iban = next((s.iban for s in self._samples if s.iban), None) or "NL91ABNA0417164300"
            targets.append(_spaced_iban(iban[:-1] + str((int(iban[-1]) + 1) % 10)))
        return tuple(targets)

    def _identifier(  # noqa: PLR0911 - one return per kind of identifier
        self, sample: SampleCustomer, group: str, position: int
    ) -> tuple[str, str, str, int | None, datetime | None]:
        """A target naming a real demo customer, in the form an authority would write it."""
        number = sample.numbers[0].number if sample.numbers else None
        choice = self._rng.randrange(10)
        if group in ("TAX", "SUPERVISOR") and sample.iban and position == 0:
            return "iban", _spaced_iban(sample.iban), sample.iban, None, None
        if group in ("TAX", "SUPERVISOR"):
            return "customer_id", sample.ref, sample.ref, None, None
        if group == "IDENTIFYING" and sample.imeis:
            return "imei", sample.imeis[0], sample.imeis[0], None, None
        if group == "SUBSCRIBER" and sample.ipv4 and choice < 4:
            ip, low, high, valid_from, valid_to = sample.ipv4[-1]
            moment = datetime.fromtimestamp(
                max(valid_from + 3600, (valid_to or int(self._now.timestamp())) - 86400), UTC
            ).replace(minute=0, second=0)
            port = self._rng.randint(low, high)
            return "ip", f"{ip}:{port}", ip, port, moment
        if group == "SUBSCRIBER" and sample.email and choice in (4, 5):
            return "email", sample.email.upper(), sample.email, None, None
        if group in ("TRAFFIC", "INTEL_DATA") and sample.sims and choice < 3:
            imsi = sample.sims[-1][1]
            return "imsi", imsi, imsi, None, None
        if group == "STORED" and choice < 3:
            return (
                "postcode_house_number",
                f"{sample.postcode[:4]} {sample.postcode[4:]} {sample.house_number}",
                f"{sample.postcode} {sample.house_number}",
                None,
                None,
            )
        if number is None:
            return "customer_id", sample.ref, sample.ref, None, None
        return "phone_number", dutch_number(number), number, None, None

    def _document(
        self,
        case: DemandCase,
        kind: str,
        filename: str,
        *,
        user: AppUser,
        at: datetime,
        body: str,
    ) -> CaseDocument:
        content = (body + "\n\nSynthetic demo document.\n").encode()
        document = CaseDocument(
            case_id=case.id,
            kind=kind,
            filename=filename,
            media_type="text/plain",
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            uploaded_by=user.id,
            uploaded_at=at,
        )
        self._s.add(document)
        self._s.flush()
        return document

    # ------------------------------------------------------------------ secrecy

    def _flags(
        self, cases: list[tuple[DemandCase, LegalBasisVersion, list[CaseTarget]]]
    ) -> dict[int, NonNotificationFlag]:
        """The flags the intake set on every secret demand; the customers their targets name,
        as a lookup for the case records them; one closed case's flag lifted after notice.

        The lifting is written as rows: the four-eyes rule wants a second FG, the demo has one.
        """
        by_case = {
            flag.case_id: flag
            for flag in self._s.scalars(
                select(NonNotificationFlag).order_by(NonNotificationFlag.id)
            )
        }
        flags: dict[int, NonNotificationFlag] = {}
        lifted_one = False
        for case, _basis, targets in cases:
            flag = by_case.get(case.id)
            if flag is None:
                continue
            customers = self._target_customers(targets)
            found = {(t.kind, t.normalised): customers[t.id] for t in targets if t.id in customers}
            for subject in self._s.scalars(
                select(FlagSubject).where(FlagSubject.flag_id == flag.id)
            ):
                subject.customer_id = found.get((subject.kind, subject.value))
            if case.status == CaseStatus.CLOSED.value and not lifted_one:
                lifted_one = True
                evidence = self._document(
                    case,
                    "evidence",
                    f"{case.ref}-kennisgeving.txt",
                    user=self._users["fg"],
                    at=self._now - timedelta(days=3),
                    body="De OvJ bevestigt schriftelijk dat de betrokkene in kennis is gesteld.",
                )
                flag.lifted_at = self._now - timedelta(days=3)
                flag.lifted_by = self._users["fg"].id
                flag.lift_reason = "De OvJ heeft de betrokkene in kennis gesteld (art. 126bb Sv)."
                flag.lift_evidence_id = evidence.id
                self._event(
                    flag.lifted_at,
                    "fg",
                    "flag.lifted",
                    case_id=case.id,
                    object_type="flag",
                    object_id=flag.id,
                    reason=flag.lift_reason,
                )
            flags[case.id] = flag
        self._s.flush()
        return flags

    def _authorities_by_id(self) -> dict[int, Authority]:
        return {a.id: a for a in self._authorities.values()}

    def _target_customers(self, targets: list[CaseTarget]) -> dict[int, int]:
        found: dict[int, int] = {}
        for target in targets:
            for sample in self._samples:
                if _matches(sample, target):
                    found[target.id] = sample.id
                    break
        return found

    # ------------------------------------------------------------------ disclosure

    def _disclosures(
        self, cases: list[tuple[DemandCase, LegalBasisVersion, list[CaseTarget]]]
    ) -> None:
        """Approved cases have an approved answer; disclosed and closed ones a delivered one."""
        for case, _basis, targets in cases:
            status = CaseStatus(case.status)
            if status not in (CaseStatus.APPROVED, CaseStatus.DISCLOSED, CaseStatus.CLOSED):
                continue
            # Prepared, approved and delivered within a day and a bit, and never after `now`.
            span = min(timedelta(days=1, hours=5), (self._now - case.received_at) * 0.9)
            prepared_at = case.received_at + span * 0.6
            preparer = self._users["officer"]
            approver = self._users["officer2"]
            disclosure = Disclosure(
                case_id=case.id,
                status="approved" if status == CaseStatus.APPROVED else "delivered",
                prepared_by=preparer.id,
                prepared_at=prepared_at,
                approved_by=approver.id,
                approved_at=case.received_at + span * 0.8,
                delivered_at=None if status == CaseStatus.APPROVED else case.received_at + span,
                delivery_channel=(
                    "" if status == CaseStatus.APPROVED else DeliveryChannel.SECURE_EMAIL.value
                ),
                created_at=prepared_at,
            )
            self._s.add(disclosure)
            self._s.flush()
            customers = self._target_customers(targets)
            for target in targets:
                customer_id = customers.get(target.id)
                sample = next((s for s in self._samples if s.id == customer_id), None)
                for category in case.data_categories:
                    decision, reason = "deliver", ""
                    data: dict[str, Any] = {}
                    if sample is None:
                        decision, reason = "not_available", "Geen klant van ons komt overeen."
                    elif category == "subscriber":
                        data = {
                            "customer_id": sample.ref,
                            "name": sample.name,
                            "postcode": sample.postcode,
                            "house_number": sample.house_number,
                        }
                    elif case.period_from is not None and case.period_from < add_months(
                        self._now, -3
                    ):
                        decision = "not_available"
                        reason = RETENTION_REASON
                    else:
                        data = {"records": self._rng.randint(3, 40)}
                    self._s.add(
                        DisclosureItem(
                            disclosure_id=disclosure.id,
                            target_id=target.id,
                            customer_id=customer_id,
                            category=category,
                            decision=decision,
                            reason=reason,
                            period_from=case.period_from,
                            period_to=case.period_to,
                            data=data,
                            added_by=preparer.id,
                            added_at=prepared_at,
                        )
                    )
            self._event(
                disclosure.approved_at or prepared_at,
                approver.username,
                "disclosure.approved",
                case_id=case.id,
                object_type="disclosure",
                object_id=disclosure.id,
            )
            if disclosure.delivered_at is not None:
                self._event(
                    disclosure.delivered_at,
                    preparer.username,
                    "disclosure.delivered",
                    case_id=case.id,
                    object_type="disclosure",
                    object_id=disclosure.id,
                    channel=DeliveryChannel.SECURE_EMAIL.value,
                )
            # As the disclosure service's own moves do: the case's statistics row follows.
            refresh_case_statistic(self._s, case.id, self._now)

    def _dsars(
        self,
        cases: list[tuple[DemandCase, LegalBasisVersion, list[CaseTarget]]],
        flags: dict[int, NonNotificationFlag],
    ) -> None:
        """Access requests: one answered (something withheld), one extended, two open."""
        disclosed: list[tuple[DemandCase, int]] = []
        for case, _basis, targets in cases:
            if case.status in (CaseStatus.DISCLOSED.value, CaseStatus.CLOSED.value):
                for customer_id in self._target_customers(targets).values():
                    disclosed.append((case, customer_id))
        fg = self._users["fg"]
        plans = (
            ("answered", 40),
            ("extended", 35),
            ("in_progress", 10),
            ("received", 2),
        )
        for number, (status, age) in enumerate(plans, start=1):
            received = (self._now - timedelta(days=age)).replace(second=0, microsecond=0)
            pair = disclosed[number - 1] if number - 1 < len(disclosed) else None
            holder_id = pair[1] if pair else None
            sample = next((s for s in self._samples if s.id == holder_id), None)
            name = sample.name if sample else "J. Onbekend"
            request = DataSubjectRequest(
                ref=f"AV-{received.year}-{number:03d}",
                customer_id=holder_id,
                requester_name=name,
                requester_contact=(sample.email or "") if sample else "post",
                identity_checked="ID document seen at the shop; no copy kept."
                if status != "received"
                else "",
                identity_method="id_document_seen" if status != "received" else "known_email",
                received_at=received,
                due_at=due_for(received),
                extended_until=add_months(due_for(received), 2) if status == "extended" else None,
                extension_reason="Veel zaken te beoordelen; de klant is binnen een maand ingelicht."
                if status == "extended"
                else "",
                status=status,
                answered_at=received + timedelta(days=20) if status == "answered" else None,
                answered_by=fg.id if status == "answered" else None,
                created_at=received,
            )
            self._s.add(request)
            self._s.flush()
            self._event(
                received,
                "fg",
                "dsar.created",
                case_id=None,
                object_type="dsar",
                object_id=request.ref,  # as the access-request service names it
            )
            if status != "answered" or holder_id is None:
                continue
            for case, holder in disclosed:
                if holder != holder_id:
                    continue
                flag = flags.get(case.id)
                active = flag is not None and flag.lifted_at is None
                self._s.add(
                    DsarDecision(
                        request_id=request.id,
                        case_id=case.id,
                        flag_id=flag.id if flag is not None else None,
                        decision="withheld" if active else "given",
                        reason=WITHHELD_REASON
                        if active
                        else "Geen actieve geheimhouding: de ontvanger staat in het antwoord.",
                        decided_by=fg.id,
                        decided_at=received + timedelta(days=19),
                    )
                )
            self._event(
                received + timedelta(days=20),
                "fg",
                "dsar.answered",
                case_id=None,
                object_type="dsar",
                object_id=request.ref,  # as the access-request service names it
            )


def _matches(sample: SampleCustomer, target: CaseTarget) -> bool:
    value = target.normalised
    if target.kind == "ip":
        # Behind CGNAT the address alone names 64 customers: the port decides. The intake
        # keeps it in the target's normal form (203.0.113.7:40123).
        port = target.port if target.port is not None else -1
        if target.port is None and value.count(":") == 1:
            value, _, digits = value.partition(":")
            port = int(digits) if digits.isdigit() else -1
        return any(value == ip and low <= port <= high for ip, low, high, _f, _t in sample.ipv4)
    if value in (sample.ref, sample.email, sample.iban):
        return True
    if any(n.number == value for n in sample.numbers):
        return True
    if any(value in pair for pair in sample.sims) or value in sample.imeis:
        return True
    return value == f"{sample.postcode} {sample.house_number}"


def _text_document(filename: str, body: str) -> DocumentInput:
    return DocumentInput(filename, "text/plain", (body + "\n\nSynthetic demo document.\n").encode())


def _spaced_iban(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
