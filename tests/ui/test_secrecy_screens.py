"""The Secrecy flags and Access requests screens, driven through their real widgets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from lawfulreq.services.secrecy import FlagState
from tests.conftest import _USERS_SEEN, TEST_PASSWORD
from tests.lookup.data import load_world
from tests.secrecy.conftest import take_in
from ui.errors import ErrorReporter
from ui.preferences import Preferences
from ui.screen import ScreenContext
from ui.screens.access_requests import AccessRequestModel, AccessRequestsScreen
from ui.screens.flags import FlagsScreen, FlagTableModel
from ui.tasks import TaskRunner

Make = Callable[[str], tuple[ScreenContext, list[str]]]


@pytest.fixture
def users(actors: None, sqlite_services: AppServices) -> dict[str, Actor]:
    found = dict(_USERS_SEEN["sqlite-True"])
    sqlite_services.users.add(found["fg"], "fg2", "fg", TEST_PASSWORD)
    return {**found, "fg2": sqlite_services.users.login("fg2", TEST_PASSWORD)}


@pytest.fixture
def make_context(
    sqlite_services: AppServices,
    users: dict[str, Actor],
    preferences: Preferences,
    reporter: ErrorReporter,
) -> Make:
    def make(role: str) -> tuple[ScreenContext, list[str]]:
        statuses: list[str] = []
        context = ScreenContext(
            services=sqlite_services,
            actor=users[role],
            tasks=TaskRunner(reporter.report, synchronous=True),
            errors=reporter,
            preferences=preferences,
            navigate=lambda _request: None,
            show_status=statuses.append,
            change_language=lambda _language: None,
        )
        return context, statuses

    return make


@pytest.mark.usefixtures("english")
def test_review_asks_the_regimes_question_and_keeps_with_a_date(
    qtbot, sqlite_services: AppServices, users: dict[str, Actor], make_context: Make
) -> None:  # type: ignore[no-untyped-def]
    ref, flag_id = take_in(sqlite_services, users["officer"])
    lid4_ref, _ = take_in(
        sqlite_services, users["officer"], legal_basis="sv-126na", data_categories=("subscriber",)
    )
    context, statuses = make_context("fg")
    screen = FlagsScreen(context)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.model.rowCount() == 2
    lock = screen.model.index(0, FlagTableModel.COL_CASE).data(Qt.ItemDataRole.DecorationRole)
    assert lock is not None
    assert screen.select_case(ref)
    assert "art. 126bb lid 5 Sv" in screen.details.text()

    dialog = screen.open_review()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "public prosecutor confirmed in writing" in dialog.question.text()
    dialog.next_review.setDate(QDate(2027, 1, 15))
    dialog.note.setText("investigation still running")
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    kept = sqlite_services.flags.show(users["fg"], flag_id)
    assert kept.next_review.date() == date(2027, 1, 14)  # 15 January 00:00 Amsterdam, in UTC
    assert statuses[-1] == f"Review of the flag on {ref} recorded"

    assert screen.select_case(lid4_ref)
    other = screen.open_review()
    assert other is not None
    qtbot.addWidget(other)
    assert "the person is never notified" in other.question.text()
    assert other.next_review.minimumDate() == QDate(2026, 11, 21)


@pytest.mark.usefixtures("english")
def test_lifting_through_the_dialog_then_a_second_user_approves(
    qtbot,
    sqlite_services: AppServices,
    users: dict[str, Actor],
    make_context: Make,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    ref, flag_id = take_in(sqlite_services, users["officer"])
    evidence = tmp_path / "ovj-brief.pdf"
    evidence.write_bytes(b"%PDF-1.4 the person was told")
    context, _ = make_context("fg")
    screen = FlagsScreen(context)
    qtbot.addWidget(screen)
    screen.refresh()
    dialog = screen.open_review()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.lift.setChecked(True)
    assert dialog.confirm.text() == "Request lifting" and dialog.lift_form.isEnabled()
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Add the evidence document."
    dialog.set_evidence(evidence)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Give the reason."
    dialog.reason.setPlainText("The OvJ confirms the person was told")
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert sqlite_services.flags.show(users["fg"], flag_id).state == FlagState.LIFT_REQUESTED
    screen.refresh()
    assert not screen.approve_button.isEnabled()  # four eyes: not the requester

    second, _ = make_context("fg2")
    other = FlagsScreen(second)
    qtbot.addWidget(other)
    other.refresh()
    assert other.select_case(ref) and other.approve_button.isEnabled()
    qtbot.mouseClick(other.approve_button, Qt.MouseButton.LeftButton)
    assert sqlite_services.flags.show(users["fg"], flag_id).state == FlagState.LIFTED


@pytest.mark.usefixtures("english")
def test_new_request_form_deadline_and_answer(
    qtbot,
    sqlite_services: AppServices,
    users: dict[str, Actor],
    make_context: Make,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    load_world(sqlite_services, users["fg"], tmp_path)
    case_ref, _ = take_in(sqlite_services, users["officer"], targets=("+31 6 87654321",))
    context, statuses = make_context("fg")
    screen = AccessRequestsScreen(context)
    qtbot.addWidget(screen)
    screen.refresh()
    form = screen.open_new_request()
    qtbot.addWidget(form)
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert form.message.text() == "Fill in the customer number and the requester."
    form.customer.setText("C9")
    form.requester.setText("Anna Bakker 111222333")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert form.message.text() == "No customer has this number."
    form.customer.setText("C4")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert form.created is not None and form.created.requester_name == "Anna Bakker [BSN]"
    assert screen.model.rowCount() == 1
    deadline = screen.model.index(0, AccessRequestModel.COL_DEADLINE).data()
    assert deadline == "2026-12-20 (30 days left)"
    assert statuses[-1].startswith(f"Request {form.created.ref} registered")

    # No flag covers C4 yet; a lookup in the secret case finds C4, and the lock shows.
    customer_cell = screen.model.index(0, AccessRequestModel.COL_CUSTOMER)
    assert customer_cell.data(Qt.ItemDataRole.DecorationRole) is None
    sqlite_services.cases.move(users["officer"], case_ref, "under_review")
    sqlite_services.lookup.lookup(users["officer"], case_ref, "+31687654321")
    screen.refresh()
    customer_cell = screen.model.index(0, AccessRequestModel.COL_CUSTOMER)
    assert customer_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "secrecy flag" in customer_cell.data(Qt.ItemDataRole.ToolTipRole)

    answer = screen.open_answer()
    assert answer is not None
    qtbot.addWidget(answer)
    assert "0 recipients" in answer.summary.text()
    out = tmp_path / "answer.pdf"
    answer.save_to(out)
    assert out.read_bytes().startswith(b"%PDF") and answer.saved == out
    assert sqlite_services.dsar.show(users["fg"], form.created.id).status.value == "answered"
