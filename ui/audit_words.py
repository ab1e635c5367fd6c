"""An audit event's details in words, for the audit log and a case's history timeline.

The details are what the services wrote (keys and values of `AuditEvent.details`): a reader
sees a caption and a value in the UI's language, never a key, a code or raw JSON. A key
nobody named here still reads as words (underscores as spaces); an empty value is left out.
The strings keep the translation context of the audit-log screen they came from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from lawfulreq.domain.enums import CaseStatus
from ui.formats import date_time_text
from ui.labels import (
    basis_short,
    delivery_channel_label,
    document_kind_label,
    finding_title,
    regime_label,
    role_label,
    status_label,
    target_kind_label,
    verification_label,
)

translate = QCoreApplication.translate


def details_text(details: Mapping[str, object]) -> str:
    """An event's details as "Key: value" lines a reader understands (not raw JSON)."""
    return "\n".join(_detail_lines(details, ""))


def _detail_lines(details: Mapping[str, object], indent: str) -> list[str]:
    lines: list[str] = []
    for key in sorted(details):
        value = details[key]
        if is_empty(value):
            continue
        caption = detail_key_text(key)
        if isinstance(value, Mapping):
            lines.append(f"{indent}{caption}:")
            lines += _detail_lines(value, indent + "    ")
        else:
            lines.append(f"{indent}{caption}: {detail_value_text(key, value)}")
    return lines


def is_empty(value: object) -> bool:
    """Nothing to say: "", an empty list or mapping (a 0 or a "no" does say something)."""
    return value is None or (isinstance(value, str | list | tuple | Mapping) and not value)


def detail_key_text(key: str) -> str:
    """A detail's name in words; an unknown one with its underscores read as spaces."""
    return _key_names().get(key) or key.replace("_", " ").capitalize()


def _key_names() -> dict[str, str]:
    return {
        "from": translate("AuditLogScreen", "From"),
        "to": translate("AuditLogScreen", "To"),
        "reason": translate("AuditLogScreen", "Reason"),
        "code": translate("AuditLogScreen", "Finding"),
        "subject": translate("AuditLogScreen", "Concerns"),
        "count": translate("AuditLogScreen", "Number"),
        "events": translate("AuditLogScreen", "Events"),
        "first_broken": translate("AuditLogScreen", "First broken event"),
        "head_hash": translate("AuditLogScreen", "Last hash"),
        "ok": translate("AuditLogScreen", "Intact"),
        "query": translate("AuditLogScreen", "Query"),
        "kind": translate("AuditLogScreen", "Kind"),
        "matches": translate("AuditLogScreen", "Matches"),
        "at": translate("AuditLogScreen", "Moment"),
        "period_from": translate("AuditLogScreen", "Period from"),
        "period_to": translate("AuditLogScreen", "Period until"),
        "file": translate("AuditLogScreen", "File"),
        "filename": translate("AuditLogScreen", "File"),
        "rows": translate("AuditLogScreen", "Rows"),
        "role": translate("AuditLogScreen", "Role"),
        "username": translate("AuditLogScreen", "User name"),
        "key": translate("AuditLogScreen", "Setting"),
        "value": translate("AuditLogScreen", "Value"),
        "old": translate("AuditLogScreen", "Old value"),
        "new": translate("AuditLogScreen", "New value"),
        "legal_basis": translate("AuditLogScreen", "Legal basis"),
        "basis": translate("AuditLogScreen", "Legal basis"),
        "version": translate("AuditLogScreen", "Version"),
        "method": translate("AuditLogScreen", "Method"),
        "cases": translate("AuditLogScreen", "Cases"),
        "subscribers": translate("AuditLogScreen", "Subscribers"),
        "seed": translate("AuditLogScreen", "Seed"),
        "target": translate("AuditLogScreen", "Target"),
        "items": translate("AuditLogScreen", "Items"),
        "channel": translate("AuditLogScreen", "Channel"),
        "recipient": translate("AuditLogScreen", "Recipient"),
        "ground": translate("AuditLogScreen", "Ground"),
        "status": translate("AuditLogScreen", "Status"),
        "problem": translate("AuditLogScreen", "Problem"),
        # Intake and documents.
        "basis_version": translate("AuditLogScreen", "Version of the legal rule"),
        "bsn_masked": translate("AuditLogScreen", "Citizen service numbers masked"),
        "bsn_masked_fields": translate("AuditLogScreen", "Masked in"),
        "findings": translate("AuditLogScreen", "Findings"),
        "targets": translate("AuditLogScreen", "Targets"),
        "size": translate("AuditLogScreen", "Size"),
        "regime": translate("AuditLogScreen", "Who notifies"),
        "demo": translate("AuditLogScreen", "Demo account"),
        "usage_per_customer": translate("AuditLogScreen", "Call records per customer"),
        # Counts of what the demo wrote, by table.
        "demand_case": translate("AuditLogScreen", "Cases"),
        "case_target": translate("AuditLogScreen", "Targets"),
        "case_transition": translate("AuditLogScreen", "Case moves"),
        "non_notification_flag": translate("AuditLogScreen", "Secrecy flags"),
        "disclosure": translate("AuditLogScreen", "Disclosures"),
        "data_subject_request": translate("AuditLogScreen", "Access requests"),
        "customer": translate("AuditLogScreen", "Customers"),
        "customer_address": translate("AuditLogScreen", "Addresses"),
        "device_observation": translate("AuditLogScreen", "Handsets seen"),
        "ip_assignment": translate("AuditLogScreen", "IP address assignments"),
        "number_assignment": translate("AuditLogScreen", "Number assignments"),
        "sim_card": translate("AuditLogScreen", "SIM cards"),
        "usage_record": translate("AuditLogScreen", "Call and data records"),
        "app_user": translate("AuditLogScreen", "Users"),
        "authority": translate("AuditLogScreen", "Authorities"),
        "authority_contact": translate("AuditLogScreen", "Contacts at authorities"),
        "organisation": translate("AuditLogScreen", "Organisations"),
        "setting": translate("AuditLogScreen", "Settings"),
        "bases": translate("AuditLogScreen", "Legal rules"),
        # Reports.
        "lang": translate("HistoryTimeline", "Language"),
        "pages": translate("HistoryTimeline", "Pages"),
    }


def detail_value_text(key: str, value: object) -> str:
    """A detail's value in words: statuses, findings, kinds and methods by name, moments in
    the UI's date format, sizes in bytes."""
    if isinstance(value, list | tuple):
        return ", ".join(detail_value_text(key, v) for v in value)
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("AuditLogScreen", "yes") if value else translate("AuditLogScreen", "no")
    text = str(value)
    if key == "size" and isinstance(value, int):
        return translate("AuditLogScreen", "{size} bytes").format(size=QLocale().toString(value))
    words = _VALUE_WORDS.get(key)
    return words(text) if words is not None else text


def _status_text(text: str) -> str:
    return status_label(text) if text in {s.value for s in CaseStatus} else text


def _kind_text(text: str) -> str:
    """A report's kind, a document kind or a lookup's target kind, whichever the value is."""
    reports = {
        "disclosure": translate("HistoryTimeline", "Disclosure report"),
        "refusal": translate("HistoryTimeline", "Refusal letter"),
        "no_data": translate("HistoryTimeline", "No-data answer"),
    }
    if text in reports:
        return reports[text]
    document = document_kind_label(text)
    return document if document != text else target_kind_label(text)


def _language_text(text: str) -> str:
    names = {
        "nl": translate("HistoryTimeline", "Dutch"),
        "en": translate("HistoryTimeline", "English"),
    }
    return names.get(text, text)


def _moment_text(text: str) -> str:
    try:
        return date_time_text(datetime.fromisoformat(text))
    except ValueError:
        return text


def _masked_field_text(text: str) -> str:
    return detail_key_text(text).lower() if text in _key_names() else text.replace("_", " ")


_VALUE_WORDS: dict[str, Callable[[str], str]] = {
    "from": _status_text,
    "to": _status_text,
    "status": _status_text,
    "code": finding_title,
    "findings": finding_title,
    "at": _moment_text,
    "period_from": _moment_text,
    "period_to": _moment_text,
    "kind": _kind_text,
    "method": verification_label,
    "legal_basis": basis_short,
    "basis": basis_short,
    "regime": regime_label,
    "role": role_label,
    "channel": delivery_channel_label,
    "bsn_masked_fields": _masked_field_text,
    "lang": _language_text,
}
