"""The lookup's results as frozen DTOs, and their JSON forms."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, NamedTuple

from lawfulreq.domain.enums import (
    CaseStatus,
    DataCategory,
)
from lawfulreq.services.lookup.query import ParsedQuery

# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Holder:
    """One holder in an identifier's history."""

    customer_id: str
    name: str
    valid_from: datetime | None
    valid_to: datetime | None
    ported_in_from: str | None = None
    ported_out_to: str | None = None
    detail: str = ""


class SubscriberMatch(NamedTuple):
    """The Telecommunicatiewet data set of one holder, with how and when it matched.

    Immutable like the other DTOs, but a NamedTuple: a name search builds hundreds, and a
    frozen dataclass's __init__ (one object.__setattr__ per field) costs seven times as much.
    """

    customer_key: int
    customer_id: str
    name: str
    customer_kind: str
    street: str
    house_number: str
    house_number_suffix: str
    postcode: str
    town: str
    country: str
    number: str | None
    service_type: str | None
    valid_from: datetime | None
    valid_to: datetime | None
    overlap_from: datetime | None
    overlap_to: datetime | None
    secret_number: bool
    via: str
    detail: str = ""
    ported_in_from: str | None = None
    ported_out_to: str | None = None
    previous_holder: str | None = None
    next_holder: str | None = None

    def as_json(self) -> dict[str, Any]:
        body = self._asdict()
        body.pop("customer_key")
        return body


@dataclass(frozen=True)
class UsageRow:
    start_time: datetime
    duration_s: int
    a_number: str
    b_number: str
    direction: str
    service_type: str
    imsi: str | None
    imei: str | None
    cell_id: str | None


@dataclass(frozen=True)
class NotAvailable:
    """A part of the asked period beyond retention: answered "not available", naming the rule."""

    period_from: datetime | None
    period_to: datetime
    retention_months: int
    rule: str


@dataclass(frozen=True)
class LookupResult:
    query: ParsedQuery
    case_ref: str
    at: datetime | None
    period_from: datetime | None
    period_to: datetime | None
    matches: tuple[SubscriberMatch, ...] = ()
    history: tuple[Holder, ...] = ()
    usage: tuple[UsageRow, ...] = ()
    not_available: NotAvailable | None = None
    usage_requested: bool = False
    truncated: bool = False

    @property
    def count(self) -> int:
        return len(self.usage) if self.usage_requested else len(self.matches)

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "query": self.query.as_json(),
            "case": self.case_ref,
            "at": self.at,
            "from": self.period_from,
            "to": self.period_to,
            "matches": [m.as_json() for m in self.matches],
            "history": [asdict(h) for h in self.history],
        }
        if self.usage_requested:
            body["usage"] = [asdict(u) for u in self.usage]
            body["not_available"] = asdict(self.not_available) if self.not_available else None
        if self.truncated:
            body["truncated"] = True
        return body


@dataclass(frozen=True)
class LookupCase:
    """An open case and what its legal basis lets a lookup return."""

    id: int
    ref: str
    status: CaseStatus
    legal_basis: str
    allowed_categories: tuple[str, ...]

    @property
    def allows_subscriber(self) -> bool:
        return DataCategory.SUBSCRIBER.value in self.allowed_categories

    @property
    def allows_usage(self) -> bool:
        return DataCategory.TRAFFIC.value in self.allowed_categories


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value
