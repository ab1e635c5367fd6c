"""Subscriber lookup at a moment or over a period, for a case whose legal basis allows it."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, or_, select
from sqlalchemy.sql.elements import ColumnElement

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import (
    CaseTarget,
    Customer,
    CustomerAddress,
    DemandCase,
    DeviceObservation,
    Disclosure,
    DisclosureItem,
    IpAssignment,
    LegalBasisVersion,
    NumberAssignment,
    Setting,
    SimCard,
    UsageRecord,
)
from lawfulreq.domain import identifiers
from lawfulreq.domain.enums import (
    OPEN_STATUSES,
    CaseStatus,
    DataCategory,
    DisclosureDecision,
    DisclosureStatus,
    TargetKind,
)
from lawfulreq.errors import LawfulreqError, NotFoundError, PermissionDeniedError, ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services.audit import record
from lawfulreq.services.base import Actor, Service

RETENTION_SETTING = "retention.usage_months"
DEFAULT_USAGE_MONTHS = 3
MAX_MATCHES = 200
MAX_USAGE_ROWS = 10_000
USAGE_KINDS = frozenset({TargetKind.PHONE_NUMBER, TargetKind.IMSI, TargetKind.IMEI})

# Result rows are read by column name; their precise tuple types add nothing here.
DbRow = Any

C = Customer.__table__
A = CustomerAddress.__table__
N = NumberAssignment.__table__
S = SimCard.__table__
D = DeviceObservation.__table__
IP = IpAssignment.__table__
U = UsageRecord.__table__


# --------------------------------------------------------------------------- query parsing


@dataclass(frozen=True)
class ParsedQuery:
    """What the user typed, the kind detected and its normal form."""

    text: str
    kind: TargetKind
    normalised: str
    port: int | None = None
    house_number: str | None = None
    house_number_suffix: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind.value, "normalised": self.normalised}


def parse_query(text: str) -> ParsedQuery:
    """Detect and normalise a query; anything unreadable is a ValidationError, nothing else."""
    ident = identifiers.normalise(text.strip())
    return ParsedQuery(
        text=text,
        kind=ident.kind,
        normalised=ident.normalised,
        port=ident.port,
        house_number=ident.house_number,
        house_number_suffix=ident.house_number_suffix,
    )


def detect(text: str) -> ParsedQuery | None:
    """As-you-type feedback: the parsed query, or None while it is not (yet) valid."""
    try:
        return parse_query(text)
    except ValidationError:
        return None


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Holder:
    """One holder in an identifier's history."""

    customer_id: str
    name: str
    valid_from: datetime | None
    valid_to: datetime | None
    ported_in_from: str | None = None
    ported_out_to: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class SubscriberMatch:
    """The Telecommunicatiewet data set of one holder, with how and when it matched."""

    customer_key: int
    customer_id: str
    name: str
    customer_kind: str
    street: str
    house_number: str
    house_number_suffix: str
    postcode: str
    town: str
    country: str
    number: str | None
    service_type: str | None
    valid_from: datetime | None
    valid_to: datetime | None
    overlap_from: datetime | None
    overlap_to: datetime | None
    secret_number: bool
    via: str
    detail: str = ""
    ported_in_from: str | None = None
    ported_out_to: str | None = None
    previous_holder: str | None = None
    next_holder: str | None = None

    def as_json(self) -> dict[str, Any]:
        body = asdict(self)
        body.pop("customer_key")
        return body


@dataclass(frozen=True)
class UsageRow:
    start_time: datetime
    duration_s: int
    a_number: str
    b_number: str
    direction: str
    service_type: str
    imsi: str | None
    imei: str | None
    cell_id: str | None


@dataclass(frozen=True)
class NotAvailable:
    """A part of the asked period beyond retention: answered "not available", naming the rule."""

    period_from: datetime | None
    period_to: datetime
    retention_months: int
    rule: str


@dataclass(frozen=True)
class LookupResult:
    query: ParsedQuery
    case_ref: str
    at: datetime | None
    period_from: datetime | None
    period_to: datetime | None
    matches: tuple[SubscriberMatch, ...] = ()
    history: tuple[Holder, ...] = ()
    usage: tuple[UsageRow, ...] = ()
    not_available: NotAvailable | None = None
    usage_requested: bool = False
    truncated: bool = False

    @property
    def count(self) -> int:
        return len(self.usage) if self.usage_requested else len(self.matches)

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "query": self.query.as_json(),
            "case": self.case_ref,
            "at": self.at,
            "from": self.period_from,
            "to": self.period_to,
            "matches": [m.as_json() for m in self.matches],
            "history": [asdict(h) for h in self.history],
        }
        if self.usage_requested:
            body["usage"] = [asdict(u) for u in self.usage]
            body["not_available"] = asdict(self.not_available) if self.not_available else None
        if self.truncated:
            body["truncated"] = True
        return body


@dataclass(frozen=True)
class LookupCase:
    """An open case and what its legal basis lets a lookup return."""

    id: int
    ref: str
    status: CaseStatus
    legal_basis: str
    allowed_categories: tuple[str, ...]

    @property
    def allows_subscriber(self) -> bool:
        return DataCategory.SUBSCRIBER.value in self.allowed_categories

    @property
    def allows_usage(self) -> bool:
        return DataCategory.TRAFFIC.value in self.allowed_categories


# --------------------------------------------------------------------------- time windows


@dataclass(frozen=True)
class _Window:
    """A moment (lo == hi) or a half-open period [lo, hi)."""

    lo: datetime
    hi: datetime

    @property
    def is_moment(self) -> bool:
        return self.lo == self.hi

    def during(self, start: Any, end: Any) -> ColumnElement[bool]:
        if self.is_moment:
            return and_(start <= self.lo, or_(end.is_(None), end > self.lo))
        return and_(start < self.hi, or_(end.is_(None), end > self.lo))

    def holds(self, start: datetime | None, end: datetime | None) -> bool:
        if start is None:
            return True
        if self.is_moment:
            return start <= self.lo and (end is None or end > self.lo)
        return start < self.hi and (end is None or end > self.lo)

    def overlap(
        self, start: datetime | None, end: datetime | None
    ) -> tuple[datetime | None, datetime | None]:
        if self.is_moment:
            return None, None
        lo = self.lo if start is None else max(start, self.lo)
        hi = self.hi if end is None else min(end, self.hi)
        return lo, hi

    def narrowed(self, start: datetime, end: datetime | None) -> _Window | None:
        """This window cut to [start, end), or None when they do not meet."""
        if not self.holds(start, end):
            return None
        if self.is_moment:
            return self
        lo, hi = self.overlap(start, end)
        assert lo is not None and hi is not None
        return _Window(lo, hi)


def _months_before(moment: datetime, months: int) -> datetime:
    local = moment.astimezone(AMSTERDAM)
    month_index = local.year * 12 + local.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(
        local.day, [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]
    )
    return as_utc(local.replace(year=year, month=month + 1, day=day, tzinfo=None))


def _customer_columns() -> list[Any]:
    return [
        C.c.id.label("c_id"),
        C.c.customer_ref,
        C.c.name,
        C.c.kind.label("c_kind"),
        C.c.directory_listed,
    ]


# --------------------------------------------------------------------------- the service


class LookupService(Service):
    def cases(self, actor: Actor, *, usage: bool = False) -> list[LookupCase]:
        """Open cases whose legal basis allows a subscriber (or, with `usage`, traffic) lookup."""
        actor.require(Permission.LOOKUP_SUBSCRIBERS)
        query = (
            select(
                DemandCase.id,
                DemandCase.ref,
                DemandCase.status,
                LegalBasisVersion.code,
                LegalBasisVersion.allowed_categories,
            )
            .join(LegalBasisVersion, DemandCase.legal_basis_id == LegalBasisVersion.id)
            .where(DemandCase.status.in_(sorted(s.value for s in OPEN_STATUSES)))
            .order_by(DemandCase.received_at.desc())
        )
        wanted = DataCategory.TRAFFIC.value if usage else DataCategory.SUBSCRIBER.value
        with self._unit_of_work() as session:
            rows = session.execute(query).all()
        return [
            LookupCase(r.id, r.ref, CaseStatus(r.status), r.code, tuple(r.allowed_categories))
            for r in rows
            if wanted in r.allowed_categories
        ]

    def lookup(
        self,
        actor: Actor,
        case_ref: str,
        text: str,
        *,
        at: datetime | None = None,
        period_from: datetime | None = None,
        period_to: datetime | None = None,
        usage: bool = False,
    ) -> LookupResult:
        """Who held the identifier at `at` (default: now), or everyone during [from, to)."""
        actor.require(Permission.LOOKUP_SUBSCRIBERS)
        query = parse_query(text)
        window = self._window(at, period_from, period_to, usage=usage)
        try:
            with self._unit_of_work() as session:
                conn = session.connection()
                case_id = self._check_case(conn, case_ref, usage=usage)
                if usage:
                    result = self._usage(
                        conn,
                        query=query,
                        case_ref=case_ref,
                        window=window,
                        period_from=period_from,
                        period_to=period_to,
                    )
                else:
                    matches, history, truncated = self._subscribers(conn, query, window)
                    result = LookupResult(
                        query,
                        case_ref,
                        at if window.is_moment else None,
                        period_from,
                        period_to,
                        matches,
                        history,
                        truncated=truncated,
                    )
                record(
                    session,
                    actor,
                    "subscriber.lookup",
                    self._clock(),
                    case_id=case_id,
                    object_type="lookup",
                    object_id=query.kind.value,
                    details={
                        "query": text,
                        "kind": query.kind.value,
                        "normalised": query.normalised,
                        "at": _iso(result.at),
                        "from": _iso(period_from),
                        "to": _iso(period_to),
                        "usage": usage,
                        "results": result.count,
                        "not_available": result.not_available is not None,
                    },
                )
                return result
        except (PermissionDeniedError, NotFoundError) as exc:
            self._audit_refusal(actor, case_ref, query, usage, exc)
            raise

    # ------------------------------------------------------------------ purpose limitation

    def _check_case(self, conn: Connection, case_ref: str, *, usage: bool) -> int:
        row = conn.execute(
            select(
                DemandCase.id,
                DemandCase.status,
                LegalBasisVersion.code,
                LegalBasisVersion.allowed_categories,
            )
            .join(LegalBasisVersion, DemandCase.legal_basis_id == LegalBasisVersion.id)
            .where(DemandCase.ref == case_ref.strip())
        ).first()
        if row is None:
            raise NotFoundError(
                f"no case '{case_ref}': every lookup belongs to a case",
                code="case_not_found",
                case=case_ref,
            )
        if row.status not in {s.value for s in OPEN_STATUSES}:
            raise PermissionDeniedError(
                f"case {case_ref} is {row.status}: lookups are only made for open cases",
                code="case_not_open",
                case=case_ref,
                status=row.status,
            )
        category = DataCategory.TRAFFIC if usage else DataCategory.SUBSCRIBER
        if category.value not in row.allowed_categories:
            raise PermissionDeniedError(
                f"the legal basis of case {case_ref} ({row.code}) does not allow "
                f"{category.value} data",
                code="DATA_NOT_ALLOWED",
                case=case_ref,
                basis=row.code,
                category=category.value,
            )
        return int(row.id)

    def _audit_refusal(
        self, actor: Actor, case_ref: str, query: ParsedQuery, usage: bool, exc: LawfulreqError
    ) -> None:
        with self._unit_of_work() as session:
            case_id = session.scalar(select(DemandCase.id).where(DemandCase.ref == case_ref))
            record(
                session,
                actor,
                "subscriber.lookup_refused",
                self._clock(),
                case_id=case_id,
                object_type="lookup",
                object_id=query.kind.value,
                reason=exc.code,
                details={
                    "query": query.text,
                    "kind": query.kind.value,
                    "case": case_ref,
                    "usage": usage,
                    "refusal": exc.message,
                },
            )

    def _window(
        self,
        at: datetime | None,
        period_from: datetime | None,
        period_to: datetime | None,
        *,
        usage: bool,
    ) -> _Window:
        if at is not None and (period_from is not None or period_to is not None):
            raise ValidationError(
                "give either a moment or a period, not both", code="at_and_period"
            )
        if (period_from is None) != (period_to is None):
            raise ValidationError("a period needs both a start and an end", code="half_period")
        if period_from is not None and period_to is not None:
            lo, hi = as_utc(period_from), as_utc(period_to)
            if hi <= lo:
                raise ValidationError("the period ends before it starts", code="bad_period")
            return _Window(lo, hi)
        moment = as_utc(at) if at is not None else self._clock()
        if usage:
            raise ValidationError(
                "usage records are looked up for a period: give a start and an end",
                code="usage_needs_period",
            )
        return _Window(moment, moment)

    # ------------------------------------------------------------------ subscriber data

    def _subscribers(
        self, conn: Connection, query: ParsedQuery, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        kind = query.kind
        if kind is TargetKind.PHONE_NUMBER:
            return self._by_number(conn, query.normalised, window)
        if kind in (TargetKind.IMSI, TargetKind.ICCID):
            column = S.c.imsi if kind is TargetKind.IMSI else S.c.iccid
            return self._by_sim(conn, column == query.normalised, window)
        if kind is TargetKind.IMEI:
            return self._by_imei(conn, query.normalised, window)
        if kind is TargetKind.IP:
            return self._by_ip(conn, query, window)
        return self._by_customer(conn, query, window)

    def _by_number(
        self, conn: Connection, number: str, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        rows = conn.execute(
            select(
                N.c.valid_from,
                N.c.valid_to,
                N.c.service_type,
                N.c.ported_in_from,
                N.c.ported_out_to,
                *_customer_columns(),
            )
            .join(C, C.c.id == N.c.customer_id)
            .where(N.c.number == number)
            .order_by(N.c.valid_from)
        ).all()
        history = tuple(
            Holder(
                r.customer_ref, r.name, r.valid_from, r.valid_to, r.ported_in_from, r.ported_out_to
            )
            for r in rows
        )
        hits = [(i, r) for i, r in enumerate(rows) if window.holds(r.valid_from, r.valid_to)]
        addresses = self._addresses(conn, [r.c_id for _, r in hits], window)
        matches = tuple(
            self._match(
                r,
                addresses,
                window,
                via="number",
                number=number,
                service_type=r.service_type,
                valid=(r.valid_from, r.valid_to),
                ported=(r.ported_in_from, r.ported_out_to),
                neighbours=_neighbours(history, i),
            )
            for i, r in hits
        )
        return matches, history, False

    def _by_sim(
        self, conn: Connection, condition: ColumnElement[bool], window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        rows = conn.execute(
            select(
                S.c.iccid, S.c.imsi, S.c.number, S.c.valid_from, S.c.valid_to, *_customer_columns()
            )
            .join(C, C.c.id == S.c.customer_id)
            .where(condition)
            .order_by(S.c.valid_from)
        ).all()
        history = tuple(
            Holder(
                r.customer_ref,
                r.name,
                r.valid_from,
                r.valid_to,
                detail=f"ICCID {r.iccid} · IMSI {r.imsi}",
            )
            for r in rows
        )
        hits = [(i, r) for i, r in enumerate(rows) if window.holds(r.valid_from, r.valid_to)]
        addresses = self._addresses(conn, [r.c_id for _, r in hits], window)
        matches = tuple(
            self._match(
                r,
                addresses,
                window,
                via="sim",
                number=r.number,
                service_type="mobile",
                valid=(r.valid_from, r.valid_to),
                detail=f"ICCID {r.iccid} · IMSI {r.imsi}",
                neighbours=_neighbours(history, i),
            )
            for i, r in hits
        )
        return matches, history, False

    def _by_imei(
        self, conn: Connection, imei: str, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        # A handset is tied to a subscriber only through the SIMs (IMSIs) it was seen with.
        seen = conn.execute(
            select(D.c.imsi, D.c.first_seen, D.c.last_seen)
            .where(D.c.imei == imei)
            .order_by(D.c.first_seen)
        ).all()
        imsis = sorted({o.imsi for o in seen})
        sims = (
            conn.execute(
                select(
                    S.c.iccid,
                    S.c.imsi,
                    S.c.number,
                    S.c.valid_from,
                    S.c.valid_to,
                    *_customer_columns(),
                )
                .join(C, C.c.id == S.c.customer_id)
                .where(S.c.imsi.in_(imsis))
                .order_by(S.c.valid_from)
            ).all()
            if imsis
            else []
        )
        history: list[Holder] = []
        found: list[tuple[DbRow, _Window, DbRow]] = []
        for observation in seen:
            # An observation's last_seen is a moment it was still there: include it.
            end = observation.last_seen + timedelta(microseconds=1)
            for sim in sims:
                if sim.imsi != observation.imsi:
                    continue
                both = _Window(observation.first_seen, end).narrowed(sim.valid_from, sim.valid_to)
                if both is None:
                    continue
                history.append(
                    Holder(
                        sim.customer_ref,
                        sim.name,
                        both.lo,
                        both.hi,
                        detail=f"IMSI {sim.imsi} · ICCID {sim.iccid}",
                    )
                )
                hit = window.narrowed(both.lo, both.hi)
                if hit is not None:
                    found.append((sim, hit, observation))
        history.sort(key=lambda h: h.valid_from or datetime.min)
        addresses = self._addresses(conn, [s.c_id for s, _, _ in found], window)
        matches = tuple(
            self._match(
                sim,
                addresses,
                window,
                via="device",
                number=sim.number,
                service_type="mobile",
                valid=(max(sim.valid_from, obs.first_seen), obs.last_seen),
                detail=f"IMEI {imei} on IMSI {sim.imsi} (seen {obs.first_seen:%Y-%m-%d %H:%M} "
                f"to {obs.last_seen:%Y-%m-%d %H:%M} UTC)",
            )
            for sim, _hit, obs in found
        )
        return matches, tuple(history), False

    def _by_ip(
        self, conn: Connection, query: ParsedQuery, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        network = ipaddress.ip_network(query.normalised, strict=False)
        # Every prefix that could contain the address (or the queried prefix): an IN on the index.
        candidates = {
            network.supernet(new_prefix=length).network_address.compressed
            for length in range(network.prefixlen + 1)
        }
        rows = conn.execute(
            select(
                IP.c.ip,
                IP.c.prefix_length,
                IP.c.port_start,
                IP.c.port_end,
                IP.c.valid_from,
                IP.c.valid_to,
                *_customer_columns(),
            )
            .join(C, C.c.id == IP.c.customer_id)
            .where(IP.c.ip.in_(sorted(candidates)))
            .order_by(IP.c.valid_from)
        ).all()
        port = query.port
        relevant = [
            r
            for r in rows
            if r.prefix_length <= network.prefixlen
            and network.subnet_of(ipaddress.ip_network(f"{r.ip}/{r.prefix_length}"))  # type: ignore[arg-type]
            and (port is None or r.port_start is None or r.port_start <= port <= r.port_end)
        ]
        history = tuple(
            Holder(r.customer_ref, r.name, r.valid_from, r.valid_to, detail=_ip_detail(r))
            for r in relevant
        )
        hits = [(i, r) for i, r in enumerate(relevant) if window.holds(r.valid_from, r.valid_to)]
        addresses = self._addresses(conn, [r.c_id for _, r in hits], window)
        matches = tuple(
            self._match(
                r,
                addresses,
                window,
                via="ip",
                number=None,
                service_type="internet",
                valid=(r.valid_from, r.valid_to),
                detail=_ip_detail(r),
                neighbours=_neighbours(history, i),
            )
            for i, r in hits
        )
        return matches, history, False

    def _by_customer(
        self, conn: Connection, query: ParsedQuery, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        kind, value = query.kind, query.normalised
        statement = select(*_customer_columns())
        if kind is TargetKind.CUSTOMER_ID:
            statement = statement.where(C.c.customer_ref == value)
        elif kind is TargetKind.EMAIL:
            statement = statement.where(C.c.email == value)
        elif kind is TargetKind.IBAN:
            statement = statement.where(C.c.iban == value)
        elif kind is TargetKind.NAME:
            if conn.dialect.name == "sqlite":
                # A range on the binary-collated index is SQLite's fast prefix match.
                statement = statement.where(
                    C.c.name_key >= value, C.c.name_key < value + "\U0010ffff"
                )
            else:
                escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                statement = statement.where(C.c.name_key.like(escaped + "%", escape="\\"))
            statement = statement.order_by(C.c.name_key)
        else:
            place = and_(
                A.c.postcode == value.split(" ")[0],
                A.c.house_number == (query.house_number or ""),
                window.during(A.c.valid_from, A.c.valid_to),
            )
            if query.house_number_suffix:
                place = and_(place, A.c.house_number_suffix == query.house_number_suffix)
            statement = statement.where(C.c.id.in_(select(A.c.customer_id).where(place)))
        customers = conn.execute(statement.limit(MAX_MATCHES + 1)).all()
        truncated = len(customers) > MAX_MATCHES
        customers = customers[:MAX_MATCHES]
        ids = [c.c_id for c in customers]
        numbers: dict[int, list[DbRow]] = {}
        if ids:
            for n in conn.execute(
                select(
                    N.c.customer_id,
                    N.c.number,
                    N.c.service_type,
                    N.c.valid_from,
                    N.c.valid_to,
                    N.c.ported_in_from,
                    N.c.ported_out_to,
                )
                .where(N.c.customer_id.in_(ids), window.during(N.c.valid_from, N.c.valid_to))
                .order_by(N.c.valid_from)
            ):
                numbers.setdefault(n.customer_id, []).append(n)
        addresses = self._addresses(conn, ids, window)
        matches: list[SubscriberMatch] = []
        for c in customers:
            held = numbers.get(c.c_id) or [None]
            for n in held:
                matches.append(
                    self._match(
                        c,
                        addresses,
                        window,
                        via="customer",
                        number=n.number if n else None,
                        service_type=n.service_type if n else None,
                        valid=(n.valid_from, n.valid_to) if n else (None, None),
                        ported=(n.ported_in_from, n.ported_out_to) if n else (None, None),
                    )
                )
        return tuple(matches), (), truncated

    def _addresses(
        self, conn: Connection, customer_ids: Sequence[int], window: _Window
    ) -> dict[int, DbRow]:
        """Each customer's address at the window's start (or, failing that, the latest one)."""
        if not customer_ids:
            return {}
        chosen: dict[int, tuple[tuple[int, datetime], DbRow]] = {}
        moment = window.lo
        for a in conn.execute(
            select(
                A.c.customer_id,
                A.c.street,
                A.c.house_number,
                A.c.house_number_suffix,
                A.c.postcode,
                A.c.town,
                A.c.country,
                A.c.valid_from,
                A.c.valid_to,
            ).where(A.c.customer_id.in_(sorted(set(customer_ids))))
        ):
            if a.valid_from <= moment and (a.valid_to is None or a.valid_to > moment):
                rank = 2
            else:
                rank = 1 if a.valid_from <= window.hi else 0
            key = (rank, a.valid_from)
            current = chosen.get(a.customer_id)
            if current is None or key > current[0]:
                chosen[a.customer_id] = (key, a)
        return {customer_id: row for customer_id, (_key, row) in chosen.items()}

    def _match(
        self,
        row: DbRow,
        addresses: dict[int, DbRow],
        window: _Window,
        *,
        via: str,
        number: str | None,
        service_type: str | None,
        valid: tuple[datetime | None, datetime | None],
        detail: str = "",
        ported: tuple[str | None, str | None] = (None, None),
        neighbours: tuple[str | None, str | None] = (None, None),
    ) -> SubscriberMatch:
        address = addresses.get(row.c_id)
        overlap = window.overlap(*valid)
        return SubscriberMatch(
            customer_key=row.c_id,
            customer_id=row.customer_ref,
            name=row.name,
            customer_kind=row.c_kind,
            street=address.street if address else "",
            house_number=address.house_number if address else "",
            house_number_suffix=address.house_number_suffix if address else "",
            postcode=address.postcode if address else "",
            town=address.town if address else "",
            country=address.country if address else "",
            number=number,
            service_type=service_type,
            valid_from=valid[0],
            valid_to=valid[1],
            overlap_from=overlap[0],
            overlap_to=overlap[1],
            secret_number=not row.directory_listed,
            via=via,
            detail=detail,
            ported_in_from=ported[0],
            ported_out_to=ported[1],
            previous_holder=neighbours[0],
            next_holder=neighbours[1],
        )

    # ------------------------------------------------------------------ usage (traffic) data

    def retention_months(self, conn: Connection) -> int:
        value = conn.execute(select(Setting.value).where(Setting.key == RETENTION_SETTING)).scalar()
        if isinstance(value, dict):
            value = value.get("months", value.get("value"))
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        return DEFAULT_USAGE_MONTHS

    def _usage(
        self,
        conn: Connection,
        *,
        query: ParsedQuery,
        case_ref: str,
        window: _Window,
        period_from: datetime | None,
        period_to: datetime | None,
    ) -> LookupResult:
        if query.kind not in USAGE_KINDS:
            raise ValidationError(
                "usage records are found by phone number, IMSI or IMEI",
                code="usage_kind",
                kind=query.kind.value,
            )
        months = self.retention_months(conn)
        cutoff = _months_before(self._clock(), months)
        not_available = None
        if window.lo < cutoff:
            not_available = NotAvailable(
                period_from=window.lo,
                period_to=min(cutoff, window.hi),
                retention_months=months,
                rule=(
                    f"usage data are kept {months} months for invoice specification "
                    f"(privacy statement section 7; setting {RETENTION_SETTING}) and then "
                    "deleted: not available"
                ),
            )
        rows: list[DbRow] = []
        lo = max(window.lo, cutoff)
        if lo < window.hi:
            value = query.normalised
            if query.kind is TargetKind.PHONE_NUMBER:
                who: ColumnElement[bool] = or_(U.c.a_number == value, U.c.b_number == value)
            elif query.kind is TargetKind.IMSI:
                who = U.c.imsi == value
            else:
                who = U.c.imei == value
            rows = list(
                conn.execute(
                    select(
                        U.c.start_time,
                        U.c.duration_s,
                        U.c.a_number,
                        U.c.b_number,
                        U.c.direction,
                        U.c.service_type,
                        U.c.imsi,
                        U.c.imei,
                        U.c.cell_id,
                    )
                    .where(who, U.c.start_time >= lo, U.c.start_time < window.hi)
                    .order_by(U.c.start_time)
                    .limit(MAX_USAGE_ROWS + 1)
                )
            )
        truncated = len(rows) > MAX_USAGE_ROWS
        usage = tuple(UsageRow(**r._mapping) for r in rows[:MAX_USAGE_ROWS])
        return LookupResult(
            query,
            case_ref,
            None,
            period_from,
            period_to,
            usage=usage,
            not_available=not_available,
            usage_requested=True,
            truncated=truncated,
        )

    # ------------------------------------------------------------------ add to case

    def add_to_case(
        self,
        actor: Actor,
        case_ref: str,
        result: LookupResult,
        matches: Iterable[SubscriberMatch] | None = None,
    ) -> int:
        """Attach results to the case's disclosure draft; returns how many items were added."""
        actor.require(Permission.PREPARE_DISCLOSURE)
        if result.case_ref != case_ref:
            raise ValidationError(
                f"this result was looked up for case {result.case_ref}, not {case_ref}",
                code="other_case",
            )
        chosen = tuple(result.matches if matches is None else matches)
        now = self._clock()
        with self._unit_of_work() as session:
            case_id = self._check_case(session.connection(), case_ref, usage=result.usage_requested)
            disclosure = session.scalars(
                select(Disclosure).where(
                    Disclosure.case_id == case_id, Disclosure.status == DisclosureStatus.DRAFT.value
                )
            ).first()
            if disclosure is None:
                disclosure = Disclosure(
                    case_id=case_id, status=DisclosureStatus.DRAFT.value, created_at=now
                )
                session.add(disclosure)
                session.flush()
            target_id = session.scalar(
                select(CaseTarget.id).where(
                    CaseTarget.case_id == case_id,
                    CaseTarget.kind == result.query.kind.value,
                    CaseTarget.normalised == result.query.normalised,
                )
            )
            base = {"query": result.query.as_json(), "at": _iso(result.at)}
            items: list[DisclosureItem] = []

            def item(category: DataCategory, decision: DisclosureDecision, **extra: Any) -> None:
                items.append(
                    DisclosureItem(
                        disclosure_id=disclosure.id,
                        target_id=target_id,
                        category=category.value,
                        decision=decision.value,
                        period_from=result.period_from,
                        period_to=result.period_to,
                        added_by=actor.user_id,
                        added_at=now,
                        **extra,
                    )
                )

            if result.usage_requested:
                if result.usage:
                    item(
                        DataCategory.TRAFFIC,
                        DisclosureDecision.DELIVER,
                        data=_jsonable(base | {"usage": [asdict(u) for u in result.usage]}),
                    )
                if result.not_available is not None:
                    na = result.not_available
                    item(
                        DataCategory.TRAFFIC,
                        DisclosureDecision.NOT_AVAILABLE,
                        reason=na.rule,
                        data=_jsonable(base | {"not_available": asdict(na)}),
                    )
            else:
                for match in chosen:
                    item(
                        DataCategory.SUBSCRIBER,
                        DisclosureDecision.DELIVER,
                        customer_id=match.customer_key,
                        data=_jsonable(base | {"match": match.as_json()}),
                    )
            if not items:
                raise ValidationError(
                    "nothing to add: the lookup found nothing", code="nothing_to_add"
                )
            session.add_all(items)
            record(
                session,
                actor,
                "disclosure.item_added",
                now,
                case_id=case_id,
                object_type="disclosure",
                object_id=disclosure.id,
                details={
                    "query": result.query.normalised,
                    "kind": result.query.kind.value,
                    "items": len(items),
                    "usage": result.usage_requested,
                },
            )
            return len(items)


def _neighbours(history: Sequence[Holder], index: int) -> tuple[str | None, str | None]:
    before = history[index - 1] if index > 0 else None
    after = history[index + 1] if index + 1 < len(history) else None
    return (
        f"{before.name} ({before.customer_id})" if before else None,
        f"{after.name} ({after.customer_id})" if after else None,
    )


def _ip_detail(row: DbRow) -> str:
    text = f"{row.ip}/{row.prefix_length}"
    if row.port_start is not None:
        text += f" ports {row.port_start}-{row.port_end}"
    return text


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


__all__ = [
    "Holder",
    "LookupCase",
    "LookupResult",
    "LookupService",
    "NotAvailable",
    "ParsedQuery",
    "SubscriberMatch",
    "UsageRow",
    "detect",
    "parse_query",
]
