"""Secrecy-flag operations: the periodic review (keep, or ask to lift) and the second user's
approval or refusal of a lift. Events are keyed by the flag's case reference."""

from __future__ import annotations

from datetime import date

from lawfulreq.services.intake import DocumentInput
from lawfulreq.services.secrecy import FlagView
from ui.operations.base import ChangeEvent, Kind, OperationContext, Then, run
from ui.tasks import Job


def _flag(flag: FlagView) -> ChangeEvent:
    return ChangeEvent(Kind.FLAG, flag.case_ref)


def keep(
    context: OperationContext, flag_id: int, next_review: date, note: str, then: Then[FlagView]
) -> Job[FlagView]:
    flags, actor = context.services.flags, context.actor
    return run(
        context,
        lambda _c: flags.review_keep(actor, flag_id, next_review, note),
        _flag,
        then,
        "review a flag",
    )


def request_lift(
    context: OperationContext,
    flag_id: int,
    reason: str,
    evidence: DocumentInput,
    then: Then[FlagView],
) -> Job[FlagView]:
    flags, actor = context.services.flags, context.actor
    return run(
        context,
        lambda _c: flags.request_lift(actor, flag_id, reason, evidence),
        _flag,
        then,
        "review a flag",
    )


def approve_lift(context: OperationContext, flag_id: int, then: Then[FlagView]) -> Job[FlagView]:
    flags, actor = context.services.flags, context.actor
    return run(
        context,
        lambda _c: flags.approve_lift(actor, flag_id),
        _flag,
        then,
        "approve lifting a flag",
    )


def reject_lift(
    context: OperationContext, flag_id: int, reason: str, then: Then[FlagView]
) -> Job[FlagView]:
    flags, actor = context.services.flags, context.actor
    return run(
        context,
        lambda _c: flags.reject_lift(actor, flag_id, reason),
        _flag,
        then,
        "turn down lifting a flag",
    )
