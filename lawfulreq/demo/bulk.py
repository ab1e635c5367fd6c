"""Fast inserts for the bulk tables: the raw DB-API executemany on the session's own connection."""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Index, Table, text

Row = tuple[Any, ...]

_EPOCH = date(1970, 1, 1)
# SQLite stores a bound NaN as NULL (sqlite3VdbeMemSetDouble). The driver binds a float
# directly, while None (and a bool) first goes through its adapter lookup: 30 times the
# cost of binding an int, most of the insert thread's time before this stand-in.
SQLITE_NULL = float("nan")


def stand_ins(dialect: str) -> tuple[Any, tuple[Any, Any]]:
    """What a generated row holds for NULL and for (False, True) on that dialect: on SQLite
    NaN and 0/1, stored exactly as None and a bool would be (NULL, 1, 0); else those."""
    if dialect == "sqlite":
        return SQLITE_NULL, (0, 1)
    return None, (False, True)


class TimeText:
    """UTC epoch seconds to the text SQLAlchemy stores on SQLite; PostgreSQL reads it as UTC."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}
        # One string per second of the day: formatting becomes two lookups and a join.
        self._clock = [
            f" {h:02d}:{m:02d}:{s:02d}.000000"
            for h in range(24)
            for m in range(60)
            for s in range(60)
        ]

    def day(self, day_number: int) -> str:
        text_value = self._days.get(day_number)
        if text_value is None:
            text_value = (_EPOCH + timedelta(days=day_number)).isoformat()
            self._days[day_number] = text_value
        return text_value

    def __call__(self, seconds: int) -> str:
        day_number, rest = divmod(seconds, 86400)
        day_text = self._days.get(day_number) or self.day(day_number)
        return day_text + self._clock[rest]


def epoch_seconds(moment: datetime) -> int:
    return int(moment.astimezone(UTC).timestamp())


class BulkWriter:
    """Inserts row tuples in column order inside the caller's transaction."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.dialect = connection.dialect.name
        self._cursor = connection.connection.cursor()
        self._marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        self._sql: dict[str, str] = {}
        self._dropped: list[Index] = []
        self._previous_cache: int | None = None
        if self.dialect == "postgresql":
            # The generated times are UTC wall-clock text; LOCAL ends with the transaction.
            connection.execute(text("SET LOCAL TIME ZONE 'UTC'"))

    def insert(self, table: Table, columns: Sequence[str], rows: list[Row]) -> None:
        if not rows:
            return
        sql = self._sql.get(table.name)
        if sql is None:
            marks = ", ".join([self._marker] * len(columns))
            sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608 - names come from the model
            self._sql[table.name] = sql
        self._cursor.executemany(sql, rows)

    def begin_bulk(self, tables: Sequence[Table]) -> None:
        """SQLite: a big page cache, and secondary indexes built once after the load, by sorting."""
        if self.dialect != "sqlite":
            return
        self._previous_cache = int(
            self._connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
        )
        # 1 GiB: fewer pages spilled mid-load, and CREATE INDEX sorts in memory up to it.
        self._connection.exec_driver_sql("PRAGMA cache_size = -1048576")
        # Helper threads for the sorts of CREATE INDEX; reset to the default in end_bulk().
        self._connection.exec_driver_sql("PRAGMA threads = 2")
        for table in tables:
            for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
                # Rows arrive in customer order: those indexes only ever append, so keep them.
                if next(iter(index.columns)).name == "customer_id":
                    continue
                index.drop(self._connection)
                self._dropped.append(index)

    def end_bulk(self) -> None:
        for index in self._dropped:
            index.create(self._connection)
        self._dropped.clear()
        if self._previous_cache is not None:
            self._connection.exec_driver_sql(f"PRAGMA cache_size = {self._previous_cache}")
            self._connection.exec_driver_sql("PRAGMA threads = 0")
            self._previous_cache = None

    def reset_sequences(self, tables: Sequence[Table]) -> None:
        """PostgreSQL: explicit ids leave the serial sequences behind; move them past the rows."""
        if self.dialect != "postgresql":
            return
        for table in tables:
            self._connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "  # noqa: S608 - model names
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
                )
            )

    def close(self) -> None:
        self._cursor.close()


Batch = list[tuple[Table, Sequence[str], list[Row]]]


class BackgroundInserts:
    """Writes batches on a second thread while the caller generates the next one.

    SQLite's step (B-tree work and page encryption) runs without the GIL, so on two cores
    generation and writing overlap. Only this thread touches the connection until close().
    """

    def __init__(self, writer: BulkWriter) -> None:
        self._writer = writer
        self._queue: queue.Queue[Batch | None] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="demo-inserts", daemon=True)
        self._thread.start()

    def submit(self, batch: Batch) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(batch)

    def close(self) -> None:
        """Wait for every submitted batch; re-raise what the writer thread hit."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while True:
            batch = self._queue.get()
            if batch is None:
                return
            if self._error is not None:
                continue  # drain, so a blocked submit() wakes up and sees the error
            try:
                for table, columns, rows in batch:
                    self._writer.insert(table, columns, rows)
            except BaseException as exc:  # handed to the generating thread
                self._error = exc
