"""Settings as flat registry rows: one key per value, each stored as {"value": ...}

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-02

Before: `rules.retention_months` held a dict of months per data category (None: no limit),
`rules.deadline` a dict of default days and emergency hours, and `ui.idle_lock_minutes`
{"minutes": N}. After: one row per setting of the registry (lawfulreq/settings_registry.py),
{"value": N}; "no limit" is 0. Retention for categories the registry does not declare is
dropped (no code ever read it). A migration never imports app code: the keys are spelled here.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0004"
branch_labels = None
depends_on = None

OLD_RETENTION = "rules.retention_months"
OLD_DEADLINE = "rules.deadline"
IDLE_LOCK = "ui.idle_lock_minutes"
RETENTION = {
    "traffic": "retention.traffic_months",
    "location": "retention.location_months",
    "content": "retention.content_months",
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


def upgrade() -> None:
    conn = op.get_bind()
    rows = _rows(conn)
    _split(conn, rows, OLD_RETENTION, RETENTION)
    _split(conn, rows, OLD_DEADLINE, DEADLINE)
    idle = rows.get(IDLE_LOCK)
    if idle is not None:
        minutes = _value(idle.value)
        if isinstance(minutes, dict) and "minutes" in minutes:
            _put(conn, IDLE_LOCK, {"value": minutes["minutes"]}, idle)


def downgrade() -> None:
    conn = op.get_bind()
    rows = _rows(conn)
    _join(conn, rows, OLD_RETENTION, RETENTION)
    _join(conn, rows, OLD_DEADLINE, DEADLINE)
    idle = rows.get(IDLE_LOCK)
    if idle is not None:
        minutes = _value(idle.value)
        if isinstance(minutes, dict) and "value" in minutes:
            _put(conn, IDLE_LOCK, {"minutes": minutes["value"]}, idle)
