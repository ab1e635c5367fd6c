"""Peak memory of the GUI with the big database and the Cases list shown (harness part `memory`).

Two subprocesses, offscreen: the app (services opened on the cached demo database, signed in,
main window shown, the Cases section opened and its first page loaded, a second's events run)
and a bare PySide6 QMainWindow painted. Each prints its peak resident set (VmHWM).
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.bench.bench_startup import BARE_WINDOW, ROOT, bench_env
from tests.bench.context import Context
from tests.bench.harness import Row, measured

# The peak resident set of this process since its exec: VmHWM. (ru_maxrss would carry the
# harness's own peak over the fork.)
PEAK = """\
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")
"""

APP = (
    PEAK
    + """\
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from lawfulreq.services.registry import open_services_at
from ui.app import application, build_main_window
from ui.errors import ErrorReporter
from ui.preferences import Preferences

db, password, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
app = application()
services = open_services_at(db)
actor = services.users.login("fg", password)
settings = QSettings(str(folder / "memory.ini"), QSettings.Format.IniFormat)
window = build_main_window(services, actor, preferences=Preferences(settings),
                           errors=ErrorReporter(folder / "memory.log", interactive=False))
window.show()
window.navigate_to("cases")
QTimer.singleShot(1500, app.quit)
app.exec()
window.tasks.wait_for_all()
app.processEvents()
print(json.dumps({"maxrss_mb": peak_mb()}))
services.close()
"""
)

BARE = (
    PEAK
    + BARE_WINDOW
    + """
import json
print(json.dumps({"maxrss_mb": peak_mb()}))
"""
)


def _peak(code: str, *args: str, env: dict[str, str]) -> float:
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, check=True,
                          capture_output=True, text=True)  # fmt: skip
    return float(json.loads(done.stdout.strip().splitlines()[-1])["maxrss_mb"])


def run(ctx: Context) -> list[Row]:
    env = bench_env(ctx.tmp / "memory-home")
    found = ctx.database(ctx.sizes.customers)
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(max(1, ctx.sizes.runs // 2)):
        ours.append(_peak(APP, str(found.path), found.password, str(ctx.tmp), env=env))
        bare.append(_peak(BARE, env=env))
    customers = f"{ctx.sizes.customers:,}"
    return [
        measured("memory", f"peak memory, GUI with the {customers}-customer DB, Cases list shown",
                 ours, "bare PySide6 QMainWindow painted", bare, unit="MB", max_median=400.0)
    ]  # fmt: skip
