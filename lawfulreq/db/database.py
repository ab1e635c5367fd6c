"""A database handle: opened, unlocked, migrated, with a session factory for the services."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from lawfulreq.db.engine import (
    DatabaseTarget,
    KeyMode,
    check_readable,
    postgres_engine,
    sqlite_engine,
)
from lawfulreq.errors import StorageError
from lawfulreq.security import keys

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise StorageError("the application ships no migrations", code="no_migrations")
    return head


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    target: DatabaseTarget

    @property
    def audit_key(self) -> bytes:
        """Seals the audit chain's anchor; bound to the engine when the database is opened."""
        return keys.engine_audit_key(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()


def migrate(engine: Engine) -> None:
    """Bring the schema to this app's head; refuse a database made by a newer app."""
    if not (MIGRATIONS_DIR / "versions").is_dir():
        raise StorageError(
            f"this installation is incomplete: its database migrations ({MIGRATIONS_DIR}) "
            "are missing; reinstall LawfulReq",
            code="installation_incomplete",
        )
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    with migration_connection(engine) as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current is not None and current not in known:
            raise StorageError(
                "this database was made by a newer LawfulReq version "
                f"(schema {current}); install that version or newer to open it",
                code="database_newer_than_app",
                revision=current,
            )
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """One transaction for schema changes. On SQLite, foreign keys are off while it runs:
    a batch rebuild drops and recreates a parent table, and with them on, that DROP would
    fail or fire ON DELETE actions on the children (SQLite's documented procedure for table
    rebuilds, "Making Other Kinds Of Table Schema Changes"); the keys are checked before commit."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _foreign_keys(conn, on=False)
        try:
            with conn.begin():
                yield conn
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            f"a schema change left {len(broken)} broken references "
                            f"(first: {tuple(broken[0])}); nothing was changed",
                            code="migration_broke_references",
                        )
        finally:
            if sqlite:
                _foreign_keys(conn, on=True)


def _foreign_keys(conn: Connection, *, on: bool) -> None:
    """PRAGMA foreign_keys works only outside a transaction: sent on the driver's connection."""
    raw = conn.connection.driver_connection
    assert raw is not None
    if raw.in_transaction:
        raw.commit()
    raw.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
    if raw.execute("PRAGMA foreign_keys").fetchone()[0] != int(on):
        raise StorageError("could not switch SQLite's foreign keys", code="pragma_failed")


def new_sqlite_key(
    path: Path, *, key_mode: KeyMode = "auto", passphrase: str | None = None
) -> bytes:
    """Make the key of a new SQLite file: keyring when there is one, else the passphrase."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = key_mode
    if mode == "auto":
        env_passphrase = passphrase or os.environ.get(keys.PASSPHRASE_ENV)
        mode = "passphrase" if env_passphrase else "keyring"
        if mode == "keyring" and not keys.keyring_available():
            raise StorageError(
                "no OS keyring is available on this computer: set "
                f"{keys.PASSPHRASE_ENV} to protect the new database with a passphrase",
                code="passphrase_required",
            )
        passphrase = env_passphrase
    return keys.create_key(path, mode=mode, passphrase=passphrase)


def open_database(
    target: DatabaseTarget,
    *,
    create: bool = False,
    key_mode: KeyMode = "auto",
    passphrase: str | None = None,
) -> Database:
    """Open (or with `create`, make) the database, unlock it and migrate it to head."""
    if target.sqlite_path is not None:
        path = target.sqlite_path
        exists = path.exists()
        if not exists and not create:
            raise StorageError(
                f"{path}: no database here; create one with 'lawfulreq init' or 'lawfulreq demo'",
                code="database_missing",
            )
        if exists and create:
            raise StorageError(f"{path}: a database already exists here", code="database_exists")
        if exists:
            remove_restore_leftovers(path)
            key = keys.load_key(path, passphrase=passphrase)
        else:
            try:
                key = new_sqlite_key(path, key_mode=key_mode, passphrase=passphrase)
                # Owner-only from the start; SQLite gives its -wal and -shm files the same mode.
                path.touch(mode=0o600)
            except BaseException:
                _remove_new_file(path)
                raise
        engine = sqlite_engine(path, key)
        audit_key = keys.audit_key_for(key)
    else:
        engine = postgres_engine(target.url)
        audit_key = keys.audit_key_for(None)
    try:
        check_readable(engine, target.describe())
        migrate(engine)
    except BaseException:
        engine.dispose()
        if create and target.sqlite_path is not None:
            _remove_new_file(target.sqlite_path)
        raise
    keys.bind_audit_key(engine, audit_key)
    return Database(
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        target=target,
    )


def sqlite_companions(path: Path) -> tuple[Path, ...]:
    """The files that belong to a SQLite database besides itself."""
    return tuple(
        path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".keyinfo")
    )


def _remove_new_file(path: Path) -> None:
    """Undo a database creation that failed half-way, so that a retry starts clean."""
    for leftover in (path, *sqlite_companions(path)):
        leftover.unlink(missing_ok=True)


RESTORE_TEMP_PREFIX = ".restore-"


def restore_temp_path(path: Path, token: str) -> Path:
    """Where a restore builds the new database before it swaps it in (same folder)."""
    return path.with_name(f".{path.name}{RESTORE_TEMP_PREFIX}{token}.tmp")


def remove_restore_leftovers(path: Path) -> list[Path]:
    """Delete what a restore killed half-way left beside the database (its temp files)."""
    removed: list[Path] = []
    pattern = f".{path.name}{RESTORE_TEMP_PREFIX}*.tmp*"
    for leftover in sorted(path.parent.glob(pattern)):
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed
