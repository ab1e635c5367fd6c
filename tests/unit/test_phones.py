"""The one display rule for phone numbers, as screens, PDFs, finding texts and the demo use it."""

from __future__ import annotations

import pytest

from lawfulreq.domain.phones import dutch_number
from lawfulreq.reports import notation
from lawfulreq.rules import messages


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("+31612345678", "06-12345678"),
        ("+31201234567", "020-1234567"),
        ("+31101234567", "010-1234567"),
        ("+31881234567", "088-1234567"),
        ("+318001234", "0800-1234"),
        ("0612345678", "06-12345678"),
        ("+4915112345678", "+49 1511 2345678"),
        ("not a number", "not a number"),
        ("+3161", "+3161"),
        ("", ""),
        (None, ""),
    ],
)
def test_dutch_number(number: str | None, shown: str) -> None:
    assert dutch_number(number) == shown


def test_every_caller_uses_the_one_rule() -> None:
    assert notation.dutch_number is dutch_number
    assert messages._dutch_number("+31612345678") == "06-12345678"
    # finding texts rewrite only E.164 Dutch numbers, never a ref or an IMEI
    assert messages._dutch_number("0612345678") == "0612345678"
    assert messages._dutch_number("490154203237518") == "490154203237518"
