"""What the access-request service returns: the request, the answer, restrictions, exports."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from lawfulreq.domain.enums import (
    DsarStatus,
)
from lawfulreq.services.dsar.inputs import OPEN_DSAR
from lawfulreq.services.dsar_pdf import (
    Lang,
)


@dataclass(frozen=True)
class DsarView:
    id: int
    ref: str
    kind: str
    customer_ref: str
    customer_name: str
    requester_name: str
    requester_contact: str
    identity_method: str
    identity_checked: str
    received_at: datetime
    due_at: datetime
    extended_until: datetime | None
    extension_reason: str
    status: DsarStatus
    paused_at: datetime | None
    pause_reason: str
    answered_at: datetime | None
    erased_at: datetime | None
    # A flag in force covers this customer: handle with care (GUI badge; never in the answer).
    secrecy: bool
    version: int

    @property
    def deadline(self) -> datetime:
        return self.extended_until or self.due_at

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    @property
    def open(self) -> bool:
        return self.status in OPEN_DSAR

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ref": self.ref,
            "kind": self.kind,
            "customer_id": self.customer_ref,
            "requester": self.requester_name,
            "received_at": self.received_at.isoformat(),
            "due_at": self.deadline.isoformat(),
            "extended": self.extended_until is not None,
            "extension_reason": self.extension_reason,
            "paused": self.paused,
            "status": self.status.value,
            "answered_at": self.answered_at.isoformat() if self.answered_at else None,
        }


@dataclass(frozen=True)
class AccessAnswer:
    pdf: bytes
    sha256: str
    recipients_listed: int
    lang: Lang
    filename: str


@dataclass(frozen=True)
class RestrictionView:
    # None: the case has no flag at all, kept secret by its basis (see kept_secret).
    flag_id: int | None
    case_ref: str
    ground: str
    necessity_note: str
    signed_off_by: str
    signed_off_at: datetime | None
    decided_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "flag_id": self.flag_id,
            "case_ref": self.case_ref,
            "ground": self.ground,
            "necessity_note": self.necessity_note,
            "signed_off_by": self.signed_off_by,
            "signed_off_at": self.signed_off_at.isoformat() if self.signed_off_at else None,
        }


@dataclass(frozen=True)
class PortableData:
    document: dict[str, Any]
    csv_text: str

    def write(self, directory: Path, stem: str) -> tuple[Path, Path]:
        """data JSON and CSV into `directory`, owner-only (0600) from the first byte."""
        directory.mkdir(parents=True, exist_ok=True)
        json_path = directory / f"{stem}.json"
        csv_path = directory / f"{stem}.csv"
        for path, body in (
            (json_path, json.dumps(self.document, ensure_ascii=False, indent=2) + "\n"),
            (csv_path, self.csv_text),
        ):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(body)
            os.chmod(path, 0o600)
        return json_path, csv_path


@dataclass(frozen=True)
class ErasurePlan:
    request_ref: str
    blocked: bool
    # Internal reasons (codes and case references): never copied into a letter while a flag
    # is in force, since naming the open case would tip off the person (AVG 23).
    reasons: tuple[str, ...]
    items: tuple[tuple[str, int], ...]
    executed: bool = False
