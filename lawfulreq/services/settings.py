"""Settings that hold for every user of a database (kept in its `setting` table, audited)."""

from __future__ import annotations

from sqlalchemy import select

from lawfulreq.db.models import Setting
from lawfulreq.errors import ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services.audit import record
from lawfulreq.services.base import Actor, Service

IDLE_LOCK_KEY = "ui.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 240


class SettingsService(Service):
    def idle_lock_minutes(self) -> int:
        """Minutes without input after which the GUI locks; the default when never set."""
        with self._unit_of_work() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == IDLE_LOCK_KEY))
        minutes = value.get("minutes") if isinstance(value, dict) else None
        if isinstance(minutes, int) and MIN_IDLE_LOCK_MINUTES <= minutes <= MAX_IDLE_LOCK_MINUTES:
            return minutes
        return DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, actor: Actor, minutes: int) -> int:
        """The FG sets it for everyone: a policy, not a personal preference."""
        actor.require(Permission.MANAGE_SETTINGS)
        if not MIN_IDLE_LOCK_MINUTES <= minutes <= MAX_IDLE_LOCK_MINUTES:
            raise ValidationError(
                f"idle lock: {minutes} minutes is outside "
                f"{MIN_IDLE_LOCK_MINUTES}-{MAX_IDLE_LOCK_MINUTES}",
                code="bad_idle_lock",
                field="minutes",
            )
        now = self._clock()
        with self._unit_of_work() as session:
            setting = session.get(Setting, IDLE_LOCK_KEY)
            before = setting.value.get("minutes") if setting is not None else None
            if setting is None:
                session.add(
                    Setting(
                        key=IDLE_LOCK_KEY,
                        value={"minutes": minutes},
                        updated_at=now,
                        updated_by=actor.username,
                    )
                )
            else:
                setting.value = {"minutes": minutes}
                setting.updated_at = now
                setting.updated_by = actor.username
            record(
                session,
                actor,
                "setting.changed",
                now,
                object_type="setting",
                object_id=IDLE_LOCK_KEY,
                details={"before": before, "after": minutes},
            )
        return minutes
