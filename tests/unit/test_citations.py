"""Articles cited as a Dutch jurist writes them (domain.citations)."""

from __future__ import annotations

import pytest

from lawfulreq.domain.citations import cite


@pytest.mark.parametrize(
    ("law", "article", "text"),
    [
        ("Sv", "126n", "art. 126n Sv"),
        ("Sv", "126na lid 2", "art. 126na lid 2 Sv"),
        ("Awb", "5:16", "art. 5:16 Awb"),
        ("Wiv 2017", "47", "art. 47 Wiv 2017"),
        ("AVG", "6(1)(c)", "art. 6(1)(c) AVG"),
        ("EU 2023/1543", "art. 5", "art. 5 EU 2023/1543"),
        ("EIO", "2014/41/EU", "EIO 2014/41/EU"),
        ("Tw 11.10 /", "AVG 6(1)(d)", "Tw 11.10 / AVG 6(1)(d)"),
    ],
)
def test_each_catalogue_article_is_cited_article_first(law: str, article: str, text: str) -> None:
    assert cite(law, article) == text
