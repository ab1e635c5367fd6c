"""Entry point of `lawfulreq`: parse, dispatch to a sub-command, map errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import typing
from collections.abc import Sequence
from types import ModuleType

from lawfulreq import __version__
from lawfulreq.clock import Clock, system_clock
from lawfulreq.errors import LawfulreqError
from lawfulreq.textsafe import terminal_safe

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# Each module (in lawfulreq.cli) adds its sub-commands with register(subparsers). Named, not
# imported: they load every service, which opening the GUI must not wait for.
COMMAND_MODULES = (
    "commands_admin",
    "commands_cases",
    "commands_data",
    "commands_demo",
    "commands_disclosure",
    "commands_gui",
    "commands_purge",
    "commands_security",
    "commands_settings",
    "commands_secrecy",
    "commands_stats",
)


def command_modules() -> list[ModuleType]:
    return [importlib.import_module(f"lawfulreq.cli.{name}") for name in COMMAND_MODULES]


class _NotGlobalOnlyError(Exception):
    """The arguments need the full parser (a sub-command, help, or a mistake to explain)."""


class _GlobalOptionsParser(argparse.ArgumentParser):
    def error(self, message: str) -> typing.NoReturn:
        raise _NotGlobalOnlyError(message)


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    kind = argparse.ArgumentParser if with_commands else _GlobalOptionsParser
    parser = kind(
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
        "--startup-probe",
        action="store_true",
        help="open the GUI, exit 0 once its first window is painted; writes nothing",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use demo.db in the user data directory, creating it (synthetic data) on first use",
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="GUI language for this run")
    parser.add_argument(
        "--theme",
        choices=("light", "dark", "high-contrast", "system"),
        help="GUI theme for this run (default: the one chosen in Settings, else the system's)",
    )
    if not with_commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(sub)
    return parser


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed global options when `argv` opens the GUI (no sub-command), else None.

    Opening the GUI then needs no command module: the sign-in window is not held up by them.
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    try:
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
    except _NotGlobalOnlyError:
        return None
    if rest:
        return None
    args.command = None
    return args


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
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _gui_arguments(arguments) or build_parser().parse_args(arguments)
    if args.demo:
        from lawfulreq.cli import commands_demo  # noqa: PLC0415 - see COMMAND_MODULES

        try:
            commands_demo.open_default_demo(args, clock)
        except LawfulreqError as exc:
            print(f"lawfulreq: error: {terminal_safe(exc.message)}", file=sys.stderr)
            return EXIT_FAILED
    if args.smoke_test or args.startup_probe or args.command is None:
        return _run_gui(args, clock)
    from lawfulreq.cli.context import CliContext  # noqa: PLC0415 - loads every service

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
    # In a frozen bundle the importer's parsing process starts this executable again. From
    # source freeze_support does nothing: skip the import (~10 ms of every start).
    if getattr(sys, "frozen", False):
        import multiprocessing  # noqa: PLC0415 - only here: a GUI start should not pay for it

        multiprocessing.freeze_support()
    sys.exit(main())


if __name__ == "__main__":
    entry()
