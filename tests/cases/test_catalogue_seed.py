"""A database seeded from an older catalogue edition gets new rule versions, never edited ones."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete

from lawfulreq.clock import as_utc, fixed_clock
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import LegalBasisVersion
from lawfulreq.rules.engine import FindingCode as C
from lawfulreq.services.base import Actor
from lawfulreq.services.catalogue import (
    FIELD_DEFAULTS,
    seed_catalogue,
    shipped_document,
    shipped_version,
)
from lawfulreq.services.registry import AppServices, open_services
from tests.cases.conftest import demand
from tests.conftest import NOW

FIRST_EDITION = {
    "sv-126n", "sv-126na", "sv-126nc", "sv-126nd", "sv-126ne", "sv-126nf", "sv-126ng",
    "sv-126ni", "sv-126m", "sv-126t", "sv-126u", "sv-126ua", "sv-126zg", "sv-126zh",
    "sv-126zi", "sv-126ii", "wiv-47", "wiv-55", "wiv-56", "awr-53", "awb-5-16",
    "emergency", "foreign-eio",
}  # fmt: skip


# 1 December + 3 calendar months = 1 March: 90 days; the first edition allowed 92 days.
DECEMBER_1 = as_utc(NOW) + timedelta(days=11)


def _first_edition(tmp_path: Path) -> Path:
    """The 2026-11 catalogue as it shipped: 23 rules, no sources, 126nc notified."""
    doc = shipped_document()
    doc["catalogue_version"] = "2026-11"
    bases = []
    for entry in doc["bases"]:
        if entry["code"] not in FIRST_EDITION:
            continue
        old = {k: v for k, v in entry.items() if k not in FIELD_DEFAULTS}
        if entry["code"] == "sv-126nc":
            old["notification_rule"] = "prosecutor_notifies"
        if entry["code"] == "sv-126n":
            old["max_future_days"] = 92
        bases.append(old)
    doc["bases"] = bases
    path = tmp_path / "legal_bases_2026-11.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_new_edition_adds_versions_and_old_cases_keep_theirs(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path, any_target: DatabaseTarget
) -> None:
    officer, fg = actors["officer"], actors["fg"]
    with services.db.sessions.begin() as session:
        session.execute(delete(LegalBasisVersion))
        assert seed_catalogue(session, as_utc(NOW), _first_edition(tmp_path)) == 23
    old_case = services.intake.create(
        officer,
        demand(
            legal_basis="sv-126n",
            period_from=DECEMBER_1,
            period_to=DECEMBER_1 + timedelta(days=91),
        ),
    )
    assert C.PERIOD_TOO_LONG not in {f.code for f in old_case.findings}

    reopened = open_services(any_target, clock=fixed_clock(NOW + timedelta(days=1)))
    try:
        assert shipped_version() == "2026-12"
        versions = reopened.catalogue.versions("sv-126nc")
        assert [(v.version, v.current) for v in versions] == [(2, True), (1, False)]
        assert [v.notification_rule for v in versions] == ["none", "prosecutor_notifies"]
        assert versions[0].created_by == "catalogue" and versions[0].catalogue_version == "2026-12"
        assert versions[1].source == ""  # the stored first version is untouched
        assert reopened.catalogue.get("eu-epoc").version == 1
        assert len(reopened.catalogue.current()) == 43
        # the old case keeps the rule it was taken in under (92 days); a new one: 3 months
        kept = reopened.cases.get(officer, old_case.ref).legal_basis
        assert (kept.version, kept.max_future_days, kept.max_future_months) == (1, 92, None)
        assert C.PERIOD_TOO_LONG not in {f.code for f in reopened.cases.check(fg, old_case.ref)}
        new_case = reopened.intake.create(
            officer,
            demand(
                legal_basis="sv-126n",
                period_from=DECEMBER_1,
                period_to=DECEMBER_1 + timedelta(days=91),
                targets=("06-99999999",),
            ),
        )
        assert C.PERIOD_TOO_LONG in {f.code for f in new_case.findings}
        # an FG edit after the upgrade survives the next start
        rule = reopened.catalogue.get("sv-126nc")
        reopened.catalogue.edit(fg, "sv-126nc", {"notes": "local note"}, expected_version=2)
    finally:
        reopened.close()
    again = open_services(any_target, clock=fixed_clock(NOW + timedelta(days=2)))
    try:
        current = again.catalogue.get("sv-126nc")
        assert (current.version, current.notes) == (rule.version + 1, "local note")
        assert current.catalogue_version == "2026-12"
    finally:
        again.close()


def test_a_database_at_this_edition_is_left_alone(services: AppServices) -> None:
    with services.db.sessions.begin() as session:
        assert seed_catalogue(session, as_utc(NOW)) == 0
    assert {v.version for v in services.catalogue.current()} == {1}
