"""The GUI fixtures of tests/ui (the app's own QApplication, a window per role) for these tests."""

from __future__ import annotations

from tests.ui import conftest as ui_fixtures

qapp = ui_fixtures.qapp
english = ui_fixtures.english
preferences = ui_fixtures.preferences
ui_actors = ui_fixtures.ui_actors
reporter = ui_fixtures.reporter
make_window = ui_fixtures.make_window
actors = ui_fixtures.actors
