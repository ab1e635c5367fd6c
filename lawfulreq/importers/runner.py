"""One import run: rows are parsed and validated a batch at a time, then written."""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from lawfulreq.csvsafe import SafeWriter, open_private_csv
from lawfulreq.domain.enums import ImportStatus
from lawfulreq.errors import StorageError, ValidationError
from lawfulreq.importers.fastpath import FAST_PATHS, FastPrepare
from lawfulreq.importers.fields import RowError, problems_text
from lawfulreq.importers.kinds import KINDS, KindSpec
from lawfulreq.importers.source import CsvSource
from lawfulreq.importers.writers import (
    WRITERS,
    BatchContext,
    FirstSeen,
    Pending,
    Rejection,
    Writer,
    expand_raw,
)

ProgressCallback = Callable[[int, int, int], None]
CancelCheck = Callable[[], bool]

BATCH_SIZE = 5000
MAX_LISTED_BAD_ROWS = 1000
# From this file size on, rows are parsed in a second process while this one writes.
PARALLEL_MIN_BYTES = 8_000_000
# Parsed batches waiting for the writer: bounds the memory whatever the file size.
QUEUE_DEPTH = 4
# SQLite page cache during an import, in KiB (a ceiling: pages are taken as used): the
# indexes of a million customers do not fit the default 2 MB, every evicted page is decrypted
# again on the next probe, and dirty pages spilled mid-transaction are written twice. A
# million customers make ~650 MB; 512 MB measured 34 s for them, 256 MB 39 s.
IMPORT_CACHE_KIB = 524_288
# Collector generation-0 threshold during an import: each batch allocates tens of thousands
# of short-lived objects, and the default (700) runs a collection every few rows (measured
# 30% of the parsing time).
IMPORT_GC_THRESHOLD = 100_000


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
    # None: PARALLEL_MIN_BYTES.
    parallel_min_bytes: int | None = None


@dataclass(frozen=True)
class ImportResult:
    kind: str
    file: str
    status: ImportStatus
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
    skip_bad: bool = False

    @property
    def changed_database(self) -> bool:
        return self.status == ImportStatus.IMPORTED

    def counts(self) -> dict[str, int]:
        """The row counts, as the CLI's JSON and the audit event report them."""
        return {
            "rows": self.rows,
            "imported": self.imported,
            "skipped": self.skipped,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "end_dated": self.end_dated,
            "bad_rows": self.bad_count,
        }

    @property
    def imported(self) -> int:
        """Rows taken in (new, changed or unchanged; a dry run's would-be): 0 if refused."""
        if self.status not in (ImportStatus.IMPORTED, ImportStatus.DRY_RUN):
            return 0
        return self.inserted + self.updated + self.unchanged

    @property
    def skipped(self) -> int:
        """Bad rows left out because the user chose to skip them (0 when they refused it)."""
        if self.status not in (ImportStatus.IMPORTED, ImportStatus.DRY_RUN):
            return 0
        return self.bad_count if self.skip_bad else 0


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
    # The writer's prepared rows (Writer.prepare).
    rows: Any = None
    bad: list[Rejection] = field(default_factory=list)
    read: int = 0
    position: int = 0


def _batches(
    source: CsvSource, spec: KindSpec, batch_size: int, context: BatchContext
) -> Generator[_Batch, None, None]:
    """Parsed, validated and prepared rows, a batch at a time (one batch held in memory).

    Parsing runs on the writing thread: a reader thread would hold the GIL while SQLite's
    executemany gives it up and takes it back for every row, and the two only slow each
    other down (measured 4-10x the plain executemany with a reader thread).
    """
    if not source.is_open:
        source.open()
    fast_path = FAST_PATHS.get(spec.name)
    if fast_path is not None:
        first = FirstSeen().add
        fast = fast_path(source.header, context, first)
        if fast is not None:
            yield from _fast_batches(source, spec, batch_size, context, fast=fast, first=first)
            return
    parse = spec.parse
    prepare = WRITERS[spec.name].prepare
    rows: list[Pending] = []
    batch = _Batch()
    for row in source.rows():
        batch.read += 1
        if row.problems:
            batch.bad.append(Rejection(row.line, row.raw, row.problems))
        else:
            try:
                rows.append(Pending(row.line, row.raw, parse(row.values)))
            except RowError as exc:
                batch.bad.append(Rejection(row.line, row.raw, exc.problems))
        if batch.read >= batch_size:
            batch.position = source.position()
            batch.rows = prepare(rows, context)
            yield batch
            rows = []
            batch = _Batch()
    batch.position = source.size
    batch.rows = prepare(rows, context)
    yield batch


def _fast_batches(
    source: CsvSource,
    spec: KindSpec,
    batch_size: int,
    context: BatchContext,
    *,
    fast: FastPrepare,
    first: Callable[[str], bool],
) -> Generator[_Batch, None, None]:
    """`_batches` with a kind's fast path: rows it declines take the general path, in place.

    The prepared rows keep the file's order: a declined row's slot waits for the general
    path's prepare, done once per batch. A row whose key (customer_id) is certainly the
    file's first leaves its raw fields out: the writer rejects repeats only (`FirstSeen`).
    """
    parse = spec.parse
    prepare = WRITERS[spec.name].prepare
    header = source.header
    rows: list[Any] = []
    slow: list[Pending] = []
    slots: list[tuple[int, bool]] = []
    bad: list[Rejection] = []
    read = 0
    for line, raw, problems in source.raw_rows():
        read += 1
        if problems:
            bad.append(Rejection(line, raw, problems))
            continue
        ready = fast(line, raw)  # calls first() for the row it takes
        if ready is not None:
            rows.append(ready)
        else:
            try:
                record = parse(dict(zip(header, raw, strict=True)))
            except RowError as exc:
                bad.append(Rejection(line, raw, exc.problems))
            else:
                slots.append((len(rows), first(record["customer_ref"])))
                rows.append(None)
                slow.append(Pending(line, raw, record))
        if read >= batch_size:
            _fill(rows, slots, prepare(slow, context) if slow else [])
            yield _Batch(rows, bad, read, source.position())
            rows, slow, slots, bad, read = [], [], [], [], 0
    _fill(rows, slots, prepare(slow, context) if slow else [])
    yield _Batch(rows, bad, read, source.size)


def _fill(rows: list[Any], slots: list[tuple[int, bool]], prepared: list[Any]) -> None:
    for (slot, first), row in zip(slots, prepared, strict=True):
        rows[slot] = (row[0], None, *row[2:]) if first else row


Packed = tuple[int, int, Any, list[Any]]


def _pack(batch: _Batch, ready: bool) -> Packed:
    """A batch as plain tuples: a fraction of the pickling cost of dataclasses and dicts."""
    rows: Any = batch.rows
    if not ready:
        keys: tuple[str, ...] = tuple(rows[0].record) if rows else ()
        rows = (keys, [(p.line, p.raw, tuple(p.record.values())) for p in rows])
    bad = [(r.line, r.raw, r.problems) for r in batch.bad]
    return batch.read, batch.position, rows, bad


def _unpack(packed: Packed, ready: bool) -> _Batch:
    read, position, rows, bad = packed
    if not ready:
        # Each kind's parser builds its records with the same keys in the same order.
        keys, values = rows
        rows = [
            Pending(line, raw, dict(zip(keys, record, strict=True))) for line, raw, record in values
        ]
    return _Batch(rows, [Rejection(*item) for item in bad], read, position)


PARENT_POLL_SECONDS = 0.5


def _exit_with_parent(parent: int) -> None:
    """Ends this process once its parent is gone (killed: no one would read the queue).

    A thread polls os.getppid(): it changes when the parent dies (the child is re-parented);
    a put blocked on the full queue would otherwise wait for ever, holding its memory."""

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _parse_in_worker(
    path: str, kind: str, batch_size: int, context: BatchContext, out: Any, *, parent: int = 0
) -> None:
    """The parsing process: packed batches into `out`, then ("done", None) or the error."""
    if parent:
        _exit_with_parent(parent)
    spec = KINDS[kind]
    ready = WRITERS[kind].ready_rows
    source = CsvSource(Path(path), spec.columns, spec.required)
    gc.set_threshold(IMPORT_GC_THRESHOLD, *gc.get_threshold()[1:])
    try:
        for batch in _batches(source, spec, batch_size, context):
            out.put(("batch", _pack(batch, ready)))
        out.put(("done", None))
    except ValidationError as exc:
        out.put(("invalid", (exc.message, exc.code, dict(exc.params))))
    except Exception as exc:
        # Tracebacks do not cross the process boundary: the writer raises with this text.
        out.put(("failed", repr(exc)))
    finally:
        source.close()


def _parallel_batches(
    path: Path, kind: str, batch_size: int, context: BatchContext
) -> Generator[_Batch, None, None]:
    """Batches parsed by a second process; closing the generator stops that process.

    'spawn' rather than fork: the GUI runs imports on a worker thread, and forking a
    threaded process is unsafe.
    """
    spawn = multiprocessing.get_context("spawn")
    out = spawn.Queue(maxsize=QUEUE_DEPTH)
    worker = spawn.Process(
        target=_parse_in_worker,
        args=(str(path), kind, batch_size, context, out),
        kwargs={"parent": os.getpid()},
        daemon=True,
    )
    ready = WRITERS[kind].ready_rows
    worker.start()
    finished = False
    try:
        while True:
            try:
                tag, payload = out.get(timeout=1.0)
            except queue.Empty:
                if not worker.is_alive():
                    raise StorageError(
                        "the import's parsing process stopped unexpectedly",
                        code="import_worker_died",
                    ) from None
                continue
            if tag == "batch":
                yield _unpack(payload, ready)
            elif tag == "done":
                finished = True
                return
            elif tag == "invalid":
                message, code, params = payload
                raise ValidationError(message, code=code, **params)
            else:
                raise StorageError(f"the import's parsing failed: {payload}", code="import_failed")
    finally:
        # Cancelled or failed: the worker may be blocked on a full queue, so stop it.
        worker.join(timeout=5 if finished else 0)
        if worker.is_alive():
            worker.terminate()
            worker.join()
        out.close()
        out.cancel_join_thread()


class _SqliteCache:
    """A larger page cache for the import's connection, back to its old size afterwards."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.previous: int | None = None
        if conn.dialect.name == "sqlite":
            self.previous = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
            conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")

    def restore(self) -> None:
        if self.previous is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {self.previous}")


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
        for column, reason in rejection.problems:
            if len(self.listed) < MAX_LISTED_BAD_ROWS:
                self.listed.append(BadRow(self.file, rejection.line, column, reason))
        if self.report_path is None:
            return
        if self._writer is None:
            self._handle = open_private_csv(self.report_path)
            self._writer = SafeWriter(self._handle, delimiter=";")
            self._writer.writerow(["line", "column", "reason", *self.header])
        column, reason = problems_text(rejection.problems)
        self._writer.writerow([rejection.line, column, reason, *expand_raw(rejection.raw)])

    @property
    def written(self) -> str | None:
        return str(self.report_path) if self._handle is not None else None

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def default_report_path(path: Path, now: datetime) -> Path:
    return path.with_name(f"{path.stem}.skipped-{now.strftime('%Y%m%dT%H%M%S')}.csv")


def _consume(
    batches: Iterator[_Batch],
    writer: Writer,
    *,
    bad: _BadRows,
    options: ImportOptions,
    progress: ProgressCallback | None,
    is_cancelled: CancelCheck,
    size: int,
) -> int:
    """Write the batches as they are parsed; returns the number of rows read."""
    rows = 0
    for item in batches:
        if is_cancelled():
            return rows
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
    return rows


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
    try:
        writer = WRITERS[kind](conn, now, full=options.full)
        context = BatchContext(f"{conn.dialect.name}+{conn.dialect.driver}", now)
        threshold = options.parallel_min_bytes
        threshold = PARALLEL_MIN_BYTES if threshold is None else threshold
        parallel = source.size >= threshold and (os.cpu_count() or 1) > 1
        batches = (
            _parallel_batches(path, kind, options.batch_size, context)
            if parallel
            else _batches(source, spec, options.batch_size, context)
        )
        cache = _SqliteCache(conn)
        thresholds = gc.get_threshold()
        gc.set_threshold(max(thresholds[0], IMPORT_GC_THRESHOLD), *thresholds[1:])
        try:
            rows = _consume(
                batches,
                writer,
                bad=bad,
                options=options,
                progress=progress,
                is_cancelled=is_cancelled,
                size=source.size,
            )
        finally:
            batches.close()
            cache.restore()
            gc.set_threshold(*thresholds)
        if is_cancelled():
            status = ImportStatus.CANCELLED
        elif bad.count and not options.skip_bad:
            status = ImportStatus.REJECTED
        else:
            writer.finish(apply=True)
            status = ImportStatus.DRY_RUN if options.dry_run else ImportStatus.IMPORTED
    finally:
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
        skip_bad=options.skip_bad,
    )
