"""The `demo` sub-command and the `--demo` quick start: a new database of synthetic data."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from typing import Any

from lawfulreq.cli.context import CliContext
from lawfulreq.clock import AMSTERDAM, Clock
from lawfulreq.demo import (
    DEMO_SEED,
    DEMO_USERS,
    DemoSummary,
    create_demo_database,
    generate_password,
)
from lawfulreq.errors import ValidationError
from lawfulreq.paths import data_dir

NEW_PASSWORD_ENV = "LAWFULREQ_NEW_PASSWORD"  # noqa: S105 - a variable name, not a secret
DEMO_FILE = "demo.db"
# Below this many subscribers the build takes a few seconds: no progress lines.
PROGRESS_FROM = 20_000


def register(sub: Any) -> None:
    demo = sub.add_parser(
        "demo",
        help="create a new database filled with deterministic synthetic demo data",
        description="Create a NEW database (refused if the file exists) with the users fg, "
        "officer, officer2 and auditor. Their password is LAWFULREQ_NEW_PASSWORD when set, "
        "else generated and printed once. The file uses the public demo passphrase.",
    )
    demo.add_argument("--subscribers", type=int, default=2000, metavar="N")
    demo.add_argument("--cases", type=int, default=50, metavar="M")
    demo.add_argument("--seed", type=int, default=DEMO_SEED, metavar="S")
    demo.add_argument("--usage-per-customer", type=int, default=3, metavar="K",
                      help="call records per customer on average (default 3)")  # fmt: skip
    demo.set_defaults(handler=cmd_demo)


def _password() -> tuple[str, bool]:
    """The demo users' password and whether it was generated (and so must be shown)."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given, False
    return generate_password(), True


def _stderr_progress(step: str, done: int, total: int) -> None:
    print(f"lawfulreq demo: {step} {done}/{total}", file=sys.stderr, flush=True)


def _demo_now(clock: Clock) -> datetime:
    """The demo's data is dated around this run's present, to the minute, in Amsterdam time."""
    return clock().astimezone(AMSTERDAM).replace(second=0, microsecond=0)


def _check_sizes(args: argparse.Namespace) -> None:
    for option, value, low in (
        ("--subscribers", args.subscribers, 1),
        ("--cases", args.cases, 0),
        ("--usage-per-customer", args.usage_per_customer, 0),
    ):
        if value < low:
            raise ValidationError(f"{option}: must be at least {low}, not {value}",
                                  code="bad_demo_size", field=option)  # fmt: skip


def _user_lines(password: str | None) -> list[str]:
    names = ", ".join(f"{name} ({role.value})" for name, role, _display in DEMO_USERS)
    lines = [f"Users: {names}."]
    if password is not None:
        lines.append(f"Their password (shown once, stored nowhere): {password}")
    else:
        lines.append(f"Their password is the one in {NEW_PASSWORD_ENV}.")
    return lines


def _document(location: str, summary: DemoSummary, password: str | None) -> dict[str, Any]:
    return {
        "database": location,
        "users": [{"username": n, "role": r.value} for n, r, _d in DEMO_USERS],
        "password": password,
        "password_source": "generated" if password is not None else NEW_PASSWORD_ENV,
        "counts": summary.counts,
        "seconds": round(summary.seconds, 2),
    }


def cmd_demo(ctx: CliContext) -> int:
    args = ctx.args
    _check_sizes(args)
    password, generated = _password()
    services, summary = create_demo_database(
        args.db,
        password=password,
        subscribers=args.subscribers,
        cases=args.cases,
        seed=args.seed,
        now=_demo_now(ctx.clock),
        usage_per_customer=args.usage_per_customer,
        progress=_stderr_progress if args.subscribers >= PROGRESS_FROM else None,
    )
    ctx.adopt(services)
    shown = password if generated else None
    counts = summary.counts
    ctx.emit(
        _document(services.location, summary, shown),
        [
            f"Created the demo database {services.location} in {summary.seconds:.1f} s: "
            f"{counts['customer']} customers, {counts['demand_case']} cases (synthetic data).",
            *_user_lines(shown),
        ],
    )
    return 0


def open_default_demo(args: argparse.Namespace, clock: Clock) -> None:
    """`lawfulreq --demo`: point args.db at demo.db in the data directory, creating it first."""
    path = data_dir() / DEMO_FILE
    args.db = str(path)
    if path.exists():
        return
    password, generated = _password()
    services, summary = create_demo_database(str(path), password=password, now=_demo_now(clock))
    services.close()
    print(f"Created the demo database {path} ({summary.counts['customer']} customers, "
          f"{summary.counts['demand_case']} cases; synthetic data).")  # fmt: skip
    for line in _user_lines(password if generated else None):
        print(line)
    print(f"Lost the password? Delete {path} and {path.name}.keyinfo beside it, "
          "then run 'lawfulreq --demo' again.")  # fmt: skip
