"""Issue 14: the command line may not lose data, sign in as the wrong user or half-create."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest
from sqlalchemy import delete

from lawfulreq.cli.main import build_parser
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import AuditEvent, Setting
from lawfulreq.errors import ValidationError
from lawfulreq.security.keys import keyinfo_path
from lawfulreq.services.audit import ANCHOR_KEY, verify_chain
from lawfulreq.services.registry import AppServices, open_services
from tests.conftest import NOW, TEST_CLOCK, run_cli
from tests.security.populate import add_case

FG_PASSWORD = "Leader-pass-" + "a1B2c3D4e5"
OFFICER_PASSWORD = "Second-pass-" + "z9Y8x7W6"
BACKUP_PASSPHRASE = "backup-pass-" + "0123456789"


@pytest.fixture
def two_passwords(sqlite_target: DatabaseTarget) -> DatabaseTarget:
    """fg and officer whose passwords differ, and one case."""
    app = open_services(sqlite_target, clock=TEST_CLOCK)
    try:
        app.users.create_first_admin("fg", FG_PASSWORD)
        fg = app.users.login("fg", FG_PASSWORD)
        app.users.add(fg, "officer", "officer", OFFICER_PASSWORD)
        with app.db.sessions.begin() as session:
            add_case(session, fg, NOW, 1)
    finally:
        app.close()
    return sqlite_target


def _db(target: DatabaseTarget) -> str:
    assert target.sqlite_path is not None
    return str(target.sqlite_path)


# --- item 4: a sub-command's positional argument may not replace the global --user --------


def test_case_assign_signs_in_as_the_global_user_not_the_assignee(
    two_passwords: DatabaseTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAWFULREQ_PASSWORD", FG_PASSWORD)
    db = _db(two_passwords)
    assert run_cli(["--db", db, "--user", "fg", "case", "assign", "LR-2026-00001", "officer"]) == 0
    app = open_services(two_passwords, clock=TEST_CLOCK)
    try:
        fg = app.users.login("fg", FG_PASSWORD)
        events = app.audit.list(fg, limit=10)
        assigned = next(e for e in events if e.action.startswith("case.assign"))
        assert assigned.actor == "fg"
        assert not [e for e in events if e.action == "login.failed"]
        assert app.cases.get(fg, "LR-2026-00001").owner == "officer"
    finally:
        app.close()


GLOBAL_DESTS = {"db", "user", "json", "lang", "demo", "smoke_test", "version", "help"}
GLOBAL_DESTS |= {"command", "handler"}


def _sub_parsers(
    parser: argparse.ArgumentParser, path: str = ""
) -> list[tuple[str, argparse.ArgumentParser]]:
    found: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found.append((f"{path} {name}".strip(), child))
                found.extend(_sub_parsers(child, f"{path} {name}".strip()))
    return found


def test_no_sub_command_option_shares_a_name_with_a_global_option() -> None:
    parser = build_parser()
    global_dests = {a.dest for a in parser._actions} - {"help"}
    assert {"db", "user", "json", "lang"} <= global_dests
    subs = _sub_parsers(parser)
    assert len(subs) >= 20  # every command and action is looked at
    clashes = [
        f"{path}: {action.dest}"
        for path, sub in subs
        for action in sub._actions
        if action.dest in (global_dests | GLOBAL_DESTS) - {"help"}
        and not isinstance(action, argparse._SubParsersAction)
        # `stats … --json` repeats the global switch: it only ever sets it, never resets it.
        and not (action.dest == "json" and action.default is argparse.SUPPRESS)
    ]
    assert clashes == []


# --- item 5: a failed init writes nothing and the retry works -----------------------------


def test_failed_init_leaves_nothing_and_the_retry_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAWFULREQ_DB_PASSPHRASE", "db-pass-" + "x" * 20)
    db = tmp_path / "new.db"
    monkeypatch.setenv("LAWFULREQ_NEW_PASSWORD", "weak")
    assert run_cli(["--db", str(db), "init", "--admin", "fg"]) == 1
    assert sorted(os.listdir(tmp_path)) == []
    monkeypatch.setenv("LAWFULREQ_NEW_PASSWORD", FG_PASSWORD)
    assert run_cli(["--db", str(db), "init", "--admin", "bad name!"]) == 1
    assert sorted(os.listdir(tmp_path)) == []
    assert run_cli(["--db", str(db), "init", "--admin", "fg"]) == 0
    assert db.exists() and keyinfo_path(db).exists()


# --- item 3: an emptied or shortened chain fails verification ---------------------------


def test_an_emptied_chain_without_anchor_fails(sqlite_services: AppServices) -> None:
    sqlite_services.users.create_first_admin("fg", FG_PASSWORD)
    with sqlite_services.db.sessions.begin() as session:
        session.execute(delete(AuditEvent))
        session.execute(delete(Setting).where(Setting.key == ANCHOR_KEY))
    with sqlite_services.db.sessions() as session:
        report = verify_chain(session)
    assert not report.ok
    assert report.code == "emptied"
    assert report.first_broken == 1


def test_a_chain_cut_to_its_first_events_without_anchor_fails(
    sqlite_services: AppServices,
) -> None:
    sqlite_services.users.create_first_admin("fg", FG_PASSWORD)
    sqlite_services.users.login("fg", FG_PASSWORD)
    with sqlite_services.db.sessions.begin() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.id > 1))
        session.execute(delete(Setting).where(Setting.key == ANCHOR_KEY))
    with sqlite_services.db.sessions() as session:
        report = verify_chain(session)
    assert not report.ok
    assert report.code == "anchor_missing"


def test_a_fresh_database_without_accounts_verifies(sqlite_services: AppServices) -> None:
    with sqlite_services.db.sessions() as session:
        assert verify_chain(session).ok


def test_the_cli_reports_the_emptied_chain(
    two_passwords: DatabaseTarget,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = open_services(two_passwords, clock=TEST_CLOCK)
    with app.db.sessions.begin() as session:
        session.execute(delete(AuditEvent))
        session.execute(delete(Setting).where(Setting.key == ANCHOR_KEY))
    app.close()
    monkeypatch.setenv("LAWFULREQ_PASSWORD", FG_PASSWORD)
    # The sign-in itself appends an event: the chain then starts at an event 1 that is no
    # genesis of this database's history, and the missing anchor is reported.
    assert run_cli(["--db", _db(two_passwords), "--user", "fg", "audit", "verify"]) == 1
    assert "audit log broken" in capsys.readouterr().err


# --- item 1: backup never destroys the live database --------------------------------------


def _companions(db: Path) -> list[Path]:
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm"), keyinfo_path(db)]


@pytest.mark.parametrize("which", range(4))
def test_backup_refuses_the_live_database_and_its_companions(
    two_passwords: DatabaseTarget, monkeypatch: pytest.MonkeyPatch, which: int
) -> None:
    db = two_passwords.sqlite_path
    assert db is not None
    victim = _companions(db)[which]
    monkeypatch.setenv("LAWFULREQ_PASSWORD", FG_PASSWORD)
    monkeypatch.setenv("LAWFULREQ_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    keyinfo = keyinfo_path(db).read_bytes()
    for spelling in _spellings(victim, db.parent, monkeypatch):
        code = run_cli(["--db", str(db), "--user", "fg", "backup", spelling, "--overwrite"])
        assert code == 1, spelling
    # The database (which each sign-in writes to) still opens, whole, with its case.
    assert keyinfo_path(db).read_bytes() == keyinfo
    app = open_services(two_passwords, clock=TEST_CLOCK)
    try:
        with app.db.sessions() as session:
            assert verify_chain(session).ok
        fg = app.users.login("fg", FG_PASSWORD)
        assert app.cases.get(fg, "LR-2026-00001").ref == "LR-2026-00001"
    finally:
        app.close()


def _spellings(victim: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    link = folder / "innocent-looking.lrbackup"
    if not link.is_symlink():
        link.symlink_to(victim)
    monkeypatch.chdir(folder)
    (folder / "sub").mkdir(exist_ok=True)
    return [
        str(victim),
        victim.name,  # relative to the working directory
        f"sub/../{victim.name}",
        str(link),
        str(victim.parent / victim.name.upper()),  # a case-insensitive file system
    ]


def test_backup_never_overwrites_without_overwrite(
    two_passwords: DatabaseTarget, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LAWFULREQ_PASSWORD", FG_PASSWORD)
    monkeypatch.setenv("LAWFULREQ_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    db = _db(two_passwords)
    out = tmp_path / "precious.txt"
    out.write_text("keep me")
    assert run_cli(["--db", db, "--user", "fg", "backup", str(out)]) == 1
    assert out.read_text() == "keep me"
    assert run_cli(["--db", db, "--user", "fg", "backup", str(out), "--overwrite"]) == 0
    assert out.read_bytes().startswith(b"LAWFULREQ-BACKUP/1")


def test_backup_service_refuses_the_database_itself(two_passwords: DatabaseTarget) -> None:
    app = open_services(two_passwords, clock=TEST_CLOCK)
    try:
        fg = app.users.login("fg", FG_PASSWORD)
        assert two_passwords.sqlite_path is not None
        with pytest.raises(ValidationError) as refused:
            app.backup.backup(fg, two_passwords.sqlite_path, BACKUP_PASSPHRASE, overwrite=True)
        assert refused.value.code == "backup_would_overwrite_database"
    finally:
        app.close()
