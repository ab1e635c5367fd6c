"""Backup and restore: encrypted, consistent, and every table comes back row for row."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url

from lawfulreq.clock import fixed_clock
from lawfulreq.db.database import open_database
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import Base
from lawfulreq.errors import PermissionDeniedError, StorageError, ValidationError
from lawfulreq.services.audit import ANCHOR_KEY
from lawfulreq.services.backup import restore_backup
from lawfulreq.services.registry import AppServices
from tests.conftest import NOW, POSTGRES_ENV, make_users
from tests.security.populate import SECRET_NAMES, SECRET_NUMBERS, populate

PASSPHRASE = "backup-" + uuid.uuid4().hex


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in primary-key order."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in conn.execute(query)]
    return tables


def comparable(tables: dict[str, list[tuple[Any, ...]]], events: int) -> dict[str, Any]:
    """Drop what a restore legitimately changes: later audit events and the resealed anchor."""
    out = dict(tables)
    out["audit_event"] = [row for row in tables["audit_event"] if row[0] <= events]
    out["setting"] = [row for row in tables["setting"] if row[0] != ANCHOR_KEY]
    return out


@pytest.fixture
def second_target(any_target: DatabaseTarget, tmp_path: Path) -> Iterator[DatabaseTarget]:
    if any_target.is_sqlite:
        yield DatabaseTarget(url="", sqlite_path=tmp_path / "restored.db")
        return
    import os

    base = os.environ[POSTGRES_ENV]
    name = "lawfulreq_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield DatabaseTarget(
            url=make_url(base).set(database=name).render_as_string(False), sqlite_path=None
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_round_trip_restores_every_table(
    services: AppServices, second_target: DatabaseTarget, tmp_path: Path
) -> None:
    actors = make_users(services)
    populate(services, actors["officer"], cases=12)
    before = snapshot(services.db.engine)
    events = len(before["audit_event"])
    out = tmp_path / "full.lrbackup"
    info = services.backup.backup(actors["fg"], out, PASSPHRASE)
    assert info.audit_events == events
    data = out.read_bytes()
    for needle in (*SECRET_NAMES, *SECRET_NUMBERS, "CREATE TABLE", "login.succeeded"):
        assert needle.encode() not in data, needle
    # The backup itself is audited in the source.
    assert services.audit.list(actors["auditor"])[0].action == "backup.created"

    report = restore_backup(second_target, out, PASSPHRASE, clock=fixed_clock(NOW))
    assert report.chain.ok, report.chain.problem
    restored = open_database(second_target)
    try:
        after = snapshot(restored.engine)
    finally:
        restored.dispose()
    assert comparable(after, events) == comparable(before, events)
    assert sum(len(rows) for rows in before.values()) > 100
    assert after["audit_event"][-1][3] == "backup.restored"


def test_restore_over_an_existing_database(sqlite_services: AppServices, tmp_path: Path) -> None:
    actors = make_users(sqlite_services)
    populate(sqlite_services, actors["officer"], cases=3)
    out = tmp_path / "b.lrbackup"
    expected = comparable(snapshot(sqlite_services.db.engine), 10**9)
    sqlite_services.backup.backup(actors["fg"], out, PASSPHRASE)
    with sqlite_services.db.sessions.begin() as session:
        session.execute(text("DELETE FROM case_target"))  # a change the restore must undo
    target = sqlite_services.db.target
    sqlite_services.close()
    report = restore_backup(target, out, PASSPHRASE, actor=actors["fg"])
    assert report.chain.ok
    db = open_database(target)
    try:
        got = snapshot(db.engine)
    finally:
        db.dispose()
    events = len(expected["audit_event"])
    assert comparable(got, events) == comparable(expected, events)


def test_backup_refusals(sqlite_services: AppServices, tmp_path: Path) -> None:
    actors = make_users(sqlite_services)
    out = tmp_path / "b.lrbackup"
    with pytest.raises(PermissionDeniedError):
        sqlite_services.backup.backup(actors["officer"], out, PASSPHRASE)
    with pytest.raises(ValidationError) as weak:
        sqlite_services.backup.backup(actors["fg"], out, "short")
    assert weak.value.code == "weak_backup_passphrase"
    sqlite_services.backup.backup(actors["fg"], out, PASSPHRASE)
    other = DatabaseTarget(url="", sqlite_path=tmp_path / "other.db")
    with pytest.raises(StorageError) as wrong:
        restore_backup(other, out, PASSPHRASE + "x")
    assert wrong.value.code == "wrong_backup_passphrase"
    damaged = tmp_path / "damaged.lrbackup"
    raw = bytearray(out.read_bytes())
    raw[-100] ^= 0x01
    damaged.write_bytes(bytes(raw))
    with pytest.raises(StorageError) as bad:
        restore_backup(other, damaged, PASSPHRASE)
    assert bad.value.code == "backup_damaged"
    assert not other.sqlite_path.exists()  # type: ignore[union-attr]
