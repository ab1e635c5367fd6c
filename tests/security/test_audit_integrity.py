"""Audit trail: concurrent writers never fork it; any edited or deleted row is named."""

from __future__ import annotations

import json
import random
import threading
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select, update

from lawfulreq.db.models import AuditEvent, Setting
from lawfulreq.services.audit import ANCHOR_KEY, record, verify_chain
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD, make_users, run_cli
from tests.security.populate import populate

SEED = 20261120


def test_concurrent_writers_keep_one_chain(services: AppServices) -> None:
    actors = make_users(services)
    writers, each = 6, 15
    errors: list[BaseException] = []
    start = threading.Barrier(writers)

    def write(n: int) -> None:
        try:
            start.wait()
            for i in range(each):
                with services.db.sessions.begin() as session:
                    record(
                        session,
                        actors["officer"],
                        "test.concurrent",
                        services.clock(),
                        details={"writer": n, "i": i},
                    )
        except BaseException as exc:
            errors.append(exc)

    before = services.audit.count(actors["auditor"])
    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with services.db.sessions() as session:
        assert verify_chain(session).ok
        prevs = session.scalars(select(AuditEvent.prev_hash)).all()
    assert len(prevs) == len(set(prevs)), "two events chained onto the same predecessor"
    assert services.audit.count(actors["auditor"]) == before + writers * each


def _tamper(session: object, row: AuditEvent, how: str, rng: random.Random) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    if how == "delete":
        session.execute(delete(AuditEvent).where(AuditEvent.id == row.id))
        return
    changes = {
        "actor": {"actor": "mallory"},
        "action": {"action": row.action + ".x"},
        "reason": {"reason": "edited"},
        "details": {"details": {**row.details, "x": 1}},
        "at": {"at": row.at + timedelta(seconds=1)},
        "case_id": {"case_id": (row.case_id or 0) + 1},
        "prev_hash": {"prev_hash": "f" * 64},
        "hash": {"hash": "e" * 64},
    }
    field = rng.choice(sorted(changes))
    session.execute(update(AuditEvent).where(AuditEvent.id == row.id).values(**changes[field]))


def test_any_single_edit_or_deletion_is_named(services: AppServices) -> None:
    actors = make_users(services)
    populate(services, actors["officer"], cases=40)
    with services.db.sessions() as session:
        rows = {e.id: e for e in session.scalars(select(AuditEvent))}
        assert verify_chain(session).ok
    last = max(rows)
    rng = random.Random(SEED)
    chosen = [*rng.sample(sorted(set(rows) - {last}), 48), last, last]
    hows = [rng.choice(("update", "delete")) for _ in chosen]
    hows[-2:] = ["update", "delete"]  # the last row both ways
    assert len(chosen) == 50 and hows.count("delete") >= 10
    for event_id, how in zip(chosen, hows, strict=True):
        with services.db.sessions() as session:
            _tamper(session, rows[event_id], how, rng)
            report = verify_chain(session)
            session.rollback()
        assert not report.ok, (event_id, how)
        assert report.first_broken == event_id, (event_id, how, report.problem)
        assert str(event_id) in report.problem
    with services.db.sessions() as session:
        assert verify_chain(session).ok


def test_deleted_last_event_stays_visible_after_new_events(services: AppServices) -> None:
    actors = make_users(services)
    with services.db.sessions.begin() as session:
        last = session.scalar(select(func.max(AuditEvent.id)))
        session.execute(delete(AuditEvent).where(AuditEvent.id == last))
    services.users.login("fg", TEST_PASSWORD)  # appends more events after the gap
    report = services.audit.verify(actors["auditor"])
    assert (report.ok, report.first_broken) == (False, last)
    assert f"event {last} is missing" in report.problem


@pytest.mark.parametrize("attack", ["drop_anchor", "forge_anchor"])
def test_tampered_anchor_is_reported_and_sticks(services: AppServices, attack: str) -> None:
    actors = make_users(services)
    with services.db.sessions.begin() as session:
        last = session.scalar(select(func.max(AuditEvent.id)))
        session.execute(delete(AuditEvent).where(AuditEvent.id == last))
        if attack == "drop_anchor":
            session.execute(delete(Setting).where(Setting.key == ANCHOR_KEY))
        else:
            value = session.scalar(select(Setting.value).where(Setting.key == ANCHOR_KEY))
            prev = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == last - 1))
            value = {**value, "last_id": last - 1, "last_hash": prev}
            session.execute(update(Setting).where(Setting.key == ANCHOR_KEY).values(value=value))
    first = services.audit.verify(actors["auditor"])
    assert not first.ok and "anchor" in first.problem
    # Appending (verify itself did) must not launder the attack: the note is sealed in.
    services.users.login("fg", TEST_PASSWORD)
    again = services.audit.verify(actors["auditor"])
    assert not again.ok and "anchor" in again.problem


def test_cli_audit_verify(
    services: AppServices, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_users(services)
    target = services.db.target
    db = str(target.sqlite_path) if target.sqlite_path else target.url
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    argv = ["--db", db, "--user", "auditor", "--json", "audit", "verify"]
    assert run_cli(argv) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] is True and doc["first_broken"] is None and doc["events"] >= 8
    with services.db.sessions.begin() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == 5).values(reason="edited"))
    assert run_cli(argv) == 1
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert (doc["ok"], doc["first_broken"]) == (False, 5)
    assert "broken at event 5" in captured.err
    assert "Traceback" not in captured.err
    assert run_cli(["--db", db, "--user", "auditor", "audit", "list", "--action", "login."]) == 0
    listing = capsys.readouterr().out
    assert "login.succeeded" in listing and "user.created" not in listing
