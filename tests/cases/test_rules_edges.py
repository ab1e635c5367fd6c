"""Every limit of the legal rules exactly at, one minute (or day) before and after its edge.

Pure engine, shipped catalogue rules, fixed dates: fast enough for the mutation run
(`scripts/mutation_rules.sh`), which counts on these tests to kill off-by-one mutants.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from lawfulreq.clock import AMSTERDAM
from lawfulreq.domain.months import add_months
from lawfulreq.rules.engine import (
    SEVERITY,
    DemandFacts,
    Finding,
    RuleSettings,
    Severity,
    TargetFacts,
    blocking,
    check_demand,
    default_deadline,
    make_finding,
    preservation_until,
)
from lawfulreq.rules.engine import FindingCode as C
from tests.cases.test_rules_table import SHIPPED
from tests.conftest import NOW

R = NOW  # every demand arrives 20 November 2026, 10:00 Amsterdam
MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)
ONE_TARGET = (TargetFacts("06-12345678", "phone_number", "+31612345678", True),)


def facts(**overrides: Any) -> DemandFacts:
    """A written, verified demand for subscriber data received at R, no period."""
    base = DemandFacts(
        issuer_role="prosecutor",
        channel="written",
        received_at=R,
        data_categories=("subscriber",),
        targets=ONE_TARGET,
        requester="J. de Vries",
        requester_verified=True,
    )
    return replace(base, **overrides)


def run(
    code: str,
    now: datetime = R,
    settings: RuleSettings | None = None,
    **overrides: Any,
) -> list[Finding]:
    return check_demand(facts(**overrides), SHIPPED[code], settings or RuleSettings(), now)


def codes(findings: list[Finding]) -> set[C]:
    return {f.code for f in findings}


def one(findings: list[Finding], code: C) -> Finding:
    found = [f for f in findings if f.code is code]
    assert len(found) == 1, findings
    return found[0]


# --------------------------------------------------------------------------- severities


CONTRACT_SEVERITY = {
    "ISSUER_NOT_COMPETENT": "error",
    "RC_AUTHORISATION_MISSING": "error",
    "PERIOD_TOO_LONG": "error",
    "PERIOD_BEYOND_RETENTION": "info",
    "WRITTEN_CONFIRMATION_DUE": "warning",
    "ONE_TARGET_PER_ORDER": "warning",
    "TARGET_INVALID": "error",
    "BSN_MASKED": "info",
    "DUPLICATE_TARGET": "warning",
    "DATA_NOT_ALLOWED": "error",
    "AUTHORITY_UNVERIFIED": "warning",
    "ORDER_EXPIRED": "error",
    "AUTHORISATION_AFTER_DEMAND": "error",
    "RC_AUTHORISATION_ADVISED": "warning",
    "FUTURE_DATA_NOT_ALLOWED": "error",
    "WIV_APPROVAL_MISSING": "error",
    "NO_LEGAL_BASIS": "error",
    "DATA_NOT_HELD": "info",
}


def test_every_code_has_the_contract_severity() -> None:
    assert {c.value: s.value for c, s in SEVERITY.items()} == CONTRACT_SEVERITY
    assert {c.value for c in C} == set(CONTRACT_SEVERITY)


@pytest.mark.parametrize("code", sorted(C))
def test_every_code_renders_both_languages_naming_the_article(code: C) -> None:
    params = {
        "issuer_role": "tax_inspector",
        "allowed_roles": ["prosecutor"],
        "allowed_categories": ["subscriber"],
        "categories": ["traffic"],
        "category": "traffic",
        "kind": "phone_number",
        "target": "x",
        "reason": "bad",
        "cases": ["LR-1"],
        "fields": ["notes"],
        "missing": ["minister", "tib"],
        "max_days": 28,
        "requested_days": 30,
        "months": 3,
        "cutoff": "2026-08-20",
        "days": 3,
        "due": "2026-11-23 10:00",
        "count": 2,
        "requester": "J",
        "ended": "2026-11-20 10:00",
        "authorised": "2026-11-21",
        "received": "2026-11-20",
        "until": "2026-12-20 10:00",
        "ecli": "ECLI:NL:HR:2022:475",
    }
    finding = make_finding(code, "art. 126x Sv", params)
    assert "{" not in finding.message_en + finding.message_nl
    assert finding.message_en != finding.message_nl
    if code not in (C.AUTHORITY_UNVERIFIED, C.TARGET_INVALID, C.DUPLICATE_TARGET, C.BSN_MASKED):
        assert "art. 126x Sv" in finding.message_en and "art. 126x Sv" in finding.message_nl
    assert finding.severity.value == CONTRACT_SEVERITY[code.value]


def test_warnings_block_until_acknowledged_errors_always_info_never() -> None:
    warning = make_finding(C.ONE_TARGET_PER_ORDER, "art. 126m Sv", {"count": 2})
    error = make_finding(C.ORDER_EXPIRED, "art. 126m Sv", {"ended": "x"})
    info = make_finding(C.DATA_NOT_HELD, "art. 126m Sv", {"category": "content"})
    acked = replace(warning, acknowledged_by="fg")
    assert blocking([warning, error, info, acked]) == [warning, error]
    assert replace(error, acknowledged_by="fg").blocking


# --------------------------------------------------------------------------- 3 days


@pytest.mark.parametrize("code", ["sv-126nd", "sv-126ni", "sv-126m", "emergency"])
@pytest.mark.parametrize(
    ("offset", "severity"),
    [(-MINUTE, Severity.WARNING), (timedelta(0), Severity.WARNING), (MINUTE, Severity.ERROR)],
)
def test_oral_demand_written_confirmation_within_3_days(
    code: str, offset: timedelta, severity: Severity
) -> None:
    due = R + timedelta(days=3)
    found = one(run(code, now=due + offset, channel="oral"), C.WRITTEN_CONFIRMATION_DUE)
    assert found.severity is severity
    assert found.params["due"] == "2026-11-23 10:00"
    assert found.params["overdue"] is (severity is Severity.ERROR)


def test_written_confirmation_recorded_or_written_demand_needs_none() -> None:
    late = R + timedelta(days=10)
    assert C.WRITTEN_CONFIRMATION_DUE not in codes(
        run("sv-126ni", now=late, channel="oral", written_confirmation_at=R + DAY)
    )
    assert C.WRITTEN_CONFIRMATION_DUE not in codes(run("sv-126ni", now=late, channel="written"))
    assert C.WRITTEN_CONFIRMATION_DUE not in codes(run("sv-126nc", now=late, channel="oral"))


def test_emergency_confirmation_is_called_internal_policy() -> None:
    found = one(run("emergency", channel="oral"), C.WRITTEN_CONFIRMATION_DUE)
    assert "internal policy" in found.message_en and "intern beleid" in found.message_nl
    statutory = one(run("sv-126nd", channel="oral"), C.WRITTEN_CONFIRMATION_DUE)
    assert "policy" not in statutory.message_en


# --------------------------------------------------------------------------- future periods


@pytest.mark.parametrize("code", ["sv-126ne", "sv-126m", "sv-126zm"])
@pytest.mark.parametrize(
    ("offset", "too_long"), [(-MINUTE, False), (timedelta(0), False), (MINUTE, True)]
)
def test_four_weeks_of_future_data(code: str, offset: timedelta, too_long: bool) -> None:
    found = run(
        code,
        rc_authorisation_date=R.date(),
        data_categories=SHIPPED[code].allowed_categories[:1],
        period_from=R,
        period_to=R + timedelta(weeks=4) + offset,
    )
    assert (C.PERIOD_TOO_LONG in codes(found)) is too_long


def test_four_weeks_count_from_receipt_when_the_period_starts_earlier() -> None:
    found = run("sv-126ne", period_from=R - timedelta(days=60), period_to=R + timedelta(days=29))
    assert one(found, C.PERIOD_TOO_LONG).params["requested_days"] == 29


@pytest.mark.parametrize("code", ["sv-126n", "sv-126u", "sv-126zh"])
@pytest.mark.parametrize(
    ("offset", "too_long"), [(-MINUTE, False), (timedelta(0), False), (MINUTE, True)]
)
def test_three_calendar_months_of_future_data(code: str, offset: timedelta, too_long: bool) -> None:
    end = datetime(2027, 2, 20, 10, 0, tzinfo=AMSTERDAM)
    found = run(code, period_from=R, period_to=end + offset)
    assert (C.PERIOD_TOO_LONG in codes(found)) is too_long


def test_three_months_are_calendar_months_not_92_days() -> None:
    received = datetime(2026, 12, 1, 10, 0, tzinfo=AMSTERDAM)  # + 3 months = 1 March: 90 days
    found = run(
        "sv-126n", received_at=received, period_from=received, period_to=received + 91 * DAY
    )
    too_long = one(found, C.PERIOD_TOO_LONG)
    assert too_long.params["limit"] == "2027-03-01 10:00"
    assert "3 months" in too_long.message_en and "3 maanden" in too_long.message_nl
    assert C.PERIOD_TOO_LONG not in codes(
        run("sv-126n", received_at=received, period_from=received, period_to=received + 90 * DAY)
    )


# --------------------------------------------------------------------------- existing data only


@pytest.mark.parametrize("code", ["sv-126nd", "sv-126ni", "sv-126ui", "sv-126zja", "eu-epoc-pr"])
@pytest.mark.parametrize(
    ("offset", "fires"), [(-MINUTE, False), (timedelta(0), False), (MINUTE, True)]
)
def test_only_data_held_at_receipt(code: str, offset: timedelta, fires: bool) -> None:
    found = run(code, period_from=R - 30 * DAY, period_to=R + offset)
    assert (C.FUTURE_DATA_NOT_ALLOWED in codes(found)) is fires


def test_future_data_basis_and_open_period_are_not_existing_only() -> None:
    assert C.FUTURE_DATA_NOT_ALLOWED not in codes(run("sv-126ni", period_from=R - DAY))
    found = run("sv-126ne", data_categories=("traffic",), period_from=R, period_to=R + 7 * DAY)
    assert C.FUTURE_DATA_NOT_ALLOWED not in codes(found)
    message = one(run("sv-126nd", period_to=R + DAY), C.FUTURE_DATA_NOT_ALLOWED).message_en
    assert "art. 126nd Sv" in message and "art. 126ne Sv" in message


# --------------------------------------------------------------------------- order expiry


@pytest.mark.parametrize("code", ["sv-126m", "sv-126ne", "wiv-47", "sv-126n"])
@pytest.mark.parametrize(
    ("offset", "expired"), [(-MINUTE, False), (timedelta(0), True), (MINUTE, True)]
)
def test_order_expired_exactly_at_its_end(code: str, offset: timedelta, expired: bool) -> None:
    end = R + 14 * DAY
    found = run(code, now=end + offset, period_from=R, period_to=end)
    assert (C.ORDER_EXPIRED in codes(found)) is expired
    if expired:
        assert one(found, C.ORDER_EXPIRED).params["ended"] == "2026-12-04 10:00"


def test_126n_without_future_part_and_stored_data_never_expire() -> None:
    later = R + 400 * DAY
    assert C.ORDER_EXPIRED not in codes(run("sv-126n", now=later, period_from=R - DAY, period_to=R))
    assert C.ORDER_EXPIRED not in codes(
        run("sv-126n", now=later, period_from=R - 2 * DAY, period_to=R - DAY)
    )
    # a tap order that ended before it arrived has expired as well
    assert C.ORDER_EXPIRED in codes(
        run("sv-126m", now=R, period_from=R - 2 * DAY, period_to=R - DAY)
    )
    assert C.ORDER_EXPIRED not in codes(run("sv-126nd", now=later, period_to=R))
    assert C.ORDER_EXPIRED not in codes(run("sv-126m", now=later))


# --------------------------------------------------------------------------- authorisations


@pytest.mark.parametrize(
    ("code", "extra"),
    [
        ("sv-126m", {"data_categories": ("interception",)}),
        ("sv-126nf", {"data_categories": ("sensitive",)}),
        ("sv-126ng", {"data_categories": ("stored",)}),
        ("sv-126ne", {"data_categories": ("traffic",), "delivery": "realtime"}),
        ("eu-epoc", {"data_categories": ("traffic",)}),
    ],
)
@pytest.mark.parametrize(("days", "after"), [(-1, False), (0, False), (1, True)])
def test_authorisation_must_not_postdate_receipt(
    code: str, extra: dict[str, Any], days: int, after: bool
) -> None:
    found = run(code, rc_authorisation_date=date(2026, 11, 20) + timedelta(days=days), **extra)
    assert (C.AUTHORISATION_AFTER_DEMAND in codes(found)) is after
    assert C.RC_AUTHORISATION_MISSING not in codes(found)
    if after:
        assert one(found, C.AUTHORISATION_AFTER_DEMAND).params == {
            "article": SHIPPED[code].label,
            "authorised": "2026-11-21",
            "received": "2026-11-20",
        }


def test_receipt_date_is_the_amsterdam_date() -> None:
    # 20 November 00:30 Amsterdam is still 19 November in UTC: the Amsterdam date counts
    late_evening = datetime(2026, 11, 20, 0, 30, tzinfo=AMSTERDAM)
    found = run("sv-126m", received_at=late_evening, rc_authorisation_date=date(2026, 11, 20))
    assert C.AUTHORISATION_AFTER_DEMAND not in codes(found)


@pytest.mark.parametrize(
    ("delivery", "missing"), [("once", False), ("periodic", True), ("realtime", True)]
)
def test_126ne_real_time_or_periodic_needs_the_rc(delivery: str, missing: bool) -> None:
    found = run("sv-126ne", data_categories=("traffic",), delivery=delivery)
    assert (C.RC_AUTHORISATION_MISSING in codes(found)) is missing
    if missing:
        finding = one(found, C.RC_AUTHORISATION_MISSING)
        assert finding.severity is Severity.ERROR
        assert "real-time or periodic" in finding.message_en
        assert "periodiek" in finding.message_nl


@pytest.mark.parametrize(
    ("issuer", "categories", "missing"),
    [
        ("prosecutor", ("traffic",), True),
        ("prosecutor", ("content",), True),
        ("prosecutor", ("location",), True),
        ("prosecutor", ("subscriber",), False),
        ("examining_judge", ("traffic", "content"), False),
    ],
)
def test_eu_production_order_for_traffic_or_content_needs_a_judge(
    issuer: str, categories: tuple[str, ...], missing: bool
) -> None:
    found = run("eu-epoc", issuer_role=issuer, data_categories=categories)
    assert (C.RC_AUTHORISATION_MISSING in codes(found)) is missing
    if missing:
        assert "validated by a judge" in one(found, C.RC_AUTHORISATION_MISSING).message_en
    assert C.RC_AUTHORISATION_MISSING not in codes(
        run(
            "eu-epoc",
            issuer_role=issuer,
            data_categories=categories,
            rc_authorisation_date=R.date(),
        )
    )


@pytest.mark.parametrize(
    ("code", "categories", "rc", "settings", "advised"),
    [
        ("sv-126n", ("traffic",), None, RuleSettings(), True),
        ("sv-126u", ("location",), None, RuleSettings(), True),
        ("sv-126zh", ("subscriber", "traffic"), None, RuleSettings(), True),
        ("sv-126n", ("subscriber",), None, RuleSettings(), False),
        ("sv-126n", ("traffic",), date(2026, 11, 19), RuleSettings(), False),
        ("sv-126n", ("traffic",), None, RuleSettings(rc_review_advised=False), False),
        ("sv-126nd", ("traffic",), None, RuleSettings(), False),
    ],
)
def test_rc_review_advised_for_traffic_and_location_under_126n(
    code: str, categories: tuple[str, ...], rc: date | None, settings: RuleSettings, advised: bool
) -> None:
    found = run(code, settings=settings, data_categories=categories, rc_authorisation_date=rc)
    assert (C.RC_AUTHORISATION_ADVISED in codes(found)) is advised
    if advised:
        finding = one(found, C.RC_AUTHORISATION_ADVISED)
        assert finding.severity is Severity.WARNING
        assert "ECLI:NL:HR:2022:475" in finding.message_en + finding.message_nl


@pytest.mark.parametrize(
    ("minister", "tib", "missing"),
    [
        (None, None, ["minister", "tib"]),
        (date(2026, 11, 1), None, ["tib"]),
        (None, date(2026, 11, 2), ["minister"]),
        (date(2026, 11, 1), date(2026, 11, 2), []),
    ],
)
def test_wiv_special_power_needs_minister_and_tib(
    minister: date | None, tib: date | None, missing: list[str]
) -> None:
    found = run(
        "wiv-47",
        issuer_role="intelligence_service",
        data_categories=("interception",),
        wiv_minister_date=minister,
        wiv_tib_date=tib,
    )
    if missing:
        finding = one(found, C.WIV_APPROVAL_MISSING)
        assert finding.params["missing"] == missing
        assert finding.severity is Severity.ERROR
    else:
        assert C.WIV_APPROVAL_MISSING not in codes(found)
    assert C.WIV_APPROVAL_MISSING not in codes(
        run("wiv-55", issuer_role="intelligence_service", data_categories=("traffic",))
    )


def test_one_target_per_order_is_a_warning_that_fires_only_above_one() -> None:
    two = (*ONE_TARGET, TargetFacts("06-87654321", "phone_number", "+31687654321", True))
    found = one(run("sv-126m", targets=two, rc_authorisation_date=R.date()), C.ONE_TARGET_PER_ORDER)
    assert found.severity is Severity.WARNING and found.params["count"] == 2
    assert "zo mogelijk" in found.message_nl
    assert C.ONE_TARGET_PER_ORDER not in codes(run("sv-126m", rc_authorisation_date=R.date()))
    assert C.ONE_TARGET_PER_ORDER not in codes(run("sv-126n", targets=two))


# --------------------------------------------------------------------------- retention


@pytest.mark.parametrize(
    ("category", "months"), [("traffic", 3), ("location", 3), ("recordings", 4)]
)
@pytest.mark.parametrize(
    ("offset", "beyond"), [(-MINUTE, True), (timedelta(0), False), (MINUTE, False)]
)
def test_retention_cutoff_in_calendar_months_at_receipt(
    category: str, months: int, offset: timedelta, beyond: bool
) -> None:
    cutoff = add_months(R, -months)
    for now in (R, R + 70 * DAY):  # judged at receipt: a later check says the same
        found = run(
            "awr-53",
            now=now,
            data_categories=(category,),
            period_from=cutoff + offset,
            period_to=R,
        )
        assert (C.PERIOD_BEYOND_RETENTION in codes(found)) is beyond, now
        if beyond:
            finding = one(found, C.PERIOD_BEYOND_RETENTION)
            assert finding.params["cutoff"] == cutoff.date().isoformat()
            assert finding.params["months"] == months
            assert finding.severity is Severity.INFO


def test_retention_cutoffs_are_exact_dates() -> None:
    assert add_months(R, -3).date() == date(2026, 8, 20)
    assert add_months(R, -4).date() == date(2026, 7, 20)


def test_no_retention_limit_and_unknown_categories_give_no_finding() -> None:
    unlimited = RuleSettings(retention_months={"location": 3})
    found = run(
        "awr-53", settings=unlimited, data_categories=("traffic",), period_from=R - 900 * DAY
    )
    assert C.PERIOD_BEYOND_RETENTION not in codes(found)
    found = run("awr-53", data_categories=("subscriber",), period_from=R - 900 * DAY)
    assert C.PERIOD_BEYOND_RETENTION not in codes(found)


def test_content_is_not_held_unless_compass_voicemail_is_declared() -> None:
    found = run("sv-126ng", data_categories=("content",), period_from=R - 900 * DAY)
    held = one(found, C.DATA_NOT_HELD)
    assert held.severity is Severity.INFO and held.subject == "content"
    assert C.PERIOD_BEYOND_RETENTION not in codes(found)
    voicemail = RuleSettings(retention_months={"content": 2}, voicemail_stored=True)
    found = run(
        "sv-126ng", settings=voicemail, data_categories=("content",), period_from=R - 90 * DAY
    )
    assert C.DATA_NOT_HELD not in codes(found)
    assert one(found, C.PERIOD_BEYOND_RETENTION).params["months"] == 2
    assert C.DATA_NOT_HELD not in codes(run("sv-126ng", data_categories=("stored",)))


# --------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("code", "emergency", "expected"),
    [
        ("eu-epoc", False, datetime(2026, 11, 30, 10, 0, tzinfo=AMSTERDAM)),
        ("eu-epoc", True, datetime(2026, 11, 20, 18, 0, tzinfo=AMSTERDAM)),
        ("sv-126n", False, datetime(2026, 11, 27, 10, 0, tzinfo=AMSTERDAM)),
        ("sv-126n", True, datetime(2026, 11, 20, 14, 0, tzinfo=AMSTERDAM)),
    ],
)
def test_default_deadline_per_basis(code: str, emergency: bool, expected: datetime) -> None:
    due = default_deadline(R, emergency, SHIPPED[code], default_days=7, emergency_hours=4)
    assert due == expected
    assert due - MINUTE < expected < due + MINUTE


def test_ten_days_are_calendar_days_across_the_clock_change() -> None:
    received = datetime(2026, 10, 20, 10, 0, tzinfo=AMSTERDAM)  # summer time ends 25 October
    due = default_deadline(received, False, SHIPPED["eu-epoc"], default_days=7, emergency_hours=4)
    assert due.astimezone(AMSTERDAM).replace(tzinfo=None) == datetime(2026, 10, 30, 10, 0)


@pytest.mark.parametrize(
    ("code", "extended", "days"),
    [("sv-126ni", False, 90), ("eu-epoc-pr", False, 60), ("eu-epoc-pr", True, 90)],
)
def test_preservation_terms(code: str, extended: bool, days: int) -> None:
    until = preservation_until(R, SHIPPED[code], extended=extended)
    assert until == R + timedelta(days=days)
    assert preservation_until(R, SHIPPED["sv-126n"]) is None


def test_126ni_extension_does_not_exist() -> None:
    assert preservation_until(R, SHIPPED["sv-126ni"], extended=True) == R + 90 * DAY


# --------------------------------------------------------------------------- no basis


def test_no_legal_basis_only_refuses_and_still_checks_targets() -> None:
    bad = (TargetFacts("12", "phone_number", "", False, "too short"),)
    found = run("none", targets=bad, requester_verified=False, channel="oral")
    assert [f.code for f in found] == [C.NO_LEGAL_BASIS, C.TARGET_INVALID, C.AUTHORITY_UNVERIFIED]


# --------------------------------------------------------------------------- messages in situ

TWO = (*ONE_TARGET, TargetFacts("06-87654321", "phone_number", "+31687654321", True))
BAD = TargetFacts("12", "phone_number", "", False, "too short")

# (basis, now, facts overrides, settings): together they raise every finding code
SCENARIOS: list[tuple[str, datetime, dict[str, Any], RuleSettings]] = [
    (
        "sv-126m",
        R + 30 * DAY,
        {
            "issuer_role": "tax_inspector",
            "channel": "oral",
            "data_categories": ("interception", "content", "traffic"),
            "targets": (*TWO, BAD, ONE_TARGET[0]),
            "period_from": R - 200 * DAY,
            "period_to": R + 29 * DAY,
            "rc_authorisation_date": date(2026, 11, 21),
            "requester": "",
            "requester_verified": False,
            "bsn_masked_count": 2,
            "bsn_masked_fields": ("notes", "targets"),
        },
        RuleSettings(),
    ),
    ("sv-126n", R, {"data_categories": ("traffic",), "period_to": R + 100 * DAY}, RuleSettings()),
    ("sv-126ni", R, {"data_categories": ("preservation",), "period_to": R + DAY}, RuleSettings()),
    ("wiv-47", R, {"issuer_role": "intelligence_service"}, RuleSettings()),
    (
        "none",
        R,
        {"requester_verified": False, "bsn_masked_count": 1, "bsn_masked_fields": ("notes",)},
        RuleSettings(),
    ),
    ("sv-126ne", R, {"data_categories": ("traffic",), "delivery": "realtime"}, RuleSettings()),
    ("eu-epoc", R, {"data_categories": ("traffic",)}, RuleSettings()),
    (
        "emergency",
        R + 4 * DAY,
        {"issuer_role": "emergency_centre", "channel": "oral"},
        RuleSettings(),
    ),
]


def _scenario_findings() -> list[tuple[str, Finding]]:
    others = {("phone_number", "+31612345678"): ["LR-2026-000009", "LR-2026-000003"]}
    out = []
    for code, now, overrides, settings in SCENARIOS:
        found = check_demand(facts(**overrides), SHIPPED[code], settings, now, others)
        out += [(code, f) for f in found]
    return out


def test_every_code_arises_from_some_scenario() -> None:
    assert {f.code for _, f in _scenario_findings()} == set(C)


def test_every_finding_renders_fully_and_names_its_rule() -> None:
    for code, finding in _scenario_findings():
        label = SHIPPED[code].label
        assert finding.params["article"] == label, (code, finding.code)
        text = finding.message_en + finding.message_nl
        assert "{" not in text and "None" not in text, (code, finding.code, text)
        assert finding.message("nl") == finding.message_nl != finding.message("en")
        assert finding.message() == finding.message_en
        assert finding.severity is SEVERITY[finding.code] or finding.code is (
            C.WRITTEN_CONFIRMATION_DUE
        )


def test_scenario_parameters_and_subjects() -> None:
    found = {(c, f.code): f for c, f in _scenario_findings()}
    tap = {f.code: f for c, f in _scenario_findings() if c == "sv-126m"}
    assert tap[C.TARGET_INVALID].params["target"] == "12"
    assert tap[C.TARGET_INVALID].params["kind"] == "phone_number"
    assert tap[C.TARGET_INVALID].params["reason"] == "too short"
    assert tap[C.TARGET_INVALID].subject == "12"
    duplicate = tap[C.DUPLICATE_TARGET]
    assert duplicate.params["cases"] == ["LR-2026-000003", "LR-2026-000009"]
    assert duplicate.params["target"] == "+31612345678" == duplicate.subject
    assert "LR-2026-000003, LR-2026-000009" in duplicate.message_en
    assert tap[C.ONE_TARGET_PER_ORDER].params["count"] == 4
    assert tap[C.BSN_MASKED].params["count"] == 2
    assert tap[C.BSN_MASKED].params["fields"] == ["notes", "targets"]
    assert "notities" in tap[C.BSN_MASKED].message_nl
    assert "(?)" in tap[C.AUTHORITY_UNVERIFIED].message_en
    assert tap[C.AUTHORITY_UNVERIFIED].subject == ""
    assert tap[C.DATA_NOT_HELD].subject == "content"
    assert tap[C.PERIOD_BEYOND_RETENTION].subject == "traffic"
    assert tap[C.PERIOD_BEYOND_RETENTION].params["category"] == "traffic"
    assert "Verkeersgegevens" in tap[C.PERIOD_BEYOND_RETENTION].message_nl
    assert tap[C.ORDER_EXPIRED].subject == "" and tap[C.WRITTEN_CONFIRMATION_DUE].subject == ""
    assert found[("sv-126ne", C.RC_AUTHORISATION_MISSING)].params["delivery"] == "realtime"
    assert found[("sv-126n", C.PERIOD_TOO_LONG)].params["until"] == "2027-02-28 10:00"
    future = found[("sv-126ni", C.FUTURE_DATA_NOT_ALLOWED)].params
    assert (future["received"], future["until"]) == ("2026-11-20 10:00", "2026-11-21 10:00")
    assert duplicate.params["kind"] == "phone_number"
    assert found[("none", C.BSN_MASKED)].params["article"] == SHIPPED["none"].label
    advised = found[("sv-126n", C.RC_AUTHORISATION_ADVISED)]
    assert advised.params["ecli"] == "ECLI:NL:HR:2022:475"
    assert advised.params["categories"] == ["traffic"] and "verkeersgegevens" in advised.message_nl
    # the duplicate target counts once, the invalid one is not looked up
    assert [f.code for c, f in _scenario_findings() if c == "sv-126m"].count(
        C.DUPLICATE_TARGET
    ) == 1


def test_requester_named_when_unverified() -> None:
    found = one(
        run("sv-126n", requester_verified=False, requester="K. Smit"), C.AUTHORITY_UNVERIFIED
    )
    assert "K. Smit" in found.message_en and "K. Smit" in found.message_nl


def test_retention_checks_every_category_after_a_skipped_one() -> None:
    old = R - 200 * DAY
    found = run("awr-53", data_categories=("content", "subscriber", "traffic"), period_from=old)
    assert [f.subject for f in found if f.code is C.PERIOD_BEYOND_RETENTION] == ["traffic"]


def test_period_too_long_counts_a_started_day_as_a_day() -> None:
    found = run("sv-126ne", period_from=R, period_to=R + 28 * DAY + MINUTE)
    assert one(found, C.PERIOD_TOO_LONG).params["requested_days"] == 29
    found = run("sv-126ne", period_from=R, period_to=R + 30 * DAY)
    assert one(found, C.PERIOD_TOO_LONG).params["requested_days"] == 30


def test_preservation_runs_on_the_wall_clock_and_is_not_extended_by_default() -> None:
    received = datetime(2026, 3, 1, 10, 0, tzinfo=AMSTERDAM)  # summer time starts 29 March
    until = preservation_until(received, SHIPPED["eu-epoc-pr"])
    assert until is not None
    assert until.astimezone(AMSTERDAM).replace(tzinfo=None) == datetime(2026, 4, 30, 10, 0)


def test_every_target_after_an_invalid_or_repeated_one_is_still_checked() -> None:
    a, b = ONE_TARGET[0], TWO[1]
    others = {("phone_number", b.normalised): ["LR-2026-000001"]}
    for targets in ((BAD, b), (a, a, b)):
        found = check_demand(facts(targets=targets), SHIPPED["sv-126n"], RuleSettings(), R, others)
        assert [f.subject for f in found if f.code is C.DUPLICATE_TARGET] == [b.normalised]
