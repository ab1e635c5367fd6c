"""Entry point of `lawfulreq`: parse, dispatch to a sub-command, map errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence

from lawfulreq import __version__
from lawfulreq.cli import (
    commands_admin,
    commands_cases,
    commands_data,
    commands_demo,
    commands_disclosure,
    commands_gui,
    commands_purge,
    commands_secrecy,
    commands_security,
    commands_settings,
    commands_stats,
)
from lawfulreq.cli.context import CliContext
from lawfulreq.clock import Clock, system_clock
from lawfulreq.errors import LawfulreqError
from lawfulreq.textsafe import terminal_safe

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# Each module adds its sub-commands with register(subparsers).
COMMAND_MODULES = (
    commands_admin,
    commands_cases,
    commands_data,
    commands_demo,
    commands_disclosure,
    commands_gui,
    commands_purge,
    commands_security,
    commands_settings,
    commands_secrecy,
    commands_stats,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lawfulreq",
        description="Handle authority demands for telecom data. Without a command, opens the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"lawfulreq {__version__}")
    parser.add_argument(
        "--db",
        default=os.environ.get("LAWFULREQ_DB"),
        metavar="URL",
        help="SQLAlchemy URL or file path (env LAWFULREQ_DB); default: the user data directory",
    )
    parser.add_argument(
        "--user",
        default=os.environ.get("LAWFULREQ_USER"),
        metavar="NAME",
        help="who acts (env LAWFULREQ_USER); password from LAWFULREQ_PASSWORD or a prompt",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build the main window on a temporary database, then exit 0",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use demo.db in the user data directory, creating it (synthetic data) on first use",
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="GUI language for this run")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _run_gui(args: argparse.Namespace, clock: Clock) -> int:
    try:
        gui = importlib.import_module("ui.app")
    except ImportError as exc:  # a core-only install has no Qt front end
        print(f"lawfulreq: error: the GUI is not installed ({exc})", file=sys.stderr)
        return EXIT_FAILED
    return int(gui.run(args, clock=clock))


def main(argv: Sequence[str] | None = None, *, clock: Clock = system_clock) -> int:
    """Run one command (or the GUI) with `clock` as the only source of the current time."""
    logging.basicConfig(level=os.environ.get("LAWFULREQ_LOG_LEVEL", "WARNING"))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo:
        try:
            commands_demo.open_default_demo(args, clock)
        except LawfulreqError as exc:
            print(f"lawfulreq: error: {terminal_safe(exc.message)}", file=sys.stderr)
            return EXIT_FAILED
    if args.smoke_test or args.command is None:
        return _run_gui(args, clock)
    context = CliContext(args, clock=clock)
    try:
        return int(args.handler(context))
    except LawfulreqError as exc:
        print(f"lawfulreq: error: {terminal_safe(exc.message)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("lawfulreq: interrupted", file=sys.stderr)
        return EXIT_FAILED
    finally:
        context.close()


def entry() -> None:
    # In a frozen bundle the importer's parsing process starts this executable again.
    multiprocessing.freeze_support()
    sys.exit(main())


if __name__ == "__main__":
    entry()
