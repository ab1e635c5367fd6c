"""Every database-wide setting declared once: key, type, default, range and what it means.

The setting table stores only values that differ from the default, as {"value": ...}. Services,
the raw-SQL lookup path, the GUI's Settings page and `lawfulreq settings` all read this table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lawfulreq.errors import NotFoundError, ValidationError

SettingType = Literal["int", "bool", "str"]
SettingValue = int | bool | str


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: SettingType
    default: SettingValue
    description: str
    minimum: int | None = None
    maximum: int | None = None
    # Text settings: the longest value accepted (letterhead lines, addresses).
    max_length: int = 200

    def parse(self, text: str) -> SettingValue:
        """A value typed on the command line, checked as `check` does."""
        raw = text.strip()
        if self.type == "bool":
            lowered = raw.lower()
            if lowered in ("yes", "true", "1", "on", "ja"):
                return self.check(True)
            if lowered in ("no", "false", "0", "off", "nee"):
                return self.check(False)
            raise self._error(f"'{text}' is not yes or no")
        if self.type == "int":
            try:
                return self.check(int(raw))
            except ValueError:
                raise self._error(f"'{text}' is not a whole number") from None
        return self.check(text)

    def check(self, value: object) -> SettingValue:
        """The value if it fits this setting's type and range, else a ValidationError."""
        if self.type == "bool":
            if not isinstance(value, bool):
                raise self._error("needs yes or no")
            return value
        if self.type == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise self._error("needs a whole number")
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise self._error(f"{value} is outside {self.range_text()}")
            return value
        if not isinstance(value, str):
            raise self._error("needs text")
        if len(value) > self.max_length or any(ord(c) < 32 and c != "\n" for c in value):
            raise self._error(f"at most {self.max_length} characters, no control characters")
        return value

    def range_text(self) -> str:
        if self.minimum is None and self.maximum is None:
            return ""
        return f"{self.minimum if self.minimum is not None else ''}-{self.maximum or ''}"

    def _error(self, why: str) -> ValidationError:
        return ValidationError(
            f"setting {self.key}: {why}", code="bad_setting", field=self.key, key=self.key
        )


# The keys, named once: code imports these names, never spells the strings (a test checks).
IDLE_LOCK_MINUTES = "ui.idle_lock_minutes"
RETENTION_TRAFFIC_MONTHS = "retention.traffic_months"
RETENTION_LOCATION_MONTHS = "retention.location_months"
RETENTION_CONTENT_MONTHS = "retention.content_months"
RETENTION_RECORDINGS_MONTHS = "retention.recordings_months"
RC_REVIEW_ADVISED_KEY = "rules.rc_review_advised"
VOICEMAIL_STORED_KEY = "rules.voicemail_stored"
REPORT_TSA_URL = "report.tsa_url"
REPORT_ORGANISATION_NAME = "report.organisation_name"
FLAG_REVIEW_MONTHS = "flags.review_months"
STATS_SMALL_COUNT_THRESHOLD = "stats.small_count_threshold"
DEADLINE_DEFAULT_DAYS = "deadline.default_days"
DEADLINE_EMERGENCY_HOURS = "deadline.emergency_hours"
RETENTION_CASE_FILE_YEARS = "retention.case_file_years"

# Months each data category is kept (0: no limit); the rules engine and the raw-SQL usage
# lookup read them through this map.
RETENTION_MONTHS_BY_CATEGORY: dict[str, str] = {
    "traffic": RETENTION_TRAFFIC_MONTHS,
    "location": RETENTION_LOCATION_MONTHS,
    "content": RETENTION_CONTENT_MONTHS,
    "recordings": RETENTION_RECORDINGS_MONTHS,
}

# One entry per setting. Add a setting here and nowhere else; read it with
# SettingsService.value(KEY) (or `setting_value` inside a unit of work).
SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        IDLE_LOCK_MINUTES, "int", 10,
        "Minutes without input after which the GUI locks (for every user of this database).",
        minimum=1, maximum=240,
    ),
    # Retention and deadlines (privacy statement section 7; the rules engine and the lookups).
    SettingSpec(
        RETENTION_TRAFFIC_MONTHS, "int", 3,
        "Months traffic data (usage records) are kept before deletion; 0: no limit.",
        minimum=0, maximum=240,
    ),
    SettingSpec(
        RETENTION_LOCATION_MONTHS, "int", 3,
        "Months location data are kept before deletion; 0: no limit.",
        minimum=0, maximum=240,
    ),
    SettingSpec(
        RETENTION_RECORDINGS_MONTHS, "int", 4,
        "Months recordings of customers' calls with staff are kept (privacy statement "
        "section 7); 0: no limit.",
        minimum=0, maximum=240,
    ),
    SettingSpec(
        RETENTION_CONTENT_MONTHS, "int", 0,
        "Months stored Compass voicemail is kept, when voicemail storage is on (communication "
        "content is otherwise carried, never stored); 0: no limit.",
        minimum=0, maximum=240,
    ),
    SettingSpec(
        DEADLINE_DEFAULT_DAYS, "int", 7,
        "Days to answer a demand that names no deadline of its own.",
        minimum=1, maximum=365,
    ),
    SettingSpec(
        DEADLINE_EMERGENCY_HOURS, "int", 4,
        "Hours to answer an emergency demand that names no deadline of its own.",
        minimum=1, maximum=240,
    ),
    # Legal rules, second edition (issue 13): the FG's switches for two rules.
    SettingSpec(
        RC_REVIEW_ADVISED_KEY, "bool", True,
        "Warn (RC_AUTHORISATION_ADVISED) when traffic or location data are demanded under "
        "Sv 126n, 126u or 126zh without a court's prior review (HR 5 April 2022, "
        "ECLI:NL:HR:2022:475).",
    ),
    SettingSpec(
        VOICEMAIL_STORED_KEY, "bool", False,
        "The Compass cloud PBX stores voicemail messages that a content demand can reach; "
        "when off, content is answered DATA_NOT_HELD (content is carried, never stored).",
    ),
    # Disclosure reports (issue 11)
    SettingSpec(
        REPORT_TSA_URL, "str", "",
        "Address of an RFC 3161 timestamp server; when set, every signed report gets a "
        "trusted timestamp. Empty: the signature carries the computer's time only.",
    ),
    SettingSpec(
        REPORT_ORGANISATION_NAME, "str", "",
        "Letterhead name on reports when no organisation record has been filled in.",
    ),
    # Secrecy flags and access requests (issue 12)
    SettingSpec(
        FLAG_REVIEW_MONTHS, "int", 6,
        "Months from a non-notification flag's start (or last review) to its next review.",
        minimum=1, maximum=36,
    ),
    # Transparency statistics (issue 16)
    SettingSpec(
        STATS_SMALL_COUNT_THRESHOLD, "int", 5,
        "Publishable statistics export: counts from 1 up to this number minus one are shown as "
        "'< N' so no single case can be recognised; 0 shows every count.",
        minimum=0, maximum=100,
    ),
    # Retention and purge (issue: purge)
    SettingSpec(
        RETENTION_CASE_FILE_YEARS, "int", 5,
        "Years after closure a closed case file is kept before `purge` deletes it (no "
        "statutory period; the FG sets one). Its anonymous statistics row stays; 0: never.",
        minimum=0, maximum=100,
    ),
)  # fmt: skip

REGISTRY: dict[str, SettingSpec] = {spec.key: spec for spec in SPECS}


def spec(key: str) -> SettingSpec:
    found = REGISTRY.get(key)
    if found is None:
        raise NotFoundError(
            f"no setting '{key}'; known: {', '.join(sorted(REGISTRY))}",
            code="setting_not_found",
            key=key,
        )
    return found


def to_stored(value: SettingValue) -> dict[str, SettingValue]:
    """What a setting row holds for a value (the one place that knows the row's shape)."""
    return {"value": value}


def stored_value(key: str, stored: object) -> SettingValue:
    """What a setting row holds, or the default when it is absent or no longer valid."""
    definition = spec(key)
    if isinstance(stored, dict) and "value" in stored:
        try:
            return definition.check(stored["value"])
        except ValidationError:
            return definition.default
    return definition.default
