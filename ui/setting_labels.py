"""Translated names of the registry's settings, keyed by setting key (the GUI's only mapping).

A setting without an entry here shows its registry description, so a new SettingSpec is
usable at once; give it a label (and a Dutch translation) to make it read well.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lawfulreq.settings_registry import (
    DEADLINE_DEFAULT_DAYS,
    DEADLINE_EMERGENCY_HOURS,
    FLAG_REVIEW_MONTHS,
    IDLE_LOCK_MINUTES,
    RC_REVIEW_ADVISED_KEY,
    REPORT_ORGANISATION_NAME,
    REPORT_TSA_URL,
    RETENTION_CASE_FILE_YEARS,
    RETENTION_CONTENT_MONTHS,
    RETENTION_LOCATION_MONTHS,
    RETENTION_RECORDINGS_MONTHS,
    RETENTION_TRAFFIC_MONTHS,
    STATS_SMALL_COUNT_THRESHOLD,
    VOICEMAIL_STORED_KEY,
    SettingSpec,
)

translate = QCoreApplication.translate


def _labels() -> dict[str, str]:
    return {
        IDLE_LOCK_MINUTES: translate("SettingLabels", "Lock after (minutes without use)"),
        RETENTION_TRAFFIC_MONTHS: translate(
            "SettingLabels", "Traffic data kept (months; 0: no limit)"
        ),
        RETENTION_LOCATION_MONTHS: translate(
            "SettingLabels", "Location data kept (months; 0: no limit)"
        ),
        RETENTION_RECORDINGS_MONTHS: translate(
            "SettingLabels", "Recordings of customer calls kept (months; 0: no limit)"
        ),
        RETENTION_CONTENT_MONTHS: translate(
            "SettingLabels", "Stored voicemail kept (months; 0: no limit)"
        ),
        RETENTION_CASE_FILE_YEARS: translate(
            "SettingLabels", "Closed case files kept after closure (years; 0: no limit)"
        ),
        DEADLINE_DEFAULT_DAYS: translate("SettingLabels", "Answer a demand within (days)"),
        DEADLINE_EMERGENCY_HOURS: translate(
            "SettingLabels", "Answer an emergency demand within (hours)"
        ),
        RC_REVIEW_ADVISED_KEY: translate(
            "SettingLabels", "Warn when traffic data lack a court's review"
        ),
        VOICEMAIL_STORED_KEY: translate(
            "SettingLabels", "The cloud PBX (Compass) stores voicemail messages"
        ),
        REPORT_TSA_URL: translate("SettingLabels", "Timestamp server for signed reports (URL)"),
        REPORT_ORGANISATION_NAME: translate("SettingLabels", "Name on the letterhead of reports"),
        FLAG_REVIEW_MONTHS: translate("SettingLabels", "Review secrecy flags every (months)"),
        STATS_SMALL_COUNT_THRESHOLD: translate(
            "SettingLabels", "Statistics: show counts below this number as '< N' (0: never)"
        ),
    }


def setting_label(spec: SettingSpec) -> str:
    """The setting's name in the GUI's language; its description when it has no label yet."""
    return _labels().get(spec.key, spec.description)
