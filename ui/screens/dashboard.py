"""The dashboard: live counters of what needs attention, each opening the list it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.security.permissions import Permission
from lawfulreq.services.dashboard import OPEN_STATUS_ORDER, Counter, DashboardCounts
from ui.formats import date_time_text
from ui.labels import status_label
from ui.navigation import request_for_query
from ui.screen import Screen, ScreenContext


class CounterCard(QFrame):
    """A number with its caption; click, Enter or Space opens the list behind the number."""

    activated = Signal()

    def __init__(self, key: str, caption: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.counter: Counter | None = None
        self.setObjectName("counterCard")
        self.alert = False
        # A string, not a bool: QSS matches it the same, and PySide6 6.12 mis-counts
        # references on bool properties read back from QVariant.
        self.setProperty("alert", "false")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel("–")
        self.number.setObjectName("counterNumber")
        self.caption = QLabel(caption)
        self.caption.setObjectName("counterCaption")
        self.hint = QLabel(hint)
        self.hint.setObjectName("counterHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setAccessibleName(caption)

    def show_counter(self, counter: Counter, *, alert_when_positive: bool = False) -> None:
        self.counter = counter
        self.number.setText(str(counter.count))
        self.setAccessibleDescription(str(counter.count))
        alert = alert_when_positive and counter.count > 0
        if self.alert != alert:
            self.alert = alert
            self.setProperty("alert", "true" if alert else "false")
            self.style().unpolish(self)
            self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class DashboardScreen(Screen):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("dashboardScreen")
        self.counts: DashboardCounts | None = None
        self.cards: dict[str, CounterCard] = {}

        content = QWidget()
        content.setObjectName("dashboardContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 16, 24, 24)
        column.setSpacing(12)

        self.empty_state = QLabel(
            self.tr(
                "There are no open cases. Register a new demand with File \u2192 New case "
                "(Ctrl+N); it will be counted here."
            )
        )
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setWordWrap(True)
        self.empty_state.hide()
        column.addWidget(self.empty_state)

        column.addWidget(self._heading(self.tr("Needs attention")))
        column.addLayout(
            self._grid(
                [
                    ("overdue", self.tr("Overdue"), self.tr("Open cases past their deadline")),
                    ("due_today", self.tr("Due today"), self.tr("Deadline before midnight")),
                    (
                        "due_this_week",
                        self.tr("Due this week"),
                        self.tr("Deadline before next Monday"),
                    ),
                    ("emergency", self.tr("Emergency"), self.tr("Open emergency demands")),
                ],
                columns=4,
            )
        )
        column.addWidget(self._heading(self.tr("Open cases by status")))
        status_cards = [("open", self.tr("All open cases"), self.tr("Every status below"))]
        status_cards += [
            (f"status.{s.value}", status_label(s), self.tr("Open cases in this status"))
            for s in OPEN_STATUS_ORDER
        ]
        column.addLayout(self._grid(status_cards, columns=3))

        secrecy_cards: list[tuple[str, str, str]] = []
        if context.can(Permission.MANAGE_FLAGS):
            secrecy_cards.append(
                (
                    "flags_review_due",
                    self.tr("Secrecy flags to review"),
                    self.tr("Review date this week or earlier"),
                )
            )
        if context.can(Permission.HANDLE_DSAR):
            secrecy_cards.append(
                (
                    "dsars_due",
                    self.tr("Access requests due"),
                    self.tr("Answer due within 7 days"),
                )
            )
        if secrecy_cards:
            column.addWidget(self._heading(self.tr("Secrecy and access requests")))
            column.addLayout(self._grid(secrecy_cards, columns=4))
        # The open access requests with their deadlines (issue 12).
        self.dsar_deadlines = QLabel()
        self.dsar_deadlines.setObjectName("dsarDeadlines")
        self.dsar_deadlines.setWordWrap(True)
        self.dsar_deadlines.setVisible(False)
        column.addWidget(self.dsar_deadlines)

        self.updated = QLabel()
        self.updated.setObjectName("footnote")
        column.addWidget(self.updated)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields; it scrolls to them
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionHeading")
        return label

    def _grid(self, cards: list[tuple[str, str, str]], *, columns: int) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, (key, caption, hint) in enumerate(cards):
            card = CounterCard(key, caption, hint)
            card.activated.connect(lambda key=key: self._on_card_activated(key))
            self.cards[key] = card
            grid.addWidget(card, index // columns, index % columns)
        for col in range(columns):
            grid.setColumnStretch(col, 1)
        return grid

    def refresh(self) -> None:
        services, actor = self.context.services, self.context.actor
        self.context.tasks.submit(
            lambda _control: services.dashboard.counts(actor),
            self._on_counts_loaded,
            description="dashboard counts",
            parent_widget=self,
        )

    def _on_counts_loaded(self, counts: DashboardCounts) -> None:
        self.counts = counts
        attention = {
            "overdue": (counts.overdue, True),
            "due_today": (counts.due_today, True),
            "due_this_week": (counts.due_this_week, False),
            "emergency": (counts.emergency, True),
            "open": (counts.open_total, False),
        }
        for key, (counter, alert) in attention.items():
            self.cards[key].show_counter(counter, alert_when_positive=alert)
        for counter in counts.open_by_status:
            self.cards[counter.key].show_counter(counter)
        for optional in (counts.flags_review_due, counts.dsars_due):
            if optional is not None and optional.key in self.cards:
                self.cards[optional.key].show_counter(optional, alert_when_positive=True)
        self._show_dsar_deadlines(counts)
        self.empty_state.setVisible(counts.open_total.count == 0)
        self.updated.setText(self.tr("Counted at {time}").format(time=date_time_text(counts.at)))

    def _show_dsar_deadlines(self, counts: DashboardCounts) -> None:
        lines = [
            self.tr("{ref}: answer due {due}{paused}").format(
                ref=d.ref,
                due=date_time_text(d.deadline),
                paused=self.tr(" (waiting for the person)") if d.paused else "",
            )
            for d in counts.dsar_deadlines
        ]
        self.dsar_deadlines.setText(
            self.tr("Open access requests: {list}").format(list="; ".join(lines)) if lines else ""
        )
        self.dsar_deadlines.setVisible(bool(lines))

    def _on_card_activated(self, key: str) -> None:
        card = self.cards[key]
        if card.counter is not None:
            self.context.navigate(request_for_query(card.counter.query))
