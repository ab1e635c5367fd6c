"""Lookup speed per query kind: the service vs raw DB-API running the same SQL, same file.

Run: .venv/bin/python -m tests.bench.bench_lookup DB [QUERIES_PER_KIND] [RUNS]
(defaults: /tmp/lookup1m.db 200 3). DB is a demo database, e.g. made with
`lawfulreq --db /tmp/lookup1m.db demo --subscribers 1000000 --cases 50 --usage-per-customer 1`.

Per value, in alternating order, four timings:
- service: `LookupService.lookup` (parse, purpose check, data query, results, audit event);
- raw: the sqlcipher3 connection itself running the statements the service runs for that
  kind (their exact SQL text, parameters already bound), the audit chain's head read, the
  hash and the audit insert, in one transaction, committed;
- service read / raw read: the same without the audit event (rolled back).
Each run prints p50/p95 per kind; the summary is the median over the runs.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from sqlalchemy import Engine

from lawfulreq.domain.enums import Role
from lawfulreq.errors import ValidationError
from lawfulreq.importers.fields import name_tokens
from lawfulreq.services.base import Actor
from lawfulreq.services.lookup import (
    LookupService,
    LookupSql,
    _bounds,
    _Window,
    ip_values,
    lookup_sql,
    parse_query,
)
from lawfulreq.services.prepared import Prepared, dbapi_transaction
from lawfulreq.services.registry import AppServices, open_services_at
from tests.bench.context import Context, NotBuiltError
from tests.bench.harness import Row, measured, not_measured

# Sample values: (SQL picking them, how a value becomes the query text).
SAMPLES: dict[str, str] = {
    "phone_number": "SELECT number FROM number_assignment WHERE id % 997 = 1 LIMIT ?",
    "imsi": "SELECT imsi FROM sim_card WHERE id % 997 = 1 LIMIT ?",
    "iccid": "SELECT iccid FROM sim_card WHERE id % 991 = 1 LIMIT ?",
    "imei": "SELECT imei FROM device_observation WHERE id % 997 = 1 LIMIT ?",
    "ip": "SELECT ip || CASE WHEN port_start IS NULL THEN '' ELSE ':' || port_start END "
    "FROM ip_assignment WHERE id % 997 = 1 AND ip NOT LIKE '%:%' LIMIT ?",
    "ipv6": "SELECT ip || '1' FROM ip_assignment WHERE id % 97 = 1 AND ip LIKE '%:%' LIMIT ?",
    "iban": "SELECT iban FROM customer WHERE iban IS NOT NULL AND id % 997 = 1 LIMIT ?",
    "email": "SELECT email FROM customer WHERE email IS NOT NULL AND id % 997 = 1 LIMIT ?",
    "postcode_house_number": "SELECT postcode || ' ' || house_number || house_number_suffix "
    "FROM customer_address WHERE id % 997 = 1 LIMIT ?",
    "customer_id": "SELECT customer_ref FROM customer WHERE id % 997 = 1 LIMIT ?",
    # First name plus the start of the last word: "Lize Goud".
    "name": "SELECT name FROM customer WHERE id % 997 = 1 AND kind = 'person' LIMIT ?",
    # One later word's prefix alone ("goudr"): broad, often capped at 200 customers.
    "name_word": "SELECT name FROM customer WHERE id % 991 = 1 AND kind = 'person' LIMIT ?",
}


def query_text(kind: str, value: str) -> str:
    words = value.split()
    if kind == "name":
        return f"{words[0]} {words[-1][:4]}"
    if kind == "name_word":
        return words[-1][:5]
    return value


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[round(0.95 * (len(ordered) - 1))]


class Plan:
    """What the raw side runs for one query: SQL texts with their parameters already bound."""

    def __init__(self, sql: LookupSql, case_ref: str, text: str, now: datetime) -> None:
        parsed = parse_query(text)
        # The service looks up at its clock's "now": the same moment, give or take the run.
        window = _Window(now, now)
        self.case = (sql.case.sql, sql.case.parameters({"ref": case_ref}))
        self.data = self._data(sql, parsed, window)

    def _data(self, sql: LookupSql, parsed: Any, window: _Window) -> tuple[str, Any]:
        kind = parsed.kind.value
        value = parsed.normalised
        statement: Prepared
        values: dict[str, Any] = {"value": value}
        if kind == "phone_number":
            statement = sql.number
        elif kind in ("imsi", "iccid"):
            statement = sql.sim[kind]
        elif kind == "imei":
            statement = sql.imei
        elif kind == "ip":
            network = ipaddress.ip_network(value, strict=False)
            slots, values, _texts = ip_values(network, parsed.port)
            statement = sql.ip[slots]
        else:
            values = dict(_bounds(window))
            if kind == "name":
                statement = sql.customers["name"]
                values |= sql.name_values(name_tokens(value))
            elif kind == "postcode_house_number":
                statement = sql.customers["postcode_house_number"]
                values |= {
                    "postcode": value.split(" ")[0],
                    "house_number": parsed.house_number or "",
                    "suffix": parsed.house_number_suffix or "",
                }
            else:
                column = {"customer_id": "customer_ref"}.get(kind, kind)
                statement = sql.customers[column]
                values["value"] = value
        return statement.sql, statement.parameters(values)


ANCHOR_READ = "SELECT value FROM setting WHERE key = 'audit.anchor'"
ANCHOR_WRITE = (
    "UPDATE setting SET value = ?, updated_at = ?, updated_by = 'audit', version = version + 1 "
    "WHERE key = 'audit.anchor'"
)
AUDIT_INSERT = (
    "INSERT INTO audit_event (id, at, actor, action, case_id, object_type, object_id, reason, "
    "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _seal(key: bytes, body: dict[str, Any]) -> str:
    payload = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


class Raw:
    """The baseline on the plain DB-API connection: same SQL, same audit chain and anchor."""

    def __init__(self, engine: Engine, now: datetime, audit_key: bytes) -> None:
        self.engine = engine
        self.at = now.astimezone(UTC)
        self.at_text = self.at.strftime("%Y-%m-%d %H:%M:%S.%f")
        self.key = audit_key
        self.connection: Any = None
        self.begin: str | None = None

    def timed(self, plan: Plan, text: str, kind: str, *, audit: bool) -> float:
        """Milliseconds for one lookup on the pool's own DB-API connection (the one the
        service just used, so both share its page cache); taking it from the pool is not
        timed."""
        pooled = self.engine.raw_connection()
        try:
            self.connection = pooled.driver_connection
            # With the driver's own transaction handling off, the app opens them explicitly.
            self.begin = "BEGIN IMMEDIATE" if self.connection.isolation_level is None else None
            started = time.perf_counter()
            self.run(plan, text, kind, audit=audit)
            return (time.perf_counter() - started) * 1000
        finally:
            pooled.close()

    def run(self, plan: Plan, text: str, kind: str, *, audit: bool) -> int:
        connection: Any = self.connection
        cur = connection.cursor()
        if self.begin:
            cur.execute(self.begin)
        cur.execute(*plan.case)
        case_id = cur.fetchall()[0][0]
        cur.execute(*plan.data)
        rows = cur.fetchall()
        if not audit:
            self.connection.rollback()
            cur.close()
            return len(rows)
        cur.execute(ANCHOR_READ)
        anchor = json.loads(cur.fetchall()[0][0])
        body = {k: anchor[k] for k in ("last_id", "last_hash", "broken")}
        if not hmac.compare_digest(anchor["mac"], _seal(self.key, body)):
            raise RuntimeError("the audit anchor's seal does not match")
        last_id, last_hash = anchor["last_id"], anchor["last_hash"]
        details = {"query": text, "kind": kind, "results": len(rows)}
        event = {
            "id": last_id + 1,
            "at": self.at.isoformat(timespec="microseconds"),
            "actor": "officer",
            "action": "subscriber.lookup",
            "case_id": case_id,
            "object_type": "lookup",
            "object_id": kind,
            "reason": "",
            "details": details,
            "prev": last_hash,
        }
        canonical = json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        digest = hashlib.sha256(canonical.encode()).hexdigest()
        cur.execute(
            AUDIT_INSERT,
            (last_id + 1, self.at_text, "officer", "subscriber.lookup", case_id, "lookup", kind,
             "", json.dumps(details), last_hash, digest),
        )  # fmt: skip
        head = {"last_id": last_id + 1, "last_hash": digest, "broken": anchor["broken"]}
        cur.execute(
            ANCHOR_WRITE, (json.dumps({**head, "mac": _seal(self.key, head)}), self.at_text)
        )
        self.connection.commit()
        cur.close()
        return len(rows)


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def service_read(service: LookupService, sql: LookupSql, case_ref: str, text: str) -> None:
    """The service's read path without the audit event: parse, check, query, build results."""
    query = parse_query(text)
    window = service._window(None, None, None, usage=False)
    with dbapi_transaction(service._db.engine) as cursor:
        service._check_case(cursor, sql, case_ref, usage=False)
        service._subscribers(cursor, sql, query, window)
        cursor.connection.rollback()


COLUMNS = ("cold p95", "svc p50", "svc p95", "raw p50", "raw p95", "ratio", "rd svc", "rd raw",
           "rd ratio")  # fmt: skip


def _line(kind: str, values: list[float]) -> str:
    return f"{kind:<22}" + "".join(f" {v:>8.3f}" for v in values)


@dataclass(frozen=True)
class Bench:
    service: LookupService
    sql: LookupSql
    raw: Raw
    officer: Actor
    case_ref: str


def measure(bench: Bench, texts: list[str], plans: list[Plan]) -> list[float]:
    """One run over one kind's values: the figures in COLUMNS order."""
    cold, buckets = samples(bench, texts, plans)
    _c50, c95 = percentiles(cold)
    s50, s95 = percentiles(buckets[0])
    r50, r95 = percentiles(buckets[1])
    rs50, _ = percentiles(buckets[2])
    rr50, _ = percentiles(buckets[3])
    return [c95, s50, s95, r50, r95, s50 / r50, rs50, rr50, rs50 / rr50]


def samples(
    bench: Bench, texts: list[str], plans: list[Plan]
) -> tuple[list[float], list[list[float]]]:
    """Milliseconds per value: cold calls, then [service, raw, service read, raw read]."""
    detected = parse_query(texts[0]).kind.value
    lookup = partial(bench.service.lookup, bench.officer, bench.case_ref)
    cold: list[float] = []
    buckets: list[list[float]] = [[], [], [], []]
    for index, (text, plan) in enumerate(zip(texts, plans, strict=True)):
        # The first call on a value pays for reading its pages: kept apart as "cold".
        cold.append(timed(partial(lookup, text)))
        steps: list[Callable[[], float]] = [
            partial(timed, partial(lookup, text)),
            partial(bench.raw.timed, plan, text, detected, audit=True),
            partial(timed, partial(service_read, bench.service, bench.sql, bench.case_ref, text)),
            partial(bench.raw.timed, plan, text, detected, audit=False),
        ]
        # Rotate which side runs first, so neither always finds the other's warm cache.
        for step in range(4):
            position = (step + index) % 4
            buckets[position].append(steps[position]())
    return cold, buckets


def open_bench(path: str) -> tuple[AppServices, Bench]:
    services = open_services_at(path)
    service = services.lookup
    engine = services.db.engine
    sql = lookup_sql(engine.dialect)
    with engine.connect() as conn:
        user_id = conn.exec_driver_sql("SELECT id FROM app_user WHERE username = 'officer'")
        officer = Actor(int(user_id.scalar_one()), "officer", Role.OFFICER)
    case_ref = service.cases(officer)[0].ref
    raw = Raw(engine, services.clock(), services.db.audit_key)
    return services, Bench(service, sql, raw, officer, case_ref)


def values(services: AppServices, bench: Bench, kind: str, count: int, skip: int) -> list[str]:
    """`count` query texts of one kind, taken after the first `skip` (so each run is cold)."""
    pooled = services.db.engine.raw_connection()
    try:
        cursor = pooled.cursor()
        found = cursor.execute(SAMPLES[kind], (count + skip,)).fetchall()[skip:]
        cursor.close()
    finally:
        pooled.close()
    return [text for r in found if _parses(text := query_text(kind, r[0]))]


def _parses(text: str) -> bool:
    """Whether the lookup takes the text at all: a last word like the "Es" of "van Es" is a
    name_word sample the parser refuses as too broad (met on the 10,000,000 database)."""
    try:
        parse_query(text)
    except ValidationError:
        return False
    return True


def cpu_ratio(bench: Bench, texts: list[str], plans: list[Plan]) -> float:
    """Median thread CPU time of the service over the raw side's, same values: unlike wall
    time, not stretched by other processes taking the CPU away (a 6 ms call is interrupted
    on a busy machine far more often than a 0.5 ms one)."""
    lookup = partial(bench.service.lookup, bench.officer, bench.case_ref)
    kind = parse_query(texts[0]).kind.value
    ours: list[float] = []
    raw: list[float] = []
    for text, plan in zip(texts, plans, strict=True):
        started = time.thread_time()
        lookup(text)
        ours.append(time.thread_time() - started)
        started = time.thread_time()
        bench.raw.timed(plan, text, kind, audit=True)
        raw.append(time.thread_time() - started)
    return statistics.median(ours) / max(statistics.median(raw), 1e-9)


def run(ctx: Context) -> list[Row]:
    """Harness part: every lookup kind, service vs raw SQL, on the big and the largest database."""
    rows: list[Row] = []
    for customers, p95_limit, ratio_limit in (
        (ctx.sizes.customers, 20.0, 2.0),
        (ctx.sizes.customers_large, 5.0, None),
    ):
        try:
            found = ctx.database(customers)
        except NotBuiltError as missing:
            rows += [
                not_measured(
                    "lookup",
                    f"lookup {kind}, {customers:,} customers",
                    "raw SQL",
                    f"p95 < {p95_limit:g} ms",
                    str(missing),
                )
                for kind in SAMPLES
            ]
            continue
        services, bench = open_bench(str(found.path))
        try:
            for kind in SAMPLES:
                texts = values(services, bench, kind, ctx.sizes.lookups_per_kind, skip=0)
                if not texts:
                    rows.append(not_measured("lookup", f"lookup {kind}, {customers:,} customers",
                                             "raw SQL", "", "no sample values"))  # fmt: skip
                    continue
                plans = [Plan(bench.sql, bench.case_ref, t, services.clock()) for t in texts]
                bench.service.lookup(bench.officer, bench.case_ref, texts[0])  # compile
                _cold, buckets = samples(bench, texts, plans)
                rows.append(
                    measured(
                        "lookup",
                        f"lookup {kind}, {customers:,} customers",
                        buckets[0],
                        "raw SQL, same statements + audit event",
                        buckets[1],
                        max_p95=p95_limit,
                        max_ratio=ratio_limit,
                        note=f"CPU-time ratio {cpu_ratio(bench, texts, plans):.2f}x",
                    )
                )
        finally:
            services.close()
    return rows


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/lookup1m.db"
    per_kind = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    services = open_services_at(path)
    service = services.lookup
    engine = services.db.engine
    sql = lookup_sql(engine.dialect)
    with engine.connect() as conn:
        user_id = conn.exec_driver_sql("SELECT id FROM app_user WHERE username = 'officer'")
        officer = Actor(int(user_id.scalar_one()), "officer", Role.OFFICER)
    case_ref = service.cases(officer)[0].ref
    raw = Raw(engine, services.clock(), services.db.audit_key)
    bench = Bench(service, sql, raw, officer, case_ref)
    header = f"{'kind':<22}" + "".join(f" {c:>8}" for c in COLUMNS)
    figures: dict[str, list[list[float]]] = {kind: [] for kind in SAMPLES}
    for run in range(1, runs + 1):
        print(f"run {run} (ms): load average {os.getloadavg()[0]:.1f}\n{header}", flush=True)
        for kind, sample_sql in SAMPLES.items():
            # Each run takes other values, so "cold" stays cold.
            pooled = engine.raw_connection()
            cursor = pooled.cursor()
            found = cursor.execute(sample_sql, (per_kind * run,)).fetchall()[-per_kind:]
            texts = [query_text(kind, r[0]) for r in found]
            plans = [Plan(sql, case_ref, text, services.clock()) for text in texts]
            cursor.close()
            pooled.close()
            service.lookup(officer, case_ref, texts[0])  # compile this kind's statements
            figures[kind].append(measure(bench, texts, plans))
            print(_line(kind, figures[kind][-1]), flush=True)
    print(f"\nmedian of {runs} runs (ms; ratio = service p50 / raw p50; rd = without audit)")
    print(header)
    for kind, rows in figures.items():
        print(_line(kind, [statistics.median(r[i] for r in rows) for i in range(len(COLUMNS))]))
    print(f"(load average at the end {os.getloadavg()[0]:.1f})")
    services.close()


if __name__ == "__main__":
    main()
