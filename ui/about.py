"""About LawfulReq: version, purpose, the bundled font's licence and where the log is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lawfulreq import __version__
from ui.fitting import FittedDialog
from ui.logging_setup import display_path
from ui.resources import app_icon


class AboutDialog(FittedDialog):
    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About LawfulReq"))
        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(QSize(64, 64)))
        picture.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        name = QLabel(self.tr("LawfulReq {version}").format(version=__version__))
        name.setObjectName("dialogHeading")
        purpose = QLabel(
            self.tr(
                "Handles demands from authorities for subscriber and traffic data: checks that "
                "each demand is lawful and complete, discloses exactly what the law allows, "
                "and keeps the demand secret from the customer as long as the law requires."
            )
        )
        purpose.setWordWrap(True)
        fonts = QLabel(self.tr("Text is set in DejaVu Sans (Bitstream Vera licence)."))
        fonts.setObjectName("hint")
        fonts.setWordWrap(True)
        log_label = QLabel(self.tr("Log file: {path}").format(path=display_path(log_path)))
        log_label.setObjectName("hint")
        log_label.setWordWrap(True)
        log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_row = QHBoxLayout()
        title_row.addWidget(picture)
        title_row.addWidget(name, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Wrapped labels sit directly in the top layout, so the dialog's height fits their text.
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(purpose, 1)
        layout.addWidget(fonts)
        layout.addWidget(log_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
