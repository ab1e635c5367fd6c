"""Enumerations of the domain; their string values are the contract's names."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FG = "fg"
    OFFICER = "officer"
    AUDITOR = "auditor"


class AuthorityType(StrEnum):
    POLICE = "police"
    PROSECUTOR = "prosecutor"
    INTELLIGENCE = "intelligence"
    TAX = "tax"
    SUPERVISOR = "supervisor"
    EMERGENCY = "emergency"
    FOREIGN = "foreign"


class IssuerRole(StrEnum):
    INVESTIGATING_OFFICER = "investigating_officer"
    PROSECUTOR = "prosecutor"
    EXAMINING_JUDGE = "examining_judge"
    INTELLIGENCE_SERVICE = "intelligence_service"
    TAX_INSPECTOR = "tax_inspector"
    SUPERVISOR = "supervisor"
    EMERGENCY_CENTRE = "emergency_centre"


class Channel(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"
    ELECTRONIC = "electronic"


class DataCategory(StrEnum):
    SUBSCRIBER = "subscriber"
    TRAFFIC = "traffic"
    LOCATION = "location"
    STORED = "stored"
    SENSITIVE = "sensitive"
    CONTENT = "content"
    PRESERVATION = "preservation"
    INTERCEPTION = "interception"
    # Customers' calls with the provider's staff, kept 4 months (privacy statement section 7).
    RECORDINGS = "recordings"


class Delivery(StrEnum):
    """How the data are to be delivered (126ne: real-time or periodic needs the RC)."""

    ONCE = "once"
    PERIODIC = "periodic"
    REALTIME = "realtime"


class CaseStatus(StrEnum):
    RECEIVED = "received"
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    UNDER_REVIEW = "under_review"
    ON_HOLD = "on_hold"
    APPROVED = "approved"
    DISCLOSED = "disclosed"
    CLOSED = "closed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


OPEN_STATUSES: frozenset[CaseStatus] = frozenset(
    {
        CaseStatus.RECEIVED,
        CaseStatus.AWAITING_CONFIRMATION,
        CaseStatus.UNDER_REVIEW,
        CaseStatus.ON_HOLD,
        CaseStatus.APPROVED,
    }
)


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class ServiceType(StrEnum):
    MOBILE = "mobile"
    FIXED = "fixed"
    INTERNET = "internet"
    VOIP = "voip"
    CLOUD_PBX = "cloud_pbx"


class TargetKind(StrEnum):
    PHONE_NUMBER = "phone_number"
    IMSI = "imsi"
    IMEI = "imei"
    ICCID = "iccid"
    IBAN = "iban"
    EMAIL = "email"
    IP = "ip"
    POSTCODE_HOUSE_NUMBER = "postcode_house_number"
    CUSTOMER_ID = "customer_id"
    NAME = "name"


class DisclosureDecision(StrEnum):
    DELIVER = "deliver"
    NOT_AVAILABLE = "not_available"
    REFUSED = "refused"
    WITHHELD = "withheld"


class DisclosureStatus(StrEnum):
    DRAFT = "draft"
    PREPARED = "prepared"
    APPROVED = "approved"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class DsarStatus(StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    EXTENDED = "extended"
    ANSWERED = "answered"
    REJECTED = "rejected"


class ImportStatus(StrEnum):
    """How an import run ended; only IMPORTED changed the database."""

    IMPORTED = "imported"
    DRY_RUN = "dry_run"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class VerificationMethod(StrEnum):
    CALL_BACK = "call_back"
    KNOWN_EMAIL_DOMAIN = "known_email_domain"
    IN_PERSON = "in_person"
    SIGNED_ELECTRONIC = "signed_electronic"


class DocumentKind(StrEnum):
    DEMAND = "demand"
    WRITTEN_CONFIRMATION = "written_confirmation"
    RC_AUTHORISATION = "rc_authorisation"
    REPORT = "report"
    EVIDENCE = "evidence"
    OTHER = "other"
