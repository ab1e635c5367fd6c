"""Every text a user can read on a live widget tree (for `screenshots`' texts.json and tests)."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Rows of a table or list read per view: what fits on a screen, not a million-row model.
MAX_ROWS = 60
_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return " ".join(text.split())


def _rich(text: str) -> str:
    """Rich text as read: tags removed, entities decoded."""
    if "<" in text and ">" in text:
        return unescape(_TAG.sub(" ", text))
    return text


def _mnemonic_removed(text: str) -> str:
    """A button's or menu's "&Save" as it reads: "Save"; "&&" is a literal ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _columns(model: QAbstractItemModel) -> int:
    """A list model hides columnCount (private in Qt): it has one column."""
    if isinstance(model, QAbstractListModel):
        return 1
    return model.columnCount()


def _model_texts(model: QAbstractItemModel, view: QAbstractItemView) -> list[str]:
    texts: list[str] = []
    hidden = getattr(view, "isColumnHidden", lambda _column: False)
    columns = [c for c in range(_columns(model)) if not hidden(c)]
    for section in columns:
        heading = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(heading, str):
            texts.append(heading)
    for row in range(min(model.rowCount(), MAX_ROWS)):
        for column in columns:
            value = model.index(row, column).data()
            if isinstance(value, str):
                texts.append(value)
    return texts


def visible_texts(top: QWidget) -> list[str]:
    """Texts of every widget visible in `top`, in tree order, without empty strings.

    Tables and lists give their headers and first rows; editors their text or, when empty,
    their placeholder; a main window also its menu titles and status bar."""
    found: list[str] = [top.windowTitle()] if top.isWindow() else []
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        found += _texts_of(widget)
    if isinstance(top, QMainWindow):
        found += [_mnemonic_removed(action.text()) for action in top.menuBar().actions()]
    return [t for t in (_plain(text) for text in found) if t]


def _texts_of(widget: QWidget) -> list[str]:
    texts: list[str] = []
    if isinstance(widget, QLabel):
        texts.append(_rich(widget.text()))
    elif isinstance(widget, QAbstractButton):
        texts.append(_mnemonic_removed(widget.text()))
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    elif isinstance(widget, QComboBox):
        texts.append(widget.currentText() or widget.placeholderText())
    elif isinstance(widget, QLineEdit):
        if widget.echoMode() == QLineEdit.EchoMode.Normal:
            texts.append(widget.text() or widget.placeholderText())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        texts += (widget.toPlainText() or widget.placeholderText()).splitlines()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        model = widget.model()
        if model is not None and widget.parent() is not None:
            texts += _model_texts(model, widget)
    return texts
