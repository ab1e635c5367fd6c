"""Typed rows: each statement's raw rows become named records once, then DTOs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

from lawfulreq.services.lookup.results import SubscriberMatch
from lawfulreq.services.lookup.window import _Window

# --------------------------------------------------------------------------- row shapes


@dataclass(slots=True)
class _Customer:
    id: int
    ref: str
    name: str
    kind: str
    listed: bool
    address: _Address | None = None


@dataclass(slots=True)
class _Address:
    street: str
    house_number: str
    house_number_suffix: str
    postcode: str
    town: str
    country: str
    valid_from: datetime
    valid_to: datetime | None


# A match without a known address shows empty address fields.
NO_ADDRESS = _Address("", "", "", "", "", "", datetime.min, None)

# Each subscriber statement returns its own columns, then CUSTOMER_COLUMNS, then
# ADDRESS_COLUMNS (sql.py). Its own columns become one of these records, once per distinct
# record (rows repeat per address of the holder); `LookupSql` checks the widths.


class NumberRecord(NamedTuple):
    id: int
    valid_from: datetime
    valid_to: datetime | None
    service_type: str
    ported_in_from: str | None
    ported_out_to: str | None


class SimRecord(NamedTuple):
    id: int
    iccid: str
    imsi: str
    number: str | None
    valid_from: datetime
    valid_to: datetime | None


class DeviceRecord(NamedTuple):
    """A handset observation joined to a SIM it was seen with."""

    observation_id: int
    first_seen: datetime
    last_seen: datetime
    sim_id: int
    iccid: str
    imsi: str
    number: str | None
    valid_from: datetime
    valid_to: datetime | None


class IpRecord(NamedTuple):
    id: int
    ip: str
    prefix_length: int
    port_start: int | None
    port_end: int | None
    valid_from: datetime
    valid_to: datetime | None


class HeldNumber(NamedTuple):
    """A number a customer held in the window (the customer statements' middle columns)."""

    id: int
    number: str
    service_type: str
    valid_from: datetime
    valid_to: datetime | None
    ported_in_from: str | None
    ported_out_to: str | None


# The customer statements: CUSTOMER_COLUMNS, the name key, a HeldNumber, ADDRESS_COLUMNS.
CUSTOMER_WIDTH = 5
NAME_KEY_AT = CUSTOMER_WIDTH
HELD_AT = NAME_KEY_AT + 1
HELD_END = HELD_AT + len(HeldNumber._fields)
ADDRESS_WIDTH = 8

Record = TypeVar("Record", NumberRecord, SimRecord, DeviceRecord, IpRecord)


def _customer(row: Sequence[Any], at: int) -> _Customer:
    return _Customer(row[at], row[at + 1], row[at + 2], row[at + 3], bool(row[at + 4]))


def _address(row: Sequence[Any], at: int) -> _Address | None:
    if row[at + 6] is None:  # valid_from: no address joined
        return None
    return _Address(*row[at : at + ADDRESS_WIDTH])


class _AddressPicker:
    """Each customer's address at the window's start (or, failing that, the latest one)."""

    def __init__(self, window: _Window) -> None:
        self.window = window
        self.chosen: dict[int, tuple[tuple[int, datetime], _Address]] = {}

    def offer(self, customer_id: int, address: _Address | None) -> None:
        if address is None:
            return
        moment = self.window.lo
        if address.valid_from <= moment and (address.valid_to is None or address.valid_to > moment):
            rank = 2
        else:
            rank = 1 if address.valid_from <= self.window.hi else 0
        key = (rank, address.valid_from)
        current = self.chosen.get(customer_id)
        if current is None or key > current[0]:
            self.chosen[customer_id] = (key, address)

    def get(self, customer_id: int) -> _Address | None:
        found = self.chosen.get(customer_id)
        return found[1] if found else None


def _grouped(
    rows: list[list[Any]],
    record: type[Record],
    picker: _AddressPicker,
    keys: tuple[int, ...] = (0,),
) -> list[tuple[Record, _Customer]]:
    """One (record, customer) per distinct record, in order; each row offers its address."""
    width = len(record._fields)
    records: dict[Any, tuple[Record, _Customer]] = {}
    for row in rows:
        key = tuple(row[k] for k in keys)
        entry = records.get(key)
        if entry is None:
            entry = records[key] = (record._make(row[:width]), _customer(row, width))
        picker.offer(entry[1].id, _address(row, width + CUSTOMER_WIDTH))
    return list(records.values())


def _match(
    customer: _Customer,
    picker: _AddressPicker,
    window: _Window,
    *,
    via: str,
    number: str | None,
    service_type: str | None,
    valid: tuple[datetime | None, datetime | None],
    detail: str = "",
    ported: tuple[str | None, str | None] = (None, None),
    neighbours: tuple[str | None, str | None] = (None, None),
) -> SubscriberMatch:
    address = picker.get(customer.id) or NO_ADDRESS
    overlap = window.overlap(*valid)
    return SubscriberMatch(
        customer_key=customer.id,
        customer_id=customer.ref,
        name=customer.name,
        customer_kind=customer.kind,
        street=address.street,
        house_number=address.house_number,
        house_number_suffix=address.house_number_suffix,
        postcode=address.postcode,
        town=address.town,
        country=address.country,
        number=number,
        service_type=service_type,
        valid_from=valid[0],
        valid_to=valid[1],
        overlap_from=overlap[0],
        overlap_to=overlap[1],
        secret_number=not customer.listed,
        via=via,
        detail=detail,
        ported_in_from=ported[0],
        ported_out_to=ported[1],
        previous_holder=neighbours[0],
        next_holder=neighbours[1],
    )
