"""Secrecy fixtures: the hand-made subscriber world, a second FG, cases through intake, and
delivered disclosures made directly (the disclosure service is another issue's)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import Customer, Disclosure, DisclosureItem, NonNotificationFlag
from lawfulreq.services.base import Actor
from lawfulreq.services.intake import CaseInput
from lawfulreq.services.registry import AppServices, open_services
from tests.cases.conftest import MovableClock, demand
from tests.conftest import NOW, TEST_PASSWORD
from tests.lookup.data import load_world


@pytest.fixture
def team(services: AppServices, actors: dict[str, Actor]) -> dict[str, Actor]:
    """The four test users plus a second FG (four eyes on lifting a flag)."""
    services.users.add(actors["fg"], "fg2", "fg", TEST_PASSWORD)
    return {**actors, "fg2": services.users.login("fg2", TEST_PASSWORD)}


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
def world(services: AppServices, actors: dict[str, Actor], tmp_path: Path) -> None:
    load_world(services, actors["fg"], tmp_path)


def take_in(app: AppServices, actor: Actor, **overrides: object) -> tuple[str, int]:
    """A case through the real intake; returns its reference and its flag's id (or 0)."""
    data: CaseInput = replace(demand(), **overrides)  # type: ignore[arg-type]
    created = app.intake.create(actor, data)
    with app.db.sessions() as session:
        flag_id = session.scalar(
            select(NonNotificationFlag.id).where(NonNotificationFlag.case_id == created.id)
        )
    return created.ref, int(flag_id or 0)


def deliver(app: AppServices, actor: Actor, case_ref: str, customer_ref: str, at: datetime) -> int:
    """A delivered disclosure of the customer's subscriber data in the case (test helper)."""
    from lawfulreq.db.models import DemandCase

    with app.db.sessions.begin() as session:
        case_id = session.scalar(select(DemandCase.id).where(DemandCase.ref == case_ref))
        customer_id = session.scalar(
            select(Customer.id).where(Customer.customer_ref == customer_ref)
        )
        disclosure = Disclosure(
            case_id=case_id,
            status="delivered",
            prepared_by=actor.user_id,
            prepared_at=at,
            delivered_at=at,
            delivery_channel="secure_email",
            created_at=at,
        )
        session.add(disclosure)
        session.flush()
        session.add(
            DisclosureItem(
                disclosure_id=disclosure.id,
                customer_id=customer_id,
                category="subscriber",
                decision="deliver",
                data={},
                added_by=actor.user_id,
                added_at=at,
            )
        )
        session.flush()
        return disclosure.id
