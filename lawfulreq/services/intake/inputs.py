"""A demand as the intake form or a case file gives it; the form errors that make it unreadable."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from lawfulreq.domain.enums import (
    Channel,
    DataCategory,
    Delivery,
    IssuerRole,
)
from lawfulreq.errors import ValidationError

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
BSN_TARGET_PROBLEM = "a citizen service number (BSN), masked: the provider may not store one"
REF_PREFIX = "LR"


@dataclass(frozen=True)
class VerificationInput:
    method: str
    details: str = ""


@dataclass(frozen=True)
class DocumentInput:
    filename: str
    media_type: str
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class CaseInput:
    """A demand as the intake form or case file gives it; validate() says what is wrong."""

    authority_name: str
    authority_type: str
    requester_name: str
    issuer_role: str
    legal_basis: str
    channel: str
    received_at: datetime
    data_categories: tuple[str, ...]
    targets: tuple[str, ...]
    authority_id: int | None = None
    requester_id: int | None = None
    requester_phone: str = ""
    requester_email: str = ""
    authority_reference: str = ""
    parket_number: str = ""
    due_at: datetime | None = None
    rc_authorisation_date: date | None = None
    rc_judge: str = ""
    period_from: datetime | None = None
    period_to: datetime | None = None
    emergency: bool = False
    emergency_reason: str = ""
    notes: str = ""
    written_confirmation_at: datetime | None = None
    verifications: tuple[VerificationInput, ...] = ()
    document: DocumentInput | None = None
    delivery: str = Delivery.ONCE.value
    wiv_minister_date: date | None = None
    wiv_tib_date: date | None = None
    foreign_origin: str = ""


# Free-text fields that may carry a BSN; the intake masks each before anything is stored.
TEXT_FIELDS = (
    "authority_reference",
    "parket_number",
    "rc_judge",
    "requester_name",
    "emergency_reason",
    "notes",
    "foreign_origin",
)


def need(condition: bool, field_name: str, message: str, code: str = "invalid") -> None:
    if not condition:
        raise ValidationError(f"{field_name}: {message}", code=code, field=field_name)


def validate(data: CaseInput) -> None:
    """Form errors that make a demand unreadable (not legal findings: those come from rules)."""
    need(
        bool(data.authority_name.strip()) or data.authority_id is not None,
        "authority.name",
        "required",
    )
    need(
        bool(data.requester_name.strip()) or data.requester_id is not None,
        "requester.name",
        "required",
    )
    roles = {r.value for r in IssuerRole}
    need(data.issuer_role in roles, "issuer_role", f"use one of {', '.join(sorted(roles))}")
    channels = {c.value for c in Channel}
    need(data.channel in channels, "channel", f"use one of {', '.join(sorted(channels))}")
    categories = {c.value for c in DataCategory}
    unknown = [c for c in data.data_categories if c not in categories]
    need(
        not unknown,
        "data_categories",
        f"unknown {unknown}; use {', '.join(c.value for c in DataCategory)}",
    )
    need(bool(data.data_categories), "data_categories", "name at least one category")
    deliveries = [d.value for d in Delivery]
    need(data.delivery in deliveries, "delivery", f"use one of {', '.join(deliveries)}")
    if data.wiv_minister_date and data.wiv_tib_date:
        need(
            data.wiv_tib_date >= data.wiv_minister_date,
            "wiv_approvals.tib",
            "the TIB reviews the minister's permission, so it cannot be dated before it",
        )
    need(len(data.foreign_origin) <= 200, "foreign_origin", "at most 200 characters")
    need(bool([t for t in data.targets if t.strip()]), "targets", "name at least one target")
    need(
        not data.emergency or bool(data.emergency_reason.strip()),
        "emergency_reason",
        "an emergency demand needs its reason recorded",
    )
    if data.period_from and data.period_to:
        need(data.period_from <= data.period_to, "period", "'from' is after 'to'")
    if data.due_at is not None:
        need(data.due_at > data.received_at, "due_at", "the deadline is before receipt")
    if data.document is not None:
        need(
            0 < len(data.document.content) <= MAX_DOCUMENT_BYTES,
            "document",
            f"must be 1 byte to {MAX_DOCUMENT_BYTES // 1024 // 1024} MB",
        )
        need(bool(data.document.filename.strip()), "document.filename", "required")
