"""JSON from outside (case files, key info, backup headers) read without a traceback.

`json.loads` raises more than JSONDecodeError on hostile input: UnicodeDecodeError on bytes
that are not UTF-8, RecursionError on deep nesting (`[` x 100,000). Both become the app's
own error here, with the file named.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lawfulreq.errors import LawfulreqError, ValidationError

# Deeper than any document LawfulReq reads, far below the interpreter's recursion limit.
MAX_DEPTH = 64


def _depth_ok(text: str) -> bool:
    """Cheap upper bound on nesting: brackets outside strings are counted."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return True
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif char in "]}":
            depth -= 1
    return True


def loads(
    data: str | bytes,
    *,
    where: str,
    error: type[LawfulreqError] = ValidationError,
    code: str = "bad_json",
) -> Any:
    """Parse JSON text or UTF-8 bytes; any failure is `error(code)` naming `where`."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise error(f"{where}: not UTF-8 text (byte {exc.start})", code=code) from exc
    if not _depth_ok(text):
        raise error(f"{where}: nested deeper than {MAX_DEPTH} levels", code=code)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(
            f"{where}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            code=code,
        ) from exc
    except (RecursionError, ValueError) as exc:
        raise error(f"{where}: not valid JSON ({type(exc).__name__})", code=code) from exc


def read_json_file(path: Path, *, field: str = "file") -> Any:
    """A user's JSON file; unreadable, not UTF-8 or not JSON is a ValidationError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"{path}: cannot read ({exc.strerror})", code="file_unreadable", field=field
        ) from exc
    return loads(data, where=str(path))
