"""The raw-cursor path's two transaction helpers; the ORM path has `Service._unit_of_work`.

- `dbapi_transaction(engine)`: a transaction of its own on a pooled DB-API connection (the
  lookups' hot path), opened as every engine transaction is and committed at the end.
- `connection_cursor(conn)`: a DB-API cursor inside a transaction that is already open on a
  Core connection or an ORM session's connection (bulk imports, the audit append).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine


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


@contextmanager
def connection_cursor(conn: Connection) -> Iterator[Any]:
    """A DB-API cursor in `conn`'s open transaction; the caller's transaction commits it."""
    cursor = conn.connection.cursor()
    try:
        yield cursor
    finally:
        cursor.close()
