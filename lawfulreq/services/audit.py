"""The audit trail: append-only events chained by SHA-256, and the check that walks the chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lawfulreq.db.models import AuditEvent
from lawfulreq.security.permissions import Permission
from lawfulreq.services.base import Actor, Service

GENESIS = "0" * 64


def canonical(row: AuditEvent) -> bytes:
    """The bytes an event's hash covers: every field, its sequence number and its predecessor."""
    body = {
        "id": row.id,
        "at": row.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": row.actor,
        "action": row.action,
        "case_id": row.case_id,
        "object_type": row.object_type,
        "object_id": row.object_id,
        "reason": row.reason,
        "details": row.details,
        "prev": row.prev_hash,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def event_hash(row: AuditEvent) -> str:
    return hashlib.sha256(canonical(row)).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    at: datetime,
    *,
    case_id: int | None = None,
    object_type: str = "",
    object_id: str | int = "",
    reason: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event inside the caller's transaction, so it commits or fails with the change."""
    if session.get_bind().dialect.name == "postgresql":
        # Serialise writers so two transactions never chain onto the same predecessor.
        session.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    event = AuditEvent(
        id=(last.id + 1) if last else 1,
        at=at,
        actor=actor.username,
        action=action,
        case_id=case_id,
        object_type=object_type,
        object_id=str(object_id),
        reason=reason,
        details=dict(details or {}),
        prev_hash=last.hash if last else GENESIS,
        hash="",
    )
    event.hash = event_hash(event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_broken: int | None
    problem: str = ""


@dataclass(frozen=True)
class AuditEventView:
    id: int
    at: datetime
    actor: str
    action: str
    case_id: int | None
    object_type: str
    object_id: str
    reason: str
    details: dict[str, Any]


class AuditService(Service):
    def verify(self, actor: Actor) -> ChainReport:
        actor.require(Permission.READ_AUDIT)
        with self._unit_of_work() as session:
            expected_prev = GENESIS
            expected_id = 1
            count = 0
            for row in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(2000):
                count += 1
                if row.id != expected_id:
                    return ChainReport(False, count, row.id, f"event {expected_id} is missing")
                if row.prev_hash != expected_prev:
                    return ChainReport(False, count, row.id, "does not follow its predecessor")
                if event_hash(row) != row.hash:
                    return ChainReport(False, count, row.id, "content does not match its hash")
                expected_prev = row.hash
                expected_id += 1
            record(session, actor, "audit.verified", self._clock(), details={"events": count})
            return ChainReport(True, count, None)

    def recent(
        self, actor: Actor, *, limit: int = 200, case_id: int | None = None
    ) -> list[AuditEventView]:
        actor.require(Permission.READ_AUDIT)
        with self._unit_of_work() as session:
            query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
            if case_id is not None:
                query = query.where(AuditEvent.case_id == case_id)
            return [
                AuditEventView(
                    e.id,
                    e.at,
                    e.actor,
                    e.action,
                    e.case_id,
                    e.object_type,
                    e.object_id,
                    e.reason,
                    e.details,
                )
                for e in session.scalars(query)
            ]
