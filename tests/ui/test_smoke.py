"""`lawfulreq --smoke-test` builds the full main window on a temporary database and exits 0."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import run_cli


def test_smoke_test_builds_the_full_window(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["--smoke-test"]) == 0
    assert "smoke test passed" in capsys.readouterr().out
