"""Open a database: encrypted SQLite (SQLCipher) by default, PostgreSQL for a team."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from lawfulreq.errors import StorageError

KeyMode = Literal["keyring", "passphrase", "demo", "auto"]


@dataclass(frozen=True)
class DatabaseTarget:
    """What `--db` named: an encrypted SQLite file, or a server URL."""

    url: str
    sqlite_path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    def describe(self) -> str:
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return make_url(self.url).render_as_string(hide_password=True)


def resolve_target(db: str | os.PathLike[str] | None, default_path: Path) -> DatabaseTarget:
    if db is None or str(db) == "":
        return DatabaseTarget(url="", sqlite_path=default_path)
    value = str(db)
    if "://" not in value:
        return DatabaseTarget(url="", sqlite_path=Path(value).expanduser().resolve())
    try:
        url = make_url(value)
    except ArgumentError as exc:
        raise StorageError(f"not a database URL: {value}", code="bad_db_url") from exc
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StorageError("in-memory SQLite is not supported", code="bad_db_url")
        return DatabaseTarget(url="", sqlite_path=Path(url.database).expanduser().resolve())
    if url.get_backend_name() != "postgresql":
        raise StorageError(
            f"unsupported database {url.get_backend_name()!r}: use a file path or postgresql+psycopg://",
            code="bad_db_url",
        )
    return DatabaseTarget(url=value, sqlite_path=None)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy, not the driver, opens transactions (see _on_sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # SQLCipher logs decryption failures to stderr; users get our StorageError instead.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    """Take the write lock when a transaction starts, before it reads the audit chain's head.

    Nearly every unit of work appends an audit event; with a deferred BEGIN two writers
    could read the same head, and the loser would fail on upgrading its lock instead of
    waiting. BEGIN IMMEDIATE makes writers queue (busy_timeout); WAL readers are not blocked.
    """
    if conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        return  # e.g. PRAGMA wal_checkpoint, which may not run inside a transaction
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def sqlite_engine(path: Path, key: bytes) -> Engine:
    # The dialect sends the password as PRAGMA key; "x'..'" makes it a raw 256-bit key, so no
    # per-connection PBKDF2 runs: the KDF ran once, when the key was made or derived.
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    # The pysqlcipher dialect defaults to SingletonThreadPool, which closes the connections of
    # a sixth thread under the others' feet; a queue pool suits a file with worker threads.
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        poolclass=QueuePool,
        pool_size=5,
        max_overflow=10,
        json_serializer=canonical_json,
    )
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def canonical_json(value: Any) -> str:
    """JSON columns are stored in the audit chain's canonical form (keys sorted, no spaces,
    UTF-8 as is), so `audit verify` can hash an event's stored details as they are instead of
    parsing and re-encoding them (issue 18). Reading is unchanged: any JSON text parses."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def postgres_engine(url: str) -> Engine:
    return create_engine(
        url, pool_pre_ping=True, pool_size=5, max_overflow=5, json_serializer=canonical_json
    )


def check_readable(engine: Engine, described: str) -> None:
    """Fail early and clearly on a wrong key or a file that is not a database."""
    try:
        with engine.connect() as conn:
            conn.execute(
                text(
                    "SELECT count(*) FROM sqlite_master"
                    if engine.dialect.name == "sqlite"
                    else "SELECT 1"
                )
            )
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        if engine.dialect.name == "sqlite":
            raise StorageError(
                f"{described}: cannot be opened: wrong key or passphrase, "
                "or not a LawfulReq database",
                code="wrong_key",
            ) from exc
        raise StorageError(
            f"{described}: cannot connect: {exc.orig}", code="cannot_connect"
        ) from exc


@contextmanager
def transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions.begin() as session:
        yield session
