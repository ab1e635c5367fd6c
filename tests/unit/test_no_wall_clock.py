"""No code reads the wall clock except lawfulreq.clock, and no test runs the CLI at today's date."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Reading "now" any of these ways bypasses the injected clock.
WALL_CLOCK = re.compile(
    r"\b(?:datetime\.now|datetime\.utcnow|date\.today|time\.time|time\.localtime|"
    r"QDateTime\.currentDateTime\w*|QDate\.currentDate|QTime\.currentTime)\s*\("
)


def _sources(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    allowed = {ROOT / "lawfulreq" / "clock.py"}
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _sources("lawfulreq", "ui")
        if path not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WALL_CLOCK.search(line)
    ]
    assert offenders == []


def test_the_guard_pattern_catches_each_way_of_reading_now() -> None:
    for line in ("datetime.now(UTC)", "date.today()", "x = time.time()", "datetime.utcnow()",
                 "QDateTime.currentDateTimeUtc()", "QDate.currentDate()"):  # fmt: skip
        assert WALL_CLOCK.search(line), line
    assert not WALL_CLOCK.search("time.monotonic()")


def _cli_calls_without_clock(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported_main = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "lawfulreq.cli.main"
        and any(alias.name == "main" for alias in node.names)
        for node in ast.walk(tree)
    )
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        direct = imported_main and isinstance(func, ast.Name) and func.id == "main"
        dotted = (
            isinstance(func, ast.Attribute)
            and func.attr == "main"
            and isinstance(func.value, ast.Name)
            and func.value.id == "main"
        )
        if (direct or dotted) and not any(k.arg == "clock" for k in node.keywords):
            bad.append(f"{path.name}:{node.lineno}")
    return bad


def test_every_in_process_cli_run_in_the_tests_has_a_fixed_clock() -> None:
    offenders = [
        where
        for path in _sources("tests")
        if "bench" not in path.parts
        for where in _cli_calls_without_clock(path)
    ]
    assert offenders == []


def test_the_cli_guard_flags_a_run_without_a_clock(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "from lawfulreq.cli.main import main\n"
        "from lawfulreq.cli import main as m2\n"
        "main(['case', 'list'])\n"
        "main(['case', 'list'], clock=CLOCK)\n",
        encoding="utf-8",
    )
    assert _cli_calls_without_clock(sample) == ["test_sample.py:3"]
