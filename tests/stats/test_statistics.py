"""Statistics against a data set with known counts; purging keeps them; the "< 5" rule."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
import stat
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text

from lawfulreq.clock import AMSTERDAM
from lawfulreq.db.models import AuditEvent, CaseStatistic, DemandCase
from lawfulreq.errors import PermissionDeniedError
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from lawfulreq.services.statistics import (
    Outcome,
    Unit,
    derive_outcome,
    primary_category,
    shown_count,
)
from lawfulreq.services.statistics_export import formula_safe
from lawfulreq.settings_registry import STATS_SMALL_COUNT_THRESHOLD
from tests.conftest import TEST_PASSWORD, run_cli
from tests.stats.data import KNOWN, Spec, add_cases, purge_case

H2 = "2026H2"


@pytest.fixture
def known(services: AppServices, actors: dict[str, Actor]) -> list[int]:
    return add_cases(services, KNOWN, user_id=actors["officer"].user_id)


def test_counts_per_demand(services: AppServices, actors: dict[str, Actor], known: list[int]):
    stats = services.statistics.statistics(actors["auditor"], H2, Unit.DEMAND)
    assert stats.total == 8
    assert dict(stats.by_basis) == {
        "sv-126m": 2,
        "sv-126n": 2,
        "sv-126na": 1,
        "sv-126nc": 1,
        "sv-126nd": 1,
        "wiv-47": 1,
    }
    assert stats.by_outcome == {
        "delivered_fully": 1,
        "delivered_partly": 1,
        "not_available": 1,
        "refused": 2,
        "withdrawn": 2,
        "open": 1,
    }
    assert {k: v for k, v in stats.by_category.items() if v} == {
        "interception": 3,
        "traffic": 2,
        "subscriber": 2,
        "stored": 1,
    }
    assert {k: v for k, v in stats.by_authority_type.items() if v} == {
        "police": 3,
        "prosecutor": 4,
        "intelligence": 1,
    }
    assert (stats.emergency, stats.preservation) == (1, 1)
    assert stats.not_publishable == ("wiv-47",)
    for _name, counts in stats.breakdowns():
        assert sum(counts.values()) == stats.total


def test_counts_per_identifier(services: AppServices, actors: dict[str, Actor], known: list[int]):
    stats = services.statistics.statistics(actors["fg"], H2, Unit.IDENTIFIER)
    # Case 1 names two numbers; case 3 names one of its two numbers twice (counted once).
    assert stats.total == 10
    assert stats.by_basis["sv-126n"] == 3
    assert stats.by_basis["sv-126na"] == 2
    assert stats.by_outcome["delivered_fully"] == 2
    assert stats.by_outcome["not_available"] == 2
    assert stats.preservation == 2
    for _name, counts in stats.breakdowns():
        assert sum(counts.values()) == stats.total


def test_json_document_has_the_contract_keys(
    services: AppServices, actors: dict[str, Actor], known: list[int]
):
    document = services.statistics.statistics(actors["fg"], H2).as_json()
    assert list(document) == [
        "period",
        "unit",
        "total",
        "by_basis",
        "by_category",
        "by_authority_type",
        "by_outcome",
        "emergency",
        "preservation",
        "not_publishable",
    ]
    assert document["period"] == {"from": "2026-07-01", "to": "2026-12-31"}
    assert document["unit"] == "demand"


def test_other_periods_hold_nothing(
    services: AppServices, actors: dict[str, Actor], known: list[int]
):
    stats = services.statistics.statistics(actors["fg"], "2026H1")
    assert stats.total == 0 and stats.preservation == 0 and stats.empty
    assert services.statistics.statistics(actors["fg"], "2026").total == 8
    assert services.statistics.statistics(actors["fg"], "2026-09-15..2026-09-15").total == 8
    assert services.statistics.statistics(actors["fg"], "2026-09-16..2026-12-31").total == 0


def test_purge_keeps_the_counts_and_a_reused_id_does_not_overwrite(
    services: AppServices, actors: dict[str, Actor], known: list[int]
):
    before = services.statistics.statistics(actors["fg"], H2).as_json()
    before_identifiers = services.statistics.statistics(actors["fg"], H2, "identifier").total
    # The last case (highest id, so SQLite would hand its id to the next new case) and a
    # closed one in the middle, deleted as a retention purge deletes them.
    last, closed = known[-1], known[2]
    purge_case(services, last)
    purge_case(services, closed)
    with services.db.sessions.begin() as session:
        orphans = session.scalar(
            select(func.count()).select_from(CaseStatistic).where(CaseStatistic.case_id.is_(None))
        )
    assert orphans == 2
    assert services.statistics.statistics(actors["fg"], H2).as_json() == before
    assert services.statistics.statistics(actors["fg"], H2, "identifier").total == (
        before_identifiers
    )

    new_case = add_cases(
        services,
        (Spec("sv-126na", ("subscriber",), ("+31612345699",), "received"),),
        user_id=actors["officer"].user_id,
    )
    after = services.statistics.statistics(actors["fg"], H2)
    assert after.total == before["total"] + 1
    assert after.by_outcome["open"] == before["by_outcome"]["open"] + 1
    assert after.by_outcome["refused"] == before["by_outcome"]["refused"]
    assert new_case[0] in (last, last + 1)


def test_a_move_writes_the_row_at_once(
    services: AppServices, actors: dict[str, Actor], known: list[int]
):
    officer = actors["officer"]
    ref = "LR-2026-000506"  # case 6: under review, emergency
    services.cases.move(officer, ref, "withdrawn", reason="requester withdrew")
    with services.db.sessions.begin() as session:
        row = session.scalar(select(CaseStatistic).where(CaseStatistic.case_id == known[5]))
        assert row is not None and row.outcome == "withdrawn"
    # Closing and then purging leaves the withdrawn outcome in the counts.
    services.cases.move(officer, ref, "closed")
    purge_case(services, known[5])
    stats = services.statistics.statistics(actors["fg"], H2)
    assert stats.by_outcome["withdrawn"] == 3 and stats.by_outcome["open"] == 0
    assert stats.emergency == 1


def test_a_changed_case_is_counted_again_at_the_next_query(
    services: AppServices, actors: dict[str, Actor], known: list[int]
):
    from lawfulreq.services.statistics import refresh_statistics

    assert services.statistics.statistics(actors["fg"], H2).emergency == 1
    now = datetime(2026, 11, 20, 10, 0, tzinfo=AMSTERDAM)
    with services.db.sessions.begin() as session:
        assert refresh_statistics(session, now) == 0  # all current: nothing computed
    # A change that bypasses the workflow (no move, so no hook): the case's version grows.
    with services.db.sessions.begin() as session:
        case = session.get(DemandCase, known[0])
        assert case is not None
        case.emergency = True
    stats = services.statistics.statistics(actors["fg"], H2)
    assert stats.emergency == 2
    with services.db.sessions.begin() as session:
        row = session.scalars(select(CaseStatistic).where(CaseStatistic.case_id == known[0])).one()
        case = session.get(DemandCase, known[0])
        assert case is not None and row.case_version == case.version == 2
        assert refresh_statistics(session, now) == 0


def test_half_year_boundaries_in_amsterdam_time(services: AppServices, actors: dict[str, Actor]):
    def at(*parts: int) -> datetime:
        return datetime(*parts, tzinfo=AMSTERDAM)

    def one(number: str, *moment: int) -> Spec:
        return Spec("sv-126na", ("subscriber",), (number,), "received", received_at=at(*moment))

    edges = (
        # 2026-06-30 23:59 summer time is 21:59 UTC: still H1.
        one("+31612345680", 2026, 6, 30, 23, 59),
        # 2026-07-01 00:00 local is 2026-06-30 22:00 UTC: H2 although the UTC day is June.
        one("+31612345681", 2026, 7, 1, 0, 0),
        # New Year in winter time: 2026-12-31 23:30 local is H2; 2027-01-01 00:10 is 2027.
        one("+31612345682", 2026, 12, 31, 23, 30),
        one("+31612345683", 2027, 1, 1, 0, 10),
    )
    add_cases(services, edges, user_id=actors["officer"].user_id)
    fg = actors["fg"]
    assert services.statistics.statistics(fg, "2026H1").total == 1
    assert services.statistics.statistics(fg, "2026H2").total == 2
    assert services.statistics.statistics(fg, "2027H1").total == 1
    assert services.statistics.statistics(fg, "2026-06-30..2026-06-30").total == 1
    assert services.statistics.statistics(fg, "2026-07-01..2026-07-01").total == 1


def test_migration_backfill_agrees_with_the_service(
    services: AppServices, actors: dict[str, Actor], known: list[int]
):
    """The SQL that copies existing cases in at upgrade gives the same rows as the rule."""
    fg = actors["fg"]
    more = (
        # Closed after a rejection; disclosed with no items; several categories at once;
        # a category list without any known one; a summer-night receipt.
        Spec("sv-126nd", ("stored",), ("+31612345690",), "closed", ("rejected", "closed")),
        Spec("sv-126n", ("traffic",), (), "disclosed", ("approved", "disclosed"), ()),
        Spec("sv-126nd", ("subscriber", "stored", "location"), ("+31612345691",), "received"),
        Spec("sv-126nd", ("unknown",), ("+31612345692",), "received"),
        Spec(
            "emergency",
            ("subscriber",),
            ("+31612345693",),
            "received",
            authority="emergency",
            received_at=datetime(2026, 3, 29, 3, 30, tzinfo=AMSTERDAM),
        ),
    )
    add_cases(services, more, user_id=actors["officer"].user_id)
    services.statistics.statistics(fg, H2)
    columns = (
        "case_id, case_version, received_on, basis_code, publishable, authority_type, "
        "primary_category, outcome, identifiers, emergency, preservation"
    )
    with services.db.sessions.begin() as session:
        expected = session.execute(
            text(f"SELECT {columns} FROM case_statistic ORDER BY case_id")
        ).all()
        session.execute(delete(CaseStatistic))
        dialect = session.get_bind().dialect.name
        session.execute(text(_migration().backfill_sql(dialect)))
        copied = session.execute(
            text(f"SELECT {columns} FROM case_statistic ORDER BY case_id")
        ).all()
    assert len(expected) == len(KNOWN) + len(more)
    assert [tuple(r) for r in copied] == [tuple(r) for r in expected]


def _migration():  # type: ignore[no-untyped-def]
    path = (
        Path(__file__).resolve().parents[2] / "lawfulreq/db/migrations/versions/0007_statistics.py"
    )
    spec = importlib.util.spec_from_file_location("migration_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_officer_and_auditor_may_read_every_role_needs_the_permission(
    services: AppServices, actors: dict[str, Actor]
):
    from dataclasses import replace

    from lawfulreq.domain.enums import Role
    from lawfulreq.security import permissions

    for name in ("fg", "officer", "auditor"):
        assert services.statistics.statistics(actors[name], H2).total == 0
    saved = permissions.ROLE_PERMISSIONS[Role.AUDITOR]
    permissions.ROLE_PERMISSIONS[Role.AUDITOR] = frozenset()
    try:
        with pytest.raises(PermissionDeniedError):
            services.statistics.statistics(replace(actors["auditor"]), H2)
    finally:
        permissions.ROLE_PERMISSIONS[Role.AUDITOR] = saved


# --------------------------------------------------------------------------- the rules


@pytest.mark.parametrize(
    ("status", "before", "decisions", "outcome"),
    [
        ("received", None, (), Outcome.OPEN),
        ("approved", None, ("produce",), Outcome.OPEN),
        ("withdrawn", None, (), Outcome.WITHDRAWN),
        ("rejected", None, (), Outcome.REFUSED),
        ("disclosed", None, ("produce",), Outcome.DELIVERED_FULLY),
        ("disclosed", None, ("deliver", "produce"), Outcome.DELIVERED_FULLY),
        ("disclosed", None, ("produce", "withhold"), Outcome.DELIVERED_PARTLY),
        ("disclosed", None, ("produce", "not_available"), Outcome.DELIVERED_PARTLY),
        ("disclosed", None, ("not_available",), Outcome.NOT_AVAILABLE),
        ("disclosed", None, (), Outcome.NOT_AVAILABLE),
        ("disclosed", None, ("withhold", "not_available"), Outcome.REFUSED),
        ("closed", "withdrawn", ("produce",), Outcome.WITHDRAWN),
        ("closed", "rejected", (), Outcome.REFUSED),
        ("closed", "disclosed", ("produce",), Outcome.DELIVERED_FULLY),
        ("closed", None, (), Outcome.NOT_AVAILABLE),
    ],
)
def test_outcome_rule(
    status: str, before: str | None, decisions: tuple[str, ...], outcome: Outcome
):
    assert derive_outcome(status, before, decisions) is outcome


def test_primary_category_is_the_most_intrusive():
    assert primary_category(["subscriber", "traffic", "location"]) == "location"
    assert primary_category(["subscriber"]) == "subscriber"
    assert primary_category(["stored", "content"]) == "content"
    assert primary_category([]) == "other"


@pytest.mark.parametrize(("count", "shown"), [(0, "0"), (1, "< 5"), (4, "< 5"), (5, "5"), (6, "6")])
def test_small_counts_at_the_threshold(count: int, shown: str):
    assert shown_count(count, 5) == shown
    assert shown_count(count, 0) == str(count)


@pytest.mark.parametrize("value", ["=SUM(A1)", "+31", "-1", "@cmd", "\tx", "\rx"])
def test_formula_cells_are_neutralised(value: str):
    assert formula_safe(value) == "'" + value
    assert formula_safe("art. 126n Sv") == "art. 126n Sv"


# --------------------------------------------------------------------------- exports


def _csv(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {(r["section"], r["code"]): (r["label"], r["count"]) for r in csv.DictReader(handle)}


def test_publishable_csv(
    services: AppServices, actors: dict[str, Actor], known: list[int], tmp_path: Path
):
    path = tmp_path / "stats.csv"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o644)
    result = services.statistics.export(actors["fg"], H2, "demand", str(path), fmt="csv")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    rows = _csv(path)
    # wiv-47 left out, the total with it: 7; every count under 5 shown as "< 5".
    assert rows[("summary", "total")] == ("Totaal", "7")
    assert ("by_basis", "wiv-47") not in rows
    assert rows[("by_basis", "sv-126n")] == ("art. 126n Sv", "< 5")
    assert rows[("by_outcome", "refused")] == ("Geweigerd", "< 5")
    assert rows[("by_outcome", "delivered_partly")][1] == "< 5"
    assert rows[("by_authority_type", "foreign")][1] == "0"
    # With the intelligence services left out, no "0" row for them either.
    assert ("by_authority_type", "intelligence") not in rows
    assert result.threshold == 5 and not result.includes_not_publishable

    with services.db.sessions.begin() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "statistics.exported")
        ).one()
    assert event.actor == "fg"
    assert event.details["format"] == "csv" and event.details["sha256"] == result.sha256
    assert event.details["includes_not_publishable"] is False


def test_csv_threshold_setting_and_deliberate_inclusion(
    services: AppServices, actors: dict[str, Actor], known: list[int], tmp_path: Path
):
    fg = actors["fg"]
    services.settings.set(fg, STATS_SMALL_COUNT_THRESHOLD, 2)
    path = tmp_path / "all.csv"
    services.statistics.export(
        fg, H2, "demand", str(path), fmt="csv", lang="en", include_not_publishable=True
    )
    rows = _csv(path)
    assert rows[("summary", "total")] == ("Total", "8")
    with pytest.raises(PermissionDeniedError):
        services.statistics.export(
            actors["officer"], H2, "demand", str(path), fmt="csv", include_not_publishable=True
        )
    assert rows[("by_basis", "sv-126n")][1] == "2"
    assert rows[("by_basis", "sv-126na")][1] == "< 2"
    assert rows[("by_basis", "wiv-47")] == ("art. 47 Wiv 2017 (not publishable)", "< 2")
    assert rows[("by_authority_type", "intelligence")] == ("Intelligence services", "< 2")


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext (poppler-utils) is required in CI")
        pytest.skip("pdftotext not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_pdf_report_in_dutch_and_english(
    services: AppServices, actors: dict[str, Actor], known: list[int], tmp_path: Path
):
    nl = tmp_path / "nl.pdf"
    en = tmp_path / "en.pdf"
    result = services.statistics.export(actors["fg"], H2, "identifier", str(nl), fmt="pdf")
    services.statistics.export(actors["fg"], H2, "identifier", str(en), fmt="pdf", lang="en")
    assert result.pages >= 1 and stat.S_IMODE(os.stat(nl).st_mode) == 0o600
    dutch = _pdftotext(nl)
    for words in ("Transparantiecijfers", "tweede halfjaar 2026", "per identificatiegegeven",
                  "art. 126n Sv", "< 5", "Volledig verstrekt", "Wiv 2017"):  # fmt: skip
        assert words in dutch, words
    assert "wiv-47" not in dutch and "sv-126n" not in dutch
    english = _pdftotext(en)
    assert "Transparency statistics" in english and "per identifier" in english


# --------------------------------------------------------------------------- command line


def test_cli_stats_json_after_the_command(
    sqlite_target,  # type: ignore[no-untyped-def]
    sqlite_services: AppServices,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
):
    from tests.conftest import make_users

    users = make_users(sqlite_services)
    add_cases(sqlite_services, KNOWN, user_id=users["officer"].user_id)
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    db = str(sqlite_target.sqlite_path)
    capsys.readouterr()
    code = run_cli(["--db", db, "--user", "auditor", "stats", "--period", H2, "--json"])
    out, _ = capsys.readouterr()
    assert code == 0
    document = json.loads(out)
    assert document["total"] == 8 and document["not_publishable"] == ["wiv-47"]

    csv_path = tmp_path / "out.csv"
    code = run_cli(
        ["--db", db, "--user", "fg", "--json", "stats", "--period", H2, "--unit", "identifier",
         "--export-csv", str(csv_path)]
    )  # fmt: skip
    out, _ = capsys.readouterr()
    assert code == 0 and json.loads(out)["total"] == 10
    assert _csv(csv_path)[("summary", "total")][1] == "9"

    code = run_cli(["--db", db, "--user", "fg", "stats", "--period", "2026H3"])
    _, err = capsys.readouterr()
    assert code == 1 and "2026H3" in err and "Traceback" not in err
