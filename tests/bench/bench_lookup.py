"""Lookup speed per query kind: the service vs the raw SQL doing the same work, same file.

Run: .venv/bin/python -m tests.bench.bench_lookup [SUBSCRIBERS] [QUERIES_PER_KIND]
(default 1000000 200). The database comes from lawfulreq.demo.build_demo.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lawfulreq.clock import fixed_clock
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.demo.builder import DEMO_NOW, build_demo, generate_password
from lawfulreq.services.registry import open_services

SAMPLES = {
    "phone_number": "SELECT number FROM number_assignment WHERE id % 997 = 1 LIMIT ?",
    "imsi": "SELECT imsi FROM sim_card WHERE id % 997 = 1 LIMIT ?",
    "iccid": "SELECT iccid FROM sim_card WHERE id % 991 = 1 LIMIT ?",
    "imei": "SELECT imei FROM device_observation WHERE id % 997 = 1 LIMIT ?",
    "ip": "SELECT ip || CASE WHEN port_start IS NULL THEN '' ELSE ':' || port_start END "
    "FROM ip_assignment WHERE id % 997 = 1 AND ip NOT LIKE '%:%' LIMIT ?",
    "ipv6": "SELECT ip FROM ip_assignment WHERE id % 97 = 1 AND ip LIKE '%:%' LIMIT ?",
    "iban": "SELECT iban FROM customer WHERE iban IS NOT NULL AND id % 997 = 1 LIMIT ?",
    "email": "SELECT email FROM customer WHERE email IS NOT NULL AND id % 997 = 1 LIMIT ?",
    "postcode_house_number": "SELECT postcode || ' ' || house_number FROM customer_address "
    "WHERE id % 997 = 1 AND house_number_suffix = '' LIMIT ?",
    "customer_id": "SELECT customer_ref FROM customer WHERE id % 997 = 1 LIMIT ?",
    "name": "SELECT substr(name, 1, 6) FROM customer WHERE id % 997 = 1 LIMIT ?",
}

CUSTOMER = "c.id, c.customer_ref, c.name, c.kind, c.directory_listed"
ADDRESS = (
    "SELECT customer_id, street, house_number, house_number_suffix, postcode, town, country, "
    "valid_from, valid_to FROM customer_address WHERE customer_id IN ({})"
)


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values)


def raw_lookup(cur: Any, kind: str, value: str, case_ref: str, now: str) -> int:
    """The same statements the service runs, straight on the DB-API cursor, audit included."""
    cur.execute(
        "SELECT c.id, c.status, b.code, b.allowed_categories FROM demand_case c "
        "JOIN legal_basis_version b ON c.legal_basis_id = b.id WHERE c.ref = ?",
        (case_ref,),
    )
    case_id = cur.fetchone()[0]
    if kind == "phone_number":
        cur.execute(
            f"SELECT n.valid_from, n.valid_to, n.service_type, {CUSTOMER} FROM number_assignment n "
            "JOIN customer c ON c.id = n.customer_id WHERE n.number = ? ORDER BY n.valid_from",
            (value,),
        )
    elif kind in ("imsi", "iccid"):
        cur.execute(
            f"SELECT s.iccid, s.imsi, s.valid_from, s.valid_to, {CUSTOMER} FROM sim_card s "
            f"JOIN customer c ON c.id = s.customer_id WHERE s.{kind} = ? ORDER BY s.valid_from",
            (value,),
        )
    elif kind == "imei":
        cur.execute(
            "SELECT imsi, first_seen, last_seen FROM device_observation WHERE imei = ? "
            "ORDER BY first_seen",
            (value,),
        )
        imsis = sorted({r[0] for r in cur.fetchall()})
        cur.execute(
            f"SELECT s.imsi, s.valid_from, s.valid_to, {CUSTOMER} FROM sim_card s "
            f"JOIN customer c ON c.id = s.customer_id WHERE s.imsi IN ({_marks(imsis)})",
            imsis,
        )
    elif kind in ("ip", "ipv6"):
        address = value.rsplit(":", 1)[0] if kind == "ip" and ":" in value else value
        net = ipaddress.ip_network(address, strict=False)
        candidates = sorted(
            {
                net.supernet(new_prefix=n).network_address.compressed
                for n in range(net.prefixlen + 1)
            }
        )
        cur.execute(
            f"SELECT i.ip, i.prefix_length, i.port_start, i.port_end, i.valid_from, i.valid_to, "
            f"{CUSTOMER} FROM ip_assignment i JOIN customer c ON c.id = i.customer_id "
            f"WHERE i.ip IN ({_marks(candidates)}) ORDER BY i.valid_from",
            candidates,
        )
    else:
        if kind == "name":
            where, params = "c.name_key >= ? AND c.name_key < ?", [value, value + "\U0010ffff"]
        elif kind == "postcode_house_number":
            postcode, number = value.split(" ")
            where = (
                "c.id IN (SELECT customer_id FROM customer_address WHERE postcode = ? AND "
                "house_number = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?))"
            )
            params = [postcode, number, now, now]
        else:
            column = {"iban": "iban", "email": "email", "customer_id": "customer_ref"}[kind]
            where, params = f"c.{column} = ?", [value]
        cur.execute(f"SELECT {CUSTOMER} FROM customer c WHERE {where} LIMIT 201", params)
        ids = [r[0] for r in cur.fetchall()]
        cur.execute(
            "SELECT customer_id, number, service_type, valid_from, valid_to FROM number_assignment "
            f"WHERE customer_id IN ({_marks(ids)}) AND valid_from <= ? "
            "AND (valid_to IS NULL OR valid_to > ?)",
            [*ids, now, now],
        )
    rows = cur.fetchall()
    ids = sorted({r[0] for r in rows if isinstance(r[0], int)}) or [0]
    cur.execute(ADDRESS.format(_marks(ids)), ids)
    cur.fetchall()
    cur.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
    last_id, last_hash = cur.fetchone()
    details = json.dumps({"query": value, "kind": kind, "results": len(rows)})
    digest = hashlib.sha256((last_hash + details).encode()).hexdigest()
    cur.execute(
        "INSERT INTO audit_event (id, at, actor, action, case_id, object_type, object_id, reason, "
        "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (last_id + 1, now, "officer", "subscriber.lookup", case_id, "lookup", kind, "", details,
         last_hash, digest),
    )  # fmt: skip
    cur.connection.commit()
    return len(rows)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    subscribers = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    per_kind = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    os.environ.setdefault("LAWFULREQ_DB_PASSPHRASE", "bench-" + uuid.uuid4().hex)
    with tempfile.TemporaryDirectory(prefix="lawfulreq-bench-lookup-") as tmp:
        target = DatabaseTarget("", Path(tmp) / "bench.db")
        services = open_services(target, create=True, clock=fixed_clock(DEMO_NOW))
        password = generate_password()
        started = time.perf_counter()
        build_demo(services, subscribers=subscribers, cases=20, password=password)
        print(f"demo database with {subscribers} subscribers in "
              f"{time.perf_counter() - started:.0f} s", flush=True)  # fmt: skip
        officer = services.users.login("officer", password)
        case_ref = services.lookup.cases(officer)[0].ref
        raw = services.db.engine.raw_connection()
        cur = raw.cursor()
        now = DEMO_NOW.astimezone().strftime("%Y-%m-%d %H:%M:%S.%f")
        print(f"{'kind':<22} {'n':>4} {'svc p50':>8} {'svc p95':>8} {'raw p50':>8} "
              f"{'raw p95':>8} {'ratio p50':>9} {'ratio p95':>9}")  # fmt: skip
        for kind, sample_sql in SAMPLES.items():
            values = [r[0] for r in cur.execute(sample_sql, (per_kind,)).fetchall()]
            if not values:
                print(f"{kind:<22} no sample data")
                continue
            service_ms = [
                timed(lambda v=v: services.lookup.lookup(officer, case_ref, v)) for v in values
            ]
            detected = [services.lookup.lookup(officer, case_ref, v).query for v in values[:1]]
            raw_kind = "ipv6" if kind == "ipv6" else detected[0].kind.value
            normalised = [
                services.lookup.lookup(officer, case_ref, v).query.normalised
                if raw_kind not in ("ip", "ipv6")
                else v
                for v in values
            ]
            raw_ms = [
                timed(lambda v=v, k=raw_kind: raw_lookup(cur, k, v, case_ref, now))
                for v in normalised
            ]
            s50, s95 = percentiles(service_ms)
            r50, r95 = percentiles(raw_ms)
            print(f"{kind:<22} {len(values):>4} {s50:>8.2f} {s95:>8.2f} {r50:>8.2f} {r95:>8.2f} "
                  f"{s50 / r50:>9.2f} {s95 / r95:>9.2f}", flush=True)  # fmt: skip
        print(f"(ms; load average {os.getloadavg()[0]:.1f})")
        raw.close()
        services.close()


if __name__ == "__main__":
    main()
