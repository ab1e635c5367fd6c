"""Case operations: register, move, acknowledge a warning, save the notes."""

from __future__ import annotations

from lawfulreq.domain.enums import CaseStatus
from lawfulreq.rules.engine import Finding
from lawfulreq.services.cases import CaseDetail
from lawfulreq.services.intake import CaseCreated, CaseInput
from ui.operations.base import ChangeEvent, Kind, Operation, OperationContext, operation


def _case(ref: str) -> ChangeEvent:
    return ChangeEvent(Kind.CASE, ref)


def _detail(detail: CaseDetail) -> ChangeEvent:
    return _case(detail.ref)


def create(context: OperationContext, case: CaseInput) -> Operation[CaseCreated]:
    """Register a demand through the intake (its checks, its audit event)."""
    return operation(
        context, lambda s, a: s.intake.create(a, case), lambda c: _case(c.ref), "create a case"
    )


def move(
    context: OperationContext, ref: str, state: CaseStatus, *, expected_version: int, reason: str
) -> Operation[CaseDetail]:
    """A step in the workflow; `expected_version` refuses a move made on a stale page."""
    return operation(
        context,
        lambda s, a: s.cases.move(a, ref, state, expected_version=expected_version, reason=reason),
        _detail,
        f"move case {ref}",
    )


def acknowledge(context: OperationContext, ref: str, finding: Finding) -> Operation[Finding]:
    """A warning acknowledged, in the user's name."""
    code, subject = finding.code.value, finding.subject
    return operation(
        context,
        lambda s, a: s.cases.acknowledge(a, ref, code, subject=subject),
        lambda _finding: _case(ref),
        f"acknowledge {code} on {ref}",
    )


def save_notes(
    context: OperationContext, ref: str, notes: str, *, expected_version: int
) -> Operation[CaseDetail]:
    """The case's notes; `expected_version` as for `move`."""
    version = expected_version
    return operation(
        context,
        lambda s, a: s.cases.update_notes(a, ref, notes, expected_version=version),
        _detail,
        f"save notes of {ref}",
    )
