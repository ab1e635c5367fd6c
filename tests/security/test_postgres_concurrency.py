"""Issue 14, under load: two users on PostgreSQL change the same case at once, 100 rounds.

Two command-line processes (each serving 100 `case assign` commands, so that start-up does
not dominate) get the same expected version every round: exactly one wins, the other is
told of the conflict; no assignment is lost and the audit chain stays intact.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import AuditEvent, DemandCase
from lawfulreq.services.audit import verify_chain
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import NOW, TEST_PASSWORD
from tests.security.populate import add_case

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 100


@pytest.mark.slow
@pytest.mark.postgres
def test_two_users_on_one_case_at_once(
    any_target: DatabaseTarget, services: AppServices, actors: dict[str, Actor]
) -> None:
    if any_target.is_sqlite:
        pytest.skip("the PostgreSQL load test")
    with services.db.sessions.begin() as session:
        add_case(session, actors["officer"], NOW, 1)
        ref = session.scalar(select(DemandCase.ref))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LAWFULREQ_PASSWORD": TEST_PASSWORD}
    users = ("officer", "officer2")
    workers = {
        user: subprocess.Popen(
            [sys.executable, "-m", "tests.security.cli_worker"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for user in users
    }
    wins: dict[str, int] = {user: 0 for user in users}
    conflicts = 0
    try:
        for index in range(1, ROUNDS + 1):
            with services.db.sessions() as session:
                version = session.scalar(select(DemandCase.version).where(DemandCase.ref == ref))
            for user, proc in workers.items():
                assert proc.stdin is not None
                argv = ["--db", any_target.url, "--user", user, "case", "assign", str(ref)]
                argv += [user, "--expect-version", str(version)]
                proc.stdin.write(f"{index} {' '.join(argv)}\n")
                proc.stdin.flush()
            answers = {}
            for user, proc in workers.items():
                assert proc.stdout is not None
                answers[user] = json.loads(proc.stdout.readline())
            codes = sorted(a["code"] for a in answers.values())
            assert codes == [0, 1], answers
            for user, answer in answers.items():
                if answer["code"] == 0:
                    wins[user] += 1
                else:
                    assert "changed" in answer["err"] or "conflict" in answer["err"], answer
                    assert "Traceback" not in answer["err"]
                    conflicts += 1
    finally:
        for proc in workers.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(timeout=60)
    assert conflicts == ROUNDS and sum(wins.values()) == ROUNDS
    with services.db.sessions() as session:
        assert verify_chain(session).ok
        case = session.scalars(select(DemandCase).where(DemandCase.ref == ref)).one()
        assigned = session.scalars(
            select(AuditEvent.actor).where(AuditEvent.action == "case.assigned")
        ).all()
    assert case.version == 1 + ROUNDS  # every win is one change; nothing lost
    assert len(assigned) == ROUNDS
    assert {user: assigned.count(user) for user in users} == wins
    print(f"{ROUNDS} rounds: wins {wins}, conflicts reported {conflicts}")
