"""Restores a backup and SIGKILLs itself at its N-th file-system step (the kill test's victim).

The steps counted are the calls that change files: os.replace, os.link, os.unlink, os.fsync,
os.open for writing and the SQLite online-backup copy; N runs from 1 until a restore finishes.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.services.backup import restore_backup
from tests.conftest import TEST_CLOCK

_count = [0]


def _counted(kill_at: int, func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _count[0] += 1
        if _count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        result = func(*args, **kwargs)
        _count[0] += 1
        if _count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    return wrapper


def run(path: Path, backup: Path, kill_at: int) -> None:
    for name in ("replace", "link", "unlink", "fsync", "open"):
        setattr(os, name, _counted(kill_at, getattr(os, name)))
    connect = sqlcipher3.connect

    def connect_counted(*args: Any, **kwargs: Any) -> Any:
        conn = connect(*args, **kwargs)
        return _Conn(conn, kill_at)

    sqlcipher3.connect = connect_counted
    restore_backup(
        DatabaseTarget(url="", sqlite_path=path),
        backup,
        os.environ["LAWFULREQ_BACKUP_PASSPHRASE"],
        clock=TEST_CLOCK,
    )


class _Conn:
    def __init__(self, conn: Any, kill_at: int) -> None:
        self._conn = conn
        self.backup = _counted(kill_at, lambda target: conn.backup(target._conn))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


if __name__ == "__main__":
    run(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
