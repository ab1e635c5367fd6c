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
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from lawfulreq.domain.enums import Role
from lawfulreq.services.base import Actor
from lawfulreq.services.lookup import (
    IPV4_SLOTS,
    IPV6_SLOTS,
    LookupService,
    LookupSql,
    Prepared,
    _bounds,
    lookup_sql,
    parse_query,
)
from lawfulreq.services.registry import open_services_at

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

    def __init__(self, sql: LookupSql, service: LookupService, case_ref: str, text: str) -> None:
        parsed = parse_query(text)
        window = service._window(None, None, None, usage=False)
        self.case = (sql.case.sql, sql.case.parameters({"ref": case_ref}))
        self.data = self._data(sql, parsed, window)

    @staticmethod
    def _data(sql: LookupSql, parsed: Any, window: Any) -> tuple[str, Any]:
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
            import ipaddress

            network = ipaddress.ip_network(value, strict=False)
            candidates = [
                network.supernet(new_prefix=n).network_address.compressed
                for n in range(network.prefixlen + 1)
            ]
            slots = IPV4_SLOTS if network.version == 4 else IPV6_SLOTS
            statement = sql.ip[slots]
            values = {f"ip{i}": candidates[min(i, len(candidates) - 1)] for i in range(slots)}
        else:
            values = dict(_bounds(window))
            if kind == "name":
                from lawfulreq.importers.fields import name_tokens

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


AUDIT_HEAD = "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
AUDIT_INSERT = (
    "INSERT INTO audit_event (id, at, actor, action, case_id, object_type, object_id, reason, "
    "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class Raw:
    """The baseline on the plain DB-API connection."""

    def __init__(self, connection: Any, now: datetime) -> None:
        self.connection = connection
        self.cursor = connection.cursor()
        # With the driver's own transaction handling off, the app opens them explicitly.
        self.begin = "BEGIN IMMEDIATE" if connection.isolation_level is None else None
        self.at = now.astimezone(UTC)
        self.at_text = self.at.strftime("%Y-%m-%d %H:%M:%S.%f")

    def run(self, plan: Plan, text: str, kind: str, *, audit: bool) -> int:
        cur = self.cursor
        if self.begin:
            cur.execute(self.begin)
        cur.execute(*plan.case)
        case_id = cur.fetchall()[0][0]
        cur.execute(*plan.data)
        rows = cur.fetchall()
        if not audit:
            self.connection.rollback()
            return len(rows)
        cur.execute(AUDIT_HEAD)
        last_id, last_hash = cur.fetchall()[0]
        details = {"query": text, "kind": kind, "results": len(rows)}
        body = {
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
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        digest = hashlib.sha256(canonical.encode()).hexdigest()
        cur.execute(
            AUDIT_INSERT,
            (last_id + 1, self.at_text, "officer", "subscriber.lookup", case_id, "lookup", kind,
             "", json.dumps(details), last_hash, digest),
        )  # fmt: skip
        self.connection.commit()
        return len(rows)


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def service_read(service: LookupService, sql: LookupSql, case_ref: str, text: str) -> None:
    """The service's read path without the audit event: parse, check, query, build results."""
    query = parse_query(text)
    window = service._window(None, None, None, usage=False)
    with service._db.engine.connect() as conn, conn.begin() as transaction:
        cursor = conn.connection.cursor()
        service._check_case(cursor, sql, case_ref, usage=False)
        service._subscribers(cursor, sql, query, window)
        cursor.close()
        transaction.rollback()


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
    raw_connection = engine.raw_connection()
    driver = raw_connection.driver_connection
    raw = Raw(driver, services.clock())
    samples: dict[str, list[str]] = {}
    for kind, sample_sql in SAMPLES.items():
        found = raw.cursor.execute(sample_sql, (per_kind,)).fetchall()
        samples[kind] = [query_text(kind, r[0]) for r in found]
    plans = {
        kind: [Plan(sql, service, case_ref, text) for text in texts]
        for kind, texts in samples.items()
    }
    figures: dict[str, list[tuple[float, ...]]] = {kind: [] for kind in samples}
    for run in range(1, runs + 1):
        print(f"run {run}: load average {os.getloadavg()[0]:.1f}", flush=True)
        print(f"{'kind':<22} {'n':>4} {'svc p50':>8} {'svc p95':>8} {'raw p50':>8} "
              f"{'raw p95':>8} {'ratio':>6} {'rd svc':>7} {'rd raw':>7} {'rd ratio':>8}")  # fmt: skip
        for kind, texts in samples.items():
            detected = parse_query(texts[0]).kind.value
            service.lookup(officer, case_ref, texts[0])  # warm the compiled statements
            full_s, full_r, read_s, read_r = [], [], [], []
            for index, (text, plan) in enumerate(zip(texts, plans[kind], strict=True)):
                steps = [
                    (full_s, lambda t=text: service.lookup(officer, case_ref, t)),
                    (full_r, lambda p=plan, t=text: raw.run(p, t, detected, audit=True)),
                    (read_s, lambda t=text: service_read(service, sql, case_ref, t)),
                    (read_r, lambda p=plan, t=text: raw.run(p, t, detected, audit=False)),
                ]
                if index % 2:
                    steps.reverse()
                for bucket, call in steps:
                    bucket.append(timed(call))
            s50, s95 = percentiles(full_s)
            r50, r95 = percentiles(full_r)
            rs50, _ = percentiles(read_s)
            rr50, _ = percentiles(read_r)
            figures[kind].append((s50, s95, r50, r95, s50 / r50, rs50, rr50, rs50 / rr50))
            print(f"{kind:<22} {len(texts):>4} {s50:>8.3f} {s95:>8.3f} {r50:>8.3f} {r95:>8.3f} "
                  f"{s50 / r50:>6.2f} {rs50:>7.3f} {rr50:>7.3f} {rs50 / rr50:>8.2f}", flush=True)  # fmt: skip
    print(f"\nmedian of {runs} runs (ms; ratio = service p50 / raw p50)")
    print(f"{'kind':<22} {'svc p50':>8} {'svc p95':>8} {'raw p50':>8} {'raw p95':>8} "
          f"{'ratio':>6} {'rd svc':>7} {'rd raw':>7} {'rd ratio':>8}")  # fmt: skip
    for kind, rows in figures.items():
        m = [statistics.median(r[i] for r in rows) for i in range(8)]
        print(f"{kind:<22} {m[0]:>8.3f} {m[1]:>8.3f} {m[2]:>8.3f} {m[3]:>8.3f} {m[4]:>6.2f} "
              f"{m[5]:>7.3f} {m[6]:>7.3f} {m[7]:>8.2f}")  # fmt: skip
    print(f"(load average at the end {os.getloadavg()[0]:.1f})")
    raw.cursor.close()
    raw_connection.close()
    services.close()


if __name__ == "__main__":
    main()
