"""Query text to a parsed query: what kind of identifier it is, normalised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lawfulreq.domain import identifiers
from lawfulreq.domain.enums import TargetKind
from lawfulreq.errors import ValidationError

# --------------------------------------------------------------------------- query parsing


@dataclass(frozen=True)
class ParsedQuery:
    """What the user typed, the kind detected and its normal form."""

    text: str
    kind: TargetKind
    normalised: str
    port: int | None = None
    house_number: str | None = None
    house_number_suffix: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind.value, "normalised": self.normalised}


# A name search must name someone: at least one word of this many letters that is not a
# particle of a Dutch surname ("de" alone listed 67 holders: a privacy risk, issue 15).
MIN_NAME_WORD = 3
NAME_PARTICLES = frozenset(
    {"de", "den", "der", "van", "het", "ten", "ter", "te", "op", "in", "la", "le", "du", "el"}
)


def name_specific_enough(normalised: str) -> bool:
    words = normalised.replace("'", " ").split()
    return any(len(w) >= MIN_NAME_WORD and w not in NAME_PARTICLES for w in words)


def parse_query(text: str) -> ParsedQuery:
    """Detect and normalise a query; anything unreadable is a ValidationError, nothing else."""
    ident = identifiers.normalise(text.strip())
    if ident.kind is TargetKind.NAME and not name_specific_enough(ident.normalised):
        raise ValidationError(
            f"the name '{text.strip()}' is too broad: a name search needs a word of at least "
            f"{MIN_NAME_WORD} letters besides particles such as 'de' or 'van'",
            code="name_query_too_broad",
            min_letters=MIN_NAME_WORD,
        )
    return ParsedQuery(
        text=text,
        kind=ident.kind,
        normalised=ident.normalised,
        port=ident.port,
        house_number=ident.house_number,
        house_number_suffix=ident.house_number_suffix,
    )


def detect(text: str) -> ParsedQuery | None:
    """As-you-type feedback: the parsed query, or None while it is not (yet) valid."""
    try:
        return parse_query(text)
    except ValidationError:
        return None
