"""Core statements compiled once per dialect and run straight on the DB-API cursor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Dialect, Select
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.types import TypeEngine

from lawfulreq.db.models import UTCDateTime
from lawfulreq.db.transactions import dbapi_transaction

__all__ = ["Prepared", "dbapi_transaction"]


class Prepared:
    """A Core statement compiled once per dialect and run straight on the DB-API cursor.

    For these small indexed reads SQLAlchemy's per-execution machinery costs more than the
    database's own work. The SQL text and the type conversions stay exactly what Core makes
    of the statement: the bind and result processors of the columns' own types.
    """

    __slots__ = ("defaults", "order", "pick", "processors", "results", "sql")

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        self.sql: str = compiled.string
        positions = compiled.positiontup if compiled.positional else None
        self.order: tuple[str, ...] | None = tuple(positions) if positions is not None else None
        self.pick = _picker(self.order) if self.order is not None else None
        self.defaults = {
            name: bind.value for name, bind in compiled.binds.items() if not bind.required
        }
        processors = {
            name: _bind_processor(bind.type, dialect) for name, bind in compiled.binds.items()
        }
        self.processors = tuple((n, p) for n, p in processors.items() if p is not None)
        columns = statement.selected_columns if isinstance(statement, Select) else ()
        results = [_result_processor(c.type, dialect) for c in columns]
        self.results = tuple((i, p) for i, p in enumerate(results) if p is not None)

    def parameters(self, values: dict[str, Any]) -> Any:
        merged = self.defaults | values if self.defaults else values
        if self.processors:
            if merged is values:
                merged = dict(values)
            for name, processor in self.processors:
                value = merged.get(name)
                if value is not None:
                    merged[name] = processor(value)
        if self.pick is None:
            return merged if merged is not values else dict(values)
        return self.pick(merged)

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


def _picker(order: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """The positional parameters from the values by name, in one C call where it can."""
    if len(order) > 1:
        return itemgetter(*order)
    if order:
        name = order[0]
        return lambda values: (values[name],)
    return lambda _values: ()


def _bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    core = type_.dialect_impl(dialect).bind_processor(dialect)
    if core is None or dialect.name != "sqlite" or not isinstance(type_, UTCDateTime):
        return core
    return _sqlite_utc_text(core)


def _sqlite_utc_text(core: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """UTCDateTime's SQLite text for an aware datetime: Core's "YYYY-MM-DD HH:MM:SS.ffffff"
    of its UTC time, which is the first 26 characters of the UTC time's ISO form. Anything
    else (naive, a date) goes to Core's own processor, which also raises what it raises."""

    def process(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is not None:
            return value.astimezone(UTC).isoformat(" ", "microseconds")[:26]
        return core(value)

    return process


def _result_processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    core = type_.dialect_impl(dialect).result_processor(dialect, None)
    if core is None or dialect.name != "sqlite" or not isinstance(type_, UTCDateTime):
        return core
    return _sqlite_utc(core)


def _sqlite_utc(core: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """UTCDateTime's reading of SQLite's stored text, in one C call for the stored format.

    Core parses "YYYY-MM-DD HH:MM:SS.ffffff" with `datetime.fromisoformat` and then sets
    UTC with `replace`, which costs five times the parse; a lookup reads hundreds. The same
    text with "+00:00" appended parses to the very same aware datetime. Anything not in
    that exact shape (or not parseable) goes to Core's own processor.
    """
    parse = datetime.fromisoformat

    def process(value: Any) -> Any:
        if type(value) is str and len(value) == 26 and value[10] == " " and value[19] == ".":
            try:
                return parse(value + "+00:00")
            except ValueError:
                pass
        return core(value)

    return process
