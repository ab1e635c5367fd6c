"""Sub-commands that set up a database: init, user add, user list."""

from __future__ import annotations

import argparse
from typing import Any

from lawfulreq.cli.context import CliContext, new_password
from lawfulreq.domain.enums import Role
from lawfulreq.services.registry import open_services
from lawfulreq.services.users import check_new_account


def register(sub: Any) -> None:
    init = sub.add_parser(
        "init",
        help="create a new database with a first FG account; its password from "
        "LAWFULREQ_NEW_PASSWORD or asked",
    )
    init.add_argument("--admin", required=True, metavar="NAME", help="user name of the FG account")
    init.add_argument("--name", default="", help="display name of the FG")
    init.set_defaults(handler=cmd_init)

    user = sub.add_parser("user", help="manage accounts (FG only)")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser(
        "add", help="add an account; password from LAWFULREQ_NEW_PASSWORD or asked"
    )
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--display-name", default="")
    add.set_defaults(handler=cmd_user_add)
    lst = user_sub.add_parser("list", help="list accounts")
    lst.set_defaults(handler=cmd_user_list)


def cmd_init(ctx: CliContext) -> int:
    args: argparse.Namespace = ctx.args
    password = new_password(args.admin)
    # Every input is checked before the file is made: a refused init leaves nothing behind.
    check_new_account(args.admin, password)
    services = open_services(ctx.target, create=True, clock=ctx.clock)
    ctx.adopt(services)
    user = services.users.create_first_admin(args.admin, password, args.name)
    ctx.emit(
        {"database": services.location, "admin": user.username, "role": user.role.value},
        [f"Created {services.location} with FG account '{user.username}'."],
    )
    return 0


def cmd_user_add(ctx: CliContext) -> int:
    args = ctx.args
    actor = ctx.actor()
    password = new_password(args.name)
    user = ctx.services().users.add(actor, args.name, args.role, password, args.display_name)
    ctx.emit(
        {"username": user.username, "role": user.role.value},
        [f"Added '{user.username}' as {user.role.value}."],
    )
    return 0


def cmd_user_list(ctx: CliContext) -> int:
    users = ctx.services().users.list(ctx.actor())
    ctx.emit(
        {
            "users": [
                {
                    "username": u.username,
                    "display_name": u.display_name,
                    "role": u.role.value,
                    "active": u.active,
                    "locked_until": u.locked_until,
                    "last_login_at": u.last_login_at,
                }
                for u in users
            ]
        },
        [f"{u.username:<20} {u.role.value:<8} {u.display_name}" for u in users],
    )
    return 0
