"""Per-user GUI preferences in QSettings: window geometry, last section, language,
theme. No secrets."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("nl", "en")
# The theme choices (ui.theme.CHOICES), repeated so that reading preferences loads no Qt GUI.
THEMES = ("system", "light", "dark", "high-contrast")


class Preferences:
    """Typed access to the few keys the GUI keeps; every key and its default declared here."""

    GEOMETRY = "window/geometry"
    LAST_SECTION = "window/last_section"
    LANGUAGE = "ui/language"
    THEME = "ui/theme"

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @property
    def settings(self) -> QSettings:
        return self._settings

    def geometry(self) -> QByteArray | None:
        # A default: PySide6 6.12 miscounts references of a None it hands back.
        value = self._settings.value(self.GEOMETRY, QByteArray())
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, value: QByteArray) -> None:
        self._settings.setValue(self.GEOMETRY, value)

    def last_section(self) -> str:
        value = self._settings.value(self.LAST_SECTION, "")
        return value if isinstance(value, str) else ""

    def set_last_section(self, key: str) -> None:
        self._settings.setValue(self.LAST_SECTION, key)

    def language(self) -> str:
        """'nl', 'en', or '' for "follow the system"."""
        value = self._settings.value(self.LANGUAGE, "")
        return value if isinstance(value, str) and value in LANGUAGES else ""

    def set_language(self, language: str) -> None:
        self._settings.setValue(self.LANGUAGE, language if language in LANGUAGES else "")

    def theme(self) -> str:
        """'light', 'dark', 'high-contrast' or 'system' (the default: follow the OS)."""
        value = self._settings.value(self.THEME, "system")
        return value if isinstance(value, str) and value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        self._settings.setValue(self.THEME, theme if theme in THEMES else "system")

    def sync(self) -> None:
        self._settings.sync()
