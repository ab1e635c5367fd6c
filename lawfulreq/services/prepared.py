"""Core statements compiled once per dialect and run straight on the DB-API cursor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Dialect, Engine, Select
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement


class Prepared:
    """A Core statement compiled once per dialect and run straight on the DB-API cursor.

    For these small indexed reads SQLAlchemy's per-execution machinery costs more than the
    database's own work. The SQL text and the type conversions stay exactly what Core makes
    of the statement: the bind and result processors of the columns' own types.
    """

    __slots__ = ("defaults", "order", "processors", "results", "sql")

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        self.sql: str = compiled.string
        positions = compiled.positiontup if compiled.positional else None
        self.order: tuple[str, ...] | None = tuple(positions) if positions is not None else None
        self.defaults = {
            name: bind.value for name, bind in compiled.binds.items() if not bind.required
        }
        processors = {
            name: bind.type.dialect_impl(dialect).bind_processor(dialect)
            for name, bind in compiled.binds.items()
        }
        self.processors = tuple((n, p) for n, p in processors.items() if p is not None)
        columns = statement.selected_columns if isinstance(statement, Select) else ()
        results = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
        self.results = tuple((i, p) for i, p in enumerate(results) if p is not None)

    def parameters(self, values: dict[str, Any]) -> Any:
        merged = self.defaults | values if self.defaults else dict(values)
        for name, processor in self.processors:
            value = merged.get(name)
            if value is not None:
                merged[name] = processor(value)
        if self.order is None:
            return merged
        return tuple(merged[name] for name in self.order)

    def run(self, cursor: Any, values: dict[str, Any]) -> None:
        cursor.execute(self.sql, self.parameters(values))

    def all(self, cursor: Any, values: dict[str, Any]) -> list[list[Any]]:
        cursor.execute(self.sql, self.parameters(values))
        rows = [list(row) for row in cursor.fetchall()]
        if self.results:
            for row in rows:
                for index, processor in self.results:
                    value = row[index]
                    if value is not None:
                        row[index] = processor(value)
        return rows


@contextmanager
def dbapi_transaction(engine: Engine) -> Iterator[Any]:
    """A pooled DB-API connection's cursor inside one transaction, committed at the end.

    Opened as `db.engine` opens every transaction: on SQLite with BEGIN IMMEDIATE (the
    driver's own transaction handling is off), on PostgreSQL implicitly by the driver.
    Any exception rolls it back.
    """
    pooled = engine.raw_connection()
    cursor = pooled.cursor()
    try:
        if engine.dialect.name == "sqlite":
            cursor.execute("BEGIN IMMEDIATE")
        yield cursor
        pooled.commit()
    except BaseException:
        pooled.rollback()
        raise
    finally:
        cursor.close()
        pooled.close()
