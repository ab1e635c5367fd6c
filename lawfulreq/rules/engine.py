"""The validation engine: pure functions from a demand and its legal basis to findings."""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from lawfulreq.clock import AMSTERDAM
from lawfulreq.domain.enums import Channel
from lawfulreq.rules.messages import Lang, render


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class FindingCode(StrEnum):
    ISSUER_NOT_COMPETENT = "ISSUER_NOT_COMPETENT"
    RC_AUTHORISATION_MISSING = "RC_AUTHORISATION_MISSING"
    PERIOD_TOO_LONG = "PERIOD_TOO_LONG"
    PERIOD_BEYOND_RETENTION = "PERIOD_BEYOND_RETENTION"
    WRITTEN_CONFIRMATION_DUE = "WRITTEN_CONFIRMATION_DUE"
    ONE_TARGET_PER_ORDER = "ONE_TARGET_PER_ORDER"
    TARGET_INVALID = "TARGET_INVALID"
    BSN_MASKED = "BSN_MASKED"
    DUPLICATE_TARGET = "DUPLICATE_TARGET"
    DATA_NOT_ALLOWED = "DATA_NOT_ALLOWED"
    AUTHORITY_UNVERIFIED = "AUTHORITY_UNVERIFIED"


# The default severity of each code; WRITTEN_CONFIRMATION_DUE turns into an error once overdue.
SEVERITY: Mapping[FindingCode, Severity] = {
    FindingCode.ISSUER_NOT_COMPETENT: Severity.ERROR,
    FindingCode.RC_AUTHORISATION_MISSING: Severity.ERROR,
    FindingCode.PERIOD_TOO_LONG: Severity.ERROR,
    FindingCode.PERIOD_BEYOND_RETENTION: Severity.INFO,
    FindingCode.WRITTEN_CONFIRMATION_DUE: Severity.WARNING,
    FindingCode.ONE_TARGET_PER_ORDER: Severity.ERROR,
    FindingCode.TARGET_INVALID: Severity.ERROR,
    FindingCode.BSN_MASKED: Severity.INFO,
    FindingCode.DUPLICATE_TARGET: Severity.WARNING,
    FindingCode.DATA_NOT_ALLOWED: Severity.ERROR,
    FindingCode.AUTHORITY_UNVERIFIED: Severity.WARNING,
}


class BasisRule(Protocol):
    """What the engine reads from a catalogue row (LegalBasisView satisfies it)."""

    @property
    def law(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def issuer_roles(self) -> tuple[str, ...]: ...
    @property
    def rc_authorisation_required(self) -> bool: ...
    @property
    def allowed_categories(self) -> tuple[str, ...]: ...
    @property
    def max_future_days(self) -> int | None: ...
    @property
    def written_confirmation_days(self) -> int | None: ...
    @property
    def one_target_per_order(self) -> bool: ...


@dataclass(frozen=True)
class TargetFacts:
    raw: str
    kind: str
    normalised: str
    valid: bool
    problem: str = ""


@dataclass(frozen=True)
class DemandFacts:
    """Everything the rules look at, already parsed, normalised and BSN-masked."""

    issuer_role: str
    channel: str
    received_at: datetime
    data_categories: tuple[str, ...]
    targets: tuple[TargetFacts, ...]
    period_from: datetime | None = None
    period_to: datetime | None = None
    rc_authorisation_date: date | None = None
    written_confirmation_at: datetime | None = None
    requester: str = ""
    requester_verified: bool = False
    bsn_masked_count: int = 0
    bsn_masked_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleSettings:
    """Settings the rules depend on: months kept per data category (absent: no limit)."""

    retention_months: Mapping[str, int] = field(
        default_factory=lambda: {"traffic": 3, "location": 3, "content": 4}
    )


@dataclass(frozen=True)
class Finding:
    code: FindingCode
    severity: Severity
    params: Mapping[str, Any]
    subject: str = ""
    message_en: str = ""
    message_nl: str = ""
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None

    def message(self, lang: Lang = "en") -> str:
        return self.message_nl if lang == "nl" else self.message_en

    @property
    def blocking(self) -> bool:
        """Errors always block; warnings until someone acknowledges them."""
        if self.severity is Severity.ERROR:
            return True
        return self.severity is Severity.WARNING and self.acknowledged_by is None


def make_finding(
    code: FindingCode,
    article: str,
    params: Mapping[str, Any] | None = None,
    *,
    subject: str = "",
    severity: Severity | None = None,
) -> Finding:
    full = {"article": article, **(params or {})}
    return Finding(
        code=code,
        severity=severity or SEVERITY[code],
        params=full,
        subject=subject,
        message_en=render(code.value, "en", full),
        message_nl=render(code.value, "nl", full),
    )


def subtract_months(moment: datetime, months: int) -> datetime:
    """The same wall-clock moment `months` earlier, clamped to the month's last day."""
    local = moment.astimezone(AMSTERDAM)
    month_index = local.year * 12 + (local.month - 1) - months
    year, month = divmod(month_index, 12)
    day = min(local.day, calendar.monthrange(year, month + 1)[1])
    return local.replace(year=year, month=month + 1, day=day)


def _fmt(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")


def check_demand(
    facts: DemandFacts,
    basis: BasisRule,
    settings: RuleSettings,
    now: datetime,
    other_open_targets: Mapping[tuple[str, str], Sequence[str]] | None = None,
) -> list[Finding]:
    """Every finding for one demand, in a stable order (rule order, then target order).

    `other_open_targets` maps (kind, normalised) to the refs of OTHER open cases naming it.
    """
    article = f"{basis.law} {basis.article}"
    findings: list[Finding] = []
    findings += _issuer(facts, basis, article)
    findings += _rc(facts, basis, article)
    findings += _categories(facts, basis, article)
    findings += _period(facts, basis, article)
    findings += _retention(facts, settings, now, article)
    findings += _confirmation(facts, basis, now, article)
    findings += _targets(facts, basis, article, other_open_targets or {})
    findings += _bsn(facts, article)
    findings += _verification(facts, article)
    return findings


def _issuer(facts: DemandFacts, basis: BasisRule, article: str) -> list[Finding]:
    if facts.issuer_role in basis.issuer_roles:
        return []
    params: dict[str, Any] = {
        "issuer_role": facts.issuer_role,
        "allowed_roles": list(basis.issuer_roles),
    }
    return [make_finding(FindingCode.ISSUER_NOT_COMPETENT, article, params)]


def _rc(facts: DemandFacts, basis: BasisRule, article: str) -> list[Finding]:
    if basis.rc_authorisation_required and facts.rc_authorisation_date is None:
        return [make_finding(FindingCode.RC_AUTHORISATION_MISSING, article)]
    return []


def _categories(facts: DemandFacts, basis: BasisRule, article: str) -> list[Finding]:
    outside = [c for c in facts.data_categories if c not in basis.allowed_categories]
    if not outside:
        return []
    params: dict[str, Any] = {
        "categories": outside,
        "allowed_categories": list(basis.allowed_categories),
    }
    return [make_finding(FindingCode.DATA_NOT_ALLOWED, article, params)]


def _period(facts: DemandFacts, basis: BasisRule, article: str) -> list[Finding]:
    if basis.max_future_days is None or facts.period_to is None:
        return []
    start = max(facts.period_from or facts.received_at, facts.received_at)
    future = facts.period_to - start
    if future <= timedelta(days=basis.max_future_days):
        return []
    requested = future.days + (1 if future % timedelta(days=1) else 0)
    params: dict[str, Any] = {"max_days": basis.max_future_days, "requested_days": requested}
    return [make_finding(FindingCode.PERIOD_TOO_LONG, article, params)]


def _retention(
    facts: DemandFacts, settings: RuleSettings, now: datetime, article: str
) -> list[Finding]:
    if facts.period_from is None:
        return []
    findings = []
    for category in facts.data_categories:
        months = settings.retention_months.get(category)
        if months is None:
            continue
        cutoff = subtract_months(now, months)
        if facts.period_from < cutoff:
            params: dict[str, Any] = {
                "category": category,
                "months": months,
                "cutoff": cutoff.date().isoformat(),
            }
            findings.append(
                make_finding(FindingCode.PERIOD_BEYOND_RETENTION, article, params, subject=category)
            )
    return findings


def _confirmation(
    facts: DemandFacts, basis: BasisRule, now: datetime, article: str
) -> list[Finding]:
    days = basis.written_confirmation_days
    if days is None or facts.channel != Channel.ORAL or facts.written_confirmation_at:
        return []
    due = facts.received_at + timedelta(days=days)
    overdue = now > due
    params: dict[str, Any] = {"days": days, "due": _fmt(due), "overdue": overdue}
    severity = Severity.ERROR if overdue else Severity.WARNING
    return [make_finding(FindingCode.WRITTEN_CONFIRMATION_DUE, article, params, severity=severity)]


def _targets(
    facts: DemandFacts,
    basis: BasisRule,
    article: str,
    others: Mapping[tuple[str, str], Sequence[str]],
) -> list[Finding]:
    findings: list[Finding] = []
    params: dict[str, Any]
    if basis.one_target_per_order and len(facts.targets) > 1:
        params = {"count": len(facts.targets)}
        findings.append(make_finding(FindingCode.ONE_TARGET_PER_ORDER, article, params))
    seen: set[tuple[str, str]] = set()
    for target in facts.targets:
        if not target.valid:
            params = {
                "target": target.raw,
                "kind": target.kind,
                "reason": target.problem,
            }
            findings.append(
                make_finding(FindingCode.TARGET_INVALID, article, params, subject=target.raw)
            )
            continue
        key = (target.kind, target.normalised)
        if key in seen:
            continue
        seen.add(key)
        refs = sorted(set(others.get(key, ())))
        if refs:
            params = {
                "target": target.normalised,
                "kind": target.kind,
                "cases": refs,
            }
            findings.append(
                make_finding(
                    FindingCode.DUPLICATE_TARGET, article, params, subject=target.normalised
                )
            )
    return findings


def _bsn(facts: DemandFacts, article: str) -> list[Finding]:
    if not facts.bsn_masked_count:
        return []
    params: dict[str, Any] = {
        "count": facts.bsn_masked_count,
        "fields": list(facts.bsn_masked_fields),
    }
    return [make_finding(FindingCode.BSN_MASKED, article, params)]


def _verification(facts: DemandFacts, article: str) -> list[Finding]:
    if facts.requester_verified:
        return []
    params: dict[str, Any] = {"requester": facts.requester or "?"}
    return [make_finding(FindingCode.AUTHORITY_UNVERIFIED, article, params)]


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocking]
