"""Before PyInstaller runs: compile every translation to .qm and render the icon as PNG."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SVG = ROOT / "packaging" / "icons" / "lawfulreq.svg"


def lrelease() -> str:
    """pyside6-lrelease from the running interpreter's environment, else from PATH."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = bindir / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("prepare: pyside6-lrelease not found; install PySide6 in this venv")
    return found


def compile_translations(root: Path = ROOT) -> list[Path]:
    tool = lrelease()
    written = []
    for ts in sorted((root / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)  # noqa: S603
        if not qm.exists() or qm.stat().st_size == 0:
            raise SystemExit(f"prepare: {ts.name} compiled to an empty or missing {qm.name}")
        written.append(qm)
    return written


def render_icon(out: Path, size: int = 256) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Imported here so the offscreen platform is chosen before Qt loads.
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"prepare: {ICON_SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"prepare: could not write {out}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--icon-png", type=Path, default=ROOT / "build" / "icons" / "lawfulreq.png")
    args = parser.parse_args()
    for qm in compile_translations():
        print(f"prepare: {qm.relative_to(ROOT)}")
    print(f"prepare: {render_icon(args.icon_png).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
