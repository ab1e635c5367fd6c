"""Statistics: counts per period for the transparency report, as bars with the table beside
them, and the publishable export as CSV or PDF.

The bars are painted with QPainter (`BarChart`): QtCharts lives in pyside6-addons, a 59 MB
download that installs 161 MB for one kind of chart; a horizontal bar list needs neither axes
nor interaction, and painting it ourselves keeps the installer as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.clock import AMSTERDAM
from lawfulreq.errors import ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services.statistics import ExportResult, Period, Statistics, Unit, parse_period
from ui.i18n import resolve_language
from ui.keyboard import keyboard_table, reader_name
from ui.screen import Screen, ScreenContext
from ui.theme import colour


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    marked: bool = False
    tooltip: str = ""


class BarChart(QWidget):
    """Horizontal bars, one per row, the label left and the count right of each bar; the rows
    share the height the widget gets (between MIN_ROW and MAX_ROW pixels each)."""

    MIN_ROW = 17
    MAX_ROW = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsChart")
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.setMinimumHeight(max(1, len(self.bars)) * self.MIN_ROW + 8)
        self.setAccessibleDescription(", ".join(f"{b.label}: {b.value}" for b in self.bars))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self.bars)) * self.MAX_ROW + 8)

    def row_height(self) -> float:
        rows = max(1, len(self.bars))
        return max(float(self.MIN_ROW), min(float(self.MAX_ROW), (self.height() - 8) / rows))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        palette = self.palette()
        label_width = min(
            int(self.width() * 0.45),
            max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 12,
        )
        value_width = metrics.horizontalAdvance("000000") + 8
        room = max(10, self.width() - label_width - value_width - 8)
        top = max((b.value for b in self.bars), default=0) or 1
        normal = palette.color(QPalette.ColorRole.Highlight)
        marked = colour("chart_marked")
        text = palette.color(QPalette.ColorRole.WindowText)
        step = self.row_height()
        bar_height = max(6.0, step * 0.55)
        for row, bar in enumerate(self.bars):
            y = 4 + row * step
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 12)
            painter.drawText(
                QRectF(0, y, label_width - 8, step),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            length = room * bar.value / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(marked if bar.marked else normal)
            painter.drawRoundedRect(
                QRectF(label_width, y + (step - bar_height) / 2, max(length, 1.5), bar_height), 2, 2
            )
            painter.setPen(text)
            painter.drawText(
                QRectF(label_width + length + 6, y, value_width, step),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(bar.value),
            )
        painter.end()


class Breakdown(QWidget):
    """One breakdown: the bars, and the same figures as a table beside them."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"breakdown_{key}")
        self.chart = BarChart()
        self.table = QTableWidget(0, 2)
        self.table.setObjectName(f"table_{key}")
        keyboard_table(self.table, self.tr("Figures as a table"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Count")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        chart_box = QVBoxLayout()
        chart_box.addWidget(self.chart, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(16)
        layout.addLayout(chart_box, 3)
        layout.addWidget(self.table, 2)

    def show_bars(self, bars: list[Bar], total_label: str, total: int) -> None:
        self.chart.set_bars(bars)
        self.table.setRowCount(len(bars) + 1)
        for row, bar in enumerate([*bars, Bar(total_label, total)]):
            name = QTableWidgetItem(bar.label)
            if bar.tooltip:
                name.setToolTip(bar.tooltip)
            count = QTableWidgetItem(str(bar.value))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row == len(bars):
                font = name.font()
                font.setBold(True)
                name.setFont(font)
                count.setFont(font)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, count)


class StatisticsScreen(Screen):
    KINDS = ("half", "year", "range")

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("statisticsScreen")
        self.stats: Statistics | None = None
        self.threshold = 0
        self.last_export: ExportResult | None = None
        picker = self._build_picker()
        self.summary = QLabel()
        self.summary.setObjectName("statisticsSummary")
        self.summary.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("emptyState")
        self.state.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("statisticsTabs")
        self.breakdowns: dict[str, Breakdown] = {}
        for key, title in (
            ("by_basis", self.tr("Legal basis")),
            ("by_category", self.tr("Data category")),
            ("by_authority_type", self.tr("Authority")),
            ("by_outcome", self.tr("Outcome")),
        ):
            page = Breakdown(key)
            self.breakdowns[key] = page
            self.tabs.addTab(page, title)
        self.note = QLabel()
        self.note.setObjectName("footnote")
        self.note.setWordWrap(True)

        exports = self._build_exports()

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setObjectName("rule")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(picker)
        layout.addWidget(self.summary)
        layout.addWidget(self.state)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(rule)
        layout.addLayout(exports)

        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.show_button.clicked.connect(self.refresh)
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.csv_button.clicked.connect(lambda: self._on_export_clicked("csv"))
        self.pdf_button.clicked.connect(lambda: self._on_export_clicked("pdf"))
        self._on_kind_current_index_changed(0)
        self._show_state(self.tr("Choose a period and press Show."))

    def _build_picker(self) -> QHBoxLayout:
        today = self.context.services.clock().astimezone(AMSTERDAM).date()

        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        reader_name(self.kind, self.tr("Kind of period"))
        self.kind.addItem(self.tr("Half-year"), "half")
        self.kind.addItem(self.tr("Year"), "year")
        self.kind.addItem(self.tr("From – to"), "range")
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.half = QComboBox()
        self.half.setObjectName("periodHalf")
        reader_name(self.half, self.tr("Half-year"))
        self.half.addItem(self.tr("first half (January – June)"), 1)
        self.half.addItem(self.tr("second half (July – December)"), 2)
        self.half.setCurrentIndex(0 if today.month <= 6 else 1)
        self.date_from = QDateEdit(QDate(today.year, 1, 1))
        self.date_from.setObjectName("periodFrom")
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_to.setObjectName("periodTo")
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setAccessibleName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.unit = QComboBox()
        self.unit.setObjectName("countingUnit")
        reader_name(self.unit, self.tr("Count"))
        self.unit.addItem(self.tr("per demand"), Unit.DEMAND.value)
        self.unit.addItem(self.tr("per identifier"), Unit.IDENTIFIER.value)
        self.unit.setToolTip(
            self.tr(
                "Per identifier: a demand for three numbers counts three, as the government "
                "counts interception orders."
            )
        )
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showStatistics")
        self.show_button.setDefault(True)

        picker = QHBoxLayout()
        picker.setSpacing(8)
        self.period_label = QLabel(self.tr("Period:"))
        picker.addWidget(self.period_label)
        picker.addWidget(self.kind)
        picker.addWidget(self.year)
        picker.addWidget(self.half)
        picker.addWidget(self.date_from)
        self.range_dash = QLabel("–")
        picker.addWidget(self.range_dash)
        picker.addWidget(self.date_to)
        picker.addSpacing(16)
        picker.addWidget(QLabel(self.tr("Counting unit:")))
        picker.addWidget(self.unit)
        picker.addWidget(self.show_button)
        picker.addStretch(1)
        return picker

    def _build_exports(self) -> QVBoxLayout:
        context = self.context
        self.include_hidden = QCheckBox(
            self.tr("Also count intelligence-service demands (not publishable) in the export")
        )
        self.include_hidden.setObjectName("includeNotPublishable")
        self.include_hidden.setVisible(context.can(Permission.EXPORT_NOT_PUBLISHABLE))
        self.csv_button = QPushButton(self.tr("Export as CSV…"))
        self.csv_button.setObjectName("exportCsv")
        self.pdf_button = QPushButton(self.tr("Export as PDF…"))
        self.pdf_button.setObjectName("exportPdf")
        # The option on a row of its own: in a longer language it needs the whole width.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        exports = QVBoxLayout()
        exports.setSpacing(6)
        exports.addWidget(self.include_hidden)
        exports.addLayout(buttons)
        return exports

    # ------------------------------------------------------------------ period

    def period(self) -> Period:
        kind = str(self.kind.currentData())
        year = self.year.value()
        if kind == "half":
            return parse_period(f"{year}H{self.half.currentData()}")
        if kind == "year":
            return parse_period(str(year))
        first = self.date_from.date().toString("yyyy-MM-dd")
        last = self.date_to.date().toString("yyyy-MM-dd")
        return parse_period(f"{first}..{last}")

    def set_period(self, text: str) -> None:
        """Put a period (as `stats --period` takes it) into the picker."""
        period = parse_period(text)
        if "H" in period.label and ".." not in period.label:
            self.kind.setCurrentIndex(0)
            self.year.setValue(period.start.year)
            self.half.setCurrentIndex(0 if period.start.month == 1 else 1)
        elif ".." not in period.label:
            self.kind.setCurrentIndex(1)
            self.year.setValue(period.start.year)
        else:
            self.kind.setCurrentIndex(2)
            self.date_from.setDate(_qdate(period.start))
            self.date_to.setDate(_qdate(period.end))

    def _on_kind_current_index_changed(self, _index: int) -> None:
        kind = str(self.kind.currentData())
        self.year.setVisible(kind in ("half", "year"))
        self.half.setVisible(kind == "half")
        for widget in (self.date_from, self.range_dash, self.date_to):
            widget.setVisible(kind == "range")

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        try:
            period = self.period()
        except ValidationError:  # a range that ends before it starts
            self._show_state(self.tr("This period cannot be shown: the end lies before the start."))
            self._set_exports_enabled(False)
            return
        unit = Unit(str(self.unit.currentData()))
        services, actor = self.context.services, self.context.actor
        self._show_state(self.tr("Loading the figures…"))
        self._set_exports_enabled(False)
        self.context.tasks.submit(
            lambda _control: (
                services.statistics.statistics(actor, period, unit),
                services.statistics.small_count_threshold(actor),
            ),
            self._on_statistics_loaded,
            description="statistics",
            parent_widget=self,
        )

    def _show_state(self, message: str) -> None:
        self.state.setText(message)
        self.state.show()
        self.tabs.hide()
        self.summary.hide()
        self.note.hide()

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(enabled)

    def _on_statistics_loaded(self, loaded: tuple[Statistics, int]) -> None:
        stats, self.threshold = loaded
        self.stats = stats
        if stats.empty:
            self._show_state(
                self.tr("No demands were received in {period}.").format(
                    period=self._period_text(stats.period)
                )
            )
            return
        self.state.hide()
        self.summary.show()
        self.tabs.show()
        unit_text = self.tr("demands") if stats.unit is Unit.DEMAND else self.tr("identifiers")
        self.summary.setText(
            self.tr(
                "In {period}, {total} {unit} were received (emergencies among them: "
                "{emergency}). Preservation orders, counted apart: {preservation}."
            ).format(
                period=self._period_text(stats.period),
                total=stats.total,
                unit=unit_text,
                emergency=stats.emergency,
                preservation=stats.preservation,
            )
        )
        for key, counts in stats.breakdowns():
            self.breakdowns[key].show_bars(
                self._bars(key, counts, stats), self.tr("Total"), stats.total
            )
        notes = [
            self.tr(
                "A demand asking for several kinds of data counts once, under the most "
                "intrusive kind, so every table adds up to the total."
            )
        ]
        if stats.not_publishable:
            notes.append(
                self.tr(
                    "Demands from the intelligence and security services are marked not "
                    "publishable: the export leaves them out unless you include them "
                    "deliberately."
                )
            )
        notes.append(
            self.tr('In the export, counts below {n} are shown as "< {n}".')
            .replace("< {n}", "<\u00a0{n}")
            .format(n=self.threshold)
        )
        self.note.setText(" ".join(notes))
        self.note.show()
        self._set_exports_enabled(True)

    def _period_text(self, period: Period) -> str:
        if period.label.endswith("H1"):
            return self.tr("the first half of {year}").format(year=period.start.year)
        if period.label.endswith("H2"):
            return self.tr("the second half of {year}").format(year=period.start.year)
        if ".." not in period.label:
            return period.label
        return self.tr("the period {start} to {end}").format(
            start=period.start.isoformat(), end=period.end.isoformat()
        )

    def _bars(self, key: str, counts: Mapping[str, int], stats: Statistics) -> list[Bar]:
        language = resolve_language(self.context.preferences.language())
        bars = []
        for code, count in counts.items():
            if key == "by_basis":
                name = stats.basis_names.get(code)
                label = name.label(language) if name else code
                tooltip = (name.title_nl if language == "nl" else name.title_en) if name else ""
                if code in stats.not_publishable:
                    label = self.tr("{basis} (not publishable)").format(basis=label)
                bars.append(Bar(label, count, code in stats.not_publishable, tooltip))
            else:
                bars.append(Bar(self._label(key, code), count))
        return bars

    def _label(self, key: str, code: str) -> str:
        names = {
            "by_category": {
                "interception": self.tr("Interception"),
                "content": self.tr("Content"),
                "sensitive": self.tr("Special categories of data"),
                "location": self.tr("Location data"),
                "traffic": self.tr("Traffic data"),
                "stored": self.tr("Stored data"),
                "recordings": self.tr("Customer-service recordings"),
                "subscriber": self.tr("Subscriber data"),
                "other": self.tr("Other"),
            },
            "by_authority_type": {
                "police": self.tr("Police"),
                "prosecutor": self.tr("Public Prosecution Service"),
                "intelligence": self.tr("Intelligence and security services"),
                "tax": self.tr("Tax authority"),
                "supervisor": self.tr("Supervisors"),
                "emergency": self.tr("Emergency services"),
                "foreign": self.tr("Foreign authorities"),
            },
            "by_outcome": {
                "delivered_fully": self.tr("Delivered in full"),
                "delivered_partly": self.tr("Delivered in part"),
                "not_available": self.tr("Not (or no longer) available"),
                "refused": self.tr("Refused"),
                "withdrawn": self.tr("Withdrawn"),
                "open": self.tr("Still being handled"),
            },
        }
        return names[key].get(code, code)

    # ------------------------------------------------------------------ export

    def _on_export_clicked(self, fmt: str) -> None:
        if fmt == "csv":
            caption, filters, suffix = (
                self.tr("Export as CSV"),
                self.tr("CSV files (*.csv)"),
                ".csv",
            )
        else:
            caption, filters, suffix = (
                self.tr("Export as PDF"),
                self.tr("PDF files (*.pdf)"),
                ".pdf",
            )
        period = self.stats.period.label if self.stats else "statistics"
        name, _filter = QFileDialog.getSaveFileName(
            self, caption, f"statistics-{period.replace('..', '_')}{suffix}", filters
        )
        if name:
            self.export_to(name, fmt)

    def export_to(self, path: str, fmt: str) -> None:
        """Write the publishable export in the background; the status bar says where."""
        if self.stats is None:
            return
        services, actor = self.context.services, self.context.actor
        period, unit = self.stats.period, self.stats.unit
        language = resolve_language(self.context.preferences.language())
        include = self.include_hidden.isChecked() and self.include_hidden.isVisible()
        self.context.tasks.submit(
            lambda _control: services.statistics.export(
                actor,
                period,
                unit,
                path,
                fmt=fmt,
                lang=language,
                include_not_publishable=include,
            ),
            self._on_exported,
            description="statistics export",
            parent_widget=self,
        )

    def _on_exported(self, result: ExportResult) -> None:
        self.last_export = result
        self.context.show_status(self.tr("Exported to {path}").format(path=result.path))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
