"""poppler's pdfsig and pdftotext: required in CI (a test fails, never skips, without them)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} (poppler-utils) is required in CI")
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return found


def pdftotext(path: Path) -> str:
    done = subprocess.run(
        [tool("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def pdfsig(path: Path) -> str:
    done = subprocess.run([tool("pdfsig"), str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr
