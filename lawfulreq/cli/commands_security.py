"""Sub-commands on integrity: audit verify / list, backup and restore."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from lawfulreq.cli.context import CliContext, prompt_secret
from lawfulreq.clock import local_text, parse_time
from lawfulreq.errors import ValidationError
from lawfulreq.services.audit import AuditFilter
from lawfulreq.services.backup import BACKUP_PASSPHRASE_ENV, restore_backup


def register(sub: Any) -> None:
    audit = sub.add_parser("audit", help="the audit log: verify the hash chain, list events")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="check the hash chain; exit 1 when broken")
    verify.set_defaults(handler=cmd_audit_verify)
    lst = audit_sub.add_parser("list", help="list events, newest first")
    lst.add_argument("--actor", default="", help="only this user")
    lst.add_argument("--action", default="", help="this action, or a prefix ending in '.'")
    lst.add_argument("--case-id", type=int, help="only events of this case (internal id)")
    lst.add_argument("--since", help="from this time (ISO 8601)")
    lst.add_argument("--until", help="before this time (ISO 8601)")
    lst.add_argument("--limit", type=int, default=200)
    lst.set_defaults(handler=cmd_audit_list)

    backup = sub.add_parser(
        "backup", help=f"encrypted online backup; passphrase from {BACKUP_PASSPHRASE_ENV} or asked"
    )
    backup.add_argument("file", type=Path)
    backup.add_argument(
        "--overwrite", action="store_true", help="replace FILE if it exists (never the database)"
    )
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser(
        "restore",
        help="replace the database with a backup, after asking (the replaced one is kept); "
        f"passphrase from {BACKUP_PASSPHRASE_ENV} or asked",
    )
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    restore.set_defaults(handler=cmd_restore)


def cmd_audit_verify(ctx: CliContext) -> int:
    report = ctx.services().audit.verify(ctx.actor())
    ctx.emit(
        {
            "ok": report.ok,
            "events": report.events,
            "first_broken": report.first_broken,
            "problem": report.problem or None,
            "head": report.head_hash or None,
        },
        [f"Audit log intact: {report.events} events; head {report.head_hash}."]
        if report.ok
        else [],
    )
    if report.ok:
        return 0
    where = f"event {report.first_broken}" if report.first_broken is not None else "its anchor"
    print(f"lawfulreq: audit log broken at {where}: {report.problem}", file=sys.stderr)
    return 1


def cmd_audit_list(ctx: CliContext) -> int:
    args = ctx.args
    flt = AuditFilter(
        actor=args.actor,
        action=args.action,
        case_id=args.case_id,
        since=parse_time(args.since, field="--since") if args.since else None,
        until=parse_time(args.until, field="--until") if args.until else None,
    )
    events = ctx.services().audit.list(ctx.actor(), flt, limit=args.limit)
    ctx.emit(
        {
            "events": [
                {
                    "id": e.id,
                    "at": e.at,
                    "actor": e.actor,
                    "action": e.action,
                    "case_id": e.case_id,
                    "object_type": e.object_type,
                    "object_id": e.object_id,
                    "reason": e.reason,
                    "details": e.details,
                }
                for e in events
            ]
        },
        [
            f"{e.id:>7} {local_text(e.at):<17} {e.actor:<12} {e.action:<24} "
            f"{e.object_type}{':' + e.object_id if e.object_id else ''}"
            for e in events
        ],
    )
    return 0


def _backup_passphrase(*, confirm: bool) -> str:
    passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV)
    if passphrase is not None:
        return passphrase
    first = prompt_secret("Backup passphrase: ", BACKUP_PASSPHRASE_ENV)
    if confirm and prompt_secret("Repeat it: ", BACKUP_PASSPHRASE_ENV) != first:
        raise ValidationError("the two passphrases differ", code="passphrase_mismatch")
    return first


def cmd_backup(ctx: CliContext) -> int:
    actor = ctx.actor()
    info = ctx.services().backup.backup(
        actor, ctx.args.file, _backup_passphrase(confirm=True), overwrite=ctx.args.overwrite
    )
    ctx.emit(
        {
            "file": str(info.path),
            "backend": info.backend,
            "size": info.size,
            "sha256": info.sha256,
            "audit_events": info.audit_events,
        },
        [f"Backup written to {info.path} ({info.size} bytes, {info.audit_events} audit events)."],
    )
    return 0


def cmd_restore(ctx: CliContext) -> int:
    args = ctx.args
    target = ctx.target
    backup_file: Path = args.file.expanduser().resolve()
    if not backup_file.is_file():
        raise ValidationError(f"{backup_file}: no such file", code="bad_path", field="file")
    exists = target.sqlite_path.exists() if target.sqlite_path is not None else True
    # Replacing a database is for its FG; without one (lost or new file) the backup's
    # passphrase is the authority, as it already decrypts everything in the file.
    actor = ctx.actor() if exists else None
    if actor is not None:
        ctx.services().backup.authorise_restore(actor)
    passphrase = _backup_passphrase(confirm=False)
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError(
                f"restoring replaces everything in {target.describe()}: confirm with --yes",
                code="confirmation_required",
            )
        answer = input(f"Replace everything in {target.describe()} with {backup_file}? [yes/no] ")
        if answer.strip().lower() != "yes":
            print("Nothing restored.", file=sys.stderr)
            return 1
    ctx.close()
    report = (
        restore_backup(target, backup_file, passphrase, actor=actor)
        if actor is not None
        else restore_backup(target, backup_file, passphrase)
    )
    chain = report.chain
    ctx.emit(
        {
            "restored": target.describe(),
            "backup_created_at": report.created_at,
            "audit": {"ok": chain.ok, "events": chain.events, "first_broken": chain.first_broken},
            "replaced": {
                "kept": str(report.kept) if report.kept else None,
                "events": report.replaced_events,
                "head": report.replaced_head or None,
            },
        },
        [f"Restored {target.describe()} from {backup_file} ({chain.events} audit events intact)."]
        + ([f"The replaced database is kept as {report.kept}."] if report.kept else [])
        if chain.ok
        else [],
    )
    if chain.ok:
        return 0
    print(
        f"lawfulreq: restored, but the audit log is broken at event {chain.first_broken}: "
        f"{chain.problem}",
        file=sys.stderr,
    )
    return 1
