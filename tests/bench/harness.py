"""The benchmark harness's rows, targets and output (JSON and a readable table).

Every row is one measure of issue 18's table: its median and p95, the baseline measured in the
same run (median), the ratio of the two medians, the target and whether it was met.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import statistics
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 15 samples is the 15th, the slowest)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * fraction // 1))
    return ordered[int(rank) - 1]


@dataclass
class Row:
    part: str
    measure: str
    unit: str
    median: float | None
    p95: float | None
    baseline: str
    baseline_median: float | None
    target: str
    met: bool | None
    samples: int = 0
    note: str = ""
    ratio: float | None = field(default=None)

    def __post_init__(self) -> None:
        if self.ratio is None and self.median is not None and self.baseline_median:
            self.ratio = round(self.median / self.baseline_median, 2)


def measured(
    part: str,
    measure: str,
    samples: Sequence[float],
    baseline: str,
    baseline_samples: Sequence[float],
    *,
    unit: str = "ms",
    max_median: float | None = None,
    max_p95: float | None = None,
    max_ratio: float | None = None,
    note: str = "",
) -> Row:
    """A row from raw samples (already in `unit`); the target is every limit given."""
    median = statistics.median(samples)
    p95 = percentile(samples, 0.95)
    base = statistics.median(baseline_samples) if baseline_samples else None
    ratio = median / base if base else None
    checks: list[bool] = []
    words: list[str] = []
    if max_median is not None:
        checks.append(median < max_median)
        words.append(f"median < {max_median:g} {unit}")
    if max_p95 is not None:
        checks.append(p95 < max_p95)
        words.append(f"p95 < {max_p95:g} {unit}")
    if max_ratio is not None:
        checks.append(ratio is not None and ratio < max_ratio)
        words.append(f"< {max_ratio:g}x")
    return Row(
        part=part,
        measure=measure,
        unit=unit,
        median=round(median, 4),
        p95=round(p95, 4),
        baseline=baseline,
        baseline_median=round(base, 4) if base is not None else None,
        ratio=round(ratio, 2) if ratio is not None else None,
        target=", ".join(words) or "(reported)",
        met=all(checks) if checks else None,
        samples=len(samples),
        note=note,
    )


def not_measured(part: str, measure: str, baseline: str, target: str, why: str) -> Row:
    return Row(part, measure, "", None, None, baseline, None, target, None, note=why)


def timed_ms(call: Callable[[], object]) -> float:
    import time

    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    commit = ""
    with contextlib.suppress(OSError):
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False,
            cwd=Path(__file__).parent,
        ).stdout.strip()  # fmt: skip
    return {
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory": memory,
        "python": platform.python_version(),
        "system": platform.platform(),
        "commit": commit,
    }


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:.2f} s"
    if abs(value) >= 100:
        return f"{value:.0f} {unit}".strip()
    return f"{value:.3g} {unit}".strip()


def table(rows: Sequence[Row]) -> str:
    """Markdown: readable in a terminal and pasted as is into docs/performance.md."""
    head = (
        "| measure | median | p95 | baseline (same run) | baseline median | ratio | target | met |"
    )
    lines = [head, "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        met = {True: "met", False: "MISSED", None: "-"}[r.met]
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        note = f" ({r.note})" if r.note else ""
        lines.append(
            f"| {r.measure}{note} | {_figure(r.median, r.unit)} | {_figure(r.p95, r.unit)} "
            f"| {r.baseline} | {_figure(r.baseline_median, r.unit)} | {ratio} | {r.target} "
            f"| {met} |"
        )
    return "\n".join(lines)


def document(rows: Sequence[Row], meta: dict[str, Any]) -> dict[str, Any]:
    return {**meta, "rows": [asdict(r) for r in rows]}


def write(path: Path, rows: Sequence[Row], meta: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document(rows, meta), indent=2, default=str) + "\n")
