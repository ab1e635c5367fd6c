"""Subscriber lookup at a moment or over a period, for a case whose legal basis allows it."""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    Dialect,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    literal,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import FromClause

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import (
    CaseTarget,
    Customer,
    CustomerAddress,
    CustomerNameToken,
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
from lawfulreq.importers.fields import name_tokens
from lawfulreq.security.permissions import Permission
from lawfulreq.services.audit import append_event, audit_sql, record
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.catalogue import DEFAULT_RETENTION, RETENTION_KEY
from lawfulreq.services.flagging import cover_customers
from lawfulreq.services.prepared import Prepared, dbapi_transaction

# Usage records are traffic data: their retention is the "traffic" entry of the rule settings
# the FG edits (issue 5), one source of truth for intake findings and lookups.
RETENTION_SETTING = RETENTION_KEY
DEFAULT_USAGE_MONTHS = DEFAULT_RETENTION["traffic"]
MAX_MATCHES = 200
# A name prefix can fit thousands of customers; past this many the user refines the query.
MAX_NAME_MATCHES = 50
MAX_USAGE_ROWS = 10_000
USAGE_KINDS = frozenset({TargetKind.PHONE_NUMBER, TargetKind.IMSI, TargetKind.IMEI})

C = Customer.__table__
A = CustomerAddress.__table__
N = NumberAssignment.__table__
S = SimCard.__table__
D = DeviceObservation.__table__
IP = IpAssignment.__table__
U = UsageRecord.__table__
T = CustomerNameToken.__table__


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


# --------------------------------------------------------------------------- prepared SQL


def _bounds(window: _Window) -> dict[str, datetime]:
    """`lo` and an exclusive `hi`: a moment is [at, at + 1 µs), so one condition serves both."""
    hi = window.lo + timedelta(microseconds=1) if window.is_moment else window.hi
    return {"lo": window.lo, "hi": hi}


def _during(start: Any, end: Any) -> ColumnElement[bool]:
    return and_(start < bindparam("hi"), or_(end.is_(None), end > bindparam("lo")))


# Column groups every subscriber query returns, in this order, after its own columns.
CUSTOMER_COLUMNS = (C.c.id, C.c.customer_ref, C.c.name, C.c.kind, C.c.directory_listed)
ADDRESS_COLUMNS = (
    A.c.street,
    A.c.house_number,
    A.c.house_number_suffix,
    A.c.postcode,
    A.c.town,
    A.c.country,
    A.c.valid_from,
    A.c.valid_to,
)
NAME_WORDS = 4  # a name query uses at most this many words (the longest ones)
# Statements for IN lists of these lengths; the candidates are padded to the next one up.
# An address has at most 33 (IPv4) or 129 (IPv6) candidates, usually a dozen or two.
IP_SLOTS = (8, 16, 33, 64, 129)


def ip_slots(candidates: int) -> int:
    return next(n for n in IP_SLOTS if n >= candidates)


def _history_statement(
    table: FromClause, columns: Sequence[Any], where: ColumnElement[bool], *order: Any
) -> Select[Any]:
    statement = select(*columns, *CUSTOMER_COLUMNS, *ADDRESS_COLUMNS).select_from(
        table.join(C, C.c.id == table.c.customer_id).outerjoin(A, A.c.customer_id == C.c.id)
    )
    return statement.where(where).order_by(*order, table.c.id)


def _ip_statement(columns: Sequence[Any], slots: int) -> Select[Any]:
    """Assignments of a prefix that holds the address, narrowed by port when one is given.

    Candidate `ip{i}` is the address's network for prefix lengths up to `len{i}` only, so a
    stored neighbour prefix that happens to share a candidate's text is not even joined.
    """
    port = bindparam("port", type_=Integer())
    ips = [bindparam(f"ip{i}", type_=String()) for i in range(slots)]
    longest = case(
        {ip: bindparam(f"len{i}", type_=Integer()) for i, ip in enumerate(ips)}, value=IP.c.ip
    )
    where = and_(
        IP.c.ip.in_(ips),
        IP.c.prefix_length <= longest,
        or_(
            port.is_(None),
            IP.c.port_start.is_(None),
            and_(IP.c.port_start <= port, IP.c.port_end >= port),
        ),
    )
    return _history_statement(IP, columns, where, IP.c.valid_from)


# Per slot count: the bind names of the candidates' texts and of their longest lengths.
_IP_NAMES = {
    slots: (tuple(f"ip{i}" for i in range(slots)), tuple(f"len{i}" for i in range(slots)))
    for slots in IP_SLOTS
}


def ip_values(
    network: ipaddress.IPv4Network | ipaddress.IPv6Network, port: int | None
) -> tuple[int, dict[str, Any], dict[str, int]]:
    """The IP statement's slot count and bind values (each candidate's text and the longest
    prefix length it is the network address for, padded with the last one); and each
    candidate text's value."""
    address = int(network.network_address)
    ints = _candidate_ints(address)
    texts = _candidate_texts(network.version, ints)
    lengths = _candidate_lengths(address, network)
    slots = ip_slots(len(texts))
    padding = slots - len(texts)
    ip_names, len_names = _IP_NAMES[slots]
    values: dict[str, Any] = dict(zip(ip_names, texts + texts[-1:] * padding, strict=True))
    values.update(zip(len_names, lengths + lengths[-1:] * padding, strict=True))
    values["port"] = port
    return slots, values, dict(zip(texts, ints, strict=True))


def _customer_statement(dialect: Dialect, kind: str) -> Select[Any]:
    """Up to the kind's cap + 1 customers, each with the numbers they held and their addresses."""
    base = select(*CUSTOMER_COLUMNS, C.c.name_key)
    if kind == "name":
        chosen = _name_ids(dialect).subquery("ids")
        base = base.join(chosen, chosen.c.customer_id == C.c.id)
    elif kind == "postcode_house_number":
        place = and_(
            A.c.postcode == bindparam("postcode"),
            A.c.house_number == bindparam("house_number"),
            or_(
                bindparam("suffix") == "",
                A.c.house_number_suffix == bindparam("suffix"),
            ),
            _during(A.c.valid_from, A.c.valid_to),
        )
        base = base.where(C.c.id.in_(select(A.c.customer_id).where(place)))
    else:
        base = base.where(C.c[kind] == bindparam("value"))
    cap = MAX_NAME_MATCHES if kind == "name" else MAX_MATCHES
    found = base.limit(cap + 1).subquery("found")
    held = and_(N.c.customer_id == found.c.id, _during(N.c.valid_from, N.c.valid_to))
    return (
        select(
            *(found.c[c.key] for c in CUSTOMER_COLUMNS),
            found.c.name_key,
            N.c.id.label("n_id"),
            N.c.number,
            N.c.service_type,
            N.c.valid_from.label("n_from"),
            N.c.valid_to.label("n_to"),
            N.c.ported_in_from,
            N.c.ported_out_to,
            *ADDRESS_COLUMNS,
        )
        .select_from(found.outerjoin(N, held).outerjoin(A, A.c.customer_id == found.c.id))
        .order_by(found.c.id, N.c.valid_from, N.c.id)
    )


def _name_ids(dialect: Dialect) -> Select[Any]:
    """Customers each of whose query words starts some word of their name.

    The driving word is a prefix range on the token index; the other words are checked
    against `words` (all the name's words) read from the same covering index entries.
    """
    statement = select(T.c.customer_id).where(_token_prefix(dialect, T, "w0"))
    spaced = literal(" ", String()) + T.c.words
    for i in range(1, NAME_WORDS):
        statement = statement.where(spaced.like(bindparam(f"w{i}_in")))
    return statement.distinct().limit(MAX_NAME_MATCHES + 1)


def _token_prefix(dialect: Dialect, table: FromClause, word: str) -> ColumnElement[bool]:
    if dialect.name == "sqlite":
        return and_(table.c.token >= bindparam(word), table.c.token < bindparam(f"{word}_end"))
    return table.c.token.like(bindparam(f"{word}_like"), escape="\\")


class LookupSql:
    """Every statement a lookup runs, compiled once for one dialect."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        number_cols = (
            N.c.id,
            N.c.valid_from,
            N.c.valid_to,
            N.c.service_type,
            N.c.ported_in_from,
            N.c.ported_out_to,
        )
        sim_cols = (S.c.id, S.c.iccid, S.c.imsi, S.c.number, S.c.valid_from, S.c.valid_to)
        ip_cols = (
            IP.c.id,
            IP.c.ip,
            IP.c.prefix_length,
            IP.c.port_start,
            IP.c.port_end,
            IP.c.valid_from,
            IP.c.valid_to,
        )
        value = bindparam("value", type_=String())
        self.case = Prepared(
            select(
                DemandCase.id,
                DemandCase.status,
                LegalBasisVersion.code,
                LegalBasisVersion.allowed_categories,
            )
            .join(LegalBasisVersion, DemandCase.legal_basis_id == LegalBasisVersion.id)
            .where(DemandCase.ref == bindparam("ref")),
            dialect,
        )
        self.number = Prepared(
            _history_statement(N, number_cols, N.c.number == value, N.c.valid_from), dialect
        )
        self.sim = {
            column: Prepared(
                _history_statement(S, sim_cols, S.c[column] == value, S.c.valid_from), dialect
            )
            for column in ("imsi", "iccid")
        }
        imei_joined = D.join(S, S.c.imsi == D.c.imsi)
        self.imei = Prepared(
            select(
                D.c.id,
                D.c.first_seen,
                D.c.last_seen,
                *sim_cols,
                *CUSTOMER_COLUMNS,
                *ADDRESS_COLUMNS,
            )
            .select_from(
                imei_joined.join(C, C.c.id == S.c.customer_id).outerjoin(
                    A, A.c.customer_id == C.c.id
                )
            )
            .where(D.c.imei == value)
            .order_by(D.c.first_seen, D.c.id, S.c.valid_from, S.c.id),
            dialect,
        )
        self.ip = {slots: Prepared(_ip_statement(ip_cols, slots), dialect) for slots in IP_SLOTS}
        self.customers = {
            kind: Prepared(_customer_statement(dialect, kind), dialect)
            for kind in ("customer_ref", "email", "iban", "name", "postcode_house_number")
        }

        self.retention = Prepared(
            select(Setting.value).where(Setting.key == bindparam("key")), dialect
        )
        usage_cols = (
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
        period = and_(U.c.start_time >= bindparam("lo"), U.c.start_time < bindparam("hi"))
        usage_where = {
            "phone_number": or_(U.c.a_number == value, U.c.b_number == value),
            "imsi": U.c.imsi == value,
            "imei": U.c.imei == value,
        }
        self.usage = {
            kind: Prepared(
                select(*usage_cols)
                .where(where, period)
                .order_by(U.c.start_time)
                .limit(MAX_USAGE_ROWS + 1),
                dialect,
            )
            for kind, where in usage_where.items()
        }
        self.audit = audit_sql(dialect)

    def name_values(self, words: Sequence[str]) -> dict[str, Any]:
        """Bind values for a name search: the longest word drives, the others must be there."""
        ranked = sorted(dict.fromkeys(words), key=len, reverse=True)[:NAME_WORDS]
        driver = ranked[0]
        if self.dialect.name == "sqlite":
            # A range on the binary-collated index is SQLite's indexed prefix match.
            values: dict[str, Any] = {"w0": driver, "w0_end": driver + "\U0010ffff"}
        else:
            escaped = driver.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            values = {"w0_like": escaped + "%"}
        for i in range(1, NAME_WORDS):
            # Words are letters and digits only (name_tokens): nothing to escape in LIKE.
            values[f"w{i}_in"] = f"% {ranked[i]}%" if i < len(ranked) else "%"
        return values


_SQL: dict[tuple[str, str], LookupSql] = {}


def lookup_sql(dialect: Dialect) -> LookupSql:
    """The compiled statements for this dialect, made on first use."""
    key = (dialect.name, str(dialect.paramstyle))
    found = _SQL.get(key)
    if found is None:
        found = _SQL[key] = LookupSql(dialect)
    return found


# --------------------------------------------------------------------------- row shapes


@dataclass(slots=True)
class _Customer:
    id: int
    ref: str
    name: str
    kind: str
    listed: bool
    address: _Address | None = None


@dataclass(slots=True)
class _Address:
    street: str
    house_number: str
    house_number_suffix: str
    postcode: str
    town: str
    country: str
    valid_from: datetime
    valid_to: datetime | None


def _customer(row: Sequence[Any], at: int) -> _Customer:
    return _Customer(row[at], row[at + 1], row[at + 2], row[at + 3], bool(row[at + 4]))


def _address(row: Sequence[Any], at: int) -> _Address | None:
    if row[at + 6] is None:
        return None
    return _Address(*row[at : at + 8])


class _AddressPicker:
    """Each customer's address at the window's start (or, failing that, the latest one)."""

    def __init__(self, window: _Window) -> None:
        self.window = window
        self.chosen: dict[int, tuple[tuple[int, datetime], _Address]] = {}

    def offer(self, customer_id: int, address: _Address | None) -> None:
        if address is None:
            return
        moment = self.window.lo
        if address.valid_from <= moment and (address.valid_to is None or address.valid_to > moment):
            rank = 2
        else:
            rank = 1 if address.valid_from <= self.window.hi else 0
        key = (rank, address.valid_from)
        current = self.chosen.get(customer_id)
        if current is None or key > current[0]:
            self.chosen[customer_id] = (key, address)

    def get(self, customer_id: int) -> _Address | None:
        found = self.chosen.get(customer_id)
        return found[1] if found else None


def _grouped(
    rows: list[list[Any]], width: int, picker: _AddressPicker, keys: tuple[int, ...] = (0,)
) -> list[tuple[list[Any], _Customer]]:
    """Rows repeat per address of the holder: one entry per distinct record, in order."""
    records: dict[Any, tuple[list[Any], _Customer]] = {}
    for row in rows:
        key = tuple(row[k] for k in keys)
        entry = records.get(key)
        if entry is None:
            entry = records[key] = (row, _customer(row, width))
        picker.offer(entry[1].id, _address(row, width + 5))
    return list(records.values())


# --------------------------------------------------------------------------- audit (Core)

_OPEN = frozenset(s.value for s in OPEN_STATUSES)


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
        """Who held the identifier at `at` (default: now), or everyone during [from, to).

        One connection, one transaction: the case check, one query for the data (holders
        with their addresses) and the audit event.
        """
        actor.require(Permission.LOOKUP_SUBSCRIBERS)
        query = parse_query(text)
        window = self._window(at, period_from, period_to, usage=usage)
        sql = lookup_sql(self._db.engine.dialect)
        try:
            with dbapi_transaction(self._db.engine) as cursor:
                case_id = self._check_case(cursor, sql, case_ref, usage=usage)
                if usage:
                    result = self._usage(
                        cursor,
                        sql,
                        query=query,
                        case_ref=case_ref,
                        window=window,
                        period_from=period_from,
                        period_to=period_to,
                    )
                else:
                    matches, history, truncated = self._subscribers(cursor, sql, query, window)
                    # Everyone a lookup for a secret case finds is covered by its flag.
                    cover_customers(cursor, sql.dialect, case_id, (m.customer_key for m in matches))
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
                append_event(
                    cursor,
                    actor,
                    "subscriber.lookup",
                    self._clock(),
                    sql=sql.audit,
                    audit_key=self._db.audit_key,
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

    def _check_case(self, cursor: Any, sql: LookupSql, case_ref: str, *, usage: bool) -> int:
        rows = sql.case.all(cursor, {"ref": case_ref.strip()})
        if not rows:
            raise NotFoundError(
                f"no case '{case_ref}': every lookup belongs to a case",
                code="case_not_found",
                case=case_ref,
            )
        case_id, status, code, allowed = rows[0]
        if status not in _OPEN:
            raise PermissionDeniedError(
                f"case {case_ref} is {status}: lookups are only made for open cases",
                code="case_not_open",
                case=case_ref,
                status=status,
            )
        category = DataCategory.TRAFFIC if usage else DataCategory.SUBSCRIBER
        if category.value not in allowed:
            raise PermissionDeniedError(
                f"the legal basis of case {case_ref} ({code}) does not allow {category.value} data",
                code="DATA_NOT_ALLOWED",
                case=case_ref,
                basis=code,
                category=category.value,
            )
        return int(case_id)

    def _audit_refusal(
        self, actor: Actor, case_ref: str, query: ParsedQuery, usage: bool, exc: LawfulreqError
    ) -> None:
        sql = lookup_sql(self._db.engine.dialect)
        with dbapi_transaction(self._db.engine) as cursor:
            found = sql.case.all(cursor, {"ref": case_ref.strip()})
            append_event(
                cursor,
                actor,
                "subscriber.lookup_refused",
                self._clock(),
                sql=sql.audit,
                audit_key=self._db.audit_key,
                case_id=int(found[0][0]) if found else None,
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
        self, cursor: Any, sql: LookupSql, query: ParsedQuery, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        kind = query.kind
        if kind is TargetKind.PHONE_NUMBER:
            return self._by_number(cursor, sql, query.normalised, window)
        if kind in (TargetKind.IMSI, TargetKind.ICCID):
            return self._by_sim(cursor, sql, kind.value, query.normalised, window)
        if kind is TargetKind.IMEI:
            return self._by_imei(cursor, sql, query.normalised, window)
        if kind is TargetKind.IP:
            return self._by_ip(cursor, sql, query, window)
        return self._by_customer(cursor, sql, query, window)

    def _by_number(
        self, cursor: Any, sql: LookupSql, number: str, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        picker = _AddressPicker(window)
        records = _grouped(sql.number.all(cursor, {"value": number}), 6, picker)
        # (id, valid_from, valid_to, service_type, ported_in_from, ported_out_to)
        history = tuple(Holder(c.ref, c.name, r[1], r[2], r[4], r[5]) for r, c in records)
        matches = tuple(
            _match(
                c,
                picker,
                window,
                via="number",
                number=number,
                service_type=r[3],
                valid=(r[1], r[2]),
                ported=(r[4], r[5]),
                neighbours=_neighbours(history, i),
            )
            for i, (r, c) in enumerate(records)
            if window.holds(r[1], r[2])
        )
        return matches, history, False

    def _by_sim(
        self, cursor: Any, sql: LookupSql, column: str, value: str, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        picker = _AddressPicker(window)
        records = _grouped(sql.sim[column].all(cursor, {"value": value}), 6, picker)
        # (id, iccid, imsi, number, valid_from, valid_to)
        history = tuple(
            Holder(c.ref, c.name, r[4], r[5], detail=f"ICCID {r[1]} · IMSI {r[2]}")
            for r, c in records
        )
        matches = tuple(
            _match(
                c,
                picker,
                window,
                via="sim",
                number=r[3],
                service_type="mobile",
                valid=(r[4], r[5]),
                detail=f"ICCID {r[1]} · IMSI {r[2]}",
                neighbours=_neighbours(history, i),
            )
            for i, (r, c) in enumerate(records)
            if window.holds(r[4], r[5])
        )
        return matches, history, False

    def _by_imei(
        self, cursor: Any, sql: LookupSql, imei: str, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        # A handset is tied to a subscriber only through the SIMs (IMSIs) it was seen with.
        picker = _AddressPicker(window)
        rows = sql.imei.all(cursor, {"value": imei})
        # (obs id, first_seen, last_seen, sim id, iccid, imsi, number, valid_from, valid_to)
        records = _grouped(rows, 9, picker, keys=(0, 3))
        history: list[Holder] = []
        found: list[tuple[list[Any], _Customer]] = []
        for r, c in records:
            first_seen, last_seen = r[1], r[2]
            # An observation's last_seen is a moment it was still there: include it.
            end = last_seen + timedelta(microseconds=1)
            both = _Window(first_seen, end).narrowed(r[7], r[8])
            if both is None:
                continue
            history.append(
                Holder(c.ref, c.name, both.lo, both.hi, detail=f"IMSI {r[5]} · ICCID {r[4]}")
            )
            if window.narrowed(both.lo, both.hi) is not None:
                found.append((r, c))
        history.sort(key=lambda h: h.valid_from or datetime.min)
        matches = tuple(
            _match(
                c,
                picker,
                window,
                via="device",
                number=r[6],
                service_type="mobile",
                valid=(max(r[7], r[1]), r[2]),
                detail=f"IMEI {imei} on IMSI {r[5]} (seen {r[1]:%Y-%m-%d %H:%M} "
                f"to {r[2]:%Y-%m-%d %H:%M} UTC)",
            )
            for r, c in found
        )
        return matches, tuple(history), False

    def _by_ip(
        self, cursor: Any, sql: LookupSql, query: ParsedQuery, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        network = ipaddress.ip_network(query.normalised, strict=False)
        slots, values, as_int = ip_values(network, query.port)
        picker = _AddressPicker(window)
        records = _grouped(sql.ip[slots].all(cursor, values), 7, picker)
        # (id, ip, prefix_length, port_start, port_end, valid_from, valid_to)
        port = query.port
        # A stored prefix holds the query when the query's address, cut to that prefix's
        # length, is the stored address (an int compare; the rows' texts are candidates).
        address = int(network.network_address)
        width = network.max_prefixlen
        relevant = [
            (r, c)
            for r, c in records
            if r[2] <= network.prefixlen
            and as_int.get(r[1]) == address >> (width - r[2]) << (width - r[2])
            and (port is None or r[3] is None or r[3] <= port <= r[4])
        ]
        history = tuple(
            Holder(c.ref, c.name, r[5], r[6], detail=_ip_detail(r[1], r[2], r[3], r[4]))
            for r, c in relevant
        )
        matches = tuple(
            _match(
                c,
                picker,
                window,
                via="ip",
                number=None,
                service_type="internet",
                valid=(r[5], r[6]),
                detail=_ip_detail(r[1], r[2], r[3], r[4]),
                neighbours=_neighbours(history, i),
            )
            for i, (r, c) in enumerate(relevant)
            if window.holds(r[5], r[6])
        )
        return matches, history, False

    def _by_customer(
        self, cursor: Any, sql: LookupSql, query: ParsedQuery, window: _Window
    ) -> tuple[tuple[SubscriberMatch, ...], tuple[Holder, ...], bool]:
        kind, value = query.kind, query.normalised
        values: dict[str, Any] = _bounds(window)
        if kind is TargetKind.NAME:
            words = name_tokens(value)
            if not words:
                return (), (), False
            statement = sql.customers["name"]
            values |= sql.name_values(words)
        elif kind is TargetKind.POSTCODE_HOUSE_NUMBER:
            statement = sql.customers["postcode_house_number"]
            values |= {
                "postcode": value.split(" ")[0],
                "house_number": query.house_number or "",
                "suffix": query.house_number_suffix or "",
            }
        else:
            column = {
                TargetKind.CUSTOMER_ID: "customer_ref",
                TargetKind.EMAIL: "email",
                TargetKind.IBAN: "iban",
            }[kind]
            statement = sql.customers[column]
            values["value"] = value
        picker = _AddressPicker(window)
        # (customer columns 0-4, name_key 5, number id 6, number, service_type, from, to,
        #  ported_in_from, ported_out_to 12, address 13-20)
        customers: dict[int, tuple[_Customer, str, dict[int, list[Any]]]] = {}
        for row in statement.all(cursor, values):
            entry = customers.get(row[0])
            if entry is None:
                entry = customers[row[0]] = (_customer(row, 0), row[5], {})
            if row[6] is not None:
                entry[2].setdefault(row[6], row)
            picker.offer(row[0], _address(row, 13))
        ordered = sorted(customers.values(), key=lambda e: (e[1], e[0].ref))
        cap = MAX_NAME_MATCHES if kind is TargetKind.NAME else MAX_MATCHES
        truncated = len(ordered) > cap
        matches: list[SubscriberMatch] = []
        for customer, _key, numbers in ordered[:cap]:
            held: list[list[Any] | None] = [*sorted(numbers.values(), key=lambda n: (n[9], n[6]))]
            if not held:
                held = [None]
            for n in held:
                matches.append(
                    _match(
                        customer,
                        picker,
                        window,
                        via="customer",
                        number=n[7] if n else None,
                        service_type=n[8] if n else None,
                        valid=(n[9], n[10]) if n else (None, None),
                        ported=(n[11], n[12]) if n else (None, None),
                    )
                )
        return tuple(matches), (), truncated

    # ------------------------------------------------------------------ usage (traffic) data

    def retention_months(self, cursor: Any, sql: LookupSql) -> int:
        rows = sql.retention.all(cursor, {"key": RETENTION_SETTING})
        value = rows[0][0] if rows else None
        if isinstance(value, str):  # a JSON column read on the bare DB-API cursor
            value = json.loads(value)
        if isinstance(value, dict):
            value = value.get("traffic")
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        return DEFAULT_USAGE_MONTHS

    def _usage(
        self,
        cursor: Any,
        sql: LookupSql,
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
        months = self.retention_months(cursor, sql)
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
        rows: list[list[Any]] = []
        lo = max(window.lo, cutoff)
        if lo < window.hi:
            rows = sql.usage[query.kind.value].all(
                cursor, {"value": query.normalised, "lo": lo, "hi": window.hi}
            )
        truncated = len(rows) > MAX_USAGE_ROWS
        usage = tuple(UsageRow(*r) for r in rows[:MAX_USAGE_ROWS])
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
            cursor = session.connection().connection.cursor()
            try:
                sql = lookup_sql(session.connection().dialect)
                case_id = self._check_case(cursor, sql, case_ref, usage=result.usage_requested)
            finally:
                cursor.close()
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


def _candidate_texts(version: int, ints: list[int]) -> list[str]:
    """The candidates' texts, as `ipaddress` writes them (and the importer stored them)."""
    if version == 4:
        return [".".join(map(str, v.to_bytes(4, "big"))) for v in ints]
    return _ipv6_candidates(ints[0])


def _candidate_ints(value: int) -> list[int]:
    """The distinct network addresses of every prefix that can contain the address `value`.

    Masking an address to ever shorter prefixes clears its set bits from the lowest up, so
    the candidates are the address with 0, 1, 2 ... of its lowest set bits cleared (a few
    dozen at most, looked up with one IN on the ip index).
    """
    found = [value]
    while value:
        value &= value - 1
        found.append(value)
    return found


def _candidate_lengths(
    value: int, network: ipaddress.IPv4Network | ipaddress.IPv6Network
) -> list[int]:
    """For each of `_candidate_ints(value)`, the longest prefix length it is the network of.

    The address itself serves up to the query's own length; clearing set bit b gives the
    network of every prefix that ends above b, so up to width - 1 - b.
    """
    found = [network.prefixlen]
    width = network.max_prefixlen
    while value:
        found.append(width - (value & -value).bit_length())
        value &= value - 1
    return found


def _zero_run(mask: int) -> tuple[int, int]:
    """Where "::" goes for groups whose zero ones are the set bits of `mask` (bit i = group i):
    the first longest run of two or more, as (start, end); (0, 0) for none."""
    best = (0, 0)
    start = None
    for index in range(9):
        if index < 8 and mask >> index & 1:
            start = index if start is None else start
            continue
        if start is not None and index - start > max(1, best[1] - best[0]):
            best = (start, index)
        start = None
    return best


_ZERO_RUNS = tuple(_zero_run(mask) for mask in range(256))
# ::ffff:0:0/96 (IPv4-mapped): its text form differs between Python versions.
_IPV4_MAPPED = 0xFFFF


def _ipv6_candidates(value: int) -> list[str]:
    """`_candidate_ints(value)` as `IPv6Address(v).compressed` texts, made without the objects.

    A lookup formats dozens, each differing from the one before in one bit: only that group
    is formatted again, and "::" (RFC 5952, as `ipaddress` places it) comes from a table.
    """
    groups = [(value >> shift) & 0xFFFF for shift in range(112, -16, -16)]
    hexes = [f"{group:x}" for group in groups]
    zeros = sum(1 << index for index, group in enumerate(groups) if not group)
    found: list[str] = []
    while True:
        if value >> 32 == _IPV4_MAPPED:
            found.append(ipaddress.IPv6Address(value).compressed)
        else:
            start, end = _ZERO_RUNS[zeros]
            if end:
                found.append(f"{':'.join(hexes[:start])}::{':'.join(hexes[end:])}")
            else:
                found.append(":".join(hexes))
        if not value:
            return found
        lowest = (value & -value).bit_length() - 1
        value &= value - 1
        index = 7 - lowest // 16
        groups[index] &= ~(1 << lowest % 16)
        hexes[index] = f"{groups[index]:x}"
        if not groups[index]:
            zeros |= 1 << index


def _ip_detail(ip: str, prefix_length: int, port_start: int | None, port_end: int | None) -> str:
    text = f"{ip}/{prefix_length}"
    if port_start is not None:
        text += f" ports {port_start}-{port_end}"
    return text


def _match(
    customer: _Customer,
    picker: _AddressPicker,
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
    address = picker.get(customer.id)
    overlap = window.overlap(*valid)
    return _frozen(
        SubscriberMatch,
        {
            "customer_key": customer.id,
            "customer_id": customer.ref,
            "name": customer.name,
            "customer_kind": customer.kind,
            "street": address.street if address else "",
            "house_number": address.house_number if address else "",
            "house_number_suffix": address.house_number_suffix if address else "",
            "postcode": address.postcode if address else "",
            "town": address.town if address else "",
            "country": address.country if address else "",
            "number": number,
            "service_type": service_type,
            "valid_from": valid[0],
            "valid_to": valid[1],
            "overlap_from": overlap[0],
            "overlap_to": overlap[1],
            "secret_number": not customer.listed,
            "via": via,
            "detail": detail,
            "ported_in_from": ported[0],
            "ported_out_to": ported[1],
            "previous_holder": neighbours[0],
            "next_holder": neighbours[1],
        },
    )


_T = TypeVar("_T")


def _frozen(cls: type[_T], fields: dict[str, Any]) -> _T:
    """An instance of the frozen dataclass `cls` with `fields` (every one of them) set at once.

    A frozen dataclass's own __init__ sets each field through object.__setattr__, nine times
    the cost of this; a name search builds hundreds of matches.
    """
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance


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
