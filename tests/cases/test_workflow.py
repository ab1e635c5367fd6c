"""The workflow: the transition table, reasons, gates on findings, hold clock, stale edits."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lawfulreq.domain.enums import CaseStatus as S
from lawfulreq.errors import ConflictError, PermissionDeniedError, ValidationError
from lawfulreq.rules import workflow
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.cases.conftest import MovableClock, demand


def test_table_reaches_every_state_and_closed_is_final() -> None:
    reached, frontier = {S.RECEIVED}, [S.RECEIVED]
    while frontier:
        for nxt in workflow.TRANSITIONS[frontier.pop()]:
            if nxt not in reached:
                reached.add(nxt)
                frontier.append(nxt)
    assert reached == set(S)
    assert workflow.TRANSITIONS[S.CLOSED] == frozenset()
    assert not workflow.is_allowed(S.RECEIVED, S.APPROVED)
    assert not workflow.is_allowed(S.DISCLOSED, S.RECEIVED)
    assert S.REJECTED in workflow.REASON_REQUIRED


@pytest.mark.parametrize(
    ("source", "target", "ok"),
    [
        (S.RECEIVED, S.UNDER_REVIEW, True),
        (S.RECEIVED, S.APPROVED, False),
        (S.RECEIVED, S.CLOSED, False),
        (S.UNDER_REVIEW, S.APPROVED, True),
        (S.APPROVED, S.DISCLOSED, True),
        (S.DISCLOSED, S.CLOSED, True),
        (S.DISCLOSED, S.UNDER_REVIEW, False),
        (S.CLOSED, S.RECEIVED, False),
        (S.ON_HOLD, S.UNDER_REVIEW, True),
        (S.REJECTED, S.UNDER_REVIEW, False),
    ],
)
def test_transition_table_rows(source: S, target: S, ok: bool) -> None:
    assert workflow.is_allowed(source, target) is ok


def test_full_path_with_acknowledgement(services: AppServices, actors: dict[str, Actor]) -> None:
    officer, fg = actors["officer"], actors["fg"]
    created = services.intake.create(officer, demand(verifications=()))
    services.cases.move(officer, created.ref, "under_review")
    with pytest.raises(ConflictError, match="unacknowledged warnings AUTHORITY_UNVERIFIED"):
        services.cases.move(officer, created.ref, "approved")
    with pytest.raises(ValidationError, match="no finding"):
        services.cases.acknowledge(officer, created.ref, "DUPLICATE_TARGET")
    ack = services.cases.acknowledge(officer, created.ref, "AUTHORITY_UNVERIFIED", comment="known")
    assert ack.acknowledged_by == "officer"
    finding = services.cases.check(fg, created.ref)[0]
    assert (finding.acknowledged_by, finding.blocking) == ("officer", False)
    for state in ("approved", "disclosed", "closed"):
        services.cases.move(officer, created.ref, state)
    detail = services.cases.get(fg, created.ref)
    assert detail.status is S.CLOSED and detail.allowed_moves == ()
    history = services.cases.history(fg, created.ref)
    moves = [(h.actor, h.details["to"]) for h in history if h.action == "case.moved"]
    assert moves == [
        ("officer", "under_review"),
        ("officer", "approved"),
        ("officer", "disclosed"),
        ("officer", "closed"),
    ]
    assert any(h.action == "case.finding_acknowledged" for h in history)


def test_errors_cannot_be_acknowledged_and_block_approval(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    created = services.intake.create(officer, demand(issuer_role="investigating_officer"))
    with pytest.raises(ValidationError, match="cannot be acknowledged"):
        services.cases.acknowledge(officer, created.ref, "ISSUER_NOT_COMPETENT")
    services.cases.move(officer, created.ref, "under_review")
    with pytest.raises(ConflictError, match="errors ISSUER_NOT_COMPETENT"):
        services.cases.move(officer, created.ref, "approved")


def test_reject_needs_reason_and_disallowed_move(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    created = services.intake.create(officer, demand())
    with pytest.raises(ValidationError, match="needs a reason"):
        services.cases.move(officer, created.ref, "rejected", reason="  ")
    with pytest.raises(ConflictError, match="cannot move from received to disclosed"):
        services.cases.move(officer, created.ref, "disclosed")
    detail = services.cases.move(officer, created.ref, "rejected", reason="no legal basis")
    assert detail.status is S.REJECTED
    with pytest.raises(PermissionDeniedError):
        services.cases.move(actors["auditor"], created.ref, "closed")


def test_fg_review_basis_is_approved_by_the_fg_only(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    created = services.intake.create(
        officer,
        demand(legal_basis="awr-53", issuer_role="tax_inspector", data_categories=("stored",)),
    )
    services.cases.move(officer, created.ref, "under_review")
    with pytest.raises(ConflictError, match="FG's legal review"):
        services.cases.move(officer, created.ref, "approved")
    assert services.cases.move(actors["fg"], created.ref, "approved").status is S.APPROVED


def test_on_hold_pauses_and_resumes_the_deadline(
    clocked: AppServices, clock: MovableClock, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    created = clocked.intake.create(officer, demand())
    due = clocked.cases.get(officer, created.ref).due_at
    assert due is not None
    clocked.cases.move(officer, created.ref, "on_hold", reason="waiting for the OvJ")
    clock.advance(timedelta(days=3))
    held = clocked.cases.get(officer, created.ref)
    assert held.deadline.paused and held.deadline.days_left == 7
    clock.advance(timedelta(days=2))
    resumed = clocked.cases.move(officer, created.ref, "under_review")
    assert resumed.due_at == due + timedelta(days=5)
    assert resumed.paused_seconds == 5 * 86400
    assert resumed.deadline.days_left == 7 and not resumed.deadline.paused
    clock.advance(timedelta(days=8))
    late = clocked.cases.list(officer)[0].deadline
    assert late is not None and late.overdue


def test_stale_version_from_a_second_user_is_a_clear_conflict(
    services: AppServices, clocked: AppServices, actors: dict[str, Actor]
) -> None:
    created = services.intake.create(actors["officer"], demand())
    seen_by_first = services.cases.get(actors["officer"], created.ref)
    seen_by_second = clocked.cases.get(actors["officer2"], created.ref)
    clocked.cases.move(
        actors["officer2"], created.ref, "under_review", expected_version=seen_by_second.version
    )
    with pytest.raises(ConflictError, match="changed by officer2") as caught:
        services.cases.move(
            actors["officer"],
            created.ref,
            "rejected",
            reason="x",
            expected_version=seen_by_first.version,
        )
    assert caught.value.code == "stale_case"
    with pytest.raises(ConflictError):
        services.cases.assign(
            actors["officer"], created.ref, "officer", expected_version=seen_by_first.version
        )
    assert services.cases.get(actors["fg"], created.ref).status is S.UNDER_REVIEW


def test_assignment_and_my_cases(services: AppServices, actors: dict[str, Actor]) -> None:
    from lawfulreq.services.cases import CaseFilter

    officer, officer2 = actors["officer"], actors["officer2"]
    a = services.intake.create(officer, demand(targets=("06-11111111",)))
    services.intake.create(officer, demand(targets=("06-22222222",)))
    services.cases.assign(officer, a.ref, "officer2")
    mine = services.cases.list(officer2, CaseFilter(owner_id=officer2.user_id))
    assert [c.ref for c in mine] == [a.ref] and mine[0].owner == "officer2"
    assert services.cases.count(officer, CaseFilter(owner_id=officer.user_id)) == 1
    with pytest.raises(ValidationError, match="not an active FG or officer"):
        services.cases.assign(officer, a.ref, "auditor")
    assert [u.username for u in services.cases.users(officer)] == ["fg", "officer", "officer2"]


def test_an_assignment_is_logged_with_both_user_names(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    case = services.intake.create(officer, demand(targets=("06-11111111",)))
    services.cases.assign(officer, case.ref, "officer2")  # the intake made officer the owner
    services.cases.assign(officer, case.ref, None)
    services.cases.assign(officer, case.ref, "officer")
    moves = [
        h.details for h in services.cases.history(officer, case.ref) if h.action == "case.assigned"
    ]
    assert moves == [
        {"from": "officer", "to": "officer2"},
        {"from": "officer2", "to": None},
        {"from": None, "to": "officer"},
    ]
