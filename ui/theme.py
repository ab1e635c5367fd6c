"""Themes: light (the original look), dark and high contrast, or "system" (follow the OS).

Each theme is `resources/themes/<name>.json`: colour tokens that fill the `@token@` places in
`resources/style.qss` (plus an optional `resources/themes/<name>.qss` with rules only that
theme needs, such as high contrast's wide focus rectangles) and, for dark and high contrast,
the QPalette that native widgets (tables, tabs, scroll bars) paint with. Painted items
(status chips, overdue deadlines, charts) ask `colour(token)` at paint time, so a switch
repaints them in the new theme.

Cheap to import and apply: it reads one small JSON file and no other part of the app, so the
first window (`--startup-probe`) is not held up by it.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from lawfulreq.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high-contrast"
SYSTEM = "system"
THEMES = (LIGHT, DARK, HIGH_CONTRAST)
CHOICES = (SYSTEM, *THEMES)

_TOKEN = re.compile(r"@([a-z_]+)@")

# Text on its background, as the style sheet and the painted items put them together: the
# pairs whose contrast WCAG 1.4.3 (4.5:1) and, for high contrast, 1.4.6 (7:1) ask about.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("heading", "window"),
    ("subheading", "window"),
    ("muted", "window"),
    ("muted", "surface"),
    ("strong_text", "surface"),
    ("heading", "surface"),
    ("nav_text", "nav_bg"),
    ("nav_selected_text", "nav_selected"),
    ("notice_text", "notice_bg"),
    ("accent_text", "accent"),
    ("alert_text", "surface"),
    ("alert_text", "window"),
    ("status_text", "statusbar_bg"),
    ("ok_text", "ok_bg"),
    ("bad_text", "bad_bg"),
    ("error_text", "window"),
    ("error_text", "surface"),
    ("strength_ok", "surface"),
    ("strength_weak", "surface"),
    ("lock_text", "lock_bg"),
    ("info_text", "info_bg"),
    ("strong_text", "chip_bg"),
    ("badge_text", "secrecy_bg"),
    ("badge_text", "emergency_bg"),
    ("case_error_text", "case_error_bg"),
    ("case_error_text", "window"),
    ("subheading", "surface"),
    *(
        (f"status_{status}_fg", f"status_{status}_bg")
        for status in (
            "received",
            "awaiting_confirmation",
            "under_review",
            "on_hold",
            "approved",
            "disclosed",
            "closed",
            "rejected",
            "withdrawn",
        )
    ),
    ("audit_broken_fg", "audit_broken_bg"),
    ("overdue", "surface"),
    ("paused", "surface"),
    ("late", "surface"),
)
# The palette's text roles on their backgrounds (dark and high contrast set a palette).
PALETTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("Link", "Base"),
)


@dataclass(frozen=True)
class Theme:
    name: str
    tokens: dict[str, str]
    palette: dict[str, str]


def themes_dir() -> Path:
    return resources_dir() / "themes"


@cache
def load_theme(name: str) -> Theme:
    """The theme's tokens and palette from resources/themes/<name>.json."""
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}")
    data = json.loads((themes_dir() / f"{name}.json").read_text(encoding="utf-8"))
    return Theme(name, dict(data["tokens"]), dict(data.get("palette", {})))


def system_prefers_dark() -> bool:
    # PySide makes the whole `Qt` namespace (some hundred enums, ~20 ms) on its first use: a
    # chosen theme paints the first window without it; only "system" asks the OS here.
    from PySide6.QtCore import Qt  # noqa: PLC0415

    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve_theme(choice: str | None) -> str:
    """The theme to show for a choice: "system" (or nothing) follows the OS colour scheme."""
    if choice in THEMES:
        return str(choice)
    return DARK if system_prefers_dark() else LIGHT


def fill(template: str, tokens: dict[str, str]) -> str:
    """`@token@` replaced by the token's value; an unknown token is an error, not a blank."""

    def value(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in tokens:
            raise KeyError(f"style sheet token @{key}@ is not in the theme")
        return tokens[key]

    return _TOKEN.sub(value, template)


def theme_stylesheet(template: str, name: str) -> str:
    """The app's style sheet (`@ICONS@` already resolved) for the theme, with its own rules."""
    theme = load_theme(name)
    extra = themes_dir() / f"{name}.qss"
    own = extra.read_text(encoding="utf-8") if extra.exists() else ""
    icons = (resources_dir() / "icons").as_posix()
    return fill(template + "\n" + own.replace("@ICONS@", icons), theme.tokens)


def build_palette(theme: Theme, base: QPalette) -> QPalette:
    """`base` with the theme's colours; "Disabled:Text" sets a role of the disabled group."""
    palette = copy.copy(base)  # not QPalette(base): see _show
    for key, value in theme.palette.items():
        group_name, _, role_name = key.rpartition(":")
        role = getattr(QPalette.ColorRole, role_name)
        colour = QColor(value)
        if group_name:
            palette.setColor(getattr(QPalette.ColorGroup, group_name), role, colour)
        else:
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, role, colour)
            if f"Disabled:{role_name}" not in theme.palette:
                palette.setColor(QPalette.ColorGroup.Disabled, role, colour)
    return palette


class _ThemeState(QObject):
    """The chosen and the shown theme; follows the OS colour scheme while the choice is system."""

    def __init__(self) -> None:
        super().__init__()
        self.choice = LIGHT
        self.name = LIGHT
        self.original_palette: QPalette | None = None
        self.template: str | None = None
        self.listening = False

    def confirm_system_theme(self) -> None:
        """After a first window painted from the OS palette: the OS colour scheme decides."""
        app = QApplication.instance()
        if self.choice == SYSTEM and isinstance(app, QApplication):
            name = DARK if system_prefers_dark() else LIGHT
            if name != self.name:
                _show(app, name)

    def on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        app = QApplication.instance()
        from PySide6.QtCore import Qt  # noqa: PLC0415 - see system_prefers_dark

        if self.choice == SYSTEM and isinstance(app, QApplication):
            _show(app, DARK if scheme == Qt.ColorScheme.Dark else LIGHT)


_state: _ThemeState | None = None


def _current() -> _ThemeState:
    global _state  # noqa: PLW0603 - one theme per application
    if _state is None:
        _state = _ThemeState()
    return _state


def current_theme() -> str:
    """The theme on screen now: light, dark or high-contrast."""
    return _current().name


def current_choice() -> str:
    return _current().choice


def colour(token: str) -> QColor:
    """A colour of the theme on screen, for what is painted in code rather than styled."""
    return QColor(load_theme(current_theme()).tokens[token])


def token(name: str) -> str:
    return load_theme(current_theme()).tokens[name]


def apply_theme(
    app: QApplication,
    choice: str | None,
    template: str | None = None,
    *,
    first_window: bool = False,
) -> str:
    """Show the chosen theme ("system" follows the OS, also when it changes later).

    `template`: the style sheet before tokens are filled (kept for later switches).
    `first_window`: before the application's first window, "system" is read from the OS's
    own palette (dark window behind light text) and confirmed against the OS colour scheme
    once that window is painted, switching then if they disagree (a desktop whose palette
    and colour scheme differ): asking the colour scheme makes PySide build its whole `Qt`
    namespace (~20 ms of every start).
    Returns the theme shown."""
    state = _current()
    if template is not None:
        state.template = template
    state.choice = choice if choice in CHOICES else SYSTEM
    if not state.listening:
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(state.on_color_scheme_changed)
            state.listening = True
    if first_window and state.choice == SYSTEM:
        os_palette = state.original_palette or app.palette()
        name = DARK if palette_looks_dark(os_palette) else LIGHT
        _AfterFirstPaint(app, state.confirm_system_theme)
    else:
        name = resolve_theme(state.choice)
    _show(app, name)
    return name


def palette_looks_dark(palette: QPalette) -> bool:
    """The palette puts light text on a darker window: how a dark OS palette looks."""
    window = palette.color(QPalette.ColorRole.Window).lightness()
    return window < palette.color(QPalette.ColorRole.WindowText).lightness()


class _AfterFirstPaint(QObject):
    """Runs `then` once, after the first paint of any window of the application."""

    def __init__(self, app: QApplication, then: Callable[[], None]) -> None:
        super().__init__(app)
        self._then = then
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            # Posted twice: runs once this paint, the rest of the window's and whatever they
            # queued are done (the window is on screen; a start-up probe has exited).
            then = self._then
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, then))
            self.deleteLater()
        return False


def _show(app: QApplication, name: str) -> None:
    state = _current()
    if state.original_palette is None:
        # app.palette() is already a copy; QPalette(palette) would be one too, but choosing
        # among its overloads makes PySide build the whole `Qt` namespace (~20 ms of a start).
        state.original_palette = app.palette()
    theme = load_theme(name)
    state.name = name
    if theme.palette:
        app.setPalette(build_palette(theme, state.original_palette))
    elif app.palette() != state.original_palette:
        app.setPalette(state.original_palette)
    if state.template is not None:
        app.setStyleSheet(theme_stylesheet(state.template, name))
