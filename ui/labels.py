"""Translated display names for the domain's enumerations, shared by every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lawfulreq.domain.enums import CaseStatus, Role

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
