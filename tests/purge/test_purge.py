"""The retention purge: limits exactly, freezes, statistics kept, dry run, refusal, atomicity."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, select, update

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import (
    AuditEvent,
    CaseDocument,
    CaseStatistic,
    CaseTarget,
    DataSubjectRequest,
    Disclosure,
    DisclosureItem,
    DsarDecision,
    FindingAcknowledgement,
    FlagSubject,
    NonNotificationFlag,
    UsageRecord,
)
from lawfulreq.errors import PermissionDeniedError
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from lawfulreq.services.statistics import parse_period
from lawfulreq.settings_registry import RETENTION_CASE_FILE_YEARS, RETENTION_TRAFFIC_MONTHS
from tests.conftest import NOW
from tests.purge.data import (
    CASE_LIMIT,
    DAY,
    TRAFFIC_LIMIT,
    add_case,
    add_document,
    add_usage,
    case_ids,
    closed_case,
    count,
    usage_times,
)
from tests.stats.data import Spec, add_cases

NUMBER = "+31612345601"
SECOND = timedelta(seconds=1)


def _events(app: AppServices, action: str) -> list[AuditEvent]:
    with app.db.sessions.begin() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
        session.expunge_all()
    return list(rows)


def test_usage_records_at_before_and_after_the_traffic_limit(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    add_usage(services, NUMBER, TRAFFIC_LIMIT - DAY, TRAFFIC_LIMIT - SECOND, TRAFFIC_LIMIT,
              TRAFFIC_LIMIT + DAY)  # fmt: skip
    result = services.purge.run(actors["fg"])
    assert (result.usage_records, result.kept_frozen) == (2, 0)
    assert usage_times(services, NUMBER) == [TRAFFIC_LIMIT, TRAFFIC_LIMIT + DAY]
    assert result.usage_cutoff == TRAFFIC_LIMIT


def test_calendar_months_in_amsterdam_time(services: AppServices, actors: dict[str, Actor]):
    # One month back from 20 November 10:00 CET is 20 October 10:00 CEST (08:00 UTC), not
    # 31 days back and not 09:00 UTC.
    services.settings.set(actors["fg"], RETENTION_TRAFFIC_MONTHS, "1")
    limit = datetime(2026, 10, 20, 10, 0, tzinfo=AMSTERDAM)
    add_usage(services, NUMBER, limit - SECOND, limit, NOW - timedelta(days=31))
    assert services.purge.run(actors["fg"]).usage_records == 1
    assert usage_times(services, NUMBER) == [NOW - timedelta(days=31), limit]


def test_no_traffic_limit_deletes_no_usage(services: AppServices, actors: dict[str, Actor]):
    services.settings.set(actors["fg"], RETENTION_TRAFFIC_MONTHS, "0")
    add_usage(services, NUMBER, datetime(2020, 1, 1, tzinfo=AMSTERDAM))
    assert services.purge.run(actors["fg"]).usage_records == 0
    assert count(services, UsageRecord) == 1


def test_an_open_demand_freezes_its_identifier_and_period(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    old = TRAFFIC_LIMIT - 10 * DAY
    add_usage(services, NUMBER, old - 5 * DAY, old, old + DAY)
    add_usage(services, "+31612345699", old)
    add_case(services, actors["officer"].user_id, number=NUMBER, received=NOW - DAY,
             period=(old - DAY, old + DAY))  # fmt: skip
    result = services.purge.run(actors["fg"])
    assert (result.usage_records, result.kept_frozen) == (2, 2)
    assert usage_times(services, NUMBER) == [old, old + DAY]
    assert usage_times(services, "+31612345699") == []


def test_an_imsi_demand_freezes_its_imsi_and_not_records_without_one(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    old = TRAFFIC_LIMIT - 10 * DAY
    imsi = "204081234567890"
    add_usage(services, NUMBER, old, imsi=imsi)
    add_usage(services, "+31612345698", old)  # no IMSI: NULL must not keep it
    add_case(services, actors["officer"].user_id, number=NUMBER, received=NOW - DAY)
    with services.db.sessions.begin() as session:
        session.execute(update(CaseTarget).values(kind="imsi", normalised=imsi, raw=imsi))
    result = services.purge.run(actors["fg"])
    assert (result.usage_records, result.kept_frozen) == (1, 1)
    assert usage_times(services, NUMBER) == [old]
    assert usage_times(services, "+31612345698") == []


def test_a_finished_demand_freezes_nothing(services: AppServices, actors: dict[str, Actor]):
    old = TRAFFIC_LIMIT - 10 * DAY
    add_usage(services, NUMBER, old)
    add_case(services, actors["officer"].user_id, number=NUMBER, received=NOW - DAY,
             status="rejected", path=("under_review", "rejected"))  # fmt: skip
    result = services.purge.run(actors["fg"])
    assert (result.usage_records, result.kept_frozen) == (1, 0)


@pytest.mark.parametrize(
    ("basis", "offset", "frozen"),
    [
        ("sv-126ni", -SECOND, True),  # just before its end
        ("sv-126ni", timedelta(0), False),  # at its end the freeze is over
        ("sv-126ni", DAY, False),  # after
        ("eu-epoc-pr", -SECOND, True),  # 60 days + 30 days' extension
        ("eu-epoc-pr", timedelta(0), False),
    ],
)
def test_a_preservation_order_freezes_until_its_end(
    services: AppServices,
    actors: dict[str, Actor],
    basis: str,
    offset: timedelta,
    frozen: bool,
) -> None:
    # Both orders run at most 90 days (126ni; EPOC-PR 60 + 30): the order arrived 90 days
    # (+ offset) before NOW. That the case is closed does not end the freeze.
    received = NOW - timedelta(days=90) - offset
    old = TRAFFIC_LIMIT - 10 * DAY
    add_usage(services, NUMBER, old, received + DAY)
    add_case(services, actors["officer"].user_id, basis=basis, categories=("preservation",),
             number=NUMBER, received=received, status="closed",
             path=("under_review", "approved", "disclosed", "closed"))  # fmt: skip
    result = services.purge.run(actors["fg"])
    past_retention = 1 + (received + DAY < TRAFFIC_LIMIT)
    if frozen:
        # Only what was stored when the order arrived is covered.
        assert result.kept_frozen == 1
        assert old in usage_times(services, NUMBER)
    else:
        assert (result.usage_records, result.kept_frozen) == (past_retention, 0)
        assert old not in usage_times(services, NUMBER)


def test_closed_cases_at_before_and_after_the_case_file_limit(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    user = actors["officer"].user_id
    before = closed_case(services, user, CASE_LIMIT - DAY, "+31612345602")
    second = closed_case(services, user, CASE_LIMIT - SECOND, "+31612345603")
    at = closed_case(services, user, CASE_LIMIT, "+31612345604")
    after = closed_case(services, user, CASE_LIMIT + DAY, "+31612345605")
    running = add_case(services, user, received=CASE_LIMIT - 400 * DAY, number="+31612345606")
    add_document(services, before, user, NOW)
    add_document(services, before, user, NOW)
    add_document(services, after, user, NOW)
    result = services.purge.run(actors["fg"])
    assert (result.cases, result.documents) == (2, 2)
    assert case_ids(services) >= {at, after, running}
    assert not case_ids(services) & {before, second}
    assert count(services, CaseDocument) == 1


def test_case_file_years_setting(services: AppServices, actors: dict[str, Actor]):
    user = actors["officer"].user_id
    closed = closed_case(services, user, NOW - 400 * DAY, "+31612345602")
    services.settings.set(actors["fg"], RETENTION_CASE_FILE_YEARS, "0")
    assert services.purge.run(actors["fg"]).cases == 0
    services.settings.set(actors["fg"], RETENTION_CASE_FILE_YEARS, "1")
    assert services.purge.run(actors["fg"]).cases == 1
    assert closed not in case_ids(services)


def test_statistics_do_not_change_when_closed_cases_go(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    user = actors["officer"].user_id
    for index in range(3):
        closed_case(services, user, CASE_LIMIT - (index + 1) * DAY, f"+3161234570{index}")
    period = parse_period("2021")
    fg = actors["fg"]
    before = services.statistics.statistics(fg, period).as_json()
    identifiers = services.statistics.statistics(fg, period, "identifier").as_json()
    assert before["total"] == 3
    assert services.purge.run(fg).cases == 3
    assert services.statistics.statistics(fg, period).as_json() == before
    assert services.statistics.statistics(fg, period, "identifier").as_json() == identifiers
    with services.db.sessions.begin() as session:
        orphans = session.scalars(select(CaseStatistic.case_id)).all()
    assert orphans == [None, None, None]


def test_dry_run_changes_nothing_and_is_audited(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    user = actors["officer"].user_id
    closed = closed_case(services, user, CASE_LIMIT - DAY, "+31612345602")
    add_document(services, closed, user, NOW)
    add_usage(services, NUMBER, TRAFFIC_LIMIT - DAY)
    preview = services.purge.run(actors["fg"], dry_run=True)
    assert preview.as_json() == {
        "dry_run": True, "usage_records": 1, "cases": 1, "documents": 1, "kept_frozen": 0
    }  # fmt: skip
    assert closed in case_ids(services)
    assert count(services, UsageRecord) == 1 and count(services, CaseDocument) == 1
    (previewed,) = _events(services, "purge.previewed")
    assert previewed.details["cases"] == 1 and "case_ids" not in previewed.details
    assert _events(services, "purge.executed") == []
    done = services.purge.run(actors["fg"])
    assert done.as_json() == {**preview.as_json(), "dry_run": False}
    (executed,) = _events(services, "purge.executed")
    assert executed.details["usage_records"] == 1
    # Counts, cutoffs and bare ids: never a number or a name.
    assert NUMBER not in str(executed.details)


@pytest.mark.parametrize("role", ["officer", "auditor"])
def test_only_the_fg_may_purge_and_a_refusal_is_audited(
    services: AppServices, actors: dict[str, Actor], role: str
) -> None:
    add_usage(services, NUMBER, TRAFFIC_LIMIT - DAY)
    with pytest.raises(PermissionDeniedError):
        services.purge.run(actors[role], dry_run=True)
    with pytest.raises(PermissionDeniedError):
        services.purge.run(actors[role])
    assert count(services, UsageRecord) == 1
    refusals = [e for e in _events(services, "permission.denied") if e.object_id == "purge"]
    assert len(refusals) == 2 and {e.actor for e in refusals} == {actors[role].username}


def test_a_crash_mid_purge_leaves_everything(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    user = actors["officer"].user_id
    closed = closed_case(services, user, CASE_LIMIT - DAY, "+31612345602")
    add_document(services, closed, user, NOW)
    add_usage(services, NUMBER, TRAFFIC_LIMIT - DAY, TRAFFIC_LIMIT - 2 * DAY)
    deletes: list[str] = []

    def crash_after_first_delete(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("DELETE"):
            deletes.append(statement)
            if len(deletes) == 1:
                raise RuntimeError("power cut")

    event.listen(services.db.engine, "after_cursor_execute", crash_after_first_delete)
    try:
        with pytest.raises(RuntimeError, match="power cut"):
            services.purge.run(actors["fg"])
    finally:
        event.remove(services.db.engine, "after_cursor_execute", crash_after_first_delete)
    assert deletes and "usage_record" in deletes[0]
    assert count(services, UsageRecord) == 2
    assert closed in case_ids(services) and count(services, CaseDocument) == 1
    assert _events(services, "purge.executed") == []
    # And the same purge afterwards goes through.
    assert services.purge.run(actors["fg"]).usage_records == 2


def test_a_closed_case_goes_with_its_whole_file_and_the_access_decisions_naming_it(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    user = actors["officer"].user_id
    moment = as_utc(CASE_LIMIT - 30 * DAY)
    (case_id,) = add_cases(
        services,
        (Spec("sv-126n", ("subscriber",), ("+31612345602",), "closed",
              ("under_review", "approved", "disclosed", "closed"), ("produce",),
              received_at=CASE_LIMIT - 30 * DAY),),
        user_id=user,
    )  # fmt: skip
    kept = closed_case(services, user, CASE_LIMIT + DAY, "+31612345603")
    add_document(services, case_id, user, NOW)
    with services.db.sessions.begin() as session:
        evidence = session.scalar(select(CaseDocument.id).where(CaseDocument.case_id == case_id))
        session.add(FindingAcknowledgement(case_id=case_id, code="X", by_user=user, at=moment))
        # A secrecy flag never lifted: it does not keep a closed file past its retention.
        flag = NonNotificationFlag(case_id=case_id, basis_code="sv-126bb",
                                   imposed_by_organisation="OM", starts_at=moment,
                                   next_review_at=moment, created_at=moment,
                                   lift_evidence_id=evidence)  # fmt: skip
        session.add(flag)
        session.flush()
        session.add(FlagSubject(flag_id=flag.id, kind="phone_number", value="+31612345602"))
        request = DataSubjectRequest(
            ref="AV-1", requester_name="Jan", received_at=moment, due_at=moment,
            status="answered", created_at=moment,
        )  # fmt: skip
        session.add(request)
        session.flush()
        disclosure = session.scalar(select(Disclosure.id).where(Disclosure.case_id == case_id))
        session.add(DsarDecision(request_id=request.id, case_id=case_id, flag_id=flag.id,
                                 disclosure_id=disclosure, decision="withheld", reason="126bb",
                                 decided_by=user, decided_at=moment))  # fmt: skip
    result = services.purge.run(actors["fg"])
    assert (result.cases, result.documents) == (1, 1)
    assert case_ids(services) >= {kept} and case_id not in case_ids(services)
    for model in (Disclosure, DisclosureItem, NonNotificationFlag, FlagSubject, DsarDecision,
                  FindingAcknowledgement, CaseDocument):  # fmt: skip
        assert count(services, model) == 0, model.__name__
    assert count(services, DataSubjectRequest) == 1  # the access request itself stays
    (executed,) = _events(services, "purge.executed")
    assert executed.details["dsar_decisions"] == 1 and executed.details["case_ids"] == [case_id]
