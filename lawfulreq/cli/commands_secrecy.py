"""Sub-commands on secrecy: non-notification flags (`flags`) and data-subject requests (`dsar`)."""

from __future__ import annotations

import json
import mimetypes
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from lawfulreq.cli.context import CliContext
from lawfulreq.clock import local_text
from lawfulreq.errors import ValidationError
from lawfulreq.services.dsar import DsarView, parse_dsar_file
from lawfulreq.services.intake import DocumentInput
from lawfulreq.services.secrecy import FlagView


def register(sub: Any) -> None:
    _register_flags(sub)
    _register_dsar(sub)


def _register_flags(sub: Any) -> None:
    flags = sub.add_parser("flags", help="non-notification flags and their review queue")
    fsub = flags.add_subparsers(dest="flags_command", metavar="ACTION", required=True)

    lst = fsub.add_parser("list", help="flags, the next review first")
    lst.add_argument("--due", action="store_true", help="only flags whose review is due today")
    lst.add_argument("--case", default=None, metavar="REF", help="only this case's flags")
    lst.set_defaults(handler=cmd_flags_list)

    show = fsub.add_parser("show", help="one flag in full")
    show.add_argument("id", type=int)
    show.set_defaults(handler=cmd_flags_show)

    review = fsub.add_parser("review", help="record a review that keeps the flag")
    review.add_argument("id", type=int)
    review.add_argument("--keep", action="store_true", required=True)
    review.add_argument("--next", required=True, metavar="DATE", help="next review (YYYY-MM-DD)")
    review.add_argument("--note", default="", help="what the review found")
    review.set_defaults(handler=cmd_flags_review)

    lift = fsub.add_parser("lift", help="request lifting: a reason and the evidence document")
    lift.add_argument("id", type=int)
    lift.add_argument("--reason", required=True)
    lift.add_argument("--evidence", required=True, metavar="FILE")
    lift.set_defaults(handler=cmd_flags_lift)

    approve = fsub.add_parser("approve", help="second user: approve the lifting")
    approve.add_argument("id", type=int)
    approve.set_defaults(handler=cmd_flags_approve)

    reject = fsub.add_parser("reject", help="second user: turn the lifting request down")
    reject.add_argument("id", type=int)
    reject.add_argument("--reason", required=True)
    reject.set_defaults(handler=cmd_flags_reject)


def _register_dsar(sub: Any) -> None:
    dsar = sub.add_parser("dsar", help="data-subject requests (AVG articles 15-21)")
    dsub = dsar.add_subparsers(dest="dsar_command", metavar="ACTION", required=True)

    new = dsub.add_parser("new", help="record a request from an access-request file (JSON)")
    new.add_argument("file", metavar="FILE.json")
    new.set_defaults(handler=cmd_dsar_new)

    dlist = dsub.add_parser("list", help="requests, the nearest deadline first")
    dlist.add_argument("--open", action="store_true", help="only open requests")
    dlist.set_defaults(handler=cmd_dsar_list)

    dshow = dsub.add_parser("show", help="one request")
    dshow.add_argument("id")
    dshow.set_defaults(handler=cmd_dsar_show)

    extend = dsub.add_parser("extend", help="extend the deadline by two months (AVG 12(3))")
    extend.add_argument("id")
    extend.add_argument("--reason", required=True)
    extend.set_defaults(handler=cmd_dsar_extend)

    pause = dsub.add_parser("pause", help="waiting for the person: the deadline stands still")
    pause.add_argument("id")
    pause.add_argument("--reason", required=True)
    pause.set_defaults(handler=cmd_dsar_pause)

    resume = dsub.add_parser("resume", help="the person answered: the deadline runs again")
    resume.add_argument("id")
    resume.set_defaults(handler=cmd_dsar_resume)

    answer = dsub.add_parser("answer", help="the answer to an access request (PDF)")
    answer.add_argument("id")
    answer.add_argument("--out", required=True, metavar="FILE.pdf")
    answer.add_argument("--lang", dest="answer_lang", choices=("nl", "en"), default="nl")
    answer.set_defaults(handler=cmd_dsar_answer)

    export = dsub.add_parser("export", help="portability: the customer's data as JSON and CSV")
    export.add_argument("id")
    export.add_argument("--out", required=True, metavar="DIR")
    export.set_defaults(handler=cmd_dsar_export)

    restrictions = dsub.add_parser(
        "restrictions", help="FG and auditor only: what an answer left out, and why"
    )
    restrictions.add_argument("id")
    restrictions.set_defaults(handler=cmd_dsar_restrictions)

    erase = dsub.add_parser("erase", help="erasure: show what would go; --yes carries it out")
    erase.add_argument("id")
    erase.add_argument("--yes", action="store_true", help="confirm: erase now")
    erase.set_defaults(handler=cmd_dsar_erase)


# --------------------------------------------------------------------------- flags


def _flag_line(f: FlagView) -> str:
    subjects = ", ".join(s.value for s in f.subjects) or "-"
    return (
        f"{f.id:>5}  {f.case_ref:<15} {f.basis:<10} {f.state.value:<15} "
        f"review {local_text(f.next_review)[:10]}  {subjects}"
    )


def _flag_lines(f: FlagView) -> list[str]:
    lines = [
        f"flag {f.id} on {f.case_ref} ({f.basis_label}): {f.state.value}",
        f"  ground      {f.ground}",
        f"  regime      {f.regime.value}",
        f"  imposed by  {f.imposed_by_organisation}"
        + (f", {f.imposed_by_person}" if f.imposed_by_person else ""),
        f"  reference   {f.authority_reference}",
        f"  scope       {f.scope}",
        f"  started     {local_text(f.started_at)}",
        f"  expires     {local_text(f.expires_at) or 'never (no end date)'}",
        f"  next review {local_text(f.next_review)}",
        "  subjects    " + (", ".join(f"{s.kind}:{s.value}" for s in f.subjects) or "-"),
    ]
    if f.lift_requested_at:
        lines.append(
            f"  lifting asked by {f.lift_requested_by} at {local_text(f.lift_requested_at)}: "
            f"{f.lift_reason} (evidence {f.lift_evidence})"
        )
    if f.lifted_at:
        lines.append(f"  lifted by {f.lifted_by} at {local_text(f.lifted_at)}")
    return lines


def _flag_json(f: FlagView) -> dict[str, Any]:
    return f.as_json() | {
        "regime": f.regime.value,
        "imposed_by_organisation": f.imposed_by_organisation,
        "imposed_by_person": f.imposed_by_person,
        "authority_reference": f.authority_reference,
        "scope": f.scope,
        "expires_at": f.expires_at,
        "lift_reason": f.lift_reason,
        "lift_requested_by": f.lift_requested_by or None,
        "lifted_at": f.lifted_at,
        "lifted_by": f.lifted_by or None,
    }


def cmd_flags_list(ctx: CliContext) -> int:
    services = ctx.services()
    due = services.flags.due_before_tomorrow() if ctx.args.due else None
    flags = services.flags.list(ctx.actor(), review_due_before=due, case_ref=ctx.args.case)
    ctx.emit(
        {"flags": [f.as_json() for f in flags]},
        [_flag_line(f) for f in flags] or ["no flags"],
    )
    return 0


def cmd_flags_show(ctx: CliContext) -> int:
    flag = ctx.services().flags.show(ctx.actor(), ctx.args.id)
    ctx.emit(_flag_json(flag), _flag_lines(flag))
    return 0


def cmd_flags_review(ctx: CliContext) -> int:
    try:
        next_day = date.fromisoformat(ctx.args.next)
    except ValueError as exc:
        raise ValidationError(
            f"--next: '{ctx.args.next}' is not a date (YYYY-MM-DD)", field="next"
        ) from exc
    flag = ctx.services().flags.review_keep(ctx.actor(), ctx.args.id, next_day, ctx.args.note)
    ctx.emit(_flag_json(flag), [f"flag {flag.id} kept; next review {flag.next_review.date()}"])
    return 0


def cmd_flags_lift(ctx: CliContext) -> int:
    path = Path(ctx.args.evidence)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read ({exc.strerror})", field="evidence") from exc
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    flag = ctx.services().flags.request_lift(
        ctx.actor(), ctx.args.id, ctx.args.reason, DocumentInput(path.name, media, content)
    )
    ctx.emit(
        _flag_json(flag),
        [f"flag {flag.id}: lifting requested; another user must approve it (flags approve)"],
    )
    return 0


def cmd_flags_approve(ctx: CliContext) -> int:
    flag = ctx.services().flags.approve_lift(ctx.actor(), ctx.args.id)
    ctx.emit(_flag_json(flag), [f"flag {flag.id} lifted"])
    return 0


def cmd_flags_reject(ctx: CliContext) -> int:
    flag = ctx.services().flags.reject_lift(ctx.actor(), ctx.args.id, ctx.args.reason)
    ctx.emit(_flag_json(flag), [f"flag {flag.id}: lifting turned down; the flag stays"])
    return 0


# --------------------------------------------------------------------------- dsar


def _dsar_line(d: DsarView) -> str:
    paused = " (paused)" if d.paused else ""
    return (
        f"{d.ref:<15} {d.kind:<13} {d.customer_ref:<10} {d.status.value:<11} "
        f"due {local_text(d.deadline)}{paused}"
    )


def _dsar_lines(d: DsarView) -> list[str]:
    lines = [
        f"{d.ref} ({d.kind}) {d.status.value}",
        f"  customer   {d.customer_ref} {d.customer_name}",
        f"  requester  {d.requester_name} {d.requester_contact}".rstrip(),
        f"  identity   {d.identity_checked}",
        f"  received   {local_text(d.received_at)}",
        f"  due        {local_text(d.deadline)}"
        + (f" (extended: {d.extension_reason})" if d.extended_until else ""),
    ]
    if d.paused:
        lines.append(f"  paused     since {local_text(d.paused_at)}: {d.pause_reason}")
    if d.answered_at:
        lines.append(f"  answered   {local_text(d.answered_at)}")
    return lines


def cmd_dsar_new(ctx: CliContext) -> int:
    path = Path(ctx.args.file)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read ({exc.strerror})", field="file") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            field="file",
        ) from exc
    try:
        data = parse_dsar_file(doc)
    except ValidationError as exc:
        raise ValidationError(f"{path}: {exc.message}", code=exc.code, **exc.params) from exc
    made = ctx.services().dsar.create(ctx.actor(), data)
    ctx.emit(
        {"id": made.id, "ref": made.ref, "due_at": made.deadline, "status": made.status.value},
        [f"{made.ref} (id {made.id}) {made.status.value}; due {local_text(made.deadline)}"],
    )
    return 0


def cmd_dsar_list(ctx: CliContext) -> int:
    requests = ctx.services().dsar.list(ctx.actor(), open_only=ctx.args.open)
    ctx.emit(
        {"requests": [d.as_json() for d in requests]},
        [_dsar_line(d) for d in requests] or ["no requests"],
    )
    return 0


def cmd_dsar_show(ctx: CliContext) -> int:
    d = ctx.services().dsar.show(ctx.actor(), ctx.args.id)
    ctx.emit(d.as_json(), _dsar_lines(d))
    return 0


def cmd_dsar_extend(ctx: CliContext) -> int:
    d = ctx.services().dsar.extend(ctx.actor(), ctx.args.id, ctx.args.reason)
    ctx.emit(d.as_json(), [f"{d.ref}: due {local_text(d.deadline)}"])
    return 0


def cmd_dsar_pause(ctx: CliContext) -> int:
    d = ctx.services().dsar.pause(ctx.actor(), ctx.args.id, ctx.args.reason)
    ctx.emit(d.as_json(), [f"{d.ref}: paused"])
    return 0


def cmd_dsar_resume(ctx: CliContext) -> int:
    d = ctx.services().dsar.resume(ctx.actor(), ctx.args.id)
    ctx.emit(d.as_json(), [f"{d.ref}: running again; due {local_text(d.deadline)}"])
    return 0


def _write_private(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)


def cmd_dsar_answer(ctx: CliContext) -> int:
    answer = ctx.services().dsar.answer(ctx.actor(), ctx.args.id, lang=ctx.args.answer_lang)
    out = Path(ctx.args.out)
    _write_private(out, answer.pdf)
    ctx.emit(
        {"path": str(out), "sha256": answer.sha256, "recipients_listed": answer.recipients_listed},
        [f"{out} ({answer.recipients_listed} recipients listed) sha256 {answer.sha256}"],
    )
    return 0


def cmd_dsar_export(ctx: CliContext) -> int:
    services = ctx.services()
    actor = ctx.actor()
    request = services.dsar.show(actor, ctx.args.id)
    export = services.dsar.export(actor, request.id)
    json_path, csv_path = export.write(Path(ctx.args.out), request.ref)
    ctx.emit({"json": str(json_path), "csv": str(csv_path)}, [str(json_path), str(csv_path)])
    return 0


def cmd_dsar_restrictions(ctx: CliContext) -> int:
    records = ctx.services().dsar.restrictions(ctx.actor(), ctx.args.id)
    ctx.emit(
        {"restrictions": [r.as_json() for r in records]},
        [f"flag {r.flag_id} {r.case_ref}: {r.ground}" for r in records] or ["no restrictions"],
    )
    return 0


def cmd_dsar_erase(ctx: CliContext) -> int:
    services = ctx.services()
    actor = ctx.actor()
    plan = (
        services.dsar.erase(actor, ctx.args.id, confirm=True)
        if ctx.args.yes
        else services.dsar.erasure_plan(actor, ctx.args.id)
    )
    document = {
        "blocked": plan.blocked,
        "reasons": list(plan.reasons),
        "items": dict(plan.items),
        "executed": plan.executed,
    }
    lines = [f"{plan.request_ref}: " + ("refused" if plan.blocked else "would erase")]
    lines += [f"  blocked by {r}" for r in plan.reasons]
    lines += [f"  {name}: {count}" for name, count in plan.items]
    if plan.executed:
        lines[0] = f"{plan.request_ref}: erased"
    ctx.emit(document, lines)
    if plan.blocked:
        print(f"lawfulreq: error: erasure refused: {', '.join(plan.reasons)}", file=sys.stderr)
        return 1
    return 0
