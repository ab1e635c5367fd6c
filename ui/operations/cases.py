"""Case operations: register, move, acknowledge a warning, save the notes."""

from __future__ import annotations

from lawfulreq.domain.enums import CaseStatus
from lawfulreq.rules.engine import Finding
from lawfulreq.services.cases import CaseDetail
from lawfulreq.services.intake import CaseCreated, CaseInput
from ui.operations.base import ChangeEvent, Kind, OperationContext, Then, run
from ui.tasks import Job


def _case(ref: str) -> ChangeEvent:
    return ChangeEvent(Kind.CASE, ref)


def create(context: OperationContext, case: CaseInput, then: Then[CaseCreated]) -> Job[CaseCreated]:
    services, actor = context.services, context.actor
    return run(
        context,
        lambda _c: services.intake.create(actor, case),
        lambda created: _case(created.ref),
        then,
        "create a case",
    )


def move(
    context: OperationContext,
    ref: str,
    state: CaseStatus,
    *,
    expected_version: int,
    reason: str,
    then: Then[CaseDetail],
) -> Job[CaseDetail]:
    services, actor = context.services, context.actor
    return run(
        context,
        lambda _c: services.cases.move(
            actor, ref, state, expected_version=expected_version, reason=reason
        ),
        lambda detail: _case(detail.ref),
        then,
        f"move case {ref}",
    )


def acknowledge(
    context: OperationContext, ref: str, finding: Finding, then: Then[Finding]
) -> Job[Finding]:
    services, actor, code = context.services, context.actor, finding.code.value
    return run(
        context,
        lambda _c: services.cases.acknowledge(actor, ref, code, subject=finding.subject),
        lambda _finding: _case(ref),
        then,
        f"acknowledge {code} on {ref}",
    )


def save_notes(
    context: OperationContext,
    ref: str,
    notes: str,
    *,
    expected_version: int,
    then: Then[CaseDetail],
) -> Job[CaseDetail]:
    services, actor = context.services, context.actor
    return run(
        context,
        lambda _c: services.cases.update_notes(
            actor, ref, notes, expected_version=expected_version
        ),
        lambda detail: _case(detail.ref),
        then,
        f"save notes of {ref}",
    )
