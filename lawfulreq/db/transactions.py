"""The raw-cursor path's two transaction helpers; the ORM path has `Service._unit_of_work`.

- `dbapi_transaction(engine)`: a transaction of its own on a pooled DB-API connection (the
  lookups' hot path), opened as every engine transaction is and committed at the end.
- `connection_cursor(conn)`: a DB-API cursor inside a transaction that is already open on a
  Core connection or an ORM session's connection (bulk imports, the audit append).
- `read_row(engine, sql, params)`: one row read outside any transaction (no write lock), for
  the cheap checks before a call's own transaction (the account, a case's readiness).
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


def read_row(engine: Engine, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """The first row of `sql` (qmark parameters, `?`), read outside any transaction.

    On SQLite the driver's own autocommit read on a pooled connection: AUTOCOMMIT through
    SQLAlchemy switched the isolation level there and back on every call, a third of a
    lookup's CPU time on a million customers (issue 18). Elsewhere a Core connection in
    AUTOCOMMIT, the statement in the driver's own parameter style.
    """
    if engine.dialect.name == "sqlite":
        pooled = engine.raw_connection()
        try:
            cursor = pooled.cursor()
            cursor.execute(sql, params)
            found = cursor.fetchone()
            cursor.close()
        finally:
            pooled.close()
        return tuple(found) if found is not None else None
    driver_sql = sql.replace("?", "%s") if engine.dialect.paramstyle != "qmark" else sql
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        row = conn.exec_driver_sql(driver_sql, params).first()
    return tuple(row) if row is not None else None
