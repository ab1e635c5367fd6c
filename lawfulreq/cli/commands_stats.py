"""`stats`: transparency statistics for a period, as text, the contract's JSON, CSV or PDF."""

from __future__ import annotations

import argparse
from typing import Any

from lawfulreq.cli.context import CliContext
from lawfulreq.services.statistics import Statistics, parse_period, parse_unit
from lawfulreq.services.statistics_export import item_label, text


def register(sub: Any) -> None:
    stats = sub.add_parser(
        "stats",
        help="transparency statistics for a period",
        description=(
            "Counts of demands per legal basis, data category, authority type and outcome. "
            "The export (CSV or PDF) is the publishable one: intelligence-service bases left "
            "out unless --include-not-publishable, small counts shown as '< N'."
        ),
    )
    stats.add_argument(
        "--period", required=True, metavar="P", help="2026H1, 2026 or FROM..TO (dates)"
    )
    stats.add_argument("--unit", default="demand", choices=("demand", "identifier"))
    # Also accepted after the sub-command (`stats … --json`); without it the global one holds.
    stats.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print the JSON document"
    )
    stats.add_argument("--export-csv", metavar="FILE", help="write the publishable CSV (0600)")
    stats.add_argument("--export-pdf", metavar="FILE", help="write the publishable PDF report")
    stats.add_argument(
        "--lang", dest="export_lang", choices=("nl", "en"), default="nl", help="export language"
    )
    stats.add_argument(
        "--include-not-publishable",
        action="store_true",
        help="count intelligence-service bases in the export too (a deliberate choice)",
    )
    stats.set_defaults(handler=cmd_stats)


def _text_lines(stats: Statistics) -> list[str]:
    lines = [
        f"Period {stats.period.label} ({stats.period.start} .. {stats.period.end}), "
        f"unit: {stats.unit.value}",
        f"Total: {stats.total}   emergency: {stats.emergency}   "
        f"preservation (apart): {stats.preservation}",
    ]
    for name, counts in stats.breakdowns():
        lines.append("")
        lines.append(text(name, "en"))
        for code, count in counts.items():
            mark = "  (not publishable)" if code in stats.not_publishable else ""
            label = item_label(name, code, stats, "en")
            lines.append(f"  {label:<44} {count:>8}{mark}")
    return lines


def cmd_stats(ctx: CliContext) -> int:
    args = ctx.args
    period = parse_period(args.period)
    unit = parse_unit(args.unit)
    actor = ctx.actor()
    service = ctx.services().statistics
    stats = service.statistics(actor, period, unit)
    exports = []
    for fmt, path in (("csv", args.export_csv), ("pdf", args.export_pdf)):
        if path:
            exports.append(
                service.export(
                    actor,
                    period,
                    unit,
                    path,
                    fmt=fmt,
                    lang=args.export_lang,
                    include_not_publishable=args.include_not_publishable,
                )
            )
    lines = _text_lines(stats)
    lines += [f"Wrote {e.format.upper()} {e.path} (sha256 {e.sha256})" for e in exports]
    ctx.emit(stats.as_json(), lines)
    return 0
