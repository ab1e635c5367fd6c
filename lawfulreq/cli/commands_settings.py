"""Sub-commands on the database-wide settings: settings list, settings set KEY VALUE."""

from __future__ import annotations

from typing import Any

from lawfulreq.cli.context import CliContext


def register(sub: Any) -> None:
    settings = sub.add_parser("settings", help="the settings that hold for every user")
    settings_sub = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    lst = settings_sub.add_parser("list", help="every setting with type, default, range and value")
    lst.set_defaults(handler=cmd_settings_list)
    change = settings_sub.add_parser("set", help="change one setting (FG only; audited)")
    change.add_argument("key")
    change.add_argument("value")
    change.set_defaults(handler=cmd_settings_set)


def cmd_settings_list(ctx: CliContext) -> int:
    ctx.actor()  # reading the settings needs a signed-in user, as in the GUI
    views = ctx.services().settings.list()
    ctx.emit(
        {
            "settings": [
                {
                    "key": v.key,
                    "type": v.type,
                    "default": v.default,
                    "value": v.value,
                    "description": v.description,
                }
                for v in views
            ]
        },
        [
            f"{v.key:<28} {v.value!s:<8} (default {v.default}"
            + (f"; {v.range}" if v.range else "")
            + f")  {v.description}"
            for v in views
        ],
    )
    return 0


def cmd_settings_set(ctx: CliContext) -> int:
    args = ctx.args
    value = ctx.services().settings.set(ctx.actor(), args.key, args.value)
    ctx.emit({"key": args.key, "value": value}, [f"{args.key} = {value}"])
    return 0
