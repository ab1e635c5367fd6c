"""Screenshot QA for secrecy (issue 12): a flag's review, the new access request, the answer."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from lawfulreq.security.permissions import Permission, allowed
from lawfulreq.services.base import Actor
from ui import navigation as nav
from ui.main_window import MainWindow
from ui.screens.access_requests import AccessRequestsScreen
from ui.screens.flags import FlagsScreen

SecrecyShot = tuple[str, str, QImage, QWidget]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def secrecy_shots(
    window: MainWindow, actor: Actor, over_window: Callable[[QDialog], QImage]
) -> Iterator[SecrecyShot]:
    """The review dialog of the first flag in force, then the access-request form and answer."""
    # A timed status message of an earlier shot would show or not, depending on speed.
    window.statusBar().clearMessage()
    if allowed(actor.role, Permission.MANAGE_FLAGS):
        window.navigate_to(nav.FLAGS)
        _settle()
        flags = window.current_screen()
        if isinstance(flags, FlagsScreen):
            review = flags.open_review()
            if review is not None:
                review.show()
                _settle()
                yield "flag-review", review.windowTitle(), over_window(review), review
                review.reject()
                _settle()
    if not allowed(actor.role, Permission.HANDLE_DSAR):
        return
    window.navigate_to(nav.ACCESS_REQUESTS)
    _settle()
    requests = window.current_screen()
    if not isinstance(requests, AccessRequestsScreen):
        return
    form = requests.open_new_request()
    form.customer.setText("C0000001")
    form.requester.setText("A. Bakker")
    form.email.setText("a.bakker@example.nl")
    form.notes.setText(
        QCoreApplication.translate("Screenshots", "passport seen at the shop by J. Smit")
    )
    form.show()
    _settle()
    yield "access-request-new", form.windowTitle(), over_window(form), form
    form.reject()
    _settle()
    requests.open_only.setCurrentIndex(1)
    _settle()
    if requests.select_first(lambda view: bool(view.customer_ref) and view.kind == "access"):
        answer = requests.open_answer()
        if answer is not None:
            answer.show()
            _settle()
            yield "access-answer", answer.windowTitle(), over_window(answer), answer
            answer.reject()
            _settle()
