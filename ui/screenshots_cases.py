"""Screenshot QA for the Cases section: a case page, the filled new-case form, the legal rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from lawfulreq.rules.engine import Severity
from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseFilter
from lawfulreq.services.registry import AppServices
from ui import navigation as nav
from ui.dialogs.new_case import NewCaseDialog
from ui.main_window import MainWindow
from ui.screens.cases import CasesScreen
from ui.screens.settings import SettingsScreen

# (name, title, image, widget) for `ui.screenshots` to number and save.
CaseShot = tuple[str, str, QImage, QWidget]


def showcase_ref(services: AppServices, actor: Actor) -> str:
    """The open demo case under secrecy with the most errors and warnings (first by reference)."""
    best: tuple[int, str] | None = None
    for summary in services.cases.list(actor, CaseFilter(open_only=True), limit=1000):
        if not summary.secrecy:
            continue
        findings = services.cases.check(actor, summary.ref)
        weight = sum(f.severity in (Severity.ERROR, Severity.WARNING) for f in findings)
        if weight and (best is None or (-weight, summary.ref) < best):
            best = (-weight, summary.ref)
    if best is None:
        raise LookupError("the demo data has no open secret case with findings")
    return best[1]


def fill_showcase_demand(dialog: NewCaseDialog) -> None:
    """A demand with several findings: wrong issuer, duplicate and invalid targets, BSN..."""
    if dialog.authority.count():
        dialog.authority.setCurrentIndex(0)
    if dialog.requester.count():
        dialog.requester.setCurrentIndex(0)
    dialog.basis.setCurrentIndex(max(0, dialog.basis.findData("sv-126n")))
    dialog.issuer.setCurrentIndex(max(0, dialog.issuer.findData("investigating_officer")))
    dialog.reference.setText("PL0900-2026-0417")
    dialog.parket.setText("09/812345-26")
    dialog.categories["traffic"].setChecked(True)
    dialog.categories["content"].setChecked(True)
    dialog.period_given.setChecked(True)
    received = dialog.received.dateTime()
    dialog.period_from.setDateTime(received.addDays(-150))
    dialog.period_to.setDateTime(received)
    dialog.targets.setPlainText("06-12345678\n0031612345678\n12")
    dialog.notes.setPlainText("Verdachte BSN 111222333, zie proces-verbaal.")


def case_shots(
    window: MainWindow,
    services: AppServices,
    actor: Actor,
    over_window: Callable[[QWidget], QImage],
) -> Iterator[CaseShot]:
    app = QApplication.instance()
    assert app is not None
    # The lookup shot's timed status message ("logged in the audit log") would show in these
    # shots or not, depending on speed.
    window.statusBar().clearMessage()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    window.navigate_to(nav.CASES)
    screen = window.current_screen()
    assert isinstance(screen, CasesScreen)
    # Not audited as a viewing: each run would otherwise add events and change later images.
    detail = screen.open_case(showcase_ref(services, actor), audit_view=False)
    detail.tabs.setCurrentIndex(detail.findings_index)
    settle()
    yield "case-detail", detail.ref, window.grab().toImage(), window
    # The Demand tab: every fact of the demand, wrapped, none cut off.
    detail.tabs.setCurrentIndex(0)
    settle()
    yield "case-demand", detail.tabs.tabText(0), window.grab().toImage(), window
    screen.show_list()

    dialog = screen.open_new_case()
    assert dialog is not None
    # The form takes "received" from the services' clock: fixed in the demo, so findings are too.
    fill_showcase_demand(dialog)
    settle()
    yield "new-case", dialog.windowTitle(), over_window(dialog), dialog
    dialog.reject()
    settle()

    window.navigate_to(nav.SETTINGS)
    settings = window.current_screen()
    assert isinstance(settings, SettingsScreen)
    settings.tabs.setCurrentIndex(settings.legal_rules_index)
    settings.legal_rules.select("sv-126n")
    settle()
    title = settings.tabs.tabText(settings.legal_rules_index)
    yield "legal-rules", title, window.grab().toImage(), window


def case_history_shot(
    window: MainWindow, services: AppServices, actor: Actor
) -> Iterator[CaseShot]:
    """The showcase case's History tab: the timeline (issue 15)."""
    app = QApplication.instance()
    assert app is not None
    window.statusBar().clearMessage()  # the audit check's timed message, shown or not
    window.navigate_to(nav.CASES)
    screen = window.current_screen()
    assert isinstance(screen, CasesScreen)
    detail = screen.open_case(showcase_ref(services, actor), audit_view=False)
    detail.tabs.setCurrentIndex(detail.history_index)
    for _ in range(3):
        app.processEvents()
    yield "case-history", detail.tabs.tabText(detail.history_index), window.grab().toImage(), window
    screen.show_list()
