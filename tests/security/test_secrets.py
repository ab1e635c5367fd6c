"""No secret in logs, settings or key files after a full CLI session; none committed to git."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

from lawfulreq.security import keys

ROOT = Path(__file__).resolve().parents[2]


def _fresh(label: str) -> str:
    """A strong throwaway secret made at run time."""
    return f"{label}-Pw1-{uuid.uuid4().hex}"


def _cli(env: dict[str, str], log: Path, *args: str, password: str | None = None) -> int:
    run_env = dict(env)
    if password is not None:
        run_env["LAWFULREQ_PASSWORD"] = password
    with log.open("ab") as sink:
        done = subprocess.run(  # noqa: PLW1510 - the exit code is the result
            [sys.executable, "-m", "lawfulreq.cli.main", *args],
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=sink,
            cwd=ROOT,
            env=run_env,
        )
    return done.returncode


def test_full_session_leaks_no_secret(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "data" / "session.db"
    passphrase = _fresh("Db")
    fg_password = _fresh("First")
    anna_password = _fresh("Second")
    wrong_password = _fresh("Wrong")
    backup_passphrase = _fresh("Backup")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "LAWFULREQ_LOG_LEVEL": "DEBUG",
        "LAWFULREQ_DB": str(db),
        "LAWFULREQ_DB_PASSPHRASE": passphrase,
        "LAWFULREQ_BACKUP_PASSPHRASE": backup_passphrase,
    }
    log = tmp_path / "session.log"
    assert _cli({**env, "LAWFULREQ_NEW_PASSWORD": fg_password}, log, "init", "--admin", "fg") == 0
    add = ("--user", "fg", "user", "add", "anna", "--role", "officer")
    assert (
        _cli({**env, "LAWFULREQ_NEW_PASSWORD": anna_password}, log, *add, password=fg_password) == 0
    )
    for command in (("user", "list"), ("case", "list"), ("audit", "verify"), ("audit", "list")):
        assert _cli(env, log, "--user", "fg", "--json", *command, password=fg_password) == 0
    assert _cli(env, log, "--user", "anna", "case", "list", password=wrong_password) == 1
    assert _cli(env, log, "--user", "anna", "case", "list", password=anna_password) == 0
    backup = tmp_path / "data" / "session.lrbackup"
    assert _cli(env, log, "--user", "fg", "backup", str(backup), password=fg_password) == 0

    key = keys.load_key(db, passphrase=passphrase)
    secrets = {
        "db passphrase": passphrase,
        "fg password": fg_password,
        "anna password": anna_password,
        "wrong password": wrong_password,
        "backup passphrase": backup_passphrase,
        "key hex": key.hex(),
        "key hex upper": key.hex().upper(),
    }
    text = log.read_text(errors="replace")
    assert "DEBUG" in text or "sqlalchemy" in text.lower() or "Added 'anna'" in text
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert db.with_name("session.db.keyinfo") in files
    for file in files:
        data = file.read_bytes()
        for what, secret in secrets.items():
            assert secret.encode() not in data, f"{what} found in {file.relative_to(tmp_path)}"
            assert key not in data, f"raw key bytes in {file.name}"


SECRET_PATTERNS = {
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "AWS access key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "Slack token": re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}"),
    "assigned secret": re.compile(
        r"""(?i)\b(password|passwd|passphrase|secret|api_key|token)\s*[:=]\s*["'][^"'\s]{8,}["']"""
    ),
    "hex key": re.compile(r"(?i)\bkey\s*[:=]\s*[\"']?[0-9a-f]{64}\b"),
}
# Public by design: the demo database's documented passphrase (synthetic data only).
ALLOWED = {keys.DEMO_PASSPHRASE}


def test_no_secret_is_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    hits: list[str] = []
    for name in filter(None, tracked):
        path = ROOT / name.decode()
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(errors="ignore")
        for what, pattern in SECRET_PATTERNS.items():
            for match in pattern.finditer(text):
                if not any(allowed in match.group(0) for allowed in ALLOWED):
                    hits.append(f"{name.decode()}: {what}: {match.group(0)[:40]}")
    assert hits == []
