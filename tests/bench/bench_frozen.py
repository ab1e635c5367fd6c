"""The frozen build's start beside the source start (harness part `frozen`).

`bash packaging/build_linux.sh` makes dist/lawfulreq/lawfulreq (several minutes; not done
here). When it is there: its `--startup-probe` and the source's, round-robin, same database;
target within 1.2x the source. When it is not: the row says "not built".
"""

from __future__ import annotations

import sys

from tests.bench.bench_startup import ROOT, bench_env, run_once
from tests.bench.context import Context
from tests.bench.harness import Row, measured, not_measured

BUNDLE = ROOT / "dist" / "lawfulreq" / "lawfulreq"


def run(ctx: Context) -> list[Row]:
    measure = "frozen build: first window painted"
    if not BUNDLE.exists():
        return [not_measured("frozen", measure, "source start (--startup-probe)", "< 1.2x",
                             "not built: run bash packaging/build_linux.sh")]  # fmt: skip
    env = bench_env(ctx.tmp / "frozen-home")
    demo = ctx.database(2_000)
    probe = ["--db", str(demo.path), "--startup-probe"]
    frozen: list[float] = []
    source: list[float] = []
    for round_number in range(ctx.sizes.startup_runs + 1):  # round-robin, one warm-up round
        took_frozen, _cpu = run_once([str(BUNDLE), *probe], env)
        took_source, _cpu = run_once([sys.executable, "-m", "lawfulreq.cli.main", *probe], env)
        if round_number:
            frozen.append(took_frozen)
            source.append(took_source)
    return [
        measured("frozen", measure, [s * 1000 for s in frozen],
                 "source start (python -m lawfulreq.cli.main --startup-probe)",
                 [s * 1000 for s in source], max_ratio=1.2)
    ]  # fmt: skip
