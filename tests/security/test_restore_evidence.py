"""Issue 14 item 2: a restore never destroys evidence, and a kill never leaves half a swap."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from lawfulreq.db.database import open_database, restore_temp_path
from lawfulreq.db.engine import DatabaseTarget, sqlite_engine
from lawfulreq.db.models import AuditEvent
from lawfulreq.security import keys
from lawfulreq.services.audit import verify_chain
from lawfulreq.services.backup import restore_backup
from lawfulreq.services.registry import AppServices, open_services
from tests.conftest import TEST_CLOCK, TEST_PASSWORD, make_users
from tests.security.populate import populate

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "re-" + uuid.uuid4().hex


def _events(path: Path) -> list[tuple[int, str, str, dict[str, object]]]:
    key = keys.load_key(path)
    engine = sqlite_engine(path, key)
    try:
        keys.bind_audit_key(engine, keys.audit_key_for(key))
        sessions = sessionmaker(engine)
        with sessions() as session:
            assert verify_chain(session).ok
            rows = session.execute(
                select(
                    AuditEvent.id, AuditEvent.action, AuditEvent.hash, AuditEvent.details
                ).order_by(AuditEvent.id)
            ).all()
            return [(r.id, r.action, r.hash, r.details) for r in rows]
    finally:
        engine.dispose()


def test_restore_keeps_the_replaced_database_and_names_its_head(
    sqlite_services: AppServices, tmp_path: Path
) -> None:
    actors = make_users(sqlite_services)
    populate(sqlite_services, actors["officer"], cases=2)
    out = tmp_path / "b.lrbackup"
    sqlite_services.backup.backup(actors["fg"], out, PASSPHRASE)
    # Evidence made after the backup: a sign-in and a verification, each audited.
    sqlite_services.users.login("auditor", TEST_PASSWORD)
    sqlite_services.audit.verify(actors["auditor"])
    path = sqlite_services.db.target.sqlite_path
    assert path is not None
    before = _events(path)
    target = sqlite_services.db.target
    sqlite_services.close()

    report = restore_backup(target, out, PASSPHRASE, actor=actors["fg"], clock=TEST_CLOCK)

    assert report.chain.ok and report.kept is not None
    assert report.kept.name.startswith("test.db.replaced-20261120T090000Z-")
    kept = _events(report.kept)
    # Every event of the replaced chain is still there, plus the one naming the restore.
    assert kept[: len(before)] == before
    assert kept[-1][1] == "backup.restore_started"
    assert report.replaced_events == len(kept)
    assert report.replaced_head == kept[-1][2]
    assert report.kept.name.endswith(kept[-1][2][:16])
    after = _events(path)
    assert after[-1][1] == "backup.restored"
    replaced = after[-1][3]["replaced"]
    assert replaced == {"events": len(kept), "head": kept[-1][2], "kept_as": report.kept.name}
    # The kept file is encrypted like the database (no SQLite plain header).
    assert not report.kept.read_bytes().startswith(b"SQLite format 3")
    assert stat.S_IMODE(report.kept.stat().st_mode) == 0o600


def test_restore_into_a_new_path_is_owner_only(
    sqlite_services: AppServices, tmp_path: Path
) -> None:
    actors = make_users(sqlite_services)
    out = tmp_path / "b.lrbackup"
    sqlite_services.backup.backup(actors["fg"], out, PASSPHRASE)
    fresh = tmp_path / "elsewhere" / "fresh.db"
    fresh.parent.mkdir()
    old_umask = os.umask(0o022)
    try:
        report = restore_backup(DatabaseTarget(url="", sqlite_path=fresh), out, PASSPHRASE)
    finally:
        os.umask(old_umask)
    assert report.chain.ok and report.kept is None
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.keyinfo_path(fresh).stat().st_mode) == 0o600
    assert sorted(p.name for p in fresh.parent.iterdir()) == ["fresh.db", "fresh.db.keyinfo"]


def test_leftover_restore_files_are_removed_on_the_next_start(
    sqlite_target: DatabaseTarget,
) -> None:
    path = sqlite_target.sqlite_path
    assert path is not None
    leftovers = [restore_temp_path(path, "dead0001"), restore_temp_path(path, "dead0001-backup")]
    leftovers.append(leftovers[0].with_name(leftovers[0].name + "-wal"))
    for leftover in leftovers:
        leftover.write_bytes(b"half a database")
    unrelated = path.with_name("notes.tmp")
    unrelated.write_text("mine")
    db = open_database(sqlite_target)
    db.dispose()
    assert not [p for p in leftovers if p.exists()]
    assert unrelated.exists()


def _state(path: Path) -> str:
    """'old' or 'new', after checking that the file is whole and its chain intact."""
    db = open_database(DatabaseTarget(url="", sqlite_path=path))  # also cleans leftovers
    try:
        with db.sessions() as session:
            assert verify_chain(session).ok
            actions = list(
                session.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(2))
            )
    finally:
        db.dispose()
    assert not list(path.parent.glob(f".{path.name}.restore-*"))
    if actions[0] == "backup.restored":
        return "new"
    assert actions[0] in ("login.succeeded", "backup.restore_started")
    return "old"


@pytest.mark.slow
def test_sigkill_at_each_step_of_a_restore(sqlite_target: DatabaseTarget, tmp_path: Path) -> None:
    path = sqlite_target.sqlite_path
    assert path is not None
    app = open_services(sqlite_target, clock=TEST_CLOCK)
    actors = make_users(app)
    out = tmp_path / "b.lrbackup"
    app.backup.backup(actors["fg"], out, PASSPHRASE)
    app.users.login("officer", TEST_PASSWORD)
    app.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LAWFULREQ_BACKUP_PASSPHRASE": PASSPHRASE}
    seen: list[str] = []
    step = 1
    while True:
        proc = subprocess.run(
            [sys.executable, "-m", "tests.security.kill_restore", str(path), str(out), str(step)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=False,
            timeout=120,
        )
        state = _state(path)
        if proc.returncode == 0:
            assert state == "new"
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
        seen.append(state)
        step += 1
        assert step < 200
    # The kill landed before the swap (old database) and after it (new one), never between.
    assert "old" in seen and "new" in seen and step > 10, seen
    print(f"kills: {len(seen)} ({seen.count('old')} old, {seen.count('new')} new)")


@pytest.mark.postgres
def test_postgres_restore_keeps_an_encrypted_dump_of_what_it_replaced(
    any_target: DatabaseTarget, services: AppServices, tmp_path: Path
) -> None:
    if any_target.is_sqlite:
        pytest.skip("the PostgreSQL path")
    actors = make_users(services)
    out = tmp_path / "b.lrbackup"
    services.backup.backup(actors["fg"], out, PASSPHRASE)
    services.users.login("auditor", TEST_PASSWORD)  # evidence made after the backup
    report = restore_backup(any_target, out, PASSPHRASE, actor=actors["fg"], clock=TEST_CLOCK)
    assert report.chain.ok and report.kept is not None and report.kept.exists()
    assert report.kept.read_bytes().startswith(b"LAWFULREQ-BACKUP/1")
    assert report.kept.name.startswith("lawfulreq-replaced-20261120T090000Z-")
    restored = services.audit.list(actors["fg"], limit=1)[0]
    assert restored.action == "backup.restored"
    assert restored.details["replaced"]["events"] == report.replaced_events
    assert restored.details["replaced"]["head"] == report.replaced_head
    # The kept dump opens with the same passphrase and holds every replaced event.
    summary = services.backup.describe_backup(actors["fg"], report.kept, PASSPHRASE)
    assert summary.audit_events == report.replaced_events
