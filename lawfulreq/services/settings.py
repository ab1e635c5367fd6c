"""Settings that hold for every user of a database (kept in its `setting` table, audited)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawfulreq.db.models import Setting
from lawfulreq.security.permissions import Permission
from lawfulreq.services.audit import record
from lawfulreq.services.base import Actor, Service
from lawfulreq.settings_registry import (
    IDLE_LOCK_MINUTES,
    SPECS,
    SettingValue,
    spec,
    stored_value,
    to_stored,
)

# Kept for callers that name the idle lock by this constant.
IDLE_LOCK_KEY = IDLE_LOCK_MINUTES


@dataclass(frozen=True)
class SettingView:
    key: str
    type: str
    default: SettingValue
    value: SettingValue
    description: str
    range: str
    changed_by: str | None


def setting_value(session: Session, key: str) -> SettingValue:
    """A setting's value inside a unit of work that is already open."""
    spec(key)
    return stored_value(key, session.scalar(select(Setting.value).where(Setting.key == key)))


def setting_values(session: Session, keys: list[str]) -> dict[str, SettingValue]:
    """Several settings' values in one read, inside a unit of work that is already open."""
    for key in keys:
        spec(key)
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    stored = {key: value for key, value in rows}
    return {key: stored_value(key, stored.get(key)) for key in keys}


def write_setting(
    session: Session, actor: Actor, key: str, value: SettingValue, now: datetime
) -> SettingValue:
    """Store a checked value and audit the change, in the caller's unit of work; the old value."""
    row = session.get(Setting, key)
    before = stored_value(key, row.value) if row is not None else spec(key).default
    if row is None:
        session.add(
            Setting(key=key, value=to_stored(value), updated_at=now, updated_by=actor.username)
        )
    else:
        row.value = to_stored(value)
        row.updated_at = now
        row.updated_by = actor.username
    record(
        session,
        actor,
        "setting.changed",
        now,
        object_type="setting",
        object_id=key,
        details={"before": before, "after": value},
    )
    return before


class SettingsService(Service):
    def value(self, key: str) -> SettingValue:
        """The current value (the default when never set); readable by every service."""
        with self._unit_of_work() as session:
            return setting_value(session, key)

    def list(self) -> list[SettingView]:
        """Every declared setting with its default and current value."""
        with self._unit_of_work() as session:
            rows = {row.key: row for row in session.scalars(select(Setting))}
        return [
            SettingView(
                key=s.key,
                type=s.type,
                default=s.default,
                value=stored_value(s.key, rows[s.key].value) if s.key in rows else s.default,
                description=s.description,
                range=s.range_text(),
                changed_by=rows[s.key].updated_by if s.key in rows else None,
            )
            for s in SPECS
        ]

    def set(self, actor: Actor, key: str, value: object) -> SettingValue:
        """The FG changes a setting for everyone: a policy, not a personal preference; audited."""
        actor.require(Permission.MANAGE_SETTINGS)
        definition = spec(key)
        checked = (
            definition.parse(value)
            if isinstance(value, str) and definition.type != "str"
            else definition.check(value)
        )
        now = self._clock()
        with self._unit_of_work() as session:
            write_setting(session, actor, key, checked, now)
        return checked

    def idle_lock_minutes(self) -> int:
        """Minutes without input after which the GUI locks; the default when never set."""
        return int(self.value(IDLE_LOCK_MINUTES))

    def set_idle_lock_minutes(self, actor: Actor, minutes: int) -> int:
        return int(self.set(actor, IDLE_LOCK_MINUTES, minutes))
