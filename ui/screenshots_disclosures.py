"""Screenshot QA for disclosures: the case's Disclosure tab with its preview, the section's
list, the Verify page, and the pages of each report kind (drawn with QtPdf)."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from lawfulreq.domain.enums import CaseStatus
from lawfulreq.errors import LawfulreqError
from lawfulreq.reports.sign import page_count
from lawfulreq.security import signing_keys
from lawfulreq.services.base import Actor
from lawfulreq.services.cases import CaseFilter
from lawfulreq.services.registry import AppServices
from ui import navigation as nav
from ui.main_window import MainWindow
from ui.screens.cases import CasesScreen
from ui.screens.disclosures import DisclosuresScreen
from ui.screenshots_cases import CaseShot, showcase_ref
from ui.theme import colour

# The demo database is synthetic and its passphrase public (security/keys.py); the demo
# signing key is protected the same way, never through the user's real keyring.
DEMO_SIGN_PASSPHRASE = "lawfulreq-demo-synthetic-data"  # noqa: S105


@contextmanager
def _demo_signing() -> Iterator[None]:
    previous_env = os.environ.get(signing_keys.PASSPHRASE_ENV)
    os.environ[signing_keys.PASSPHRASE_ENV] = DEMO_SIGN_PASSPHRASE
    try:
        yield
    finally:
        if previous_env is None:
            os.environ.pop(signing_keys.PASSPHRASE_ENV, None)
        else:
            os.environ[signing_keys.PASSPHRASE_ENV] = previous_env


def _prepare(services: AppServices, fg: Actor) -> str | None:
    """A demo case under review whose phone target has a holder: items added and decided."""
    flt = CaseFilter(statuses=frozenset({CaseStatus.UNDER_REVIEW}))
    for summary in services.cases.list(fg, flt, limit=200):
        detail = services.cases.get(fg, summary.ref, audit_view=False)
        if detail.legal_basis.needs_fg_review or detail.requester is None:
            continue
        if "subscriber" not in detail.legal_basis.allowed_categories:
            continue
        phones = [t for t in detail.targets if t.kind == "phone_number" and t.valid]
        if not phones:
            continue
        try:
            if not detail.verifications:
                services.cases.verify_requester(fg, detail.ref, "call_back", "demo")
            result = services.lookup.lookup(fg, detail.ref, phones[0].normalised)
            if not result.matches:
                continue
            services.disclosures.add_from_lookup(fg, detail.ref, result)
            services.disclosures.decide(fg, detail.ref, "all", "produce")
        except LawfulreqError:
            continue
        return detail.ref
    return None


def _page_image(pdf: bytes, page: int) -> QImage:
    """The page as poppler's pdftoppm draws it (signature appearance included) when it is
    installed, else as QtPdf draws it (QtPdf leaves out the signature's appearance)."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        with tempfile.TemporaryDirectory(prefix="lawfulreq-page-") as tmp:
            source = Path(tmp) / "report.pdf"
            source.write_bytes(pdf)
            number = page + 1 if page >= 0 else page_count(pdf) + page + 1
            subprocess.run(  # noqa: S603 - a fixed tool on our own temporary file
                [pdftoppm, "-png", "-r", "96", "-f", str(number), "-l", str(number),
                 "-singlefile", str(source), str(Path(tmp) / "page")],
                check=True,
                capture_output=True,
            )  # fmt: skip
            image = QImage(str(Path(tmp) / "page.png"))
            if not image.isNull():
                return image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: PLC0415
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions  # noqa: PLC0415

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    index = page if page >= 0 else document.pageCount() + page
    size = document.pagePointSize(index).toSize()
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    rendered = document.render(index, QSize(size.width() * 4 // 3, size.height() * 4 // 3), options)
    canvas = QImage(rendered.size(), QImage.Format.Format_RGB32)
    canvas.fill(colour("pdf_page"))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return canvas


def _pages(pdf: bytes, size: QSize) -> QImage:
    """The first and the last page side by side on a grey canvas of the screenshots' size."""
    canvas = QImage(size, QImage.Format.Format_RGB32)
    canvas.fill(colour("pdf_canvas"))
    count = page_count(pdf)
    pages = [0] if count == 1 else [0, count - 1]
    painter = QPainter(canvas)
    x = 16
    for index in pages:
        image = _page_image(pdf, index).scaledToHeight(
            size.height() - 32, Qt.TransformationMode.SmoothTransformation
        )
        painter.drawImage(x, 16, image)
        x += image.width() + 16
    painter.end()
    return canvas


def disclosure_shots(
    window: MainWindow, services: AppServices, fg: Actor, lang: str
) -> Iterator[CaseShot]:
    app = QApplication.instance()
    assert app is not None

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    with _demo_signing():
        ref = _prepare(services, fg)
        if ref is None:
            return
        password = secrets.token_urlsafe(24)
        services.users.add(fg, "officer9", "officer", password, "Otto Negen")
        second = services.users.login("officer9", password)
        services.disclosures.approve(second, ref)
        if services.certificates.show(fg) is None:
            services.certificates.create_self_signed(fg, fg.display_name or fg.username)
        report = services.reports.create(fg, ref, "disclosure", lang)

        size = window.grab().size()
        window.navigate_to(nav.CASES)
        cases = window.current_screen()
        assert isinstance(cases, CasesScreen)
        detail = cases.open_case(ref, audit_view=False)
        detail.tabs.setCurrentIndex(detail.disclosure_index)
        settle()
        yield "case-disclosure", detail.ref, window.grab().toImage(), window
        cases.show_list()

        # The signing's timed status message would show or not, depending on speed.
        window.statusBar().clearMessage()
        window.navigate_to(nav.DISCLOSURES)
        screen = window.current_screen()
        assert isinstance(screen, DisclosuresScreen)
        settle()
        yield "disclosures-list", screen.tabs.tabText(0), window.grab().toImage(), window
        screen.show_verify()
        screen.verify_panel.show_result(services.reports.verify(report.pdf))
        settle()
        yield "verify-report", screen.tabs.tabText(1), window.grab().toImage(), window
        screen.tabs.setCurrentIndex(0)

        widget: QWidget = window
        yield "report-disclosure", report.filename, _pages(report.pdf, size), widget
        refused = showcase_ref(services, fg)
        refusal = services.reports.create(fg, refused, "refusal", lang)
        yield "report-refusal", refusal.filename, _pages(refusal.pdf, size), widget
        nodata = services.reports.create(fg, refused, "no_data", lang)
        yield "report-no-data", nodata.filename, _pages(nodata.pdf, size), widget
