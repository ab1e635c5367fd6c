"""Case fixtures: a demand input builder and services whose clock a test can move."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from lawfulreq.clock import as_utc
from lawfulreq.db.engine import DatabaseTarget
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
    """A lawful sv-126n demand by a prosecutor, verified in person, one valid target."""
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
