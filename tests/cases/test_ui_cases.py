"""The cases GUI with qtbot: table model, list, new-case dialog, detail workflow, conflicts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from lawfulreq.domain.enums import CaseStatus
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.cases.conftest import bulk_cases, demand
from ui.dialogs.new_case import NewCaseDialog
from ui.models import case_table
from ui.models.case_table import CaseTableModel
from ui.screens.case_detail import CaseDetailScreen
from ui.screens.cases import CasesScreen
from ui.screens.legal_rules import LegalRulesScreen


def test_model_passes_modeltester_and_pages(
    sqlite_services: AppServices, gui_actors: dict[str, Actor], qtmodeltester, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(case_table, "PAGE_SIZE", 7)
    bulk_cases(sqlite_services, 30, actor_id=gui_actors["officer"].user_id)
    model = CaseTableModel(sqlite_services.cases, gui_actors["officer"])
    qtmodeltester.check(model)
    assert model.rowCount() == 30
    refs = [model.data(model.index(r, 0)) for r in range(30)]
    assert refs[0] == "LR-2025-000001" and refs[29] == "LR-2025-000030"
    assert len(set(refs)) == 30
    model.sort(CaseTableModel.COL_REF, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "LR-2025-000030"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_list_filters_and_opens(
    qtbot: QtBot, sqlite_services: AppServices, gui_actors: dict[str, Actor], qsettings_tmp: None
) -> None:
    officer = gui_actors["officer"]
    first = sqlite_services.intake.create(officer, demand(targets=("06-11111111",)))
    sqlite_services.intake.create(gui_actors["officer2"], demand(targets=("06-22222222",)))
    sqlite_services.cases.move(officer, first.ref, "under_review")
    screen = CasesScreen(sqlite_services, officer)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 2
    screen.owner.setCurrentIndex(screen.owner.findData(officer.user_id))
    assert screen.model.rowCount() == 1
    screen.owner.setCurrentIndex(0)
    screen.status.setCurrentIndex(screen.status.findData("under_review"))
    assert [screen.model.data(screen.model.index(0, 0))] == [first.ref]
    screen.status.setCurrentIndex(0)
    screen.search.setText("no such thing")
    assert screen.model.rowCount() == 0
    screen.search.setText("")
    left = screen.model.data(screen.model.index(0, CaseTableModel.COL_LEFT))
    assert "7" in left
    assert screen.model.data(screen.model.index(0, CaseTableModel.COL_SECRECY))
    with qtbot.waitSignal(screen.case_opened) as opened:
        screen.table.doubleClicked.emit(screen.model.index(1, 0))
    assert opened.args and opened.args[0].startswith("LR-2026-")


def test_dialog_live_findings_and_create(
    qtbot: QtBot, sqlite_services: AppServices, gui_actors: dict[str, Actor]
) -> None:
    dialog = NewCaseDialog(sqlite_services, gui_actors["officer"])
    qtbot.addWidget(dialog)
    dialog.authority.setEditText("Politie Eenheid Noord")
    dialog.requester.setEditText("A. Jansen")
    assert "AUTHORITY_UNVERIFIED" in dialog.finding_codes()
    dialog.issuer.setCurrentIndex(dialog.issuer.findData("investigating_officer"))
    assert "ISSUER_NOT_COMPETENT" in dialog.finding_codes()
    assert dialog.findings_list.count() == len(dialog.findings)
    dialog.issuer.setCurrentIndex(dialog.issuer.findData("prosecutor"))
    assert "ISSUER_NOT_COMPETENT" not in dialog.finding_codes()
    dialog.targets.setPlainText("06-12345678\n12")
    assert dialog.targets_preview.item(0).text().endswith("+31612345678")
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


def test_dialog_shows_bad_input_inline(
    qtbot: QtBot, sqlite_services: AppServices, gui_actors: dict[str, Actor]
) -> None:
    dialog = NewCaseDialog(sqlite_services, gui_actors["officer"])
    qtbot.addWidget(dialog)
    dialog.authority.setEditText("Politie")
    dialog.requester.setEditText("B")
    dialog.create_button.click()
    assert dialog.created is None and "targets" in dialog.error_label.text()


def test_detail_moves_through_the_workflow(
    qtbot: QtBot, sqlite_services: AppServices, gui_actors: dict[str, Actor]
) -> None:
    officer = gui_actors["officer"]
    created = sqlite_services.intake.create(officer, demand(verifications=()))
    screen = CaseDetailScreen(
        sqlite_services, officer, created.ref, reason_prompt=lambda _w, _t: "waiting"
    )
    qtbot.addWidget(screen)
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
    screen.move_buttons[CaseStatus.UNDER_REVIEW].click()
    screen.move_buttons[CaseStatus.APPROVED].click()
    assert "AUTHORITY_UNVERIFIED" in screen.error_label.text()
    assert screen.detail.status is CaseStatus.UNDER_REVIEW
    screen.ack_button.click()
    assert screen.findings_table.item(0, 3).text() == "officer"
    for state in (CaseStatus.APPROVED, CaseStatus.DISCLOSED, CaseStatus.CLOSED):
        screen.move_buttons[state].click()
    assert screen.detail.status is CaseStatus.CLOSED and screen.move_buttons == {}
    history = [
        screen.history_table.item(r, 3).text() for r in range(screen.history_table.rowCount())
    ]
    assert "waiting" in history


def test_second_users_stale_edit_shows_the_conflict(
    qtbot: QtBot, sqlite_services: AppServices, gui_actors: dict[str, Actor]
) -> None:
    created = sqlite_services.intake.create(gui_actors["officer"], demand())
    mine = CaseDetailScreen(sqlite_services, gui_actors["officer"], created.ref)
    theirs = CaseDetailScreen(sqlite_services, gui_actors["officer2"], created.ref)
    qtbot.addWidget(mine)
    qtbot.addWidget(theirs)
    theirs.move_buttons[CaseStatus.UNDER_REVIEW].click()
    mine.notes_edit.setPlainText("my note")
    mine.save_notes.click()
    text = mine.error_label.text()
    assert "Someone else changed this case" in text and "officer2" in text
    mine.reload_button.click()
    assert not mine.error_label.isVisibleTo(mine)
    assert mine.detail is not None and mine.detail.status is CaseStatus.UNDER_REVIEW


def test_auditor_sees_no_enabled_moves(
    qtbot: QtBot, sqlite_services: AppServices, gui_actors: dict[str, Actor]
) -> None:
    created = sqlite_services.intake.create(gui_actors["officer"], demand())
    screen = CaseDetailScreen(sqlite_services, gui_actors["auditor"], created.ref)
    qtbot.addWidget(screen)
    assert screen.move_buttons and not any(b.isEnabled() for b in screen.move_buttons.values())
    assert not screen.save_notes.isEnabled()


def test_legal_rules_fg_edits_others_read(
    qtbot: QtBot, sqlite_services: AppServices, gui_actors: dict[str, Actor]
) -> None:
    screen = LegalRulesScreen(sqlite_services, gui_actors["fg"])
    qtbot.addWidget(screen)
    screen.select("sv-126n")
    assert not screen.rc_required.isChecked()
    screen.rc_required.setChecked(True)
    screen.save_button.click()
    assert "version 2" in screen.message.text()
    assert sqlite_services.catalogue.get("sv-126n").rc_authorisation_required
    screen.retention["traffic"].setValue(6)
    screen.retention_save.click()
    assert sqlite_services.catalogue.rule_settings().retention_months["traffic"] == 6
    readonly = LegalRulesScreen(sqlite_services, gui_actors["officer"])
    qtbot.addWidget(readonly)
    assert not readonly.rc_required.isEnabled() and not readonly.save_button.isVisibleTo(readonly)
