"""Benchmark: the demo build at scale against a plain DB-API executemany of its customer rows.

    python tests/bench/bench_demo.py --subscribers 1000000 --usage-per-customer 1

Both databases are new SQLCipher files with the demo key. Prints wall and CPU seconds per
phase, rows per table, the file size, and the ratio of the build to the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lawfulreq.demo import create_demo_database, generate_password
from lawfulreq.demo.builder import DEMO_NOW, DEMO_SEED
from lawfulreq.demo.bulk import Row, epoch_seconds
from lawfulreq.demo.pools import build_pools
from lawfulreq.demo.subscribers import CUSTOMER_COLUMNS, SubscriberGenerator
from lawfulreq.services.registry import open_services_at
from tests.bench.context import Context, NotBuiltError
from tests.bench.harness import Row as ResultRow
from tests.bench.harness import measured, not_measured


class _CustomerCollector:
    """Stands in for BulkWriter: keeps the customer rows, drops the rest."""

    dialect = "sqlite"

    def __init__(self) -> None:
        self.rows: list[Row] = []

    def insert(self, table: Any, columns: Any, rows: list[Row]) -> None:
        if table.name == "customer":
            self.rows.extend(rows)


def baseline(folder: Path, subscribers: int, usage: int) -> dict[str, float]:
    """The same customer rows, one executemany, into an empty encrypted database."""
    collector = _CustomerCollector()
    generator = SubscriberGenerator(
        collector,  # type: ignore[arg-type]
        build_pools(DEMO_SEED),
        seed=DEMO_SEED,
        now_ts=epoch_seconds(DEMO_NOW),
        usage_per_customer=usage,
    )
    generator.run(subscribers, None)
    services = open_services_at(str(folder / "baseline.db"), create=True, key_mode="demo")
    marks = ", ".join("?" * len(CUSTOMER_COLUMNS))
    sql = f"INSERT INTO customer ({', '.join(CUSTOMER_COLUMNS)}) VALUES ({marks})"
    raw = services.db.engine.raw_connection()
    wall, cpu = time.perf_counter(), time.process_time()
    cursor = raw.cursor()
    cursor.executemany(sql, collector.rows)
    raw.commit()
    result = {
        "wall_s": time.perf_counter() - wall,
        "cpu_s": time.process_time() - cpu,
        "rows": float(len(collector.rows)),
    }
    raw.close()
    services.close()
    return result


def run(ctx: Context) -> list[ResultRow]:
    """Harness part: the largest demo build's time (from the cache: built once), against the
    big one's scaled by size (linear growth would be ratio 1.0)."""
    large, big = ctx.sizes.customers_large, ctx.sizes.customers
    measure = f"demo build, {large:,} customers"
    try:
        built = ctx.database(large)
        small = ctx.database(big)
    except NotBuiltError as missing:
        return [not_measured("build", measure, "", "< 1200 s", str(missing))]
    meta = json.loads(built.path.with_suffix(".json").read_text())
    load = meta.get("load_average", ["?"])[0]
    scaled = small.build_seconds * large / big
    return [
        measured("build", measure, [built.build_seconds],
                 f"the {big:,}-customer build x {large // big}", [scaled], unit="s",
                 max_median=1200.0,
                 note=f"built once, load average {load:.1f} at its end" if load != "?" else "")
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--usage-per-customer", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep the files")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="lawfulreq-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    phases: list[tuple[str, float, float]] = []
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    last = [""]

    def progress(step: str, done: int, total: int) -> None:
        if step != last[0] or done == total:
            last[0] = step
            phases.append(
                (f"{step} {done}/{total}", time.perf_counter() - start_wall,
                 time.process_time() - start_cpu)
            )  # fmt: skip
            print(f"  {phases[-1][1]:7.1f}s wall {phases[-1][2]:7.1f}s cpu  {phases[-1][0]}",
                  file=sys.stderr, flush=True)  # fmt: skip

    try:
        services, summary = create_demo_database(
            str(folder / "demo.db"),
            password=generate_password(),
            subscribers=args.subscribers,
            cases=args.cases,
            usage_per_customer=args.usage_per_customer,
            progress=progress,
        )
        services.close()
        wall = time.perf_counter() - start_wall
        cpu = time.process_time() - start_cpu
        size = (folder / "demo.db").stat().st_size
        report: dict[str, Any] = {
            "subscribers": args.subscribers,
            "usage_per_customer": args.usage_per_customer,
            "build_wall_s": round(wall, 1),
            "build_cpu_s": round(cpu, 1),
            "summary_seconds": round(summary.seconds, 1),
            "file_mb": round(size / 1e6, 1),
            "rows": summary.counts,
            "total_rows": sum(summary.counts.values()),
            "load_average": os.getloadavg(),
        }
        if not args.no_baseline:
            base = baseline(folder, args.subscribers, args.usage_per_customer)
            report["baseline_customer_rows"] = int(base["rows"])
            report["baseline_wall_s"] = round(base["wall_s"], 1)
            report["baseline_cpu_s"] = round(base["cpu_s"], 1)
            report["ratio_build_to_baseline_wall"] = round(wall / base["wall_s"], 2)
            report["ratio_build_to_baseline_cpu"] = round(cpu / base["cpu_s"], 2)
        print(json.dumps(report, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
