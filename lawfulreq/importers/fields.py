"""Field rules for import rows: each returns the normal form, or notes why the value is bad."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache

from lawfulreq.clock import parse_time
from lawfulreq.domain import identifiers
from lawfulreq.errors import ValidationError

YES = frozenset({"yes", "y", "ja", "j", "true", "1"})
NO = frozenset({"no", "n", "nee", "false", "0"})

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


class Row:
    """One row's values and every problem found in them: a row reports all its bad values.

    Each rule takes the row, returns the column's normal form, or notes the problem and
    returns None; `check` then raises them all. (No exception per rule: rules run a million
    times per import.)
    """

    __slots__ = ("problems", "values")

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values
        self.problems: list[Problem] = []

    def bad(self, column: str, reason: str) -> None:
        self.problems.append((column, reason))

    def check(self) -> None:
        """Raise the row's problems, all of them, if there are any."""
        if self.problems:
            raise RowError(*self.problems[0], *self.problems[1:])


def problems_text(problems: Sequence[Problem]) -> tuple[str, str]:
    """Several problems in the one column and reason cells of a report row."""
    return ", ".join(c for c, _ in problems), "; ".join(r for _, r in problems)


def required(row: Row, column: str, max_len: int = 200) -> str | None:
    value = row.values.get(column, "").strip()
    if not value:
        row.bad(column, "required, but empty")
        return None
    if len(value) > max_len:
        row.bad(column, f"longer than {max_len} characters")
        return None
    return value


def optional(row: Row, column: str, max_len: int = 200) -> str | None:
    value = row.values.get(column, "").strip()
    if len(value) > max_len:
        row.bad(column, f"longer than {max_len} characters")
        return None
    return value or None


def identifier(row: Row, column: str, kind: str, *, needed: bool = True) -> str | None:
    """Validated with the same identifier rules the intake and the lookup use."""
    raw = row.values.get(column, "").strip()
    if not raw:
        if needed:
            row.bad(column, "required, but empty")
        return None
    try:
        return identifiers.normalise(raw, kind).normalised
    except ValidationError as exc:
        row.bad(column, str(exc.params.get("reason", exc.message)))
        return None


def choice(row: Row, column: str, allowed: frozenset[str]) -> str | None:
    value = row.values.get(column, "").strip().lower()
    if value not in allowed:
        row.bad(column, f"'{value}' is not one of {', '.join(sorted(allowed))}")
        return None
    return value


def yes_no(row: Row, column: str, default: bool) -> bool | None:
    value = row.values.get(column, "").strip().lower()
    if not value:
        return default
    if value in YES:
        return True
    if value in NO:
        return False
    row.bad(column, f"'{value}' is not yes or no")
    return None


def moment(row: Row, column: str, *, needed: bool = True) -> datetime | None:
    """ISO 8601; a value without a zone is Europe/Amsterdam; the result is aware UTC."""
    raw = row.values.get(column, "").strip()
    if not raw:
        if needed:
            row.bad(column, "required, but empty")
        return None
    try:
        return parse_time(raw, field=column)
    except ValidationError:
        row.bad(column, f"'{raw}' is not an ISO 8601 date or time")
        return None


# Contract dates before this are typing errors, not history; the year 1 also has no start
# of day in Amsterdam that UTC can hold (it crashed the import instead of being a bad row).
EARLIEST_DAY = date(1900, 1, 1)


def day(row: Row, column: str) -> date | None:
    raw = row.values.get(column, "").strip()
    if not raw:
        return None
    parsed = _iso_day(raw)
    if parsed is None:
        row.bad(column, f"'{raw}' is not an ISO 8601 date (YYYY-MM-DD)")
        return None
    if parsed < EARLIEST_DAY:
        row.bad(column, f"'{raw}' is before {EARLIEST_DAY.isoformat()}: not a plausible date")
        return None
    return parsed


@lru_cache(maxsize=4096)
def _iso_day(raw: str) -> date | None:
    """Cached: dates repeat, and one object per date also pickles once per batch."""
    try:
        return date.fromisoformat(raw[:10]) if len(raw) >= 10 else date.fromisoformat(raw)
    except ValueError:
        return None


def integer(row: Row, column: str, low: int, high: int, *, needed: bool = True) -> int | None:
    raw = row.values.get(column, "").strip()
    if not raw:
        if needed:
            row.bad(column, "required, but empty")
        return None
    if not raw.isascii() or not raw.isdigit():
        row.bad(column, f"'{raw}' is not a whole number")
        return None
    number = int(raw)
    if not low <= number <= high:
        row.bad(column, f"{number} is outside {low}-{high}")
        return None
    return number


def house_number(row: Row, column: str) -> str | None:
    value = required(row, column, 10)
    if value is None:
        return None
    if not value.isascii() or not value.isdigit():
        row.bad(column, f"'{value}' is not a number (suffix apart)")
        return None
    return str(int(value))


def upper_text(row: Row, column: str, max_len: int = 200) -> str | None:
    """An optional value in capitals, '' when empty."""
    value = row.values.get(column, "").strip()
    if len(value) > max_len:
        row.bad(column, f"longer than {max_len} characters")
        return None
    return value.upper()


def country(row: Row, column: str) -> str | None:
    """A two-letter country code, NL when empty."""
    value = row.values.get(column, "").strip().upper() or "NL"
    if len(value) != 2 or not value.isalpha():
        row.bad(column, f"'{value}' is not a two-letter country code")
        return None
    return value


def postcode_in(row: Row, column: str, country_code: str | None) -> str | None:
    """A Dutch postcode checked and compacted; another country's kept as given, in capitals."""
    raw = required(row, column, 10)
    if raw is None:
        return None
    if country_code != "NL":
        return raw.upper()
    compact = _postcode(raw)
    if compact is None:
        row.bad(column, f"'{raw}' is not a Dutch postcode")
        return None
    return compact


def kvk(row: Row, column: str) -> str | None:
    value = optional(row, column, 12)
    if value is not None and not (value.isascii() and value.isdigit() and len(value) in (8, 12)):
        row.bad(column, f"'{value}' is not 8 digits (or 12 with the branch number)")
        return None
    return value


def network(row: Row, column: str) -> tuple[str, int, int] | None:
    """An address or a delegated prefix: (network address, prefix length, IP version)."""
    raw = required(row, column, 64)
    if raw is None:
        return None
    try:
        ident = identifiers.normalise(raw, "ip")
    except ValidationError:
        row.bad(column, f"'{raw}' is not an IPv4/IPv6 address or prefix")
        return None
    if ident.port is not None:
        row.bad(column, "give the port range in port_start and port_end, not here")
        return None
    net = ipaddress.ip_network(ident.normalised, strict=False)
    return net.network_address.compressed, net.prefixlen, net.version


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


_WORD = re.compile(r"[^\W_]+")


def name_tokens(text: str) -> tuple[str, ...]:
    """The distinct words of a folded name (accents and case gone, split at punctuation)."""
    return folded_tokens(identifiers.fold_name(text))


def folded_tokens(folded: str) -> tuple[str, ...]:
    """`name_tokens` of a name already folded (a customer's name_key)."""
    return tuple(dict.fromkeys(_WORD.findall(folded)))
