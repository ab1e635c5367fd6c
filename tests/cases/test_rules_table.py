"""Every legal basis in the shipped catalogue: one lawful and one unlawful demand, exact codes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lawfulreq.rules.engine import FindingCode as C
from lawfulreq.rules.engine import RuleSettings
from lawfulreq.services.base import Actor
from lawfulreq.services.catalogue import (
    CATALOGUE_FIELDS,
    LegalBasisView,
    shipped_catalogue,
)
from lawfulreq.services.intake import CaseInput, evaluate
from lawfulreq.services.registry import AppServices
from tests.cases.conftest import demand

SHIPPED = {
    entry["code"]: LegalBasisView(
        id=0,
        code=entry["code"],
        version=1,
        **{
            k: tuple(v) if isinstance(v, list) else v
            for k, v in entry.items()
            if k in CATALOGUE_FIELDS
        },
    )
    for entry in shipped_catalogue()
}

CONTRACT_CODES = {
    "sv-126n", "sv-126na", "sv-126nc", "sv-126nd", "sv-126ne", "sv-126nf", "sv-126ng",
    "sv-126ni", "sv-126m", "sv-126t", "sv-126u", "sv-126ua", "sv-126zg", "sv-126zh",
    "sv-126zi", "sv-126ii", "wiv-47", "wiv-55", "wiv-56", "awr-53", "awb-5-16",
    "emergency", "foreign-eio",
    # second edition (issue 13)
    "eu-epoc", "eu-epoc-pr", "sv-126na-2", "sv-126nh",
    "sv-126uc", "sv-126ud", "sv-126ue", "sv-126uf", "sv-126ug", "sv-126uh", "sv-126ui",
    "sv-126zja", "sv-126zk", "sv-126zl", "sv-126zm", "sv-126zn", "sv-126zo", "sv-126zp",
    "iw-62", "none",
}  # fmt: skip

# basis: (lawful issuer, lawful categories, RC/court review recorded, ends at receipt)
# `none` has no lawful demand: it is always refused (see its own test).
LAWFUL: dict[str, tuple[str, tuple[str, ...], bool, bool]] = {
    "sv-126na": ("investigating_officer", ("subscriber",), False, False),
    "sv-126na-2": ("prosecutor", ("subscriber",), False, False),
    "sv-126ua": ("investigating_officer", ("subscriber",), False, False),
    "sv-126zi": ("prosecutor", ("subscriber",), False, False),
    "sv-126ii": ("investigating_officer", ("subscriber",), False, False),
    "sv-126n": ("prosecutor", ("subscriber", "traffic", "location"), True, False),
    "sv-126u": ("prosecutor", ("traffic",), True, False),
    "sv-126zh": ("prosecutor", ("traffic", "location"), True, False),
    "sv-126nc": ("investigating_officer", ("subscriber",), False, True),
    "sv-126uc": ("investigating_officer", ("subscriber",), False, True),
    "sv-126zk": ("investigating_officer", ("subscriber",), False, True),
    "sv-126nd": ("prosecutor", ("stored",), False, True),
    "sv-126ud": ("prosecutor", ("stored",), False, True),
    "sv-126zl": ("prosecutor", ("stored",), False, True),
    "sv-126ne": ("prosecutor", ("traffic",), False, False),
    "sv-126ue": ("prosecutor", ("traffic",), False, False),
    "sv-126zm": ("prosecutor", ("traffic",), False, False),
    "sv-126nf": ("prosecutor", ("sensitive",), True, True),
    "sv-126uf": ("prosecutor", ("sensitive",), True, True),
    "sv-126zn": ("prosecutor", ("sensitive",), True, True),
    "sv-126ng": ("prosecutor", ("stored",), True, True),
    "sv-126ug": ("prosecutor", ("stored",), True, True),
    "sv-126zo": ("prosecutor", ("stored",), True, True),
    "sv-126nh": ("prosecutor", ("stored",), False, False),
    "sv-126uh": ("prosecutor", ("stored",), False, False),
    "sv-126zp": ("prosecutor", ("stored",), False, False),
    "sv-126ni": ("prosecutor", ("preservation",), False, True),
    "sv-126ui": ("prosecutor", ("preservation",), False, True),
    "sv-126zja": ("prosecutor", ("preservation",), False, True),
    "sv-126m": ("prosecutor", ("interception",), True, False),
    "sv-126t": ("prosecutor", ("interception",), True, False),
    "sv-126zg": ("prosecutor", ("interception",), True, False),
    "wiv-47": ("intelligence_service", ("interception",), False, False),
    "wiv-55": ("intelligence_service", ("traffic",), False, False),
    "wiv-56": ("intelligence_service", ("subscriber",), False, False),
    "awr-53": ("tax_inspector", ("subscriber", "stored"), False, False),
    "iw-62": ("tax_inspector", ("subscriber", "stored"), False, False),
    "awb-5-16": ("supervisor", ("stored",), False, False),
    "emergency": ("emergency_centre", ("subscriber", "location"), False, False),
    "foreign-eio": ("prosecutor", ("subscriber", "traffic"), False, False),
    "eu-epoc": ("prosecutor", ("subscriber", "traffic", "location"), True, True),
    "eu-epoc-pr": ("prosecutor", ("preservation",), False, True),
}

ISS, RC, DATA, PER = (
    C.ISSUER_NOT_COMPETENT,
    C.RC_AUTHORISATION_MISSING,
    C.DATA_NOT_ALLOWED,
    C.PERIOD_TOO_LONG,
)
WCD, ONE, UNV = C.WRITTEN_CONFIRMATION_DUE, C.ONE_TARGET_PER_ORDER, C.AUTHORITY_UNVERIFIED
FUT, HELD, WIV, NOB = (
    C.FUTURE_DATA_NOT_ALLOWED,
    C.DATA_NOT_HELD,
    C.WIV_APPROVAL_MISSING,
    C.NO_LEGAL_BASIS,
)

# The unlawful demand is the same everywhere: a tax inspector, orally, no RC, unverified,
# asking content for 120 days ahead on two numbers. What each basis must say about it
# (content is never held: DATA_NOT_HELD everywhere a statutory basis is named):
UNLAWFUL: dict[str, set[C]] = {
    "sv-126na": {ISS, DATA, HELD, UNV},
    "sv-126na-2": {ISS, DATA, HELD, UNV},
    "sv-126ua": {ISS, DATA, HELD, UNV},
    "sv-126zi": {ISS, DATA, HELD, UNV},
    "sv-126ii": {ISS, DATA, HELD, UNV},
    "sv-126n": {ISS, DATA, HELD, PER, WCD, UNV},
    "sv-126u": {ISS, DATA, HELD, PER, WCD, UNV},
    "sv-126zh": {ISS, DATA, HELD, PER, WCD, UNV},
    "sv-126nc": {ISS, DATA, HELD, FUT, UNV},
    "sv-126uc": {ISS, DATA, HELD, FUT, UNV},
    "sv-126zk": {ISS, DATA, HELD, FUT, UNV},
    "sv-126nd": {ISS, DATA, HELD, FUT, WCD, UNV},
    "sv-126ud": {ISS, DATA, HELD, FUT, WCD, UNV},
    "sv-126zl": {ISS, DATA, HELD, FUT, WCD, UNV},
    "sv-126ne": {ISS, DATA, HELD, PER, WCD, UNV},
    "sv-126ue": {ISS, DATA, HELD, PER, WCD, UNV},
    "sv-126zm": {ISS, DATA, HELD, PER, WCD, UNV},
    "sv-126nf": {ISS, RC, DATA, HELD, FUT, WCD, UNV},
    "sv-126uf": {ISS, RC, DATA, HELD, FUT, WCD, UNV},
    "sv-126zn": {ISS, RC, DATA, HELD, FUT, WCD, UNV},
    "sv-126ng": {ISS, RC, HELD, FUT, WCD, UNV},
    "sv-126ug": {ISS, RC, HELD, FUT, WCD, UNV},
    "sv-126zo": {ISS, RC, HELD, FUT, WCD, UNV},
    "sv-126nh": {ISS, DATA, HELD, UNV},
    "sv-126uh": {ISS, DATA, HELD, UNV},
    "sv-126zp": {ISS, DATA, HELD, UNV},
    "sv-126ni": {ISS, DATA, HELD, FUT, WCD, UNV},
    "sv-126ui": {ISS, DATA, HELD, FUT, WCD, UNV},
    "sv-126zja": {ISS, DATA, HELD, FUT, WCD, UNV},
    "sv-126m": {ISS, RC, DATA, HELD, PER, WCD, ONE, UNV},
    "sv-126t": {ISS, RC, DATA, HELD, PER, WCD, ONE, UNV},
    "sv-126zg": {ISS, RC, DATA, HELD, PER, WCD, ONE, UNV},
    "wiv-47": {ISS, WIV, DATA, HELD, ONE, UNV},
    "wiv-55": {ISS, DATA, HELD, UNV},
    "wiv-56": {ISS, DATA, HELD, UNV},
    "awr-53": {DATA, HELD, UNV},
    "iw-62": {DATA, HELD, UNV},
    "awb-5-16": {ISS, DATA, HELD, UNV},
    "emergency": {ISS, DATA, HELD, WCD, UNV},
    "foreign-eio": {ISS, DATA, HELD, WCD, UNV},
    "eu-epoc": {ISS, RC, HELD, FUT, UNV},
    "eu-epoc-pr": {ISS, DATA, HELD, FUT, UNV},
    "none": {NOB, UNV},
}


def test_catalogue_holds_exactly_the_contract_bases(services: AppServices) -> None:
    assert {b.code for b in services.catalogue.current()} == CONTRACT_CODES
    assert set(LAWFUL) | {"none"} == set(UNLAWFUL) == CONTRACT_CODES


def test_every_shipped_rule_cites_its_source_and_flags_what_is_unverified() -> None:
    for entry in shipped_catalogue():
        assert entry["source"].strip(), entry["code"]
        if "unverified" in entry["source"] and entry["code"] not in {"eu-epoc", "eu-epoc-pr"}:
            assert entry["notes"] or "[" in entry["source"], entry["code"]
    assert "ECLI:NL:HR:2022:475" in SHIPPED["sv-126n"].source
    assert "126bb lid 4" in SHIPPED["sv-126nc"].source
    assert SHIPPED["sv-126nc"].notification_rule == "none"
    assert (
        "11.10" in SHIPPED["emergency"].source and "6 lid 1 onder d" in SHIPPED["emergency"].source
    )
    assert "never answer foreign police" not in SHIPPED["foreign-eio"].notes.lower()


def _lawful(code: str, index: int) -> CaseInput:
    issuer, categories, rc, existing_only = LAWFUL[code]
    start = demand().received_at
    return demand(
        legal_basis=code,
        issuer_role=issuer,
        data_categories=categories,
        rc_authorisation_date=start.date() - timedelta(days=1) if rc else None,
        rc_judge="mr. A. Bakker" if rc else "",
        period_from=start - timedelta(days=20),
        period_to=start if existing_only else start + timedelta(days=20),
        targets=(f"06-123456{index:02d}",),
        wiv_minister_date=start.date() - timedelta(days=3) if code == "wiv-47" else None,
        wiv_tib_date=start.date() - timedelta(days=2) if code == "wiv-47" else None,
    )


def _unlawful(code: str, index: int) -> CaseInput:
    start = demand().received_at
    return demand(
        legal_basis=code,
        issuer_role="tax_inspector",
        channel="oral",
        data_categories=("content",),
        period_from=start,
        period_to=start + timedelta(days=120),
        targets=(f"06-223456{index:02d}", f"06-323456{index:02d}"),
        verifications=(),
        rc_authorisation_date=None,
        rc_judge="",
    )


@pytest.mark.parametrize("code", sorted(CONTRACT_CODES))
def test_each_basis_lawful_and_unlawful_by_the_pure_engine(code: str) -> None:
    basis, now = SHIPPED[code], demand().received_at
    if code != "none":
        assert {f.code for f in evaluate(_lawful(code, 0), basis, RuleSettings(), now)} == set()
    unlawful = evaluate(_unlawful(code, 0), basis, RuleSettings(), now)
    assert {f.code for f in unlawful} == UNLAWFUL[code]


def test_every_basis_through_intake_and_check(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    """The same table through the stored path, on both backends."""
    officer = actors["officer"]
    for index, code in enumerate(sorted(LAWFUL)):
        good = services.intake.create(officer, _lawful(code, index))
        bad = services.intake.create(officer, _unlawful(code, index))
        assert {f.code for f in good.findings} == set(), code
        assert {f.code for f in services.cases.check(officer, good.ref)} == set(), code
        assert {f.code for f in services.cases.check(officer, bad.ref)} == UNLAWFUL[code], code
        assert services.cases.get(officer, good.ref).legal_basis.code == code


def test_a_request_without_statutory_basis_is_always_refused() -> None:
    basis, now = SHIPPED["none"], demand().received_at
    for issuer in ("prosecutor", "examining_judge", "emergency_centre"):
        found = evaluate(demand(legal_basis="none", issuer_role=issuer), basis, RuleSettings(), now)
        assert [(f.code, f.severity.value) for f in found] == [(NOB, "error")]
        assert "weigeringsbrief" in found[0].message_nl and "refusal letter" in found[0].message_en


def test_messages_name_the_article_in_both_languages() -> None:
    now = demand().received_at
    findings = evaluate(_unlawful("sv-126m", 0), SHIPPED["sv-126m"], RuleSettings(), now)
    for f in findings:
        if f.code is not C.AUTHORITY_UNVERIFIED:
            assert "art. 126m Sv" in f.message_en and "art. 126m Sv" in f.message_nl, f.code
        assert f.message_en != f.message_nl
        assert "{" not in f.message_en + f.message_nl
    rc = next(f for f in findings if f.code is RC)
    assert "rechter-commissaris" in rc.message_nl and "examining judge" in rc.message_en
