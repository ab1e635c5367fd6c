"""Run in a child process with QT_SCALE_FACTOR=2: every screenshot at 200% scaling.

Prints one line per problem (wrong image size, clipped text) and exits 1 if there is any.
The scale factor must be set before the QApplication exists, hence a process of its own.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.ui.clipping import clipped
from ui.app import application
from ui.screenshots import SIZE, demo_session, iterate_shots


def main() -> int:
    application()
    problems: list[str] = []
    seen = 0
    with tempfile.TemporaryDirectory() as tmp, demo_session(Path(tmp)) as (services, actor):
        for shot in iterate_shots(services, actor, language="nl", settings_dir=Path(tmp)):
            seen += 1
            if shot.image.size() != SIZE * 2:
                problems.append(f"{shot.name}: image {shot.image.size()} is not 200%")
            problems += [f"{shot.name}: {p}" for p in clipped(shot.widget)]
    print(f"shots: {seen}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
