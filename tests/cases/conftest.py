"""Case fixtures: a demand input builder and services whose clock a test can move."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from lawfulreq.clock import as_utc
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.services.base import Actor
from lawfulreq.services.intake import CaseInput, VerificationInput
from lawfulreq.services.registry import AppServices, open_services
from tests.conftest import NOW


class MovableClock:
    def __init__(self, start: datetime) -> None:
        self.now = as_utc(start)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def demand(**overrides: Any) -> CaseInput:
    """A lawful sv-126n demand by a prosecutor, verified in person, one valid target.

    It carries a court's prior review (dated the day before receipt): without one, traffic
    data under 126n get RC_AUTHORISATION_ADVISED (HR 5 April 2022, ECLI:NL:HR:2022:475).
    """
    base = CaseInput(
        authority_name="Politie Eenheid Oost-Nederland",
        authority_type="police",
        requester_name="J. de Vries",
        requester_phone="+31 88 1234567",
        requester_email="j.devries@politie.nl",
        issuer_role="prosecutor",
        legal_basis="sv-126n",
        authority_reference="PL0600-2026123456",
        parket_number="05/123456-26",
        channel="written",
        received_at=as_utc(NOW),
        due_at=as_utc(NOW) + timedelta(days=7),
        data_categories=("subscriber", "traffic"),
        period_from=as_utc(NOW) - timedelta(days=30),
        period_to=as_utc(NOW),
        targets=("06-12345678",),
        verifications=(VerificationInput("in_person", "seen at the desk"),),
        rc_authorisation_date=(as_utc(NOW) - timedelta(days=1)).date(),
        rc_judge="mr. A. Bakker",
    )
    return replace(base, **overrides)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(NOW)


@pytest.fixture
def clocked(
    any_target: DatabaseTarget, services: AppServices, clock: MovableClock
) -> Iterator[AppServices]:
    """A second set of services on the same database, with a clock the test moves."""
    app = open_services(any_target, clock=clock)
    yield app
    app.close()


@pytest.fixture
def gui_actors(sqlite_services: AppServices) -> dict[str, Actor]:
    """Users on the SQLite database the GUI tests drive."""
    from tests.conftest import make_users

    return make_users(sqlite_services)


@pytest.fixture
def qsettings_tmp(tmp_path: Path) -> Iterator[None]:
    """QSettings go to a temporary INI file, never the user's configuration."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QCoreApplication.setOrganizationName("LawfulReqTest")
    QCoreApplication.setApplicationName("cases-tests")
    yield


def bulk_cases(app: AppServices, count: int, *, actor_id: int) -> None:
    """Insert `count` cases straight into the tables (benchmarks and paging tests)."""
    from sqlalchemy import insert, select

    from lawfulreq.db.models import Authority, DemandCase, LegalBasisVersion

    now = as_utc(NOW)
    statuses = ["received", "under_review", "on_hold", "approved", "closed"]
    with app.db.sessions.begin() as session:
        authority = Authority(name="Bulk Politie", type="police")
        session.add(authority)
        session.flush()
        bases = session.scalars(
            select(LegalBasisVersion.id).where(LegalBasisVersion.current.is_(True))
        ).all()
        rows = [
            {
                "ref": f"LR-2025-{i:06d}",
                "status": statuses[i % len(statuses)],
                "authority_id": authority.id,
                "issuer_role": "prosecutor",
                "legal_basis_id": bases[i % len(bases)],
                "authority_reference": f"PL-{i}",
                "parket_number": "",
                "channel": "written",
                "received_at": now - timedelta(minutes=i),
                "due_at": now + timedelta(hours=i % 400 - 100),
                "rc_judge": "",
                "data_categories": ["subscriber"],
                "emergency": False,
                "emergency_reason": "",
                "notes": "",
                "owner_id": actor_id,
                "paused_seconds": 0,
                "created_at": now,
                "created_by": actor_id,
                "updated_at": now,
                "version": 1,
            }
            for i in range(1, count + 1)
        ]
        session.execute(insert(DemandCase), rows)
