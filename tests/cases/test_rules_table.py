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
}  # fmt: skip

# basis: (lawful issuer, lawful categories, needs RC)
LAWFUL: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "sv-126na": ("investigating_officer", ("subscriber",), False),
    "sv-126ua": ("investigating_officer", ("subscriber",), False),
    "sv-126zi": ("prosecutor", ("subscriber",), False),
    "sv-126ii": ("investigating_officer", ("subscriber",), False),
    "sv-126n": ("prosecutor", ("subscriber", "traffic", "location"), False),
    "sv-126u": ("prosecutor", ("traffic",), False),
    "sv-126zh": ("prosecutor", ("traffic", "location"), False),
    "sv-126nc": ("investigating_officer", ("subscriber",), False),
    "sv-126nd": ("prosecutor", ("stored",), False),
    "sv-126ne": ("prosecutor", ("traffic",), False),
    "sv-126nf": ("prosecutor", ("sensitive",), True),
    "sv-126ng": ("prosecutor", ("content",), True),
    "sv-126ni": ("prosecutor", ("preservation",), False),
    "sv-126m": ("prosecutor", ("interception",), True),
    "sv-126t": ("prosecutor", ("interception",), True),
    "sv-126zg": ("prosecutor", ("interception",), True),
    "wiv-47": ("intelligence_service", ("interception",), False),
    "wiv-55": ("intelligence_service", ("traffic",), False),
    "wiv-56": ("intelligence_service", ("subscriber",), False),
    "awr-53": ("tax_inspector", ("subscriber", "stored"), False),
    "awb-5-16": ("supervisor", ("stored",), False),
    "emergency": ("emergency_centre", ("subscriber", "location"), False),
    "foreign-eio": ("prosecutor", ("subscriber", "traffic"), False),
}

ISS, RC, DATA, PER = (
    C.ISSUER_NOT_COMPETENT,
    C.RC_AUTHORISATION_MISSING,
    C.DATA_NOT_ALLOWED,
    C.PERIOD_TOO_LONG,
)
WCD, ONE, UNV = C.WRITTEN_CONFIRMATION_DUE, C.ONE_TARGET_PER_ORDER, C.AUTHORITY_UNVERIFIED

# The unlawful demand is the same everywhere: a tax inspector, orally, no RC, unverified,
# asking content for 120 days ahead on two numbers. What each basis must say about it:
UNLAWFUL: dict[str, set[C]] = {
    "sv-126na": {ISS, DATA, UNV},
    "sv-126ua": {ISS, DATA, UNV},
    "sv-126zi": {ISS, DATA, UNV},
    "sv-126ii": {ISS, DATA, UNV},
    "sv-126n": {ISS, DATA, PER, WCD, UNV},
    "sv-126u": {ISS, DATA, PER, WCD, UNV},
    "sv-126zh": {ISS, DATA, PER, WCD, UNV},
    "sv-126nc": {ISS, DATA, UNV},
    "sv-126nd": {ISS, DATA, WCD, UNV},
    "sv-126ne": {ISS, DATA, PER, WCD, UNV},
    "sv-126nf": {ISS, RC, DATA, WCD, UNV},
    "sv-126ng": {ISS, RC, WCD, UNV},
    "sv-126ni": {ISS, DATA, PER, UNV},
    "sv-126m": {ISS, RC, DATA, PER, WCD, ONE, UNV},
    "sv-126t": {ISS, RC, DATA, PER, WCD, ONE, UNV},
    "sv-126zg": {ISS, RC, DATA, PER, WCD, ONE, UNV},
    "wiv-47": {ISS, DATA, ONE, UNV},
    "wiv-55": {ISS, DATA, UNV},
    "wiv-56": {ISS, DATA, UNV},
    "awr-53": {DATA, UNV},
    "awb-5-16": {ISS, DATA, UNV},
    "emergency": {ISS, DATA, WCD, UNV},
    "foreign-eio": {ISS, DATA, WCD, UNV},
}


def test_catalogue_holds_exactly_the_contract_bases(services: AppServices) -> None:
    assert {b.code for b in services.catalogue.current()} == CONTRACT_CODES
    assert set(LAWFUL) == set(UNLAWFUL) == CONTRACT_CODES


def _lawful(code: str, index: int) -> CaseInput:
    issuer, categories, rc = LAWFUL[code]
    start = demand().received_at
    return demand(
        legal_basis=code,
        issuer_role=issuer,
        data_categories=categories,
        rc_authorisation_date=start.date() - timedelta(days=1) if rc else None,
        rc_judge="mr. A. Bakker" if rc else "",
        period_from=start - timedelta(days=20),
        period_to=start + timedelta(days=20),
        targets=(f"06-123456{index:02d}",),
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
    )


@pytest.mark.parametrize("code", sorted(CONTRACT_CODES))
def test_each_basis_lawful_and_unlawful_by_the_pure_engine(code: str) -> None:
    basis, now = SHIPPED[code], demand().received_at
    assert {f.code for f in evaluate(_lawful(code, 0), basis, RuleSettings(), now)} == set()
    unlawful = evaluate(_unlawful(code, 0), basis, RuleSettings(), now)
    assert {f.code for f in unlawful} == UNLAWFUL[code]


def test_every_basis_through_intake_and_check(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    """The same table through the stored path, on both backends."""
    officer = actors["officer"]
    for index, code in enumerate(sorted(CONTRACT_CODES)):
        good = services.intake.create(officer, _lawful(code, index))
        bad = services.intake.create(officer, _unlawful(code, index))
        assert {f.code for f in good.findings} == set(), code
        assert {f.code for f in services.cases.check(officer, good.ref)} == set(), code
        assert {f.code for f in services.cases.check(officer, bad.ref)} == UNLAWFUL[code], code
        assert services.cases.get(officer, good.ref).legal_basis.code == code


def test_messages_name_the_article_in_both_languages() -> None:
    now = demand().received_at
    findings = evaluate(_unlawful("sv-126m", 0), SHIPPED["sv-126m"], RuleSettings(), now)
    for f in findings:
        if f.code is not C.AUTHORITY_UNVERIFIED:
            assert "Sv 126m" in f.message_en and "Sv 126m" in f.message_nl, f.code
        assert f.message_en != f.message_nl
        assert "{" not in f.message_en + f.message_nl
    rc = next(f for f in findings if f.code is RC)
    assert "rechter-commissaris" in rc.message_nl and "examining judge" in rc.message_en
