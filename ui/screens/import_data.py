"""Import: one of the provider's exports, checked row by row, with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.domain.enums import ImportStatus
from lawfulreq.services.imports import IMPORT_KINDS, ImportOptions, ImportResult
from ui.empty_state import EmptyStateStack
from ui.keyboard import keyboard_table
from ui.operations import Then
from ui.operations import admin as admin_operations
from ui.screen import Screen, ScreenContext

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    names = {
        "customers": translate("ImportScreen", "Customers (name, address, contract)"),
        "numbers": translate("ImportScreen", "Numbers (who held which number, porting)"),
        "sims": translate("ImportScreen", "SIM cards (ICCID, IMSI)"),
        "devices": translate("ImportScreen", "Devices (IMEI seen with IMSI)"),
        "ip_assignments": translate("ImportScreen", "IP assignments (address, ports, prefix)"),
        "usage": translate("ImportScreen", "Usage records (calls, sessions)"),
    }
    return names.get(kind, kind)


class ImportScreen(Screen):
    """Kind and file, dry run or import, bad rows listed; nothing changes unless it is clean
    or the user chose to skip the bad rows."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("importScreen")
        self.last_result: ImportResult | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for kind in IMPORT_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("CSV file, UTF-8, with a header row"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setObjectName("importBrowse")
        self.columns = QLabel()
        self.columns.setObjectName("importColumns")
        self.columns.setWordWrap(True)

        self.full = QCheckBox(self.tr("Full export: end-date records it no longer lists"))
        self.full.setObjectName("importFull")
        self.skip_bad = QCheckBox(
            self.tr("Skip bad rows (they are written to a report next to the file)")
        )
        self.skip_bad.setObjectName("importSkipBad")

        self.check_button = QPushButton(self.tr("Check only (dry run)"))
        self.check_button.setObjectName("importDryRun")
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importRun")
        self.summary = QLabel(self.tr("Choose a kind and a file."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)

        self._build_bad_rows()
        self._layout()
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self._on_kind_current_index_changed(0)

    def _build_bad_rows(self) -> None:
        self.bad_rows = QTableWidget(0, 3)
        self.bad_rows.setObjectName("importBadRows")
        keyboard_table(self.bad_rows, self.tr("Rows that could not be imported"))
        self.bad_rows.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Reason")]
        )
        self.bad_rows.verticalHeader().setVisible(False)
        self.bad_rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bad_rows.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.bad_rows.horizontalHeader().setStretchLastSection(True)
        self.bad_rows_view = EmptyStateStack(self.bad_rows)
        self.bad_rows_view.setObjectName("importBadRowsView")
        self.bad_rows_view.show_message(self.tr("Check a file: its bad rows are listed here."))

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Kind of data:"), self.kind)
        form.addRow(self.tr("File:"), file_row)
        form.addRow("", self.full)
        form.addRow("", self.skip_bad)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 12)
        layout.addLayout(form)
        # Outside the form: a wrapped label gets its full height in a box layout.
        layout.addWidget(self.columns)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Bad rows:")))
        layout.addWidget(self.bad_rows_view, 1)

    def start(self, *, dry_run: bool) -> None:
        """Run the import on the background runner; its progress dialog offers Cancel."""
        path = Path(self.path.text().strip())
        if not self.path.text().strip():
            self.summary.setText(self.tr("Choose the file to import first."))
            return
        kind = str(self.kind.currentData())
        options = ImportOptions(
            dry_run=dry_run, skip_bad=self.skip_bad.isChecked(), full=self.full.isChecked()
        )
        self.summary.setText(self.tr("Working…"))
        self.bad_rows_view.show_message(self.tr("Reading the file…"))
        title = self.tr("Checking %1") if dry_run else self.tr("Importing %1")
        importing = admin_operations.import_file(
            self.context, kind, path, options, self.tr("%1 rows read")
        )
        importing.run(
            Then(self.show_result, parent=self, progress_title=title.replace("%1", path.name))
        )

    def show_result(self, result: ImportResult) -> None:
        self.last_result = result
        if result.status == ImportStatus.IMPORTED:
            text = self.tr(
                "Imported %6 of %1 rows: %2 new, %3 changed, %4 unchanged, %5 end-dated."
            )
        elif result.status == ImportStatus.DRY_RUN:
            text = self.tr("Checked %1 rows: %6 would be imported; nothing was changed (dry run).")
        elif result.status == ImportStatus.CANCELLED:
            text = self.tr("Cancelled after %1 rows: nothing was changed.")
        else:
            text = self.tr(
                "%1 rows read, with bad rows: nothing was imported. Fix the file, or choose to "
                "skip the bad rows."
            )
        counts = (
            result.rows,
            result.inserted,
            result.updated,
            result.unchanged,
            result.end_dated,
            result.imported,
        )
        for number, count in enumerate(counts, start=1):
            text = text.replace(f"%{number}", str(count))
        if result.skipped:
            text += " " + self.tr("%n bad row(s) skipped.", "", result.skipped)
        elif result.bad_count:
            text += " " + self.tr("%n bad row(s).", "", result.bad_count)
        if result.skipped_report:
            text += " " + self.tr("Skipped rows are in %1.").replace("%1", result.skipped_report)
        self.summary.setText(text)
        self._show_bad_rows(result)
        self.context.show_status(self.summary.text())

    def _show_bad_rows(self, result: ImportResult) -> None:
        self.bad_rows.setRowCount(len(result.bad_rows))
        for row, bad in enumerate(result.bad_rows):
            for column, cell in enumerate((str(bad.line), bad.column, bad.reason)):
                self.bad_rows.setItem(row, column, QTableWidgetItem(cell))
        if result.bad_rows:
            self.bad_rows_view.show_content()
        elif result.status == ImportStatus.CANCELLED:
            self.bad_rows_view.show_message(self.tr("Cancelled: the file was not read to its end."))
        else:
            self.bad_rows_view.show_message(self.tr("No bad rows: every row of the file is valid."))

    def _on_kind_current_index_changed(self, _index: int) -> None:
        kind = str(self.kind.currentData())
        columns = ", ".join(self.context.services.imports.columns(kind))
        self.columns.setText(self.tr("Columns: %1").replace("%1", columns))
        self.full.setEnabled(kind not in ("devices", "usage"))

    def _on_browse_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the export to import"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if name:
            self.path.setText(name)
