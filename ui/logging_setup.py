"""Rotating log file in the user log directory; messages never carry passwords or keys."""

from __future__ import annotations

import logging
from pathlib import Path

from lawfulreq.paths import log_dir

LOG_FILE_NAME = "lawfulreq.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_HANDLER_NAME = "lawfulreq-file"


def log_file_path(directory: Path | None = None) -> Path:
    return (directory or log_dir()) / LOG_FILE_NAME


def configure_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Attach (once) a rotating file handler to the root logger and return the file's path."""
    # Here, not at the top: logging.handlers (socket, pickle, queue) costs ~12 ms, and the
    # first window (`--startup-probe`) imports this module without writing a log.
    from logging.handlers import RotatingFileHandler  # noqa: PLC0415

    path = log_file_path(directory)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        logging.getLogger(__name__).warning("cannot write the log file %s", path)
        return path
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def display_path(path: Path) -> str:
    """The path with the home folder written as ~, shorter in dialogs and stable in screenshots."""
    home = Path.home()
    try:
        return "~/" + path.relative_to(home).as_posix()
    except ValueError:
        return str(path)
