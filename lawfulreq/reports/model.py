"""What a report shows, as plain data: the service fills it, the PDF builder draws it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class ReportKind(StrEnum):
    DISCLOSURE = "disclosure"
    REFUSAL = "refusal"
    NO_DATA = "no_data"


@dataclass(frozen=True)
class Letterhead:
    name: str
    street: str = ""
    postcode: str = ""
    town: str = ""
    phone: str = ""
    email: str = ""
    kvk: str = ""
    fg_name: str = ""
    note: str = ""


@dataclass(frozen=True)
class SubscriberRow:
    customer_id: str
    name: str
    address: str
    number: str
    service_type: str
    valid_from: datetime | None
    valid_to: datetime | None
    secret_number: bool = False


@dataclass(frozen=True)
class UsageRowData:
    start_time: datetime
    duration_s: int
    a_number: str
    b_number: str
    direction: str
    service_type: str
    cell_id: str


@dataclass(frozen=True)
class NotAvailableStatement:
    target: str
    category: str
    period_from: datetime | None
    period_to: datetime | None
    reason: str


@dataclass(frozen=True)
class TargetResult:
    target: str
    subscribers: tuple[SubscriberRow, ...] = ()
    usage: tuple[UsageRowData, ...] = ()


@dataclass(frozen=True)
class RefusalGround:
    code: str
    article: str
    text: str


@dataclass(frozen=True)
class Attachment:
    name: str
    media_type: str
    data: bytes
    description: str
    sha256: str


@dataclass(frozen=True)
class ReportInput:
    kind: ReportKind
    lang: str
    letterhead: Letterhead
    case_ref: str
    authority: str
    authority_reference: str
    parket_number: str
    requester: str
    basis_label: str  # e.g. "art. 126n Sv" (domain.citations.cite)
    basis_title: str
    basis_law: str
    basis_code: str
    secrecy_applies: bool
    received_at: datetime
    requested_categories: tuple[str, ...]
    delivered_categories: tuple[str, ...]
    period_from: datetime | None
    period_to: datetime | None
    targets: tuple[str, ...]
    results: tuple[TargetResult, ...] = ()
    not_available: tuple[NotAvailableStatement, ...] = ()
    refusal_grounds: tuple[RefusalGround, ...] = ()
    prepared_by: str = ""
    prepared_at: datetime | None = None
    approved_by: str = ""
    approved_at: datetime | None = None
    signer: str = ""
    created_at: datetime | None = None
    attachments: tuple[Attachment, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
