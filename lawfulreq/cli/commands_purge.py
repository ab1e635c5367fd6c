"""`purge [--dry-run]`: delete what retention no longer allows (FG only), print the counts."""

from __future__ import annotations

from typing import Any

from lawfulreq.cli.context import CliContext
from lawfulreq.services.purge import PurgeResult


def register(sub: Any) -> None:
    purge = sub.add_parser(
        "purge",
        help="FG: delete usage records and closed case files past their retention",
        description=(
            "Deletes usage records older than the traffic retention (unless a demand being "
            "handled or a running preservation order freezes them) and closed cases older than "
            "the case-file retention, with their documents. Their anonymous statistics and the "
            "audit log stay. One transaction: all or nothing."
        ),
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="count what would be deleted; delete nothing"
    )
    purge.set_defaults(handler=cmd_purge)


def _text_lines(result: PurgeResult) -> list[str]:
    verb = "Would delete" if result.dry_run else "Deleted"
    return [
        f"{verb}: {result.usage_records} usage records, {result.cases} closed cases, "
        f"{result.documents} documents",
        f"Kept (frozen by a demand or a preservation order): {result.kept_frozen} usage records",
    ]


def cmd_purge(ctx: CliContext) -> int:
    result = ctx.services().purge.run(ctx.actor(), dry_run=ctx.args.dry_run)
    ctx.emit(result.as_json(), _text_lines(result))
    return 0
