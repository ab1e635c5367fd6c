"""Sub-commands on subscriber data: import provider exports, look up who held an identifier."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from lawfulreq.cli.context import CliContext
from lawfulreq.clock import local_text, parse_time
from lawfulreq.domain.enums import ImportStatus
from lawfulreq.services.imports import IMPORT_KINDS, ImportOptions


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="import provider data (CSV, UTF-8, header; ';' or ',')")
    imp.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND", help=", ".join(IMPORT_KINDS))
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="validate only; change nothing")
    imp.add_argument(
        "--skip-bad",
        action="store_true",
        help="import the good rows; write the bad ones to a report",
    )
    imp.add_argument("--report", type=Path, metavar="FILE", help="where --skip-bad writes bad rows")
    imp.add_argument(
        "--full",
        action="store_true",
        help="FILE is a full export: end-date stored records it no longer lists",
    )
    imp.set_defaults(handler=cmd_import)

    look = sub.add_parser("lookup", help="find who is behind an identifier, for a case")
    look.add_argument("query", metavar="QUERY")
    look.add_argument("--case", required=True, metavar="REF", help="the case this lookup serves")
    look.add_argument("--at", metavar="TIME", help="who held it at this moment (default: now)")
    look.add_argument("--from", dest="period_from", metavar="TIME", help="period start")
    look.add_argument("--to", dest="period_to", metavar="TIME", help="period end")
    look.add_argument("--usage", action="store_true", help="usage records (traffic data)")
    look.add_argument(
        "--add", action="store_true", help="add every match to the case's disclosure as items"
    )
    look.set_defaults(handler=cmd_lookup)


def cmd_import(ctx: CliContext) -> int:
    args = ctx.args
    options = ImportOptions(
        dry_run=args.dry_run, skip_bad=args.skip_bad, full=args.full, report_path=args.report
    )
    result = ctx.services().imports.run(ctx.actor(), args.kind, args.file, options)
    document = {
        "kind": result.kind,
        "file": result.file,
        "status": result.status,
        **result.counts(),
        "skipped_report": result.skipped_report,
        "errors": [
            {"file": b.file, "line": b.line, "column": b.column, "reason": b.reason}
            for b in result.bad_rows
        ],
    }
    counts = (
        f"{result.imported} of {result.rows} rows ({result.inserted} new, {result.updated} "
        f"changed, {result.unchanged} unchanged), {result.skipped} skipped; "
        f"{result.end_dated} end-dated"
    )
    if result.status == ImportStatus.REJECTED:
        for bad in result.bad_rows:
            print(str(bad), file=sys.stderr)
        # A row may have several bad values; the count is of rows.
        more = result.bad_count - len({bad.line for bad in result.bad_rows})
        if more > 0:
            print(f"... and {more} more bad rows", file=sys.stderr)
        print(
            f"lawfulreq: error: {result.bad_count} bad row(s); nothing was imported "
            "(fix them, or use --skip-bad)",
            file=sys.stderr,
        )
        if ctx.as_json:
            ctx.emit(document)
        return 1
    lines = [f"imported {counts}"]
    if result.status == ImportStatus.DRY_RUN:
        lines = [f"dry run, nothing changed: would import {counts}"]
    elif result.status == ImportStatus.CANCELLED:
        lines = [f"cancelled after {result.rows} rows: nothing changed"]
    if result.skipped:
        lines.append(f"skipped {result.skipped} bad row(s), listed in {result.skipped_report}")
    ctx.emit(document, lines)
    return 0


def cmd_lookup(ctx: CliContext) -> int:
    args = ctx.args
    at = parse_time(args.at, field="--at") if args.at else None
    start = parse_time(args.period_from, field="--from") if args.period_from else None
    end = parse_time(args.period_to, field="--to") if args.period_to else None
    result = ctx.services().lookup.lookup(
        ctx.actor(),
        args.case,
        args.query,
        at=at,
        period_from=start,
        period_to=end,
        usage=args.usage,
    )
    lines = [f"{result.query.kind.value}: {result.query.normalised}"]
    for m in result.matches:
        address = f"{m.street} {m.house_number}{m.house_number_suffix}, {m.postcode} {m.town}"
        lines.append(
            f"{m.customer_id:<10} {m.name:<30} {address:<45} {m.number or '-':<14} "
            f"{m.service_type or '-':<9} {local_text(m.valid_from)} - {local_text(m.valid_to)}"
            + ("  SECRET NUMBER" if m.secret_number else "")
        )
    for u in result.usage:
        lines.append(
            f"{local_text(u.start_time)} {u.direction:<3} {u.a_number} -> {u.b_number} "
            f"{u.duration_s}s {u.service_type} {u.cell_id or ''}"
        )
    if result.not_available is not None:
        na = result.not_available
        lines.append(
            f"not available {local_text(na.period_from)} - {local_text(na.period_to)}: {na.rule}"
        )
    if not result.matches and not result.usage and result.not_available is None:
        lines.append("no match")
    document = result.as_json()
    if args.add:
        document["added"] = ctx.services().disclosures.add_from_lookup(
            ctx.actor(), args.case, result
        )
        lines.append(f"added to the disclosure as item(s) {', '.join(map(str, document['added']))}")
    ctx.emit(document, lines)
    return 0
