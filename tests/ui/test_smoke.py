"""`lawfulreq --smoke-test` builds the full main window on a temporary database and exits 0."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from lawfulreq.cli.main import main


def test_smoke_test_builds_the_full_window(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--smoke-test"]) == 0
    assert "smoke test passed" in capsys.readouterr().out
