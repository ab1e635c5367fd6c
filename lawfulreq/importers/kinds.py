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
    # A list, not a generator: join builds one anyway (the stored hashes stay the same).
    return hashlib.sha256(
        "\x1f".join(["" if p is None else str(p) for p in parts]).encode()
    ).hexdigest()


@lru_cache(maxsize=4096)
def _start_of_day(day: date) -> datetime:
    return datetime.combine(day, time.min, AMSTERDAM)


def parse_customer(v: dict[str, str]) -> Record:
    row = f.Row(v)
    ref = f.identifier(row, "customer_id", "customer_id")
    kind = f.choice(row, "kind", CUSTOMER_KINDS)
    name = f.required(row, "name")
    street = f.required(row, "street")
    house_number = f.house_number(row, "house_number")
    suffix = f.upper_text(row, "house_number_suffix", 10)
    country = f.country(row, "country")
    postcode = f.postcode_in(row, "postcode", country)
    town = f.required(row, "town", 100)
    email = f.identifier(row, "email", "email", needed=False)
    kvk = f.kvk(row, "kvk")
    iban = f.identifier(row, "iban", "iban", needed=False)
    start = f.day(row, "contract_start")
    end = f.day(row, "contract_end")
    if start is not None and end is not None and end < start:
        row.bad("contract_end", "ends before contract_start")
    listed = f.yes_no(row, "directory_listed", default=False)
    row.check()
    assert name is not None  # check() raised otherwise
    values = (ref, kind, name, street, house_number, suffix, postcode, town, country)
    name_key = fold_name(name)
    return {
        "customer_ref": ref,
        "kind": kind,
        "name": name,
        "name_key": name_key,
        # The name-word rows' words, space-separated, computed here, off the writing process.
        "name_words": " ".join(f.folded_tokens(name_key)),
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
    }


def _validity(
    row: f.Row, start_column: str, end_column: str, *, open_end: bool
) -> tuple[datetime | None, datetime | None]:
    start = f.moment(row, start_column)
    end = f.moment(row, end_column, needed=not open_end)
    if start is not None and end is not None and end < start:
        row.bad(end_column, f"ends before {start_column}")
    return start, end


def parse_number(v: dict[str, str]) -> Record:
    row = f.Row(v)
    number = f.identifier(row, "number", "phone_number")
    ref = f.identifier(row, "customer_id", "customer_id")
    service_type = f.choice(row, "service_type", SERVICE_TYPES)
    start, end = _validity(row, "valid_from", "valid_to", open_end=True)
    ported_in = f.optional(row, "ported_in_from", 100)
    ported_out = f.optional(row, "ported_out_to", 100)
    row.check()
    return {
        "number": number,
        "customer_ref": ref,
        "service_type": service_type,
        "valid_from": start,
        "valid_to": end,
        "ported_in_from": ported_in,
        "ported_out_to": ported_out,
    }


def parse_sim(v: dict[str, str]) -> Record:
    row = f.Row(v)
    iccid = f.identifier(row, "iccid", "iccid")
    imsi = f.identifier(row, "imsi", "imsi")
    ref = f.identifier(row, "customer_id", "customer_id")
    number = f.identifier(row, "number", "phone_number", needed=False)
    start, end = _validity(row, "valid_from", "valid_to", open_end=True)
    row.check()
    return {
        "iccid": iccid,
        "imsi": imsi,
        "customer_ref": ref,
        "number": number,
        "valid_from": start,
        "valid_to": end,
    }


def parse_device(v: dict[str, str]) -> Record:
    row = f.Row(v)
    imei = f.identifier(row, "imei", "imei")
    imsi = f.identifier(row, "imsi", "imsi")
    first, last = _validity(row, "first_seen", "last_seen", open_end=False)
    row.check()
    return {"imei": imei, "imsi": imsi, "first_seen": first, "last_seen": last}


def parse_ip(v: dict[str, str]) -> Record:
    row = f.Row(v)
    net = f.network(row, "ip")
    port_start = f.integer(row, "port_start", 0, 65535, needed=False)
    port_end = f.integer(row, "port_end", 0, 65535, needed=False)
    starts, ends = bool(v.get("port_start", "").strip()), bool(v.get("port_end", "").strip())
    if starts != ends:
        row.bad("port_start" if ends else "port_end", "give both ports or none")
    if port_start is not None and port_end is not None:
        if port_end < port_start:
            row.bad("port_end", "smaller than port_start")
        if net is not None and net[2] == 6:
            row.bad("port_start", "port ranges apply to shared IPv4 addresses only")
    ref = f.identifier(row, "customer_id", "customer_id")
    start, end = _validity(row, "valid_from", "valid_to", open_end=True)
    row.check()
    assert net is not None  # check() raised otherwise
    return {
        "ip": net[0],
        "prefix_length": net[1],
        "port_start": port_start,
        "port_end": port_end,
        "customer_ref": ref,
        "valid_from": start,
        "valid_to": end,
    }


def parse_usage(v: dict[str, str]) -> Record:
    row = f.Row(v)
    record = {
        "start_time": f.moment(row, "start_time"),
        "duration_s": f.integer(row, "duration_s", 0, 10_000_000),
        "a_number": f.identifier(row, "a_number", "phone_number"),
        "b_number": f.identifier(row, "b_number", "phone_number"),
        "direction": f.choice(row, "direction", DIRECTIONS),
        "service_type": f.choice(row, "service_type", USAGE_SERVICES),
        "imsi": f.identifier(row, "imsi", "imsi", needed=False),
        "imei": f.identifier(row, "imei", "imei", needed=False),
        "cell_id": f.optional(row, "cell_id", 32),
    }
    row.check()
    return record


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
