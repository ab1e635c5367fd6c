"""The SQLite walk of the audit chain (issue 18): SQLite builds each chunk's canonical bytes,
Python hashes them; any chunk not plainly intact is walked event by event. Whatever the chunk
size, the fast walk must give exactly the event-by-event walk's answer, for intact chains,
older stored forms and every kind of tampering."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from lawfulreq.services import audit
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices

CHUNKS = (1, 2, 3, 5, 7, 20_000)


@pytest.fixture
def sqlite_only(services: AppServices) -> AppServices:
    if services.db.engine.dialect.name != "sqlite":
        pytest.skip("the chunked walk is SQLite's")
    return services


def _record(services: AppServices, actor: Actor, **event: Any) -> int:
    with services.db.sessions.begin() as session:
        return audit.record(session, actor, event.pop("action", "test.event"),
                            services.clock(), **event)  # fmt: skip


AWKWARD_BUT_PLAIN: list[dict[str, Any]] = [
    {"reason": "Ömer Çelik — ß, ĳ, 日本, 🙂", "details": {"naam": "Zoë", "emoji": "🙂"}},
    {"case_id": None, "object_type": "", "object_id": "", "reason": "", "details": {}},
    {"case_id": 2**62, "object_id": "9" * 64, "details": {"big": 2**70, "neg": -(2**63)}},
    {"details": {"quote": 'he said "no"', "back": "C:\\tmp\\x", "ctl": "a\nb\tc\x00d\x1f"}},
    {"details": {"nested": {"z": [1, {"b": None, "a": [True, False, 1.5]}], "a": "é"}}},
    {"details": {"unicode_key_é": 1, "Ä": {"": ""}, "list": [[], {}, [[1]]]}},
    {"object_type": "lookup", "object_id": "+31 6 1234 5678 / ' single", "reason": "a'b`c"},
]

NEEDS_ESCAPES: list[dict[str, Any]] = [
    {"reason": 'said "no"'},
    {"object_id": "C:\\path"},
    {"reason": "line\nbreak"},
    {"reason": "nul\x00inside"},
    {"object_type": "tab\there"},
    {"reason": "sep\x01and,comma"},
]


def _fill(services: AppServices, actor: Actor, events: list[dict[str, Any]]) -> list[int]:
    return [_record(services, actor, **dict(event)) for event in events]


def _walks(services: AppServices) -> tuple[Any, Any]:
    """(the chunked walk, the event-by-event walk) over the same transaction."""
    with services.db.sessions.begin() as session:
        fast = audit._walk(session)
        exact = audit._walk_rows(audit._sqlite_rows(session), 0, audit.GENESIS)
    return fast, exact


def _fallbacks(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """Every `_walk_rows` call's starting point, recorded."""
    calls: list[tuple[int, str]] = []
    original = audit._walk_rows

    def spy(rows: Any, count: int, prev: str) -> Any:
        calls.append((count, prev))
        return original(rows, count, prev)

    monkeypatch.setattr(audit, "_walk_rows", spy)
    return calls


def _exec(services: AppServices, sql: str, **params: Any) -> None:
    with services.db.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_sql_bytes_are_the_canonical_bytes_on_awkward_values(
    sqlite_only: AppServices, actors: dict[str, Actor]
) -> None:
    ids = _fill(sqlite_only, actors["fg"], AWKWARD_BUT_PLAIN)
    with sqlite_only.db.sessions.begin() as session:
        connection = audit._driver_connection(session)
        for event_id in ids:
            row = session.get(audit.AuditEvent, event_id)
            assert row is not None
            (built,) = connection.execute(
                f"SELECT CAST({audit._SQL_BODY} AS BLOB) FROM audit_event WHERE id = ?",
                (event_id,),
            ).fetchone()
            assert built == audit.canonical(row)
            assert hashlib.sha256(built).hexdigest() == row.hash


@pytest.mark.parametrize("chunk", CHUNKS)
def test_an_intact_chain_passes_without_the_event_by_event_walk(
    sqlite_only: AppServices,
    actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
) -> None:
    _fill(sqlite_only, actors["fg"], AWKWARD_BUT_PLAIN)
    monkeypatch.setattr(audit, "_CHUNK", chunk)
    calls = _fallbacks(monkeypatch)
    fast, exact = _walks(sqlite_only)
    assert fast == exact and fast[0] is None
    assert calls == [(0, audit.GENESIS)]  # only the reference walk in `_walks`
    report = sqlite_only.audit.verify(actors["auditor"])
    assert report.ok and report.head_hash == fast[2]


@pytest.mark.parametrize("chunk", CHUNKS)
def test_values_that_need_escapes_are_walked_event_by_event(
    sqlite_only: AppServices,
    actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
) -> None:
    _fill(sqlite_only, actors["fg"], AWKWARD_BUT_PLAIN + NEEDS_ESCAPES + AWKWARD_BUT_PLAIN)
    monkeypatch.setattr(audit, "_CHUNK", chunk)
    calls = _fallbacks(monkeypatch)
    fast, exact = _walks(sqlite_only)
    assert fast == exact and fast[0] is None
    assert len(calls) > 1  # the chunks with escapes fell back
    assert sqlite_only.audit.verify(actors["auditor"]).ok


def _anchor_value(services: AppServices) -> str:
    with services.db.engine.connect() as conn:
        found = conn.execute(text("SELECT value FROM setting WHERE key = 'audit.anchor'"))
        return str(found.scalar_one())


def _swap(services: AppServices, a: int, b: int) -> None:
    _exec(services, "UPDATE audit_event SET id = -1 WHERE id = :a", a=a)
    _exec(services, "UPDATE audit_event SET id = :a WHERE id = :b", a=a, b=b)
    _exec(services, "UPDATE audit_event SET id = :b WHERE id = -1", b=b)


def _forge_spliced_hash(services: AppServices, event_id: int, column: str, value: str) -> None:
    """A value that needs escaping, and the hash of the UNescaped bytes stored with it: the
    event-by-event walk rejects it (it escapes), so the SQL bytes must not be accepted."""
    _exec(services, f"UPDATE audit_event SET {column} = :v WHERE id = :id", v=value, id=event_id)
    with services.db.engine.connect() as conn:
        (built,) = conn.execute(
            text(f"SELECT CAST({audit._SQL_BODY} AS BLOB) FROM audit_event WHERE id = :id"),
            {"id": event_id},
        ).one()
    digest = hashlib.sha256(built).hexdigest()
    _exec(services, "UPDATE audit_event SET hash = :h WHERE id = :id", h=digest, id=event_id)
    _exec(services, "UPDATE audit_event SET prev_hash = :h WHERE id = :id", h=digest,
          id=event_id + 1)  # fmt: skip


def _insert_after(services: AppServices, step: int) -> None:
    """A copy of the last event at `last + step`, chained on it, with a made-up hash."""
    _exec(
        services,
        "INSERT INTO audit_event (id, at, actor, action, case_id, object_type, object_id, "
        "reason, details, prev_hash, hash) SELECT id + :step, at, actor, action, case_id, "
        "object_type, object_id, reason, details, hash, lower(hex(randomblob(32))) "
        "FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)",
        step=step,
    )


TAMPERING: dict[str, Callable[[AppServices, list[int]], None]] = {
    "edited field": lambda s, ids: _exec(
        s, "UPDATE audit_event SET actor = 'mallory' WHERE id = :id", id=ids[3]
    ),
    "edited details": lambda s, ids: _exec(
        s, "UPDATE audit_event SET details = '{}' WHERE id = :id", id=ids[5]
    ),
    "edited time": lambda s, ids: _exec(
        s, "UPDATE audit_event SET at = '2020-01-01 00:00:00.000000' WHERE id = :id", id=ids[2]
    ),
    "edited case": lambda s, ids: _exec(
        s, "UPDATE audit_event SET case_id = 7 WHERE id = :id", id=ids[1]
    ),
    "edited hash": lambda s, ids: _exec(
        s, "UPDATE audit_event SET hash = upper(hash) WHERE id = :id", id=ids[4]
    ),
    "hash stored as a blob": lambda s, ids: _exec(
        s, "UPDATE audit_event SET hash = CAST(hash AS BLOB) WHERE id = :id", id=ids[4]
    ),
    "prev stored as a blob": lambda s, ids: _exec(
        s, "UPDATE audit_event SET prev_hash = CAST(prev_hash AS BLOB) WHERE id = :id", id=ids[4]
    ),
    "edited prev": lambda s, ids: _exec(
        s, "UPDATE audit_event SET prev_hash = upper(prev_hash) WHERE id = :id", id=ids[4]
    ),
    "deleted row": lambda s, ids: _exec(s, "DELETE FROM audit_event WHERE id = :id", id=ids[4]),
    "deleted rows": lambda s, ids: _exec(
        s, "DELETE FROM audit_event WHERE id BETWEEN :a AND :b", a=ids[2], b=ids[9]
    ),
    "deleted first": lambda s, ids: _exec(s, "DELETE FROM audit_event WHERE id = 1"),
    "deleted last": lambda s, ids: _exec(
        s, "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)"
    ),
    "inserted row": lambda s, ids: _insert_after(s, 1),
    "inserted row after a gap": lambda s, ids: _insert_after(s, 1000),
    "negative id": lambda s, ids: _exec(
        s, "UPDATE audit_event SET id = -5 WHERE id = :id", id=ids[0]
    ),
    "reordered rows": lambda s, ids: _swap(s, ids[3], ids[4]),
    "broken anchor": lambda s, ids: _exec(
        s,
        'UPDATE setting SET value = replace(value, \'"mac":"\', \'"mac":"0\') '
        "WHERE key = 'audit.anchor'",
    ),
    "old-format details": lambda s, ids: _exec(
        s,
        "UPDATE audit_event SET details = :d WHERE id = :id",
        d='{"naam": "Zo\\u00eb", "emoji": "\\ud83d\\ude42"}',
        id=ids[0],
    ),
    "time in another form": lambda s, ids: _exec(
        s,
        "UPDATE audit_event SET at = substr(at, 1, 10) || 'T' || substr(at, 12) || "
        "'+00:00' WHERE id = :id",
        id=ids[2],
    ),
    "forged hash of unescaped quote": lambda s, ids: _forge_spliced_hash(
        s, ids[4], "reason", 'x","reason":"y'
    ),
    "forged hash of unescaped NUL": lambda s, ids: _forge_spliced_hash(
        s, ids[4], "object_id", "a\x00b"
    ),
    "forged hash of a short time": lambda s, ids: _forge_spliced_hash(
        s, ids[4], "at", "2026-11-20 09:00:00"
    ),
}


@pytest.mark.parametrize("chunk", CHUNKS)
@pytest.mark.parametrize("tamper", sorted(TAMPERING))
def test_the_chunked_walk_answers_as_the_event_by_event_walk(
    sqlite_only: AppServices,
    actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    tamper: str,
    chunk: int,
) -> None:
    ids = _fill(sqlite_only, actors["fg"], AWKWARD_BUT_PLAIN * 2)
    before = sqlite_only.audit.verify(actors["auditor"])
    assert before.ok
    TAMPERING[tamper](sqlite_only, ids)
    monkeypatch.setattr(audit, "_CHUNK", chunk)
    fast, exact = _walks(sqlite_only)
    assert fast == exact
    with sqlite_only.db.sessions.begin() as session:
        report = audit.verify_chain(session)
    intact = tamper in ("old-format details", "time in another form")
    assert report.ok is intact, report
    if not intact and tamper != "broken anchor":
        assert fast[0] is not None or report.code in ("truncated", "not_anchored"), report


def test_without_concat_the_walk_is_event_by_event(
    sqlite_only: AppServices, actors: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLCipher builds on SQLite older than 3.44 have no concat()."""
    assert audit._has_concat("3.44.0") and not audit._has_concat("3.43.2")
    _fill(sqlite_only, actors["fg"], AWKWARD_BUT_PLAIN + NEEDS_ESCAPES)
    monkeypatch.setattr(audit, "_has_concat", lambda version: False)
    calls = _fallbacks(monkeypatch)
    fast, exact = _walks(sqlite_only)
    assert fast == exact and fast[0] is None
    assert calls == [(0, audit.GENESIS), (0, audit.GENESIS)]


def test_the_chunk_query_reads_the_events_in_id_order(sqlite_only: AppServices) -> None:
    """The aggregates' pieces are compared in scan order: it must be the rowid range scan."""
    with sqlite_only.db.sessions.begin() as session:
        cursor = audit._driver_connection(session).cursor()
        assert audit._in_rowid_order(cursor)
        assert "id >= ? AND id < ?" in audit._SQL_CHUNK and "ORDER BY" not in audit._SQL_CHUNK
