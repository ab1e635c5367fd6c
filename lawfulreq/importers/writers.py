"""Batch writers: match each batch against what is stored, then insert, update or end-date."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, ClassVar

from sqlalchemy import BigInteger as SaBigInteger
from sqlalchemy import (
    Column,
    Connection,
    Index,
    MetaData,
    Table,
    bindparam,
    delete,
    func,
    select,
    text,
)
from sqlalchemy.engine import Dialect, make_url

from lawfulreq.clock import AMSTERDAM
from lawfulreq.db.models import (
    Base,
    Customer,
    CustomerAddress,
    CustomerNameToken,
    DeviceObservation,
    IpAssignment,
    NumberAssignment,
    SimCard,
    UsageRecord,
)
from lawfulreq.db.transactions import connection_cursor
from lawfulreq.domain.identifiers import fold_name
from lawfulreq.importers.fields import Problem, folded_tokens
from lawfulreq.importers.kinds import Record


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


CUSTOMER = _table(Customer)
ADDRESS = _table(CustomerAddress)
NAME_TOKEN = _table(CustomerNameToken)

# Ids of stored rows this import saw again; what a full export no longer lists is end-dated.
_SEEN = Table(
    "import_seen", MetaData(), Column("id", SaBigInteger, primary_key=True), prefixes=["TEMPORARY"]
)


_MISSING = object()


@dataclass
class Pending:
    """A validated row waiting in a batch, with where it came from."""

    line: int
    raw: list[str]
    record: Record


@dataclass(frozen=True)
class Rejection:
    """A bad row: every (column, reason) found in it."""

    line: int
    raw: list[str]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class BatchContext:
    """What a parsing process needs to prepare ready-to-insert rows (picklable)."""

    dialect: str
    now: datetime


@lru_cache(maxsize=8)
def _dialect(name: str) -> Dialect:
    """A dialect by 'name+driver', for its bind processors only (no connection, no driver)."""
    dialect: Dialect = make_url(f"{name}://").get_dialect()()
    return dialect


def bind_processor(table: Table, column: str, dialect: Dialect) -> Callable[[Any], Any]:
    """The column's full bind processing, as SQLAlchemy itself applies it (identity if none)."""
    kind = table.c[column].type.dialect_impl(dialect)
    found = kind.bind_processor(dialect)
    return found if found is not None else _same


def _same(value: Any) -> Any:
    return value


# Raw CSV fields travel as one string between the processes (one object, not fifteen).
_RAW_SEPARATOR = "\x1f"


def compact_raw(raw: list[str]) -> str | list[str]:
    joined = _RAW_SEPARATOR.join(raw)
    return joined if joined.count(_RAW_SEPARATOR) == len(raw) - 1 else raw


def expand_raw(raw: str | list[str]) -> list[str]:
    return raw.split(_RAW_SEPARATOR) if isinstance(raw, str) else raw


@dataclass
class Counts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    end_dated: int = 0


def executemany(conn: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """The driver's own executemany, inside the connection's transaction.

    Rows may be lists, which the writer fills in place (SQLAlchemy takes tuples only).
    """
    if not rows:
        return
    with connection_cursor(conn) as cursor:
        cursor.executemany(sql, rows)


class FastInsert:
    """A plain DB-API executemany with values pre-converted by the columns' own bind processors.

    SQLAlchemy's generic per-parameter machinery costs more than SQLCipher's insert itself;
    this keeps the stored forms identical (same processors) at a fraction of the cost.
    """

    def __init__(self, conn: Connection, table: Table, columns: Sequence[str]) -> None:
        dialect = conn.dialect
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        self.conn = conn
        self.columns = tuple(columns)
        # Names come from the model's own metadata, never from input.
        self.sql = (
            f"INSERT INTO {table.name} ({', '.join(self.columns)}) "  # noqa: S608
            f"VALUES ({', '.join(marker for _ in self.columns)})"
        )
        processors = [table.c[c].type.dialect_impl(dialect) for c in self.columns]
        self.converters = tuple(
            (i, proc)
            for i, kind in enumerate(processors)
            if (proc := kind.bind_processor(dialect)) is not None
        )
        self._memo: dict[Any, Any] = {}

    def run(self, rows: list[dict[str, Any]]) -> None:
        columns = self.columns
        self.run_tuples([tuple(row[c] for c in columns) for row in rows])

    def run_ready(self, rows: Sequence[Sequence[Any]]) -> None:
        """Rows already in the driver's forms (see `bind_processor`), in `columns` order."""
        executemany(self.conn, self.sql, rows)

    def run_tuples(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Rows as tuples in the order of `columns`."""
        if not rows:
            return
        converters, memo = self.converters, self._memo
        if not converters:
            self.conn.exec_driver_sql(self.sql, list(rows))
            return
        if len(memo) > 100_000:
            memo.clear()
        params: list[tuple[Any, ...]] = []
        for row in rows:
            values = list(row)
            for index, proc in converters:
                value = values[index]
                if value is not None:
                    # Dates and import times repeat a lot; convert each distinct value once.
                    converted = memo.get(value, _MISSING)
                    if converted is _MISSING:
                        converted = memo[value] = proc(value)
                    values[index] = converted
            params.append(tuple(values))
        self.conn.exec_driver_sql(self.sql, params)


class Writer:
    """Shared machinery: explicit ids (no RETURNING round trip), the seen-table, counts."""

    tables: ClassVar[tuple[Table, ...]] = ()
    # True: `prepare` turns rows into plain tuples, which cross to the writer as they are.
    ready_rows: ClassVar[bool] = False

    def __init__(self, conn: Connection, now: datetime, *, full: bool) -> None:
        self.conn = conn
        self.now = now
        self.full = full
        self.counts = Counts()
        self.dialect = conn.dialect.name
        if self.dialect == "postgresql":
            names = ", ".join(t.name for t in self.tables)
            conn.execute(text(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"))
        self.first_id = {t.name: self._max_id(t) + 1 for t in self.tables}
        self.next_id = dict(self.first_id)
        if full:
            if self.dialect == "sqlite":
                conn.execute(text("DROP TABLE IF EXISTS temp.import_seen"))
                conn.execute(text("CREATE TEMP TABLE import_seen (id INTEGER PRIMARY KEY)"))
            else:
                conn.execute(
                    text("CREATE TEMP TABLE import_seen (id BIGINT PRIMARY KEY) ON COMMIT DROP")
                )

    def _max_id(self, table: Table) -> int:
        return int(self.conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())

    def take_id(self, table: Table) -> int:
        value = self.next_id[table.name]
        self.next_id[table.name] = value + 1
        return value

    def is_new(self, table: Table, row_id: int) -> bool:
        return row_id >= self.first_id[table.name]

    def seen_before(self, ids: Sequence[int]) -> set[int]:
        if not self.full or not ids:
            return set()
        rows = self.conn.execute(select(_SEEN.c.id).where(_SEEN.c.id.in_(list(ids))))
        return {r[0] for r in rows}

    def mark_seen(self, ids: Sequence[int]) -> None:
        if self.full and ids:
            self.conn.execute(_SEEN.insert(), [{"id": i} for i in ids])

    def resolve_customers(self, batch: list[Pending], rejected: list[Rejection]) -> list[Pending]:
        """Replace each customer_ref by the stored customer's id; unknown ones are bad rows."""
        refs = sorted({p.record["customer_ref"] for p in batch})
        found: dict[str, int] = {
            ref: customer_id
            for ref, customer_id in self.conn.execute(
                select(CUSTOMER.c.customer_ref, CUSTOMER.c.id).where(
                    CUSTOMER.c.customer_ref.in_(refs)
                )
            )
        }
        kept: list[Pending] = []
        for pending in batch:
            ref = pending.record["customer_ref"]
            customer_id = found.get(ref)
            if customer_id is None:
                rejected.append(
                    Rejection(pending.line, pending.raw, (("customer_id", f"no customer '{ref}'"),))
                )
                continue
            pending.record["customer_id"] = customer_id
            kept.append(pending)
        return kept

    @classmethod
    def prepare(cls, rows: list[Pending], context: BatchContext) -> Any:
        """Parsed rows in the form `write` takes; runs where the rows are parsed."""
        return rows

    def write(self, batch: Any, *, apply: bool) -> list[Rejection]:
        raise NotImplementedError

    def finish(self, *, apply: bool) -> None:
        """After the last batch: end-date what a full export left out; fix PG sequences."""
        if apply and self.dialect == "postgresql":
            for table in self.tables:
                self.conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "  # noqa: S608
                        f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
                    )
                )


# A prepared customer row (CustomerWriter.prepare): (line, raw, customer_ref, row_hash,
# customer, address, name words). Customer and address are lists in their INSERT's column
# order, every value in the driver's form, the ids left None: the writer fills them in place.
# The name words are one space-separated string. The raw fields (for a rejection's report)
# are None where the parser knows the customer_id is the file's first (`FirstSeen`): only a
# repeat can be rejected here.
_REF = 2
_HASH = 3
_CUSTOMER = 4
_ADDRESS_ROW = 5
_WORDS = 6


class CustomerWriter(Writer):
    tables = (CUSTOMER, ADDRESS)
    ready_rows = True
    _COLUMNS = (
        "customer_ref",
        "kind",
        "name",
        "name_key",
        "email",
        "kvk",
        "iban",
        "contract_start",
        "contract_end",
        "directory_listed",
        "row_hash",
    )
    _ADDRESS = ("street", "house_number", "house_number_suffix", "postcode", "town", "country")

    def __init__(self, conn: Connection, now: datetime, *, full: bool) -> None:
        super().__init__(conn, now, full=full)
        dialect = conn.dialect
        self._now = bind_processor(CUSTOMER, "imported_at", dialect)(now)
        self._insert_customers = FastInsert(conn, CUSTOMER, ("id", "imported_at", *self._COLUMNS))
        self._insert_addresses = FastInsert(
            conn, ADDRESS, ("id", "customer_id", *self._ADDRESS, "valid_from", "valid_to")
        )
        self._insert_tokens = FastInsert(conn, NAME_TOKEN, ("customer_id", "token", "words"))
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        self._update_sql = (
            "UPDATE customer SET "  # noqa: S608 - names from the model, never from input
            + ", ".join(f"{c} = {marker}" for c in ("imported_at", *self._COLUMNS))
            + f" WHERE id = {marker}"
        )
        # Into an empty table the name-word search index is built once at the end, not kept
        # sorted row by row; a rollback (bad rows, cancel, dry run) brings the index back.
        self._started_empty = (
            conn.execute(select(CUSTOMER.c.id).limit(1)).first() is None
            and self.first_id[CUSTOMER.name] == 1
        )
        self._token_index = _token_index() if self.first_id[CUSTOMER.name] == 1 else None
        if self._token_index is not None:
            self._token_index.drop(conn)

    @classmethod
    def prepare(cls, rows: list[Pending], context: BatchContext) -> list[tuple[Any, ...]]:
        """Rows ready to insert but for their ids, so the writer does next to nothing per row."""
        dialect = _dialect(context.dialect)
        day = _memo(bind_processor(CUSTOMER, "contract_start", dialect))
        flag = bind_processor(CUSTOMER, "directory_listed", dialect)
        moment = _memo(bind_processor(ADDRESS, "valid_from", dialect))
        now = moment(context.now)
        prepared: list[tuple[Any, ...]] = []
        for pending in rows:
            r = pending.record
            since = r["address_from"]
            words = r["name_words"]
            customer = [
                None,
                now,
                r["customer_ref"],
                r["kind"],
                r["name"],
                r["name_key"],
                r["email"],
                r["kvk"],
                r["iban"],
                day(r["contract_start"]),
                day(r["contract_end"]),
                flag(r["directory_listed"]),
                r["row_hash"],
            ]
            address = [
                None,
                None,
                r["street"],
                r["house_number"],
                r["house_number_suffix"],
                r["postcode"],
                r["town"],
                r["country"],
                now if since is None else moment(since),
                None,
            ]
            prepared.append(
                (
                    pending.line,
                    compact_raw(pending.raw),
                    r["customer_ref"],
                    r["row_hash"],
                    customer,
                    address,
                    words,
                )
            )
        return prepared

    def write(self, batch: list[tuple[Any, ...]], *, apply: bool) -> list[Rejection]:
        rejected: list[Rejection] = []
        unique, existing, seen = self._lookup(batch, rejected)
        customer_id = self.next_id[CUSTOMER.name]
        address_id = self.next_id[ADDRESS.name]
        inserts: list[list[Any]] = []
        addresses: list[list[Any]] = []
        tokens: list[tuple[Any, ...]] = []
        updates: list[list[Any]] = []
        matched: list[int] = []
        changed: dict[int, tuple[Any, ...]] = {}
        if not existing:
            # All new (the usual batch): the same ids, rows and words as the loop below.
            inserts, addresses, tokens = _all_new(unique, customer_id, address_id)
            customer_id += len(unique)
            address_id += len(unique)
            unique = []
        for row in unique:
            stored = existing.get(row[_REF])
            if stored is None:
                customer = row[_CUSTOMER]
                customer[0] = customer_id
                inserts.append(customer)
                address = row[_ADDRESS_ROW]
                address[0] = address_id
                address[1] = customer_id
                addresses.append(address)
                words = row[_WORDS]
                if words:
                    # Built here, not in the parser: a list per word costs more to pickle.
                    tokens.extend([(customer_id, word, words) for word in words.split(" ")])
                customer_id += 1
                address_id += 1
                continue
            if self.is_new(CUSTOMER, stored.id) or stored.id in seen:
                rejected.append(_twice(row[0], expand_raw(row[1]), "customer_id", row[_REF], None))
                continue
            matched.append(stored.id)
            if stored.row_hash == row[_HASH]:
                self.counts.unchanged += 1
                continue
            # UPDATE's parameters: imported_at, the columns, then the id.
            updates.append([*row[_CUSTOMER][1:], stored.id])
            changed[stored.id] = row
        if not apply:
            return rejected
        self.next_id[CUSTOMER.name] = customer_id
        self.next_id[ADDRESS.name] = address_id
        self._insert_customers.run_ready(inserts)
        self._insert_addresses.run_ready(addresses)
        if updates:
            self._update(updates, changed, tokens)
        self._insert_tokens.run_ready(tokens)
        self.mark_seen(matched)
        self.counts.inserted += len(inserts)
        self.counts.updated += len(updates)
        return rejected

    def _lookup(
        self, batch: list[tuple[Any, ...]], rejected: list[Rejection]
    ) -> tuple[list[tuple[Any, ...]], dict[str, Any], set[int]]:
        """The batch less its repeats (added to rejected), the stored customers, those seen."""
        positions = (
            [i for i, row in enumerate(batch) if row[1] is not None] if self._started_empty else []
        )
        if self._started_empty and len(positions) * _FEW <= len(batch):
            # Only this import's rows are stored, and a row without its raw fields has the
            # file's first of its customer_id (`FirstSeen`): no earlier row, none stored.
            # The checks need only look at the customer_ids of the other rows.
            if not positions:
                return batch, {}, set()
            unique, maybe = _first_of_few(batch, positions, rejected)
            existing = self._stored(sorted(maybe))
        else:
            # Rows prepared without the fast path all keep their raw fields: the check by
            # position would then scan the batch once per row.
            unique = _first_of_each(batch, rejected)
            existing = self._stored([row[_REF] for row in unique])
        return unique, existing, self.seen_before([r.id for r in existing.values()])

    def _update(
        self,
        updates: list[list[Any]],
        changed: dict[int, tuple[Any, ...]],
        tokens: list[tuple[Any, ...]],
    ) -> None:
        """Changed customers: their row, a moved address, their name words (added to tokens)."""
        executemany(self.conn, self._update_sql, updates)
        self._insert_addresses.run_ready(self._moved(changed))
        self.conn.execute(delete(NAME_TOKEN).where(NAME_TOKEN.c.customer_id.in_(list(changed))))
        for changed_id, row in changed.items():
            words = row[_WORDS]
            if words:
                tokens.extend((changed_id, word, words) for word in words.split(" "))

    def _stored(self, refs: list[str]) -> dict[str, Any]:
        """Stored customers by ref: (id, customer_ref, row_hash), one plain IN query."""
        if not refs:
            return {}
        marker = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        sql = (
            "SELECT id, customer_ref, row_hash FROM customer "  # noqa: S608
            f"WHERE customer_ref IN ({', '.join(marker for _ in refs)})"
        )
        return {row.customer_ref: row for row in self.conn.exec_driver_sql(sql, tuple(refs))}

    def _moved(self, changed: dict[int, tuple[Any, ...]]) -> list[list[Any]]:
        """A changed address ends the old one and starts a new one; history stays."""
        current = {
            row.customer_id: row
            for row in self.conn.execute(
                select(ADDRESS).where(
                    ADDRESS.c.customer_id.in_(list(changed)), ADDRESS.c.valid_to.is_(None)
                )
            )
        }
        ended: list[int] = []
        new: list[list[Any]] = []
        for customer_id, row in changed.items():
            place = row[_ADDRESS_ROW][2:8]
            old = current.get(customer_id)
            if old is not None and [getattr(old, c) for c in self._ADDRESS] == place:
                continue
            if old is not None:
                ended.append(old.id)
            new.append([self.take_id(ADDRESS), customer_id, *place, self._now, None])
        if ended:
            self.conn.execute(
                ADDRESS.update().where(ADDRESS.c.id.in_(ended)).values(valid_to=self.now)
            )
        return new

    def finish(self, *, apply: bool) -> None:
        if apply and self.full:
            gone = (
                select(CUSTOMER.c.id)
                .where(
                    CUSTOMER.c.id < self.first_id[CUSTOMER.name],
                    CUSTOMER.c.contract_end.is_(None),
                    CUSTOMER.c.id.not_in(select(_SEEN.c.id)),
                )
                .scalar_subquery()
            )
            self.conn.execute(
                ADDRESS.update()
                .where(ADDRESS.c.valid_to.is_(None), ADDRESS.c.customer_id.in_(gone))
                .values(valid_to=self.now)
            )
            result = self.conn.execute(
                CUSTOMER.update()
                .where(CUSTOMER.c.id.in_(gone))
                .values(contract_end=_today(self.now), imported_at=self.now)
            )
            self.counts.end_dated += result.rowcount
        if self._token_index is not None:
            self._token_index.create(self.conn)
            self._token_index = None
        super().finish(apply=apply)


class HistoryWriter(Writer):
    """Rows valid for a time (numbers, SIMs, IPs) or observed (devices, usage).

    A row is the same row when its key matches; other differences are updates. A full export
    end-dates the still-open rows it no longer lists; closed rows are history and stay.
    """

    table: ClassVar[Table]
    probe: ClassVar[str]
    key: ClassVar[tuple[str, ...]]
    compare: ClassVar[tuple[str, ...]]
    needs_customer: ClassVar[bool] = True
    end_column: ClassVar[str | None] = "valid_to"

    def __init__(self, conn: Connection, now: datetime, *, full: bool) -> None:
        super().__init__(conn, now, full=full)
        self._insert = FastInsert(conn, self.table, ("id", *self.key, *self.compare))

    def write(self, batch: list[Pending], *, apply: bool) -> list[Rejection]:
        rejected: list[Rejection] = []
        if self.needs_customer:
            batch = self.resolve_customers(batch, rejected)
        probes = sorted({p.record[self.probe] for p in batch})
        columns = [self.table.c.id, *(self.table.c[c] for c in (*self.key, *self.compare))]
        existing: dict[tuple[Any, ...], Any] = {}
        if probes:
            for stored in self.conn.execute(
                select(*columns).where(self.table.c[self.probe].in_(probes))
            ):
                existing[tuple(getattr(stored, c) for c in self.key)] = stored
        seen = self.seen_before([r.id for r in existing.values()])
        first_line: dict[tuple[Any, ...], int] = {}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        matched: list[int] = []
        for pending in batch:
            record = pending.record
            key = tuple(record[c] for c in self.key)
            if key in first_line:
                rejected.append(_duplicate(pending, self.key[0], key[0], first_line[key]))
                continue
            first_line[key] = pending.line
            row = existing.get(key)
            if row is not None and (self.is_new(self.table, row.id) or row.id in seen):
                rejected.append(_duplicate(pending, self.key[0], key[0], None))
                continue
            if row is None:
                inserts.append(
                    {"id": self.take_id(self.table)}
                    | {c: record[c] for c in (*self.key, *self.compare)}
                )
                continue
            matched.append(row.id)
            if all(getattr(row, c) == record[c] for c in self.compare):
                self.counts.unchanged += 1
                continue
            updates.append({"b_id": row.id} | {c: record[c] for c in self.compare})
        if not apply:
            return rejected
        self._insert.run(inserts)
        if updates:
            self.conn.execute(
                self.table.update()
                .where(self.table.c.id == bindparam("b_id"))
                .values({c: bindparam(c) for c in self.compare}),
                updates,
            )
        self.mark_seen(matched)
        self.counts.inserted += len(inserts)
        self.counts.updated += len(updates)
        return rejected

    def finish(self, *, apply: bool) -> None:
        if apply and self.full and self.end_column is not None:
            end = self.table.c[self.end_column]
            result = self.conn.execute(
                self.table.update()
                .where(
                    end.is_(None),
                    self.table.c.id < self.first_id[self.table.name],
                    self.table.c.id.not_in(select(_SEEN.c.id)),
                )
                .values({self.end_column: self.now})
            )
            self.counts.end_dated += result.rowcount
        super().finish(apply=apply)


class NumberWriter(HistoryWriter):
    table = _table(NumberAssignment)
    tables = (table,)
    probe = "number"
    key = ("number", "valid_from")
    compare = ("customer_id", "service_type", "valid_to", "ported_in_from", "ported_out_to")


class SimWriter(HistoryWriter):
    table = _table(SimCard)
    tables = (table,)
    probe = "iccid"
    key = ("iccid", "imsi", "valid_from")
    compare = ("customer_id", "number", "valid_to")


class IpWriter(HistoryWriter):
    table = _table(IpAssignment)
    tables = (table,)
    probe = "ip"
    key = ("ip", "prefix_length", "port_start", "valid_from")
    compare = ("port_end", "customer_id", "valid_to")


class DeviceWriter(HistoryWriter):
    table = _table(DeviceObservation)
    tables = (table,)
    probe = "imei"
    key = ("imei", "imsi", "first_seen")
    compare = ("last_seen",)
    needs_customer = False
    end_column = None


class UsageWriter(HistoryWriter):
    table = _table(UsageRecord)
    tables = (table,)
    probe = "a_number"
    key = ("a_number", "start_time", "b_number", "direction")
    compare = ("duration_s", "service_type", "imsi", "imei", "cell_id")
    needs_customer = False
    end_column = None


WRITERS: dict[str, type[Writer]] = {
    "customers": CustomerWriter,
    "numbers": NumberWriter,
    "sims": SimWriter,
    "devices": DeviceWriter,
    "ip_assignments": IpWriter,
    "usage": UsageWriter,
}


def _tokens(keys: Iterable[tuple[int, str]]) -> list[dict[str, Any]]:
    """Name-word rows from (customer id, folded name) pairs."""
    rows: list[dict[str, Any]] = []
    for customer_id, folded in keys:
        words = folded_tokens(folded)
        joined = " ".join(words)
        rows.extend({"customer_id": customer_id, "token": t, "words": joined} for t in words)
    return rows


def _token_index() -> Index:
    return next(i for i in NAME_TOKEN.indexes if i.name == "ix_customer_name_token_token")


def rebuild_name_tokens(conn: Connection, *, batch_size: int = 20_000) -> int:
    """Recompute every customer's name words (after a bulk load that bypassed the importer).

    The search index is dropped while the rows go in and built once at the end: far
    cheaper than keeping it sorted row by row. All inside the caller's transaction.
    """
    index = _token_index()
    index.drop(conn)
    conn.execute(delete(NAME_TOKEN))
    insert = FastInsert(conn, NAME_TOKEN, ("customer_id", "token", "words"))
    last, written = 0, 0
    while True:
        rows = conn.execute(
            select(CUSTOMER.c.id, CUSTOMER.c.name)
            .where(CUSTOMER.c.id > last)
            .order_by(CUSTOMER.c.id)
            .limit(batch_size)
        ).all()
        if not rows:
            break
        tokens = _tokens((row.id, fold_name(row.name)) for row in rows)
        insert.run(tokens)
        written += len(tokens)
        last = rows[-1].id
    index.create(conn)
    return written


class FirstSeen:
    """Which keys are certainly new in a file: a bitmap of their hashes (8 MB).

    `add` is True only for a key not added before; a key added before is always False (a
    few new keys are too, where hashes collide: they are then treated as maybe repeated)."""

    BITS = 1 << 26

    def __init__(self) -> None:
        self._bits = bytearray(self.BITS >> 3)

    def add(self, key: str) -> bool:
        slot = hash(key) & (self.BITS - 1)
        index, bit = slot >> 3, 1 << (slot & 7)
        byte = self._bits[index]
        if byte & bit:
            return False
        self._bits[index] = byte | bit
        return True


def _all_new(
    rows: list[tuple[Any, ...]], customer_id: int, address_id: int
) -> tuple[list[list[Any]], list[list[Any]], list[tuple[Any, ...]]]:
    """Prepared customer rows all inserted: their customers, addresses and name words.

    Ids from customer_id and address_id on, filled into the rows' lists in place."""
    customers = [row[_CUSTOMER] for row in rows]
    addresses = [row[_ADDRESS_ROW] for row in rows]
    for offset, (customer, address) in enumerate(zip(customers, addresses, strict=True)):
        customer[0] = address[1] = customer_id + offset
        address[0] = address_id + offset
    # Built here, not in the parser: a list per word costs more to pickle.
    tokens = [
        (customer_id + offset, word, words)
        for offset, row in enumerate(rows)
        if (words := row[_WORDS])
        for word in words.split(" ")
    ]
    return customers, addresses, tokens


# `_first_of_few` scans the batch once per maybe-repeated row: for at most 1/_FEW of it.
_FEW = 16


def _first_of_few(
    batch: list[tuple[Any, ...]], positions: list[int], rejected: list[Rejection]
) -> tuple[list[tuple[Any, ...]], set[str]]:
    """`_first_of_each` where only the rows at positions (a few) may repeat a customer_id.

    Also returns the customer_ids of those rows that are kept."""
    refs = [row[_REF] for row in batch]
    dropped: set[int] = set()
    for position in positions:
        ref = refs[position]
        first = refs.index(ref)
        if first < position:
            row = batch[position]
            rejected.append(_twice(row[0], expand_raw(row[1]), "customer_id", ref, batch[first][0]))
            dropped.add(position)
    maybe = {refs[i] for i in positions if i not in dropped}
    if not dropped:
        return batch, maybe
    return [row for i, row in enumerate(batch) if i not in dropped], maybe


def _first_of_each(
    batch: list[tuple[Any, ...]], rejected: list[Rejection]
) -> list[tuple[Any, ...]]:
    """Prepared customer rows less the repeats of a customer_id (those are bad rows)."""
    first_line: dict[str, int] = {}
    unique: list[tuple[Any, ...]] = []
    for row in batch:
        ref = row[_REF]
        if ref in first_line:
            rejected.append(_twice(row[0], expand_raw(row[1]), "customer_id", ref, first_line[ref]))
            continue
        first_line[ref] = row[0]
        unique.append(row)
    return unique


def _memo(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A converter that converts each distinct value once (dates repeat a lot)."""
    cache: dict[Any, Any] = {None: None}

    def converted(value: Any) -> Any:
        found = cache.get(value, _MISSING)
        if found is _MISSING:
            if len(cache) > 100_000:
                cache.clear()
            found = cache[value] = convert(value)
        return found

    return converted


def _duplicate(pending: Pending, column: str, value: object, first: int | None) -> Rejection:
    return _twice(pending.line, pending.raw, column, value, first)


def _twice(line: int, raw: list[str], column: str, value: object, first: int | None) -> Rejection:
    where = f" (first on line {first})" if first is not None else " (earlier in this file)"
    return Rejection(line, raw, ((column, f"'{value}' appears twice{where}"),))


def _today(now: datetime) -> date:
    return now.astimezone(AMSTERDAM).date()
