"""The page a section shows until the version that brings its screen: a plain statement, no data."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.resources import icon
from ui.screen import Screen, ScreenContext


class PlaceholderScreen(Screen):
    def __init__(
        self,
        context: ScreenContext,
        section_key: str,
        title: str,
        icon_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("placeholderScreen")
        self.section_key = section_key
        self.last_payload: object | None = None
        picture = QLabel()
        picture.setObjectName("placeholderIcon")
        picture.setPixmap(icon(icon_name).pixmap(QSize(64, 64)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(
            self.tr("{section} is not available in this version").format(section=title)
        )
        heading.setObjectName("placeholderHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        body = QLabel(
            self.tr(
                "This part of LawfulReq arrives in a later version. Until then nothing is shown "
                "here, so that no one mistakes an empty page for real data."
            )
        )
        body.setObjectName("placeholderBody")
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(3)
        layout.setContentsMargins(96, 24, 96, 24)

    def apply_request(self, payload: object) -> None:
        # Kept so the hand-over (e.g. a dashboard CaseFilter) is visible to tests and later code.
        self.last_payload = payload
