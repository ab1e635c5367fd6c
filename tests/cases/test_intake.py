"""Intake: stored targets, BSN masking, duplicates, documents, verification, the case file."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from lawfulreq.db.models import CaseTarget, DemandCase
from lawfulreq.errors import PermissionDeniedError, ValidationError
from lawfulreq.rules.engine import FindingCode as C
from lawfulreq.rules.engine import Severity
from lawfulreq.services.base import Actor
from lawfulreq.services.intake import DocumentInput, VerificationInput, parse_case_file
from lawfulreq.services.registry import AppServices
from lawfulreq.settings_registry import RETENTION_TRAFFIC_MONTHS
from tests.cases.conftest import demand

CASE_FILE: dict[str, Any] = {
    "authority": {"name": "Politie Eenheid Oost-Nederland", "type": "police"},
    "requester": {"name": "J. de Vries", "phone": "+31 88 1234567", "email": "j@politie.nl"},
    "issuer_role": "prosecutor",
    "legal_basis": "sv-126n",
    "authority_reference": "PL0600-2026123456",
    "parket_number": "05/123456-26",
    "channel": "written",
    "received_at": "2026-11-20T10:00:00+01:00",
    "due_at": "2026-11-27T17:00:00+01:00",
    "rc_authorisation": {"date": "2026-11-19", "judge": "mr. A. Bakker"},
    "data_categories": ["subscriber", "traffic"],
    "period": {"from": "2026-09-01T00:00:00+02:00", "to": "2026-11-20T00:00:00+01:00"},
    "targets": ["06-12345678", "204081234567890"],
    "emergency": False,
    "emergency_reason": None,
    "notes": "",
}


def test_case_ref_targets_and_transaction(services: AppServices, actors: dict[str, Actor]) -> None:
    first = services.intake.create(actors["officer"], demand(targets=("06-12345678", "12")))
    second = services.intake.create(actors["officer"], demand(targets=("0031 6 87654321",)))
    assert (first.ref, second.ref) == ("LR-2026-000001", "LR-2026-000002")
    detail = services.cases.get(actors["officer"], first.ref)
    assert [(t.kind, t.normalised, t.valid) for t in detail.targets] == [
        ("phone_number", "+31612345678", True),
        ("phone_number", "", False),
    ]
    assert {f.code for f in first.findings} == {C.TARGET_INVALID}
    assert detail.owner == "officer" and detail.status.value == "received"
    actions = [h.action for h in services.cases.history(actors["officer"], first.ref)]
    assert actions[0] == "case.created"


def test_bsn_masked_everywhere_before_storage(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    created = services.intake.create(
        actors["officer"],
        demand(
            notes="verdachte BSN 111222333, zie dossier",
            authority_reference="REF 123456782",
            targets=("06-12345678", "111222333"),
        ),
    )
    bsn = [f for f in created.findings if f.code is C.BSN_MASKED]
    assert len(bsn) == 1 and bsn[0].severity is Severity.INFO
    assert bsn[0].params["count"] == 3
    with services.db.sessions() as session:
        case = session.scalar(select(DemandCase).where(DemandCase.ref == created.ref))
        assert case is not None
        assert case.bsn_masked_count == 3 and case.bsn_masked_fields
        stored = " ".join([case.notes, case.authority_reference])
        stored += " ".join(t.raw for t in session.scalars(select(CaseTarget)))
    assert "111222333" not in stored and "123456782" not in stored
    assert "[BSN]" in stored
    # Re-checking later still reports the masking.
    assert C.BSN_MASKED in {f.code for f in services.cases.check(actors["fg"], created.ref)}


def test_duplicate_target_across_spellings_and_only_open_cases(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    first = services.intake.create(officer, demand(targets=("06-12345678",)))
    second = services.intake.create(officer, demand(targets=("+31 6 12345678",)))
    dup = [f for f in second.findings if f.code is C.DUPLICATE_TARGET]
    assert len(dup) == 1 and dup[0].params["cases"] == [first.ref]
    assert dup[0].severity is Severity.WARNING
    third = services.intake.create(officer, demand(targets=("0031612345678",)))
    assert next(f for f in third.findings if f.code is C.DUPLICATE_TARGET).params["cases"] == [
        first.ref,
        second.ref,
    ]
    for ref in (first.ref, second.ref):
        services.cases.move(officer, ref, "withdrawn", reason="duplicate demand")
    assert C.DUPLICATE_TARGET not in {f.code for f in services.cases.check(officer, third.ref)}


def test_document_stored_with_sha256_and_reading_it_is_audited(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    content = b"%PDF-1.4 fake demand scan"
    created = services.intake.create(
        actors["officer"],
        demand(document=DocumentInput("vordering.pdf", "application/pdf", content)),
    )
    detail = services.cases.get(actors["officer"], created.ref)
    assert [(d.filename, d.sha256) for d in detail.documents] == [
        ("vordering.pdf", hashlib.sha256(content).hexdigest())
    ]
    got = services.cases.document(actors["auditor"], detail.documents[0].id)
    assert got.content == content
    actions = [h.action for h in services.cases.history(actors["fg"], created.ref)]
    assert "case.document_added" in actions and "case.document_opened" in actions


def test_verification_backed_by_the_register(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    created = services.intake.create(officer, demand(verifications=()))
    assert C.AUTHORITY_UNVERIFIED in {f.code for f in created.findings}
    with pytest.raises(ValidationError, match="not a known domain"):
        services.cases.verify_requester(officer, created.ref, "known_email_domain")
    view = services.cases.verify_requester(officer, created.ref, "call_back", "rang +31881234567")
    assert (view.verified_by, view.method.value) == ("officer", "call_back")
    assert C.AUTHORITY_UNVERIFIED not in {
        f.code for f in services.cases.check(officer, created.ref)
    }


def test_retention_written_confirmation_and_settings(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    old = demand(period_from=demand().received_at - timedelta(days=120), channel="oral")
    created = services.intake.create(officer, old)
    codes = {f.code: f for f in created.findings}
    assert codes[C.PERIOD_BEYOND_RETENTION].params["category"] == "traffic"
    assert codes[C.WRITTEN_CONFIRMATION_DUE].severity is Severity.WARNING
    services.cases.record_written_confirmation(officer, created.ref, demand().received_at)
    services.settings.set(actors["fg"], RETENTION_TRAFFIC_MONTHS, 6)
    assert {f.code for f in services.cases.check(officer, created.ref)} == set()
    with pytest.raises(PermissionDeniedError):
        services.settings.set(officer, RETENTION_TRAFFIC_MONTHS, 1)


def test_emergency_needs_a_reason_and_gets_an_hours_deadline(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    data = demand(legal_basis="emergency", issuer_role="emergency_centre", emergency=True)
    with pytest.raises(ValidationError, match="emergency_reason"):
        services.intake.create(actors["officer"], replace(data, due_at=None))
    created = services.intake.create(
        actors["officer"], replace(data, due_at=None, emergency_reason="vermiste persoon")
    )
    detail = services.cases.get(actors["officer"], created.ref)
    assert detail.due_at == detail.received_at + timedelta(hours=4)
    assert detail.deadline.hours_left == 4


def test_auditor_reads_but_cannot_take_in(services: AppServices, actors: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDeniedError):
        services.intake.create(actors["auditor"], demand())
    created = services.intake.create(actors["officer"], demand())
    assert services.cases.check(actors["auditor"], created.ref) is not None


def test_case_file_parsing_names_the_bad_field() -> None:
    parsed = parse_case_file(CASE_FILE)
    assert parsed.targets == ("06-12345678", "204081234567890")
    assert str(parsed.rc_authorisation_date) == "2026-11-19"
    bad_cases = {
        "authority": ({**CASE_FILE, "authority": None}, "authority: required"),
        "channel": ({**CASE_FILE, "channel": "pigeon"}, "channel: use one of"),
        "received_at": ({**CASE_FILE, "received_at": "gisteren"}, "received_at: 'gisteren'"),
        "targets": ({**CASE_FILE, "targets": "06"}, "targets: must be a list"),
        "categories": ({**CASE_FILE, "data_categories": ["dna"]}, "data_categories: unknown"),
        "period": (
            {**CASE_FILE, "period": {"from": "2026-11-20", "to": "2026-11-01"}},
            "period: 'from' is after 'to'",
        ),
        "rc": ({**CASE_FILE, "rc_authorisation": {"date": "19-11"}}, "rc_authorisation.date"),
        "type": (
            {**CASE_FILE, "authority": {"name": "X"}},
            "authority.type: required",
        ),
    }
    for name, (doc, message) in bad_cases.items():
        with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
            parse_case_file(doc)
        assert name


def test_verification_file_field() -> None:
    parsed = parse_case_file({**CASE_FILE, "verification": {"method": "in_person"}})
    assert parsed.verifications == (VerificationInput("in_person", ""),)


def test_case_file_second_edition_fields_are_read_and_checked() -> None:
    parsed = parse_case_file(
        {
            **CASE_FILE,
            "legal_basis": "wiv-47",
            "delivery": "realtime",
            "wiv_approvals": {"minister": "2026-11-10", "tib": "2026-11-12"},
            "foreign_origin": "DE, Staatsanwaltschaft Köln",
        }
    )
    assert (parsed.delivery, str(parsed.wiv_minister_date), str(parsed.wiv_tib_date)) == (
        "realtime",
        "2026-11-10",
        "2026-11-12",
    )
    assert parsed.foreign_origin == "DE, Staatsanwaltschaft Köln"
    assert parse_case_file(CASE_FILE).delivery == "once"
    assert parse_case_file({**CASE_FILE, "wiv_approvals": None}).wiv_minister_date is None
    bad_cases = {
        "delivery": ({**CASE_FILE, "delivery": "weekly"}, "delivery: use one of once, periodic"),
        "delivery type": ({**CASE_FILE, "delivery": 3}, "delivery: must be text"),
        "wiv object": ({**CASE_FILE, "wiv_approvals": "yes"}, "wiv_approvals: must be an object"),
        "wiv key": (
            {**CASE_FILE, "wiv_approvals": {"minister": "2026-11-10", "king": "x"}},
            r"wiv_approvals: unknown \['king'\]",
        ),
        "wiv date": (
            {**CASE_FILE, "wiv_approvals": {"minister": "10-11-2026"}},
            "wiv_approvals.minister: '10-11-2026' is not a date",
        ),
        "tib before minister": (
            {**CASE_FILE, "wiv_approvals": {"minister": "2026-11-10", "tib": "2026-11-09"}},
            "wiv_approvals.tib: the TIB reviews the minister's permission",
        ),
        "origin": ({**CASE_FILE, "foreign_origin": 7}, "foreign_origin: must be text"),
        "recordings": ({**CASE_FILE, "data_categories": ["recording"]}, "recordings"),
    }
    for name, (doc, message) in bad_cases.items():
        with pytest.raises(ValidationError, match=message) as info:
            parse_case_file(doc)
        assert info.value.params.get("field"), name


def test_new_fields_are_stored_checked_and_shown(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    tap = demand(
        legal_basis="wiv-47",
        issuer_role="intelligence_service",
        data_categories=("interception",),
        period_from=demand().received_at,
        period_to=demand().received_at + timedelta(days=10),
    )
    missing = services.intake.create(officer, tap)
    assert C.WIV_APPROVAL_MISSING in {f.code for f in missing.findings}
    approved = services.intake.create(
        officer,
        replace(
            tap,
            targets=("06-87654321",),
            wiv_minister_date=demand().received_at.date() - timedelta(days=2),
            wiv_tib_date=demand().received_at.date() - timedelta(days=1),
        ),
    )
    assert {f.code for f in services.cases.check(officer, approved.ref)} == set()
    detail = services.cases.get(officer, approved.ref)
    assert detail.wiv_tib_date == demand().received_at.date() - timedelta(days=1)
    future = services.intake.create(
        officer,
        demand(
            legal_basis="sv-126ne",
            data_categories=("traffic",),
            delivery="periodic",
            rc_authorisation_date=None,
            targets=("06-11112222",),
            foreign_origin="BE, EIO 2026/77",
        ),
    )
    rc = [
        f for f in services.cases.check(officer, future.ref) if f.code is C.RC_AUTHORISATION_MISSING
    ]
    assert len(rc) == 1 and "periodiek" in rc[0].message_nl
    shown = services.cases.get(officer, future.ref)
    assert (shown.delivery, shown.foreign_origin) == ("periodic", "BE, EIO 2026/77")


def test_eu_order_deadline_defaults_to_ten_days_or_eight_hours(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    epoc = demand(legal_basis="eu-epoc", authority_type="foreign", data_categories=("subscriber",))
    normal = services.intake.create(actors["officer"], replace(epoc, due_at=None))
    urgent = services.intake.create(
        actors["officer"],
        replace(
            epoc, due_at=None, emergency=True, emergency_reason="kidnapping", targets=("06-2",)
        ),
    )
    received = demand().received_at
    assert services.cases.get(actors["officer"], normal.ref).due_at == received + timedelta(days=10)
    assert services.cases.get(actors["officer"], urgent.ref).due_at == received + timedelta(hours=8)


def test_rule_switches_come_from_the_settings_registry(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer, fg = actors["officer"], actors["fg"]
    created = services.intake.create(
        officer,
        demand(rc_authorisation_date=None, data_categories=("traffic", "content")),
    )
    assert {f.code for f in services.cases.check(officer, created.ref)} == {
        C.RC_AUTHORISATION_ADVISED,
        C.DATA_NOT_ALLOWED,
        C.DATA_NOT_HELD,
    }
    services.settings.set(fg, "rules.rc_review_advised", False)
    services.settings.set(fg, "rules.voicemail_stored", True)
    assert {f.code for f in services.cases.check(officer, created.ref)} == {C.DATA_NOT_ALLOWED}
    assert services.catalogue.rule_settings().voicemail_stored is True
    assert services.catalogue.rule_settings().retention_months["recordings"] == 4
