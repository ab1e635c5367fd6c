"""Streaming CSV input: UTF-8 with a header, `;` or `,` detected, rows with their line numbers."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, NamedTuple

from lawfulreq.errors import ValidationError
from lawfulreq.textsafe import CONTROL_CHARACTERS

DELIMITERS = (";", ",")


class SourceRow(NamedTuple):
    """One data row: the physical line it ends on and its values by column name.

    A named tuple: made a million times per import, at a fraction of a frozen dataclass' cost.
    `problems` (column, reason) makes the row bad before any field rule runs: a wrong field
    count, or a control character.
    """

    line: int
    values: dict[str, str]
    raw: list[str]
    problems: tuple[tuple[str, str], ...] = ()


def control_problems(header: Sequence[str], raw: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Each column holding a control character (ESC, BEL, NUL ...), with its position.

    Such characters have no place in subscriber data, and on a terminal they are commands."""
    found = []
    for column, value in zip(header, raw, strict=False):
        match = CONTROL_CHARACTERS.search(value)
        if match is not None:
            found.append(
                (
                    column,
                    f"control character U+{ord(match.group()):04X} at character "
                    f"{match.start() + 1}: not allowed in imported text",
                )
            )
    return tuple(found)


def _file_error(path: Path, line: int, message: str, code: str) -> ValidationError:
    return ValidationError(f"{path.name}:{line}: {message}", code=code, file=str(path), line=line)


def detect_delimiter(header_line: str, expected: Sequence[str]) -> str:
    """The delimiter that splits the header into the most known column names."""
    best, best_hits = DELIMITERS[0], -1
    for delimiter in DELIMITERS:
        names = [n.strip().lower() for n in next(csv.reader([header_line], delimiter=delimiter))]
        hits = sum(1 for n in names if n in expected)
        if hits > best_hits:
            best, best_hits = delimiter, hits
    return best


class CsvSource:
    """Reads an export row by row; only the current row is ever held in memory."""

    def __init__(self, path: Path, columns: Sequence[str], required: Sequence[str]) -> None:
        self.path = path
        self.columns = tuple(columns)
        self.required = tuple(required)
        self.size = path.stat().st_size if path.exists() else 0
        self.delimiter = ";"
        self.header: list[str] = []
        self._handle: IO[str] | None = None

    def open(self) -> None:
        if not self.path.is_file():
            raise ValidationError(
                f"{self.path}: no such file", code="file_missing", file=str(self.path)
            )
        handle = self.path.open("r", encoding="utf-8-sig", newline="")
        try:
            first = handle.readline()
        except UnicodeDecodeError as exc:
            handle.close()
            raise _file_error(self.path, 1, "the file is not UTF-8 text", "not_utf8") from exc
        if not first.strip():
            handle.close()
            raise _file_error(self.path, 1, "empty file: a header row is required", "empty_file")
        self.delimiter = detect_delimiter(first, self.columns)
        self.header = [
            n.strip().lower() for n in next(csv.reader([first], delimiter=self.delimiter))
        ]
        missing = [c for c in self.required if c not in self.header]
        unknown = [c for c in self.header if c not in self.columns]
        if missing or unknown:
            handle.close()
            parts = []
            if missing:
                parts.append("missing column(s) " + ", ".join(missing))
            if unknown:
                parts.append("unknown column(s) " + ", ".join(unknown))
            raise _file_error(
                self.path,
                1,
                "; ".join(parts) + " (expected: " + ", ".join(self.columns) + ")",
                "bad_header",
            )
        self._handle = handle

    def position(self) -> int:
        """Bytes read so far, for progress; the text layer buffers ahead a little."""
        if self._handle is None:
            return 0
        return int(self._handle.buffer.tell())  # type: ignore[attr-defined]

    @property
    def is_open(self) -> bool:
        return self._handle is not None

    def rows(self) -> Iterator[SourceRow]:
        if self._handle is None:
            self.open()
        header = self.header
        for line, raw, problems in self.raw_rows():
            if problems:
                yield SourceRow(line, {}, raw, problems)
            else:
                yield SourceRow(line, dict(zip(header, raw, strict=True)), raw)

    def raw_rows(self) -> Iterator[tuple[int, list[str], tuple[tuple[str, str], ...]]]:
        """(line, fields, problems) per data row: `rows` without the dict of values.

        The fields are in the header's order; problems () for a row any rule may check."""
        if self._handle is None:
            self.open()
        assert self._handle is not None
        reader = csv.reader(self._handle, delimiter=self.delimiter)
        header = self.header
        width = len(header)
        line = 1
        none: tuple[tuple[str, str], ...] = ()
        search = CONTROL_CHARACTERS.search
        try:
            for raw in reader:
                line = reader.line_num + 1
                if not raw or (len(raw) == 1 and not raw[0].strip()):
                    continue
                if len(raw) != width:
                    reason = f"{len(raw)} fields, the header has {width}"
                    yield line, raw, (("", reason),)
                    continue
                # One search over the joined row: a million rows pay one regex call each.
                if search("".join(raw)) is not None:
                    yield line, raw, control_problems(header, raw)
                    continue
                yield line, raw, none
        except UnicodeDecodeError as exc:
            raise _file_error(self.path, line + 1, "not UTF-8 text", "not_utf8") from exc
        except csv.Error as exc:
            raise _file_error(self.path, line + 1, f"unreadable CSV: {exc}", "bad_csv") from exc

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
