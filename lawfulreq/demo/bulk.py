"""Fast inserts for the bulk tables: the raw DB-API executemany on the session's own connection."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Index, Table, text

Row = tuple[Any, ...]

_EPOCH = date(1970, 1, 1)


class TimeText:
    """UTC epoch seconds to the text SQLAlchemy stores on SQLite; PostgreSQL reads it as UTC."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}

    def day(self, day_number: int) -> str:
        text_value = self._days.get(day_number)
        if text_value is None:
            text_value = (_EPOCH + timedelta(days=day_number)).isoformat()
            self._days[day_number] = text_value
        return text_value

    def __call__(self, seconds: int) -> str:
        day_number, rest = divmod(seconds, 86400)
        hours, rest = divmod(rest, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{self.day(day_number)} {hours:02d}:{minutes:02d}:{secs:02d}.000000"


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
        self._previous_cache = int(self._connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
        self._connection.exec_driver_sql("PRAGMA cache_size = -262144")
        for table in tables:
            for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
                index.drop(self._connection)
                self._dropped.append(index)

    def end_bulk(self) -> None:
        for index in self._dropped:
            index.create(self._connection)
        self._dropped.clear()
        if self._previous_cache is not None:
            self._connection.exec_driver_sql(f"PRAGMA cache_size = {self._previous_cache}")
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
