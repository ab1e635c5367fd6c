"""The lookup results as a table: one row per holder (customer, number, validity)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from lawfulreq.services.lookup import SubscriberMatch
from ui.formats import date_time_text, phone_text, postcode_text
from ui.resources import icon

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


def _address(match: SubscriberMatch) -> str:
    number = f"{match.house_number}{match.house_number_suffix}".strip()
    return f"{match.street} {number}".strip()


def _time(value: datetime | None) -> str:
    return date_time_text(value) if value is not None else ""


def service_label(service: str | None) -> str:
    names = {
        "mobile": translate("LookupTable", "mobile"),
        "fixed": translate("LookupTable", "fixed line"),
        "internet": translate("LookupTable", "internet"),
        "voip": translate("LookupTable", "VoIP"),
        "cloud_pbx": translate("LookupTable", "cloud PBX"),
    }
    return names.get(service or "", service or "")


# (header, value of a match)
COLUMNS: tuple[tuple[Callable[[], str], Callable[[SubscriberMatch], str]], ...] = (
    (lambda: translate("LookupTable", "Customer"), lambda m: m.customer_id),
    (lambda: translate("LookupTable", "Name"), lambda m: m.name),
    (lambda: translate("LookupTable", "Address"), _address),
    (lambda: translate("LookupTable", "Postcode"), lambda m: postcode_text(m.postcode)),
    (lambda: translate("LookupTable", "Town"), lambda m: m.town),
    (lambda: translate("LookupTable", "Number"), lambda m: phone_text(m.number)),
    (lambda: translate("LookupTable", "Service"), lambda m: service_label(m.service_type)),
    (lambda: translate("LookupTable", "Valid from"), lambda m: _time(m.valid_from)),
    (lambda: translate("LookupTable", "Valid until"), lambda m: _time(m.valid_to)),
    (
        # Short, so the column is no wider than its values; the header's tooltip says more.
        lambda: translate("LookupTable", "Secret"),
        lambda m: translate("LookupTable", "secret") if m.secret_number else "",
    ),
)
NAME_COLUMN = 1  # takes the width the others leave
# Columns whose text can be long: elided, with the full text as a tooltip; the name
# stretches, the others are at most this many average characters wide. The remaining
# columns are short and as wide as their contents.
ELIDED_COLUMNS = (NAME_COLUMN, 2, 4)  # name, address, town
CAPPED_COLUMNS = {2: 22, 4: 14}  # address, town
SECRET_COLUMN = len(COLUMNS) - 1


class LookupTableModel(QAbstractTableModel):
    """Read-only rows of SubscriberMatch; the screen keeps the LookupResult they came from."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SubscriberMatch, ...] = ()
        # Holders a secrecy flag in force covers (issue 12): a lock beside the customer.
        self._covered: frozenset[int] = frozenset()

    def set_covered(self, customer_keys: frozenset[int]) -> None:
        self._covered = customer_keys
        if self._rows:
            last = self.index(len(self._rows) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last)

    def is_covered(self, row: int) -> bool:
        return self._rows[row].customer_key in self._covered

    def set_matches(self, matches: Sequence[SubscriberMatch]) -> None:
        self.beginResetModel()
        self._rows = tuple(matches)
        self.endResetModel()

    def match_at(self, row: int) -> SubscriberMatch:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and section == SECRET_COLUMN:
            return self._secret(role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section][0]()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.row() < len(self._rows)
        if not valid or not 0 <= index.column() < len(COLUMNS):
            return None
        match = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return COLUMNS[column][1](match)
        if role == Qt.ItemDataRole.ToolTipRole and column in ELIDED_COLUMNS:
            return COLUMNS[column][1](match) or None
        if role == Qt.ItemDataRole.UserRole:
            return match
        return self._badge(match, column, role)

    def _badge(self, match: SubscriberMatch, column: int, role: int) -> Any:
        """The marks on a row: the lock of a flagged holder, a secret number in bold."""
        if column == 0 and match.customer_key in self._covered:
            return self._covered_badge(role)
        if column == SECRET_COLUMN and match.secret_number:
            return self._secret(role)
        return None

    @staticmethod
    def _covered_badge(role: int) -> Any:
        """The lock of a holder under a secrecy flag, with why as a tooltip."""
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("secret")
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "LookupTable", "Covered by a secrecy flag: never tell the customer (art. 126bb Sv)"
            )
        return None

    @staticmethod
    def _secret(role: int) -> Any:
        """How the secret-number cell stands out: bold, with the reason as a tooltip."""
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "LookupTable", "Secret number: not listed in directories or directory enquiries"
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
