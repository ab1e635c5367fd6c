"""How an article of law is cited in texts a jurist reads: "art. 126n Sv", not "Sv 126n".

Dutch legal writing puts the article first, then the act's abbreviation ("art. 126na lid 2
Sv", "art. 5:16 Awb", "art. 47 Wiv 2017"). What is not an article number (an EU instrument
named by its number, the emergency rule's combined source) is written as the catalogue has it.
"""

from __future__ import annotations


def cite(law: str, article: str) -> str:
    """The citation of `article` of `law` as the catalogue records them."""
    article, law = article.strip(), law.strip()
    if article[:1].isdigit() and "/" not in article:  # "2014/41/EU" names an instrument
        return f"art. {article} {law}"
    if article.startswith("art. "):
        return f"{article} {law}"
    return f"{law} {article}".strip()
