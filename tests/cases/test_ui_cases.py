"""The cases GUI with qtbot: table model, list, new-case dialog, case page workflow, conflicts."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFormLayout, QScrollArea
from pytestqt.qtbot import QtBot

from lawfulreq.domain.enums import CaseStatus, VerificationMethod
from lawfulreq.errors import StorageError
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.cases.conftest import bulk_cases, demand
from tests.ui.clipping import clipped
from ui.delegates import status_colours
from ui.dialogs.new_case import NewCaseDialog
from ui.errors import ErrorReporter
from ui.i18n import install_language
from ui.models.case_table import CaseTableModel, blank_icon
from ui.navigation import NavigationRequest
from ui.preferences import Preferences
from ui.screen import ScreenContext
from ui.screens.case_detail import CaseDetailScreen
from ui.screens.cases import CaseListPage, CasesScreen
from ui.screens.legal_rules import LegalRulesScreen
from ui.tasks import TaskRunner


@pytest.fixture
def contexts(
    sqlite_services: AppServices, gui_actors: dict[str, Actor], tmp_path: Path
) -> Iterator[dict[str, ScreenContext]]:
    """A ScreenContext per role, as the main window builds it (synchronous task runner)."""
    reporter = ErrorReporter(tmp_path / "test.log", interactive=False)
    tasks = TaskRunner(reporter.report, synchronous=True)
    preferences = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    statuses: list[str] = []

    def navigate(_request: NavigationRequest) -> None:
        return None

    yield {
        role: ScreenContext(
            services=sqlite_services,
            actor=actor,
            tasks=tasks,
            errors=reporter,
            preferences=preferences,
            navigate=navigate,
            show_status=statuses.append,
            change_language=lambda _language: None,
        )
        for role, actor in gui_actors.items()
    }
    assert not reporter.reported, reporter.reported


def test_model_passes_modeltester_and_pages(
    sqlite_services: AppServices,
    gui_actors: dict[str, Actor],
    contexts: dict[str, ScreenContext],
    qtmodeltester,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(CaseTableModel, "PAGE_SIZE", 7)
    bulk_cases(sqlite_services, 30, actor_id=gui_actors["officer"].user_id)
    sync_tasks = contexts["officer"].tasks
    model = CaseTableModel(sqlite_services.cases, gui_actors["officer"], tasks=sync_tasks)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 30
    refs = [model.data(model.index(r, 0)) for r in range(30)]
    assert refs[0] == "LR-2025-000001" and refs[29] == "LR-2025-000030"
    assert len(set(refs)) == 30
    model.sort(CaseTableModel.COL_REF, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "LR-2025-000030"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_model_fetches_pages_through_the_task_runner(
    qtbot: QtBot, sqlite_services: AppServices, gui_actors: dict[str, Actor], monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Off the GUI thread: rows of a page on its way are empty, then dataChanged fills them."""
    monkeypatch.setattr(CaseTableModel, "PAGE_SIZE", 10)
    bulk_cases(sqlite_services, 25, actor_id=gui_actors["officer"].user_id)
    reporter = ErrorReporter(tmp_path / "t.log", interactive=False)
    tasks = TaskRunner(reporter.report)
    model = CaseTableModel(sqlite_services.cases, gui_actors["officer"], tasks=tasks)
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.loaded, timeout=5000) as loaded:
        model.reload()
    assert loaded.args == [25] and model.rowCount() == 25
    assert model.data(model.index(12, 0)) is None
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), last.row()) == (10, 19)
    assert model.data(model.index(12, 0)) == "LR-2025-000013"
    assert not reporter.reported


def test_list_filters_and_opens(
    qtbot: QtBot,
    sqlite_services: AppServices,
    gui_actors: dict[str, Actor],
    contexts: dict[str, ScreenContext],
    qsettings_tmp: None,
) -> None:
    officer = gui_actors["officer"]
    first = sqlite_services.intake.create(officer, demand(targets=("06-11111111",)))
    sqlite_services.intake.create(gui_actors["officer2"], demand(targets=("06-22222222",)))
    sqlite_services.cases.move(officer, first.ref, "under_review")
    page = CaseListPage(contexts["officer"])
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 2 and page.count_label.text() == "2 cases"
    page.owner.setCurrentIndex(page.owner.findData(officer.user_id))
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 case"
    page.owner.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("under_review"))
    assert [page.model.data(page.model.index(0, 0))] == [first.ref]
    page.status.setCurrentIndex(0)
    page.search.setText("no such thing")
    assert page.model.rowCount() == 0
    page.search.setText("")
    left = page.model.data(page.model.index(0, CaseTableModel.COL_LEFT))
    assert left == "7 days"
    ref_cell = page.model.index(0, CaseTableModel.COL_REF)
    lock = page.model.data(ref_cell, Qt.ItemDataRole.DecorationRole)
    assert isinstance(lock, QIcon) and not lock.isNull()
    # A case that is not secret gets an empty icon of the same size: references line up.
    open_case = replace(page.model.summary(0), secrecy=False)  # type: ignore[type-var]
    room = page.model.role_data(open_case, CaseTableModel.COL_REF, Qt.ItemDataRole.DecorationRole)
    assert room is blank_icon() and room.cacheKey() != lock.cacheKey()
    size = page.table.iconSize()
    assert room.pixmap(size).size() == lock.pixmap(size).size()
    assert "never tell the customer" in page.model.data(ref_cell, Qt.ItemDataRole.ToolTipRole)
    # Columns: the header's menu hides one; a new list page (next start) keeps it hidden.
    menu = page.column_menu()
    titles = [a.text() for a in menu.actions()]
    assert titles[0] == "Status" and "Reference" not in titles
    # The received date starts hidden (the deadline matters more at 1280 pixels).
    assert page.table.isColumnHidden(CaseTableModel.COL_RECEIVED)
    assert not menu.actions()[titles.index("Received")].isChecked()
    menu.actions()[titles.index("Received")].setChecked(True)
    menu.actions()[titles.index("Due")].setChecked(False)
    assert page.table.isColumnHidden(CaseTableModel.COL_DUE)
    page.save_columns()
    again = CaseListPage(contexts["officer"])
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(CaseTableModel.COL_DUE)
    assert not again.table.isColumnHidden(CaseTableModel.COL_RECEIVED)
    assert not again.table.isColumnHidden(CaseTableModel.COL_AUTHORITY)
    with qtbot.waitSignal(page.case_opened) as opened:
        page.table.doubleClicked.emit(page.model.index(1, 0))
    assert opened.args and opened.args[0].startswith("LR-2026-")


def test_dialog_live_findings_and_create(
    qtbot: QtBot,
    sqlite_services: AppServices,
    gui_actors: dict[str, Actor],
    contexts: dict[str, ScreenContext],
) -> None:
    dialog = NewCaseDialog(contexts["officer"])
    qtbot.addWidget(dialog)
    dialog.authority.setEditText("Politie Eenheid Noord")
    dialog.requester.setEditText("A. Jansen")
    assert "AUTHORITY_UNVERIFIED" in dialog.finding_codes()
    dialog.issuer.setCurrentIndex(dialog.issuer.findData("investigating_officer"))
    assert "ISSUER_NOT_COMPETENT" in dialog.finding_codes()
    shown = [label.property("code") for label in dialog.finding_labels]
    assert shown == [f.code.value for f in dialog.findings]
    dialog.issuer.setCurrentIndex(dialog.issuer.findData("prosecutor"))
    assert "ISSUER_NOT_COMPETENT" not in dialog.finding_codes()
    dialog.targets.setPlainText("06-12345678\n12")
    assert dialog.target_preview_lines[0].endswith(": 06-12345678")
    assert "TARGET_INVALID" in dialog.finding_codes()
    dialog.targets.setPlainText("06 12 34 56 78")
    dialog.categories["content"].setChecked(True)
    assert "DATA_NOT_ALLOWED" in dialog.finding_codes()
    dialog.categories["content"].setChecked(False)
    dialog.verification.setCurrentIndex(dialog.verification.findData("in_person"))
    dialog.notes.setPlainText("BSN 111222333")
    assert dialog.finding_codes() == {"BSN_MASKED"}
    dialog.create_button.click()
    assert dialog.created is not None and dialog.created.ref == "LR-2026-000001"
    detail = sqlite_services.cases.get(gui_actors["fg"], dialog.created.ref)
    assert detail.notes == "BSN [BSN]" and detail.targets[0].normalised == "+31612345678"
    assert detail.authority.name == "Politie Eenheid Noord"


def test_dialog_offers_delivery_wiv_approvals_and_eu_orders(
    qtbot: QtBot,
    sqlite_services: AppServices,
    gui_actors: dict[str, Actor],
    contexts: dict[str, ScreenContext],
) -> None:
    dialog = NewCaseDialog(contexts["officer"])
    qtbot.addWidget(dialog)
    dialog.authority.setEditText("Politie Eenheid Noord")
    dialog.requester.setEditText("A. Jansen")
    dialog.verification.setCurrentIndex(dialog.verification.findData("in_person"))
    dialog.targets.setPlainText("06 12 34 56 78")
    assert not dialog.wiv_minister_given.isEnabled()  # sv-126n: no Wiv approvals
    assert [dialog.delivery.itemData(i) for i in range(dialog.delivery.count())] == [
        "once",
        "periodic",
        "realtime",
    ]

    dialog.basis.setCurrentIndex(dialog.basis.findData("sv-126ne"))
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("realtime"))
    assert dialog.finding_codes() == {"RC_AUTHORISATION_MISSING"}
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("once"))
    assert dialog.finding_codes() == set()

    dialog.basis.setCurrentIndex(dialog.basis.findData("eu-epoc"))
    assert "EPOC" in dialog.basis.currentText()
    dialog.categories["traffic"].setChecked(True)
    assert dialog.finding_codes() == {"RC_AUTHORISATION_MISSING"}
    dialog.categories["traffic"].setChecked(False)

    dialog.basis.setCurrentIndex(dialog.basis.findData("wiv-47"))
    dialog.issuer.setCurrentIndex(dialog.issuer.findData("intelligence_service"))
    dialog.categories["subscriber"].setChecked(False)
    dialog.categories["interception"].setChecked(True)
    assert dialog.wiv_minister_given.isEnabled() and dialog.wiv_tib_date.isEnabled()
    assert dialog.finding_codes() == {"WIV_APPROVAL_MISSING"}
    dialog.wiv_minister_given.setChecked(True)
    assert dialog.finding_codes() == {"WIV_APPROVAL_MISSING"}
    dialog.wiv_tib_given.setChecked(True)
    assert dialog.finding_codes() == set()
    dialog.foreign_origin.setText("BE, parquet de Bruxelles")
    dialog.create_button.click()
    assert dialog.created is not None
    detail = sqlite_services.cases.get(gui_actors["fg"], dialog.created.ref)
    assert detail.wiv_minister_date == detail.wiv_tib_date == detail.received_at.date()
    assert detail.foreign_origin == "BE, parquet de Bruxelles"

    dialog2 = NewCaseDialog(contexts["officer"])
    qtbot.addWidget(dialog2)
    dialog2.basis.setCurrentIndex(dialog2.basis.findData("none"))
    assert "NO_LEGAL_BASIS" in dialog2.finding_codes()


def test_dialog_offers_every_verification_method_in_words(
    qtbot: QtBot,
    sqlite_services: AppServices,
    gui_actors: dict[str, Actor],
    contexts: dict[str, ScreenContext],
) -> None:
    dialog = NewCaseDialog(contexts["officer"])
    qtbot.addWidget(dialog)
    combo = dialog.verification
    offered = [combo.itemData(i) for i in range(1, combo.count())]
    assert offered == [m.value for m in VerificationMethod]
    signed = combo.itemText(combo.findData(VerificationMethod.SIGNED_ELECTRONIC.value))
    assert signed and "signed_electronic" not in signed


def test_dialog_shows_bad_input_inline(
    qtbot: QtBot,
    sqlite_services: AppServices,
    gui_actors: dict[str, Actor],
    contexts: dict[str, ScreenContext],
) -> None:
    dialog = NewCaseDialog(contexts["officer"])
    qtbot.addWidget(dialog)
    dialog.authority.setEditText("Politie")
    dialog.requester.setEditText("B")
    dialog.create_button.click()
    text = dialog.error_label.text()
    assert dialog.created is None and text.startswith("Something you entered") and "targets" in text


def test_detail_moves_through_the_workflow(
    qtbot: QtBot, sqlite_services: AppServices, contexts: dict[str, ScreenContext]
) -> None:
    officer = contexts["officer"].actor
    created = sqlite_services.intake.create(officer, demand(verifications=()))
    screen = CaseDetailScreen(
        contexts["officer"], created.ref, reason_prompt=lambda _w, _t: "waiting"
    )
    qtbot.addWidget(screen)
    screen.reload()
    assert screen.secrecy_badge.isVisibleTo(screen)
    assert set(screen.move_buttons) == {
        CaseStatus.AWAITING_CONFIRMATION,
        CaseStatus.UNDER_REVIEW,
        CaseStatus.ON_HOLD,
        CaseStatus.REJECTED,
        CaseStatus.WITHDRAWN,
    }
    screen.move_buttons[CaseStatus.ON_HOLD].click()
    assert screen.detail is not None and screen.detail.status is CaseStatus.ON_HOLD
    assert "paused" in screen.deadline_label.text()
    screen.move_buttons[CaseStatus.UNDER_REVIEW].click()
    screen.move_buttons[CaseStatus.APPROVED].click()
    assert "AUTHORITY_UNVERIFIED" in screen.error_label.text()
    assert screen.detail.status is CaseStatus.UNDER_REVIEW
    assert screen.ack_button.isEnabled()
    screen.ack_button.click()
    assert screen.findings_table.item(0, 3).text() == "officer"
    assert not screen.ack_button.isEnabled()
    for state in (CaseStatus.APPROVED, CaseStatus.DISCLOSED, CaseStatus.CLOSED):
        screen.move_buttons[state].click()
    assert screen.detail.status is CaseStatus.CLOSED and screen.move_buttons == {}
    history = [[i.when, i.who, i.what, i.why] for i in screen.history_timeline.items]
    # Intake also sets the secrecy flag (issue 12), one row after the registration.
    assert history[1][2] == "Secrecy flag set"
    assert history[3][2:] == ["Moved: Received → On hold", "waiting"]
    assert any(
        row[2] == "Warning acknowledged: Requester's identity not checked" for row in history
    )
    assert history[-1][2] == "Moved: Disclosed → Closed"
    # One audit event per history row: the tab shows the case's audit trail as stored.
    assert len(history) == len(sqlite_services.cases.history(officer, created.ref))


def test_second_users_stale_edit_shows_the_conflict(
    qtbot: QtBot, sqlite_services: AppServices, contexts: dict[str, ScreenContext]
) -> None:
    created = sqlite_services.intake.create(contexts["officer"].actor, demand())
    mine = CaseDetailScreen(contexts["officer"], created.ref)
    theirs = CaseDetailScreen(contexts["officer2"], created.ref)
    for screen in (mine, theirs):
        qtbot.addWidget(screen)
        screen.reload()
    theirs.move_buttons[CaseStatus.UNDER_REVIEW].click()
    mine.notes_edit.setPlainText("my note")
    mine.save_notes.click()
    text = mine.error_label.text()
    assert text.startswith("Someone else changed this record in the meantime. Press F5")
    assert "officer2" in text
    mine.reload_button.click()
    assert not mine.error_label.isVisibleTo(mine)
    assert mine.detail is not None and mine.detail.status is CaseStatus.UNDER_REVIEW


def test_auditor_sees_a_read_only_case(
    qtbot: QtBot, sqlite_services: AppServices, contexts: dict[str, ScreenContext]
) -> None:
    created = sqlite_services.intake.create(contexts["officer"].actor, demand())
    screen = CaseDetailScreen(contexts["auditor"], created.ref)
    qtbot.addWidget(screen)
    screen.reload()
    assert screen.detail is not None and screen.detail.allowed_moves
    assert screen.move_buttons == {}
    assert screen.read_only_note.isVisibleTo(screen)
    assert not screen.save_notes.isVisibleTo(screen) and screen.notes_edit.isReadOnly()


def test_legal_rules_fg_edits_others_read(
    qtbot: QtBot, sqlite_services: AppServices, contexts: dict[str, ScreenContext]
) -> None:
    screen = LegalRulesScreen(contexts["fg"])
    qtbot.addWidget(screen)
    screen.reload()
    screen.select("sv-126n")
    assert screen.rule is not None and screen.rule.code == "sv-126n"
    assert not screen.rc_required.isChecked()
    screen.rc_required.setChecked(True)
    screen.save_button.click()
    assert "version 2" in screen.message.text()
    assert sqlite_services.catalogue.get("sv-126n").rc_authorisation_required
    assert screen.versions.text().startswith("version 2, ")
    assert "\nversion 1, " in screen.versions.text()
    assert "by the rules shipped with LawfulReq" in screen.versions.text()
    readonly = LegalRulesScreen(contexts["officer"])
    qtbot.addWidget(readonly)
    readonly.reload()
    assert not readonly.rc_required.isEnabled() and not readonly.save_button.isVisibleTo(readonly)
    assert readonly.read_only_note.isVisibleTo(readonly)


def test_legal_rules_show_source_note_and_further_checks(
    qtbot: QtBot, contexts: dict[str, ScreenContext]
) -> None:
    screen = LegalRulesScreen(contexts["officer"])
    qtbot.addWidget(screen)
    screen.reload()
    screen.select("sv-126n")
    assert "ECLI:NL:HR:2022:475" in screen.source.toPlainText()
    assert "3" in screen.checks.toPlainText() and screen.checks.toPlainText() != "—"
    screen.select("eu-epoc")
    assert "2023/1543" in screen.source.toPlainText()
    assert "10" in screen.checks.toPlainText() and "8" in screen.checks.toPlainText()
    assert "designated establishment" in screen.notes.toPlainText()
    screen.select("sv-126nc")
    assert "126bb lid 4" in screen.source.toPlainText()


def test_new_case_form_reads_the_database_off_the_gui_thread(
    qtbot: QtBot,
    sqlite_services: AppServices,
    contexts: dict[str, ScreenContext],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Ctrl+N's form data and the open-case check while typing targets come from a worker."""
    officer = contexts["officer"].actor
    sqlite_services.intake.create(officer, demand(targets=("06-11111111",)))
    reporter = ErrorReporter(tmp_path / "bg.log", interactive=False)
    context = replace(contexts["officer"], tasks=TaskRunner(reporter.report))
    threads: list[threading.Thread] = []
    for service, name in (
        (sqlite_services.cases, "open_target_refs"),
        (sqlite_services.authorities, "list"),
        (sqlite_services.catalogue, "current"),
    ):
        real = getattr(service, name)

        def spy(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            threads.append(threading.current_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(service, name, spy)
    screen = CasesScreen(context)
    qtbot.addWidget(screen)
    assert screen.open_new_case() is None  # still reading the form's data
    assert QApplication.overrideCursor() is not None  # busy meanwhile
    assert screen.open_new_case() is None  # a second Ctrl+N meanwhile opens no second form
    qtbot.waitUntil(lambda: screen.new_case_dialog is not None, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is None, timeout=5000)
    dialog = screen.new_case_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.authority.findText("Politie Eenheid Oost-Nederland") >= 0
    dialog.targets.setPlainText("06-11111111")
    assert "DUPLICATE_TARGET" not in dialog.finding_codes()  # asked once the typing pauses
    qtbot.waitUntil(lambda: "DUPLICATE_TARGET" in dialog.finding_codes(), timeout=5000)
    dialog.targets.setPlainText("06-22222222")
    qtbot.waitUntil(lambda: "DUPLICATE_TARGET" not in dialog.finding_codes(), timeout=5000)
    assert len(threads) >= 3 and threading.main_thread() not in threads
    dialog.reject()
    context.tasks.wait_for_all()
    assert not reporter.reported


def test_a_paused_deadline_shows_greyed_with_the_reason(
    sqlite_services: AppServices, gui_actors: dict[str, Actor], contexts: dict[str, ScreenContext]
) -> None:
    officer = gui_actors["officer"]
    created = sqlite_services.intake.create(officer, demand(targets=("06-11111111",)))
    sqlite_services.cases.move(officer, created.ref, "on_hold", reason="waiting for the order")
    model = CaseTableModel(sqlite_services.cases, officer, tasks=contexts["officer"].tasks)
    model.reload()
    cell = model.index(0, CaseTableModel.COL_LEFT)
    assert model.data(cell) == "7 days"  # the status column says "On hold"
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole).startswith("Paused")
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole).color().name() == "#6b7280"
    assert model.data(model.index(0, CaseTableModel.COL_STATUS)) == "on_hold"


def test_sorting_while_the_count_is_on_its_way_still_finishes_the_load(
    qtbot: QtBot, sqlite_services: AppServices, gui_actors: dict[str, Actor], tmp_path: Path
) -> None:
    """A header click during a reload must not drop the count (the list stuck on Loading…)."""
    officer = gui_actors["officer"]
    bulk_cases(sqlite_services, 12, actor_id=officer.user_id)
    reporter = ErrorReporter(tmp_path / "t.log", interactive=False)
    model = CaseTableModel(sqlite_services.cases, officer, tasks=TaskRunner(reporter.report))
    with qtbot.waitSignal(model.loaded, timeout=5000) as loaded:
        model.reload()
        model.sort(CaseTableModel.COL_REF, Qt.SortOrder.DescendingOrder)
    assert loaded.args == [12] and not model.loading
    assert model.data(model.index(0, 0)) == "LR-2025-000012"  # the new order, first page
    assert not reporter.reported


def test_a_failing_page_is_reported_once_not_at_every_repaint(
    qtbot: QtBot,
    sqlite_services: AppServices,
    gui_actors: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(CaseTableModel, "PAGE_SIZE", 5)
    officer = gui_actors["officer"]
    bulk_cases(sqlite_services, 12, actor_id=officer.user_id)
    reporter = ErrorReporter(tmp_path / "t.log", interactive=False)
    model = CaseTableModel(sqlite_services.cases, officer, tasks=TaskRunner(reporter.report))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise StorageError("disk gone", code="storage")

    setattr(sqlite_services.cases, "list", broken)  # noqa: B010 - undone below by del
    for _ in range(5):  # repaints asking for a row of the second page
        assert model.data(model.index(7, 0)) is None
        qtbot.wait(50)
    qtbot.waitUntil(lambda: len(reporter.reported) == 1, timeout=5000)
    qtbot.wait(100)
    assert len(reporter.reported) == 1
    del sqlite_services.cases.list  # the disk is back: the class's method again
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()  # F5 asks again
    assert model.data(model.index(7, 0)) is None
    qtbot.waitUntil(lambda: model.data(model.index(7, 0)) is not None, timeout=5000)


def test_closing_the_form_while_a_duplicate_check_runs_is_quiet(
    qtbot: QtBot, sqlite_services: AppServices, contexts: dict[str, ScreenContext], tmp_path: Path
) -> None:
    reporter = ErrorReporter(tmp_path / "bg.log", interactive=False)
    tasks = TaskRunner(reporter.report)
    dialog = NewCaseDialog(replace(contexts["officer"], tasks=tasks))
    dialog.show()
    dialog.targets.setPlainText("06-11111111")
    dialog._check_duplicates()  # as when the typing pause ends
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(50)
    tasks.wait_for_all()
    qtbot.wait(100)
    assert not reporter.reported


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_demand_tab_shows_every_value_whole_at_the_width_of_a_1280_window(
    qtbot: QtBot, sqlite_services: AppServices, contexts: dict[str, ScreenContext], language: str
) -> None:
    """Issue 15, defect 1: long values wrap (nothing cut to one line), the next-step buttons
    and the targets' headers are not clipped."""
    officer = contexts["officer"].actor
    created = sqlite_services.intake.create(
        officer,
        demand(
            authority_name="Openbaar Ministerie, Arrondissementsparket Zeeland-West-Brabant, "
            "Team Digitale Opsporing en Cybercrime",
            authority_type="prosecutor",
            channel="oral",
            verifications=(),
            targets=("06-12345678", "204081234567890"),
        ),
    )
    install_language(language)
    try:
        screen = CaseDetailScreen(contexts["officer"], created.ref)
        qtbot.addWidget(screen)
        screen.resize(1056, 720)  # 1280 minus the navigation column, 800 minus bars
        screen.show()
        screen.reload()
        assert screen.body.currentWidget() is screen.tabs
        screen.tabs.setCurrentIndex(0)
        qtbot.waitUntil(lambda: screen.tabs.currentIndex() == 0)
        QApplication.processEvents()
        assert clipped(screen) == []
        # Room to spare: no scroll bar (Qt's minimum assumed a narrow, many-lines-tall page).
        scroll = screen.tabs.widget(0)
        assert isinstance(scroll, QScrollArea)
        assert not scroll.verticalScrollBar().isVisible()
        values = {
            screen.demand_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text(): (
                screen.demand_form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            )
            for row in range(screen.demand_form.rowCount())
        }
        words = {
            "nl": ("Instantie:", "Openbaar Ministerie", "Ontvangen:", "(mondeling)"),
            "en": ("Authority:", "Public Prosecution Service", "Received:", "(orally)"),
        }[language]
        authority = values[words[0]]
        # The whole name, with the authority's kind unless the name already says it.
        kind = "" if language == "nl" else f" ({words[1]})"
        assert authority.text().endswith(f"Cybercrime{kind}")
        assert authority.height() >= authority.heightForWidth(authority.width())
        assert values[words[2]].text().endswith(words[3])
        period = next(v for k, v in values.items() if k in ("Periode:", "Period:"))
        assert re.search(r" – \d\d-\d\d-\d{4} |– \d{4}-\d\d-\d\d ", period.text() + " ")
        version = next(v for k, v in values.items() if k in ("Regelversie:", "Rule version:"))
        assert "1" in version.text() and version.isVisible()
        # The key facts stay in view above the tabs; one next step is the primary one.
        summary = screen.summary_label.text()
        assert "art. 126n Sv — " in summary and "Cybercrime" in summary
        assert re.search(r"\d{2}:\d{2} – ", summary)
        primary = [b for b in screen.move_buttons.values() if b.property("primary") == "true"]
        assert len(primary) == 1
        # Every next-step button as wide as its text.
        for button in screen.move_buttons.values():
            assert button.isVisible() and button.width() >= button.sizeHint().width()
        screen.tabs.setCurrentIndex(1)
        QApplication.processEvents()
        header = screen.targets_table.horizontalHeader()
        for column in range(screen.targets_table.columnCount()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    finally:
        install_language("en")


def test_the_case_page_says_loading_then_what_is_empty_never_a_blank_panel(
    qtbot: QtBot, sqlite_services: AppServices, contexts: dict[str, ScreenContext]
) -> None:
    officer = contexts["officer"].actor
    created = sqlite_services.intake.create(officer, demand())
    screen = CaseDetailScreen(contexts["officer"], created.ref)
    qtbot.addWidget(screen)
    assert screen.body.visible_text() == "Loading…"
    screen.reload()
    assert screen.body.visible_text() == ""  # the tabs show
    assert screen.documents_view.visible_text().startswith("No documents yet.")
    assert not screen.open_button.isEnabled()
    assert screen.targets_view.visible_text() == "" and screen.targets_table.rowCount() == 1
    assert screen.history_view.visible_text() == "" and len(screen.history_timeline.items) >= 1
    assert screen.findings_view.showing_message == (not screen.findings)
    if not screen.findings:
        assert screen.findings_view.visible_text().startswith("No findings:")

    missing = CaseDetailScreen(contexts["officer"], "LR-2099-999999")
    qtbot.addWidget(missing)
    missing.reload()
    assert missing.body.visible_text() == "The case could not be loaded."
    assert missing.error_label.isVisibleTo(missing)


def test_the_status_column_shows_a_chip_in_the_status_colour(
    qtbot: QtBot, sqlite_services: AppServices, contexts: dict[str, ScreenContext]
) -> None:
    officer = contexts["officer"].actor
    sqlite_services.intake.create(officer, demand())
    page = CaseListPage(contexts["officer"])
    qtbot.addWidget(page)
    page.resize(1056, 500)
    page.show()
    page.reload()
    QApplication.processEvents()
    index = page.model.index(0, CaseTableModel.COL_STATUS)
    summary = page.model.data(index, CaseTableModel.SummaryRole)
    background = status_colours(summary.status)[0]
    cell = page.table.visualRect(index)
    image = page.table.viewport().grab(cell).toImage()
    # Inside the chip, left of the text: the status colour, not the row's.
    inside = image.pixelColor(6, image.height() // 2)
    assert inside.name() == background.name(), (inside.name(), background.name())
    outside = image.pixelColor(image.width() - 2, image.height() // 2)
    assert outside.name() != background.name()
