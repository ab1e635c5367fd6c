"""The GUI fixtures of tests/ui (the app's own QApplication, a window per role) for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.ui import conftest as ui_fixtures
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

MakeWindow = Callable[..., MainWindow]

# The fixtures of tests/ui, found by name here too.
qapp = ui_fixtures.qapp
english = ui_fixtures.english
preferences = ui_fixtures.preferences
ui_actors = ui_fixtures.ui_actors
actors = ui_fixtures.actors
reporter = ui_fixtures.reporter
make_window = ui_fixtures.make_window


@pytest.fixture
def sync_tasks(reporter: object) -> TaskRunner:
    return TaskRunner(reporter.report, synchronous=True)  # type: ignore[attr-defined]


@pytest.fixture
def fg(ui_actors: dict[str, Actor]) -> Actor:
    return ui_actors["fg"]


@pytest.fixture
def services(sqlite_services: AppServices) -> AppServices:
    """The GUI tests run on the encrypted SQLite file, as the desktop app does."""
    return sqlite_services
