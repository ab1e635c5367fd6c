"""Runs the command line once per line read from stdin, in one process (the load test's user).

Each line: `ROUND ARG...`; the command runs with the clock at NOW + ROUND seconds and the
answer is one line of JSON: {"round", "code", "err"}.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from datetime import timedelta

from lawfulreq.cli.main import main
from lawfulreq.clock import fixed_clock
from tests.conftest import NOW


def serve() -> None:
    for line in sys.stdin:
        round_text, *argv = line.split()
        err = io.StringIO()
        out = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = main(argv, clock=fixed_clock(NOW + timedelta(seconds=int(round_text))))
        print(json.dumps({"round": int(round_text), "code": code, "err": err.getvalue()}))
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
