"""Every statement a lookup runs, compiled once per dialect; the tables and limits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

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

from lawfulreq.db.models import (
    Customer,
    CustomerAddress,
    CustomerNameToken,
    DemandCase,
    DeviceObservation,
    IpAssignment,
    LegalBasisVersion,
    NumberAssignment,
    Setting,
    SimCard,
    UsageRecord,
)
from lawfulreq.domain.enums import TargetKind
from lawfulreq.services.audit import audit_sql
from lawfulreq.services.lookup.ip import IP_SLOTS
from lawfulreq.services.lookup.rows import IpRecord, NumberRecord, SimRecord
from lawfulreq.services.lookup.window import _Window
from lawfulreq.services.prepared import Prepared
from lawfulreq.settings_registry import RETENTION_TRAFFIC_MONTHS

# Usage records are traffic data: their retention is the registry's traffic setting, the one
# source of truth for intake findings and lookups.
RETENTION_SETTING = RETENTION_TRAFFIC_MONTHS
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
        # The typed records (rows.py) name these columns in this order.
        for columns, record in (
            (number_cols, NumberRecord),
            (sim_cols, SimRecord),
            (ip_cols, IpRecord),
        ):
            assert len(columns) == len(record._fields), record
        value = bindparam("value", type_=String())
        self.case = Prepared(
            select(
                DemandCase.id,
                DemandCase.status,
                LegalBasisVersion.code,
                LegalBasisVersion.allowed_categories,
                DemandCase.emergency,
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
