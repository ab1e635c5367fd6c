"""Before PyInstaller runs: compile every resources/translations/*.ts to its .qm."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def main() -> int:
    argparse.ArgumentParser(description=__doc__).parse_args()
    for qm in compile_translations():
        print(f"prepare: {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
