"""Start-up time to a shown main window: frozen build vs source, with a bare PySide6 baseline."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The smallest Qt program that shows a window and exits: what no app can beat.
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents(); w.grab()\n"
)


def run_once(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run; CPU time does not grow on a busy machine."""
    start = time.perf_counter()
    proc = subprocess.Popen(  # noqa: S603 - the commands below, nothing from outside
        list(cmd), env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed: {stderr.decode()[-800:]}")
    return wall, usage.ru_utime + usage.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frozen", type=Path, required=True, help="the built `lawfulreq`")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lawfulreq-bench-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LAWFULREQ_", "PYTHON"))}
        env.update(HOME=home, XDG_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config")
        env.update(XDG_CACHE_HOME=f"{home}/cache", QT_QPA_PLATFORM="offscreen")
        # --smoke-test creates a database, migrates it, builds and renders the main window.
        commands = {
            "bare PySide6 window (source)": [sys.executable, "-c", BARE_WINDOW],
            "LawfulReq from source": [sys.executable, "-m", "lawfulreq.cli.main", "--smoke-test"],
            "LawfulReq frozen": [str(args.frozen.absolute()), "--smoke-test"],
        }
        wall: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        # Round-robin, after one unmeasured warm-up round, so load from other processes
        # falls on all three alike.
        for index in range(args.runs + 1):
            for name, cmd in commands.items():
                seconds, cpu_seconds = run_once(cmd, env)
                if index:
                    wall[name].append(seconds)
                    cpu[name].append(cpu_seconds)
    medians = {name: statistics.median(times) for name, times in wall.items()}
    cpu_medians = {name: statistics.median(times) for name, times in cpu.items()}
    ratio = medians["LawfulReq frozen"] / medians["LawfulReq from source"]
    if args.json:
        doc = {"runs": args.runs, "median_wall_s": medians, "median_cpu_s": cpu_medians}
        print(json.dumps({**doc, "wall_s": wall, "frozen_over_source": ratio}, indent=2))
        return 0
    print(f"start-up to a shown main window, median of {args.runs} (after a warm-up round):")
    print(f"  {'':<30} {'wall':>7} {'CPU':>7}   wall of each run")
    for name, median in medians.items():
        spread = ", ".join(f"{t:.2f}" for t in wall[name])
        print(f"  {name:<30} {median:6.2f}s {cpu_medians[name]:6.2f}s   ({spread})")
    print(f"  frozen / source (wall): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
