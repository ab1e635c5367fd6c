"""The bulk-import fast paths give exactly what the full stdnum/unicode paths give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum import imsi as stdnum_imsi
from stdnum.exceptions import ValidationError as StdnumValidationError

from lawfulreq.domain import identifiers
from lawfulreq.domain.enums import TargetKind
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


def _reference_imsi(raw: str) -> str | None:
    """normalise_imsi as it was before the fast path."""
    try:
        return str(stdnum_imsi.validate(identifiers._digits(raw)))
    except StdnumValidationError:
        return None


def _fast_imsi(raw: str) -> str | None:
    try:
        return identifiers.normalise_imsi(raw).normalised
    except ValidationError:
        return None


IMSI_LIKE = st.one_of(
    st.from_regex(r"\A204[0-9]{10,13}\Z"),
    st.from_regex(r"\A[0-9]{3} ?[0-9]{2}[ -]?[0-9]{8,11}\Z"),
    st.text(alphabet="0123456789 -.٣", max_size=18),
)


@settings(max_examples=400)
@given(IMSI_LIKE)
def test_imsi_fast_path_matches_stdnum(raw: str) -> None:
    assert _fast_imsi(raw) == _reference_imsi(raw)


def test_dutch_imsi_of_both_lengths_and_every_network() -> None:
    for mnc in range(100):
        for rest in ("0000000000", "999999999"):
            number = f"204{mnc:02d}{rest}"
            assert _fast_imsi(number) == _reference_imsi(number) == number
    assert _fast_imsi("2040812345678901") is None  # 16 digits


def _reference_detect(raw: str) -> TargetKind | None:
    """detect_kind as it was before its rules were tested lazily."""
    text = raw.strip()
    if not text or len(text) > identifiers.MAX_INPUT:
        return None
    compact = identifiers._digits(text)
    if compact.isdigit() and not identifiers._looks_like_ip(text):
        return identifiers._detect_digits(compact)
    rules = (
        ("@" in text, TargetKind.EMAIL),
        (identifiers._looks_like_ip(text), TargetKind.IP),
        (identifiers._looks_like_iban(compact), TargetKind.IBAN),
        (bool(identifiers._POSTCODE_HOUSE.match(text)), TargetKind.POSTCODE_HOUSE_NUMBER),
        (compact.startswith("+") and compact[1:].isdigit(), TargetKind.PHONE_NUMBER),
        (bool(identifiers._CUSTOMER_ID.match(text)), TargetKind.CUSTOMER_ID),
        (bool(identifiers._NAME_CHARS.match(text)), TargetKind.NAME),
    )
    return next((kind for matches, kind in rules if matches), None)


@settings(max_examples=600)
@given(
    st.one_of(
        st.text(max_size=40),
        st.text(alphabet="0123456789 +-./()[]:abcdefNL@٣", max_size=30),
    )
)
def test_detect_kind_matches_the_eager_rules(raw: str) -> None:
    assert identifiers.detect_kind(raw) == _reference_detect(raw)


def _library_phone(raw: str) -> str | None:
    """normalise_phone's answer by phonenumbers' parser alone (the path before the shortcut)."""
    try:
        return identifiers._library_phone(raw, raw.strip()).normalised
    except ValidationError:
        return None


def _phone(raw: str) -> str | None:
    try:
        return identifiers.normalise_phone(raw).normalised
    except ValidationError:
        return None


PHONE_LIKE = st.builds(
    lambda prefix, digits, separator: prefix + separator.join([digits[:3], digits[3:]]),
    st.sampled_from(["+31", "0031", "0", "+310", "+31 (0)", "+32", "00", "", "+"]),
    st.from_regex(r"\A[0-9]{7,11}\Z"),
    st.sampled_from(["", " ", "-", "."]),
)


@settings(max_examples=3000)
@given(PHONE_LIKE)
def test_the_dutch_phone_shortcut_answers_as_phonenumbers_does(raw: str) -> None:
    assert _phone(raw) == _library_phone(raw)


@settings(max_examples=2000)
@given(st.sampled_from(["0", "+31", "0031"]), st.integers(100_000_000, 999_999_999))
def test_every_nine_digit_dutch_number_is_judged_as_phonenumbers_judges_it(
    prefix: str, national: int
) -> None:
    raw = f"{prefix}{national}"
    assert _phone(raw) == _library_phone(raw)


def test_the_shortcut_knows_each_kind_of_dutch_number() -> None:
    for raw, e164 in [
        ("06-12345678", "+31612345678"),
        ("020 123 4567", "+31201234567"),
        ("0031 85 123 4567", "+31851234567"),
        ("+31 6 2345 6789", "+31623456789"),
    ]:
        assert _phone(raw) == e164 == _library_phone(raw)
    assert _phone("06-0000000") is None  # too short: the library's answer
