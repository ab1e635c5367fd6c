"""CSV files the application writes: owner-only, and no cell a spreadsheet would run.

Every CSV LawfulReq writes (the import's skipped-rows report, exports) goes through
`open_private_csv` (created 0600, never through a symlink left in its place) and
`safe_row`/`safe_cell`: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return is prefixed with an apostrophe, so Excel or LibreOffice shows it as text instead of
evaluating it (OWASP "CSV injection"). Numbers written as numbers are left alone.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """`value` as a spreadsheet shows it, never as a formula it would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values: Iterable[object]) -> list[object]:
    return [safe_cell(v) for v in values]


def open_private_csv(path: Path, *, overwrite: bool = True) -> IO[str]:
    """Open `path` for writing CSV text, owner-only (0600) from its first byte.

    An existing file is replaced only with `overwrite`; a symlink in its place is refused
    rather than followed (O_NOFOLLOW where the platform has it)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    # An existing file keeps its mode on O_TRUNC otherwise; Windows has no POSIX modes.
    with contextlib.suppress(AttributeError, OSError):
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


class SafeWriter:
    """`csv.writer` whose every row is made formula-safe."""

    def __init__(self, handle: IO[str], **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, values: Iterable[object]) -> None:
        self._writer.writerow(safe_row(values))
