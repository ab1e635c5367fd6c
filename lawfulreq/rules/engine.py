"""The validation engine: pure functions from a demand and its legal basis to findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from lawfulreq.clock import AMSTERDAM
from lawfulreq.domain.citations import cite
from lawfulreq.domain.enums import Channel, IssuerRole
from lawfulreq.domain.months import add_months
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
    ORDER_EXPIRED = "ORDER_EXPIRED"
    AUTHORISATION_AFTER_DEMAND = "AUTHORISATION_AFTER_DEMAND"
    RC_AUTHORISATION_ADVISED = "RC_AUTHORISATION_ADVISED"
    FUTURE_DATA_NOT_ALLOWED = "FUTURE_DATA_NOT_ALLOWED"
    WIV_APPROVAL_MISSING = "WIV_APPROVAL_MISSING"
    NO_LEGAL_BASIS = "NO_LEGAL_BASIS"
    DATA_NOT_HELD = "DATA_NOT_HELD"


# The default severity of each code; WRITTEN_CONFIRMATION_DUE turns into an error once overdue.
SEVERITY: Mapping[FindingCode, Severity] = {
    FindingCode.ISSUER_NOT_COMPETENT: Severity.ERROR,
    FindingCode.RC_AUTHORISATION_MISSING: Severity.ERROR,
    FindingCode.PERIOD_TOO_LONG: Severity.ERROR,
    FindingCode.PERIOD_BEYOND_RETENTION: Severity.INFO,
    FindingCode.WRITTEN_CONFIRMATION_DUE: Severity.WARNING,
    # Art. 126m lid 2 / 126t lid 2 Sv: the order names the user and "zo mogelijk" a number;
    # one number per order is practice, not statute.
    FindingCode.ONE_TARGET_PER_ORDER: Severity.WARNING,
    FindingCode.TARGET_INVALID: Severity.ERROR,
    FindingCode.BSN_MASKED: Severity.INFO,
    FindingCode.DUPLICATE_TARGET: Severity.WARNING,
    FindingCode.DATA_NOT_ALLOWED: Severity.ERROR,
    FindingCode.AUTHORITY_UNVERIFIED: Severity.WARNING,
    FindingCode.ORDER_EXPIRED: Severity.ERROR,
    FindingCode.AUTHORISATION_AFTER_DEMAND: Severity.ERROR,
    FindingCode.RC_AUTHORISATION_ADVISED: Severity.WARNING,
    FindingCode.FUTURE_DATA_NOT_ALLOWED: Severity.ERROR,
    FindingCode.WIV_APPROVAL_MISSING: Severity.ERROR,
    FindingCode.NO_LEGAL_BASIS: Severity.ERROR,
    FindingCode.DATA_NOT_HELD: Severity.INFO,
}

# How an order's end is judged (catalogue field `order_expiry`).
EXPIRY_ORDER = "order"  # the whole order runs for its period (taps, 126ne)
EXPIRY_FUTURE_PART = "future_part"  # only a part after receipt is an order (126n)

# Communication content is carried, never stored (privacy statement section 2).
CONTENT = "content"


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
    @property
    def max_future_months(self) -> int | None: ...
    @property
    def existing_data_only(self) -> bool: ...
    @property
    def rc_required_for_delivery(self) -> tuple[str, ...]: ...
    @property
    def judge_validation_categories(self) -> tuple[str, ...]: ...
    @property
    def rc_advised_categories(self) -> tuple[str, ...]: ...
    @property
    def wiv_approval_required(self) -> bool: ...
    @property
    def statutory(self) -> bool: ...
    @property
    def order_expiry(self) -> str: ...
    @property
    def deadline_days(self) -> int | None: ...
    @property
    def deadline_emergency_hours(self) -> int | None: ...
    @property
    def confirmation_is_policy(self) -> bool: ...
    @property
    def preservation_days(self) -> int | None: ...
    @property
    def preservation_extension_days(self) -> int | None: ...


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
    delivery: str = "once"
    wiv_minister_date: date | None = None
    wiv_tib_date: date | None = None


@dataclass(frozen=True)
class RuleSettings:
    """Settings the rules depend on.

    `retention_months`: months kept per data category (absent: no limit); `rc_review_advised`:
    warn about traffic/location data under 126n without a court's review; `voicemail_stored`:
    the Compass voicemail boxes hold content the provider can hand over.
    """

    retention_months: Mapping[str, int] = field(
        default_factory=lambda: {"traffic": 3, "location": 3, "recordings": 4}
    )
    rc_review_advised: bool = True
    voicemail_stored: bool = False


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
    variant: str = "",
) -> Finding:
    """A finding with its messages; `variant` picks a wording of the code's message."""
    full = {"article": article, **(params or {})}
    template = f"{code.value}:{variant}" if variant else code.value
    return Finding(
        code=code,
        severity=severity or SEVERITY[code],
        params=full,
        subject=subject,
        message_en=render(template, "en", full),
        message_nl=render(template, "nl", full),
    )


def default_deadline(
    received_at: datetime,
    emergency: bool,
    basis: BasisRule,
    *,
    default_days: int,
    emergency_hours: int,
) -> datetime:
    """The answer's deadline when the demand names none: the basis' own, else the FG's.

    EU production orders: 10 days, 8 hours in an emergency (Regulation (EU) 2023/1543
    art. 10 lid 2 and 4). Days are calendar days on the Amsterdam wall clock.
    """
    local = received_at.astimezone(AMSTERDAM)
    if emergency:
        return local + timedelta(hours=basis.deadline_emergency_hours or emergency_hours)
    return local + timedelta(days=basis.deadline_days or default_days)


def preservation_until(
    received_at: datetime, basis: BasisRule, *, extended: bool = False
) -> datetime | None:
    """Until when preserved data stay frozen: 126ni 90 days; EPOC-PR 60, extended by 30."""
    if basis.preservation_days is None:
        return None
    days = basis.preservation_days
    if extended:
        days += basis.preservation_extension_days or 0
    return received_at.astimezone(AMSTERDAM) + timedelta(days=days)


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
    article = cite(basis.law, basis.article)
    findings: list[Finding] = []
    if not basis.statutory:
        findings.append(make_finding(FindingCode.NO_LEGAL_BASIS, article))
        findings += _targets(facts, basis, article, other_open_targets or {})
        findings += _bsn(facts, article)
        findings += _verification(facts, article)
        return findings
    findings += _issuer(facts, basis, article)
    findings += _rc(facts, basis, article)
    findings += _rc_advised(facts, basis, settings, article)
    findings += _wiv(facts, basis, article)
    findings += _categories(facts, basis, article)
    findings += _not_held(facts, settings, article)
    findings += _period(facts, basis, article)
    findings += _future_data(facts, basis, article)
    findings += _expired(facts, basis, now, article)
    findings += _retention(facts, settings, article)
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


def authorisation_needed(facts: DemandFacts, basis: BasisRule) -> str | None:
    """Why the demand needs a judge's prior authorisation, or None.

    "rc": the basis always does (126m, 126nf, 126ng...); "delivery": 126ne real-time or
    periodic delivery; "validation": an EU production order for traffic or content data not
    issued by a judge (Regulation (EU) 2023/1543 art. 4 lid 2).
    """
    if basis.rc_authorisation_required:
        return "rc"
    if facts.delivery in basis.rc_required_for_delivery:
        return "delivery"
    wanted = set(facts.data_categories) & set(basis.judge_validation_categories)
    if wanted and facts.issuer_role != IssuerRole.EXAMINING_JUDGE:
        return "validation"
    return None


def _rc(facts: DemandFacts, basis: BasisRule, article: str) -> list[Finding]:
    reason = authorisation_needed(facts, basis)
    if reason is None:
        return []
    variant = "" if reason == "rc" else reason
    if facts.rc_authorisation_date is None:
        params: dict[str, Any] = {"delivery": facts.delivery}
        return [
            make_finding(FindingCode.RC_AUTHORISATION_MISSING, article, params, variant=variant)
        ]
    received = facts.received_at.astimezone(AMSTERDAM).date()
    if facts.rc_authorisation_date > received:
        params = {
            "authorised": facts.rc_authorisation_date.isoformat(),
            "received": received.isoformat(),
        }
        return [make_finding(FindingCode.AUTHORISATION_AFTER_DEMAND, article, params)]
    return []


def _rc_advised(
    facts: DemandFacts, basis: BasisRule, settings: RuleSettings, article: str
) -> list[Finding]:
    """HR 5 April 2022, ECLI:NL:HR:2022:475: serious intrusions need a court's prior review."""
    if not settings.rc_review_advised or facts.rc_authorisation_date is not None:
        return []
    wanted = [c for c in facts.data_categories if c in basis.rc_advised_categories]
    if not wanted:
        return []
    params: dict[str, Any] = {"categories": wanted, "ecli": "ECLI:NL:HR:2022:475"}
    return [make_finding(FindingCode.RC_AUTHORISATION_ADVISED, article, params)]


def _wiv(facts: DemandFacts, basis: BasisRule, article: str) -> list[Finding]:
    if not basis.wiv_approval_required:
        return []
    missing = [
        name
        for name, value in (("minister", facts.wiv_minister_date), ("tib", facts.wiv_tib_date))
        if value is None
    ]
    if not missing:
        return []
    params: dict[str, Any] = {"missing": missing}
    return [make_finding(FindingCode.WIV_APPROVAL_MISSING, article, params)]


def _categories(facts: DemandFacts, basis: BasisRule, article: str) -> list[Finding]:
    outside = [c for c in facts.data_categories if c not in basis.allowed_categories]
    if not outside:
        return []
    params: dict[str, Any] = {
        "categories": outside,
        "allowed_categories": list(basis.allowed_categories),
    }
    return [make_finding(FindingCode.DATA_NOT_ALLOWED, article, params)]


def _not_held(facts: DemandFacts, settings: RuleSettings, article: str) -> list[Finding]:
    if CONTENT not in facts.data_categories or settings.voicemail_stored:
        return []
    params: dict[str, Any] = {"category": CONTENT}
    return [make_finding(FindingCode.DATA_NOT_HELD, article, params, subject=CONTENT)]


def _period(facts: DemandFacts, basis: BasisRule, article: str) -> list[Finding]:
    if facts.period_to is None:
        return []
    start = max(facts.period_from or facts.received_at, facts.received_at)
    if basis.max_future_months is not None:
        limit = add_months(start, basis.max_future_months)
        if facts.period_to <= limit:
            return []
        params: dict[str, Any] = {
            "max_months": basis.max_future_months,
            "limit": _fmt(limit),
            "until": _fmt(facts.period_to),
        }
        return [make_finding(FindingCode.PERIOD_TOO_LONG, article, params, variant="months")]
    if basis.max_future_days is None:
        return []
    future = facts.period_to - start
    if future <= timedelta(days=basis.max_future_days):
        return []
    requested = future.days + (1 if future % timedelta(days=1) else 0)
    params = {"max_days": basis.max_future_days, "requested_days": requested}
    return [make_finding(FindingCode.PERIOD_TOO_LONG, article, params)]


def _future_data(facts: DemandFacts, basis: BasisRule, article: str) -> list[Finding]:
    """126nd, 126ni, EU orders: only data held when the demand arrives."""
    if not basis.existing_data_only or facts.period_to is None:
        return []
    if facts.period_to <= facts.received_at:
        return []
    params: dict[str, Any] = {
        "received": _fmt(facts.received_at),
        "until": _fmt(facts.period_to),
    }
    return [make_finding(FindingCode.FUTURE_DATA_NOT_ALLOWED, article, params)]


def _expired(facts: DemandFacts, basis: BasisRule, now: datetime, article: str) -> list[Finding]:
    """An order for future or real-time data has ended at the end of its period."""
    if facts.period_to is None or basis.order_expiry not in (EXPIRY_ORDER, EXPIRY_FUTURE_PART):
        return []
    if basis.order_expiry == EXPIRY_FUTURE_PART and facts.period_to <= facts.received_at:
        return []
    if now < facts.period_to:
        return []
    params: dict[str, Any] = {"ended": _fmt(facts.period_to)}
    return [make_finding(FindingCode.ORDER_EXPIRED, article, params)]


def _retention(facts: DemandFacts, settings: RuleSettings, article: str) -> list[Finding]:
    """Judged at receipt: data a received demand covers is frozen until the case closes."""
    if facts.period_from is None:
        return []
    findings = []
    for category in facts.data_categories:
        if category == CONTENT and not settings.voicemail_stored:
            continue  # not held at all: DATA_NOT_HELD says so
        months = settings.retention_months.get(category)
        if months is None:
            continue
        cutoff = add_months(facts.received_at, -months)
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
    variant = "policy" if basis.confirmation_is_policy else ""
    return [
        make_finding(
            FindingCode.WRITTEN_CONFIRMATION_DUE,
            article,
            params,
            severity=severity,
            variant=variant,
        )
    ]


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
