"""The Disclosures section: every case's disclosure by state, and the page to verify a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.domain.enums import DisclosureStatus
from lawfulreq.reports.sign import VerifyResult
from lawfulreq.services.cases import CaseFilter
from lawfulreq.services.disclosures import DisclosureSummary
from ui import navigation as nav
from ui.formats import date_time_text
from ui.keyboard import keyboard_table, reader_name
from ui.labels import status_label
from ui.screen import Screen, ScreenContext
from ui.screens.disclosure_tab import state_label


class VerifyPanel(QWidget):
    """Check a signed report: choose a file or drop it here."""

    verified = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyPanel")
        self.context = context
        self.setAcceptDrops(True)
        self.result: VerifyResult | None = None
        intro = QLabel(
            self.tr(
                "Check a signed report from LawfulReq: is the signature intact, does it cover "
                "the whole document, who signed it and when, and does every embedded file "
                "match the checksum printed in the report?"
            )
        )
        intro.setWordWrap(True)
        self.drop_area = QLabel(self.tr("Drop a PDF here"))
        self.drop_area.setObjectName("dropArea")
        self.drop_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_area.setMinimumHeight(90)
        self.drop_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose a PDF…"))
        self.choose_button.setObjectName("verifyChoose")
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.verdict = QLabel()
        self.verdict.setObjectName("verifyVerdict")
        self.details = QLabel()
        self.details.setObjectName("verifyDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files = QTableWidget(0, 3)
        self.files.setObjectName("verifyFiles")
        keyboard_table(self.files, self.tr("Files to verify"))
        self.files.setHorizontalHeaderLabels(
            [self.tr("Embedded file"), self.tr("Matches its checksum"), "SHA-256"]
        )
        self.files.verticalHeader().hide()
        self.files.horizontalHeader().setStretchLastSection(True)
        self.files.setColumnWidth(0, 200)
        self.files.setColumnWidth(1, 170)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.drop_area)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addWidget(self.files, 1)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].toLocalFile().lower().endswith(".pdf"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            self.verify_file(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()

    def _on_choose_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a signed report"), "", "PDF (*.pdf)"
        )
        if path:
            self.verify_file(Path(path))

    def verify_file(self, path: Path) -> None:
        services = self.context.services

        def check(_control: object) -> VerifyResult:
            return services.reports.verify(path.read_bytes())

        self.context.tasks.submit(check, self.show_result, description=f"verify {path.name}")
        self.drop_area.setText(path.name)

    def show_result(self, result: VerifyResult) -> None:
        self.result = result
        if result.valid:
            self.verdict.setText(self.tr("Valid: the report is unchanged since it was signed."))
            self.verdict.setProperty("state", "ok")
        else:
            self.verdict.setText(self.tr("NOT valid: do not rely on this document."))
            self.verdict.setProperty("state", "bad")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        lines = [
            self.tr("Signed by: {signer}").format(signer=result.signer or "–"),
            self.tr("Signed at: {time}").format(time=date_time_text(result.signed_at) or "–"),
            self.tr("Signature covers the whole document: {answer}").format(
                answer=self.tr("yes") if result.whole_document else self.tr("no")
            ),
        ]
        if result.signer and not result.trusted:
            lines.append(
                self.tr(
                    "The signer's certificate is not issued by an authority this computer "
                    "trusts (e.g. self-signed): compare its fingerprint with the signer."
                )
            )
        if result.timestamped:
            lines.append(self.tr("The time comes from a trusted timestamp server."))
        self.details.setText("\n".join(lines))
        self.files.setRowCount(len(result.attachments))
        for row, attachment in enumerate(result.attachments):
            cells = [
                attachment.name,
                self.tr("yes") if attachment.ok else self.tr("NO"),
                attachment.sha256,
            ]
            for column, text in enumerate(cells):
                self.files.setItem(row, column, QTableWidgetItem(text))
        self.verified.emit()


class DisclosuresScreen(Screen):
    """Disclosures by state; double-click opens the case."""

    loaded = Signal()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("disclosuresScreen")
        self.rows: list[DisclosureSummary] = []
        self.state = QComboBox()
        self.state.setObjectName("disclosureStateFilter")
        reader_name(self.state, self.tr("Stage"))
        self.state.addItem(self.tr("All states"), None)
        for state in (
            DisclosureStatus.DRAFT,
            DisclosureStatus.PREPARED,
            DisclosureStatus.APPROVED,
            DisclosureStatus.DELIVERED,
        ):
            self.state.addItem(state_label(state), state.value)
        self.state.currentIndexChanged.connect(self.refresh)
        self.search = QLineEdit()
        self.search.setObjectName("disclosureSearch")
        self.search.setAccessibleName(self.tr("Search disclosures by case reference"))
        self.search.setPlaceholderText(self.tr("Case reference…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("disclosureTable")
        keyboard_table(self.table, self.tr("Disclosures"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("State"),
                self.tr("Case status"),
                self.tr("Legal basis"),
                self.tr("Authority"),
                self.tr("Items"),
                self.tr("Prepared by"),
                self.tr("Approved by"),
                self.tr("Delivered"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        widths = ((0, 130), (1, 110), (2, 120), (3, 140), (4, 220), (5, 90), (6, 110), (7, 110))
        for column, width in widths:
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.empty = QLabel(self.tr("No disclosures match."))
        self.empty.setObjectName("hint")
        self.empty.hide()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("State:")))
        filters.addWidget(self.state)
        filters.addWidget(self.search, 1)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 8, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.empty)
        list_layout.addWidget(self.table, 1)
        self.verify_panel = VerifyPanel(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("disclosureTabs")
        self.tabs.addTab(list_page, self.tr("Disclosures"))
        self.verify_index = self.tabs.addTab(self.verify_panel, self.tr("Verify a report"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        services, actor = self.context.services, self.context.actor
        state = self.state.currentData()
        text = self.search.text()

        def load(_control: object) -> list[DisclosureSummary]:
            chosen = DisclosureStatus(state) if state else None
            return services.disclosures.list(actor, state=chosen, text=text)

        self.context.tasks.submit(load, self._on_loaded, description="disclosures")

    def _on_loaded(self, rows: list[DisclosureSummary]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, d in enumerate(rows):
            items = str(d.items)
            if d.undecided:
                items = self.tr("{items} ({open} to decide)").format(
                    items=d.items, open=d.undecided
                )
            cells = [
                d.ref,
                state_label(d.state),
                status_label(d.case_status),
                d.legal_basis,
                d.authority,
                items,
                d.prepared_by,
                d.approved_by,
                date_time_text(d.delivered_at),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not rows)
        self.loaded.emit()

    def _on_table_double_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.context.navigate(
                nav.NavigationRequest(nav.CASES, CaseFilter(text=self.rows[row].ref))
            )

    def focus_search(self) -> bool:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def show_verify(self) -> None:
        self.tabs.setCurrentIndex(self.verify_index)
