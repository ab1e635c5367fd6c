"""A data-subject request as given (form or file), its deadline (AVG 12(3)) and CSV-safe cells."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lawfulreq.clock import parse_time
from lawfulreq.domain.enums import (
    DsarStatus,
)
from lawfulreq.errors import ValidationError
from lawfulreq.services.secrecy import add_months

KINDS = ("access", "rectification", "erasure", "restriction", "portability", "objection")
IDENTITY_METHODS = ("id_document_seen", "known_email", "signed_letter", "in_person")
# AVG art. 12(3): one month after receipt, extendable by two further months with reasons.
ANSWER_MONTHS = 1
EXTENSION_MONTHS = 2
REF_PREFIX = "AV"
OPEN_DSAR = frozenset({DsarStatus.RECEIVED, DsarStatus.IN_PROGRESS, DsarStatus.EXTENDED})
# Sv 126ni: a preservation order keeps data at most 90 days.
PRESERVATION_DAYS = 90
PRESERVATION_BASES = frozenset({"PRESERVATION"})
DEFAULT_NECESSITY_NOTE = (
    "Vermelding zou het lopende onderzoek kunnen schaden; de geheimhouding geldt zolang de "
    "vlag actief is. Bij opheffing van de vlag krijgt een volgend verzoek de volledige lijst."
)
# Cells a spreadsheet would read as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def due_for(received_at: datetime) -> datetime:
    """AVG 12(3): one calendar month after receipt (31 January -> end of February)."""
    return add_months(received_at, ANSWER_MONTHS)


def csv_safe(value: object) -> str:
    """A CSV cell no spreadsheet runs as a formula: a leading = + - @ tab or CR gets a quote."""
    cell = "" if value is None else str(value)
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


@dataclass(frozen=True)
class DsarInput:
    kind: str
    customer_ref: str
    requester_name: str
    received_at: datetime
    identity_method: str
    identity_notes: str = ""
    requester_email: str = ""
    requester_phone: str = ""


def parse_dsar_file(doc: Any) -> DsarInput:
    """The access-request file of the contract (`dsar new FILE.json`)."""
    if not isinstance(doc, Mapping):
        raise ValidationError("the request file must hold a JSON object", code="bad_file")
    requester = doc.get("requester") or {}
    identity = doc.get("identity_check") or {}
    if not isinstance(requester, Mapping) or not isinstance(identity, Mapping):
        raise ValidationError("requester and identity_check are objects", code="bad_file")
    received = doc.get("received_at")
    if not isinstance(received, str):
        raise ValidationError("received_at: required", code="required", field="received_at")
    return DsarInput(
        kind=str(doc.get("kind", "")),
        customer_ref=str(doc.get("customer_id", "") or ""),
        requester_name=str(requester.get("name", "") or ""),
        requester_email=str(requester.get("email", "") or ""),
        requester_phone=str(requester.get("phone", "") or ""),
        received_at=parse_time(received, field="received_at"),
        identity_method=str(identity.get("method", "") or ""),
        identity_notes=str(identity.get("notes", "") or ""),
    )


def validate(data: DsarInput) -> None:
    def need(ok: bool, field: str, message: str) -> None:
        if not ok:
            raise ValidationError(f"{field}: {message}", code="invalid", field=field)

    need(data.kind in KINDS, "kind", f"one of {', '.join(KINDS)}")
    need(bool(data.customer_ref.strip()), "customer_id", "required")
    need(bool(data.requester_name.strip()), "requester.name", "required")
    need(
        data.identity_method in IDENTITY_METHODS,
        "identity_check.method",
        f"one of {', '.join(IDENTITY_METHODS)}",
    )
