"""Sub-commands on disclosures: show, decide, approve, deliver; signing certificates, reports."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from lawfulreq.cli.context import CliContext, prompt_secret
from lawfulreq.clock import local_text, parse_time
from lawfulreq.errors import NotFoundError, ValidationError
from lawfulreq.reports.model import ReportKind
from lawfulreq.reports.sign import verify_pdf
from lawfulreq.security.signing_keys import PASSPHRASE_ENV
from lawfulreq.services.disclosures import Decision, DeliveryChannel, DisclosureView
from lawfulreq.services.reports import CertificateView

P12_PASSWORD_ENV = "LAWFULREQ_P12_PASSWORD"  # noqa: S105 - a variable name, not a secret


def register(sub: Any) -> None:
    disclosure = sub.add_parser(
        "disclosure", help="what a case hands over: decide, approve, deliver"
    )
    dsub = disclosure.add_subparsers(dest="disclosure_command", metavar="ACTION", required=True)

    show = dsub.add_parser("show", help="the case's disclosure: items, decisions, who did what")
    show.add_argument("ref")
    show.set_defaults(handler=cmd_disclosure_show)

    decide = dsub.add_parser("decide", help="decide an item (its number, or 'all')")
    decide.add_argument("ref")
    decide.add_argument("item", metavar="ITEM", help="item number from 'disclosure show', or all")
    decide.add_argument("decision", choices=[d.value for d in Decision])
    decide.add_argument("--reason", default="", help="why (required for withhold, not_available)")
    decide.set_defaults(handler=cmd_disclosure_decide)

    approve = dsub.add_parser("approve", help="approve the prepared disclosure (four-eyes)")
    approve.add_argument("ref")
    approve.set_defaults(handler=cmd_disclosure_approve)

    deliver = dsub.add_parser("deliver", help="record the delivery; the case moves to disclosed")
    deliver.add_argument("ref")
    deliver.add_argument("--channel", required=True, choices=[c.value for c in DeliveryChannel])
    deliver.add_argument("--to", required=True, metavar="TEXT", help="to whom")
    deliver.add_argument("--at", metavar="TIME", help="when (default: now)")
    deliver.set_defaults(handler=cmd_disclosure_deliver)
    register_signing(sub)


def _lines(view: DisclosureView) -> list[str]:
    lines = [
        f"{view.ref}  {view.state.value}  ({view.legal_basis}; case {view.case_status.value})",
        f"prepared by: {view.prepared_by or '-'} {local_text(view.prepared_at)}",
        f"approved by: {view.approved_by or '-'} {local_text(view.approved_at)}",
    ]
    if view.delivered_at is not None:
        lines.append(
            f"delivered:   {local_text(view.delivered_at)} via {view.delivery_channel} "
            f"to {view.delivered_to}"
        )
    for item in view.items:
        decision = item.decision.value if item.decision else "(undecided)"
        lines.append(
            f"{item.item:>3}  {item.target:<20} {item.category:<10} {decision:<14} {item.summary}"
            + (f"  [{item.reason}]" if item.reason else "")
        )
    return lines


def cmd_disclosure_show(ctx: CliContext) -> int:
    view = ctx.services().disclosures.show(ctx.actor(), ctx.args.ref)
    ctx.emit(view.as_json(), _lines(view))
    return 0


def cmd_disclosure_decide(ctx: CliContext) -> int:
    args = ctx.args
    view = ctx.services().disclosures.decide(
        ctx.actor(), args.ref, args.item, args.decision, reason=args.reason
    )
    ctx.emit(view.as_json(), _lines(view))
    return 0


def cmd_disclosure_approve(ctx: CliContext) -> int:
    view = ctx.services().disclosures.approve(ctx.actor(), ctx.args.ref)
    ctx.emit(view.as_json(), _lines(view))
    return 0


def cmd_disclosure_deliver(ctx: CliContext) -> int:
    args = ctx.args
    at = parse_time(args.at, field="--at") if args.at else None
    view = ctx.services().disclosures.deliver(
        ctx.actor(), args.ref, channel=args.channel, to=args.to, at=at
    )
    ctx.emit(view.as_json(), _lines(view))
    return 0


def register_signing(sub: Any) -> None:
    cert = sub.add_parser("cert", help="your signing certificate: new (self-signed), import, show")
    csub = cert.add_subparsers(dest="cert_command", metavar="ACTION", required=True)
    new = csub.add_parser("new", help="make a self-signed certificate for a first start")
    new.add_argument("--name", required=True, metavar="TEXT", help="the signer's name")
    new.set_defaults(handler=cmd_cert_new)
    imp = csub.add_parser("import", help="import your certificate and key (PKCS#12)")
    imp.add_argument("file", type=Path, metavar="FILE.p12")
    imp.set_defaults(handler=cmd_cert_import)
    show = csub.add_parser("show", help="your current signing certificate")
    show.set_defaults(handler=cmd_cert_show)

    report = sub.add_parser("report", help="the signed PDF report of a case")
    report.add_argument("ref")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument("--kind", choices=[k.value for k in ReportKind], default="disclosure")
    report.add_argument("--lang", dest="report_lang", choices=("nl", "en"), default="nl")
    report.add_argument(
        "--stored",
        action="store_true",
        help="export the latest stored signed report of this kind again (no new signature)",
    )
    report.set_defaults(handler=cmd_report)

    verify = sub.add_parser("verify", help="check a signed report and its embedded files")
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.set_defaults(handler=cmd_verify)


def _cert_lines(view: CertificateView) -> list[str]:
    return [
        f"subject:     {view.subject}",
        f"fingerprint: {view.fingerprint} (SHA-256)",
        f"valid:       {local_text(view.not_before)} - {local_text(view.not_after)}",
        f"kind:        {'self-signed' if view.self_signed else 'issued by a CA'}",
        "key:         encrypted; passphrase in the "
        + ("OS keyring" if view.key_protection == "keyring" else PASSPHRASE_ENV),
    ]


def cmd_cert_new(ctx: CliContext) -> int:
    view = ctx.services().certificates.create_self_signed(ctx.actor(), ctx.args.name)
    ctx.emit(view.as_json(), _cert_lines(view))
    return 0


def cmd_cert_import(ctx: CliContext) -> int:
    path: Path = ctx.args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path}: {exc.strerror}", code="file_unreadable") from exc
    password = os.environ.get(P12_PASSWORD_ENV)
    if password is None:
        password = prompt_secret(f"Password of {path.name}: ", P12_PASSWORD_ENV)
    view = ctx.services().certificates.import_pkcs12(ctx.actor(), data, password)
    ctx.emit(view.as_json(), _cert_lines(view))
    return 0


def cmd_cert_show(ctx: CliContext) -> int:
    actor = ctx.actor()
    view = ctx.services().certificates.show(actor)
    if view is None:
        raise NotFoundError(
            f"'{actor.username}' has no signing certificate yet: lawfulreq cert new --name ...",
            code="no_certificate",
        )
    ctx.emit(view.as_json(), _cert_lines(view))
    return 0


def cmd_report(ctx: CliContext) -> int:
    args = ctx.args
    services = ctx.services()
    if args.stored:
        signed = services.reports.stored(ctx.actor(), args.ref, args.kind)
    else:
        signed = services.reports.create(ctx.actor(), args.ref, args.kind, args.report_lang)
    out: Path = args.out
    try:
        out.write_bytes(signed.pdf)
    except OSError as exc:
        raise ValidationError(f"{out}: {exc.strerror}", code="file_unwritable") from exc
    ctx.emit(
        signed.as_json(str(out)),
        [
            f"{out}: {signed.kind.value} report of {signed.ref}, {signed.pages} page(s), "
            f"signed by {signed.signer}",
            f"SHA-256 {signed.sha256}",
        ],
    )
    return 0


def cmd_verify(ctx: CliContext) -> int:
    path: Path = ctx.args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path}: {exc.strerror}", code="file_unreadable") from exc
    result = verify_pdf(data)
    lines = [
        f"{path}: {'VALID' if result.valid else 'NOT VALID'}",
        f"signer:    {result.signer or '-'}"
        + ("" if result.trusted or not result.signer else " (certificate not trusted here)"),
        f"signed at: {local_text(result.signed_at)}"
        + (" (trusted timestamp)" if result.timestamped else ""),
        f"covers the whole document: {'yes' if result.whole_document else 'no'}",
    ]
    lines += [
        f"attachment {a.name}: {'ok' if a.ok else 'DIFFERS'} (SHA-256 {a.sha256})"
        for a in result.attachments
    ]
    if result.problem:
        lines.append(f"problem: {result.problem}")
    ctx.emit(result.as_json(), lines)
    return 0 if result.valid else 1
