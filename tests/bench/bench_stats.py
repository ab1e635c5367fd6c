"""Benchmark: transparency statistics over 100,000 cases, beside the raw SQL of the same grouping.

    python tests/bench/bench_stats.py --cases 100000 --runs 5

A new SQLCipher file (demo key) gets N cases written straight into the tables: spread over
2026, 23 bases, 1-3 identifiers each, a fifth closed and a fifth disclosed with decided items.
Then, in one run:

- first: the first `StatisticsService.statistics` call, which computes every case's row;
- service: the same call again (rows current: the stale check plus the grouping), median of N;
- raw_rows: the same GROUP BY over `case_statistic` on a bare DB-API cursor, median of N;
- raw_current: the service's "every row current?" check (two covering-index sums) on the bare
  cursor; raw_rows + raw_current is the work the service does when nothing changed, without
  SQLAlchemy and Python; raw_stale: the per-case check it falls back to after a change;
- raw_cases: the grouping straight over demand_case ⋈ legal_basis_version ⋈ authority (status,
  not the outcome rule), median of N: what the numbers would cost without the statistics rows.

Prints one JSON document; the target is service < 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from lawfulreq.clock import fixed_clock
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import (
    Authority,
    CaseTarget,
    CaseTransition,
    DemandCase,
    Disclosure,
    DisclosureItem,
    LegalBasisVersion,
)
from lawfulreq.services.registry import AppServices, open_services
from tests.bench.context import Context
from tests.bench.harness import Row, measured

NOW = datetime(2027, 1, 15, 9, 0, tzinfo=UTC)
START = datetime(2026, 1, 1, tzinfo=UTC)
STATES = ("received", "under_review", "approved", "disclosed", "closed", "rejected", "withdrawn")
AUTHORITIES = ("police", "prosecutor", "intelligence", "tax", "supervisor", "emergency", "foreign")
DECISIONS = ("produce", "produce", "not_available", "withhold")

RAW_ROWS = (
    "SELECT basis_code, publishable, authority_type, primary_category, outcome, emergency, "
    "preservation, COUNT(*), SUM(identifiers) FROM case_statistic "
    "WHERE received_on >= ? AND received_on <= ? "
    "GROUP BY basis_code, publishable, authority_type, primary_category, outcome, emergency, "
    "preservation"
)
RAW_STALE = (
    "SELECT c.id FROM demand_case c WHERE NOT EXISTS (SELECT 1 FROM case_statistic s "
    "INDEXED BY ix_case_statistic_case_version "
    "WHERE s.case_id = c.id AND s.case_version = c.version)"
)
RAW_CURRENT = (
    "SELECT (SELECT count(*) FROM demand_case), (SELECT sum(version) FROM demand_case), "
    "(SELECT count(*) FROM case_statistic WHERE case_id IS NOT NULL AND case_version IS NOT NULL), "
    "(SELECT sum(case_version) FROM case_statistic WHERE case_id IS NOT NULL)"
)
RAW_CASES = (
    "SELECT b.code, b.publishable, a.type, c.status, c.emergency, COUNT(*) "
    "FROM demand_case c JOIN legal_basis_version b ON b.id = c.legal_basis_id "
    "JOIN authority a ON a.id = c.authority_id "
    "WHERE c.received_at >= ? AND c.received_at < ? "
    "GROUP BY b.code, b.publishable, a.type, c.status, c.emergency"
)


def populate(app: AppServices, count: int, user_id: int) -> None:
    with app.db.sessions.begin() as session:
        authorities = []
        for kind in AUTHORITIES:
            row = Authority(name=f"Bench {kind}", type=kind)
            session.add(row)
            session.flush()
            authorities.append(row.id)
        bases = [
            (b.id, b.allowed_categories)
            for b in session.scalars(
                select(LegalBasisVersion).where(LegalBasisVersion.current.is_(True))
            )
        ]
    conn_rows: dict[str, list[dict[str, Any]]] = {"case": [], "target": [], "moves": []}
    span = (NOW - START).total_seconds() - 86400 * 15
    for i in range(1, count + 1):
        basis_id, categories = bases[i % len(bases)]
        received = START + timedelta(seconds=span * i / count)
        conn_rows["case"].append(
            {
                "id": i,
                "ref": f"LR-B-{i:07d}",
                "status": STATES[i % len(STATES)],
                "authority_id": authorities[i % len(authorities)],
                "issuer_role": "prosecutor",
                "legal_basis_id": basis_id,
                "authority_reference": "",
                "parket_number": "",
                "channel": "written",
                "received_at": received,
                "due_at": received + timedelta(days=7),
                "rc_judge": "",
                "data_categories": list(categories[: 1 + i % 3]),
                "emergency": i % 50 == 0,
                "emergency_reason": "",
                "notes": "",
                "paused_seconds": 0,
                "created_at": received,
                "created_by": user_id,
                "updated_at": received,
                "version": 1,
            }
        )
        for position in range(1 + i % 3):
            conn_rows["target"].append(
                {
                    "case_id": i,
                    "position": position,
                    "kind": "phone_number",
                    "raw": f"+316{i:08d}"[:12],
                    "normalised": f"+316{(i * 3 + position) % 10**8:08d}",
                    "valid": True,
                    "problem": "",
                }
            )
        if STATES[i % len(STATES)] == "closed":
            conn_rows["moves"].append(
                {
                    "case_id": i,
                    "from_status": ("disclosed", "rejected", "withdrawn")[i % 3],
                    "to_status": "closed",
                    "reason": "",
                    "by_user": user_id,
                    "at": received + timedelta(days=3),
                }
            )
    with app.db.sessions.begin() as session:
        session.execute(insert(DemandCase), conn_rows["case"])
        session.execute(insert(CaseTarget), conn_rows["target"])
        session.execute(insert(CaseTransition), conn_rows["moves"])
        disclosures = [
            {
                "id": n,
                "case_id": c["id"],
                "status": "delivered",
                "created_at": c["received_at"],
                "delivery_channel": "",
                "version": 1,
            }
            for n, c in enumerate(
                (c for c in conn_rows["case"] if c["status"] in ("disclosed", "closed")), start=1
            )
        ]
        session.execute(insert(Disclosure), disclosures)
        items = [
            {
                "disclosure_id": d["id"],
                "category": "subscriber",
                "decision": DECISIONS[(d["id"] + k) % len(DECISIONS)],
                "reason": "",
                "data": {},
                "added_by": user_id,
                "added_at": d["created_at"],
            }
            for d in disclosures
            for k in range(1 + d["id"] % 2)
        ]
        session.execute(insert(DisclosureItem), items)


def timed(func: Callable[[], Any], runs: int) -> tuple[float, list[float], Any]:
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - began)
    return statistics.median(times), times, result


def run(ctx: Context) -> list[Row]:
    """Harness part: statistics over N cases (rows current) vs raw SQL grouping."""
    password = "Bench-" + os.urandom(8).hex()
    app = open_services(DatabaseTarget(url="", sqlite_path=ctx.tmp / "stats.db"), create=True,
                        key_mode="demo", clock=fixed_clock(NOW))  # fmt: skip
    try:
        fg = app.users.create_first_admin("fg", password, "FG")
        actor = app.users.login(fg.username, password)
        populate(app, ctx.sizes.cases, actor.user_id)
        first = time.perf_counter()
        stats = app.statistics.statistics(actor, "2026")
        first_seconds = time.perf_counter() - first
        raw = app.db.engine.raw_connection()
        cursor = raw.cursor()
        moments = (
            f"{stats.period.start.isoformat()} 00:00:00",
            f"{(stats.period.end + timedelta(days=1)).isoformat()} 00:00:00",
        )
        ours: list[float] = []
        base: list[float] = []
        for _ in range(ctx.sizes.runs):
            began = time.perf_counter()
            app.statistics.statistics(actor, "2026")
            ours.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            cursor.execute(RAW_CASES, moments).fetchall()
            base.append((time.perf_counter() - began) * 1000)
        raw.close()
    finally:
        app.close()
    return [
        measured("stats", f"statistics over {ctx.sizes.cases:,} cases (rows current)", ours,
                 "raw SQL grouping over the cases", base, max_median=500.0,
                 note=f"first call, computing every case's row: {first_seconds:.1f} s")
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--period", default="2026")
    args = parser.parse_args()
    password = "Bench-" + os.urandom(8).hex()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        app = open_services(
            DatabaseTarget(url="", sqlite_path=path),
            create=True,
            key_mode="demo",
            clock=fixed_clock(NOW),
        )
        fg = app.users.create_first_admin("fg", password, "FG")
        actor = app.users.login(fg.username, password)
        began = time.perf_counter()
        populate(app, args.cases, actor.user_id)
        load = time.perf_counter() - began

        began = time.perf_counter()
        first = app.statistics.statistics(actor, args.period)
        first_seconds = time.perf_counter() - began
        service, service_runs, stats = timed(
            lambda: app.statistics.statistics(actor, args.period), args.runs
        )
        identifier, _, by_identifier = timed(
            lambda: app.statistics.statistics(actor, args.period, "identifier"), args.runs
        )
        raw = app.db.engine.raw_connection()
        cursor = raw.cursor()
        bounds = (stats.period.start.isoformat(), stats.period.end.isoformat())
        raw_rows, raw_rows_runs, grouped = timed(
            lambda: cursor.execute(RAW_ROWS, bounds).fetchall(), args.runs
        )
        raw_stale, _, _ = timed(lambda: cursor.execute(RAW_STALE).fetchall(), args.runs)
        raw_current, _, _ = timed(lambda: cursor.execute(RAW_CURRENT).fetchall(), args.runs)
        moments = (
            f"{stats.period.start.isoformat()} 00:00:00",
            f"{(stats.period.end + timedelta(days=1)).isoformat()} 00:00:00",
        )
        raw_cases, raw_cases_runs, _ = timed(
            lambda: cursor.execute(RAW_CASES, moments).fetchall(), args.runs
        )
        raw.close()
        assert first.as_json() == stats.as_json()
        raw_total = sum(r[7] for r in grouped if not r[6])
        assert raw_total == stats.total, (raw_total, stats.total)
        report = {
            "cases": args.cases,
            "period": stats.period.label,
            "total": stats.total,
            "identifiers": by_identifier.total,
            "preservation": stats.preservation,
            "load_seconds": round(load, 2),
            "first_call_seconds": round(first_seconds, 3),
            "service_median_seconds": round(service, 4),
            "service_runs": [round(t, 4) for t in service_runs],
            "service_identifier_median_seconds": round(identifier, 4),
            "raw_rows_median_seconds": round(raw_rows, 4),
            "raw_rows_runs": [round(t, 4) for t in raw_rows_runs],
            "raw_stale_check_median_seconds": round(raw_stale, 4),
            "raw_current_check_median_seconds": round(raw_current, 4),
            "raw_same_work_seconds": round(raw_current + raw_rows, 4),
            "ratio_service_to_raw_same_work": round(service / (raw_current + raw_rows), 2),
            "raw_cases_median_seconds": round(raw_cases, 4),
            "raw_cases_runs": [round(t, 4) for t in raw_cases_runs],
            "ratio_service_to_raw_rows": round(service / raw_rows, 2),
            "ratio_service_to_raw_cases": round(service / raw_cases, 2),
            "target_met": service < 0.5,
        }
        app.close()
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0 if report["target_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
