"""Lookup at a moment and over a period: porting, SIM swap, IMEI, CGNAT, IPv6, purpose limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lawfulreq.db.models import AuditEvent, Disclosure, DisclosureItem
from lawfulreq.errors import NotFoundError, PermissionDeniedError, ValidationError
from lawfulreq.services.base import Actor
from lawfulreq.services.lookup import MAX_NAME_MATCHES, LookupResult
from lawfulreq.services.registry import AppServices
from lawfulreq.settings_registry import RETENTION_TRAFFIC_MONTHS
from tests.lookup.data import (
    CUSTOMERS,
    ICCID_NEW,
    ICCID_OLD,
    IMEI,
    IMSI_NEW,
    IMSI_OLD,
    PORTED_NUMBER,
    Cases,
    amsterdam,
    write,
)


def _ids(result: object) -> list[str]:
    return [m.customer_id for m in result.matches]  # type: ignore[attr-defined]


def test_number_ported_out_and_back_in(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    look = services.lookup.lookup
    officer = actors["officer"]
    before = look(officer, world.subscriber, "06-12345678", at=amsterdam("2023-05-01T12:00"))
    assert _ids(before) == ["C1"]
    assert before.matches[0].ported_out_to == "KPN"
    assert before.matches[0].next_holder == "Ömer Çelik (C2)"
    away = look(officer, world.subscriber, "+31 6 1234 5678", at=amsterdam("2024-06-01T12:00"))
    assert away.matches == ()
    back = look(officer, world.subscriber, "0031612345678", at=amsterdam("2026-01-01T12:00"))
    assert _ids(back) == ["C2"]
    assert back.matches[0].ported_in_from == "KPN"
    assert back.matches[0].previous_holder == "Jan de Vries (C1)"
    assert [h.customer_id for h in back.history] == ["C1", "C2"]
    assert back.query.normalised == PORTED_NUMBER


def test_period_spanning_two_holders_has_overlaps(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    result = services.lookup.lookup(
        actors["officer"],
        world.subscriber,
        PORTED_NUMBER,
        period_from=amsterdam("2023-01-01"),
        period_to=amsterdam("2026-01-01"),
    )
    assert _ids(result) == ["C1", "C2"]
    first, second = result.matches
    assert first.overlap_from == amsterdam("2023-01-01")
    assert first.overlap_to == amsterdam("2024-03-01")
    assert second.overlap_from == amsterdam("2025-06-01T12:00")
    assert second.overlap_to == amsterdam("2026-01-01")


def test_sim_swap(services: AppServices, actors: dict[str, Actor], world: Cases) -> None:
    look = services.lookup.lookup
    officer = actors["officer"]
    old = look(officer, world.subscriber, IMSI_OLD, at=amsterdam("2025-01-10T09:00"))
    assert _ids(old) == ["C1"]
    assert ICCID_OLD in old.matches[0].detail
    assert look(officer, world.subscriber, IMSI_OLD, at=amsterdam("2025-01-10T10:00")).matches == ()
    new = look(officer, world.subscriber, ICCID_NEW, at=amsterdam("2025-01-10T10:00"))
    assert _ids(new) == ["C1"]
    assert IMSI_NEW in new.matches[0].detail


def test_imei_moving_between_sims(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    look = services.lookup.lookup
    officer = actors["officer"]
    assert _ids(look(officer, world.subscriber, IMEI, at=amsterdam("2024-06-01"))) == ["C1"]
    assert _ids(look(officer, world.subscriber, IMEI, at=amsterdam("2026-06-01"))) == ["C4"]
    assert look(officer, world.subscriber, IMEI, at=amsterdam("2025-02-01")).matches == ()
    both = look(
        officer,
        world.subscriber,
        IMEI,
        period_from=amsterdam("2024-01-01"),
        period_to=amsterdam("2026-01-01"),
    )
    assert _ids(both) == ["C1", "C4"]
    assert [h.customer_id for h in both.history] == ["C1", "C4"]


def test_cgnat_address_needs_the_port(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    look = services.lookup.lookup
    officer = actors["officer"]
    at = amsterdam("2026-03-01T12:00")
    assert _ids(look(officer, world.subscriber, "100.64.1.1:1500", at=at)) == ["C1"]
    assert _ids(look(officer, world.subscriber, "100.64.1.1:2048", at=at)) == ["C4"]
    assert look(officer, world.subscriber, "100.64.1.1:4000", at=at).matches == ()
    assert sorted(_ids(look(officer, world.subscriber, "100.64.1.1", at=at))) == ["C1", "C4"]
    assert (
        look(officer, world.subscriber, "100.64.1.1:1500", at=amsterdam("2025-12-01")).matches == ()
    )


def test_ipv6_prefix_containment(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    look = services.lookup.lookup
    officer = actors["officer"]
    at = amsterdam("2026-03-01")
    hit = look(officer, world.subscriber, "2001:db8:1200:ab::1", at=at)
    assert _ids(hit) == ["C3"]
    assert hit.matches[0].detail == "2001:db8:1200::/56"
    assert (
        look(officer, world.subscriber, "[2001:db8:1200::5]:443", at=at).matches[0].customer_id
        == "C3"
    )
    assert look(officer, world.subscriber, "2001:db8:1200:100::1", at=at).matches == ()


def test_secret_number_is_marked(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    result = services.lookup.lookup(actors["officer"], world.subscriber, "06-12345678")
    match = result.matches[0]
    assert match.customer_id == "C2"
    assert match.secret_number is True
    assert (match.street, match.house_number, match.house_number_suffix) == ("Kerkweg", "5", "A")
    assert (match.postcode, match.town, match.service_type) == ("2345BC", "Zwolle", "mobile")
    listed = services.lookup.lookup(actors["officer"], world.subscriber, "020 123 4567")
    assert listed.matches[0].secret_number is False


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("C3", ["C3"]),
        ("omer", ["C2"]),
        ("ÖMER çel", ["C2"]),
        ("bak", ["C3", "C4"]),
        ("bakker", ["C3", "C4"]),
        ("bakkerij", ["C3"]),
        ("anna b", ["C4"]),
        ("b anna", ["C4"]),
        ("brood", ["C3"]),
        ("vries", ["C1"]),
        ("de vri", ["C1"]),  # "de vr" names nobody: refused as too broad (issue 15)
        ("çelik", ["C2"]),
        ("celik-omer", ["C2"]),
        ("anna x", []),
        ("vriesx", []),
        ("NL91 ABNA 0417 1643 00", ["C1"]),
        ("Anna@Example.nl", ["C4"]),
        ("1234 AB 10", ["C1"]),
        ("2345BC 5a", ["C2"]),
    ],
)
def test_customer_level_kinds(
    services: AppServices, actors: dict[str, Actor], world: Cases, query: str, expected: list[str]
) -> None:
    result = services.lookup.lookup(actors["officer"], world.subscriber, query)
    assert sorted({m.customer_id for m in result.matches}) == expected


def _usage(
    services: AppServices, actors: dict[str, Actor], world: Cases, start: str, end: str
) -> LookupResult:
    """The officer's usage lookup of 0612345678 on the traffic case over a period."""
    return services.lookup.lookup(
        actors["officer"],
        world.traffic,
        "0612345678",
        usage=True,
        period_from=amsterdam(start),
        period_to=amsterdam(end),
    )


def test_usage_within_and_beyond_retention(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    result = _usage(services, actors, world, "2026-04-01", "2026-11-01")
    assert [u.cell_id for u in result.usage] == ["NL-1"]
    assert result.not_available is not None
    assert result.not_available.retention_months == 3
    assert result.not_available.period_to == amsterdam("2026-08-20T10:00")
    assert "not available" in result.not_available.rule
    old = _usage(services, actors, world, "2026-04-01", "2026-06-01")
    assert old.usage == ()
    assert old.not_available is not None


def test_wrong_legal_basis_is_refused_and_audited(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        services.lookup.lookup(
            actors["officer"],
            world.subscriber,
            "0612345678",
            usage=True,
            period_from=amsterdam("2026-10-01"),
            period_to=amsterdam("2026-11-01"),
        )
    assert refused.value.code == "data_not_allowed"
    with pytest.raises(PermissionDeniedError) as closed:
        services.lookup.lookup(actors["officer"], world.closed, "0612345678")
    assert closed.value.code == "case_not_open"
    with pytest.raises(NotFoundError):
        services.lookup.lookup(actors["officer"], "NO-SUCH-CASE", "0612345678")
    with services.db.sessions.begin() as session:
        reasons = session.scalars(
            select(AuditEvent.reason).where(AuditEvent.action == "subscriber.lookup_refused")
        ).all()
    assert reasons == ["data_not_allowed", "case_not_open", "case_not_found"]


def test_auditor_may_not_look_up(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    with pytest.raises(PermissionDeniedError):
        services.lookup.lookup(actors["auditor"], world.subscriber, "0612345678")


def test_every_lookup_is_audited(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    services.lookup.lookup(actors["officer"], world.subscriber, "06-12345678")
    with services.db.sessions.begin() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "subscriber.lookup")
        ).one()
    assert event.actor == "officer"
    assert event.case_id is not None
    assert event.details["query"] == "06-12345678"
    assert event.details["kind"] == "phone_number"
    assert event.details["results"] == 1
    assert services.audit.verify(actors["fg"]).ok


def test_add_to_case_attaches_to_the_draft(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    officer = actors["officer"]
    result = services.lookup.lookup(
        officer, world.subscriber, "100.64.1.1", at=amsterdam("2026-03-01")
    )
    assert services.lookup.add_to_case(officer, world.subscriber, result, result.matches[:1]) == 1
    assert services.lookup.add_to_case(officer, world.subscriber, result) == 2
    with services.db.sessions.begin() as session:
        drafts = session.scalars(select(Disclosure)).all()
        items = session.scalars(select(DisclosureItem)).all()
        added = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "disclosure.item_added")
        ).all()
    assert [d.status for d in drafts] == ["draft"]
    assert len(items) == 3
    assert items[0].data["match"]["customer_id"] in {"C1", "C4"}
    assert items[0].category == "subscriber"
    assert len(added) == 2
    with pytest.raises(ValidationError):
        services.lookup.add_to_case(officer, world.traffic, result)


def test_usage_not_available_can_be_added(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    result = _usage(services, actors, world, "2026-04-01", "2026-06-01")
    assert services.lookup.add_to_case(actors["officer"], world.traffic, result) == 1
    with services.db.sessions.begin() as session:
        item = session.scalars(select(DisclosureItem)).one()
    assert (item.category, item.decision) == ("traffic", "not_available")


def test_cases_offered_for_lookup(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    refs = [c.ref for c in services.lookup.cases(actors["officer"])]
    assert sorted(refs) == [world.subscriber, world.traffic]
    assert [c.ref for c in services.lookup.cases(actors["officer"], usage=True)] == [world.traffic]


def test_bad_period_is_a_validation_error(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    with pytest.raises(ValidationError):
        services.lookup.lookup(
            actors["officer"],
            world.subscriber,
            "0612345678",
            period_from=amsterdam("2026-02-01"),
            period_to=amsterdam("2026-01-01"),
        )


def test_renamed_customer_is_found_by_the_new_name_only(
    services: AppServices, actors: dict[str, Actor], world: Cases, tmp_path: Path
) -> None:
    renamed = CUSTOMERS.replace("Anna Bakker", "Anna van Dam-Visser")
    result = services.imports.run(actors["fg"], "customers", write(tmp_path, "r.csv", renamed))
    assert result.updated == 1
    look = services.lookup.lookup
    officer = actors["officer"]
    assert sorted({m.customer_id for m in look(officer, world.subscriber, "bakker").matches}) == [
        "C3"
    ]
    for query in ("visser", "dam", "anna van d", "van visser"):
        assert {m.customer_id for m in look(officer, world.subscriber, query).matches} == {"C4"}


def test_name_search_stops_at_its_cap_and_says_so(
    services: AppServices, actors: dict[str, Actor], world: Cases, tmp_path: Path
) -> None:
    header = CUSTOMERS.splitlines()[0]
    rows = [
        f"Z{i};person;Piet Zoetemelk;Laan;{i};;4567 DE;Deventer;NL;;;;2022-01-01;;yes"
        for i in range(1, MAX_NAME_MATCHES + 3)
    ]
    path = write(tmp_path, "many.csv", "\n".join([header, *rows]) + "\n")
    assert services.imports.run(actors["fg"], "customers", path).inserted == len(rows)
    result = services.lookup.lookup(actors["officer"], world.subscriber, "zoetemel")
    assert result.truncated is True
    assert len({m.customer_id for m in result.matches}) == MAX_NAME_MATCHES
    exact = services.lookup.lookup(actors["officer"], world.subscriber, "Z7")
    assert exact.truncated is False


def test_lookups_and_refusals_keep_the_audit_chain_and_anchor_valid(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    officer = actors["officer"]
    for query in ("06-12345678", "bak", "100.64.1.1:1500", "2001:db8:1200::1", IMEI):
        services.lookup.lookup(officer, world.subscriber, query)
    with pytest.raises(PermissionDeniedError):
        services.lookup.lookup(officer, world.closed, "0612345678")
    report = services.audit.verify(actors["fg"])
    assert report.ok, report.problem
    with services.db.sessions.begin() as session:
        actions = session.scalars(
            select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(7)
        ).all()
    assert actions[1:] == ["subscriber.lookup_refused"] + ["subscriber.lookup"] * 5


def test_usage_retention_follows_the_fg_rule_setting(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    services.settings.set(actors["fg"], RETENTION_TRAFFIC_MONTHS, 2)
    result = _usage(services, actors, world, "2026-04-01", "2026-11-01")
    assert result.not_available is not None
    assert result.not_available.retention_months == 2
    assert result.not_available.period_to == amsterdam("2026-09-20T10:00")
    services.settings.set(actors["fg"], RETENTION_TRAFFIC_MONTHS, 0)  # 0: kept without limit
    assert _usage(services, actors, world, "2026-04-01", "2026-11-01").not_available is None


def test_a_bsn_shaped_query_is_refused_before_anything_is_read_or_recorded(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    with services.db.sessions.begin() as session:
        before = session.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(ValidationError) as caught:
        services.lookup.lookup(actors["officer"], world.subscriber, "111222333")
    assert caught.value.code == "bsn_ambiguous"
    with services.db.sessions.begin() as session:
        after = session.scalar(select(func.count()).select_from(AuditEvent))
        texts = [json.dumps(d) for d in session.scalars(select(AuditEvent.details))]
    assert after == before  # nothing looked up, and the BSN is in no audit event
    assert not any("111222333" in t for t in texts)
    # Written as a phone number it is looked up (nobody holds it in the test data).
    result = services.lookup.lookup(actors["officer"], world.subscriber, "0111 222333")
    assert result.query.normalised == "+31111222333" and result.matches == ()


@pytest.mark.parametrize("query", ["de", "De", "van der", "de la", "Li", "ab cd"])
def test_a_name_search_without_a_word_of_three_letters_is_refused(
    services: AppServices, actors: dict[str, Actor], world: Cases, query: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.lookup.lookup(actors["officer"], world.subscriber, query)
    assert refused.value.code == "name_query_too_broad"


@pytest.mark.parametrize("query", ["bak", "de Bak", "van Çel", "Anna B"])
def test_a_name_search_with_a_word_of_three_letters_is_answered(
    services: AppServices, actors: dict[str, Actor], world: Cases, query: str
) -> None:
    assert services.lookup.lookup(actors["officer"], world.subscriber, query).query.kind == "name"
