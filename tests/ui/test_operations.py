"""ui/operations: each operation runs its service call through the injected (here synchronous)
task runner, announces ONE change event, and the screens that show the object reload it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lawfulreq.domain.enums import CaseStatus, Role
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from lawfulreq.services.secrecy import FlagState
from lawfulreq.settings_registry import IDLE_LOCK_MINUTES
from tests.cases.conftest import demand
from ui.errors import ErrorReporter
from ui.labels import status_label
from ui.operations import ChangeEvent, Kind, Then
from ui.operations import access_requests as request_operations
from ui.operations import admin as admin_operations
from ui.operations import cases as case_operations
from ui.operations import secrecy as secrecy_operations
from ui.preferences import Preferences
from ui.screen import Screen, ScreenContext
from ui.screens.access_requests import AccessRequestModel, AccessRequestsScreen
from ui.screens.cases import CasesScreen
from ui.screens.flags import FlagsScreen, FlagTableModel
from ui.screens.users import UsersScreen, UserTableModel
from ui.tasks import TaskRunner

STRONG = "a long and unusual passphrase 47"

Opened = tuple[Any, ScreenContext, list[ChangeEvent]]
Make = Callable[[str, type[Screen]], Opened]


@pytest.fixture
def make(
    qtbot: QtBot,
    *,
    sqlite_services: AppServices,
    ui_actors: dict[str, Actor],
    reporter: ErrorReporter,
    preferences: Preferences,
    english: None,
) -> Iterator[Make]:
    """A role's screen, shown with a synchronous runner; its context and the change events
    announced on it."""

    def open_screen(role: str, screen_class: type[Screen]) -> Opened:
        context = ScreenContext(
            services=sqlite_services,
            actor=ui_actors[role],
            tasks=TaskRunner(reporter.report, synchronous=True),
            errors=reporter,
            preferences=preferences,
            navigate=lambda _request: None,
            show_status=lambda _text: None,
            change_language=lambda _language: None,
        )
        events: list[ChangeEvent] = []
        context.changes.changed.connect(events.append)
        screen = screen_class(context)
        qtbot.addWidget(screen)
        screen.refresh()
        return screen, context, events

    yield open_screen
    assert not reporter.reported, reporter.reported


def test_a_case_move_is_announced_once_and_the_page_and_the_list_show_it(
    qtbot: QtBot, sqlite_services: AppServices, ui_actors: dict[str, Actor], make: Make
) -> None:
    created = sqlite_services.intake.create(ui_actors["officer"], demand(verifications=()))
    screen, context, events = make("officer", CasesScreen)
    detail = screen.open_case(created.ref)
    assert detail.detail is not None and detail.detail.status is CaseStatus.RECEIVED
    history = len(detail.history_timeline.items)

    refused = case_operations.move(
        context, created.ref, CaseStatus.CLOSED, expected_version=detail.detail.version, reason=""
    )
    failures: list[BaseException] = []
    refused.run(Then(failure=failures.append))
    assert failures and events == []  # a refusal changes nothing, and says so to no screen

    case_operations.move(
        context,
        created.ref,
        CaseStatus.ON_HOLD,
        expected_version=detail.detail.version,
        reason="waiting for the order",
    ).run()
    assert events == [ChangeEvent(Kind.CASE, created.ref)]
    # The page reloaded (status and the history's new line) and so did the list behind it.
    assert detail.status_label.text() == status_label(CaseStatus.ON_HOLD)
    assert len(detail.history_timeline.items) == history + 1
    screen.show_list()
    assert screen.list_page.select_ref(created.ref)
    row = screen.list_page.table.currentIndex().row()
    shown = screen.model.index(row, screen.model.COL_STATUS).data()
    assert shown == status_label(CaseStatus.ON_HOLD)


def test_a_flag_review_is_announced_once_and_the_flags_list_shows_the_new_date(
    qtbot: QtBot, sqlite_services: AppServices, make: Make
) -> None:
    screen, context, events = make("fg", FlagsScreen)
    flag = next(f for f in screen.flags if f.state is FlagState.ACTIVE)
    assert screen.select_case(flag.case_ref)
    before = screen.model.index(screen.table.currentIndex().row(), FlagTableModel.COL_REVIEW).data()

    secrecy_operations.keep(context, flag.id, date(2027, 3, 1), "investigation runs").run()

    assert events == [ChangeEvent(Kind.FLAG, flag.case_ref)]
    assert screen.select_case(flag.case_ref)
    after = screen.model.index(screen.table.currentIndex().row(), FlagTableModel.COL_REVIEW).data()
    assert after != before and "2027" in after


def test_waiting_for_the_person_is_announced_once_and_the_requests_list_shows_it(
    qtbot: QtBot, make: Make
) -> None:
    screen, context, events = make("fg", AccessRequestsScreen)
    assert screen.select_first(lambda view: view.open and not view.paused)
    request = screen.selected()
    assert request is not None
    status = AccessRequestModel.COL_STATUS
    before = screen.model.index(screen.table.currentIndex().row(), status).data()

    request_operations.pause(context, request, "a copy of the contract was asked for").run()

    assert events == [ChangeEvent(Kind.ACCESS_REQUEST, request.ref)]
    assert screen.select_first(lambda view: view.id == request.id)
    assert screen.model.index(screen.table.currentIndex().row(), status).data() != before
    assert screen.pause_button.text() == "Resume"  # what the user may do next changed too


def test_admin_operations_announce_what_they_changed_and_a_dry_run_nothing(
    qtbot: QtBot, sqlite_services: AppServices, make: Make
) -> None:
    screen, context, events = make("fg", UsersScreen)
    count = screen.model.rowCount()

    admin_operations.add_user(context, "newcomer", Role.OFFICER, STRONG, "Nieuwe Collega").run()

    assert events == [ChangeEvent(Kind.USER, "newcomer")]
    assert screen.model.rowCount() == count + 1
    names = [screen.model.index(r, UserTableModel.COL_USERNAME).data() for r in range(count + 1)]
    assert "newcomer" in names

    admin_operations.purge(context, dry_run=True).run()
    assert len(events) == 1  # a dry run changed nothing
    admin_operations.set_setting(context, IDLE_LOCK_MINUTES, 7).run()
    assert events[1:] == [ChangeEvent(Kind.SETTING, IDLE_LOCK_MINUTES)]
    assert sqlite_services.settings.value(IDLE_LOCK_MINUTES) == 7
