"""Translated display names for the domain's enumerations, shared by every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lawfulreq.domain.enums import CaseStatus, Role, VerificationMethod

translate = QCoreApplication.translate


def role_label(role: Role | str) -> str:
    names = {
        Role.FG: translate("Labels", "Data Protection Officer (FG)"),
        Role.OFFICER: translate("Labels", "Officer"),
        Role.AUDITOR: translate("Labels", "Auditor"),
    }
    return names.get(Role(role), str(role))


def status_label(status: CaseStatus | str) -> str:
    names = {
        CaseStatus.RECEIVED: translate("Labels", "Received"),
        CaseStatus.AWAITING_CONFIRMATION: translate("Labels", "Awaiting confirmation"),
        CaseStatus.UNDER_REVIEW: translate("Labels", "Under review"),
        CaseStatus.ON_HOLD: translate("Labels", "On hold"),
        CaseStatus.APPROVED: translate("Labels", "Approved"),
        CaseStatus.DISCLOSED: translate("Labels", "Disclosed"),
        CaseStatus.CLOSED: translate("Labels", "Closed"),
        CaseStatus.REJECTED: translate("Labels", "Rejected"),
        CaseStatus.WITHDRAWN: translate("Labels", "Withdrawn"),
    }
    return names.get(CaseStatus(status), str(status))


def verification_label(method: VerificationMethod | str) -> str:
    """How the requester was checked, in words (every method of the enum has one)."""
    names = {
        VerificationMethod.CALL_BACK: translate("Labels", "Called back on the register's number"),
        VerificationMethod.KNOWN_EMAIL_DOMAIN: translate("Labels", "Known e-mail domain"),
        VerificationMethod.IN_PERSON: translate("Labels", "In person"),
        VerificationMethod.SIGNED_ELECTRONIC: translate(
            "Labels", "Electronically signed demand (signature checked)"
        ),
    }
    return names.get(VerificationMethod(method), str(method))
