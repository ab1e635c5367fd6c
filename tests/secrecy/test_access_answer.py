"""Done when (issue 12): a gagged disclosure leaves no trace in the access answer; a lifted
one is listed; the restriction record exists for the FG and the auditor, not for an officer;
after the last flag is lifted a new answer lists both."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import delete

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import FlagSubject, NonNotificationFlag
from lawfulreq.errors import PermissionDeniedError
from lawfulreq.services.base import Actor
from lawfulreq.services.dsar import DsarInput
from lawfulreq.services.intake import DocumentInput
from lawfulreq.services.registry import AppServices
from tests.conftest import NOW
from tests.secrecy.conftest import deliver, take_in
from tests.secrecy.pdf_checks import every_stream, mentions, pdf_text

LETTER = DocumentInput("ovj.pdf", "application/pdf", b"%PDF-1.4 person was told")
GAGGED_AUTHORITY = "FIOD Kantoor Utrecht"
GAGGED_REFERENCE = "FIOD-GAG-778899"
GAGGED_DAY = datetime(2026, 11, 10, 15, 0, tzinfo=AMSTERDAM)
LIFTED_AUTHORITY = "Politie Eenheid Noord-Nederland"
LIFTED_DAY = datetime(2026, 10, 5, 11, 0, tzinfo=AMSTERDAM)


def request(app: AppServices, fg: Actor, customer: str = "C1") -> str:
    return app.dsar.create(
        fg,
        DsarInput(
            kind="access",
            customer_ref=customer,
            requester_name="Jan de Vries",
            requester_email="jan@example.nl",
            received_at=as_utc(NOW),
            identity_method="id_document_seen",
            identity_notes="passport seen at the shop; no copy kept",
        ),
    ).ref


def lift(app: AppServices, team: dict[str, Actor], flag_id: int) -> None:
    app.flags.request_lift(team["fg2"], flag_id, "OvJ confirms the person was told", LETTER)
    app.flags.approve_lift(team["fg"], flag_id)


def gagged_words() -> list[str]:
    return [
        GAGGED_AUTHORITY,
        "FIOD",
        GAGGED_REFERENCE,
        "10-11-2026",
        "2026-11-10",
        "10 november",
        "withheld",
        "achtergehouden",
        "weggelaten",
        "126bb",
        "23(1)",
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_gagged_disclosure_leaves_no_trace_and_lifting_lists_it(
    services: AppServices, team: dict[str, Actor], world: None, tmp_path: Path, lang: str
) -> None:
    officer = team["officer"]
    lifted_ref, lifted_flag = take_in(
        services, officer, authority_name=LIFTED_AUTHORITY, authority_reference="PNN-2026-4455"
    )
    gagged_ref, gagged_flag = take_in(
        services, officer, authority_name=GAGGED_AUTHORITY, authority_reference=GAGGED_REFERENCE
    )
    deliver(services, officer, lifted_ref, "C1", as_utc(LIFTED_DAY))
    lift(services, team, lifted_flag)
    ref = request(services, team["fg"])

    # What the answer looks like when the gagged demand never existed ...
    before = services.dsar.preview(team["fg"], ref, lang=lang)  # type: ignore[arg-type]
    deliver(services, officer, gagged_ref, "C1", as_utc(GAGGED_DAY))
    answer = services.dsar.answer(team["fg"], ref, lang=lang)  # type: ignore[arg-type]
    # ... is byte for byte what it looks like with it: nothing at all can reveal it.
    assert answer.pdf == before.pdf
    assert answer.recipients_listed == 1

    text = pdf_text(answer.pdf, tmp_path)
    assert LIFTED_AUTHORITY in text
    assert "CIOT" in text  # the routine recipient, named apart
    assert mentions(answer.pdf, text, gagged_words()) == []
    # Metadata carries no time of making and no hint: fixed (invariant) dates, no attachments.
    raw = b"".join(every_stream(answer.pdf))
    assert b"/EmbeddedFile" not in raw and b"/FileAttachment" not in raw
    assert b"D:20000101000000" in answer.pdf  # ReportLab's invariant creation date
    assert b"2026" not in b"".join(
        m for m in __import__("re").findall(rb"/(?:CreationDate|ModDate) \(([^)]*)\)", answer.pdf)
    )

    # The internal record: one restriction, its flag and ground, signed off by the FG.
    records = services.dsar.restrictions(team["fg"], ref)
    assert [(r.flag_id, r.case_ref) for r in records] == [(gagged_flag, gagged_ref)]
    assert records[0].ground == ("art. 126bb lid 5 Sv; AVG art. 23(1)(d); UAVG art. 41(1)(d)")
    assert records[0].necessity_note and records[0].signed_off_by == "fg"
    assert services.dsar.restrictions(team["auditor"], ref)[0].flag_id == gagged_flag
    with pytest.raises(PermissionDeniedError):
        services.dsar.restrictions(officer, ref)

    # Once the remaining flag is lifted, a new answer lists both recipients.
    lift(services, team, gagged_flag)
    again = services.dsar.answer(team["fg"], ref, lang=lang)  # type: ignore[arg-type]
    assert again.recipients_listed == 2
    text2 = pdf_text(again.pdf, tmp_path)
    assert LIFTED_AUTHORITY in text2 and GAGGED_AUTHORITY in text2
    # No second restriction record was made for a disclosure no longer withheld.
    assert len(services.dsar.restrictions(team["fg"], ref)) == 1


def test_intelligence_restrictions_cite_national_security(
    services: AppServices, team: dict[str, Actor], world: None
) -> None:
    ref_case, _ = take_in(
        services,
        team["officer"],
        legal_basis="wiv-55",
        authority_name="AIVD",
        authority_type="intelligence",
        issuer_role="intelligence_service",
        data_categories=("traffic",),
    )
    deliver(services, team["officer"], ref_case, "C4", as_utc(GAGGED_DAY))
    ref = request(services, team["fg"], "C4")
    answer = services.dsar.answer(team["fg"], ref)
    assert answer.recipients_listed == 0
    (record,) = services.dsar.restrictions(team["fg"], ref)
    assert record.ground == "AVG art. 23(1)(a); UAVG art. 41(1)(a); art. 55 Wiv 2017"


def test_a_pending_lifting_request_still_keeps_the_secret(
    services: AppServices, team: dict[str, Actor], world: None
) -> None:
    case_ref, flag_id = take_in(services, team["officer"])
    deliver(services, team["officer"], case_ref, "C1", as_utc(GAGGED_DAY))
    services.flags.request_lift(team["fg"], flag_id, "told", LETTER)
    ref = request(services, team["fg"])
    assert services.dsar.answer(team["fg"], ref).recipients_listed == 0


def test_a_secret_basis_without_any_flag_stays_out_and_a_tax_demand_is_listed(
    services: AppServices, team: dict[str, Actor], world: None
) -> None:
    old_ref, old_flag = take_in(services, team["officer"], authority_name=GAGGED_AUTHORITY)
    with services.db.sessions.begin() as session:  # a case from before flags existed
        session.execute(delete(FlagSubject).where(FlagSubject.flag_id == old_flag))
        session.execute(delete(NonNotificationFlag).where(NonNotificationFlag.id == old_flag))
    tax_ref, no_flag = take_in(
        services,
        team["officer"],
        legal_basis="awr-53",
        authority_name="Belastingdienst",
        authority_type="tax",
        issuer_role="tax_inspector",
        data_categories=("subscriber",),
    )
    assert no_flag == 0
    deliver(services, team["officer"], old_ref, "C1", as_utc(GAGGED_DAY))
    deliver(services, team["officer"], tax_ref, "C1", as_utc(LIFTED_DAY))
    ref = request(services, team["fg"])
    answer = services.dsar.answer(team["fg"], ref)
    assert answer.recipients_listed == 1
    (record,) = services.dsar.restrictions(team["fg"], ref)
    assert (record.flag_id, record.case_ref) == (None, old_ref)
    assert record.ground.startswith("art. 126bb lid 5 Sv; AVG art. 23(1)(d)")
