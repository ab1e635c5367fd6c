"""Sub-commands on cases: intake, list, show, check, workflow moves, acknowledgements, owners."""

from __future__ import annotations

import mimetypes
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from lawfulreq.cli.context import CliContext
from lawfulreq.clock import local_text
from lawfulreq.domain.deadlines import DUE_SOON_DAYS, due_soon_before
from lawfulreq.domain.enums import CaseStatus, VerificationMethod
from lawfulreq.errors import ValidationError
from lawfulreq.rules.engine import Finding
from lawfulreq.rules.messages import Lang
from lawfulreq.safejson import read_json_file
from lawfulreq.services.cases import CaseDetail, CaseFilter, CaseSummary, Deadline
from lawfulreq.services.intake import DocumentInput, parse_case_file


def register(sub: Any) -> None:
    case = sub.add_parser("case", help="demands: intake, list, inspect, check, move")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    new = case_sub.add_parser("new", help="take in a demand from a case file (JSON)")
    new.add_argument("file", metavar="FILE.json")
    new.add_argument("--document", metavar="FILE", help="the demand's scan (PDF/image)")
    new.set_defaults(handler=cmd_case_new)

    lst = case_sub.add_parser("list", help="list cases, newest first")
    lst.add_argument("--status", action="append", default=[], help="only this status (repeatable)")
    lst.add_argument("--open", action="store_true", help="only open cases")
    lst.add_argument("--mine", action="store_true", help="only cases I own")
    lst.add_argument("--basis", default=None, help="only this legal basis code, e.g. sv-126n")
    lst.add_argument(
        "--due",
        nargs="?",
        type=int,
        const=DUE_SOON_DAYS,
        default=None,
        metavar="DAYS",
        help=f"open cases due within DAYS (default {DUE_SOON_DAYS}) or overdue",
    )
    lst.add_argument("--search", default="", help="text in reference, authority or parket number")
    lst.add_argument("--limit", type=int, default=500)
    lst.set_defaults(handler=cmd_case_list)

    show = case_sub.add_parser("show", help="one case in full")
    show.add_argument("ref")
    show.set_defaults(handler=cmd_case_show)

    check = case_sub.add_parser("check", help="the case's validation findings")
    check.add_argument("ref")
    check.add_argument("--lang", dest="msg_lang", choices=("en", "nl"), default="en")
    check.set_defaults(handler=cmd_case_check)

    move = case_sub.add_parser("move", help="a workflow step: move the case to STATE")
    move.add_argument("ref")
    move.add_argument("state", choices=[s.value for s in CaseStatus])
    move.add_argument("--reason", default="", help="why (required to reject, withdraw, hold)")
    move.add_argument("--expect-version", type=int, default=None, metavar="N")
    move.set_defaults(handler=cmd_case_move)

    ack = case_sub.add_parser("ack", help="acknowledge a warning finding in your name")
    ack.add_argument("ref")
    ack.add_argument("code")
    ack.add_argument("--subject", default=None, help="only this subject (e.g. one target)")
    ack.add_argument("--comment", default="")
    ack.set_defaults(handler=cmd_case_ack)

    assign = case_sub.add_parser("assign", help="give the case an owner")
    assign.add_argument("ref")
    # dest "assignee": a positional named "user" would replace the global --user (who acts).
    assign.add_argument("assignee", metavar="USER", help="user name; '-' for nobody")
    assign.add_argument("--expect-version", type=int, default=None, metavar="N")
    assign.set_defaults(handler=cmd_case_assign)

    verify = case_sub.add_parser("verify", help="record how the requester's identity was checked")
    verify.add_argument("ref")
    verify.add_argument("method", choices=[m.value for m in VerificationMethod])
    verify.add_argument("--details", default="")
    verify.set_defaults(handler=cmd_case_verify)


def _deadline_text(d: Deadline | None) -> str:
    if d is None or d.time_left is None:
        return ""
    if d.overdue:
        return f"overdue {-d.time_left.days}d" if d.time_left.days < -1 else "overdue"
    if d.time_left < timedelta(days=1):
        return f"{d.hours_left}h left"
    return f"{d.days_left}d left" + (" (paused)" if d.paused else "")


def finding_json(f: Finding, lang: Lang = "en") -> dict[str, Any]:
    return {
        "code": f.code.value,
        "severity": f.severity.value,
        "message": f.message(lang),
        "message_nl": f.message_nl,
        "message_en": f.message_en,
        "params": dict(f.params),
        "subject": f.subject,
        "acknowledged_by": f.acknowledged_by,
        "acknowledged_at": f.acknowledged_at,
    }


def _finding_lines(findings: list[Finding], lang: Lang = "en") -> list[str]:
    if not findings:
        return ["  no findings"]
    lines = []
    for f in findings:
        ack = f" (acknowledged by {f.acknowledged_by})" if f.acknowledged_by else ""
        lines.append(f"  {f.severity.value:<7} {f.code.value:<26} {f.message(lang)}{ack}")
    return lines


def cmd_case_new(ctx: CliContext) -> int:
    path = Path(ctx.args.file)
    doc = read_json_file(path)
    try:
        data = parse_case_file(doc)
    except ValidationError as exc:
        raise ValidationError(f"{path}: {exc.message}", code=exc.code, **exc.params) from exc
    if ctx.args.document:
        scan = Path(ctx.args.document)
        try:
            content = scan.read_bytes()
        except OSError as exc:
            raise ValidationError(
                f"{scan}: cannot read ({exc.strerror})", field="document"
            ) from exc
        media = mimetypes.guess_type(scan.name)[0] or "application/octet-stream"
        data = replace(data, document=DocumentInput(scan.name, media, content))
    services = ctx.services()
    created = services.intake.create(ctx.actor(), data)
    findings = list(created.findings)
    ctx.emit(
        {
            "ref": created.ref,
            "status": created.status.value,
            "version": created.version,
            "findings": [finding_json(f) for f in findings],
        },
        [f"{created.ref} {created.status.value}", *_finding_lines(findings)],
    )
    return 0


def _summary_json(c: CaseSummary) -> dict[str, Any]:
    d = c.deadline
    return {
        "ref": c.ref,
        "status": c.status.value,
        "legal_basis": c.legal_basis,
        "authority": c.authority,
        "received_at": c.received_at,
        "due_at": c.due_at,
        "secrecy": c.secrecy,
        "emergency": c.emergency,
        "owner": c.owner or None,
        "days_left": d.days_left if d else None,
        "overdue": bool(d and d.overdue),
    }


def cmd_case_list(ctx: CliContext) -> int:
    args = ctx.args
    try:
        statuses = frozenset(CaseStatus(s) for s in args.status)
    except ValueError as exc:
        raise ValidationError(
            f"--status: {exc}; use one of {', '.join(s.value for s in CaseStatus)}",
            code="bad_status",
        ) from exc
    services = ctx.services()
    actor = ctx.actor()
    due_before = None
    open_only = args.open
    if args.due is not None:
        due_before = due_soon_before(services.clock(), args.due)
        open_only = True
    flt = CaseFilter(
        statuses=statuses,
        open_only=open_only,
        text=args.search,
        owner_id=actor.user_id if args.mine else None,
        legal_basis_code=args.basis.strip().lower() if args.basis else None,
        due_before=due_before,
    )
    cases = services.cases.list(actor, flt, limit=args.limit)
    ctx.emit(
        {"cases": [_summary_json(c) for c in cases]},
        [
            f"{c.ref:<16} {c.status.value:<22} {c.legal_basis:<12} "
            f"{local_text(c.due_at):<17} {_deadline_text(c.deadline):<14} "
            f"{'secret ' if c.secrecy else ''}{c.authority}"
            for c in cases
        ],
    )
    return 0


def detail_json(d: CaseDetail, findings: list[Finding]) -> dict[str, Any]:
    return {
        "ref": d.ref,
        "status": d.status.value,
        "version": d.version,
        "authority": {"name": d.authority.name, "type": d.authority.type.value},
        "requester": (
            {"name": d.requester.name, "phone": d.requester.phone, "email": d.requester.email}
            if d.requester
            else None
        ),
        "issuer_role": d.issuer_role,
        "legal_basis": d.legal_basis.code,
        "legal_basis_version": d.legal_basis.version,
        "authority_reference": d.authority_reference,
        "parket_number": d.parket_number,
        "channel": d.channel,
        "received_at": d.received_at,
        "due_at": d.due_at,
        "days_left": d.deadline.days_left,
        "overdue": d.deadline.overdue,
        "written_confirmation_at": d.written_confirmation_at,
        "rc_authorisation": (
            {"date": d.rc_authorisation_date, "judge": d.rc_judge}
            if d.rc_authorisation_date
            else None
        ),
        "data_categories": list(d.data_categories),
        "period": (
            {"from": d.period_from, "to": d.period_to} if d.period_from or d.period_to else None
        ),
        "targets": [t.raw for t in d.targets],
        "targets_normalised": [
            {"raw": t.raw, "kind": t.kind, "normalised": t.normalised, "valid": t.valid}
            for t in d.targets
        ],
        "emergency": d.emergency,
        "emergency_reason": d.emergency_reason or None,
        "delivery": d.delivery,
        "wiv_approvals": (
            {"minister": d.wiv_minister_date, "tib": d.wiv_tib_date}
            if d.wiv_minister_date or d.wiv_tib_date
            else None
        ),
        "foreign_origin": d.foreign_origin or None,
        "notes": d.notes,
        "owner": d.owner or None,
        "secrecy": d.secrecy,
        "allowed_moves": [s.value for s in d.allowed_moves],
        "documents": [
            {"id": doc.id, "filename": doc.filename, "sha256": doc.sha256, "size": doc.size}
            for doc in d.documents
        ],
        "verifications": [
            {"method": v.method.value, "by": v.verified_by, "at": v.verified_at}
            for v in d.verifications
        ],
        "findings": [finding_json(f) for f in findings],
    }


def _detail_lines(d: CaseDetail, findings: list[Finding]) -> list[str]:
    return [
        f"{d.ref}  {d.status.value}  (version {d.version})"
        + ("  SECRET (art. 126bb Sv)" if d.secrecy else ""),
        f"  authority   {d.authority.name} ({d.authority.type.value})",
        f"  requester   {d.requester.name if d.requester else '-'}",
        f"  basis       {d.legal_basis.code} ({d.legal_basis.label}, rule v{d.legal_basis.version})"
        f" by {d.issuer_role}",
        f"  reference   {d.authority_reference}  parket {d.parket_number}",
        f"  received    {local_text(d.received_at)} ({d.channel})",
        f"  due         {local_text(d.due_at)}  {_deadline_text(d.deadline)}",
        f"  categories  {', '.join(d.data_categories)}",
        f"  period      {local_text(d.period_from)} - {local_text(d.period_to)}",
        "  targets     "
        + ", ".join(f"{t.normalised or t.raw}{'' if t.valid else ' (invalid)'}" for t in d.targets),
        f"  owner       {d.owner or '-'}",
        f"  next        {', '.join(s.value for s in d.allowed_moves) or '-'}",
        "findings:",
        *_finding_lines(findings),
    ]


def cmd_case_show(ctx: CliContext) -> int:
    services = ctx.services()
    actor = ctx.actor()
    detail = services.cases.get(actor, ctx.args.ref)
    findings = services.cases.check(actor, detail.ref)
    ctx.emit(detail_json(detail, findings), _detail_lines(detail, findings))
    return 0


def cmd_case_check(ctx: CliContext) -> int:
    services = ctx.services()
    findings = services.cases.check(ctx.actor(), ctx.args.ref)
    lang: Lang = "nl" if ctx.args.msg_lang == "nl" else "en"
    ctx.emit(
        {
            "ref": ctx.args.ref.strip().upper(),
            "findings": [finding_json(f, lang) for f in findings],
        },
        [f"{ctx.args.ref.strip().upper()}:", *_finding_lines(findings, lang)],
    )
    return 0


def cmd_case_move(ctx: CliContext) -> int:
    args = ctx.args
    detail = ctx.services().cases.move(
        ctx.actor(),
        args.ref,
        args.state,
        expected_version=args.expect_version,
        reason=args.reason,
    )
    ctx.emit(
        {"ref": detail.ref, "status": detail.status.value, "version": detail.version},
        [f"{detail.ref} is now {detail.status.value}"],
    )
    return 0


def cmd_case_ack(ctx: CliContext) -> int:
    args = ctx.args
    finding = ctx.services().cases.acknowledge(
        ctx.actor(), args.ref, args.code, subject=args.subject, comment=args.comment
    )
    ctx.emit(
        {"ref": args.ref.strip().upper(), "finding": finding_json(finding)},
        [f"{finding.code.value} acknowledged by {finding.acknowledged_by}"],
    )
    return 0


def cmd_case_assign(ctx: CliContext) -> int:
    args = ctx.args
    user = None if args.assignee == "-" else args.assignee
    detail = ctx.services().cases.assign(
        ctx.actor(), args.ref, user, expected_version=args.expect_version
    )
    ctx.emit(
        {"ref": detail.ref, "owner": detail.owner or None, "version": detail.version},
        [f"{detail.ref} owner: {detail.owner or '-'}"],
    )
    return 0


def cmd_case_verify(ctx: CliContext) -> int:
    args = ctx.args
    view = ctx.services().cases.verify_requester(ctx.actor(), args.ref, args.method, args.details)
    ctx.emit(
        {"ref": args.ref.strip().upper(), "method": view.method.value, "by": view.verified_by},
        [f"requester verified ({view.method.value}) by {view.verified_by}"],
    )
    return 0
