"""The words a code becomes on screen: articles cited as a Dutch jurist cites them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.i18n import install_language
from ui.labels import basis_short, scope_text


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_language("nl")
    yield
    install_language("en")


@pytest.mark.parametrize(
    ("code", "dutch_text"),
    [
        ("sv-126n", "art. 126n Sv"),
        ("sv-126na-2", "art. 126na lid 2 Sv"),
        ("awb-5-16", "art. 5:16 Awb"),
        ("wiv-47", "art. 47 Wiv 2017"),
        ("unknown", "unknown"),
    ],
)
def test_a_basis_code_reads_as_its_article(dutch: None, code: str, dutch_text: str) -> None:
    assert basis_short(code) == dutch_text


def test_a_paragraph_is_lid_in_dutch_and_in_brackets_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    install_language("en")
    assert basis_short("sv-126na-2") == "art. 126na(2) Sv"


def test_a_flag_scope_names_the_categories_in_words(dutch: None) -> None:
    text = scope_text("sv-126zm", ("subscriber", "traffic"))
    assert text.startswith("art. 126zm Sv: ")
    assert "subscriber" not in text and "traffic" not in text
    assert scope_text("sv-126zm", ()) == "art. 126zm Sv"
