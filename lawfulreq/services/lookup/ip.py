"""IP candidates: every stored prefix that can hold an address, found with one IN list."""

from __future__ import annotations

import ipaddress
from typing import Any

# Statements for IN lists of these lengths; the candidates are padded to the next one up.
# An address has at most 33 (IPv4) or 129 (IPv6) candidates, usually a dozen or two.
IP_SLOTS = (8, 16, 33, 64, 129)


def ip_slots(candidates: int) -> int:
    return next(n for n in IP_SLOTS if n >= candidates)


_IP_NAMES = {
    slots: (tuple(f"ip{i}" for i in range(slots)), tuple(f"len{i}" for i in range(slots)))
    for slots in IP_SLOTS
}


def ip_values(
    network: ipaddress.IPv4Network | ipaddress.IPv6Network, port: int | None
) -> tuple[int, dict[str, Any], dict[str, int]]:
    """The IP statement's slot count and bind values (each candidate's text and the longest
    prefix length it is the network address for, padded with the last one); and each
    candidate text's value."""
    address = int(network.network_address)
    ints = _candidate_ints(address)
    texts = _candidate_texts(network.version, ints)
    lengths = _candidate_lengths(address, network)
    slots = ip_slots(len(texts))
    padding = slots - len(texts)
    ip_names, len_names = _IP_NAMES[slots]
    values: dict[str, Any] = dict(zip(ip_names, texts + texts[-1:] * padding, strict=True))
    values.update(zip(len_names, lengths + lengths[-1:] * padding, strict=True))
    values["port"] = port
    return slots, values, dict(zip(texts, ints, strict=True))


def _candidate_texts(version: int, ints: list[int]) -> list[str]:
    """The candidates' texts, as `ipaddress` writes them (and the importer stored them)."""
    if version == 4:
        return [".".join(map(str, v.to_bytes(4, "big"))) for v in ints]
    return _ipv6_candidates(ints[0])


def _candidate_ints(value: int) -> list[int]:
    """The distinct network addresses of every prefix that can contain the address `value`.

    Masking an address to ever shorter prefixes clears its set bits from the lowest up, so
    the candidates are the address with 0, 1, 2 ... of its lowest set bits cleared (a few
    dozen at most, looked up with one IN on the ip index).
    """
    found = [value]
    while value:
        value &= value - 1
        found.append(value)
    return found


def _candidate_lengths(
    value: int, network: ipaddress.IPv4Network | ipaddress.IPv6Network
) -> list[int]:
    """For each of `_candidate_ints(value)`, the longest prefix length it is the network of.

    The address itself serves up to the query's own length; clearing set bit b gives the
    network of every prefix that ends above b, so up to width - 1 - b.
    """
    found = [network.prefixlen]
    width = network.max_prefixlen
    while value:
        found.append(width - (value & -value).bit_length())
        value &= value - 1
    return found


def _zero_run(mask: int) -> tuple[int, int]:
    """Where "::" goes for groups whose zero ones are the set bits of `mask` (bit i = group i):
    the first longest run of two or more, as (start, end); (0, 0) for none."""
    best = (0, 0)
    start = None
    for index in range(9):
        if index < 8 and mask >> index & 1:
            start = index if start is None else start
            continue
        if start is not None and index - start > max(1, best[1] - best[0]):
            best = (start, index)
        start = None
    return best


_ZERO_RUNS = tuple(_zero_run(mask) for mask in range(256))
# ::ffff:0:0/96 (IPv4-mapped): its text form differs between Python versions.
_IPV4_MAPPED = 0xFFFF


def _ipv6_candidates(value: int) -> list[str]:
    """`_candidate_ints(value)` as `IPv6Address(v).compressed` texts, made without the objects.

    A lookup formats dozens, each differing from the one before in one bit: only that group
    is formatted again, and "::" (RFC 5952, as `ipaddress` places it) comes from a table.
    """
    groups = [(value >> shift) & 0xFFFF for shift in range(112, -16, -16)]
    hexes = [f"{group:x}" for group in groups]
    zeros = sum(1 << index for index, group in enumerate(groups) if not group)
    found: list[str] = []
    while True:
        if value >> 32 == _IPV4_MAPPED:
            found.append(ipaddress.IPv6Address(value).compressed)
        else:
            start, end = _ZERO_RUNS[zeros]
            if end:
                found.append(f"{':'.join(hexes[:start])}::{':'.join(hexes[end:])}")
            else:
                found.append(":".join(hexes))
        if not value:
            return found
        lowest = (value & -value).bit_length() - 1
        value &= value - 1
        index = 7 - lowest // 16
        groups[index] &= ~(1 << lowest % 16)
        hexes[index] = f"{groups[index]:x}"
        if not groups[index]:
            zeros |= 1 << index


def _ip_detail(ip: str, prefix_length: int, port_start: int | None, port_end: int | None) -> str:
    text = f"{ip}/{prefix_length}"
    if port_start is not None:
        text += f" ports {port_start}-{port_end}"
    return text
