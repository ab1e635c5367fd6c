"""One import run: a reader thread validates rows while the caller's thread writes batches."""

from __future__ import annotations

import csv
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from lawfulreq.errors import ValidationError
from lawfulreq.importers.fields import RowError
from lawfulreq.importers.kinds import KINDS, KindSpec
from lawfulreq.importers.source import CsvSource
from lawfulreq.importers.writers import WRITERS, Pending, Rejection, Writer

ProgressCallback = Callable[[int, int, int], None]
CancelCheck = Callable[[], bool]

BATCH_SIZE = 5000
MAX_LISTED_BAD_ROWS = 1000


class ImportStatus:
    IMPORTED = "imported"
    DRY_RUN = "dry_run"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class BadRow:
    file: str
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.reason}"


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    skip_bad: bool = False
    full: bool = False
    report_path: Path | None = None
    batch_size: int = BATCH_SIZE


@dataclass(frozen=True)
class ImportResult:
    kind: str
    file: str
    status: str
    rows: int
    inserted: int
    updated: int
    unchanged: int
    end_dated: int
    bad_count: int
    bad_rows: tuple[BadRow, ...]
    skipped_report: str | None
    delimiter: str
    seconds: float

    @property
    def changed_database(self) -> bool:
        return self.status == ImportStatus.IMPORTED


def spec_for(kind: str) -> KindSpec:
    spec = KINDS.get(kind)
    if spec is None:
        raise ValidationError(
            f"unknown import kind '{kind}': use one of {', '.join(KINDS)}",
            code="bad_import_kind",
            kind=kind,
        )
    return spec


@dataclass
class _Batch:
    rows: list[Pending] = field(default_factory=list)
    bad: list[Rejection] = field(default_factory=list)
    read: int = 0
    position: int = 0


class _Reader(threading.Thread):
    """Parses and validates rows into batches; only a few batches wait at any time."""

    def __init__(
        self, source: CsvSource, spec: KindSpec, batch_size: int, cancelled: CancelCheck
    ) -> None:
        super().__init__(name="import-reader", daemon=True)
        self.source = source
        self.spec = spec
        self.batch_size = batch_size
        self.cancelled = cancelled
        self.batches: queue.Queue[_Batch | BaseException | None] = queue.Queue(maxsize=4)
        self.stop = threading.Event()

    def _put(self, item: _Batch | BaseException | None) -> bool:
        while not self.stop.is_set():
            try:
                self.batches.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run(self) -> None:
        parse = self.spec.parse
        batch = _Batch()
        try:
            for row in self.source.rows():
                batch.read += 1
                if "" in row.values:
                    batch.bad.append(Rejection(row.line, row.raw, "", row.values[""]))
                else:
                    try:
                        batch.rows.append(Pending(row.line, row.raw, parse(row.values)))
                    except RowError as exc:
                        batch.bad.append(Rejection(row.line, row.raw, exc.column, exc.reason))
                if batch.read >= self.batch_size:
                    batch.position = self.source.position()
                    if self.cancelled():
                        self._put(None)
                        return
                    if not self._put(batch):
                        return
                    batch = _Batch()
            batch.position = self.source.size
            if self._put(batch):
                self._put(None)
        except BaseException as exc:
            self._put(exc)


class _BadRows:
    """Counts bad rows, keeps the first ones for display and, when skipping, writes them out."""

    def __init__(self, path: Path, header: list[str], report_path: Path | None) -> None:
        self.file = path.name
        self.header = header
        self.report_path = report_path
        self.count = 0
        self.listed: list[BadRow] = []
        self._handle: IO[str] | None = None
        self._writer: Any = None

    def add(self, rejection: Rejection) -> None:
        self.count += 1
        if len(self.listed) < MAX_LISTED_BAD_ROWS:
            self.listed.append(
                BadRow(self.file, rejection.line, rejection.column, rejection.reason)
            )
        if self.report_path is None:
            return
        if self._writer is None:
            self._handle = self.report_path.open("w", encoding="utf-8", newline="")
            self._writer = csv.writer(self._handle, delimiter=";")
            self._writer.writerow(["line", "column", "reason", *self.header])
        self._writer.writerow([rejection.line, rejection.column, rejection.reason, *rejection.raw])

    @property
    def written(self) -> str | None:
        return str(self.report_path) if self._handle is not None else None

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def default_report_path(path: Path, now: datetime) -> Path:
    return path.with_name(f"{path.stem}.skipped-{now.strftime('%Y%m%dT%H%M%S')}.csv")


def _consume(
    reader: _Reader,
    writer: Writer,
    *,
    bad: _BadRows,
    options: ImportOptions,
    progress: ProgressCallback | None,
    is_cancelled: CancelCheck,
    size: int,
) -> int:
    """Write the reader's batches as they come; returns the number of rows read."""
    rows = 0
    while True:
        item = reader.batches.get()
        if item is None or is_cancelled():
            return rows
        if isinstance(item, BaseException):
            raise item
        rows += item.read
        # After a bad row without skip nothing will be committed: only validate the rest.
        apply = bad.count == 0 or options.skip_bad
        rejections = item.bad
        if item.rows:
            rejections = [*rejections, *writer.write(item.rows, apply=apply)]
        for rejection in sorted(rejections, key=lambda r: r.line):
            bad.add(rejection)
        if progress is not None:
            progress(rows, item.position, size)


def run_import(
    conn: Connection,
    kind: str,
    path: Path,
    options: ImportOptions,
    *,
    now: datetime,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Validate and write inside the caller's transaction; the caller commits only on IMPORTED."""
    started = time.perf_counter()
    spec = spec_for(kind)
    if options.full and not spec.full_supported:
        raise ValidationError(
            f"--full does not apply to {kind}: its records have no validity to end",
            code="full_not_supported",
            kind=kind,
        )
    is_cancelled = cancelled or (lambda: False)
    source = CsvSource(path, spec.columns, spec.required)
    source.open()
    report_path = (
        (options.report_path or default_report_path(path, now)) if options.skip_bad else None
    )
    bad = _BadRows(path, source.header, report_path)
    reader = _Reader(source, spec, options.batch_size, is_cancelled)
    try:
        writer = WRITERS[kind](conn, now, full=options.full)
        reader.start()
        rows = _consume(
            reader,
            writer,
            bad=bad,
            options=options,
            progress=progress,
            is_cancelled=is_cancelled,
            size=source.size,
        )
        if is_cancelled():
            status = ImportStatus.CANCELLED
        elif bad.count and not options.skip_bad:
            status = ImportStatus.REJECTED
        else:
            writer.finish(apply=True)
            status = ImportStatus.DRY_RUN if options.dry_run else ImportStatus.IMPORTED
    finally:
        reader.stop.set()
        if reader.is_alive():
            reader.join()
        source.close()
        bad.close()
    counts = writer.counts
    return ImportResult(
        kind=kind,
        file=str(path),
        status=status,
        rows=rows,
        inserted=counts.inserted,
        updated=counts.updated,
        unchanged=counts.unchanged,
        end_dated=counts.end_dated,
        bad_count=bad.count,
        bad_rows=tuple(bad.listed),
        skipped_report=bad.written,
        delimiter=source.delimiter,
        seconds=time.perf_counter() - started,
    )
