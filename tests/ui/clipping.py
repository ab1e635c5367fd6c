"""Layout checks on a live widget tree: text that does not fit its widget."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QListWidget, QScrollArea, QWidget


def clipped(top: QWidget) -> list[str]:
    """Widgets whose size is below what their text needs (size hints, not the eye)."""
    found: list[str] = []
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(top) or widget.width() == 0:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.height() + 1 < widget.heightForWidth(widget.width()):
                    found.append(f"{name} '{widget.text()[:40]}' too low")
            elif widget.width() + 1 < widget.sizeHint().width():
                found.append(f"{name} '{widget.text()[:40]}' too narrow")
        elif isinstance(widget, QAbstractButton | QGroupBox):
            if widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"{name} too narrow")
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{name} scrolls sideways")
        elif isinstance(widget, QListWidget) and not widget.wordWrap():
            metrics = widget.fontMetrics()
            room = widget.viewport().width() - widget.iconSize().width()
            for row in range(widget.count()):
                text = widget.item(row).text()
                if metrics.horizontalAdvance(text) + 40 > room:
                    found.append(f"{name} item '{text}' elided")
    return found
