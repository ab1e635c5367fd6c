"""A case's history as a timeline a jurist reads like a file: oldest first, one entry per event.

Oldest first, as a Dutch case file (dossier) is built up and read: the demand comes in, is
checked, decided and answered, and each step is understood from the ones before it (why a case
went on hold, what was asked, what came back). The newest entry is in view at the bottom: the
timeline scrolls to it each time it is filled.

Each entry: when (the UI's date format, Amsterdam time), who, what happened in words, its details
in words (never JSON or internal codes; the code is in the tooltip), and the reason given.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.services.cases import HistoryEntry
from ui.audit_words import detail_key_text, detail_value_text, is_empty
from ui.formats import date_time_text
from ui.labels import code_tooltip
from ui.theme import colour

translate = QCoreApplication.translate

# Details the entry's "what" already says, or that only a technician reads (hashes).
_HIDDEN_DETAILS = {
    "case.moved": {"from", "to"},
    "case.finding_acknowledged": {"code"},
}
# The case's own reference (the page is about it) and what only a technician reads.
_NEVER_SHOWN = {
    "ref",
    "certificate",
    "sha256",
    "evidence_sha256",
    "head_hash",
    "prepared_by",
    "via",
}


@dataclass(frozen=True)
class TimelineItem:
    """One entry as the user reads it."""

    when: str
    who: str
    what: str
    details: tuple[str, ...]
    why: str
    code: str


def detail_lines(entry: HistoryEntry) -> tuple[str, ...]:
    """The event's details in words, one "Caption: value" per line."""
    hidden = _HIDDEN_DETAILS.get(entry.action, set()) | _NEVER_SHOWN
    return tuple(_lines(entry.details, hidden))


def _lines(details: Mapping[str, object], hidden: set[str]) -> list[str]:
    lines: list[str] = []
    for key in sorted(details):
        if key in hidden:
            continue
        value = details[key]
        if is_empty(value):
            continue
        caption = detail_key_text(key)
        if isinstance(value, Mapping):
            inner = _lines(value, hidden)
            if inner:
                lines.append(f"{caption}: " + "; ".join(inner))
            continue
        lines.append(f"{caption}: {detail_value_text(key, value)}")
    return lines


def timeline_items(
    entries: list[HistoryEntry], action_text: Callable[[HistoryEntry], str]
) -> list[TimelineItem]:
    """The entries oldest first; `action_text(entry)` says what happened in words."""
    ordered = sorted(entries, key=lambda e: e.at)  # stable: same moment keeps the log's order
    return [
        TimelineItem(
            when=date_time_text(e.at),
            who=e.actor,
            what=action_text(e),
            details=detail_lines(e),
            why=e.reason,
            code=e.action,
        )
        for e in ordered
    ]


class _Rail(QWidget):
    """The dot of an entry and the line to the next one, in the theme's colours."""

    WIDTH = 22

    def __init__(self, last: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last = last
        self.setFixedWidth(self.WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(self.WIDTH, 20)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = self.WIDTH / 2
        if not self._last:
            painter.setPen(QPen(colour("timeline_line"), 2))
            painter.drawLine(QPointF(centre, 14), QPointF(centre, self.height()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("timeline_dot"))
        painter.drawEllipse(QRectF(centre - 5, 4, 10, 10))
        painter.end()


class HistoryTimeline(QScrollArea):
    """The History tab of a case page: a vertical timeline, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHistory")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items: list[TimelineItem] = []
        self._content = QWidget()
        self._content.setObjectName("timelineContent")
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(12, 12, 12, 12)
        self._column.setSpacing(0)
        self.setWidget(self._content)

    def set_items(self, items: list[TimelineItem]) -> None:
        self.items = list(items)
        while self._column.count():
            child = self._column.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()  # gone at once; deleted once back in the event loop
                widget.deleteLater()
        for number, item in enumerate(self.items):
            self._column.addWidget(self._entry(item, last=number == len(self.items) - 1))
        self._column.addStretch(1)
        # The newest entry in view (the file is read from the top, worked on at the bottom).
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._scroll_to_end_once)

    def _scroll_to_end_once(self, _low: int, high: int) -> None:
        bar = self.verticalScrollBar()
        bar.rangeChanged.disconnect(self._scroll_to_end_once)
        bar.setValue(high)

    def _entry(self, item: TimelineItem, *, last: bool) -> QWidget:
        entry = QWidget()
        entry.setObjectName("timelineEntry")
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(_Rail(last))
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 14)
        text.setSpacing(2)
        heading = QLabel(
            translate("HistoryTimeline", "{when} · {who}").format(when=item.when, who=item.who)
        )
        heading.setObjectName("timelineWhen")
        what = QLabel(item.what)
        what.setObjectName("timelineWhat")
        what.setWordWrap(True)
        what.setToolTip(code_tooltip(item.code))
        text.addWidget(heading)
        text.addWidget(what)
        if item.details:
            details = QLabel("\n".join(item.details))
            details.setObjectName("timelineDetails")
            details.setWordWrap(True)
            details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.addWidget(details)
        if item.why:
            why = QLabel(translate("HistoryTimeline", "Reason: {reason}").format(reason=item.why))
            why.setObjectName("timelineWhy")
            why.setWordWrap(True)
            why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.addWidget(why)
        row.addLayout(text, 1)
        return entry

    def texts(self) -> list[str]:
        """Every text on the timeline, top to bottom (for tests and texts.json)."""
        shown: list[str] = []
        for label in self._content.findChildren(QLabel):
            if label.parent() is not None and label.text():
                shown.append(label.text())
        return shown
