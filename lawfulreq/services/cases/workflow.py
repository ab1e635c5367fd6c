"""Workflow moves: one step as the transition table allows, with a stale-edit check."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    DemandCase,
)
from lawfulreq.domain.enums import CaseStatus
from lawfulreq.domain.identifiers import mask_bsn
from lawfulreq.errors import ConflictError, ValidationError
from lawfulreq.rules import workflow
from lawfulreq.security.permissions import Permission
from lawfulreq.services.base import Actor
from lawfulreq.services.case_moves import record_move
from lawfulreq.services.cases.findings import CaseFindings
from lawfulreq.services.cases.views import CaseDetail
from lawfulreq.services.disclosure_rules import approve_on_case_move


def _conflict(case: DemandCase, expected_version: int | None, who: str) -> None:
    if expected_version is not None and case.version != expected_version:
        raise ConflictError(
            f"case {case.ref} was changed by {who} since you opened it "
            f"(now version {case.version}, you saw {expected_version}); "
            "reload the case and try again",
            code="stale_case",
            ref=case.ref,
            version=case.version,
            expected=expected_version,
            changed_by=who,
        )


class CaseWorkflow(CaseFindings):
    # ------------------------------------------------------------------ changes

    def move(
        self,
        actor: Actor,
        ref: str,
        target: CaseStatus | str,
        *,
        expected_version: int | None = None,
        reason: str = "",
    ) -> CaseDetail:
        """One workflow step, as the transition table allows; audited with who, when and why."""
        actor.require(Permission.EDIT_CASES)
        try:
            to_status = CaseStatus(target)
        except ValueError as exc:
            raise ValidationError(
                f"state: '{target}' is not one of {', '.join(s.value for s in CaseStatus)}",
                code="bad_status",
                field="state",
            ) from exc
        reason = mask_bsn(reason.strip())[0]
        now = self._clock()
        with self._unit_of_work() as session:
            case = self._load(session, ref, lock=True)
            self._check_version(session, case, expected_version)
            from_status = CaseStatus(case.status)
            if not workflow.is_allowed(from_status, to_status):
                allowed = ", ".join(
                    s.value for s in CaseStatus if workflow.is_allowed(from_status, s)
                )
                raise ConflictError(
                    f"case {case.ref} cannot move from {from_status.value} to {to_status.value}; "
                    f"allowed: {allowed or 'none (final state)'}",
                    code="transition_not_allowed",
                    ref=case.ref,
                )
            if to_status in workflow.REASON_REQUIRED and not reason:
                raise ValidationError(
                    f"reason: moving to {to_status.value} needs a reason",
                    code="reason_required",
                    field="reason",
                )
            if to_status in workflow.NEEDS_CLEAN_FINDINGS:
                self._require_clean(session, case, actor, to_status)
            if to_status is CaseStatus.APPROVED:
                approve_on_case_move(session, case, actor, now)
            details: dict[str, Any] = {"from": from_status.value, "to": to_status.value}
            if to_status is CaseStatus.ON_HOLD:
                case.hold_started_at = now
            elif from_status is CaseStatus.ON_HOLD and case.hold_started_at is not None:
                paused = now - case.hold_started_at
                case.paused_seconds += int(paused.total_seconds())
                if case.due_at is not None:
                    details["due_before"] = case.due_at.isoformat()
                    case.due_at = case.due_at + paused
                    details["due_after"] = case.due_at.isoformat()
                details["paused_seconds"] = int(paused.total_seconds())
                case.hold_started_at = None
            if to_status is CaseStatus.CLOSED:
                case.closed_at = now
            record_move(session, actor, case, to_status, now, reason=reason, details=details)
            return self._detail(session, case)

    def _check_version(
        self, session: Session, case: DemandCase, expected_version: int | None
    ) -> None:
        if expected_version is None or case.version == expected_version:
            return
        _conflict(case, expected_version, case.updated_by or "another user")
