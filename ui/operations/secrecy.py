"""Secrecy-flag operations: the periodic review (keep, or ask to lift) and the second user's
approval or refusal of a lift. Events are keyed by the flag's case reference."""

from __future__ import annotations

from datetime import date

from lawfulreq.services.intake import DocumentInput
from lawfulreq.services.secrecy import FlagView
from ui.operations.base import ChangeEvent, Kind, Operation, OperationContext, operation


def _flag(flag: FlagView) -> ChangeEvent:
    return ChangeEvent(Kind.FLAG, flag.case_ref)


def keep(context: OperationContext, flag_id: int, until: date, note: str) -> Operation[FlagView]:
    """The review found the secrecy still needed: the flag stays until the next review."""
    return operation(
        context, lambda s, a: s.flags.review_keep(a, flag_id, until, note), _flag, "keep a flag"
    )


def request_lift(
    context: OperationContext, flag_id: int, reason: str, evidence: DocumentInput
) -> Operation[FlagView]:
    """The first half of lifting: a second user approves or turns it down."""
    return operation(
        context,
        lambda s, a: s.flags.request_lift(a, flag_id, reason, evidence),
        _flag,
        "request lifting a flag",
    )


def approve_lift(context: OperationContext, flag_id: int) -> Operation[FlagView]:
    return operation(
        context, lambda s, a: s.flags.approve_lift(a, flag_id), _flag, "approve lifting a flag"
    )


def reject_lift(context: OperationContext, flag_id: int, reason: str) -> Operation[FlagView]:
    return operation(
        context,
        lambda s, a: s.flags.reject_lift(a, flag_id, reason),
        _flag,
        "turn down lifting a flag",
    )
