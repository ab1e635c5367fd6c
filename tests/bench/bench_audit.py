"""`audit verify` over N events (harness part `audit`) beside hashlib over the same bytes.

A new SQLCipher database (demo key, cached beside the demo databases, keyed by the code that
shapes it) holds N chained events written straight into the table, with a sealed anchor.
Timed: `AuditService.verify` (read every event, rebuild its canonical bytes, hash, compare,
check the anchor), against `hashlib.sha256(...).hexdigest()` over the same canonical bytes
already in memory: the hashing alone.

Beside them, for information (not the baseline): reading the stored rows alone, one SQLite
statement that scans and decrypts every event and touches its columns with no Python work
per event. SQLCipher decrypts (AES-256 and an HMAC-SHA512 check per page) about as many bytes
as the canonical JSON holds, so this floor is already about as long as the hashing alone.
"""

from __future__ import annotations

import hashlib
import inspect
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select

from lawfulreq.clock import fixed_clock
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import AuditEvent
from lawfulreq.demo import generate_password
from lawfulreq.domain.enums import Role
from lawfulreq.services import audit
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import open_services
from tests.bench.context import Context
from tests.bench.data import cache_dir, generator_version
from tests.bench.harness import Row, measured
from tests.conftest import NOW

ACTIONS = ("subscriber.lookup", "case.viewed", "case.moved", "login.succeeded", "report.signed")


def _events(count: int, start: datetime, first_id: int, prev: str):  # type: ignore[no-untyped-def]
    """Rows (dicts) and canonical bytes of `count` chained events after `prev`."""
    for i in range(first_id, first_id + count):
        at = start + timedelta(seconds=i)
        fields = {
            "id": i,
            "at": at,
            "actor": "officer",
            "action": ACTIONS[i % len(ACTIONS)],
            "case_id": 1 + i % 50,
            "object_type": "lookup",
            "object_id": "phone_number",
            "reason": "",
            "details": {"query": f"+3161{i:07d}", "kind": "phone_number", "results": i % 3},
            "prev_hash": prev,
        }
        body = audit.canonical_fields(**fields)
        digest = hashlib.sha256(body).hexdigest()
        yield {**fields, "hash": digest}, body
        prev = digest


def build(path: Path, count: int) -> None:
    app = open_services(DatabaseTarget("", path), create=True, key_mode="demo",
                        clock=fixed_clock(NOW))  # fmt: skip
    try:
        # The genesis event and the anchor; the password is never needed again (see `run`).
        app.users.create_first_admin("fg", generate_password(), "FG")
        with app.db.sessions.begin() as session:
            last_id, prev = session.execute(
                select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
            ).one()
            start = datetime(2026, 1, 1, tzinfo=UTC)
            batch: list[dict[str, object]] = []
            for row, _body in _events(count - last_id, start, last_id + 1, prev):
                batch.append(row)
                if len(batch) == 20_000:
                    session.execute(insert(AuditEvent), batch)
                    batch.clear()
                last_id, prev = int(str(row["id"])), str(row["hash"])
            if batch:
                session.execute(insert(AuditEvent), batch)
            audit._write_anchor(session, audit.Anchor(last_id, prev), NOW)
    finally:
        app.close()


def _shaping_source() -> str:
    """The code whose output the cached database holds: the canonical bytes, the anchor, and
    the builder here; not the rest of audit.py, so a change to the walk reuses the database."""
    shaping = (audit.canonical_fields, audit.Anchor, audit._write_anchor, _events, build)
    return "".join(inspect.getsource(code) for code in shaping)


def ensure(count: int) -> Path:
    digest = hashlib.sha256(_shaping_source().encode()).hexdigest()
    path = cache_dir() / f"audit-{count}-{generator_version()}-{digest[:8]}.db"
    if not path.exists():
        building = path.with_name("building-" + path.name)
        for leftover in building.parent.glob(building.name + "*"):
            leftover.unlink()
        build(building, count)
        building.with_name(building.name + ".keyinfo").rename(
            path.with_name(path.name + ".keyinfo")
        )
        building.rename(path)
    return path


# Every column of every event, read in C (no row reaches Python).
READ_ALONE = (
    "SELECT count(*), sum(length(at) + length(actor) + length(action) + ifnull(case_id, 0) "
    "+ length(object_type) + length(object_id) + length(reason) + length(details) "
    "+ length(prev_hash) + length(hash)) FROM audit_event"
)


def _read_alone(engine: Engine) -> float:
    with engine.connect() as conn:
        started = time.perf_counter()
        conn.exec_driver_sql(READ_ALONE).one()
        return time.perf_counter() - started


def run(ctx: Context) -> list[Row]:
    count = ctx.sizes.audit_events
    path = ensure(count)
    app = open_services(DatabaseTarget("", path), key_mode="demo", clock=fixed_clock(NOW))
    try:
        with app.db.engine.connect() as conn:
            fg_id = conn.exec_driver_sql("SELECT id FROM app_user WHERE username = 'fg'")
            fg = Actor(int(fg_id.scalar_one()), "fg", Role.FG)
        with app.db.sessions.begin() as session:
            rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
            bodies = [audit.canonical(r) for r in rows]
            del rows
        ours: list[float] = []
        base: list[float] = []
        read: list[float] = []
        runs = max(1, ctx.sizes.runs - 3)
        for _ in range(runs):
            started = time.perf_counter()
            report = app.audit.verify(fg)
            ours.append(time.perf_counter() - started)
            assert report.ok, report
            started = time.perf_counter()
            for body in bodies:
                hashlib.sha256(body).hexdigest()
            base.append(time.perf_counter() - started)
            read.append(_read_alone(app.db.engine))
        note = (
            f"{report.events:,} events, {sum(map(len, bodies)) / 1e6:.0f} MB canonical JSON; "
            f"reading the stored rows alone: {statistics.median(read):.2f} s"
        )
        return [
            measured("audit", f"audit verify over {count:,} events", ours,
                     "hashlib.sha256 over the same canonical bytes", base, unit="s",
                     max_median=10.0, max_ratio=2.0, note=note)
        ]  # fmt: skip
    finally:
        app.close()
