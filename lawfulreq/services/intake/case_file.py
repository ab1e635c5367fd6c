"""A JSON case file (`lawfulreq case new FILE.json`) read into a `CaseInput`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from lawfulreq.clock import parse_time
from lawfulreq.domain.enums import (
    Delivery,
)
from lawfulreq.errors import ValidationError
from lawfulreq.services.intake.inputs import CaseInput, VerificationInput, need, validate


def _text(doc: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = doc.get(key)
    if value is None:
        need(not required, where, "required", "required")
        return ""
    need(isinstance(value, str), where, f"must be text, not {type(value).__name__}")
    return str(value)


def _time(doc: Mapping[str, Any], key: str, where: str) -> datetime | None:
    value = doc.get(key)
    if value is None or value == "":
        return None
    need(isinstance(value, str), where, "must be an ISO 8601 date-time text")
    return parse_time(str(value), field=where)


def _object(doc: Mapping[str, Any], key: str, *, required: bool = False) -> Mapping[str, Any]:
    value = doc.get(key)
    if value is None:
        need(not required, key, "required", "required")
        return {}
    need(isinstance(value, dict), key, "must be an object")
    return dict(value)


def _strings(doc: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = doc.get(key)
    need(isinstance(value, list), key, "must be a list of texts", "required")
    assert isinstance(value, list)
    for i, item in enumerate(value):
        need(isinstance(item, str), f"{key}[{i}]", "must be text")
    return tuple(str(v) for v in value)


def _date(doc: Mapping[str, Any], key: str, where: str) -> date | None:
    value = doc.get(key)
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(
            f"{where}: '{value}' is not a date (YYYY-MM-DD)", code="invalid", field=where
        ) from exc


def parse_case_file(doc: Any) -> CaseInput:
    """The contract's case file (dict from JSON) as a CaseInput; errors name the field."""
    need(isinstance(doc, dict), "(file)", "the case file must be a JSON object")
    authority = _object(doc, "authority", required=True)
    requester = _object(doc, "requester", required=True)
    rc = _object(doc, "rc_authorisation")
    period = _object(doc, "period")
    rc_date: date | None = None
    if rc.get("date"):
        raw = rc["date"]
        try:
            rc_date = date.fromisoformat(str(raw))
        except ValueError as exc:
            raise ValidationError(
                f"rc_authorisation.date: '{raw}' is not a date (YYYY-MM-DD)",
                field="rc_authorisation.date",
            ) from exc
    received = _time(doc, "received_at", "received_at")
    need(received is not None, "received_at", "required", "required")
    assert received is not None
    emergency = doc.get("emergency", False)
    need(isinstance(emergency, bool), "emergency", "must be true or false")
    wiv = _object(doc, "wiv_approvals")
    unknown_wiv = sorted(set(wiv) - {"minister", "tib"})
    need(not unknown_wiv, "wiv_approvals", f"unknown {unknown_wiv}; use minister and tib")
    delivery = doc.get("delivery") or Delivery.ONCE.value
    need(isinstance(delivery, str), "delivery", "must be text: once, periodic or realtime")
    verifications: list[VerificationInput] = []
    raw_verification = doc.get("verification")
    if raw_verification is not None:
        v = _object(doc, "verification")
        verifications.append(
            VerificationInput(
                _text(v, "method", "verification.method", required=True),
                _text(v, "details", "verification.details"),
            )
        )
    data = CaseInput(
        authority_name=_text(authority, "name", "authority.name", required=True),
        authority_type=_text(authority, "type", "authority.type", required=True),
        requester_name=_text(requester, "name", "requester.name", required=True),
        requester_phone=_text(requester, "phone", "requester.phone"),
        requester_email=_text(requester, "email", "requester.email"),
        issuer_role=_text(doc, "issuer_role", "issuer_role", required=True),
        legal_basis=_text(doc, "legal_basis", "legal_basis", required=True).strip().lower(),
        authority_reference=_text(doc, "authority_reference", "authority_reference"),
        parket_number=_text(doc, "parket_number", "parket_number"),
        channel=_text(doc, "channel", "channel", required=True),
        received_at=received,
        due_at=_time(doc, "due_at", "due_at"),
        rc_authorisation_date=rc_date,
        rc_judge=_text(rc, "judge", "rc_authorisation.judge"),
        data_categories=_strings(doc, "data_categories"),
        period_from=_time(period, "from", "period.from"),
        period_to=_time(period, "to", "period.to"),
        targets=_strings(doc, "targets"),
        emergency=emergency,
        emergency_reason=_text(doc, "emergency_reason", "emergency_reason"),
        notes=_text(doc, "notes", "notes"),
        written_confirmation_at=_time(doc, "written_confirmation_at", "written_confirmation_at"),
        verifications=tuple(verifications),
        delivery=str(delivery),
        wiv_minister_date=_date(wiv, "minister", "wiv_approvals.minister"),
        wiv_tib_date=_date(wiv, "tib", "wiv_approvals.tib"),
        foreign_origin=_text(doc, "foreign_origin", "foreign_origin"),
    )
    validate(data)
    return data
