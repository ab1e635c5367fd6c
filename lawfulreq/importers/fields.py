"""Field rules for import rows: each returns the normal form or raises RowError(column, why)."""

from __future__ import annotations

import ipaddress
import re
from datetime import date, datetime
from functools import lru_cache

from lawfulreq.clock import parse_time
from lawfulreq.domain import identifiers
from lawfulreq.errors import ValidationError

YES = frozenset({"yes", "y", "ja", "j", "true", "1"})
NO = frozenset({"no", "n", "nee", "false", "0"})


class RowError(Exception):
    """A bad value: the column it sits in and the reason, in words a user can act on."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(f"{column}: {reason}")
        self.column = column
        self.reason = reason


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
