"""GUI test fixtures: the app's own QApplication (Fusion, bundled fonts, style), data, a window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import _USERS_SEEN, NOW
from tests.ui.fixture_data import populate
from ui.app import application, build_main_window
from ui.errors import ErrorReporter
from ui.i18n import compile_missing_translations, install_language
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.resources import translations_dir


def _compile_translations() -> None:
    """What `.ci/test` does before pytest, so a bare `pytest` run sees current .qm files too."""
    compile_missing_translations(translations_dir())


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """pytest-qt uses this one: set up exactly as `lawfulreq` sets up its own."""
    _compile_translations()
    return application()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ui_actors(actors: None, sqlite_services: AppServices) -> dict[str, Actor]:
    """The template's four users (see tests/conftest.py) plus the hand-made data set."""
    users = dict(_USERS_SEEN["sqlite-True"])
    populate(sqlite_services, users["fg"], NOW)
    return users


@pytest.fixture
def actors() -> None:
    """Only here so `sqlite_target` copies the template that already holds the four users."""


@pytest.fixture
def reporter(tmp_path: Path) -> ErrorReporter:
    return ErrorReporter(tmp_path / "test.log", interactive=False)


@pytest.fixture
def make_window(
    qtbot: object,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    *,
    preferences: Preferences,
    reporter: ErrorReporter,
    english: None,
) -> Iterator[object]:
    windows: list[MainWindow] = []

    def make(role: str = "fg") -> MainWindow:
        window = build_main_window(
            sqlite_services,
            ui_actors[role],
            preferences=preferences,
            errors=reporter,
            synchronous=True,
        )
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
