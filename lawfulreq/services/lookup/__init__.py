"""Subscriber lookup at a moment or over a period, for a case whose legal basis allows it.

The package: `query` (parsing), `results` (DTOs), `window` (time windows), `ip` (IP
candidates), `sql` (statements compiled once per dialect), `rows` (typed rows and DTO
building) and `service` (LookupService). Everything callers used from the former module
`lawfulreq.services.lookup` is still importable from here.
"""

from __future__ import annotations

from lawfulreq.services.lookup.ip import (
    IP_SLOTS,
    _candidate_ints,
    _candidate_texts,
    ip_slots,
    ip_values,
)
from lawfulreq.services.lookup.query import ParsedQuery, detect, parse_query
from lawfulreq.services.lookup.results import (
    Holder,
    LookupCase,
    LookupResult,
    NotAvailable,
    SubscriberMatch,
    UsageRow,
)
from lawfulreq.services.lookup.rows import _AddressPicker, _Customer, _match
from lawfulreq.services.lookup.service import LookupService
from lawfulreq.services.lookup.sql import (
    MAX_MATCHES,
    MAX_NAME_MATCHES,
    MAX_USAGE_ROWS,
    RETENTION_SETTING,
    LookupSql,
    _bounds,
    lookup_sql,
)
from lawfulreq.services.lookup.window import _Window

__all__ = [
    "IP_SLOTS",
    "MAX_MATCHES",
    "MAX_NAME_MATCHES",
    "MAX_USAGE_ROWS",
    "RETENTION_SETTING",
    "Holder",
    "LookupCase",
    "LookupResult",
    "LookupService",
    "LookupSql",
    "NotAvailable",
    "ParsedQuery",
    "SubscriberMatch",
    "UsageRow",
    "_AddressPicker",
    "_Customer",
    "_Window",
    "_bounds",
    "_candidate_ints",
    "_candidate_texts",
    "_match",
    "detect",
    "ip_slots",
    "ip_values",
    "lookup_sql",
    "parse_query",
]
