"""Item delegates: a case's status drawn as a coloured chip, the same colours everywhere."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lawfulreq.domain.enums import CaseStatus
from ui.theme import colour, token


def status_colours(status: CaseStatus) -> tuple[QColor, QColor]:
    """(background, text) of a status chip in the theme on screen: calm tints; red only for a
    refusal, green for what may go out (tokens `status_<status>_bg` / `_fg`)."""
    return colour(f"status_{status.value}_bg"), colour(f"status_{status.value}_fg")


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the cell's text on a rounded chip coloured by the status `status_of` returns."""

    def __init__(self, status_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status_role = status_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = _status(index.data(self._status_role))
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if status is None or not isinstance(text, str):
            super().paint(painter, option, index)
            return
        # The row's own background (selection, alternating colours) first, then the chip.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        background, foreground = status_colours(status)
        outline = token("chip_outline")
        metrics = option.fontMetrics
        rect = option.rect
        width = min(metrics.horizontalAdvance(text) + 16, rect.width() - 6)
        chip = QRectF(rect.left() + 3, rect.top() + 3, width, rect.height() - 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # High contrast: chips on a black row get a white outline.
        painter.setPen(QColor(outline) if outline else Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, 8, 8)
        painter.setPen(foreground)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 12)
        painter.drawText(chip.adjusted(8, 0, -4, 0), int(Qt.AlignmentFlag.AlignVCenter), shown)
        painter.restore()


def _status(value: object) -> CaseStatus | None:
    status = getattr(value, "status", value)
    try:
        return CaseStatus(str(status)) if status is not None else None
    except ValueError:
        return None
