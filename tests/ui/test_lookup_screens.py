"""The Lookup and Import screens, driven through their real widgets on the hand-made data."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimeZone
from sqlalchemy import func, select

from lawfulreq.db.models import Customer, DisclosureItem
from lawfulreq.services.audit import AuditFilter
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import _USERS_SEEN
from tests.lookup.data import CUSTOMERS, Cases, load_world, make_cases, write
from ui.errors import ErrorReporter
from ui.models.lookup_table import ELIDED_COLUMNS, SECRET_COLUMN, LookupTableModel
from ui.navigation import LookupRequest
from ui.preferences import Preferences
from ui.screen import ScreenContext
from ui.screens.import_data import ImportScreen
from ui.screens.lookup import LookupScreen
from ui.tasks import TaskRunner


@pytest.fixture
def users(actors: None, sqlite_services: AppServices) -> dict[str, Actor]:
    """The template's four users (the `actors` fixture makes the copy hold them)."""
    return dict(_USERS_SEEN["sqlite-True"])


@pytest.fixture
def world(sqlite_services: AppServices, users: dict[str, Actor], tmp_path: Path) -> Cases:
    load_world(sqlite_services, users["fg"], tmp_path)
    return make_cases(sqlite_services, users["fg"])


@pytest.fixture
def make_context(
    sqlite_services: AppServices,
    users: dict[str, Actor],
    preferences: Preferences,
    reporter: ErrorReporter,
) -> Callable[[str], tuple[ScreenContext, list[str]]]:
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


def _amsterdam(text: str) -> QDateTime:
    """Wall time in Amsterdam, whatever the test machine's zone."""
    value = QDateTime.fromString(text, "yyyy-MM-dd HH:mm")
    return QDateTime(value.date(), value.time(), QTimeZone(b"Europe/Amsterdam"))


def _officer_screen(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    case_ref: str,
) -> tuple[LookupScreen, list[str]]:
    """The officer's Lookup screen, loaded, with `case_ref` chosen; and its status messages."""
    context, statuses = make_context("officer")
    screen = LookupScreen(context)
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    screen.refresh()
    screen.case.setCurrentIndex(screen.case.findData(case_ref))
    return screen, statuses


def test_the_query_box_shows_kind_and_normal_form_as_you_type(
    qtbot: object, make_context: Callable[[str], tuple[ScreenContext, list[str]]], english: None
) -> None:
    context, _ = make_context("officer")
    screen = LookupScreen(context)
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    qtbot.keyClicks(screen.query, "06-1234 5678")  # type: ignore[attr-defined]
    assert screen.detected.text() == "phone number: 06-12345678"
    screen.query.setText("100.64.1.1:1500")
    assert screen.detected.text().startswith("IP address: 100.64.1.1")
    screen.query.setText("@@")
    assert screen.detected.text() == "Not recognised yet"


def test_lookup_at_a_moment_shows_holder_detail_and_history_then_adds_to_case(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    sqlite_services: AppServices,
    english: None,
) -> None:
    context, statuses = make_context("officer")
    screen = LookupScreen(context)
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    screen.refresh()
    refs = [screen.case.itemData(i) for i in range(screen.case.count())]
    assert sorted(refs) == [world.subscriber, world.traffic]  # the closed case is not offered
    screen.case.setCurrentIndex(refs.index(world.subscriber))
    screen.at.setDateTime(_amsterdam("2023-05-01 12:00"))
    screen.query.setText("06-12345678")
    qtbot.mouseClick(screen.run_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    assert screen.model.rowCount() == 1
    assert screen.model.index(0, 0).data() == "C1"
    assert screen.summary.text() == "1 holder found."  # a plural form, not "(s)"
    detail = screen.detail.toPlainText()
    assert "Ported out to\nKPN" in detail
    assert "(ported in from KPN)" in detail
    assert "Ömer Çelik (C2)" in detail  # who held the number after
    assert "History of this identifier" in detail
    assert any(world.subscriber in s for s in statuses)

    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    with sqlite_services.db.sessions.begin() as session:
        added = session.scalar(select(func.count()).select_from(DisclosureItem))
    assert added == 1


def test_a_period_lists_both_holders_and_a_secret_number_is_marked(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    screen, _ = _officer_screen(qtbot, make_context, world.subscriber)
    screen.over_period.setChecked(True)
    assert not screen.at.isEnabled() and screen.period_from.isEnabled()
    screen.period_from.setDateTime(_amsterdam("2023-01-01 00:00"))
    screen.period_to.setDateTime(_amsterdam("2026-01-01 00:00"))
    screen.query.setText("+31612345678")
    screen.run_lookup()
    assert [screen.model.index(r, 0).data() for r in range(2)] == ["C1", "C2"]
    secret = screen.model.index(1, screen.model.columnCount() - 1)
    assert secret.data() == "secret"
    assert "Within the period" in screen.detail.toPlainText()


def test_the_table_model_passes_qt_model_tests(
    qtmodeltester: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    sqlite_services: AppServices,
    users: dict[str, Actor],
) -> None:
    result = sqlite_services.lookup.lookup(users["officer"], world.subscriber, "100.64.1.1")
    model = LookupTableModel()
    model.set_matches(result.matches)
    assert model.rowCount() == 2
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_import_screen_lists_bad_rows_then_imports_the_rest_when_told_to_skip(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    sqlite_services: AppServices,
    tmp_path: Path,
    english: None,
) -> None:
    context, _ = make_context("fg")
    screen = ImportScreen(context)
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    assert "customer_id" in screen.columns.text()
    bad = CUSTOMERS.replace("1234 AB;Utrecht", "0000 AB;Utrecht")
    screen.path.setText(str(write(tmp_path, "customers.csv", bad)))

    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert screen.bad_rows.rowCount() == 1
    assert screen.bad_rows.item(0, 0).text() == "2"
    assert screen.bad_rows.item(0, 1).text() == "postcode"
    assert "1 bad row." in screen.summary.text()

    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert screen.summary.text().startswith("4 rows read, with bad rows: nothing was imported")
    with sqlite_services.db.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0

    screen.skip_bad.setChecked(True)
    screen.import_button.click()
    # Written and skipped rows are counted apart: 3 of the 4 rows read went in.
    assert screen.summary.text().startswith(
        "Imported 3 of 4 rows: 3 new, 0 changed, 0 unchanged, 0 end-dated. 1 bad row skipped."
    )
    assert "Skipped rows are in" in screen.summary.text()
    with sqlite_services.db.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 3


def test_every_column_fits_at_the_width_a_1280_window_leaves_long_text_elided(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    sqlite_services: AppServices,
    english: None,
) -> None:
    context, _ = make_context("officer")
    screen = LookupScreen(context)
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    screen.resize(1060, 700)  # 1280 minus the navigation column
    screen.show()
    result = sqlite_services.lookup.lookup(context.actor, world.subscriber, "+31612345678")
    long = result.matches[0]._replace(
        name="Administratiekantoor en Accountancy van der Stael de Jonge B.V.",
        street="Burgemeester van Nispen tot Sevenaerstraat",
        town="Kapelle-op-den-Bosch",
    )
    screen._show_result(dataclasses.replace(result, matches=(long, *result.matches)))
    header = screen.table.horizontalHeader()
    assert screen.table.horizontalScrollBar().maximum() == 0
    assert header.length() <= screen.table.viewport().width()
    model = screen.model
    for column in ELIDED_COLUMNS:
        cell = model.index(0, column)
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()
        assert header.sectionSize(column) < screen.table.sizeHintForColumn(column)
    for column in range(model.columnCount()):
        if column not in ELIDED_COLUMNS:  # short values are shown whole
            assert header.sectionSize(column) >= screen.table.sizeHintForColumn(column)
    secret = model.headerData(SECRET_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "not listed in directories" in secret


def test_a_bsn_shaped_value_is_explained_not_looked_up(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    screen, statuses = _officer_screen(qtbot, make_context, world.subscriber)
    screen.query.setText("111222333")
    advice = "For the phone number, type 0111222333 or +31111222333."
    assert screen.detected.text().startswith("Ambiguous: 111222333 passes the BSN check")
    assert screen.detected.text().endswith(advice)
    screen.run_lookup()
    assert screen.summary.text().endswith(advice)
    assert screen.model.rowCount() == 0 and not statuses  # nothing was looked up
    screen.query.setText("0111222333")
    assert screen.detected.text() == "phone number: 0111-222333"
    screen.query.setText("123456789")  # fails the 11-test: an ordinary (invalid) number
    assert screen.detected.text() == "Not recognised yet"


# ---------------------------------------------------------------------------- privacy (issue 15)


def _lookups_logged(services: AppServices, fg: Actor) -> int:
    return services.audit.count(fg, AuditFilter(action="subscriber.lookup"))


def test_no_case_is_chosen_until_the_user_chooses_one(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    users: dict[str, Actor],
    english: None,
) -> None:
    context, statuses = make_context("officer")
    sqlite_services = context.services
    screen = LookupScreen(context)
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    screen.show()
    screen.refresh()
    assert screen.case.count() == 2
    assert screen.case.currentIndex() == -1 and screen.case.currentData() is None
    assert screen.case.currentText() == ""
    assert screen.case.placeholderText() == "Choose the case this lookup is for…"
    assert screen.results.visible_text().startswith("Choose the case this lookup is for")
    before = _lookups_logged(sqlite_services, users["fg"])

    qtbot.keyClicks(screen.query, "06-12345678")  # type: ignore[attr-defined]
    qtbot.keyClick(screen.query, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert screen.summary.text() == "Choose the case this lookup is for."
    assert screen.model.rowCount() == 0 and not screen.add_button.isEnabled()
    assert _lookups_logged(sqlite_services, users["fg"]) == before and not statuses
    assert screen.focusWidget() is screen.case  # the user is taken to what is missing

    # Revisiting the screen reloads the cases; still nobody chose one.
    screen.refresh()
    assert screen.case.currentIndex() == -1

    screen.case.setCurrentIndex(screen.case.findData(world.subscriber))
    screen.at.setDateTime(_amsterdam("2023-05-01 12:00"))
    qtbot.mouseClick(screen.run_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert screen.model.rowCount() == 1
    assert _lookups_logged(sqlite_services, users["fg"]) == before + 1
    assert statuses == [f"Lookup recorded in the audit log for {world.subscriber}."]
    # A reload keeps the user's own choice.
    screen.refresh()
    assert screen.case.currentData() == world.subscriber


def test_the_case_box_names_the_basis_in_words_and_keeps_the_code_in_a_tooltip(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    screen, _ = _officer_screen(qtbot, make_context, world.subscriber)
    texts = [screen.case.itemText(i) for i in range(screen.case.count())]
    assert all("sv-" not in text for text in texts), texts
    assert any("art. 126na Sv — " in text for text in texts), texts
    tips = {screen.case.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(len(texts))}
    assert "sv-126na" in tips


def _answered_screen(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
) -> LookupScreen:
    screen, _ = _officer_screen(qtbot, make_context, world.subscriber)
    screen.at.setDateTime(_amsterdam("2023-05-01 12:00"))
    screen.query.setText("06-12345678")
    screen.run_lookup()
    assert screen.model.rowCount() == 1 and screen.add_button.isEnabled()
    assert not screen.results.showing_message
    assert "C1" in screen.detail.toPlainText()
    return screen


def _assert_answer_gone(screen: LookupScreen) -> None:
    assert screen.result is None
    assert screen.model.rowCount() == 0
    assert not screen.add_button.isEnabled()
    assert screen.summary.text() == "The question changed: look up again."
    assert screen.results.visible_text() == "Type an identifier or name and press Look up."
    assert "C1" not in screen.detail.toPlainText()


def test_typing_in_the_query_takes_the_old_answer_off_the_screen(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    screen = _answered_screen(qtbot, make_context, world)
    qtbot.keyClick(screen.query, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    _assert_answer_gone(screen)


def test_choosing_another_case_takes_the_old_answer_off_the_screen(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    screen = _answered_screen(qtbot, make_context, world)
    screen.case.setCurrentIndex(screen.case.findData(world.traffic))
    _assert_answer_gone(screen)
    # Add to case stays off until the new case has its own answer.
    screen.add_to_case()
    assert screen.result is None


def test_changing_the_moment_takes_the_old_answer_off_the_screen(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    screen = _answered_screen(qtbot, make_context, world)
    screen.at.setDateTime(_amsterdam("2024-05-01 12:00"))
    _assert_answer_gone(screen)


def test_an_answer_that_arrives_after_the_question_changed_is_not_shown(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    screen, statuses = _officer_screen(qtbot, make_context, world.subscriber)
    screen.at.setDateTime(_amsterdam("2023-05-01 12:00"))
    screen.query.setText("06-12345678")
    real_submit = screen.context.tasks.submit
    held: list[tuple[Callable[..., object], Callable[..., None]]] = []

    def hold(func: Callable[..., object], on_success: Callable[..., None], **_kw: object) -> None:
        held.append((func, on_success))

    screen.context.tasks.submit = hold  # type: ignore[method-assign,assignment]
    screen.run_lookup()
    assert screen.results.visible_text() == "Looking up…"
    screen.query.setText("06-12345679")  # the user changes the query while it runs
    screen.context.tasks.submit = real_submit  # type: ignore[method-assign]
    func, on_success = held[0]
    on_success(func(None))
    assert screen.model.rowCount() == 0 and not screen.add_button.isEnabled()
    # It was asked (and audited) for the old query: the status bar says so.
    assert statuses == [f"Lookup recorded in the audit log for {world.subscriber}."]


def test_another_screen_can_send_a_query_with_its_case_but_never_a_case_by_default(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    context, statuses = make_context("officer")
    screen = LookupScreen(context)
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    screen.apply_request("06-12345678")  # a bare query: filled in, nothing looked up
    screen.refresh()
    assert screen.query.text() == "06-12345678"
    assert screen.case.currentIndex() == -1 and not statuses

    screen.apply_request(LookupRequest("100.64.1.1", world.subscriber))
    assert screen.case.currentData() == world.subscriber
    assert screen.model.rowCount() == 2
    assert statuses == [f"Lookup recorded in the audit log for {world.subscriber}."]


def test_a_case_sent_before_the_cases_are_loaded_is_chosen_when_they_arrive(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    context, statuses = make_context("officer")
    screen = LookupScreen(context)
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    screen.apply_request(LookupRequest("100.64.1.1", world.subscriber))
    assert screen.case.currentIndex() == -1 and not statuses
    screen.refresh()
    assert screen.case.currentData() == world.subscriber
    assert screen.model.rowCount() == 2


def test_a_two_letter_name_search_is_refused_and_the_screen_says_why(
    qtbot: object,
    make_context: Callable[[str], tuple[ScreenContext, list[str]]],
    world: Cases,
    english: None,
) -> None:
    """Issue 15, defect 11: "de" listed 67 holders; a name search must name someone."""
    screen, statuses = _officer_screen(qtbot, make_context, world.subscriber)
    qtbot.keyClicks(screen.query, "de")  # type: ignore[attr-defined]
    assert screen.detected.text().startswith("Too broad: a name search needs a word of at least 3")
    screen.run_lookup()
    assert screen.summary.text().startswith("Too broad:")
    assert screen.model.rowCount() == 0 and not statuses  # nothing was looked up, or logged
    for query in ("van der", "de la"):
        screen.query.setText(query)
        assert screen.detected.text().startswith("Too broad:"), query
    screen.query.setText("de Bak")  # "bak" names someone: allowed
    assert screen.detected.text() == "name (any word, by its start): de bak"
