"""Transparency statistics: how many demands (or identifiers) per basis, category, authority
type and outcome in a period, from one anonymous row per demand that outlives the case's purge.

Counting rules (docs/user-guide.md, "Transparency statistics", says the same):

- A demand belongs to the period in which it was *received* (Europe/Amsterdam calendar day).
- Unit "demand": each demand counts 1. Unit "identifier": each demand counts the number of
  distinct identifiers it names (kind + normalised value, each once per demand, valid or not);
  a demand naming none counts 0.
- Preservation demands (basis group PRESERVATION, or an EU preservation order) are counted
  apart in `preservation` and are not in `total` or any breakdown: they ask to keep data, not
  to hand it over, so "delivered" does not apply to them.
- `emergency` is how many of `total` were emergencies (the case's emergency flag, or the
  emergency basis): shown apart, and included in the total and every breakdown.
- `by_category` counts each demand once, under its *primary* category: the most intrusive one
  it asks for, in the order of `PRIMARY_ORDER`. So every breakdown adds up to `total`.
- Outcome: see `derive_outcome`.
- Bases the catalogue marks not publishable (intelligence services, Wiv 2017) are listed in
  `not_publishable`; the publishable export leaves them out (totals included) unless the FG
  includes them deliberately; it shows counts below `stats.small_count_threshold` as "< N".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import (
    Authority,
    CaseStatistic,
    CaseTarget,
    CaseTransition,
    DemandCase,
    Disclosure,
    DisclosureItem,
    LegalBasisVersion,
)
from lawfulreq.domain.enums import OPEN_STATUSES, AuthorityType, CaseStatus
from lawfulreq.errors import ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services import statistics_export
from lawfulreq.services.audit import record
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.settings import setting_value
from lawfulreq.settings_registry import STATS_SMALL_COUNT_THRESHOLD

SMALL_COUNT_KEY = STATS_SMALL_COUNT_THRESHOLD

# Most intrusive first: a demand's primary category is the first of these it asks for.
PRIMARY_ORDER: tuple[str, ...] = (
    "interception",
    "content",
    "sensitive",
    "location",
    "traffic",
    "stored",
    "recordings",
    "subscriber",
    "preservation",
)
OTHER_CATEGORY = "other"
PRESERVATION_GROUP = "PRESERVATION"
PRESERVATION_CODES = frozenset({"eu-epoc-pr"})
EMERGENCY_GROUP = "EMERGENCY"

# Item decisions as the disclosure service writes them (old and new spellings).
PRODUCED = frozenset({"produce", "deliver"})
WITHHELD = frozenset({"withhold", "withheld", "refused"})
NOT_AVAILABLE = frozenset({"not_available"})

# Rows computed per query batch (keeps IN lists well under every backend's limit).
_BATCH = 2000


class Unit(StrEnum):
    DEMAND = "demand"
    IDENTIFIER = "identifier"


class Outcome(StrEnum):
    DELIVERED_FULLY = "delivered_fully"
    DELIVERED_PARTLY = "delivered_partly"
    NOT_AVAILABLE = "not_available"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    OPEN = "open"


def derive_outcome(
    status: CaseStatus | str,
    before_close: CaseStatus | str | None,
    decisions: Iterable[str],
) -> Outcome:
    """The one rule that turns a case into its statistics outcome.

    - open (received, awaiting confirmation, under review, on hold, approved) -> OPEN;
    - withdrawn -> WITHDRAWN; rejected -> REFUSED;
    - closed: as the state it was closed from (`before_close`: withdrawn -> WITHDRAWN,
      rejected -> REFUSED), else as disclosed;
    - disclosed: by the item decisions of its *delivered* disclosure(s) (`decisions`; items
      without a decision are ignored): something produced and nothing withheld or not
      available -> DELIVERED_FULLY; something produced and something not -> DELIVERED_PARTLY;
      nothing produced but something withheld -> REFUSED; nothing produced and nothing
      withheld (only "not available", or no items at all) -> NOT_AVAILABLE.
    """
    state = CaseStatus(status)
    if state in OPEN_STATUSES:
        return Outcome.OPEN
    if state is CaseStatus.WITHDRAWN:
        return Outcome.WITHDRAWN
    if state is CaseStatus.REJECTED:
        return Outcome.REFUSED
    if state is CaseStatus.CLOSED and before_close is not None:
        prior = CaseStatus(before_close)
        if prior is not CaseStatus.CLOSED and prior is not CaseStatus.DISCLOSED:
            return derive_outcome(prior, None, decisions)
    seen = set(decisions)
    produced = bool(seen & PRODUCED)
    withheld = bool(seen & WITHHELD)
    missing = bool(seen & NOT_AVAILABLE)
    if produced:
        return Outcome.DELIVERED_PARTLY if withheld or missing else Outcome.DELIVERED_FULLY
    return Outcome.REFUSED if withheld else Outcome.NOT_AVAILABLE


def primary_category(categories: Iterable[str]) -> str:
    asked = set(categories)
    return next((c for c in PRIMARY_ORDER if c in asked), OTHER_CATEGORY)


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True)
class Period:
    """Calendar days in Europe/Amsterdam, both ends included."""

    start: date
    end: date
    label: str

    def as_json(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


_HALF = re.compile(r"^(\d{4})[Hh]([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ARTICLE = re.compile(r"^\d+[a-z]*(:\d+)?$")


def _period_error(text: str, why: str) -> ValidationError:
    return ValidationError(
        f"period: '{text}' {why}; use a half-year (2026H1), a year (2026) or "
        "FROM..TO with dates (2026-01-01..2026-03-31)",
        code="bad_period",
        field="period",
        value=text,
    )


def parse_period(text: str) -> Period:
    """`2026H1`, `2026H2`, `2026` or `YYYY-MM-DD..YYYY-MM-DD` (both days included)."""
    raw = text.strip()
    if match := _HALF.match(raw):
        year, half = int(match[1]), int(match[2])
        _check_year(year, text)
        if half == 1:
            return Period(date(year, 1, 1), date(year, 6, 30), f"{year}H1")
        return Period(date(year, 7, 1), date(year, 12, 31), f"{year}H2")
    if match := _YEAR.match(raw):
        year = int(match[1])
        _check_year(year, text)
        return Period(date(year, 1, 1), date(year, 12, 31), str(year))
    if raw.count("..") != 1:
        raise _period_error(text, "is not a period")
    first, last = (part.strip() for part in raw.split(".."))
    days: list[date] = []
    for part in (first, last):
        if not _DAY.match(part):
            raise _period_error(text, f"has '{part}', which is not a date YYYY-MM-DD")
        try:
            days.append(date.fromisoformat(part))
        except ValueError:
            raise _period_error(text, f"has '{part}', which is not a real date") from None
    if days[1] < days[0]:
        raise _period_error(text, "ends before it starts")
    return Period(days[0], days[1], f"{days[0].isoformat()}..{days[1].isoformat()}")


def _check_year(year: int, text: str) -> None:
    if year < 1900:
        raise _period_error(text, "names a year before 1900")


def parse_unit(text: str) -> Unit:
    try:
        return Unit(text.strip().lower())
    except ValueError:
        raise ValidationError(
            f"unit: '{text}' is not demand or identifier", code="bad_unit", field="unit"
        ) from None


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class BasisName:
    """How a basis is named in tables: `art. 126n Sv`, with its title in both languages."""

    code: str
    short: str
    title_nl: str
    title_en: str

    def label(self, lang: str) -> str:
        return self.short or (self.title_nl if lang == "nl" else self.title_en)


@dataclass(frozen=True)
class Statistics:
    period: Period
    unit: Unit
    total: int
    by_basis: Mapping[str, int]
    by_category: Mapping[str, int]
    by_authority_type: Mapping[str, int]
    by_outcome: Mapping[str, int]
    emergency: int
    preservation: int
    not_publishable: tuple[str, ...]
    # True when rows of not-publishable bases were counted (the internal view, or an export
    # that includes them deliberately).
    includes_not_publishable: bool
    basis_names: Mapping[str, BasisName] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return self.total == 0 and self.preservation == 0

    def breakdowns(self) -> list[tuple[str, Mapping[str, int]]]:
        return [
            ("by_basis", self.by_basis),
            ("by_category", self.by_category),
            ("by_authority_type", self.by_authority_type),
            ("by_outcome", self.by_outcome),
        ]

    def as_json(self) -> dict[str, Any]:
        """The contract's `stats --json` document."""
        return {
            "period": self.period.as_json(),
            "unit": self.unit.value,
            "total": self.total,
            "by_basis": dict(self.by_basis),
            "by_category": dict(self.by_category),
            "by_authority_type": dict(self.by_authority_type),
            "by_outcome": dict(self.by_outcome),
            "emergency": self.emergency,
            "preservation": self.preservation,
            "not_publishable": list(self.not_publishable),
        }


def basis_short(law: str, article: str) -> str:
    """`art. 126n Sv`, `art. 47 Wiv 2017`, `art. 5:16 Awb`; "" where there is no article."""
    if _ARTICLE.match(article) and not law[:1].isdigit():
        return f"art. {article} {law}"
    return ""


def shown_count(count: int, threshold: int) -> str:
    return statistics_export.shown(count, threshold)


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class _Facts:
    case_id: int
    version: int
    received_at: datetime
    status: str
    categories: tuple[str, ...]
    emergency: bool
    basis_code: str
    basis_group: str
    publishable: bool
    authority_type: str


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start : start + _BATCH]


def _rows_for(session: Session, ids: Sequence[int], now: datetime) -> list[dict[str, Any]]:
    """Statistics rows for these cases, computed from the live case data."""
    facts = [
        _Facts(r[0], r[1], r[2], r[3], tuple(r[4] or ()), bool(r[5]), r[6], r[7], bool(r[8]), r[9])
        for r in session.execute(
            select(
                DemandCase.id,
                DemandCase.version,
                DemandCase.received_at,
                DemandCase.status,
                DemandCase.data_categories,
                DemandCase.emergency,
                LegalBasisVersion.code,
                LegalBasisVersion.group,
                LegalBasisVersion.publishable,
                Authority.type,
            )
            .join(LegalBasisVersion, LegalBasisVersion.id == DemandCase.legal_basis_id)
            .join(Authority, Authority.id == DemandCase.authority_id)
            .where(DemandCase.id.in_(ids))
        )
    ]
    identifiers: dict[int, int] = {}
    named = (
        select(CaseTarget.case_id, CaseTarget.kind, CaseTarget.normalised)
        .where(CaseTarget.case_id.in_(ids))
        .distinct()
        .subquery()
    )
    for case_id, count in session.execute(
        select(named.c.case_id, func.count()).group_by(named.c.case_id)
    ):
        identifiers[case_id] = int(count)
    decisions: dict[int, set[str]] = {}
    for case_id, decision in session.execute(
        select(Disclosure.case_id, DisclosureItem.decision)
        .join(DisclosureItem, DisclosureItem.disclosure_id == Disclosure.id)
        .where(Disclosure.case_id.in_(ids), Disclosure.status == "delivered")
        .distinct()
    ):
        if decision:
            decisions.setdefault(case_id, set()).add(decision)
    before_close: dict[int, str | None] = {}
    for case_id, from_status in session.execute(
        select(CaseTransition.case_id, CaseTransition.from_status)
        .where(CaseTransition.case_id.in_(ids), CaseTransition.to_status == "closed")
        .order_by(CaseTransition.id)
    ):
        before_close[case_id] = from_status  # the last closing move wins
    rows = []
    for f in facts:
        rows.append(
            {
                "case_id": f.case_id,
                "case_version": f.version,
                "received_on": as_utc(f.received_at).astimezone(AMSTERDAM).date(),
                "basis_code": f.basis_code,
                "publishable": f.publishable,
                "authority_type": f.authority_type,
                "primary_category": primary_category(f.categories),
                "categories": list(f.categories),
                "outcome": derive_outcome(
                    f.status, before_close.get(f.case_id), decisions.get(f.case_id, ())
                ).value,
                "identifiers": identifiers.get(f.case_id, 0),
                "emergency": f.emergency or f.basis_group == EMERGENCY_GROUP,
                "preservation": f.basis_group == PRESERVATION_GROUP
                or f.basis_code in PRESERVATION_CODES,
                "computed_at": now,
            }
        )
    return rows


def _upsert(session: Session, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(CaseStatistic)
    updated = {name: stmt.excluded[name] for name in rows[0] if name != "case_id"}
    session.connection().execute(
        stmt.on_conflict_do_update(index_elements=["case_id"], set_=updated), rows
    )


def refresh_case_statistic(session: Session, case_id: int, now: datetime) -> None:
    """Write one case's statistics row as it stands now (the workflow calls this on a move)."""
    session.flush()
    _upsert(session, _rows_for(session, [case_id], now))


# "No row computed from this version": a missing row, a NULL version and an older version
# all qualify. Both backends answer it from covering indexes (demand_case (version) carries the
# rowid on SQLite); SQLite is told which index, or it takes the unique case_id index and then
# reads every row for its version (0.27 s instead of 0.05 s on 100,000 cases).
_STALE_SQL = (
    "SELECT c.id FROM demand_case c WHERE NOT EXISTS (SELECT 1 FROM case_statistic s {hint} "
    "WHERE s.case_id = c.id AND s.case_version = c.version)"
)


def _all_current(session: Session) -> bool:
    """True when every case has a row computed from its current version, read from two
    covering indexes without a probe per case.

    A row never runs ahead of its case (it is computed from the case in the same transaction,
    and versions only grow), each case has at most one row, and a purged case's row loses its
    case_id. So: as many linked rows as cases, and the same sum of versions, means every case
    has its row at its version.
    """
    cases = session.execute(select(func.count(), func.sum(DemandCase.version))).one()
    rows = session.execute(
        select(func.count(), func.sum(CaseStatistic.case_version)).where(
            CaseStatistic.case_id.is_not(None), CaseStatistic.case_version.is_not(None)
        )
    ).one()
    return (int(cases[0]), int(cases[1] or 0)) == (int(rows[0]), int(rows[1] or 0))


def refresh_statistics(session: Session, now: datetime) -> int:
    """Compute again every row whose case changed since (or that has none); how many."""
    if _all_current(session):
        return 0
    hint = (
        "INDEXED BY ix_case_statistic_case_version"
        if session.get_bind().dialect.name == "sqlite"
        else ""
    )
    stale = [int(r[0]) for r in session.execute(text(_STALE_SQL.format(hint=hint)))]
    stale.sort()
    for chunk in _chunks(stale):
        _upsert(session, _rows_for(session, chunk, now))
    return len(stale)


# --------------------------------------------------------------------------- counting


def count_statistics(
    session: Session, period: Period, unit: Unit, *, include_not_publishable: bool = True
) -> Statistics:
    """Aggregate the rows of a period (rows must be current: `refresh_statistics` first)."""
    weight = func.count() if unit is Unit.DEMAND else func.sum(CaseStatistic.identifiers)
    query = (
        select(
            CaseStatistic.basis_code,
            CaseStatistic.publishable,
            CaseStatistic.authority_type,
            CaseStatistic.primary_category,
            CaseStatistic.outcome,
            CaseStatistic.emergency,
            CaseStatistic.preservation,
            weight,
        )
        .where(
            and_(CaseStatistic.received_on >= period.start, CaseStatistic.received_on <= period.end)
        )
        .group_by(
            CaseStatistic.basis_code,
            CaseStatistic.publishable,
            CaseStatistic.authority_type,
            CaseStatistic.primary_category,
            CaseStatistic.outcome,
            CaseStatistic.emergency,
            CaseStatistic.preservation,
        )
    )
    if not include_not_publishable:
        query = query.where(CaseStatistic.publishable.is_(True))
    by_basis: dict[str, int] = {}
    by_category: dict[str, int] = {}
    by_authority: dict[str, int] = {t.value: 0 for t in AuthorityType}
    by_outcome: dict[str, int] = {o.value: 0 for o in Outcome}
    total = emergency = preservation = 0
    hidden: set[str] = set()
    for basis, publishable, authority, category, outcome, urgent, preserve, n in session.execute(
        query
    ):
        count = int(n or 0)
        if preserve:
            preservation += count
            continue
        if not publishable:
            hidden.add(basis)
        total += count
        emergency += count if urgent else 0
        by_basis[basis] = by_basis.get(basis, 0) + count
        by_category[category] = by_category.get(category, 0) + count
        by_authority[authority] = by_authority.get(authority, 0) + count
        by_outcome[outcome] = by_outcome.get(outcome, 0) + count
    names = _basis_names(session, by_basis)
    categories = {c: by_category.get(c, 0) for c in PRIMARY_ORDER if c != "preservation"}
    categories.update({c: n for c, n in by_category.items() if c not in categories})
    return Statistics(
        period=period,
        unit=unit,
        total=total,
        by_basis=_catalogue_order(by_basis, names),
        by_category=categories,
        by_authority_type=by_authority,
        by_outcome=by_outcome,
        emergency=emergency,
        preservation=preservation,
        not_publishable=tuple(sorted(hidden)),
        includes_not_publishable=include_not_publishable,
        basis_names=names,
    )


def _catalogue_order(counts: dict[str, int], names: dict[str, BasisName]) -> dict[str, int]:
    """Bases in the catalogue's order (subscriber data first, intelligence services later)."""
    order = {code: index for index, code in enumerate(names)}
    return {c: counts[c] for c in sorted(counts, key=lambda c: (order.get(c, len(order)), c))}


def _basis_names(session: Session, codes: Iterable[str]) -> dict[str, BasisName]:
    """Names of these bases, in the order the catalogue first listed them."""
    wanted = sorted(set(codes))
    if not wanted:
        return {}
    names: dict[str, BasisName] = {}
    first_seen: dict[str, int] = {}
    for row_id, code, law, article, title_nl, title_en in session.execute(
        select(
            LegalBasisVersion.id,
            LegalBasisVersion.code,
            LegalBasisVersion.law,
            LegalBasisVersion.article,
            LegalBasisVersion.title_nl,
            LegalBasisVersion.title_en,
        )
        .where(LegalBasisVersion.code.in_(wanted))
        .order_by(LegalBasisVersion.version)
    ):
        first_seen[code] = min(row_id, first_seen.get(code, row_id))
        names[code] = BasisName(code, basis_short(law, article), title_nl, title_en)
    for code in wanted:
        names.setdefault(code, BasisName(code, code, code, code))
    ordered = sorted(names, key=lambda c: (first_seen.get(c, 1 << 62), c))
    return {code: names[code] for code in ordered}


# --------------------------------------------------------------------------- service


@dataclass(frozen=True)
class ExportResult:
    path: str
    format: str
    sha256: str
    pages: int
    includes_not_publishable: bool
    threshold: int


class StatisticsService(Service):
    def statistics(
        self, actor: Actor, period: Period | str, unit: Unit | str = Unit.DEMAND
    ) -> Statistics:
        """The internal view: every basis counted, not-publishable ones named."""
        actor.require(Permission.READ_STATISTICS)
        wanted = parse_period(period) if isinstance(period, str) else period
        counting = parse_unit(unit) if isinstance(unit, str) else unit
        with self._unit_of_work() as session:
            refresh_statistics(session, self._clock())
            return count_statistics(session, wanted, counting)

    def small_count_threshold(self, actor: Actor) -> int:
        actor.require(Permission.READ_STATISTICS)
        with self._unit_of_work() as session:
            return int(setting_value(session, SMALL_COUNT_KEY))

    def export(
        self,
        actor: Actor,
        period: Period | str,
        unit: Unit | str,
        path: str,
        *,
        fmt: str,
        lang: str = "nl",
        include_not_publishable: bool = False,
    ) -> ExportResult:
        """The publishable export as CSV or PDF: not-publishable bases left out unless asked,
        small counts shown as "< N"; audited with what was exported (never the counts)."""
        actor.require(Permission.READ_STATISTICS)
        if include_not_publishable:
            actor.require(Permission.EXPORT_NOT_PUBLISHABLE)
        wanted = parse_period(period) if isinstance(period, str) else period
        counting = parse_unit(unit) if isinstance(unit, str) else unit
        if fmt not in ("csv", "pdf"):
            raise ValidationError(f"format: '{fmt}' is not csv or pdf", field="format")
        if lang not in ("nl", "en"):
            raise ValidationError(f"lang: '{lang}' is not nl or en", field="lang")
        now = self._clock()
        with self._unit_of_work() as session:
            refresh_statistics(session, now)
            stats = count_statistics(
                session, wanted, counting, include_not_publishable=include_not_publishable
            )
            threshold = int(setting_value(session, SMALL_COUNT_KEY))
            if fmt == "csv":
                digest, pages = statistics_export.write_csv(stats, path, threshold, lang), 0
            else:
                digest, pages = statistics_export.write_pdf(stats, path, threshold, lang, now)
            record(
                session,
                actor,
                "statistics.exported",
                now,
                object_type="statistics",
                object_id=wanted.label,
                details={
                    "period": wanted.as_json(),
                    "unit": counting.value,
                    "format": fmt,
                    "lang": lang,
                    "includes_not_publishable": include_not_publishable,
                    "small_count_threshold": threshold,
                    "sha256": digest,
                },
            )
        return ExportResult(path, fmt, digest, pages, include_not_publishable, threshold)
