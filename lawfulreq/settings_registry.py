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


# One entry per setting. Add a setting here and nowhere else; read it with
# SettingsService.value(KEY) (or `setting_value` inside a unit of work).
SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "ui.idle_lock_minutes", "int", 10,
        "Minutes without input after which the GUI locks (for every user of this database).",
        minimum=1, maximum=240,
    ),
    # Transparency statistics (issue 16)
    SettingSpec(
        "stats.small_count_threshold", "int", 5,
        "Publishable statistics export: counts from 1 up to this number minus one are shown as "
        "'< N' so no single case can be recognised; 0 shows every count.",
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


def stored_value(key: str, stored: object) -> SettingValue:
    """What a setting row holds, or the default when it is absent or no longer valid."""
    definition = spec(key)
    if isinstance(stored, dict) and "value" in stored:
        try:
            return definition.check(stored["value"])
        except ValidationError:
            return definition.default
    return definition.default
