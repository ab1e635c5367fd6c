"""A case's findings: checked against its rule version, acknowledged, required clean."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    AppUser,
    AuthorityContact,
    ContactVerification,
    DemandCase,
    FindingAcknowledgement,
)
from lawfulreq.domain.enums import CaseStatus, Role
from lawfulreq.domain.identifiers import mask_bsn
from lawfulreq.errors import ConflictError, ValidationError
from lawfulreq.rules.engine import (
    SEVERITY,
    DemandFacts,
    Finding,
    FindingCode,
    Severity,
    TargetFacts,
    check_demand,
)
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor
from lawfulreq.services.cases.reader import CaseReader
from lawfulreq.services.catalogue import basis_view, rule_settings
from lawfulreq.services.intake import open_target_refs


class CaseFindings(CaseReader):
    # ------------------------------------------------------------------ findings

    def check(self, actor: Actor, ref: str) -> builtins.list[Finding]:
        """The case's findings against the rule version it was taken in under, with acks."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            return self._findings(session, self._load(session, ref))

    @staticmethod
    def findings_at(session: Session, case: DemandCase, now: datetime) -> builtins.list[Finding]:
        """The case's findings at `now`, inside the caller's unit of work."""
        service = CaseFindings.__new__(CaseFindings)  # the findings need only the clock
        service._clock = lambda: now
        return service._findings(session, case)

    @staticmethod
    def blocking_errors_at(
        session: Session, case: DemandCase, now: datetime, *, verified: bool | None = None
    ) -> builtins.list[str]:
        """The codes of the case's error findings at `now`, sorted: what `findings_at` gives
        with Severity.ERROR, without what only warnings need (other open cases naming the
        same target, while DUPLICATE_TARGET is a warning) and without acknowledgements
        (an error cannot be acknowledged). The check before every lookup for a case under
        review. `verified`: the requester's verification, when the caller counted it."""
        facts = _demand_facts(session, case, verified)
        others = None
        if SEVERITY[FindingCode.DUPLICATE_TARGET] is Severity.ERROR:
            others = _other_open_targets(session, case, facts)
        findings = check_demand(
            facts, basis_view(case.legal_basis), rule_settings(session), now, others
        )
        return sorted({f.code.value for f in findings if f.severity is Severity.ERROR})

    def _findings(self, session: Session, case: DemandCase) -> builtins.list[Finding]:
        facts = _demand_facts(session, case)
        findings = check_demand(
            facts,
            basis_view(case.legal_basis),
            rule_settings(session),
            self._clock(),
            _other_open_targets(session, case, facts),
        )
        acks = {
            (a.code, a.subject): (username, a.at)
            for a, username in session.execute(
                select(FindingAcknowledgement, AppUser.username)
                .join(AppUser, AppUser.id == FindingAcknowledgement.by_user)
                .where(FindingAcknowledgement.case_id == case.id)
            )
        }
        out: builtins.list[Finding] = []
        for finding in findings:
            ack = acks.get((finding.code.value, finding.subject))
            if ack and finding.severity is not Severity.ERROR:
                out.append(replace(finding, acknowledged_by=ack[0], acknowledged_at=ack[1]))
            else:
                out.append(finding)
        return out

    def acknowledge(
        self, actor: Actor, ref: str, code: str, *, subject: str | None = None, comment: str = ""
    ) -> Finding:
        """Record that `actor` read and accepts a warning (every subject of it, unless one)."""
        actor.require(Permission.EDIT_CASES)
        with self._unit_of_work() as session:
            case = self._load(session, ref)
            findings = self._findings(session, case)
            matching = [
                f
                for f in findings
                if f.code.value == code.strip().upper()
                and (subject is None or f.subject == subject)
            ]
            if not matching:
                raise ValidationError(
                    f"case {case.ref} has no finding {code}"
                    + (f" for '{subject}'" if subject else ""),
                    code="no_such_finding",
                    field="code",
                )
            if any(f.severity is Severity.ERROR for f in matching):
                raise ValidationError(
                    f"{code} is an error: it cannot be acknowledged, only resolved",
                    code="error_not_acknowledgeable",
                    field="code",
                )
            now = self._clock()
            for f in matching:
                if f.acknowledged_by:
                    continue
                session.add(
                    FindingAcknowledgement(
                        case_id=case.id,
                        code=f.code.value,
                        subject=f.subject,
                        comment=mask_bsn(comment)[0],
                        by_user=actor.user_id,
                        at=now,
                    )
                )
                audit.record(
                    session,
                    actor,
                    "case.finding_acknowledged",
                    now,
                    case_id=case.id,
                    object_type="finding",
                    object_id=f.code.value,
                    reason=mask_bsn(comment)[0],
                    details={"code": f.code.value, "subject": f.subject},
                )
            session.flush()
            return replace(matching[0], acknowledged_by=actor.username, acknowledged_at=now)

    def _require_clean(
        self, session: Session, case: DemandCase, actor: Actor, to_status: CaseStatus
    ) -> None:
        findings = self._findings(session, case)
        errors = [f.code.value for f in findings if f.severity is Severity.ERROR]
        open_warnings = [
            f.code.value for f in findings if f.blocking and f.code.value not in errors
        ]
        if errors or open_warnings:
            parts = []
            if errors:
                parts.append(f"errors {', '.join(sorted(set(errors)))}")
            if open_warnings:
                parts.append(f"unacknowledged warnings {', '.join(sorted(set(open_warnings)))}")
            raise ConflictError(
                f"case {case.ref} cannot be {to_status.value}: {' and '.join(parts)}",
                code="findings_block",
                ref=case.ref,
                errors=errors,
                warnings=open_warnings,
            )
        if case.legal_basis.needs_fg_review and actor.role is not Role.FG:
            raise ConflictError(
                f"case {case.ref}: {case.legal_basis.law} {case.legal_basis.article} "
                "needs the FG's legal review; only the FG can approve it",
                code="fg_review_required",
                ref=case.ref,
            )


def blocking_codes(findings: list[Finding]) -> list[FindingCode]:
    return [f.code for f in findings if f.blocking]


def _demand_facts(session: Session, case: DemandCase, verified: bool | None = None) -> DemandFacts:
    """What the rules engine reads of a case (its requester's verification counted here
    unless the caller did)."""
    if verified is None:
        verified = bool(
            session.scalar(
                select(func.count(ContactVerification.id)).where(
                    ContactVerification.case_id == case.id
                )
            )
        )
    requester = session.get(AuthorityContact, case.requester_id) if case.requester_id else None
    targets = tuple(
        TargetFacts(t.raw, t.kind, t.normalised, t.valid, t.problem) for t in case.targets
    )
    return DemandFacts(
        issuer_role=case.issuer_role,
        channel=case.channel,
        received_at=case.received_at,
        data_categories=tuple(case.data_categories),
        targets=targets,
        period_from=case.period_from,
        period_to=case.period_to,
        rc_authorisation_date=case.rc_authorisation_date,
        written_confirmation_at=case.written_confirmation_at,
        requester=requester.name if requester else "",
        requester_verified=verified,
        bsn_masked_count=case.bsn_masked_count,
        bsn_masked_fields=tuple(case.bsn_masked_fields or ()),
        delivery=case.delivery,
        wiv_minister_date=case.wiv_minister_date,
        wiv_tib_date=case.wiv_tib_date,
    )


def _other_open_targets(
    session: Session, case: DemandCase, facts: DemandFacts
) -> dict[tuple[str, str], builtins.list[str]]:
    keys = [(t.kind, t.normalised) for t in facts.targets if t.valid]
    return open_target_refs(session, keys, exclude_case_id=case.id)
