"""Dialog sizing: Qt sizes a window before wrapped labels know their height; fix that on show."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget


def fit_height(window: QWidget) -> None:
    """Give wrapped text the height it needs at the window's width (never shrink)."""
    window.adjustSize()
    if window.hasHeightForWidth():
        needed = window.heightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)


class FittedDialog(QDialog):
    """A dialog that is never shown too low for its wrapped text."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)
