"""Every benchmark of issue 18 in one run: `python -m tests.bench [--quick] [--out FILE]`.

Runs each part on generated data (the 1,000,000- and 10,000,000-customer demo databases are
built once and cached, see tests/bench/data.py), then writes a JSON file (default
`bench-results/bench.json`, or `bench-quick.json` with --quick) and prints the table: median,
p95, the baseline measured in the same run, the ratio of the medians, the target, met or not.

--quick: small data (2,000 and 20,000 customers, 3,000 cases, ...), a few runs, no frozen
build; under three minutes once its two small databases are cached (on an idle machine).
tests/bench/test_harness.py runs it in the suite (slow; CI runs it) so the harness cannot rot.
--only PART[,PART]: run some parts (startup, lookup, build, import, cases, report, audit, stats,
memory, frozen). Run it offscreen: QT_QPA_PLATFORM=offscreen (set here when missing).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.bench.context import Context, Sizes
from tests.bench.harness import Row, machine, not_measured, table, write

PARTS = ("startup", "lookup", "build", "import", "cases", "report", "audit", "stats", "memory",
         "frozen")  # fmt: skip


def _part(name: str) -> Callable[[Context], list[Row]]:
    # Imported when run: each part pulls in what it measures.
    from importlib import import_module

    module = {
        "startup": "bench_startup",
        "lookup": "bench_lookup",
        "build": "bench_demo",
        "import": "bench_import",
        "cases": "bench_case_table",
        "report": "bench_report",
        "audit": "bench_audit",
        "stats": "bench_stats",
        "memory": "bench_memory",
        "frozen": "bench_frozen",
    }[name]
    run: Callable[[Context], list[Row]] = import_module(f"tests.bench.{module}").run
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data, a few runs (CI)")
    parser.add_argument("--out", type=Path, help="the JSON file (default bench-results/...)")
    parser.add_argument(
        "--no-build",
        action="store_true",
        help="report a database not cached yet instead of building it",
    )
    parser.add_argument("--only", help="comma-separated parts: " + ", ".join(PARTS))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The frozen build takes minutes to make (packaging/build_linux.sh): not in --quick.
    default = [p for p in PARTS if p != "frozen"] if args.quick else list(PARTS)
    parts = args.only.split(",") if args.only else default
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"unknown parts: {', '.join(unknown)}")
    out = args.out or Path("bench-results") / ("bench-quick.json" if args.quick else "bench.json")
    sizes = Sizes.quick() if args.quick else Sizes.full()
    started = time.perf_counter()
    load_before = os.getloadavg()
    rows: list[Row] = []
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="lawfulreq-bench-") as tmp:
        ctx = Context(sizes=sizes, quick=args.quick, tmp=Path(tmp), no_build=args.no_build)
        for name in parts:
            began = time.perf_counter()
            print(f"== {name} (load average {os.getloadavg()[0]:.2f})", file=sys.stderr, flush=True)
            try:
                found = _part(name)(ctx)
            except Exception as error:  # one broken part must not hide the others' figures
                import traceback

                traceback.print_exc()
                found = [not_measured(name, name, "-", "-", f"failed: {error!r}"[:200])]
            rows.extend(found)
            timings[name] = round(time.perf_counter() - began, 1)
            print(table(found), file=sys.stderr, flush=True)
    meta = {
        "command": "python -m tests.bench" + (" --quick" if args.quick else ""),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "seconds": round(time.perf_counter() - started, 1),
        "part_seconds": timings,
        "sizes": sizes.__dict__,
    }
    write(out, rows, meta)
    print(
        f"\n{meta['command']}  {meta['date']}  {meta['machine']['cpu']} x{meta['machine']['cpus']}"
    )
    print(f"load average before {meta['load_average_before']} after {meta['load_average_after']};"
          f" {meta['seconds']} s")  # fmt: skip
    print(table(rows))
    missed = [r for r in rows if r.met is False]
    print(f"\n{len(rows)} rows, {len(missed)} missed; JSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
