"""Themes: readable contrast in each, every colour from the theme, dark renders dark, the system's
colour scheme followed, the choice kept and offered on the command line."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lawfulreq.cli.main import _gui_arguments
from ui import navigation as nav
from ui import theme as theme_module
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.resources import stylesheet_path
from ui.screens.settings import SettingsScreen
from ui.theme import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    PALETTE_PAIRS,
    TEXT_PAIRS,
    THEMES,
    apply_theme,
    colour,
    current_theme,
    load_theme,
    palette_looks_dark,
    themes_dir,
)

MakeWindow = Callable[..., MainWindow]
ROOT = Path(__file__).resolve().parents[2]
# WCAG 2.x: 1.4.3 (AA) 4.5:1 for text, 1.4.6 (AAA) 7:1; high contrast promises AAA.
MINIMUM = {LIGHT: 4.5, DARK: 4.5, HIGH_CONTRAST: 7.0}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour_name: str) -> float:
    """WCAG relative luminance of an sRGB colour."""
    c = QColor(colour_name)
    return 0.2126 * _channel(c.red()) + 0.7152 * _channel(c.green()) + 0.0722 * _channel(c.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def restore_light(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, LIGHT)


def test_the_wcag_formula_gives_the_known_ratios() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the AA edge grey


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_has_enough_contrast_on_its_background(name: str) -> None:
    theme = load_theme(name)
    low = [
        f"{fg} on {bg}: {contrast(theme.tokens[fg], theme.tokens[bg]):.2f}"
        for fg, bg in TEXT_PAIRS
        if contrast(theme.tokens[fg], theme.tokens[bg]) < MINIMUM[name]
    ]
    low += [
        f"palette {fg} on {bg}: {contrast(theme.palette[fg], theme.palette[bg]):.2f}"
        for fg, bg in PALETTE_PAIRS
        if theme.palette and contrast(theme.palette[fg], theme.palette[bg]) < MINIMUM[name]
    ]
    assert not low, f"{name} below {MINIMUM[name]}:1: {low}"


def test_high_contrast_focus_stands_out_and_is_wide() -> None:
    theme = load_theme(HIGH_CONTRAST)
    # WCAG 2.4.13: the focus indicator contrasts 3:1 with what it sits on; ours is far above.
    assert contrast(theme.tokens["focus"], theme.tokens["window"]) >= 7
    extra = (themes_dir() / "high-contrast.qss").read_text(encoding="utf-8")
    assert re.search(r"QPushButton:focus[^{]*\{\s*border: 3px solid @focus@", extra)


def test_the_style_sheet_takes_every_colour_from_the_theme() -> None:
    """No literal colour in the style sheets: a new rule with one would not follow the theme."""
    sheets = [stylesheet_path(), *sorted(themes_dir().glob("*.qss"))]
    names = {name: set(load_theme(name).tokens) for name in THEMES}
    assert names[LIGHT] == names[DARK] == names[HIGH_CONTRAST]
    for sheet in sheets:
        text = re.sub(r"/\*.*?\*/", "", sheet.read_text(encoding="utf-8"), flags=re.DOTALL)
        assert not re.findall(r"#[0-9a-fA-F]{3,8}\b|rgba?\(", text), sheet.name
        used = set(re.findall(r"@([a-z_]+)@", text))
        assert used <= names[LIGHT], f"{sheet.name}: unknown tokens {used - names[LIGHT]}"


def test_no_colour_is_hard_coded_in_the_ui_code() -> None:
    """Painted colours come from ui.theme.colour(); only the theme files name colours."""
    pattern = re.compile(r"QColor\(\s*[\"']|GlobalColor\.(?!transparent)|#[0-9a-fA-F]{6}\b")
    allowed = {"theme.py", "screenshots.py"}  # screenshots: the HTML gallery's own page style
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path.name not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not found, found


def _mean_luminance(image: QImage) -> float:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    samples = [
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 23)
        for y in range(0, image.height(), 19)
    ]
    return sum(luminance(s) for s in samples) / len(samples)


def test_the_dark_theme_renders_a_dark_window(
    qtbot: QtBot, make_window: MakeWindow, restore_light: None, qapp: QApplication
) -> None:
    window = make_window("fg")
    window.resize(1280, 800)
    window.navigate_to(nav.CASES)
    qtbot.wait(10)
    light = _mean_luminance(window.grab().toImage())
    apply_theme(qapp, DARK)
    qtbot.wait(10)
    image = window.grab().toImage()
    dark = _mean_luminance(image)
    assert light > 0.6, light
    assert dark < 0.1, dark
    # The case list itself (table cells, header, filters) is dark too: no white boxes left.
    assert _mean_luminance(window.stack.grab().toImage()) < 0.1
    apply_theme(qapp, HIGH_CONTRAST)
    qtbot.wait(10)
    assert window.palette().color(window.backgroundRole()).name() == "#000000"
    assert colour("overdue").name() == load_theme(HIGH_CONTRAST).tokens["overdue"]


def test_system_follows_the_os_colour_scheme_and_its_changes(
    qapp: QApplication, restore_light: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The offscreen platform has no colour scheme of its own: the OS is played by the signal
    Qt sends when the scheme changes (and by what it reports at the start)."""
    hints = QGuiApplication.styleHints()
    monkeypatch.setattr("ui.theme.system_prefers_dark", lambda: True)
    assert apply_theme(qapp, "system") == DARK
    monkeypatch.setattr("ui.theme.system_prefers_dark", lambda: False)
    assert apply_theme(qapp, "system") == LIGHT
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_theme() == DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#1b1f24"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert current_theme() == LIGHT
    # A theme chosen by name stays, whatever the OS says.
    apply_theme(qapp, HIGH_CONTRAST)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_theme() == HIGH_CONTRAST


@pytest.mark.parametrize("os_and_scheme", [(True, False), (False, True), (True, True)])
def test_the_first_window_follows_the_os_palette_and_the_colour_scheme_confirms_it(
    qapp: QApplication,
    qtbot: QtBot,
    restore_light: None,
    monkeypatch: pytest.MonkeyPatch,
    os_and_scheme: tuple[bool, bool],
) -> None:
    """Before the first window "system" is read from the OS palette (asking the colour
    scheme costs PySide's whole `Qt` namespace); once a window has painted, the colour
    scheme decides, and a disagreement switches the theme then."""
    os_dark, scheme_dark = os_and_scheme
    os_palette = QPalette()
    window, text = ("#202124", "#f1f3f4") if os_dark else ("#f6f6f6", "#101010")
    os_palette.setColor(QPalette.ColorRole.Window, QColor(window))
    os_palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    assert palette_looks_dark(os_palette) is os_dark
    monkeypatch.setattr(theme_module._current(), "original_palette", os_palette)
    asked: list[bool] = []

    def scheme() -> bool:
        asked.append(scheme_dark)
        return scheme_dark

    monkeypatch.setattr("ui.theme.system_prefers_dark", scheme)
    shown = apply_theme(qapp, "system", first_window=True)
    assert shown == (DARK if os_dark else LIGHT)
    assert asked == []  # not before the first paint
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: asked != [])
    assert current_theme() == (DARK if scheme_dark else LIGHT)


def test_the_settings_choice_switches_at_once_and_is_kept(
    make_window: MakeWindow, preferences: Preferences, restore_light: None
) -> None:
    assert preferences.theme() == "system"  # nothing chosen yet: follow the OS
    window = make_window("officer")
    window.navigate_to(nav.SETTINGS)
    screen = window.current_screen()
    assert isinstance(screen, SettingsScreen)
    combo = screen.theme
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "Light",
        "Dark",
        "High contrast",
    ]
    assert combo.itemText(0).startswith("As the system (")
    combo.setCurrentIndex(combo.findData(DARK))
    assert current_theme() == DARK
    assert preferences.theme() == DARK
    assert preferences.settings.value(Preferences.THEME) == DARK
    combo.setCurrentIndex(combo.findData(HIGH_CONTRAST))
    assert current_theme() == HIGH_CONTRAST and preferences.theme() == HIGH_CONTRAST
    preferences.set_theme("purple")  # unknown: back to the default
    assert preferences.theme() == "system"


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast", "system"])
def test_the_gui_start_takes_a_theme_option(theme: str) -> None:
    args = _gui_arguments(["--theme", theme])
    assert args is not None and args.theme == theme
    probe = _gui_arguments(["--startup-probe", "--theme", theme])
    assert probe is not None and probe.startup_probe
