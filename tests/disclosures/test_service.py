"""The disclosure builder: items from lookups, decisions, four-eyes approval, delivery."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lawfulreq.db.models import AuditEvent, DemandCase
from lawfulreq.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from lawfulreq.services.base import Actor
from lawfulreq.services.disclosures import Decision
from lawfulreq.services.registry import AppServices
from tests.lookup.data import Cases, amsterdam, make_case


def _add_subscribers(services: AppServices, actor: Actor, ref: str) -> list[int]:
    result = services.lookup.lookup(actor, ref, "0612345678", at=amsterdam("2026-06-01T12:00"))
    return services.disclosures.add_from_lookup(actor, ref, result)


def test_items_come_undecided_with_their_window(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    added = _add_subscribers(services, actors["officer"], world.subscriber)
    assert added == [1]
    view = services.disclosures.show(actors["officer"], world.subscriber)
    assert view.state.value == "draft"
    (item,) = view.items
    assert item.decision is None
    assert item.category == "subscriber"
    assert item.target == "0612345678"
    assert item.valid_from is not None
    assert "06-12345678" in item.summary  # Dutch notation, as the officer reads it
    assert view.as_json()["items"][0]["decision"] is None


def test_withhold_and_not_available_need_a_reason(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    _add_subscribers(services, actors["officer"], world.subscriber)
    for decision in (Decision.WITHHOLD, Decision.NOT_AVAILABLE):
        with pytest.raises(ValidationError) as info:
            services.disclosures.decide(actors["officer"], world.subscriber, 1, decision)
        assert info.value.code == "reason_required"
    with pytest.raises(NotFoundError):
        services.disclosures.decide(actors["officer"], world.subscriber, 2, Decision.PRODUCE)
    view = services.disclosures.decide(
        actors["officer"], world.subscriber, "all", "withhold", reason="secret number"
    )
    assert view.items[0].decision is Decision.WITHHOLD
    assert view.items[0].reason == "secret number"
    assert view.state.value == "prepared"
    assert view.prepared_by == "officer"


def test_data_outside_the_basis_cannot_be_produced(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    _add_subscribers(services, actors["officer"], world.subscriber)
    # The basis is narrowed after the items were added: producing them is then refused.
    with services.db.sessions.begin() as session:
        case = session.scalar(select(DemandCase).where(DemandCase.ref == world.subscriber))
        assert case is not None
        case.legal_basis.allowed_categories = ["traffic"]
    with pytest.raises(ValidationError) as info:
        services.disclosures.decide(actors["officer"], world.subscriber, 1, "produce")
    assert info.value.code == "data_not_allowed"


def test_four_eyes_in_the_service(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    ref = world.subscriber
    _add_subscribers(services, actors["officer"], ref)
    with pytest.raises(ConflictError) as draft:
        services.disclosures.approve(actors["officer2"], ref)
    assert draft.value.code == "not_prepared"
    services.disclosures.decide(actors["officer2"], ref, 1, "produce")
    # officer added the item, officer2 decided it: neither may approve; the auditor never.
    for who in ("officer", "officer2"):
        with pytest.raises(PermissionDeniedError) as refused:
            services.disclosures.approve(actors[who], ref)
        assert refused.value.code == "four_eyes"
    with pytest.raises(PermissionDeniedError) as auditor:
        services.disclosures.approve(actors["auditor"], ref)
    assert auditor.value.code == "permission_denied"
    # The same rule on a direct workflow move.
    with pytest.raises(PermissionDeniedError) as moved:
        services.cases.move(actors["officer2"], ref, "approved")
    assert moved.value.code == "four_eyes"
    view = services.disclosures.approve(actors["fg"], ref)
    assert view.state.value == "approved"
    assert view.approved_by == "fg"
    assert view.case_status.value == "approved"
    with services.db.sessions.begin() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.action.like("disclosure.%"))
        ).all()
    assert actions == [
        "disclosure.item_added",
        "disclosure.decided",
        "disclosure.prepared",
        "disclosure.approved",
    ]


def test_unprepared_disclosure_is_not_approved(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    _add_subscribers(services, actors["officer"], world.subscriber)
    with pytest.raises(ConflictError) as info:
        services.disclosures.approve(actors["fg"], world.subscriber)
    assert info.value.code == "not_prepared"
    with pytest.raises(ConflictError):
        services.cases.move(actors["fg"], world.subscriber, "approved")


def test_lookup_needs_review_and_verified_requester(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    fresh = make_case(services, actors["fg"], "LR-2026-0009", "sv-126na", status="received")
    with pytest.raises(PermissionDeniedError) as received:
        services.lookup.lookup(actors["officer"], fresh, "0612345678")
    assert received.value.code == "case_not_ready"
    with services.db.sessions.begin() as session:
        case = session.scalar(select(DemandCase).where(DemandCase.ref == fresh))
        assert case is not None
        case.emergency = True
    assert services.lookup.lookup(actors["officer"], fresh, "0612345678").matches


def test_delivery_needs_approval_and_report(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    ref = world.subscriber
    _add_subscribers(services, actors["officer"], ref)
    services.disclosures.decide(actors["officer"], ref, "all", "produce")
    with pytest.raises(ConflictError) as early:
        services.disclosures.deliver(actors["officer"], ref, channel="portal", to="Politie")
    assert early.value.code == "not_approved"
    services.disclosures.approve(actors["officer2"], ref)
    with pytest.raises(ValidationError):
        services.disclosures.deliver(actors["officer"], ref, channel="pigeon", to="Politie")
    with pytest.raises(ConflictError) as unsigned:
        services.disclosures.deliver(actors["officer"], ref, channel="portal", to="Politie")
    assert unsigned.value.code == "report_missing"
