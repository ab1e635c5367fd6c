"""The Disclosures GUI: the case's disclosure tab, the section's list and the Verify page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from lawfulreq.security import signing_keys
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import make_users
from tests.lookup.data import amsterdam, load_world, make_cases
from ui.errors import ErrorReporter
from ui.i18n import install_language
from ui.operations import ChangeEvent, Kind
from ui.preferences import Preferences
from ui.screen import ScreenContext
from ui.screens.disclosure_tab import DisclosureTab
from ui.screens.disclosures import DisclosuresScreen
from ui.tasks import TaskRunner

REF = "LR-2026-0002"


@pytest.fixture
def world(
    sqlite_services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Actor]:
    actors = make_users(sqlite_services)
    load_world(sqlite_services, actors["fg"], tmp_path)
    make_cases(sqlite_services, actors["fg"])
    monkeypatch.setenv(signing_keys.PASSPHRASE_ENV, "ui-test-passphrase")
    monkeypatch.setattr(signing_keys, "keyring_available", lambda: False)
    officer = actors["officer"]
    result = sqlite_services.lookup.lookup(
        officer, REF, "0612345678", at=amsterdam("2026-06-01T12:00")
    )
    sqlite_services.disclosures.add_from_lookup(officer, REF, result)
    result = sqlite_services.lookup.lookup(
        officer, REF, "0687654321", at=amsterdam("2026-06-01T12:00")
    )
    sqlite_services.disclosures.add_from_lookup(officer, REF, result)
    return actors


def _context(services: AppServices, actor: Actor, tmp_path: Path) -> ScreenContext:
    reporter = ErrorReporter(tmp_path / "ui.log", interactive=False)
    return ScreenContext(
        services=services,
        actor=actor,
        tasks=TaskRunner(reporter.report, synchronous=True),
        errors=reporter,
        preferences=Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)),
        navigate=lambda _request: None,
        show_status=lambda _text: None,
        change_language=lambda _lang: None,
    )


def test_decide_approve_sign_deliver_in_the_tab(
    qtbot, qapp: QApplication, sqlite_services: AppServices, world: dict[str, Actor], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    install_language("en")
    context = _context(sqlite_services, world["officer"], tmp_path)
    tab = DisclosureTab(
        context, REF, reason_prompt=lambda _w, _t: "not the person the demand is about"
    )
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.table.rowCount() == 2
    assert tab.table.item(0, 3).text() == "To decide"
    assert "2 item(s) to decide" in tab.summary.text()
    assert not tab.approve_button.isEnabled()
    # Bulk: select row 2 and withhold it, then produce the rest ("all" when none selected).
    tab.table.selectRow(1)
    tab.withhold_button.click()
    assert tab.table.item(1, 3).text() == "Withhold"
    assert tab.table.item(1, 6).text() == "not the person the demand is about"
    tab.table.clearSelection()
    tab.table.selectRow(0)
    tab.produce_button.click()
    assert tab.table.item(0, 3).text() == "Produce"
    assert "Prepared" in tab.summary.text()
    # The preparer's Approve is refused by the service, shown inline.
    tab.approve_button.click()
    assert tab.message.isVisibleTo(tab)
    assert "four-eyes rule" in tab.message.text()

    second_context = _context(sqlite_services, world["officer2"], tmp_path)
    second = DisclosureTab(second_context, REF)
    qtbot.addWidget(second)
    second.reload()
    changed: list[ChangeEvent] = []
    second_context.changes.changed.connect(changed.append)
    second.approve_button.click()
    assert changed == [ChangeEvent(Kind.DISCLOSURE, REF)]
    assert "Approved" in second.summary.text()
    assert not second.deliver_button.isEnabled()  # nothing signed yet
    sqlite_services.certificates.create_self_signed(world["officer2"], "Olga Tweede")
    second.sign_button.click()
    assert second.report is not None
    assert "signed by Olga Tweede" in second.preview.caption.text()
    if second.preview.available:
        assert second.preview.page_count() >= 1
    assert second.deliver_button.isEnabled()

    def dialog(parent):  # type: ignore[no-untyped-def]
        from ui.screens.disclosure_tab import DeliveryDialog

        made = DeliveryDialog(parent)
        made.recipient.setText("J. de Vries")
        made.exec = lambda: 1  # type: ignore[method-assign]
        return made

    second.delivery_dialog = dialog
    second.deliver_button.click()
    assert "Delivered" in second.summary.text()
    assert "J. de Vries" in second.summary.text()


def test_section_lists_by_state_and_verifies(
    qtbot, qapp: QApplication, sqlite_services: AppServices, world: dict[str, Actor], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    install_language("en")
    screen = DisclosuresScreen(_context(sqlite_services, world["fg"], tmp_path))
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 0).text() == REF
    assert screen.table.item(0, 1).text() == "Draft"
    screen.state.setCurrentIndex(screen.state.findData("approved"))
    assert screen.table.rowCount() == 0
    assert screen.empty.isVisibleTo(screen)
    screen.state.setCurrentIndex(0)
    # Verify: a signed no-data answer checks out; a damaged copy does not.
    sqlite_services.certificates.create_self_signed(world["fg"], "Frida Gee")
    pdf = sqlite_services.reports.create(world["fg"], REF, "no_data").pdf
    good = tmp_path / "good.pdf"
    good.write_bytes(pdf)
    screen.show_verify()
    screen.verify_panel.verify_file(good)
    assert screen.verify_panel.verdict.text().startswith("Valid")
    assert "Frida Gee" in screen.verify_panel.details.text()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(pdf.replace(b"LR-2026-0002", b"LR-2026-0003", 1))
    screen.verify_panel.verify_file(bad)
    assert screen.verify_panel.verdict.text().startswith("NOT valid")


def test_a_pdf_document_opens_inside_the_app(
    qtbot, qapp: QApplication, sqlite_services: AppServices, world: dict[str, Actor], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from ui.screens.disclosure_tab import PdfPreview, open_in_app

    sqlite_services.certificates.create_self_signed(world["fg"], "Frida Gee")
    pdf = sqlite_services.reports.create(world["fg"], REF, "no_data").pdf
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not open_in_app(parent, "scan.png", "image/png", b"\x89PNG")
    if not PdfPreview().available:
        assert not open_in_app(parent, "demand.pdf", "application/pdf", pdf)
        return
    assert open_in_app(parent, "demand.pdf", "application/pdf", pdf)
    (dialog,) = [w for w in parent.children() if w.objectName() == "documentPreview"]
    (preview,) = dialog.findChildren(PdfPreview)
    assert preview.page_count() == 1
    assert list(tmp_path.glob("**/demand.pdf")) == []
    dialog.close()


def test_a_decision_is_announced_once_and_only_its_case_reloads(
    qtbot, qapp: QApplication, sqlite_services: AppServices, world: dict[str, Actor], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ui/operations/disclosures.py: the case page's tab shows the decision; a page on another
    case does not reload."""
    from ui.operations import disclosures as disclosure_operations
    from ui.screens.case_detail import CaseDetailScreen
    from ui.screens.disclosure_tab import Decision

    install_language("en")
    context = _context(sqlite_services, world["officer"], tmp_path)
    page = CaseDetailScreen(context, REF)
    qtbot.addWidget(page)
    page.reload()
    other = DisclosureTab(context, "LR-2026-9999")
    qtbot.addWidget(other)
    assert page.disclosure_tab.table.item(0, 3).text() == "To decide"
    events: list[ChangeEvent] = []
    context.changes.changed.connect(events.append)
    reloads: list[str] = []
    page.loaded.connect(lambda: reloads.append("page"))
    page.disclosure_tab.loaded.connect(lambda: reloads.append("tab"))
    other.loaded.connect(lambda: reloads.append("other"))

    disclosure_operations.decide(context, REF, "all", Decision.PRODUCE, "").run()

    assert events == [ChangeEvent(Kind.DISCLOSURE, REF)]
    assert sorted(reloads) == ["page", "tab"]
    table = page.disclosure_tab.table
    assert [table.item(row, 3).text() for row in range(table.rowCount())] == ["Produce"] * 2
    assert "Prepared" in page.disclosure_tab.summary.text()
