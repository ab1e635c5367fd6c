"""Starts the import's parsing process, prints its pid, then waits to be killed."""

from __future__ import annotations

import multiprocessing
import sys
import threading
from pathlib import Path

from lawfulreq.importers.runner import BatchContext, _parallel_batches
from tests.conftest import NOW


def run(path: Path) -> None:
    batches = _parallel_batches(path, "customers", 50, BatchContext("sqlite+pysqlcipher", NOW))
    next(batches)  # the worker runs and soon blocks on the full queue
    (child,) = multiprocessing.active_children()
    print(child.pid, flush=True)
    threading.Event().wait(600)


if __name__ == "__main__":
    run(Path(sys.argv[1]))
