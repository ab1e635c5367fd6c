"""Golden-image comparison: a per-pixel tolerance, and actual/expected/diff files on mismatch."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage

# A pixel differs when any channel is off by more than this (anti-aliasing noise stays below).
CHANNEL_TOLERANCE = 40
# Share of differing pixels still accepted (a caret blink, a rounding of one glyph).
MAX_DIFFERING_SHARE = 0.001


@dataclass(frozen=True)
class Comparison:
    ok: bool
    message: str


def _rgb32(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32)


def compare_with_baseline(actual: QImage, baseline: Path, failures_dir: Path) -> Comparison:
    """UPDATE_SCREENSHOTS=1 rewrites the baseline instead of comparing."""
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        baseline.parent.mkdir(parents=True, exist_ok=True)
        actual.save(str(baseline))
        return Comparison(True, f"rewrote {baseline}")
    if not baseline.exists():
        return Comparison(False, f"no baseline {baseline}: run with UPDATE_SCREENSHOTS=1")
    got, want = _rgb32(actual), _rgb32(QImage(str(baseline)))
    if got.size() != want.size():
        _write_failure(got, want, None, baseline, failures_dir)
        return Comparison(False, f"{baseline.name}: size {got.size()} != {want.size()}")
    got_bytes, want_bytes = bytes(got.constBits()), bytes(want.constBits())
    if got_bytes == want_bytes:
        return Comparison(True, "identical")
    # The diff is built as bytes: one QImage.setPixelColor call per pixel returns a None that
    # PySide6 6.12 on Python 3.11 miscounts, and a large mismatch then crashes the interpreter.
    width, height, stride = got.width(), got.height(), got.bytesPerLine()
    diff_bytes = bytearray(b"\x00\x00\x00\xff" * (stride // 4) * height)
    differing = 0
    for y in range(height):
        row = y * stride
        for x in range(width):
            i = row + 4 * x
            if got_bytes[i : i + 3] == want_bytes[i : i + 3]:
                continue
            if max(abs(got_bytes[i + c] - want_bytes[i + c]) for c in range(3)) > CHANNEL_TOLERANCE:
                differing += 1
                diff_bytes[i : i + 4] = b"\x00\x00\xff\xff"  # red, as B G R A in memory
    diff = QImage(bytes(diff_bytes), width, height, stride, QImage.Format.Format_RGB32).copy()
    share = differing / (got.width() * got.height())
    if share <= MAX_DIFFERING_SHARE:
        return Comparison(True, f"{differing} pixels differ ({share:.4%}), within tolerance")
    written = _write_failure(got, want, diff, baseline, failures_dir)
    return Comparison(
        False, f"{baseline.name}: {differing} pixels differ ({share:.3%}); see {written}"
    )


def _write_failure(
    got: QImage, want: QImage, diff: QImage | None, baseline: Path, failures_dir: Path
) -> Path:
    failures_dir.mkdir(parents=True, exist_ok=True)
    stem = baseline.stem
    got.save(str(failures_dir / f"{stem}-actual.png"))
    want.save(str(failures_dir / f"{stem}-expected.png"))
    if diff is not None:
        diff.save(str(failures_dir / f"{stem}-diff.png"))
    return failures_dir
