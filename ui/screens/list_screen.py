"""The base of a section that is one list (flags, access requests, users): an intro, a bar of
actions, the table with one row selected; it reloads when an operation changes what it lists."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.keyboard import keyboard_table
from ui.operations import ChangeEvent, Kind
from ui.screen import Screen, ScreenContext


class ListScreen(Screen):
    # A change of one of these kinds (by any operation, on any screen) reloads the list.
    LISTS: ClassVar[frozenset[Kind]] = frozenset()

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        context.changes.changed.connect(self._on_changes_changed)

    def _on_changes_changed(self, event: ChangeEvent) -> None:
        if event.touches(self.LISTS):
            self.refresh()

    def list_table(self, model: QAbstractItemModel, object_name: str, name: str) -> QTableView:
        """The table: whole rows, one at a time, columns as wide as their contents; a change
        of the current row calls `_on_selection_changed`. `name` is what a screen reader
        announces; Tab leaves the table (see `keyboard_table`)."""
        table = QTableView()
        table.setObjectName(object_name)
        keyboard_table(table, name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().currentRowChanged.connect(self._on_selection_changed)
        return table

    def lay_out(self, intro: str, bar: QLayout, body: QWidget) -> None:
        """The intro (a hint), the bar and the body filling the rest."""
        hint = QLabel(intro)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(hint)
        layout.addLayout(bar)
        layout.addWidget(body, 1)

    def _on_selection_changed(self, *_args: object) -> None:
        """Enable the actions that fit the selected row."""
