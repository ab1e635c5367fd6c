"""Screenshot QA for the Statistics section: per identifier, on the outcome tab."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from ui import navigation as nav
from ui.main_window import MainWindow
from ui.screens.statistics import StatisticsScreen

StatisticsShot = tuple[str, str, QImage, QWidget]


def statistics_shots(window: MainWindow) -> Iterator[StatisticsShot]:
    app = QApplication.instance()
    assert app is not None
    window.navigate_to(nav.STATISTICS)
    screen = window.current_screen()
    if not isinstance(screen, StatisticsScreen):
        return
    screen.unit.setCurrentIndex(1)  # per identifier: reloads
    screen.tabs.setCurrentIndex(3)  # outcome
    for _ in range(3):
        app.processEvents()
    yield "statistics-identifier-outcome", window.page_title.text(), window.grab().toImage(), window
    screen.unit.setCurrentIndex(0)
    screen.tabs.setCurrentIndex(0)
