"""Benchmark: the longest GUI-thread stall while a user walks every section of a demo database.

    QT_QPA_PLATFORM=offscreen python -m tests.bench.bench_gui_responsiveness [--subscribers N]

A 5 ms heartbeat timer runs on the GUI thread; the largest gap between its ticks is the
longest the window could not repaint or react. Beside it, the same walk's baseline: a bare
QMainWindow switching between empty pages, measured the same way.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from ui.app import application, build_main_window
from ui.errors import ErrorReporter
from ui.preferences import Preferences
from ui.screenshots import demo_session
from ui.sections import visible_sections


class Heartbeat:
    """Records the gaps between 5 ms ticks on the GUI thread."""

    def __init__(self) -> None:
        self.gaps_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def _tick(self) -> None:
        self.gaps_ms.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def stop(self) -> None:
        self._timer.stop()


def _pump(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def walk(
    app: QApplication, steps: list[Callable[[], None]], rounds: int, worst: dict[int, float]
) -> list[float]:
    """All tick gaps; `worst` gets each step's longest gap (first round: cold screens)."""
    beat = Heartbeat()
    beat.start()
    for _ in range(rounds):
        for index, step in enumerate(steps):
            first = len(beat.gaps_ms)
            step()
            _pump(app, 0.25)  # let background results arrive and paint
            gaps = beat.gaps_ms[first:] or [0.0]
            worst[index] = max(worst.get(index, 0.0), *gaps)
    beat.stop()
    return beat.gaps_ms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=2000)
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--settle",
        type=float,
        default=1.0,
        help="seconds between the window showing and the first click (the window warms up "
        "the other sections in the background meanwhile; 0 = click at once)",
    )
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        with demo_session(Path(tmp), subscribers=args.subscribers, cases=args.cases) as (
            services,
            actor,
        ):
            prefs = Preferences(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
            errors = ErrorReporter(Path(tmp) / "bench.log", interactive=False)
            window = build_main_window(services, actor, preferences=prefs, errors=errors)
            window.resize(1280, 800)
            window.show()
            _pump(app, args.settle)
            keys = [entry.key for entry in visible_sections(actor)]
            steps: list[Callable[[], None]] = [
                (lambda key=key: window.navigate_to(key)) for key in keys
            ]
            app_worst: dict[int, float] = {}
            app_gaps = walk(app, steps, args.rounds, app_worst)
            window.close()

        bare = QMainWindow()
        stack = QStackedWidget()
        for key in keys:
            stack.addWidget(QLabel(key))
        bare.setCentralWidget(stack)
        bare.resize(1280, 800)
        bare.show()
        bare_steps: list[Callable[[], None]] = [
            (lambda i=i: stack.setCurrentIndex(i)) for i in range(len(keys))
        ]
        bare_gaps = walk(app, bare_steps, args.rounds, {})
        bare.close()

    for label, gaps in (("LawfulReq", app_gaps), ("bare QMainWindow", bare_gaps)):
        ordered = sorted(gaps)
        p99 = ordered[int(len(ordered) * 0.99) - 1]
        print(
            f"{label:<18} ticks {len(gaps):5d}  median {statistics.median(gaps):6.1f} ms  "
            f"p99 {p99:6.1f} ms  max {max(gaps):6.1f} ms"
        )
    for index, key in enumerate(keys):
        print(f"  {key:<18} longest stall {app_worst[index]:6.1f} ms")
    print(
        f"sections walked: {len(keys)} x {args.rounds} rounds; max-stall ratio "
        f"{max(app_gaps) / max(bare_gaps):.1f}"
    )


if __name__ == "__main__":
    main()
