"""SIGKILL during writes never leaves a damaged file, a broken chain or a half-written case."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lawfulreq.db.engine import DatabaseTarget, sqlite_engine
from lawfulreq.db.models import AuditEvent, CaseTarget, DemandCase
from lawfulreq.security import keys
from lawfulreq.services.audit import verify_chain
from lawfulreq.services.registry import open_services
from tests.conftest import make_users

ROOT = Path(__file__).resolve().parents[2]
KILLS = 22
SEED = 4242


def _check(path: Path) -> tuple[int, int]:
    """The file's integrity, the chain, and every case whole; returns (cases, events)."""
    key = keys.load_key(path)
    engine = sqlite_engine(path, key)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        from sqlalchemy.orm import sessionmaker

        keys.bind_audit_key(engine, keys.audit_key_for(key))
        sessions = sessionmaker(engine)
        with sessions() as session:
            report = verify_chain(session)
            assert report.ok, report.problem
            cases = session.scalar(select(func.count()).select_from(DemandCase)) or 0
            per_case = dict(
                session.execute(
                    select(CaseTarget.case_id, func.count()).group_by(CaseTarget.case_id)
                ).all()
            )
            audited = set(
                session.scalars(
                    select(AuditEvent.case_id).where(AuditEvent.action == "case.created")
                )
            )
            case_ids = set(session.scalars(select(DemandCase.id)))
            assert all(per_case.get(case_id) == 3 for case_id in case_ids), per_case
            assert audited == case_ids
            return cases, report.events
    finally:
        engine.dispose()


@pytest.mark.slow
def test_sigkill_at_random_moments(tmp_path: Path, sqlite_target: DatabaseTarget) -> None:
    app = open_services(sqlite_target)
    make_users(app)
    app.close()
    path = sqlite_target.sqlite_path
    assert path is not None
    rng = random.Random(SEED)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    progress: list[int] = []
    started = time.monotonic()
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.security.kill_writer", str(path)],
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        cases, _events = _check(path)
        progress.append(cases)
    assert progress == sorted(progress) and progress[-1] > KILLS
    print(f"{KILLS} kills in {time.monotonic() - started:.1f} s")  # timing: tests/bench only
