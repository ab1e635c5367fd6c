"""The audit trail's hash chain: intact after normal use, broken by any edit or deletion."""

from __future__ import annotations

from sqlalchemy import delete, update

from lawfulreq.db.models import AuditEvent
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices


def test_chain_verifies_after_normal_use(services: AppServices, actors: dict[str, Actor]) -> None:
    report = services.audit.verify(actors["auditor"])
    assert report.ok
    assert report.events >= 8


def test_edited_event_is_named(services: AppServices, actors: dict[str, Actor]) -> None:
    with services.db.sessions.begin() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == 3).values(actor="mallory"))
    report = services.audit.verify(actors["auditor"])
    assert not report.ok
    assert report.first_broken == 3


def test_deleted_event_is_named(services: AppServices, actors: dict[str, Actor]) -> None:
    with services.db.sessions.begin() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.id == 4))
    report = services.audit.verify(actors["auditor"])
    assert not report.ok
    assert report.first_broken == 4
