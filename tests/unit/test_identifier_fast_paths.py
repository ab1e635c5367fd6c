"""The bulk-import fast paths give exactly what the full stdnum/unicode paths give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumValidationError

from lawfulreq.domain import identifiers
from lawfulreq.errors import ValidationError
from lawfulreq.importers import fields

_OLD_NL_IBAN = re.compile(r"^NL\d{2}[A-Z]{4}\d{10}$")


def _reference_iban(raw: str) -> str | None:
    """normalise_iban as it was before the fast path."""
    compact = stdnum_iban.compact(raw)
    rearranged = compact[4:] + compact[:4]
    if _OLD_NL_IBAN.match(compact) and int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1:
        return compact
    try:
        return str(stdnum_iban.validate(raw))
    except StdnumValidationError:
        return None


def _fast_iban(raw: str) -> str | None:
    try:
        return identifiers.normalise_iban(raw).normalised
    except ValidationError:
        return None


IBAN_LIKE = st.one_of(
    st.from_regex(r"\ANL[0-9]{2}[A-Z]{4}[0-9]{10}\Z"),
    st.from_regex(r"\A[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{8,24}\Z"),
    st.text(max_size=40),
    st.integers(0, 10**10 - 1).map(
        lambda n: f"NL{stdnum_iban.calc_check_digits(f'NL00ABNA{n:010d}')}ABNA{n:010d}"
    ),
)


@settings(max_examples=400)
@given(IBAN_LIKE)
def test_iban_fast_path_matches_stdnum(raw: str) -> None:
    assert _fast_iban(raw) == _reference_iban(raw)


def test_iban_fast_path_accepts_and_refuses() -> None:
    good = "NL" + stdnum_iban.calc_check_digits("NL00ABNA0417164300") + "ABNA0417164300"
    assert _fast_iban(good) == good
    bad = good[:-1] + ("1" if good[-1] != "1" else "2")
    assert _fast_iban(bad) is None


POSTCODE_LIKE = st.one_of(
    st.from_regex(r"\A[0-9]{4} ?[A-Za-z]{2}\Z"),
    st.from_regex(r"\A[0-9]{4}(SA|SD|SS| SA| SD| SS)\Z"),
    st.text(alphabet="0123456789 ABSDZa\n\t-٣", max_size=9),
)


@settings(max_examples=400)
@given(POSTCODE_LIKE)
def test_postcode_fast_path_matches_stdnum(raw: str) -> None:
    fields._postcode.cache_clear()
    assert fields._postcode(raw) == fields._checked_postcode(raw)


def test_postcode_refused_letters_take_the_slow_answer() -> None:
    assert fields._postcode("1234 SS") is None
    assert fields._postcode("1234AB") == "1234AB"
    assert fields._postcode("1234 AB") == "1234AB"
    assert fields._postcode("0234 AB") is None


@settings(max_examples=600)
@given(st.text(max_size=40))
def test_fold_name_matches_whole_text_folding(text: str) -> None:
    assert identifiers.fold_name(text) == identifiers._fold_text(text)


@settings(max_examples=200)
@given(st.text(alphabet="aÉéÖöçÇ ß-.'\u00a0\u2003\u00a8\u0301İﬁ1²_", max_size=30))
def test_fold_name_matches_on_accented_names(text: str) -> None:
    assert identifiers.fold_name(text) == identifiers._fold_text(text)
