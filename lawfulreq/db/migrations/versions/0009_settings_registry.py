"""Settings as flat registry rows: one key per value, each stored as {"value": ...}

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-02

Before: `rules.retention_months` held a dict of months per data category (None: no limit),
`rules.deadline` a dict of default days and emergency hours, and `ui.idle_lock_minutes`
{"minutes": N}. After: one row per setting of the registry (lawfulreq/settings_registry.py),
{"value": N}; "no limit" is 0. Retention for categories the registry does not declare is
dropped (no code ever read it). A migration never imports app code: the keys are spelled here.

Also: two facts about a case move out of the audit log onto the case row, where the services
read them: `demand_case.bsn_masked_count` / `bsn_masked_fields` (from the "case.created"
event's details) and `demand_case.updated_by` (the last actor of a change to the case).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None

OLD_RETENTION = "rules.retention_months"
OLD_DEADLINE = "rules.deadline"
IDLE_LOCK = "ui.idle_lock_minutes"
RETENTION = {
    "traffic": "retention.traffic_months",
    "location": "retention.location_months",
    # The first edition's "content" months were the privacy statement's 4 months for
    # recordings of calls with staff (issue 13): communication content is never stored.
    "content": "retention.recordings_months",
}
DEADLINE = {
    "default_days": "deadline.default_days",
    "emergency_hours": "deadline.emergency_hours",
}

setting = sa.table(
    "setting",
    sa.column("key", sa.String),
    sa.column("value", sa.JSON),
    sa.column("updated_at", sa.String),
    sa.column("updated_by", sa.String),
    sa.column("version", sa.Integer),
)


def _rows(conn: sa.Connection) -> dict[str, Any]:
    rows = conn.execute(sa.select(setting.c.key, setting.c.value)).all()
    return {r.key: r for r in rows}


def _value(raw: object) -> Any:
    return json.loads(raw) if isinstance(raw, str) else raw


def _put(conn: sa.Connection, key: str, value: object, source: Any) -> None:
    """Write `key` with `value`, keeping who changed `source` and when (copied in SQL as is)."""
    if key != source.key:
        conn.execute(sa.delete(setting).where(setting.c.key == key))
        copied = sa.select(
            sa.literal(key, sa.String),
            sa.literal(value, sa.JSON),
            setting.c.updated_at,
            setting.c.updated_by,
            sa.literal(1, sa.Integer),
        ).where(setting.c.key == source.key)
        conn.execute(sa.insert(setting).from_select(list(setting.c.keys()), copied))
    else:
        conn.execute(sa.update(setting).where(setting.c.key == key).values(value=value))


def _split(conn: sa.Connection, rows: dict[str, Any], old: str, keys: dict[str, str]) -> None:
    source = rows.get(old)
    if source is None:
        return
    values = _value(source.value)
    if isinstance(values, dict):
        for part, key in keys.items():
            number = values.get(part)
            if number is None and old == OLD_RETENTION and part in values:
                number = 0  # None meant "no limit"
            if isinstance(number, int) and not isinstance(number, bool):
                _put(conn, key, {"value": number}, source)
    conn.execute(sa.delete(setting).where(setting.c.key == old))


def _join(conn: sa.Connection, rows: dict[str, Any], new: str, keys: dict[str, str]) -> None:
    present = {part: rows[key] for part, key in keys.items() if key in rows}
    if not present:
        return
    values = {}
    for part, row in present.items():
        number = _value(row.value).get("value")
        values[part] = None if number == 0 and new == OLD_RETENTION else number
    _put(conn, new, values, next(iter(present.values())))
    conn.execute(sa.delete(setting).where(setting.c.key.in_(list(keys.values()))))


case = sa.table(
    "demand_case",
    sa.column("id", sa.Integer),
    sa.column("bsn_masked_count", sa.Integer),
    sa.column("bsn_masked_fields", sa.JSON),
    sa.column("updated_by", sa.String),
)
event = sa.table(
    "audit_event",
    sa.column("id", sa.Integer),
    sa.column("case_id", sa.Integer),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("details", sa.JSON),
)


def _case_facts(conn: sa.Connection) -> None:
    op.add_column("demand_case", sa.Column("updated_by", sa.String(length=64), nullable=True))
    op.add_column(
        "demand_case",
        sa.Column("bsn_masked_count", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column("demand_case", sa.Column("bsn_masked_fields", sa.JSON(), nullable=True))
    created = conn.execute(
        sa.select(event.c.case_id, event.c.details).where(
            event.c.action == "case.created", event.c.case_id.is_not(None)
        )
    ).all()
    for case_id, details in created:
        facts = _value(details) or {}
        count = facts.get("bsn_masked", 0)
        if isinstance(count, int) and count:
            conn.execute(
                sa.update(case)
                .where(case.c.id == case_id)
                .values(
                    bsn_masked_count=count,
                    bsn_masked_fields=list(facts.get("bsn_masked_fields", [])),
                )
            )
    last = (
        sa.select(event.c.actor)
        .where(event.c.case_id == case.c.id, event.c.action != "case.viewed")
        .order_by(event.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    conn.execute(sa.update(case).values(updated_by=last))


def _rename_field(conn: sa.Connection, rows: dict[str, Any], key: str, old: str, new: str) -> None:
    row = rows.get(key)
    stored = _value(row.value) if row is not None else None
    if isinstance(stored, dict) and old in stored:
        _put(conn, key, {new: stored[old]}, row)


def upgrade() -> None:
    conn = op.get_bind()
    _case_facts(conn)
    rows = _rows(conn)
    _split(conn, rows, OLD_RETENTION, RETENTION)
    _split(conn, rows, OLD_DEADLINE, DEADLINE)
    _rename_field(conn, rows, IDLE_LOCK, "minutes", "value")


def downgrade() -> None:
    conn = op.get_bind()
    # SQLite drops a column in place (3.35+): no table copy, which other tables' keys forbid.
    for column in ("bsn_masked_fields", "bsn_masked_count", "updated_by"):
        op.execute(f"ALTER TABLE demand_case DROP COLUMN {column}")
    rows = _rows(conn)
    _join(conn, rows, OLD_RETENTION, RETENTION)
    _join(conn, rows, OLD_DEADLINE, DEADLINE)
    _rename_field(conn, rows, IDLE_LOCK, "value", "minutes")
