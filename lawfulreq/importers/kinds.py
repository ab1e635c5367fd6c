"""The six import kinds of the contract: their columns and how one row becomes table values."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from lawfulreq.clock import AMSTERDAM
from lawfulreq.domain.enums import CustomerKind, ServiceType
from lawfulreq.domain.identifiers import fold_name
from lawfulreq.importers import fields as f

Record = dict[str, Any]

SERVICE_TYPES = frozenset(s.value for s in ServiceType)
USAGE_SERVICES = frozenset({"voice", "sms", "data", *SERVICE_TYPES})
DIRECTIONS = frozenset({"in", "out"})
CUSTOMER_KINDS = frozenset(k.value for k in CustomerKind)


@dataclass(frozen=True)
class KindSpec:
    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    parse: Callable[[dict[str, str]], Record]
    # Kinds whose records have a validity end can be end-dated by a full export.
    full_supported: bool


def _hash(parts: tuple[object, ...]) -> str:
    return hashlib.sha256(
        "\x1f".join("" if p is None else str(p) for p in parts).encode()
    ).hexdigest()


@lru_cache(maxsize=4096)
def _start_of_day(day: date) -> datetime:
    return datetime.combine(day, time.min, AMSTERDAM)


def _name_words(name_key: str) -> tuple[tuple[str, str], ...]:
    words = f.folded_tokens(name_key)
    joined = " ".join(words)
    return tuple((word, joined) for word in words)


def parse_customer(v: dict[str, str]) -> Record:
    ref = f.identifier(v, "customer_id", "customer_id")
    kind = f.choice(v, "kind", CUSTOMER_KINDS)
    name = f.required(v, "name")
    street = f.required(v, "street")
    house_number = f.required(v, "house_number", 10)
    if not house_number.isascii() or not house_number.isdigit():
        raise f.RowError("house_number", f"'{house_number}' is not a number (suffix apart)")
    house_number = str(int(house_number))
    suffix = (f.optional(v, "house_number_suffix", 10) or "").upper()
    country = (f.optional(v, "country", 2) or "NL").upper()
    if len(country) != 2 or not country.isalpha():
        raise f.RowError("country", f"'{country}' is not a two-letter country code")
    raw_postcode = f.required(v, "postcode", 10)
    postcode = f.postcode(raw_postcode, "postcode") if country == "NL" else raw_postcode.upper()
    town = f.required(v, "town", 100)
    email = f.identifier(v, "email", "email", needed=False)
    kvk = f.optional(v, "kvk", 12)
    if kvk is not None and not (kvk.isascii() and kvk.isdigit() and len(kvk) in (8, 12)):
        raise f.RowError("kvk", f"'{kvk}' is not 8 digits (or 12 with the branch number)")
    iban = f.identifier(v, "iban", "iban", needed=False)
    start = f.day(v, "contract_start")
    end = f.day(v, "contract_end")
    if start is not None and end is not None and end < start:
        raise f.RowError("contract_end", "ends before contract_start")
    listed = f.yes_no(v, "directory_listed", default=False)
    values = (ref, kind, name, street, house_number, suffix, postcode, town, country)
    name_key = fold_name(name)
    return {
        "customer_ref": ref,
        "kind": kind,
        "name": name,
        "name_key": name_key,
        # The name-word rows' (token, words) pairs, computed here, off the writing process.
        "name_words": _name_words(name_key),
        "email": email,
        "kvk": kvk,
        "iban": iban,
        "contract_start": start,
        "contract_end": end,
        "directory_listed": listed,
        "row_hash": _hash((*values, email, kvk, iban, start, end, listed)),
        "street": street,
        "house_number": house_number,
        "house_number_suffix": suffix,
        "postcode": postcode,
        "town": town,
        "country": country,
        "address_from": _start_of_day(start) if start is not None else None,
        "address_key": "\x1f".join((street, house_number, suffix, postcode, town, country)),
    }


def parse_number(v: dict[str, str]) -> Record:
    start = f.moment(v, "valid_from")
    end = f.moment(v, "valid_to", needed=False)
    f.period(start, end, "valid_from", "valid_to")
    return {
        "number": f.identifier(v, "number", "phone_number"),
        "customer_ref": f.identifier(v, "customer_id", "customer_id"),
        "service_type": f.choice(v, "service_type", SERVICE_TYPES),
        "valid_from": start,
        "valid_to": end,
        "ported_in_from": f.optional(v, "ported_in_from", 100),
        "ported_out_to": f.optional(v, "ported_out_to", 100),
    }


def parse_sim(v: dict[str, str]) -> Record:
    start = f.moment(v, "valid_from")
    end = f.moment(v, "valid_to", needed=False)
    f.period(start, end, "valid_from", "valid_to")
    return {
        "iccid": f.identifier(v, "iccid", "iccid"),
        "imsi": f.identifier(v, "imsi", "imsi"),
        "customer_ref": f.identifier(v, "customer_id", "customer_id"),
        "number": f.identifier(v, "number", "phone_number", needed=False),
        "valid_from": start,
        "valid_to": end,
    }


def parse_device(v: dict[str, str]) -> Record:
    first = f.moment(v, "first_seen")
    last = f.moment(v, "last_seen")
    f.period(first, last, "first_seen", "last_seen")
    return {
        "imei": f.identifier(v, "imei", "imei"),
        "imsi": f.identifier(v, "imsi", "imsi"),
        "first_seen": first,
        "last_seen": last,
    }


def parse_ip(v: dict[str, str]) -> Record:
    address, prefix_length, version = f.network(v, "ip")
    port_start = f.integer(v, "port_start", 0, 65535, needed=False)
    port_end = f.integer(v, "port_end", 0, 65535, needed=False)
    if (port_start is None) != (port_end is None):
        raise f.RowError(
            "port_end" if port_end is None else "port_start", "give both ports or none"
        )
    if port_start is not None and port_end is not None:
        if port_end < port_start:
            raise f.RowError("port_end", "smaller than port_start")
        if version == 6:
            raise f.RowError("port_start", "port ranges apply to shared IPv4 addresses only")
    start = f.moment(v, "valid_from")
    end = f.moment(v, "valid_to", needed=False)
    f.period(start, end, "valid_from", "valid_to")
    return {
        "ip": address,
        "prefix_length": prefix_length,
        "port_start": port_start,
        "port_end": port_end,
        "customer_ref": f.identifier(v, "customer_id", "customer_id"),
        "valid_from": start,
        "valid_to": end,
    }


def parse_usage(v: dict[str, str]) -> Record:
    return {
        "start_time": f.moment(v, "start_time"),
        "duration_s": f.integer(v, "duration_s", 0, 10_000_000),
        "a_number": f.identifier(v, "a_number", "phone_number"),
        "b_number": f.identifier(v, "b_number", "phone_number"),
        "direction": f.choice(v, "direction", DIRECTIONS),
        "service_type": f.choice(v, "service_type", USAGE_SERVICES),
        "imsi": f.identifier(v, "imsi", "imsi", needed=False),
        "imei": f.identifier(v, "imei", "imei", needed=False),
        "cell_id": f.optional(v, "cell_id", 32),
    }


KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        KindSpec(
            "customers",
            (
                "customer_id",
                "kind",
                "name",
                "street",
                "house_number",
                "house_number_suffix",
                "postcode",
                "town",
                "country",
                "email",
                "kvk",
                "iban",
                "contract_start",
                "contract_end",
                "directory_listed",
            ),
            ("customer_id", "kind", "name", "street", "house_number", "postcode", "town"),
            parse_customer,
            True,
        ),
        KindSpec(
            "numbers",
            (
                "number",
                "customer_id",
                "service_type",
                "valid_from",
                "valid_to",
                "ported_in_from",
                "ported_out_to",
            ),
            ("number", "customer_id", "service_type", "valid_from"),
            parse_number,
            True,
        ),
        KindSpec(
            "sims",
            ("iccid", "imsi", "customer_id", "number", "valid_from", "valid_to"),
            ("iccid", "imsi", "customer_id", "valid_from"),
            parse_sim,
            True,
        ),
        KindSpec(
            "devices",
            ("imei", "imsi", "first_seen", "last_seen"),
            ("imei", "imsi", "first_seen", "last_seen"),
            parse_device,
            False,
        ),
        KindSpec(
            "ip_assignments",
            ("ip", "port_start", "port_end", "customer_id", "valid_from", "valid_to"),
            ("ip", "customer_id", "valid_from"),
            parse_ip,
            True,
        ),
        KindSpec(
            "usage",
            (
                "start_time",
                "duration_s",
                "a_number",
                "b_number",
                "direction",
                "service_type",
                "imsi",
                "imei",
                "cell_id",
            ),
            ("start_time", "duration_s", "a_number", "b_number", "direction", "service_type"),
            parse_usage,
            False,
        ),
    )
}
