"""A fast path for the common customer row: parsed, validated and prepared in one step.

`kinds.parse_customer` followed by `CustomerWriter.prepare` costs ~40 µs a row, most of it
generic machinery (a dict per row, a rule call per column, an `Identifier` per identifier).
This path handles the usual shape of a row (plain values, Dutch address, valid identifiers)
inline and returns exactly the tuple the general path prepares. Any value it is not sure
of (an error, a foreign country, surrounding spaces in a code ...) makes it return None:
the row then takes the general path, which gives the same result or the same error.
`tests/lookup/test_import_fastpath.py` checks both paths against each other.
"""

from __future__ import annotations

import hashlib
import operator
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from lawfulreq.domain.identifiers import (
    _ASCII_NON_ALNUM,
    _EMAIL,
    _LETTER_DIGITS,
    _NL_IBAN_COMPACT,
    fold_name,
)
from lawfulreq.importers import fields as f
from lawfulreq.importers.kinds import CUSTOMER_KINDS, KINDS, _start_of_day
from lawfulreq.importers.writers import (
    ADDRESS,
    CUSTOMER,
    BatchContext,
    _dialect,
    bind_processor,
    compact_raw,
)

FastPrepare = Callable[[int, list[str]], "tuple[Any, ...] | None"]

# A customer_id as `identifiers.normalise_customer_id` takes it, without spaces around it.
_REF = re.compile(r"[A-Za-z]{1,4}-?[0-9]{1,12}", re.ASCII)
_LISTED = {value: True for value in f.YES} | {value: False for value in f.NO} | {"": False}
_KINDS = {kind: kind for kind in CUSTOMER_KINDS}
# Memo dicts (values repeat: towns, streets, dates ...) are emptied when they grow this big.
_MEMO_LIMIT = 50_000


def _required_text(max_len: int) -> Callable[[str], str | None]:
    """`fields.required` for one column, memoised: the stripped text, None if bad."""
    texts: dict[str, str] = {}

    def text(value: str) -> str | None:
        found = texts.get(value)
        if found is None:
            stripped = value.strip()
            if not stripped or len(stripped) > max_len:
                return None
            if len(texts) > _MEMO_LIMIT:
                texts.clear()
            found = texts[value] = stripped
        return found

    return text


def customer_fast_path(  # noqa: PLR0915 - one hot loop, inlined on purpose
    header: Sequence[str], context: BatchContext, first: Callable[[str], bool] | None = None
) -> FastPrepare | None:
    """A function (line, raw fields) -> the prepared row, or None for the general path.

    None when the header lacks a column or repeats one (the general path then does all).
    first: called (in file order) with the customer_id of each row taken; True leaves the
    row's raw fields out (`writers.FirstSeen`)."""
    columns = KINDS["customers"].columns
    if len(set(header)) != len(header) or any(c not in header for c in columns):
        return None
    pick = operator.itemgetter(*(list(header).index(c) for c in columns))
    dialect = _dialect(context.dialect)
    to_day = bind_processor(CUSTOMER, "contract_start", dialect)
    flag = bind_processor(CUSTOMER, "directory_listed", dialect)
    moment = bind_processor(ADDRESS, "valid_from", dialect)
    now = moment(context.now)
    listed_value = {True: flag(True), False: flag(False)}
    sha256 = hashlib.sha256
    postcode_shape = f._PLAIN_POSTCODE.fullmatch
    refused = f._REFUSED_LETTERS
    email_shape = _EMAIL.match
    iban_shape = _NL_IBAN_COMPACT.fullmatch
    letter_digits = _LETTER_DIGITS
    ascii_non_alnum = _ASCII_NON_ALNUM
    # raw text -> normal form; one object per distinct value, so a batch pickles it once.
    street_text = _required_text(200)
    town_text = _required_text(100)
    houses: dict[str, str] = {}
    banks: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    # raw date -> (date, its text in the row hash, its stored form)
    days: dict[str, tuple[date, str, Any]] = {}
    # contract start -> the stored start of the address (midnight in Amsterdam)
    address_starts: dict[date, Any] = {}

    def day(value: str) -> tuple[date, str, Any] | None:
        found = days.get(value)
        if found is None:
            parsed = f._iso_day(value.strip())
            if parsed is None or parsed < f.EARLIEST_DAY:
                return None  # the general path says why
            if len(days) > _MEMO_LIMIT:
                days.clear()
            found = days[value] = (parsed, str(parsed), to_day(parsed))
        return found

    def address_start(start: date) -> Any:
        found = address_starts.get(start)
        if found is None:
            if len(address_starts) > _MEMO_LIMIT:
                address_starts.clear()
            found = address_starts[start] = moment(_start_of_day(start))
        return found

    def prepare(  # noqa: PLR0911, PLR0912, PLR0915 - every check inline, on purpose
        line: int, raw: list[str]
    ) -> tuple[Any, ...] | None:
        (ref, kind, name, street, house, suffix, postcode, town, country, email, kvk, iban,
         start, end, listed) = pick(raw)  # fmt: skip
        if _REF.fullmatch(ref) is None:
            return None
        ref = ref.upper()
        kind = _KINDS.get(kind)
        listed = _LISTED.get(listed)
        if kind is None or listed is None or country not in ("NL", ""):
            return None
        name = name.strip()
        if not name or len(name) > 200:
            return None
        street = street_text(street)
        town = town_text(town)
        if street is None or town is None:
            return None
        number = houses.get(house)
        if number is None:
            stripped = house.strip()
            if not (0 < len(stripped) <= 10 and stripped.isascii() and stripped.isdigit()):
                return None
            if len(houses) > _MEMO_LIMIT:
                houses.clear()
            number = houses[house] = str(int(stripped))
        letters = suffixes.get(suffix)
        if letters is None:
            stripped = suffix.strip()
            if len(stripped) > 10:
                return None
            if len(suffixes) > _MEMO_LIMIT:
                suffixes.clear()
            letters = suffixes[suffix] = stripped.upper()
        code = postcode.strip()
        if len(code) > 10 or postcode_shape(code) is None or code[-2:] in refused:
            return None
        code = code[:4] + code[-2:]
        mail: str | None = email.strip()
        if mail:
            if len(mail) > 200 or email_shape(mail) is None:
                return None
            mail = mail.lower()
        else:
            mail = None
        chamber: str | None = kvk.strip()
        if chamber:
            if not (len(chamber) in (8, 12) and chamber.isascii() and chamber.isdigit()):
                return None
        else:
            chamber = None
        account: str | None = iban.strip()
        if account:
            if iban_shape(account) is None:
                return None
            # The ISO 7064 check of `normalise_iban`'s NL shape: only the bank code and NL
            # (23 21) are letters, the bank code's digits looked up once per bank.
            bank = banks.get(account[4:8])
            if bank is None:
                if len(banks) > _MEMO_LIMIT:
                    banks.clear()
                bank = banks[account[4:8]] = account[4:8].translate(letter_digits)
            if int(bank + account[8:] + "2321" + account[2:4]) % 97 != 1:
                return None
        else:
            account = None
        since = until = None
        if start.strip():
            since = day(start)
            if since is None:
                return None
        if end.strip():
            until = day(end)
            if until is None or (since is not None and until[0] < since[0]):
                return None
        if name.isascii():
            # `identifiers.fold_name` for ASCII text, inline (no punctuation: no translate).
            if name.replace(" ", "").isalnum():
                name_key = " ".join(name.lower().split())
            else:
                name_key = " ".join(name.lower().translate(ascii_non_alnum).split())
        else:
            name_key = fold_name(name)
        row_hash = sha256(
            "\x1f".join(
                (
                    ref,
                    kind,
                    name,
                    street,
                    number,
                    letters,
                    code,
                    town,
                    "NL",
                    mail or "",
                    chamber or "",
                    account or "",
                    "" if since is None else since[1],
                    "" if until is None else until[1],
                    "True" if listed else "False",
                )
            ).encode()
        ).hexdigest()
        customer = [
            None,
            now,
            ref,
            kind,
            name,
            name_key,
            mail,
            chamber,
            account,
            None if since is None else since[2],
            None if until is None else until[2],
            listed_value[listed],
            row_hash,
        ]
        address = [
            None,
            None,
            street,
            number,
            letters,
            code,
            town,
            "NL",
            now if since is None else address_start(since[0]),
            None,
        ]
        if name_key.isascii():
            # Folded ASCII is words of [a-z0-9] between single spaces: `folded_tokens` is split.
            words = " ".join(dict.fromkeys(name_key.split(" "))) if name_key else ""
            if words == name_key:
                words = name_key  # one object: pickled once
        else:
            words = " ".join(f.folded_tokens(name_key))
        if first is not None and first(ref):
            return (line, None, ref, row_hash, customer, address, words)
        return (line, compact_raw(raw), ref, row_hash, customer, address, words)

    return prepare


FastPath = Callable[[Sequence[str], BatchContext, Callable[[str], bool]], FastPrepare | None]
FAST_PATHS: dict[str, FastPath] = {
    "customers": customer_fast_path,
}
