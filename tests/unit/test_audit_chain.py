"""The audit trail's hash chain: intact after normal use, broken by any edit or deletion."""

from __future__ import annotations

from sqlalchemy import delete, text, update

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


def _stored_details(services: AppServices, event_id: int) -> str:
    with services.db.engine.connect() as conn:
        found = conn.execute(
            text("SELECT CAST(details AS TEXT) FROM audit_event WHERE id = :id"), {"id": event_id}
        )
        return str(found.scalar_one())


def _set_stored_details(services: AppServices, event_id: int, value: str) -> None:
    """The stored text replaced as is (PostgreSQL's json type keeps text as given)."""
    json_text = "CAST(:value AS JSON)" if services.db.engine.dialect.name != "sqlite" else ":value"
    with services.db.engine.begin() as conn:
        conn.execute(
            text(f"UPDATE audit_event SET details = {json_text} WHERE id = :id"),
            {"value": value, "id": event_id},
        )


def _event_with_details(services: AppServices, actor: Actor) -> int:
    """An event whose details hold an accent, a quote and a nested value, and a reason that
    needs escaping: the splice declines the reason, the details still decide."""
    from lawfulreq.services.audit import record

    with services.db.sessions.begin() as session:
        return record(
            session, actor, "test.details", services.clock(), object_type="test",
            reason='said "no"', details={"name": "Ömer", "nested": {"b": 2, "a": [1, "x"]}},
        )  # fmt: skip


def test_details_are_stored_in_the_chains_canonical_form(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    event_id = _event_with_details(services, actors["fg"])
    assert _stored_details(services, event_id) == '{"name":"Ömer","nested":{"a":[1,"x"],"b":2}}'
    assert services.audit.verify(actors["auditor"]).ok


def test_details_written_by_an_older_version_still_verify(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    """Before issue 18 details were stored as json.dumps wrote them (spaces, ASCII escapes,
    keys as given): the same data, other bytes. The check falls back to re-encoding."""
    event_id = _event_with_details(services, actors["fg"])
    _set_stored_details(
        services, event_id, '{"nested": {"b": 2, "a": [1, "x"]}, "name": "\\u00d6mer"}'
    )
    assert services.audit.verify(actors["auditor"]).ok


def test_a_change_to_the_stored_details_breaks_the_chain(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    event_id = _event_with_details(services, actors["fg"])
    _set_stored_details(services, event_id, '{"name":"Omer","nested":{"a":[1,"x"],"b":2}}')
    report = services.audit.verify(actors["auditor"])
    assert not report.ok and report.first_broken == event_id and report.code == "altered"
