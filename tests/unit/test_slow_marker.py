"""The quick local run leaves out `slow` tests; --run-slow (CI) runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


# Each test waits for a child pytest with a timeout: libfaketime's sleep shim fails there.
pytestmark = pytest.mark.no_faketime


def _collect(*extra: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("LAWFULREQ_RUN_SLOW", "CI")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "tests/security/test_kill.py", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    return done.stdout


def test_slow_tests_are_skipped_without_run_slow() -> None:
    out = _collect()
    assert "1 skipped" in out and "slow: run with --run-slow" in out, out


def test_run_slow_selects_them() -> None:
    out = _collect("--run-slow", "--collect-only")
    assert "test_sigkill_at_random_moments" in out and "skipped" not in out, out
