"""Start the GUI: QApplication, the services, the main window; or build it once and exit."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from lawfulreq import __version__
from lawfulreq.errors import LawfulreqError
from lawfulreq.services.registry import AppServices, open_services_at


class MainWindow(QMainWindow):
    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self._services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("LawfulReq"))
        label = QLabel(
            self.tr("LawfulReq {version} on {location}").format(
                version=__version__, location=services.location
            )
        )
        self.setCentralWidget(label)
        self.resize(1280, 800)


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    try:
        if args.smoke_test:
            with tempfile.TemporaryDirectory(prefix="lawfulreq-smoke-") as tmp:
                services = open_services_at(
                    str(Path(tmp) / "smoke.db"), create=True, key_mode="demo"
                )
                window = MainWindow(services)
                window.show()
                app.processEvents()
                window.grab()
                window.close()
                services.close()
            print("smoke test passed")
            return 0
        services = open_services_at(args.db)
    except LawfulreqError as exc:
        print(f"lawfulreq: error: {exc.message}", file=sys.stderr)
        return 1
    window = MainWindow(services)
    window.show()
    code = app.exec()
    services.close()
    return int(code)
