"""What the case service returns: summaries, the whole case, deadlines, filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from lawfulreq.domain.enums import OPEN_STATUSES, CaseStatus
from lawfulreq.rules import workflow
from lawfulreq.services.authorities import (
    AuthorityView,
    ContactView,
    VerificationView,
)
from lawfulreq.services.catalogue import LegalBasisView


@dataclass(frozen=True)
class Deadline:
    """Time left on a case; on hold the clock stands still at the moment the hold began."""

    due_at: datetime | None
    time_left: timedelta | None
    paused: bool

    @property
    def overdue(self) -> bool:
        return self.time_left is not None and self.time_left < timedelta(0)

    @property
    def days_left(self) -> int | None:
        return None if self.time_left is None else self.time_left.days

    @property
    def hours_left(self) -> int | None:
        if self.time_left is None:
            return None
        return int(self.time_left.total_seconds() // 3600)


def deadline(
    due_at: datetime | None, status: CaseStatus, hold_started_at: datetime | None, now: datetime
) -> Deadline:
    if due_at is None or status not in OPEN_STATUSES:
        return Deadline(due_at, None, paused=False)
    paused = status in workflow.PAUSED and hold_started_at is not None
    reference = hold_started_at if paused and hold_started_at is not None else now
    return Deadline(due_at, due_at - reference, paused=paused)


@dataclass(frozen=True)
class CaseSummary:
    id: int
    ref: str
    status: CaseStatus
    legal_basis: str
    authority: str
    received_at: datetime
    due_at: datetime | None
    secrecy: bool
    emergency: bool
    owner_id: int | None
    authority_reference: str
    owner: str = ""
    deadline: Deadline | None = None


class CaseSort(StrEnum):
    REF = "ref"
    STATUS = "status"
    LEGAL_BASIS = "legal_basis"
    AUTHORITY = "authority"
    RECEIVED_AT = "received_at"
    DUE_AT = "due_at"
    OWNER = "owner"


@dataclass(frozen=True)
class CaseFilter:
    statuses: frozenset[CaseStatus] = frozenset()
    open_only: bool = False
    owner_id: int | None = None
    authority_id: int | None = None
    legal_basis_code: str | None = None
    text: str = ""
    due_before: datetime | None = None
    due_from: datetime | None = None
    emergency: bool | None = None


@dataclass(frozen=True)
class TargetView:
    id: int
    position: int
    kind: str
    raw: str
    normalised: str
    valid: bool
    problem: str


@dataclass(frozen=True)
class DocumentView:
    id: int
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    uploaded_by: str
    uploaded_at: datetime


@dataclass(frozen=True)
class DocumentContent:
    view: DocumentView
    content: bytes


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    reason: str
    details: dict[str, Any]


@dataclass(frozen=True)
class UserChoice:
    id: int
    username: str
    display_name: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    ref: str
    status: CaseStatus
    version: int
    authority: AuthorityView
    requester: ContactView | None
    issuer_role: str
    legal_basis: LegalBasisView
    authority_reference: str
    parket_number: str
    channel: str
    received_at: datetime
    deadline: Deadline
    written_confirmation_at: datetime | None
    rc_authorisation_date: date | None
    rc_judge: str
    data_categories: tuple[str, ...]
    period_from: datetime | None
    period_to: datetime | None
    emergency: bool
    emergency_reason: str
    notes: str
    owner_id: int | None
    owner: str
    paused_seconds: int
    targets: tuple[TargetView, ...]
    documents: tuple[DocumentView, ...]
    verifications: tuple[VerificationView, ...]
    allowed_moves: tuple[CaseStatus, ...]
    created_at: datetime
    updated_at: datetime
    delivery: str = "once"
    wiv_minister_date: date | None = None
    wiv_tib_date: date | None = None
    foreign_origin: str = ""

    @property
    def due_at(self) -> datetime | None:
        return self.deadline.due_at

    @property
    def secrecy(self) -> bool:
        return self.legal_basis.secrecy_applies
