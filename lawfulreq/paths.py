"""Where the application keeps its data and logs: the user directories, never beside the binary."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "LawfulReq"
APP_AUTHOR = "LawfulReq"


# platformdirs is imported where a user directory is asked for: a start with `--db` that
# paints its first window before the log is set up does not wait for it (~8 ms).


def data_dir() -> Path:
    import platformdirs  # noqa: PLC0415

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    import platformdirs  # noqa: PLC0415

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / "lawfulreq.db"


def resources_dir() -> Path:
    """`resources/` beside the packages, or inside a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
