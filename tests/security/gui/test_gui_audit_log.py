"""The Audit log screen: a paged model, filters, one event's details, and the chain check."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, update

from lawfulreq.db.models import AuditEvent
from lawfulreq.services.audit import AuditFilter, record
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import NOW
from tests.security.gui.conftest import MakeWindow
from ui import navigation as nav
from ui.labels import audit_action_text
from ui.models.audit_table import AuditTableModel
from ui.screens.audit_log import AuditLogScreen
from ui.tasks import TaskRunner


def _bulk_events(services: AppServices, actor: Actor, count: int) -> None:
    with services.db.sessions.begin() as session:
        for i in range(count):
            record(session, actor, "test.bulk", NOW, object_type="row", object_id=i)


def _screen(make_window: MakeWindow, role: str = "fg") -> AuditLogScreen:
    window = make_window(role)
    window.navigate_to(nav.AUDIT_LOG)
    screen = window.current_screen()
    assert isinstance(screen, AuditLogScreen)
    return screen


def test_the_model_passes_qtmodeltester_and_pages_through_the_service(
    qtmodeltester: ModelTester,
    services: AppServices,
    fg: Actor,
    sync_tasks: TaskRunner,
) -> None:
    _bulk_events(services, fg, AuditTableModel.PAGE_SIZE + 50)
    total = services.audit.count(fg)
    model = AuditTableModel(services.audit, fg, sync_tasks)
    assert model.rowCount() == 0  # nothing is read until asked
    model.reload()
    assert model.rowCount() == total
    newest = services.audit.list(fg, limit=1)[0]
    assert model.data(model.index(0, AuditTableModel.COL_ID)) == str(newest.id)
    last = model.event_at(total - 1)
    assert last is not None and last.id == 1  # the oldest, from the second page
    qtmodeltester.check(model, force_py=True)
    model.set_filter(AuditFilter(action="test.bulk"))
    assert model.rowCount() == AuditTableModel.PAGE_SIZE + 50
    assert (
        model.data(model.index(0, AuditTableModel.COL_OBJECT))
        == f"row {AuditTableModel.PAGE_SIZE + 49}"
    )
    qtmodeltester.check(model, force_py=True)


def test_an_asynchronous_page_arrives_later_and_stale_answers_are_dropped(
    qtbot: QtBot,
    services: AppServices,
    fg: Actor,
    reporter: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(AuditTableModel, "PAGE_SIZE", 2)
    tasks = TaskRunner(reporter.report)  # type: ignore[attr-defined]
    model = AuditTableModel(services.audit, fg, tasks)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()
    assert model.rowCount() == services.audit.count(fg) > 2
    assert model.data(model.index(0, 0)) is not None  # the first page comes with the count
    assert model.data(model.index(2, 0)) is None  # the next one is being fetched
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    assert (changed.args[0].row(), changed.args[1].row()) == (2, 3)
    assert model.data(model.index(2, 0)) is not None
    with qtbot.waitSignal(model.loaded, timeout=5000) as blocker:
        model.set_filter(AuditFilter(actor="nobody"))
        model.set_filter(AuditFilter(actor="auditor"))
    assert blocker.args == [services.audit.count(fg, AuditFilter(actor="auditor"))]
    tasks.wait_for_all()


def test_filters_narrow_the_list(make_window: MakeWindow, services: AppServices, fg: Actor) -> None:
    screen = _screen(make_window)
    total = services.audit.count(fg)
    assert screen.model.rowCount() == total
    assert screen.user.findText("auditor") >= 0  # choices come from the trail
    # Actions in words; the code is the item's data ("login." is every sign-in).
    assert screen.action.findData("login.") >= 0
    assert screen.action.findText("Signing in: every action") == screen.action.findData("login.")
    screen.user.setEditText("auditor")
    screen.apply_filters()
    rows = screen.model.rowCount()
    assert 0 < rows < total
    assert {screen.model.event_at(r).actor for r in range(rows)} == {"auditor"}  # type: ignore[union-attr]
    screen.clear_filters()
    screen.action.setEditText("login.*")
    screen.apply_filters()
    assert screen.model.rowCount() == services.audit.count(fg, AuditFilter(action="login."))
    screen.action.setCurrentIndex(screen.action.findData("login.succeeded"))
    assert screen.action.currentText() == "Signed in"
    screen.apply_filters()
    signed_in = services.audit.count(fg, AuditFilter(action="login.succeeded"))
    assert 0 < screen.model.rowCount() == signed_in
    screen.clear_filters()
    screen.search.setText('"FIRST": TRUE')  # in the details of the first account, any case
    screen.apply_filters()
    assert screen.model.rowCount() == 1
    assert screen.model.event_at(0).details["first"] is True  # type: ignore[union-attr]
    screen.clear_filters()
    screen.case.setText("no-such-case")
    screen.apply_filters()
    assert screen.model.rowCount() == 0 and screen.count_label.text() == "Events: 0"
    screen.clear_filters()
    screen.since.setDate(screen.since.date().currentDate().addYears(5))
    assert screen.model.rowCount() == 0
    screen.clear_filters()
    assert screen.model.rowCount() == total


def test_the_filter_waits_for_typing_to_pause(
    qtbot: QtBot, make_window: MakeWindow, services: AppServices, fg: Actor
) -> None:
    screen = _screen(make_window)
    total = screen.model.rowCount()
    qtbot.keyClicks(screen.search, "login.succeeded")
    assert screen.model.rowCount() == total  # not yet: the debounce timer runs
    qtbot.waitUntil(lambda: screen.model.rowCount() < total, timeout=2000)
    assert screen.model.rowCount() == services.audit.count(fg, AuditFilter(text="login.succeeded"))


def test_selecting_an_event_shows_its_details_and_hashes(
    make_window: MakeWindow, services: AppServices, fg: Actor
) -> None:
    screen = _screen(make_window)
    newest = services.audit.list(fg, limit=1)[0]
    screen.select_row(0)
    assert screen.detail_heading.text() == f"Event {newest.id}"
    assert screen.detail_fields["hash"].text() == newest.hash
    assert screen.detail_fields["prev"].text() == newest.prev_hash
    # The action in words, its code in the tooltip; details as "Key: value" lines, not JSON.
    assert screen.detail_fields["what"].text() == audit_action_text(newest.action)
    assert newest.action in screen.detail_fields["what"].toolTip()
    if newest.details:
        lines = screen.details_json.toPlainText().splitlines()
        assert len(lines) >= len(newest.details) and all(":" in line for line in lines)
        assert "{" not in screen.details_json.toPlainText()


def test_verify_shows_ok_with_the_count_and_head_hash(
    make_window: MakeWindow, services: AppServices, fg: Actor
) -> None:
    screen = _screen(make_window)
    before = services.audit.count(fg)
    screen.verify_button.click()
    outcome = screen.last_outcome
    assert outcome is not None and outcome.report.ok
    assert screen.chain_result.property("state") == "ok" and screen.chain_result.isVisibleTo(screen)
    assert f"Events checked: {before}." in screen.chain_result.text()
    assert outcome.report.head_hash in screen.chain_result.text()
    # The check itself is recorded, and the list shows it.
    assert screen.model.rowCount() == before + 1
    first = screen.model.event_at(0)
    assert first is not None and first.action == "audit.verified"
    assert screen.verify_button.isEnabled()


def test_verify_names_and_highlights_a_tampered_event(
    make_window: MakeWindow, services: AppServices, fg: Actor
) -> None:
    _bulk_events(services, fg, AuditTableModel.PAGE_SIZE + 20)
    events = services.audit.list(
        fg, AuditFilter(action="test.bulk"), limit=AuditTableModel.PAGE_SIZE + 20
    )
    victim = events[-10]  # far down the list: on the second page
    with services.db.engine.begin() as conn:
        conn.execute(
            update(AuditEvent)
            .where(AuditEvent.id == victim.id)
            .values(at=victim.at - timedelta(hours=1))
        )
    screen = _screen(make_window)
    screen.user.setEditText("auditor")  # a filter the broken event does not match
    screen.apply_filters()
    screen.verify_button.click()
    assert screen.chain_result.property("state") == "broken"
    assert f"event {victim.id} was changed after it was written" in screen.chain_result.text()
    assert screen.user.currentText() == ""  # filters cleared to show the event
    current = screen.table.currentIndex()
    assert current.isValid() and current.row() >= AuditTableModel.PAGE_SIZE
    assert current.data(AuditTableModel.EventIdRole) == victim.id
    brush = current.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#f8d7d3"
    other = screen.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert other is None
    assert screen.detail_heading.text() == f"Event {victim.id}"
    assert services.audit.list(fg, limit=1)[0].action == "audit.verify_failed"


def test_verify_names_a_deleted_event(
    make_window: MakeWindow, services: AppServices, fg: Actor
) -> None:
    events = services.audit.list(fg)
    victim = events[len(events) // 2]
    with services.db.engine.begin() as conn:
        conn.execute(delete(AuditEvent).where(AuditEvent.id == victim.id))
    screen = _screen(make_window)
    screen.verify_button.click()
    assert f"event {victim.id} was removed" in screen.chain_result.text()
    # The event after the gap is the one selected.
    assert screen.table.currentIndex().data(AuditTableModel.EventIdRole) == victim.id + 1
