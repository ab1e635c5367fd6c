"""The query parser: whatever is typed, the answer is a ParsedQuery or a ValidationError."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lawfulreq.domain.enums import TargetKind
from lawfulreq.errors import ValidationError
from lawfulreq.services.lookup import detect, parse_query

PIECES = st.sampled_from(
    [
        "06",
        "+31",
        "204",
        "89",
        "NL",
        "@",
        ".",
        ":",
        "[",
        "]",
        "/",
        " ",
        "-",
        "ä",
        "²",
        "٣",
        "0",
        "9",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(PIECES, max_size=20).map("".join)))
def test_random_text_never_raises_anything_but_validation_error(text: str) -> None:
    try:
        parsed = parse_query(text)
    except ValidationError:
        assert detect(text) is None
        return
    assert isinstance(parsed.kind, TargetKind)
    assert parsed.normalised


def test_plain_ipv4_is_an_address_not_a_number() -> None:
    assert parse_query("100.64.1.1").kind is TargetKind.IP
    assert parse_query("06.12345678").kind is TargetKind.PHONE_NUMBER
