"""A case as the services that change it load it, and one case move as it is recorded: status,
who and when, the transition row, the audit event, the statistics row. Used by the workflow
(CaseService) and by the disclosure service."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawfulreq.db.models import CaseTransition, DemandCase
from lawfulreq.domain.enums import CaseStatus
from lawfulreq.errors import NotFoundError
from lawfulreq.services import audit
from lawfulreq.services.base import Actor
from lawfulreq.services.statistics import refresh_case_statistic


def load_case(session: Session, ref: str, *, lock: bool = False) -> DemandCase:
    """The case with reference `ref` (any case, spaces around it ignored), row-locked for an
    update when `lock`; NotFoundError (code case_not_found) when there is none."""
    query = select(DemandCase).where(DemandCase.ref == ref.strip().upper())
    if lock:
        query = query.with_for_update()
    case = session.scalar(query)
    if case is None:
        raise NotFoundError(f"no case '{ref}'", code="case_not_found", ref=ref)
    return case


def record_move(
    session: Session,
    actor: Actor,
    case: DemandCase,
    to_status: CaseStatus,
    now: datetime,
    *,
    reason: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Write the move of `case` to `to_status`; the caller has checked that it is allowed."""
    from_status = case.status
    case.status = to_status.value
    case.updated_at, case.updated_by = now, actor.username
    session.add(
        CaseTransition(
            case_id=case.id,
            from_status=from_status,
            to_status=to_status.value,
            reason=reason,
            by_user=actor.user_id,
            at=now,
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        "case.moved",
        now,
        case_id=case.id,
        object_type="case",
        object_id=case.ref,
        reason=reason,
        details=details or {"from": from_status, "to": to_status.value},
    )
    # The statistics row follows every move, so a later purge keeps a current one.
    refresh_case_statistic(session, case.id, now)
