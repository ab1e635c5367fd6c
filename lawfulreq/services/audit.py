"""The audit trail: append-only events chained by SHA-256, an anchored head, and the check.

How tampering is found
----------------------
Each event stores the SHA-256 of its canonical content, which includes its sequence number
(`id`, 1, 2, 3 ...) and its predecessor's hash. Walking the chain finds an edited event (its
hash no longer matches) and a deleted one (a gap in the sequence). The chain alone cannot see
the LAST event deleted, or the tail cut off: what remains is a valid, shorter chain.

So the head of the chain (last id = the number of events, and the last hash) is kept as an
anchor in the `setting` table, sealed with an HMAC under a key derived from the database key
(`keys.audit_key_for`). Every append reads the head from the anchor, not from the last row:
after a deleted last event N the next event is N+1 and the gap stays visible for good. An
anchor that is missing or whose seal does not match is not silently replaced: the next anchor
carries a sticky `broken` note, sealed, that `verify` keeps reporting.

Limits, stated plainly: whoever holds the database key (keyring entry or passphrase) can
rewrite every event and re-seal the anchor; nothing inside the database can stop that. A
separate keyring-held audit key would not help on one machine (the same keyring holds both).
What does help: on PostgreSQL the application role may only INSERT and SELECT audit events
(migration 0002), and `audit verify --json` prints the head hash, which an FG can note
outside the system (e.g. in the signed monthly report) to pin the trail's history.
"""

from __future__ import annotations

import builtins
import hashlib
import hmac
import json
import re
import string
import typing
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypedDict, Unpack

from sqlalchemy import (
    Connection,
    Dialect,
    Engine,
    Select,
    String,
    Table,
    bindparam,
    cast,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from lawfulreq.db.models import AppUser, AuditEvent, DemandCase, Setting
from lawfulreq.db.transactions import connection_cursor
from lawfulreq.errors import StorageError
from lawfulreq.security import keys
from lawfulreq.security.permissions import Permission
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.prepared import Prepared

GENESIS = "0" * 64
ANCHOR_KEY = "audit.anchor"


def canonical(row: AuditEvent) -> bytes:
    """The bytes an event's hash covers: every field, its sequence number and its predecessor."""
    return canonical_fields(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        case_id=row.case_id,
        object_type=row.object_type,
        object_id=row.object_id,
        reason=row.reason,
        details=row.details,
        prev_hash=row.prev_hash,
    )


def canonical_fields(
    *,
    id: int,
    at: datetime,
    actor: str,
    action: str,
    case_id: int | None,
    object_type: str,
    object_id: str,
    reason: str,
    details: dict[str, Any],
    prev_hash: str,
) -> bytes:
    """`canonical` for an event that is not (yet) an ORM object."""
    body = {
        "id": id,
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "case_id": case_id,
        "object_type": object_type,
        "object_id": object_id,
        "reason": reason,
        "details": details,
        "prev": prev_hash,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def event_hash(row: AuditEvent) -> str:
    return hashlib.sha256(canonical(row)).hexdigest()


@dataclass(frozen=True)
class Anchor:
    """The sealed head of the chain; `broken` is a sticky note about a bad earlier anchor."""

    last_id: int
    last_hash: str
    broken: dict[str, Any] | None = None

    def body(self) -> dict[str, Any]:
        return {"last_id": self.last_id, "last_hash": self.last_hash, "broken": self.broken}

    def seal(self, key: bytes) -> str:
        payload = json.dumps(self.body(), sort_keys=True, separators=(",", ":")).encode()
        return hmac.new(key, payload, hashlib.sha256).hexdigest()


def audit_key(bind: Engine | Connection) -> bytes:
    """The key that seals the anchor. It travels one way: `open_database` binds it to the
    engine (`keys.bind_audit_key`), and every reader, ORM or raw cursor, asks the engine."""
    return keys.engine_audit_key(bind.engine)


def _audit_key(session: Session) -> bytes:
    return audit_key(session.get_bind())


def _read_anchor(session: Session) -> tuple[Anchor | None, bool]:
    """The stored anchor and whether its seal is valid (None, False when there is none)."""
    value = session.scalar(select(Setting.value).where(Setting.key == ANCHOR_KEY))
    return _anchor_from(value, _audit_key(session))


def _anchor_from(value: object, key: bytes) -> tuple[Anchor | None, bool]:
    if not isinstance(value, dict):
        return None, False
    try:
        anchor = Anchor(int(value["last_id"]), str(value["last_hash"]), value.get("broken"))
    except (KeyError, TypeError, ValueError):
        return None, False
    return anchor, hmac.compare_digest(str(value.get("mac", "")), anchor.seal(key))


def _write_anchor(session: Session, anchor: Anchor, at: datetime, key: bytes | None = None) -> None:
    value = {**anchor.body(), "mac": anchor.seal(key or _audit_key(session))}
    exists = session.scalar(select(func.count()).where(Setting.key == ANCHOR_KEY))
    if exists:
        session.execute(
            update(Setting)
            .where(Setting.key == ANCHOR_KEY)
            .values(value=value, updated_at=at, updated_by="audit", version=Setting.version + 1)
        )
    else:
        session.execute(
            insert(Setting).values(
                key=ANCHOR_KEY, value=value, updated_at=at, updated_by="audit", version=1
            )
        )


def _last_row(session: Session) -> tuple[int, str] | None:
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    return (int(last.id), str(last.hash)) if last else None


def _head_for_append(session: Session) -> Anchor:
    """Where the next event chains on; a bad anchor is carried forward as a sticky note."""
    anchor, sealed = _read_anchor(session)
    if anchor is not None and sealed:
        return anchor
    last = _last_row(session)
    emptied = anchor is None and last is None and _has_accounts(session)
    return _head_after_bad_anchor(anchor, last, emptied=emptied)


EMPTIED_PROBLEM = "the audit trail and its anchor were deleted"


def _head_after_bad_anchor(
    anchor: Anchor | None, last: tuple[int, str] | None, *, emptied: bool = False
) -> Anchor:
    """`emptied`: no anchor and no event, yet accounts exist, so the trail was wiped; a new
    chain may start, but with the sticky note, or the next event would look like a genesis."""
    if anchor is None and last is None and not emptied:
        return Anchor(0, GENESIS)
    problem = "the chain's anchor was missing" if anchor is None else "the anchor's seal was wrong"
    if emptied:
        problem = EMPTIED_PROBLEM
    head = Anchor(*last) if last else Anchor(0, GENESIS)
    broken = (anchor.broken if anchor and anchor.broken else None) or {
        "id": None,
        "problem": problem,
    }
    return Anchor(head.last_id, head.last_hash, broken)


class AuditSql:
    """The append path's statements (anchor, head row, event insert) compiled for a dialect."""

    LOCK = "SELECT pg_advisory_xact_lock(4242001)"

    def __init__(self, dialect: Dialect) -> None:
        events = _table(AuditEvent)
        settings = _table(Setting)
        self.postgres = dialect.name == "postgresql"
        key = settings.c.key == bindparam("key")
        self.anchor = Prepared(select(settings.c.value).where(key), dialect)
        self.last = Prepared(
            select(events.c.id, events.c.hash).order_by(events.c.id.desc()).limit(1), dialect
        )
        self.insert = Prepared(
            insert(events).values({c.key: bindparam(c.key, type_=c.type) for c in events.c}),
            dialect,
        )
        anchor_value = bindparam("value", type_=settings.c.value.type)
        at = bindparam("at", type_=settings.c.updated_at.type)
        self.update_anchor = Prepared(
            update(settings)
            .where(key)
            .values(
                value=anchor_value,
                updated_at=at,
                updated_by="audit",
                version=settings.c.version + 1,
            ),
            dialect,
        )
        self.insert_anchor = Prepared(
            insert(settings).values(
                key=bindparam("key"), value=anchor_value, updated_at=at, updated_by="audit",
                version=1,
            ),
            dialect,
        )  # fmt: skip


_AUDIT_SQL: dict[tuple[str, str], AuditSql] = {}


def audit_sql(dialect: Dialect) -> AuditSql:
    key = (dialect.name, str(dialect.paramstyle))
    found = _AUDIT_SQL.get(key)
    if found is None:
        found = _AUDIT_SQL[key] = AuditSql(dialect)
    return found


class EventFields(TypedDict, total=False):
    """What an event may say beyond who, what and when."""

    case_id: int | None
    object_type: str
    object_id: str | int
    reason: str
    details: dict[str, Any] | None


def append_event(
    cursor: Any,
    actor: Actor,
    action: str,
    at: datetime,
    *,
    sql: AuditSql,
    audit_key: bytes,
    **event: Unpack[EventFields],
) -> int:
    """THE append: the next event chained on the sealed head, and the anchor moved on.

    Runs on a DB-API cursor inside the caller's open transaction, so the event commits or
    fails with the change it records. On SQLite that transaction already holds the write lock
    (BEGIN IMMEDIATE, see `db.engine`); on PostgreSQL an advisory lock serialises writers.
    Either way two transactions never chain onto the same head. Returns the new event's id.
    """
    if sql.postgres:
        cursor.execute(sql.LOCK)
    stored = sql.anchor.all(cursor, {"key": ANCHOR_KEY})
    anchor, sealed = _anchor_from(stored[0][0] if stored else None, audit_key)
    if anchor is None or not sealed:
        last = sql.last.all(cursor, {})
        emptied = False
        if anchor is None and not last:
            cursor.execute("SELECT 1 FROM app_user LIMIT 1")
            emptied = cursor.fetchone() is not None
        anchor = _head_after_bad_anchor(
            anchor, (int(last[0][0]), str(last[0][1])) if last else None, emptied=emptied
        )
    fields: dict[str, Any] = {
        "id": anchor.last_id + 1,
        "at": at,
        "actor": actor.username,
        "action": action,
        "case_id": event.get("case_id"),
        "object_type": event.get("object_type", ""),
        "object_id": str(event.get("object_id", "")),
        "reason": event.get("reason", ""),
        "details": dict(event.get("details") or {}),
        "prev_hash": anchor.last_hash,
    }
    fields["hash"] = hashlib.sha256(canonical_fields(**fields)).hexdigest()
    sql.insert.run(cursor, fields)
    head = Anchor(fields["id"], fields["hash"], anchor.broken)
    value = {**head.body(), "mac": head.seal(audit_key)}
    write = sql.update_anchor if stored else sql.insert_anchor
    write.run(cursor, {"key": ANCHOR_KEY, "value": value, "at": at})
    return int(fields["id"])


def record(
    session: Session, actor: Actor, action: str, at: datetime, **event: Unpack[EventFields]
) -> int:
    """`append_event` in an ORM unit of work: on the session's own connection and transaction.

    The session is flushed first, so the rows the event names exist when it is written.
    Returns the new event's id.
    """
    session.flush()
    conn = session.connection()
    with connection_cursor(conn) as cursor:
        sql = audit_sql(conn.dialect)
        return append_event(cursor, actor, action, at, sql=sql, audit_key=audit_key(conn), **event)


def _table(model: type[AuditEvent] | type[Setting]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True)
class ChainReport:
    """`first_broken` is the id of the first event missing or altered (None: the anchor)."""

    ok: bool
    events: int
    first_broken: int | None
    problem: str = ""
    head_hash: str = ""
    # Why, for a translated message: missing, not_chained, altered, anchor_missing,
    # anchor_forged, truncated, not_anchored, earlier_anchor_broken, emptied.
    code: str = ""


# One event as `_walk` reads it: id, at (ISO text, UTC, microseconds), actor, action, case_id,
# object_type, object_id, reason, details, prev_hash, hash.
_ChainRow = tuple[int, str, str, str, int | None, str, str, str, Any, str, str]
# canonical_fields' json.dumps settings, made once (not once per event).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_CHAIN_COLUMNS = (
    "SELECT id, at, actor, action, case_id, object_type, object_id, reason, details, "
    "prev_hash, hash FROM audit_event"
)
_CHAIN_SELECT = f"{_CHAIN_COLUMNS} ORDER BY id"
_CHAIN_RANGE_SELECT = f"{_CHAIN_COLUMNS} WHERE id >= ? AND id < ? ORDER BY id"


def _orm_rows(session: Session) -> Iterator[_ChainRow]:
    for row in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(2000):
        at = row.at.astimezone(UTC).isoformat(timespec="microseconds")
        yield (row.id, at, row.actor, row.action, row.case_id, row.object_type, row.object_id,
               row.reason, row.details, row.prev_hash, row.hash)  # fmt: skip


def _sqlite_rows(
    session: Session, first: int | None = None, end: int | None = None
) -> Iterator[_ChainRow]:
    """The events straight off the DB-API cursor: no ORM objects and no type conversion for a
    million rows (`audit verify` took 35x the hashing alone through the ORM; issue 18).
    SQLAlchemy keeps SQLite datetimes as UTC text "YYYY-MM-DD HH:MM:SS.ffffff", which
    becomes the canonical ISO form by two string edits; any other text is parsed.
    `first`/`end`: only the ids first <= id < end (one chunk of `_sqlite_walk`)."""
    cursor = _driver_connection(session).cursor()
    try:
        if first is None or end is None:
            cursor.execute(_CHAIN_SELECT)
        else:
            cursor.execute(_CHAIN_RANGE_SELECT, (first, end))
        while rows := cursor.fetchmany(5000):
            for row in rows:
                at = row[1]
                if len(at) == 26 and at[10] == " ":
                    at = f"{at[:10]}T{at[11:]}+00:00"
                else:
                    parsed = datetime.fromisoformat(at)
                    parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
                    at = parsed.astimezone(UTC).isoformat(timespec="microseconds")
                # The details stay JSON text: `_walk` hashes them as stored where it can.
                yield (row[0], at, row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                       row[9], row[10])  # fmt: skip
    finally:
        cursor.close()


def _driver_connection(session: Session) -> Any:
    return session.connection().connection.driver_connection


# A string JSON writes as is between quotes (ensure_ascii=False): no quote, backslash or
# control character to escape.
_PLAIN = re.compile(r'[^"\\\x00-\x1f]*')


def _spliced(row: _ChainRow) -> bytes | None:
    """The canonical bytes of an event put together from its stored text, without parsing
    and re-encoding its details: right when the details were stored in canonical form (the
    engine writes JSON so, see `db.engine.canonical_json`). None when a field needs escaping
    or the details are not text; `_walk` then falls back to the full encoding, as it does
    when these bytes miss the hash (details stored otherwise, by an older version). A match
    means these are the very bytes the hash was made of, so the event is intact."""
    event_id, at, actor, action, case_id, object_type, object_id, reason, details, prev, _ = row
    plain = _PLAIN.fullmatch
    if not isinstance(details, str) or not (
        plain(actor) and plain(action) and plain(object_type) and plain(object_id)
        and plain(reason) and plain(prev) and plain(at)
    ):  # fmt: skip
        return None
    case = "null" if case_id is None else str(int(case_id))
    return (
        f'{{"action":"{action}","actor":"{actor}","at":"{at}","case_id":{case},'
        f'"details":{details},"id":{int(event_id)},"object_id":"{object_id}",'
        f'"object_type":"{object_type}","prev":"{prev}","reason":"{reason}"}}'
    ).encode()


def _encoded(row: _ChainRow) -> bytes:
    """The same bytes as `canonical_fields` (tests/unit/test_audit_chain.py checks)."""
    event_id, at, actor, action, case_id, object_type, object_id, reason, details, prev, _ = row
    body = {"id": event_id, "at": at, "actor": actor, "action": action, "case_id": case_id,
            "object_type": object_type, "object_id": object_id, "reason": reason,
            "details": json.loads(details) if isinstance(details, str) else details,
            "prev": prev}  # fmt: skip
    return _CANONICAL.encode(body).encode()


def _walk(session: Session) -> tuple[ChainReport | None, int, str]:
    """The first gap or altered event, else None; plus the count and the last hash."""
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite_walk(session)
    return _walk_rows(_orm_rows(session), 0, GENESIS)


def _walk_rows(
    rows: Iterator[_ChainRow], count: int, expected_prev: str
) -> tuple[ChainReport | None, int, str]:
    """THE check, event by event, going on from `count` events ending in `expected_prev`."""
    sha256 = hashlib.sha256
    for row in rows:
        event_id, prev, digest = row[0], row[9], row[10]
        count += 1
        problem = ""
        if event_id != count:
            report = ChainReport(False, count, count, f"event {count} is missing", code="missing")
            return report, count, ""
        if prev != expected_prev:
            problem, code = f"event {event_id} does not follow its predecessor", "not_chained"
        else:
            spliced = _spliced(row)
            if (spliced is None or sha256(spliced).hexdigest() != digest) and sha256(
                _encoded(row)
            ).hexdigest() != digest:
                problem, code = f"event {event_id} does not match its hash", "altered"
        if problem:
            return ChainReport(False, count, event_id, problem, code=code), count, ""
        expected_prev = digest
    return None, count, expected_prev


# The SQLite walk reads the chain in chunks of ids, each as ONE row of aggregates: SQLite
# scans, decrypts and puts together every event's canonical bytes (what `_spliced` makes in
# Python) in C, and Python only hashes and compares, again in C (map, join, list equality),
# with no Python object per column and no bytecode per event (issue 18: a million events).
_CHUNK = 20_000
# `_spliced`'s bytes. concat() (SQLite >= 3.44) builds each in one allocation, where a chain
# of || copies the growing string once per piece.
_SQL_BODY = (
    """concat('{"action":"',action,'","actor":"',actor,'","at":"',substr(at,1,10),'T',"""
    """substr(at,12),'+00:00","case_id":',coalesce(case_id,'null'),',"details":',details,"""
    """',"id":',id,',"object_id":"',object_id,'","object_type":"',object_type,"""
    """'","prev":"',prev_hash,'","reason":"',reason,'"}')"""
)
# Per chunk: the number of events; their bytes, NUL-separated; "prev,hash" pairs; the text
# fields `_spliced` wants without escapes, \x01-separated; how many events have the storage
# types and the stored time's length `_spliced` expects. concat() is never NULL, so every
# aggregate has one item per event (group_concat would skip a NULL).
_SQL_CHUNK = (
    f"SELECT count(*), CAST(group_concat({_SQL_BODY}, char(0)) AS BLOB), "  # noqa: S608 - constants
    "group_concat(concat(prev_hash, ',', hash), ','), "
    "group_concat(concat(at, actor, action, object_type, object_id, reason), char(1)), "
    "sum(typeof(at) = 'text' AND length(at) = 26 AND typeof(actor) = 'text' "
    "AND typeof(action) = 'text' AND typeof(object_type) = 'text' "
    "AND typeof(object_id) = 'text' AND typeof(reason) = 'text' "
    "AND typeof(details) = 'text' AND typeof(case_id) IN ('integer', 'null') "
    "AND typeof(prev_hash) = 'text' AND typeof(hash) = 'text') "
    "FROM audit_event WHERE id >= ? AND id < ?"
)
# The \x01-separated text fields: all plain (`_PLAIN`), each record starting with the stored
# time "YYYY-MM-DD HH:MM:SS.ffffff" (26 characters, checked in SQL, a space at [10]).
_PLAIN_CHAR = r'[^"\\\x00-\x1f]'
_RECORD = rf"{_PLAIN_CHAR}{{10}} {_PLAIN_CHAR}{{15}}{_PLAIN_CHAR}*"
_PLAIN_RECORDS = re.compile(rf"{_RECORD}(?:\x01{_RECORD})*")
_HEXDIGEST = type(hashlib.sha256()).hexdigest


def _chunk_head(chunk: tuple[Any, ...], size: int, prev: str) -> str | None:
    """The last hash of a chunk of `size` events chained on `prev`, when every event in it
    passes the check exactly as `_walk_rows` would pass it on the `_spliced` bytes; None when
    anything is off (a gap, a field to escape, a time in another form, a mismatch), and the
    chunk is then walked event by event, which names the problem or accepts an older form.

    Why the separated aggregates are exact: each has exactly one item per event (concat() is
    never NULL), so the right number of pieces after a split means no separator occurred
    inside an item, and the pieces are the items in order."""
    count, bodies, links, fields, typed = chunk
    if count != size or typed != size or not isinstance(bodies, bytes):
        return None  # a gap (ids are unique integers in [first, end)), or another storage
    pieces = bodies.split(b"\0")
    pairs = links.split(",") if isinstance(links, str) else []
    if len(pieces) != size or len(pairs) != 2 * size:
        return None
    if not isinstance(fields, str) or fields.count("\x01") != size - 1:
        return None
    if not _PLAIN_RECORDS.fullmatch(fields):
        return None
    digests = list(map(_HEXDIGEST, map(hashlib.sha256, pieces)))
    if pairs[1::2] != digests or pairs[0::2] != [prev, *digests[:-1]]:
        return None
    return digests[-1]


_ENDS = (
    "SELECT * FROM (SELECT id, sqlite_version() FROM audit_event ORDER BY id LIMIT 1) "
    "UNION ALL SELECT * FROM (SELECT id, '' FROM audit_event ORDER BY id DESC LIMIT 1)"
)


def _has_concat(version: str) -> bool:
    try:
        return tuple(int(part) for part in version.split(".")[:2]) >= (3, 44)
    except ValueError:
        return False


def _in_rowid_order(cursor: Any) -> bool:
    """Whether SQLite plans `_SQL_CHUNK` as one forward range scan of the table's rowid tree,
    so that the aggregates take the events in id order, as the chain must be read: the pieces
    are compared in that order (an ORDER BY inside each group_concat would cost a sort)."""
    plan = " ".join(
        str(row[-1]) for row in cursor.execute(f"EXPLAIN QUERY PLAN {_SQL_CHUNK}", (1, 2))
    )
    return "USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" in plan and "B-TREE" not in plan


def _sqlite_walk(session: Session) -> tuple[ChainReport | None, int, str]:
    """`_walk_rows` over the whole table, chunk by chunk: a chunk that passes `_chunk_head`
    is one `_walk_rows` passes; any other is walked by `_walk_rows` itself. A worker thread
    runs the next chunk's query (SQLite releases the GIL while it scans and decrypts) while
    this one hashes the current chunk: two cores for the two halves of the work."""
    connection = _driver_connection(session)
    cursor = connection.cursor()
    try:
        # Two lookups at the ends of the rowid tree (min() and max() in one query would scan).
        ends = cursor.execute(_ENDS).fetchall()
        if not ends:
            return None, 0, GENESIS
        (first, version), (last, _) = ends
        if (
            not isinstance(first, int)
            or first < 1
            or not _has_concat(version)
            or not _in_rowid_order(cursor)
        ):
            # Ids from 1 are what the chunks cover; `_walk_rows` names what is wrong here.
            # An SQLCipher older than SQLite 3.44 has no concat(): the walk event by event.
            return _walk_rows(_sqlite_rows(session), 0, GENESIS)
        chunks = [(start, min(start + _CHUNK, last + 1)) for start in range(1, last + 1, _CHUNK)]

        driver_error = session.get_bind().dialect.loaded_dbapi.Error

        def fetch(index: int) -> tuple[Any, ...] | None:
            try:
                return tuple(cursor.execute(_SQL_CHUNK, chunks[index]).fetchone())
            except driver_error:
                # e.g. a chunk whose joined bytes pass SQLite's string limit: walked event
                # by event, which reports (or raises) what it meets; never a pass unread.
                return None

        count, prev = 0, GENESIS
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit-verify") as worker:
            pending = worker.submit(fetch, 0)
            for index, (start, end) in enumerate(chunks):
                chunk = pending.result()
                if index + 1 < len(chunks):
                    pending = worker.submit(fetch, index + 1)
                head = None if chunk is None else _chunk_head(chunk, end - start, prev)
                if head is not None:
                    count, prev = end - 1, head
                    continue
                pending.result()  # the connection is free again before it is read here
                report, count, prev = _walk_rows(_sqlite_rows(session, start, end), count, prev)
                if report is not None:
                    return report, count, prev
                if count != end - 1:
                    # The chunk's last ids are gone and later ones exist (`last` does): the
                    # whole walk would meet the next one in place of event count + 1.
                    count += 1
                    problem = f"event {count} is missing"
                    return ChainReport(False, count, count, problem, code="missing"), count, ""
        return None, count, prev
    finally:
        cursor.close()


def verify_chain(session: Session) -> ChainReport:
    """Walk every event in order, then compare the end with the sealed anchor."""
    broken, count, head = _walk(session)
    if broken is not None:
        return broken
    anchor, sealed = _read_anchor(session)
    problem = code = ""
    first_broken: int | None = None
    if count == 0 and anchor is None and _has_accounts(session):
        # Creating the first account appends the genesis event (id 1) and the anchor, so an
        # empty chain beside accounts means the whole trail and its anchor were deleted.
        first_broken = 1
        problem, code = "the audit trail is empty although the database has accounts", "emptied"
    elif anchor is None:
        problem, code = ("the chain's anchor is missing", "anchor_missing") if count else ("", "")
    elif not sealed:
        problem, code = "the chain's anchor does not match its seal", "anchor_forged"
    elif anchor.last_id > count:
        first_broken = count + 1
        problem, code = f"event {count + 1} is missing: the chain ends early", "truncated"
    elif anchor.last_id < count or anchor.last_hash != head:
        first_broken = anchor.last_id + 1
        problem = f"event {anchor.last_id + 1} is not covered by the anchor"
        code = "not_anchored"
    elif anchor.broken:
        broken_id = anchor.broken.get("id")
        first_broken = broken_id if isinstance(broken_id, int) else None
        problem = str(anchor.broken.get("problem", "an earlier anchor was broken"))
        code = "earlier_anchor_broken"
    if problem:
        return ChainReport(False, count, first_broken, problem, code=code)
    return ChainReport(True, count, None, head_hash=head)


def _has_accounts(session: Session) -> bool:
    return session.scalar(select(AppUser.id).limit(1)) is not None


def reseal_anchor(session: Session, new_key: bytes, at: datetime) -> None:
    """Seal a verified chain's anchor under another database's key (restore, re-key)."""
    anchor, sealed = _read_anchor(session)
    if anchor is None or not sealed:
        raise StorageError(
            "the audit trail's anchor is missing or forged; it cannot be moved to a new key",
            code="audit_anchor_invalid",
        )
    _write_anchor(session, anchor, at, new_key)


@dataclass(frozen=True)
class AuditEventView:
    id: int
    at: datetime
    actor: str
    action: str
    case_id: int | None
    object_type: str
    object_id: str
    reason: str
    details: dict[str, Any]
    case_ref: str | None = None
    hash: str = ""
    prev_hash: str = ""


@dataclass(frozen=True)
class AuditFilter:
    """Narrow the list: by user, action (prefix, e.g. "login."), case, object, time and text.

    `text` matches, ignoring case, within the user, action, object, reason and details.
    """

    actor: str = ""
    action: str = ""
    case_id: int | None = None
    object_type: str = ""
    object_id: str = ""
    since: datetime | None = None
    until: datetime | None = None
    case_ref: str = ""
    text: str = ""


@dataclass(frozen=True)
class AuditFacets:
    """The user names and actions that occur in the trail (for the filters' choices)."""

    actors: list[str]
    actions: list[str]


@dataclass(frozen=True)
class AuditLocation:
    """Where an event stands in the newest-first list: its row and its id."""

    row: int
    event_id: int


def _view(e: AuditEvent, case_ref: str | None = None) -> AuditEventView:
    return AuditEventView(
        e.id,
        e.at,
        e.actor,
        e.action,
        e.case_id,
        e.object_type,
        e.object_id,
        e.reason,
        e.details,
        case_ref,
        e.hash,
        e.prev_hash,
    )


def _filtered(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.actor:
        query = query.where(AuditEvent.actor == flt.actor.strip().lower())
    if flt.action:
        action = flt.action.strip()
        if action.endswith("."):
            query = query.where(AuditEvent.action.startswith(action, autoescape=True))
        else:
            query = query.where(AuditEvent.action == action)
    if flt.case_id is not None:
        query = query.where(AuditEvent.case_id == flt.case_id)
    if flt.object_type:
        query = query.where(AuditEvent.object_type == flt.object_type)
    if flt.object_id:
        query = query.where(AuditEvent.object_id == flt.object_id)
    if flt.since is not None:
        query = query.where(AuditEvent.at >= flt.since)
    if flt.until is not None:
        query = query.where(AuditEvent.at < flt.until)
    if flt.case_ref.strip():
        refs = select(DemandCase.id).where(DemandCase.ref == flt.case_ref.strip())
        query = query.where(AuditEvent.case_id.in_(refs))
    if flt.text.strip():
        term = flt.text.strip()
        pattern = f"%{_escape_like(term.lower())}%"
        columns = (
            AuditEvent.actor,
            AuditEvent.action,
            AuditEvent.object_type,
            AuditEvent.object_id,
            AuditEvent.reason,
        )
        details = func.lower(cast(AuditEvent.details, String))
        # Details are JSON: written with non-ASCII letters escaped by older versions ("Ömer"
        # is "\u00d6mer"), as they are since issue 18. Look for both spellings, in whole-word
        # case variants: SQLite's lower() folds ASCII letters only, and none behind an escape.
        # A piece of JSON typed as it is often written ('"first": true') also in the stored,
        # compact form ('"first":true').
        compact = _JSON_GAPS.sub(r"\1", term)
        variants = (term, term.lower(), term.upper(), term.title(), compact)
        spellings = {term.lower()} | {
            _ascii_lower(spelling) for v in variants for spelling in (v, _json_spelling(v))
        }
        query = query.where(
            or_(
                *(func.lower(column).like(pattern, escape="\\") for column in columns),
                *(details.like(f"%{_escape_like(s)}%", escape="\\") for s in sorted(spellings)),
            )
        )
    return query


_JSON_GAPS = re.compile(r"([:,])\s+")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _ascii_lower(value: str) -> str:
    """What SQLite's lower() makes of `value`: ASCII letters folded, the rest as it is."""
    return value.translate(_ASCII_LOWER)


def _json_spelling(value: str) -> str:
    """`value` as it appears inside a JSON string written with ASCII escapes."""
    return json.dumps(value)[1:-1]


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class AuditService(Service):
    def verify(self, actor: Actor) -> ChainReport:
        """Check the whole chain; the check itself is recorded (after the walk)."""
        actor.require(Permission.READ_AUDIT)
        with self._unit_of_work() as session:
            report = verify_chain(session)
            record(
                session,
                actor,
                "audit.verified" if report.ok else "audit.verify_failed",
                self._clock(),
                details={
                    "events": report.events,
                    "first_broken": report.first_broken,
                    "problem": report.problem,
                },
            )
            return report

    def list(
        self,
        actor: Actor,
        flt: AuditFilter | None = None,
        *,
        offset: int = 0,
        limit: int = 200,
    ) -> list[AuditEventView]:
        """Newest first. Reading the trail is itself not recorded (it holds no subscriber data)."""
        actor.require(Permission.READ_AUDIT)
        joined = select(AuditEvent, DemandCase.ref).outerjoin(
            DemandCase, DemandCase.id == AuditEvent.case_id
        )
        # Seen as untyped, so the filter helper takes any tuple of columns.
        query = _filtered(typing.cast("Select[Any]", joined), flt or AuditFilter())
        query = query.order_by(AuditEvent.id.desc()).offset(offset).limit(limit)
        with self._unit_of_work() as session:
            rows: list[tuple[AuditEvent, str | None]] = [
                (row[0], row[1]) for row in session.execute(query)
            ]
            return [_view(event, ref) for event, ref in rows]

    def count(self, actor: Actor, flt: AuditFilter | None = None) -> int:
        actor.require(Permission.READ_AUDIT)
        query = _filtered(select(func.count()).select_from(AuditEvent), flt or AuditFilter())
        with self._unit_of_work() as session:
            return int(session.scalar(query) or 0)

    def facets(self, actor: Actor) -> AuditFacets:
        """Every user name and action in the trail, sorted."""
        actor.require(Permission.READ_AUDIT)
        with self._unit_of_work() as session:
            actors = session.scalars(select(AuditEvent.actor).distinct()).all()
            actions = session.scalars(select(AuditEvent.action).distinct()).all()
        return AuditFacets(sorted(actors), sorted(actions))

    def locate(
        self, actor: Actor, event_id: int, flt: AuditFilter | None = None
    ) -> AuditLocation | None:
        """The row of `event_id` in the newest-first list, or of the next event after it when
        it is gone (a deleted event); None when nothing at or after it matches the filter."""
        actor.require(Permission.READ_AUDIT)
        flt = flt or AuditFilter()
        with self._unit_of_work() as session:
            found = session.scalar(
                _filtered(select(func.min(AuditEvent.id)), flt).where(AuditEvent.id >= event_id)
            )
            if found is None:
                return None
            above = session.scalar(
                _filtered(select(func.count()).select_from(AuditEvent), flt).where(
                    AuditEvent.id > found
                )
            )
            return AuditLocation(int(above or 0), int(found))

    def recent(
        self, actor: Actor, *, limit: int = 200, case_id: int | None = None
    ) -> builtins.list[AuditEventView]:
        return self.list(actor, AuditFilter(case_id=case_id), limit=limit)
