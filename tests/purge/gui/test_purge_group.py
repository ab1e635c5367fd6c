"""The Settings page's Purge group: preview, then purge after a confirmation naming the counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from lawfulreq.db.models import UsageRecord
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.purge.data import DAY, TRAFFIC_LIMIT, add_usage, count
from ui import navigation as nav
from ui.screens.settings import SettingsScreen


def _settings(window: object) -> SettingsScreen:
    window.navigate_to(nav.SETTINGS)  # type: ignore[attr-defined]
    screen = window.current_screen()  # type: ignore[attr-defined]
    assert isinstance(screen, SettingsScreen)
    return screen


def test_gui_preview_then_purge_after_confirmation(
    qtbot: object,
    make_window: object,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = count(sqlite_services, UsageRecord)
    add_usage(sqlite_services, "+31612345601", TRAFFIC_LIMIT - DAY, TRAFFIC_LIMIT - 2 * DAY)
    settings = _settings(make_window("fg"))  # type: ignore[operator]
    box = settings.purge_box
    assert box is not None and box.isVisibleTo(settings)
    preview = box.findChild(QPushButton, "purgePreviewButton")
    expected = sqlite_services.purge.run(ui_actors["fg"], dry_run=True)
    assert expected.usage_records >= 2
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert box.result_label.isVisibleTo(settings)
    shown = box.result_label.text()
    assert shown.startswith("Would be deleted:")
    assert f"usage records: {expected.usage_records};" in shown
    assert count(sqlite_services, UsageRecord) == before + 2

    questions: list[str] = []

    def answer(reply: bool):  # type: ignore[no-untyped-def]
        def ask(_parent, _title, text, _accept):  # type: ignore[no-untyped-def]
            questions.append(text)
            return reply

        return ask

    now = box.findChild(QPushButton, "purgeNowButton")
    monkeypatch.setattr("ui.purge_group.confirm", answer(False))
    qtbot.mouseClick(now, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert f"Delete for good {expected.usage_records} usage records" in questions[-1]
    assert count(sqlite_services, UsageRecord) == before + 2

    monkeypatch.setattr("ui.purge_group.confirm", answer(True))
    qtbot.mouseClick(now, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert box.result_label.text().startswith("Deleted:")
    assert count(sqlite_services, UsageRecord) == before + 2 - expected.usage_records


def test_gui_officer_has_no_purge_group(make_window: object) -> None:
    settings = _settings(make_window("officer"))  # type: ignore[operator]
    assert settings.purge_box is None
    assert settings.findChild(QPushButton, "purgeNowButton") is None
