"""Translated names of the registry's settings, keyed by setting key (the GUI's only mapping).

A setting without an entry here shows its registry description, so a new SettingSpec is
usable at once; give it a label (and a Dutch translation) to make it read well.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lawfulreq.settings_registry import (
    DEADLINE_DEFAULT_DAYS,
    DEADLINE_EMERGENCY_HOURS,
    IDLE_LOCK_MINUTES,
    RETENTION_CONTENT_MONTHS,
    RETENTION_LOCATION_MONTHS,
    RETENTION_TRAFFIC_MONTHS,
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
        RETENTION_CONTENT_MONTHS: translate(
            "SettingLabels", "Stored content kept (months; 0: no limit)"
        ),
        DEADLINE_DEFAULT_DAYS: translate("SettingLabels", "Answer a demand within (days)"),
        DEADLINE_EMERGENCY_HOURS: translate(
            "SettingLabels", "Answer an emergency demand within (hours)"
        ),
    }


def setting_label(spec: SettingSpec) -> str:
    """The setting's name in the GUI's language; its description when it has no label yet."""
    return _labels().get(spec.key, spec.description)
