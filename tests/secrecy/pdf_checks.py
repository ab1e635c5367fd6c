"""Reading a PDF the way a curious recipient would: its text, and every stream decompressed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest


def need_poppler() -> None:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext (poppler-utils) is required in CI")
        pytest.skip("pdftotext (poppler-utils) is not installed")


def pdf_text(pdf: bytes, tmp: Path) -> str:
    need_poppler()
    path = tmp / "answer.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def every_stream(pdf: bytes) -> list[bytes]:
    """Each stream's bytes, inflated where it is Flate-compressed; plus the file outside them."""
    found: list[bytes] = []
    outside = pdf
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        raw = match.group(1)
        try:
            found.append(zlib.decompress(raw))
        except zlib.error:
            found.append(raw)
        outside = outside.replace(raw, b"")
    found.append(outside)
    return found


def mentions(pdf: bytes, text_: str, words: list[str]) -> list[str]:
    """Which of `words` appear in the text or, as bytes (Latin-1 or UTF-16BE), in any stream."""
    hits = [w for w in words if w.lower() in text_.lower()]
    streams = every_stream(pdf)
    for w in words:
        forms = [w.encode("latin-1", "ignore"), w.encode("utf-16-be")]
        if any(form and form in s for s in streams for form in forms):
            hits.append(w)
    return sorted(set(hits))
