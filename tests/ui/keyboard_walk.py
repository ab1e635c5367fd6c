"""Accessibility checks on a live widget tree: accessible names, and a walk by the Tab key.

Shared by tests/ui/test_accessibility.py (every screenshot screen, offscreen) and the flow
under a real X server (tests/ui/xvfb_flow.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QTabBar,
    QWidget,
)

# A name that reads like a code: `phone_number`, `login.succeeded`, `sv-126m`, `DUPLICATE_TARGET`.
_CODE = re.compile(r"^[A-Za-z0-9]+(?:[_.][A-Za-z0-9]+)+$|^[a-z]+-\d+[a-z]*$")
# A step up this far (pixels) within one column is not "reading on"; less is alignment noise.
UP_TOLERANCE = 4


def _takes_tab_focus(widget: QWidget) -> bool:
    policy = widget.focusPolicy()
    return policy & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus


def _inner_part(widget: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box: its owner is the stop."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent, QAbstractSpinBox | QComboBox)


def focus_stops(top: QWidget) -> list[QWidget]:
    """Every control of `top`'s window a keyboard user must reach, in tree order.

    Visible, enabled, accepting Tab focus, not delegating its focus to another widget (a tab
    widget's tab bar is the stop) and not the inner part of a composite control."""
    window = top.window()
    return [
        widget
        for widget in [top, *top.findChildren(QWidget)]
        if widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
        and _takes_tab_focus(widget)
        and widget.focusProxy() is None
        and not _inner_part(widget)
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def describe(widget: QWidget) -> str:
    """`objectName (Class)`, or the nearest named ancestor's name for an unnamed widget."""
    name, node = widget.objectName(), widget.parentWidget()
    while not name and node is not None:
        name = f"{node.objectName()}>" if node.objectName() else ""
        node = node.parentWidget()
    return f"{name or '?'} ({type(widget).__name__})"


def labels(widget: QWidget) -> list[QObject]:
    """What labels `widget` for a screen reader (its buddy QLabel, a group box around it)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return []
    found = [other.object() for other, _kind in interface.relations(QAccessible.RelationFlag.Label)]
    return [label for label in found if label is not None]


def _own_label(widget: QWidget, stops: list[QWidget]) -> bool:
    """A buddy label, or a group box that labels this control alone.

    A group box titled "The demand" around a dozen fields names none of them: Qt falls back
    to it for any field without a label, so "The demand, date" is what a reader heard."""
    for label in labels(widget):
        if isinstance(label, QGroupBox):
            inside = [stop for stop in stops if label.isAncestorOf(stop)]
            if len(inside) == 1:
                return True
        else:
            return True
    return False


def _value_is_name(widget: QWidget) -> bool:
    """Controls whose accessible name on Linux is their value: a combo box says what is chosen
    ("AIVD"), not what is asked (the label comes through the label relation)."""
    return isinstance(widget, QComboBox)


def name_problems(top: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name, with a borrowed one (its value,
    a group box around several fields) or with an internal code."""
    problems: list[str] = []
    stops = focus_stops(top)
    for widget in stops:
        name = accessible_name(widget).strip()
        own = bool(widget.accessibleName()) and not _value_is_name(widget)
        if isinstance(widget, QAbstractButton | QTabBar):
            own = own or bool(name)
        if not (own or _own_label(widget, stops)):
            problems.append(f"{describe(widget)}: no name of its own (reads {name!r})")
        elif not name:
            problems.append(f"{describe(widget)}: no accessible name")
        elif name == widget.objectName() or _CODE.fullmatch(name):
            problems.append(f"{describe(widget)}: name is a code ({name!r})")
    return problems


@dataclass(frozen=True)
class Walk:
    stops: list[QWidget]
    # True when the walk came back to where it started (no trap); False after `limit` steps.
    closed: bool


def _focused(top: QWidget) -> QWidget | None:
    """The window's focus widget, resolved to its stop (a spin box, not its line edit)."""
    widget = top.window().focusWidget()
    while widget is not None and _inner_part(widget):
        widget = widget.parentWidget()
    return widget


def tab_walk(top: QWidget, *, limit: int = 400) -> Walk:
    """Focus the window's first control, then press Tab until focus comes back around."""
    stops = focus_stops(top)
    if not stops:
        return Walk([], closed=True)
    window = top.window()
    window.activateWindow()
    # The first control in the window's Tab chain: where Tab goes from nothing focused.
    first, node = stops[0], window.nextInFocusChain()
    members = set(map(id, stops))
    while node is not window:
        if id(node) in members:
            first = node
            break
        node = node.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = _focused(top)
    if start is None:
        return Walk([], closed=False)
    seen: list[QWidget] = [start]
    for _ in range(limit):
        current = window.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        focused = _focused(top)
        if focused is None:
            return Walk(seen, closed=False)
        if focused is start:
            return Walk(seen, closed=True)
        if focused is not seen[-1]:
            seen.append(focused)
    return Walk(seen, closed=False)


def _rect(widget: QWidget) -> QRect:
    """Where `widget` sits in its window as laid out, whatever a scroll area scrolled to
    (the walk scrolls forms as it goes; the reading order is the layout's)."""
    x, y, node = 0, 0, widget
    window = widget.window()
    while node is not window and node is not None:
        parent = node.parentWidget()
        scrolled = parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea)
        if not (scrolled and parent is parent.parentWidget().viewport()):  # type: ignore[union-attr]
            x, y = x + node.x(), y + node.y()
        node = parent
    return QRect(x, y, widget.width(), widget.height())


def order_problems(stops: list[QWidget]) -> list[str]:
    """Steps that go against the reading order (top to bottom, left to right).

    The rule, for each step from A to B (the wrap from the last control to the first aside):
    - same column (their horizontal extents overlap): B's top is not above A's top (by more
      than UP_TOLERANCE pixels): reading goes down a column, never back up it;
    - same line (their vertical extents overlap, both at most 60 px high, not the same
      column): B is not left of A: reading goes left to right along a row.
    Going up is fine to a different column: from the navigation list to the top of the page,
    from a form's last field to the side panel next to it."""
    problems: list[str] = []
    for before, after in pairwise(stops):
        a, b = _rect(before), _rect(after)
        same_column = a.left() < b.right() and b.left() < a.right()
        if same_column and b.top() < a.top() - UP_TOLERANCE:
            problems.append(f"{describe(before)} -> {describe(after)}: goes back up")
            continue
        same_line = (
            not same_column
            and a.top() < b.bottom()
            and b.top() < a.bottom()
            and max(a.height(), b.height()) <= 60
        )
        if same_line and b.left() < a.left():
            problems.append(f"{describe(before)} -> {describe(after)}: goes back left")
    return problems


def unreached(top: QWidget, walk: Walk) -> list[str]:
    reached = set(map(id, walk.stops))
    return [describe(w) for w in focus_stops(top) if id(w) not in reached]
