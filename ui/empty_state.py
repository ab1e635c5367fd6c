"""A list or panel that says so while it loads or when it has nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


class EmptyStateStack(QStackedWidget):
    """`content` (a table, a form) or, in its place, one calm sentence: "Loading…",
    "No findings: nothing blocks this case." A blank grey area never means anything."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyStateStack")
        self.content = content
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_page = QWidget()
        self.message_page.setObjectName("emptyStatePage")
        layout = QVBoxLayout(self.message_page)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.addWidget(content)
        self.addWidget(self.message_page)

    def show_loading(self) -> None:
        self.show_message(self.tr("Loading…"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message_page)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    @property
    def showing_message(self) -> bool:
        return self.currentWidget() is self.message_page

    def visible_text(self) -> str:
        """What stands in place of the content, or "" when the content shows."""
        return self.message.text() if self.showing_message else ""
