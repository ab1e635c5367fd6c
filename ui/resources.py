"""Bundled GUI resources: fonts, the style sheet, icons; registered the same way everywhere."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

from lawfulreq.paths import resources_dir
from ui.theme import apply_theme, current_choice

APP_FONT_FAMILY = "DejaVu Sans"
APP_FONT_POINT_SIZE = 10
MONO_FONT_FAMILY = "DejaVu Sans Mono"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def stylesheet_path() -> Path:
    return resources_dir() / "style.qss"


def register_fonts() -> list[str]:
    """Add every bundled TTF so text renders identically on any machine; returns the families."""
    families: set[str] = set()
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def apply_look(app: QApplication, theme: str | None = None) -> None:
    """Fusion, the bundled fonts, the one style sheet in a theme and the app icon.

    `theme`: light, dark, high-contrast or system; None keeps the theme chosen before (light
    until someone chooses: tests and screenshots are light unless they ask otherwise)."""
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    register_fonts()
    font = QFont(APP_FONT_FAMILY, APP_FONT_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    apply_theme(app, current_choice() if theme is None else theme, template=stylesheet())
    app.setWindowIcon(app_icon())


def stylesheet() -> str:
    """The style sheet with `@ICONS@` pointing at the bundled icons (QSS has no relative urls);
    its colour tokens (`@window@`) are filled by ui.theme."""
    text = stylesheet_path().read_text(encoding="utf-8")
    return text.replace("@ICONS@", icons_dir().as_posix())


def icon(name: str) -> QIcon:
    """A named SVG from resources/icons (an empty icon if the file is missing)."""
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def app_icon() -> QIcon:
    """The application icon (made once: the window icon and the sign-in window's picture
    share it, and reading its files is part of every start)."""
    result = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        png = icons_dir() / f"lawfulreq-{size}.png"
        if png.exists():
            result.addFile(str(png))
    svg = icons_dir() / "lawfulreq.svg"
    if svg.exists():
        result.addFile(str(svg))
    return result
