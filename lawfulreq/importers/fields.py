"""Field rules for import rows: each returns the normal form or raises RowError(column, why)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Concatenate, ParamSpec, TypeVar

from lawfulreq.clock import parse_time
from lawfulreq.domain import identifiers
from lawfulreq.errors import ValidationError

YES = frozenset({"yes", "y", "ja", "j", "true", "1"})
NO = frozenset({"no", "n", "nee", "false", "0"})


P = ParamSpec("P")
T = TypeVar("T")

Problem = tuple[str, str]


class RowError(Exception):
    """Bad values of one row: each column with the reason, in words a user can act on."""

    def __init__(self, column: str, reason: str, *more: Problem) -> None:
        super().__init__("; ".join(f"{c}: {r}" for c, r in ((column, reason), *more)))
        self.problems: tuple[Problem, ...] = ((column, reason), *more)

    @property
    def column(self) -> str:
        return self.problems[0][0]

    @property
    def reason(self) -> str:
        return self.problems[0][1]


class Checks:
    """One row's values and every problem found in them: a row reports all its bad values."""

    __slots__ = ("problems", "values")

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values
        self.problems: list[Problem] = []

    def get(
        self,
        rule: Callable[Concatenate[dict[str, str], str, P], T],
        column: str,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T | None:
        """The rule's normal form of the column, or None after noting why it is bad."""
        try:
            return rule(self.values, column, *args, **kwargs)
        except RowError as exc:
            self.problems.extend(exc.problems)
            return None

    def fail(self, column: str, reason: str) -> None:
        self.problems.append((column, reason))

    def check(self) -> None:
        """Raise the row's problems, all of them, if there are any."""
        if self.problems:
            raise RowError(*self.problems[0], *self.problems[1:])


def problems_text(problems: Sequence[Problem]) -> tuple[str, str]:
    """Several problems in the one column and reason cells of a report row."""
    return ", ".join(c for c, _ in problems), "; ".join(r for _, r in problems)


def required(values: dict[str, str], column: str, max_len: int = 200) -> str:
    value = values.get(column, "").strip()
    if not value:
        raise RowError(column, "required, but empty")
    if len(value) > max_len:
        raise RowError(column, f"longer than {max_len} characters")
    return value


def optional(values: dict[str, str], column: str, max_len: int = 200) -> str | None:
    value = values.get(column, "").strip()
    if len(value) > max_len:
        raise RowError(column, f"longer than {max_len} characters")
    return value or None


def identifier(
    values: dict[str, str], column: str, kind: str, *, needed: bool = True
) -> str | None:
    """Validated with the same identifier rules the intake and the lookup use."""
    raw = values.get(column, "").strip()
    if not raw:
        if needed:
            raise RowError(column, "required, but empty")
        return None
    try:
        return identifiers.normalise(raw, kind).normalised
    except ValidationError as exc:
        raise RowError(column, str(exc.params.get("reason", exc.message))) from exc


def choice(values: dict[str, str], column: str, allowed: frozenset[str]) -> str:
    value = values.get(column, "").strip().lower()
    if value not in allowed:
        raise RowError(column, f"'{value}' is not one of {', '.join(sorted(allowed))}")
    return value


def yes_no(values: dict[str, str], column: str, default: bool) -> bool:
    value = values.get(column, "").strip().lower()
    if not value:
        return default
    if value in YES:
        return True
    if value in NO:
        return False
    raise RowError(column, f"'{value}' is not yes or no")


def moment(values: dict[str, str], column: str, *, needed: bool = True) -> datetime | None:
    """ISO 8601; a value without a zone is Europe/Amsterdam; the result is aware UTC."""
    raw = values.get(column, "").strip()
    if not raw:
        if needed:
            raise RowError(column, "required, but empty")
        return None
    try:
        return parse_time(raw, field=column)
    except ValidationError as exc:
        raise RowError(column, f"'{raw}' is not an ISO 8601 date or time") from exc


def day(values: dict[str, str], column: str) -> date | None:
    raw = values.get(column, "").strip()
    if not raw:
        return None
    parsed = _iso_day(raw)
    if parsed is None:
        raise RowError(column, f"'{raw}' is not an ISO 8601 date (YYYY-MM-DD)")
    return parsed


@lru_cache(maxsize=4096)
def _iso_day(raw: str) -> date | None:
    """Cached: dates repeat, and one object per date also pickles once per batch."""
    try:
        return date.fromisoformat(raw[:10]) if len(raw) >= 10 else date.fromisoformat(raw)
    except ValueError:
        return None


def integer(
    values: dict[str, str], column: str, low: int, high: int, *, needed: bool = True
) -> int | None:
    raw = values.get(column, "").strip()
    if not raw:
        if needed:
            raise RowError(column, "required, but empty")
        return None
    if not raw.isascii() or not raw.isdigit():
        raise RowError(column, f"'{raw}' is not a whole number")
    number = int(raw)
    if not low <= number <= high:
        raise RowError(column, f"{number} is outside {low}-{high}")
    return number


@lru_cache(maxsize=65536)
def postcode(raw: str, column: str) -> str:
    """A Dutch postcode in the compact form the lookup uses: 1234AB (cached: they repeat)."""
    compact = _postcode(raw)
    if compact is None:
        raise RowError(column, f"'{raw}' is not a Dutch postcode")
    return compact


# The common shapes, 1234AB and 1234 AB, that stdnum accepts (it refuses SA, SD and SS).
_PLAIN_POSTCODE = re.compile(r"[1-9][0-9]{3} ?[A-Z]{2}", re.ASCII)
_REFUSED_LETTERS = frozenset({"SA", "SD", "SS"})


@lru_cache(maxsize=65_536)
def _postcode(raw: str) -> str | None:
    if _PLAIN_POSTCODE.fullmatch(raw) and raw[-2:] not in _REFUSED_LETTERS:
        return raw[:4] + raw[-2:]
    return _checked_postcode(raw)


def _checked_postcode(raw: str) -> str | None:
    try:
        ident = identifiers.normalise(f"{raw} 1", "postcode_house_number")
    except ValidationError:
        return None
    return ident.normalised.split(" ", 1)[0]


def network(values: dict[str, str], column: str) -> tuple[str, int, int]:
    """An address or a delegated prefix: (network address, prefix length, IP version)."""
    raw = required(values, column, 64)
    try:
        ident = identifiers.normalise(raw, "ip")
    except ValidationError as exc:
        raise RowError(column, f"'{raw}' is not an IPv4/IPv6 address or prefix") from exc
    if ident.port is not None:
        raise RowError(column, "give the port range in port_start and port_end, not here")
    net = ipaddress.ip_network(ident.normalised, strict=False)
    return net.network_address.compressed, net.prefixlen, net.version


def period(
    start: datetime | None, end: datetime | None, start_column: str, end_column: str
) -> None:
    if start is not None and end is not None and end < start:
        raise RowError(end_column, f"ends before {start_column}")


_WORD = re.compile(r"[^\W_]+")


def name_tokens(text: str) -> tuple[str, ...]:
    """The distinct words of a folded name (accents and case gone, split at punctuation)."""
    return folded_tokens(identifiers.fold_name(text))


def folded_tokens(folded: str) -> tuple[str, ...]:
    """`name_tokens` of a name already folded (a customer's name_key)."""
    return tuple(dict.fromkeys(_WORD.findall(folded)))


def house_number(values: dict[str, str], column: str) -> str:
    value = required(values, column, 10)
    if not value.isascii() or not value.isdigit():
        raise RowError(column, f"'{value}' is not a number (suffix apart)")
    return str(int(value))


def upper_text(values: dict[str, str], column: str, max_len: int = 200) -> str:
    """An optional value in capitals, '' when empty."""
    return (optional(values, column, max_len) or "").upper()


def country(values: dict[str, str], column: str) -> str:
    """A two-letter country code, NL when empty."""
    value = (optional(values, column, 2) or "NL").upper()
    if len(value) != 2 or not value.isalpha():
        raise RowError(column, f"'{value}' is not a two-letter country code")
    return value


def postcode_in(values: dict[str, str], column: str, country_code: str | None) -> str:
    """A Dutch postcode checked and compacted; another country's kept as given, in capitals."""
    raw = required(values, column, 10)
    return postcode(raw, column) if country_code == "NL" else raw.upper()


def kvk(values: dict[str, str], column: str) -> str | None:
    value = optional(values, column, 12)
    if value is not None and not (value.isascii() and value.isdigit() and len(value) in (8, 12)):
        raise RowError(column, f"'{value}' is not 8 digits (or 12 with the branch number)")
    return value
