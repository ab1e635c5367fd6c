"""Benchmark: the first window painted (`lawfulreq --startup-probe`) against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python -m tests.bench.bench_startup [--runs 15] [--db DEMO.db]

Both run as subprocesses, offscreen, round-robin after one unmeasured warm-up round, in a
throwaway HOME; the probe on a demo database (built once into a temporary folder unless
`--db` names one). Prints median and p95 wall time (and CPU time, which load does not
inflate), their ratio (target under 1.5x) and the load average before and after, and checks
that the probe wrote nothing (neither in HOME nor beside the database).
Not a timed test: the machine is shared, so read the figures with the load next to them.
"""

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

from tests.bench.context import Context
from tests.bench.harness import Row, measured

ROOT = Path(__file__).resolve().parents[2]
DB_PASSPHRASE = "bench-startup-passphrase"
DEMO_PASSWORD = "Bench-startup-password-1"
# The smallest Qt program that paints a window and exits; it stops the way the probe does.
BARE_WINDOW = """\
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""

# Sign-in to dashboard painted, in one process: the services are already open (the sign-in
# window opened them while the user typed); timed from the password check to the first paint
# of the main window on its start section (the dashboard).
SIGN_IN_TO_DASHBOARD = """\
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from lawfulreq.services.registry import open_services_at
from ui.app import application, build_main_window, preload_main_window
from ui.errors import ErrorReporter
from ui.preferences import Preferences

db, password, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


app = application()
# What the sign-in window does while the user types (ui.app._BackgroundOpen).
services = open_services_at(db)
services.users.has_users()
preload_main_window()
start = time.perf_counter()
actor = services.users.login("fg", password)
signed_in = time.perf_counter()
settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
window = build_main_window(
    services, actor, preferences=Preferences(settings),
    errors=ErrorReporter(folder / "bench.log", interactive=False),
)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
painted = time.perf_counter()
print(json.dumps({"password_check_s": signed_in - start, "total_s": painted - start}))
window.tasks.wait_for_all()
services.close()
"""


def dashboard_samples(
    db: Path, env: dict[str, str], folder: Path, runs: int, password: str = DEMO_PASSWORD
) -> tuple[list[float], list[float]]:
    """Seconds of sign-in to dashboard painted, and of the password check within it, per run
    (after one unmeasured run that warms the page cache)."""
    totals: list[float] = []
    checks: list[float] = []
    for _ in range(runs + 1):
        cmd = [sys.executable, "-c", SIGN_IN_TO_DASHBOARD, str(db), password, str(folder)]
        done = subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True, text=True)
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        totals.append(figures["total_s"])
        checks.append(figures["password_check_s"])
    return totals[1:], checks[1:]


def bench_env(home: Path) -> dict[str, str]:
    """A throwaway HOME, offscreen, no inherited LAWFULREQ_ or PYTHON settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LAWFULREQ_", "PYTHON"))}
    env.update(HOME=str(home), XDG_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config")
    env.update(XDG_CACHE_HOME=f"{home}/cache", XDG_STATE_HOME=f"{home}/state")
    env.update(QT_QPA_PLATFORM="offscreen", LAWFULREQ_DB_PASSPHRASE=DB_PASSPHRASE)
    env.update(LAWFULREQ_NEW_PASSWORD=DEMO_PASSWORD)
    home.mkdir(parents=True, exist_ok=True)
    return env


def probe_samples(
    db: Path, env: dict[str, str], runs: int, executable: Sequence[str] | None = None
) -> tuple[list[float], list[float]]:
    """Wall seconds of the bare window and of the probe, round-robin after a warm-up round."""
    probe = list(executable or [sys.executable, "-m", "lawfulreq.cli.main"])
    commands = [[sys.executable, "-c", BARE_WINDOW], [*probe, "--db", str(db), "--startup-probe"]]
    bare: list[float] = []
    ours: list[float] = []
    for round_number in range(runs + 1):
        for index, cmd in enumerate(commands):
            seconds, _cpu = run_once(cmd, env)
            if round_number:
                (bare, ours)[index].append(seconds)
    return ours, bare


def run(ctx: Context) -> list[Row]:
    """Harness part: first window painted; sign-in to dashboard on the demo and the big DB."""
    env = bench_env(ctx.tmp / "startup-home")
    demo = ctx.database(2_000)
    ours, bare = probe_samples(demo.path, env, ctx.sizes.startup_runs)
    rows = [
        measured(
            "startup",
            "first window painted (lawfulreq --startup-probe)",
            [s * 1000 for s in ours],
            "bare PySide6 QMainWindow painted",
            [s * 1000 for s in bare],
            max_ratio=1.5,
        )
    ]
    for found in (demo, ctx.database(ctx.sizes.customers)):
        totals, checks = dashboard_samples(
            found.path, env, ctx.tmp, ctx.sizes.dashboard_runs, found.password
        )
        customers = f"{int(found.path.name.split('-')[1][:-1]):,}"
        rows.append(
            measured(
                "startup",
                f"sign-in to dashboard painted, {customers}-customer demo",
                [s * 1000 for s in totals],
                "the password check alone (Argon2id)",
                [s * 1000 for s in checks],
                max_median=300.0,
            )
        )
    return rows


def sign_in_to_dashboard(
    db: Path, env: dict[str, str], folder: Path, runs: int
) -> dict[str, float]:
    """Median and p95 of sign-in to dashboard painted, and of the password check within it."""
    totals: list[float] = []
    checks: list[float] = []
    for _ in range(runs + 1):
        cmd = [sys.executable, "-c", SIGN_IN_TO_DASHBOARD, str(db), DEMO_PASSWORD, str(folder)]
        done = subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True, text=True)
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        totals.append(figures["total_s"])
        checks.append(figures["password_check_s"])
    totals, checks = totals[1:], checks[1:]  # the first warmed the page cache
    return {
        "median_s": round(statistics.median(totals), 4),
        "p95_s": round(percentile(totals, 0.95), 4),
        "password_check_median_s": round(statistics.median(checks), 4),
    }


def run_once(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed: {stderr.decode()[-800:]}")
    return wall, usage.ru_utime + usage.ru_stime


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 15 runs is the 15th value, the slowest)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * fraction // 1))
    return ordered[int(rank) - 1]


def snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every file under the folders with its size and modification time."""
    found: dict[str, tuple[int, int]] = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                info = path.stat()
                found[str(path)] = (info.st_size, info.st_mtime_ns)
    return found


def build_demo(db: Path, env: dict[str, str]) -> None:
    cmd = [sys.executable, "-m", "lawfulreq.cli.main", "--db", str(db), "demo"]
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", type=Path, help="a demo database (default: build one)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--dashboard",
        action="store_true",
        help="also time sign-in to dashboard painted (signs in as fg: writes audit events; the"
        " demo's password must be the bench's when --db is given)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lawfulreq-bench-startup-") as tmp:
        home = Path(tmp) / "home"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LAWFULREQ_", "PYTHON"))}
        env.update(HOME=str(home), XDG_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config")
        env.update(XDG_CACHE_HOME=f"{home}/cache", XDG_STATE_HOME=f"{home}/state")
        env.update(QT_QPA_PLATFORM="offscreen", LAWFULREQ_DB_PASSPHRASE=DB_PASSPHRASE)
        env.update(LAWFULREQ_NEW_PASSWORD=DEMO_PASSWORD)
        db = args.db.resolve() if args.db else Path(tmp) / "demo" / "demo.db"
        if args.db is None:
            db.parent.mkdir(parents=True)
            build_demo(db, env)
        home.mkdir()
        commands = {
            "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW],
            "lawfulreq --startup-probe": [
                sys.executable, "-m", "lawfulreq.cli.main", "--db", str(db), "--startup-probe",
            ],
        }  # fmt: skip
        wall: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        before = snapshot(home, db.parent)
        load_before = os.getloadavg()
        # Round-robin after a warm-up round: load from other processes hits both alike.
        for round_number in range(args.runs + 1):
            for name, cmd in commands.items():
                seconds, cpu_seconds = run_once(cmd, env)
                if round_number:
                    wall[name].append(seconds)
                    cpu[name].append(cpu_seconds)
        load_after = os.getloadavg()
        written = sorted(set(snapshot(home, db.parent).items()) - set(before.items()))
        dashboard = sign_in_to_dashboard(db, env, Path(tmp), args.runs) if args.dashboard else None
    bare, probe = commands
    figures = {
        "runs": args.runs,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "cpus": os.cpu_count(),
        "results": {
            name: {
                "median_s": round(statistics.median(wall[name]), 4),
                "p95_s": round(percentile(wall[name], 0.95), 4),
                "cpu_median_s": round(statistics.median(cpu[name]), 4),
            }
            for name in commands
        },
        "written_by_probe": [path for path, _ in written],
    }
    results = figures["results"]
    assert isinstance(results, dict)
    figures["ratio_median"] = round(results[probe]["median_s"] / results[bare]["median_s"], 2)
    figures["ratio_p95"] = round(results[probe]["p95_s"] / results[bare]["p95_s"], 2)
    figures["ratio_cpu"] = round(results[probe]["cpu_median_s"] / results[bare]["cpu_median_s"], 2)
    if dashboard is not None:
        figures["sign_in_to_dashboard"] = dashboard
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{args.runs} runs each, round-robin, {figures['cpus']} CPUs; load average")
        print(f"before {figures['load_average_before']}, after {figures['load_average_after']}")
        print(f"{'':28} {'median':>8} {'p95':>8} {'CPU med':>8}")
        for name, row in results.items():
            median, p95, cpu_median = row["median_s"], row["p95_s"], row["cpu_median_s"]
            print(f"{name:28} {median:8.3f} {p95:8.3f} {cpu_median:8.3f}")
        print(
            f"ratio probe / bare: median {figures['ratio_median']}x, p95 {figures['ratio_p95']}x,"
            f" CPU {figures['ratio_cpu']}x (target: under 1.5x)"
        )
        print(f"files the probe wrote: {figures['written_by_probe'] or 'none'}")
        if dashboard is not None:
            print(
                f"sign-in to dashboard painted: median {dashboard['median_s']:.3f} s, p95"
                f" {dashboard['p95_s']:.3f} s (password check alone:"
                f" {dashboard['password_check_median_s']:.3f} s; target: under 0.3 s)"
            )
    return 1 if written else 0


if __name__ == "__main__":
    sys.exit(main())
