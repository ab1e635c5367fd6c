"""Keyboard and screen-reader helpers: Tab order in reading order, tables that Tab leaves."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QLabel, QWidget


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in the order given (the order a user reads them)."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)


def keyboard_table(view: QAbstractItemView, name: str) -> None:
    """A table or list a screen reader announces by `name`; Tab moves on to the next control
    (arrow keys move within it), so a long table is no trap for a keyboard user."""
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A caption that names `field` for a screen reader (and gives its mnemonic, if any)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


class FilterDateEdit(QDateEdit):
    """A date filter whose lowest date reads as "any date" (special value text).

    Qt's date edit swallows Tab while it shows its special value text: keyboard focus stayed
    there for good. Here Tab then moves on like from any other control."""

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if tab and self.specialValueText() and self.date() == self.minimumDate():
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            return
        super().keyPressEvent(event)


class _ReaderLabel(QLabel):
    """A hidden caption whose buddy is `field`. Qt looks for a field's labels among its
    siblings, so it moves next to the field whenever the field moves (into a layout)."""

    def __init__(self, text: str, field: QWidget) -> None:
        super().__init__(text, field)
        self.hide()
        self.setBuddy(field)
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and isinstance(watched, QWidget):
            parent = watched.parentWidget()
            if parent is not None and self.parentWidget() is not parent:
                self.setParent(parent)
                self.hide()
        return False


def reader_name(field: QWidget, text: str) -> None:
    """Name a control that has no caption on screen (a filter above a list, say).

    A combo box's accessible name on Linux is what it shows ("All states"); a screen reader
    takes what it asks from its label. So a combo box also gets a caption that is never shown."""
    field.setAccessibleName(text)
    if isinstance(field, QComboBox):
        _ReaderLabel(text, field)
