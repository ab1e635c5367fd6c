"""Access requests recorded and their deadlines: create, list, extend, pause and resume."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.db.models import (
    Customer,
    DataSubjectRequest,
)
from lawfulreq.domain.enums import (
    DsarStatus,
)
from lawfulreq.domain.identifiers import mask_bsn
from lawfulreq.errors import ConflictError, NotFoundError, ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.dsar.inputs import (
    EXTENSION_MONTHS,
    OPEN_DSAR,
    REF_PREFIX,
    DsarInput,
    due_for,
    validate,
)
from lawfulreq.services.dsar.recipients import customer_by_ref
from lawfulreq.services.dsar.views import DsarView
from lawfulreq.services.secrecy import add_months, covered_customer_ids


class DsarRequests(Service):
    # ------------------------------------------------------------------ intake and deadlines

    def create(self, actor: Actor, data: DsarInput) -> DsarView:
        """Record a request; BSNs in any text are masked, no identity document is kept."""
        actor.require(Permission.HANDLE_DSAR)
        validate(data)
        now = self._clock()
        masked = 0

        def clean(value: str) -> str:
            nonlocal masked
            text, count = mask_bsn(value.strip())
            masked += count
            return text

        name = clean(data.requester_name)[:200]
        contact = clean(" · ".join(v for v in (data.requester_email, data.requester_phone) if v))
        notes = clean(data.identity_notes)
        with self._unit_of_work() as session:
            customer = customer_by_ref(session, data.customer_ref)
            received = as_utc(data.received_at)
            row = DataSubjectRequest(
                ref=self._next_ref(session, now),
                customer_id=customer.id,
                requester_name=name,
                requester_contact=contact[:200],
                identity_checked=f"{data.identity_method}: {notes}".strip(": ")
                + f" ({actor.username})",
                identity_method=data.identity_method,
                received_at=received,
                due_at=due_for(received),
                extended_until=None,
                extension_reason="",
                status=DsarStatus.RECEIVED.value,
                kind=data.kind,
                paused_seconds=0,
                pause_reason="",
                created_at=now,
                created_by=actor.user_id,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor,
                "dsar.created",
                now,
                object_type="dsar",
                object_id=row.ref,
                details={
                    "kind": data.kind,
                    "identity_method": data.identity_method,
                    "due_at": row.due_at.isoformat(),
                    "bsn_masked": masked,
                },
            )
            return self._views(session, [row])[0]

    def list(
        self, actor: Actor, *, due_before: datetime | None = None, open_only: bool = False
    ) -> builtins.list[DsarView]:
        """Requests, the nearest deadline first; `due_before` as the dashboard counts them."""
        actor.require(Permission.HANDLE_DSAR)
        deadline = func.coalesce(DataSubjectRequest.extended_until, DataSubjectRequest.due_at)
        query = select(DataSubjectRequest).order_by(deadline, DataSubjectRequest.id)
        if open_only or due_before is not None:
            query = query.where(DataSubjectRequest.status.in_(sorted(s.value for s in OPEN_DSAR)))
        if due_before is not None:
            query = query.where(deadline < due_before)
        with self._unit_of_work() as session:
            return self._views(session, session.scalars(query).all())

    def show(self, actor: Actor, key: str | int) -> DsarView:
        actor.require(Permission.HANDLE_DSAR)
        with self._unit_of_work() as session:
            return self._views(session, [self._get(session, key)])[0]

    def extend(self, actor: Actor, key: str | int, reason: str) -> DsarView:
        """AVG 12(3): two more months, once, with the reason recorded (and told the person)."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        if not reason.strip():
            raise ValidationError("a reason is required", code="reason_required", field="reason")
        with self._unit_of_work() as session:
            row = self._open(session, key)
            if row.extended_until is not None:
                raise ConflictError("this request was already extended", code="already_extended")
            row.extended_until = add_months(row.due_at, EXTENSION_MONTHS)
            row.extension_reason = reason.strip()
            row.status = DsarStatus.EXTENDED.value
            audit.record(
                session,
                actor,
                "dsar.extended",
                now,
                object_type="dsar",
                object_id=row.ref,
                reason=row.extension_reason,
                details={"until": row.extended_until.isoformat()},
            )
            session.flush()
            return self._views(session, [row])[0]

    def pause(self, actor: Actor, key: str | int, reason: str) -> DsarView:
        """Waiting for the person (e.g. to confirm identity): the deadline stands still."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        if not reason.strip():
            raise ValidationError("a reason is required", code="reason_required", field="reason")
        with self._unit_of_work() as session:
            row = self._open(session, key)
            if row.paused_at is not None:
                raise ConflictError("this request is already paused", code="already_paused")
            row.paused_at = now
            row.pause_reason = reason.strip()
            audit.record(
                session,
                actor,
                "dsar.paused",
                now,
                object_type="dsar",
                object_id=row.ref,
                reason=row.pause_reason,
            )
            session.flush()
            return self._views(session, [row])[0]

    def resume(self, actor: Actor, key: str | int) -> DsarView:
        """The person answered: every deadline moves by the time paused."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        with self._unit_of_work() as session:
            row = self._open(session, key)
            if row.paused_at is None:
                raise ConflictError("this request is not paused", code="not_paused")
            held = now - row.paused_at
            row.due_at = row.due_at + held
            if row.extended_until is not None:
                row.extended_until = row.extended_until + held
            row.paused_seconds = (row.paused_seconds or 0) + int(held.total_seconds())
            row.paused_at = None
            audit.record(
                session,
                actor,
                "dsar.resumed",
                now,
                object_type="dsar",
                object_id=row.ref,
                details={"paused_seconds": int(held.total_seconds())},
            )
            session.flush()
            return self._views(session, [row])[0]

    # ------------------------------------------------------------------ helpers

    def _views(
        self, session: Session, rows: Sequence[DataSubjectRequest]
    ) -> builtins.list[DsarView]:
        if not rows:
            return []
        ids = sorted({r.customer_id for r in rows if r.customer_id is not None})
        customers = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
        covered = covered_customer_ids(session, ids)
        views = []
        for r in rows:
            c = customers.get(r.customer_id or 0)
            views.append(
                DsarView(
                    id=r.id,
                    ref=r.ref,
                    kind=r.kind,
                    customer_ref=c.customer_ref if c else "",
                    customer_name=c.name if c else "",
                    requester_name=r.requester_name,
                    requester_contact=r.requester_contact,
                    identity_method=r.identity_method,
                    identity_checked=r.identity_checked,
                    received_at=r.received_at,
                    due_at=r.due_at,
                    extended_until=r.extended_until,
                    extension_reason=r.extension_reason,
                    status=DsarStatus(r.status),
                    paused_at=r.paused_at,
                    pause_reason=r.pause_reason,
                    answered_at=r.answered_at,
                    erased_at=r.erased_at,
                    secrecy=(r.customer_id or 0) in covered,
                    version=r.version,
                )
            )
        return views

    @staticmethod
    def _customer(session: Session, row: DataSubjectRequest) -> Customer:
        customer = session.get(Customer, row.customer_id) if row.customer_id else None
        if customer is None:
            raise NotFoundError("the request names no known customer", code="customer_not_found")
        return customer

    @staticmethod
    def _get(session: Session, key: str | int) -> DataSubjectRequest:
        text = str(key).strip()
        if text.isdigit():
            row = session.get(DataSubjectRequest, int(text))
        else:
            row = session.scalar(select(DataSubjectRequest).where(DataSubjectRequest.ref == text))
        if row is None:
            raise NotFoundError(f"no access request '{key}'", code="dsar_not_found")
        return row

    def _open(self, session: Session, key: str | int) -> DataSubjectRequest:
        row = self._get(session, key)
        if DsarStatus(row.status) not in OPEN_DSAR:
            raise ConflictError(f"this request is {row.status}, no longer open", code="dsar_closed")
        return row

    @staticmethod
    def _next_ref(session: Session, now: datetime) -> str:
        year = as_utc(now).astimezone(AMSTERDAM).year
        prefix = f"{REF_PREFIX}-{year}-"
        last = session.scalar(
            select(func.max(DataSubjectRequest.ref)).where(
                DataSubjectRequest.ref.like(prefix + "%")
            )
        )
        number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
        return f"{prefix}{number:06d}"
