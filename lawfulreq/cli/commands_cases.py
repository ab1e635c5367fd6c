"""Sub-commands on cases: list (more arrive with the intake and workflow)."""

from __future__ import annotations

from typing import Any

from lawfulreq.cli.context import CliContext
from lawfulreq.clock import local_text
from lawfulreq.domain.enums import CaseStatus
from lawfulreq.errors import ValidationError
from lawfulreq.services.cases import CaseFilter


def register(sub: Any) -> None:
    case = sub.add_parser("case", help="demands: list and inspect")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    lst = case_sub.add_parser("list", help="list cases, newest first")
    lst.add_argument("--status", action="append", default=[], help="only this status (repeatable)")
    lst.add_argument("--open", action="store_true", help="only open cases")
    lst.add_argument("--search", default="", help="text in reference, authority or parket number")
    lst.add_argument("--limit", type=int, default=500)
    lst.set_defaults(handler=cmd_case_list)


def cmd_case_list(ctx: CliContext) -> int:
    args = ctx.args
    try:
        statuses = frozenset(CaseStatus(s) for s in args.status)
    except ValueError as exc:
        raise ValidationError(
            f"--status: {exc}; use one of {', '.join(s.value for s in CaseStatus)}",
            code="bad_status",
        ) from exc
    flt = CaseFilter(statuses=statuses, open_only=args.open, text=args.search)
    cases = ctx.services().cases.list(ctx.actor(), flt, limit=args.limit)
    ctx.emit(
        {
            "cases": [
                {
                    "ref": c.ref,
                    "status": c.status.value,
                    "legal_basis": c.legal_basis,
                    "authority": c.authority,
                    "received_at": c.received_at,
                    "due_at": c.due_at,
                    "secrecy": c.secrecy,
                    "emergency": c.emergency,
                }
                for c in cases
            ]
        },
        [
            f"{c.ref:<16} {c.status.value:<22} {c.legal_basis:<12} "
            f"{local_text(c.due_at):<17} {c.authority}"
            for c in cases
        ],
    )
    return 0
