"""Non-notification flags: made at intake from the catalogue, extended by lookups, reviewed,
lifted on evidence by a second user."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lawfulreq.clock import AMSTERDAM, as_utc, fixed_clock
from lawfulreq.errors import (
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from lawfulreq.services.base import Actor
from lawfulreq.services.intake import DocumentInput
from lawfulreq.services.registry import AppServices, open_services
from lawfulreq.services.secrecy import FlagState, Regime, add_months, ground_for, regime_for
from lawfulreq.settings_registry import FLAG_REVIEW_MONTHS
from tests.conftest import NOW
from tests.secrecy.conftest import take_in

EVIDENCE = DocumentInput("ovj-brief.pdf", "application/pdf", b"%PDF-1.4 confirmation")


def test_intake_flags_a_secrecy_basis_with_ground_organisation_and_review(
    services: AppServices, team: dict[str, Actor]
) -> None:
    ref, flag_id = take_in(services, team["officer"], targets=("06-12345678",))
    flag = services.flags.show(team["fg"], flag_id)
    assert flag.case_ref == ref and flag.basis == "sv-126n"
    assert flag.ground == "art. 126bb lid 5 Sv"
    assert flag.regime == Regime.PROSECUTOR_CONFIRMS
    assert flag.imposed_by_organisation == "Politie Eenheid Oost-Nederland"
    assert flag.imposed_by_person == "J. de Vries"
    assert flag.authority_reference == "PL0600-2026123456"
    assert flag.expires_at is None and flag.state == FlagState.ACTIVE
    # Received 20 November 2026 10:00 Amsterdam; the default review is 6 months later.
    assert flag.next_review == as_utc(datetime(2027, 5, 20, 10, 0, tzinfo=AMSTERDAM))
    assert [(s.kind, s.value) for s in flag.subjects] == [("phone_number", "+31612345678")]
    assert flag.as_json()["state"] == "active"
    assert set(flag.as_json()) >= {
        "id",
        "case_ref",
        "basis",
        "ground",
        "subjects",
        "started_at",
        "next_review",
        "state",
    }


def test_no_flag_without_secrecy_and_regimes_from_the_catalogue(
    services: AppServices, team: dict[str, Actor]
) -> None:
    _, none_flag = take_in(
        services,
        team["officer"],
        legal_basis="awr-53",
        authority_type="tax",
        issuer_role="tax_inspector",
        data_categories=("subscriber",),
    )
    assert none_flag == 0
    _, lid4 = take_in(
        services, team["officer"], legal_basis="sv-126na", data_categories=("subscriber",)
    )
    assert services.flags.show(team["fg"], lid4).regime == Regime.AUTHORITY_STATEMENT
    _, wiv = take_in(
        services,
        team["officer"],
        legal_basis="wiv-55",
        authority_type="intelligence",
        issuer_role="intelligence_service",
        data_categories=("traffic",),
    )
    intel = services.flags.show(team["fg"], wiv)
    assert intel.ground == "art. 55 Wiv 2017" and intel.regime == Regime.AUTHORITY_STATEMENT


def test_regime_fallback_only_without_a_catalogue_value() -> None:
    assert regime_for("prosecutor_notifies", "126na") == Regime.PROSECUTOR_CONFIRMS
    assert regime_for("none", "126n") == Regime.AUTHORITY_STATEMENT
    assert regime_for("", "126nc") == Regime.AUTHORITY_STATEMENT  # 126bb lid 4
    assert regime_for("", "126n") == Regime.PROSECUTOR_CONFIRMS


def test_review_months_setting_changes_the_first_review(
    services: AppServices, team: dict[str, Actor]
) -> None:
    services.settings.set(team["fg"], FLAG_REVIEW_MONTHS, 3)
    _, flag_id = take_in(services, team["officer"])
    assert services.flags.show(team["fg"], flag_id).next_review == as_utc(
        datetime(2027, 2, 20, 10, 0, tzinfo=AMSTERDAM)
    )


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (datetime(2027, 1, 31, 9, 0), 1, datetime(2027, 2, 28, 9, 0)),
        (datetime(2028, 1, 31, 9, 0), 1, datetime(2028, 2, 29, 9, 0)),
        (datetime(2026, 8, 31, 9, 0), 6, datetime(2027, 2, 28, 9, 0)),
        (datetime(2026, 11, 30, 9, 0), 3, datetime(2027, 2, 28, 9, 0)),
        (datetime(2026, 12, 15, 9, 0), 1, datetime(2027, 1, 15, 9, 0)),
        # Across the switch to summer time the wall-clock hour stays.
        (datetime(2027, 3, 1, 9, 0), 1, datetime(2027, 4, 1, 9, 0)),
    ],
)
def test_calendar_months_end_at_month_ends(
    start: datetime, months: int, expected: datetime
) -> None:
    got = add_months(start.replace(tzinfo=AMSTERDAM), months)
    assert got == as_utc(expected.replace(tzinfo=AMSTERDAM))


def test_review_queue_due_edges_and_keep(services: AppServices, team: dict[str, Actor]) -> None:
    _, flag_id = take_in(services, team["officer"])
    review = services.flags.show(team["fg"], flag_id).next_review
    # Due exactly at the review moment, not a moment before.
    assert [f.id for f in services.flags.list(team["fg"], review_due_before=review)] == []
    later = review.replace(microsecond=1)
    assert [f.id for f in services.flags.list(team["fg"], review_due_before=later)] == [flag_id]
    # Keeping it: the next review must be after today (20 November 2026).
    with pytest.raises(ValidationError) as today:
        services.flags.review_keep(team["fg"], flag_id, date(2026, 11, 20))
    assert today.value.code == "review_date_past"
    kept = services.flags.review_keep(team["fg"], flag_id, date(2026, 11, 21), "OvJ: still running")
    assert kept.next_review == as_utc(datetime(2026, 11, 21, 0, 0, tzinfo=AMSTERDAM))
    assert kept.last_reviewed_by == "fg" and kept.state == FlagState.ACTIVE
    history = [h.action for h in services.cases.history(team["fg"], kept.case_ref)]
    assert "flag.reviewed" in history


def test_due_today_in_the_cli_sense(
    any_target: object, services: AppServices, team: dict[str, Actor]
) -> None:
    _, flag_id = take_in(services, team["officer"])
    services.flags.review_keep(team["fg"], flag_id, date(2026, 11, 21))
    at_20th = services.flags.due_before_tomorrow()
    assert services.flags.list(team["fg"], review_due_before=at_20th) == []
    next_day = open_services(
        any_target, clock=fixed_clock(datetime(2026, 11, 21, 0, 0, tzinfo=AMSTERDAM))
    )  # type: ignore[arg-type]
    try:
        due = next_day.flags.list(
            team["fg"], review_due_before=next_day.flags.due_before_tomorrow()
        )
        assert [f.id for f in due] == [flag_id]
    finally:
        next_day.close()


@pytest.mark.parametrize(
    ("basis", "regime"),
    [("sv-126n", Regime.PROSECUTOR_CONFIRMS), ("sv-126na", Regime.AUTHORITY_STATEMENT)],
)
def test_lifting_needs_reason_evidence_and_a_second_user(
    services: AppServices, team: dict[str, Actor], basis: str, regime: Regime
) -> None:
    _, flag_id = take_in(
        services, team["officer"], legal_basis=basis, data_categories=("subscriber",)
    )
    assert services.flags.show(team["fg"], flag_id).regime == regime
    with pytest.raises(ValidationError) as no_reason:
        services.flags.request_lift(team["fg"], flag_id, "  ", EVIDENCE)
    assert no_reason.value.code == "reason_required"
    with pytest.raises(ValidationError) as no_evidence:
        services.flags.request_lift(
            team["fg"], flag_id, "told", DocumentInput("x.pdf", "application/pdf", b"")
        )
    assert no_evidence.value.code == "evidence_required"
    with pytest.raises(ConflictError):
        services.flags.approve_lift(team["fg2"], flag_id)  # nothing requested yet
    asked = services.flags.request_lift(team["fg"], flag_id, "OvJ letter of 19-11", EVIDENCE)
    assert asked.state == FlagState.LIFT_REQUESTED and asked.lift_evidence == "ovj-brief.pdf"
    with pytest.raises(PermissionDeniedError) as same:
        services.flags.approve_lift(team["fg"], flag_id)
    assert same.value.code == "four_eyes"
    with pytest.raises(PermissionDeniedError):
        services.flags.approve_lift(team["officer"], flag_id)
    assert services.flags.show(team["fg"], flag_id).state == FlagState.LIFT_REQUESTED
    lifted = services.flags.approve_lift(team["fg2"], flag_id)
    assert lifted.state == FlagState.LIFTED and lifted.lifted_by == "fg2"
    assert lifted.lift_requested_by == "fg" and lifted.lifted_at == as_utc(NOW)
    actions = [h.action for h in services.cases.history(team["fg"], lifted.case_ref)]
    assert {"flag.lift_requested", "flag.lifted", "case.document_added"} <= set(actions)
    with pytest.raises(ConflictError):
        services.flags.review_keep(team["fg"], flag_id, date(2027, 1, 1))


def test_a_rejected_request_keeps_the_flag(services: AppServices, team: dict[str, Actor]) -> None:
    _, flag_id = take_in(services, team["officer"])
    services.flags.request_lift(team["fg"], flag_id, "told", EVIDENCE)
    kept = services.flags.reject_lift(team["fg2"], flag_id, "letter is unsigned")
    assert kept.state == FlagState.ACTIVE
    again = services.flags.request_lift(team["fg2"], flag_id, "signed letter", EVIDENCE)
    assert again.state == FlagState.LIFT_REQUESTED
    assert services.flags.approve_lift(team["fg"], flag_id).state == FlagState.LIFTED


def test_officers_and_auditors_may_not_manage_flags(
    services: AppServices, team: dict[str, Actor]
) -> None:
    _, flag_id = take_in(services, team["officer"])
    for who in ("officer", "auditor"):
        with pytest.raises(PermissionDeniedError):
            services.flags.list(team[who])
        with pytest.raises(PermissionDeniedError):
            services.flags.request_lift(team[who], flag_id, "x", EVIDENCE)


def test_a_lookup_for_the_case_adds_every_customer_found(
    services: AppServices, team: dict[str, Actor], world: None
) -> None:
    ref, flag_id = take_in(
        services,
        team["officer"],
        legal_basis="sv-126na",
        data_categories=("subscriber",),
        targets=("100.64.1.1",),
    )
    services.cases.move(team["officer"], ref, "under_review")
    result = services.lookup.lookup(team["officer"], ref, "100.64.1.1", at=NOW)
    assert {m.customer_id for m in result.matches} == {"C1", "C4"}
    subjects = services.flags.show(team["fg"], flag_id).subjects
    assert sorted(s.customer_ref or "" for s in subjects if s.kind == "customer") == ["C1", "C4"]
    # A second lookup adds nobody twice.
    services.lookup.lookup(team["officer"], ref, "100.64.1.1", at=NOW)
    assert len(services.flags.show(team["fg"], flag_id).subjects) == len(subjects)
    customer_keys = [m.customer_key for m in result.matches]
    assert services.flags.covered_customers(team["officer"], customer_keys) == frozenset(
        customer_keys
    )


@pytest.mark.parametrize(
    ("law", "article", "ground"),
    [
        ("Sv", "126n", "art. 126bb lid 5 Sv"),
        ("Wiv 2017", "55", "art. 55 Wiv 2017"),
        ("EIO", "2014/41/EU", "art. 19 Richtlijn 2014/41/EU"),
        ("EU 2023/1543", "art. 5", "art. 11 Verordening (EU) 2023/1543"),
        ("Iw 1990", "62", "art. 62 Iw 1990"),
    ],
)
def test_the_ground_of_a_secrecy_is_cited_as_an_article(
    law: str, article: str, ground: str
) -> None:
    assert ground_for(law, article) == ground
