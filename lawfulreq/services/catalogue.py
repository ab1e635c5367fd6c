"""The legal-basis catalogue: shipped as data, loaded on creation, versioned on edit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawfulreq.db.models import LegalBasisVersion
from lawfulreq.domain.enums import DataCategory, IssuerRole
from lawfulreq.errors import ConflictError, NotFoundError, ValidationError
from lawfulreq.paths import resources_dir
from lawfulreq.rules.engine import RuleSettings
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.settings import setting_value, write_setting
from lawfulreq.settings_registry import (
    DEADLINE_DEFAULT_DAYS,
    DEADLINE_EMERGENCY_HOURS,
    RETENTION_MONTHS_BY_CATEGORY,
    spec,
)

CATALOGUE_FIELDS = (
    "law",
    "article",
    "group",
    "title_en",
    "title_nl",
    "issuer_roles",
    "rc_authorisation_required",
    "allowed_categories",
    "max_future_days",
    "secrecy_applies",
    "notification_rule",
    "written_confirmation_days",
    "one_target_per_order",
    "needs_fg_review",
    "counted_apart",
    "publishable",
    "notes",
)


@dataclass(frozen=True)
class LegalBasisView:
    id: int
    code: str
    version: int
    law: str
    article: str
    group: str
    title_en: str
    title_nl: str
    issuer_roles: tuple[str, ...]
    rc_authorisation_required: bool
    allowed_categories: tuple[str, ...]
    max_future_days: int | None
    secrecy_applies: bool
    notification_rule: str
    written_confirmation_days: int | None
    one_target_per_order: bool
    needs_fg_review: bool
    counted_apart: bool
    publishable: bool
    notes: str

    created_at: datetime | None = None
    created_by: str = ""
    current: bool = True

    @property
    def label(self) -> str:
        return f"{self.law} {self.article}"

    def title(self, lang: str = "en") -> str:
        return self.title_nl if lang == "nl" else self.title_en


def basis_view(row: LegalBasisVersion) -> LegalBasisView:
    return LegalBasisView(
        id=row.id,
        code=row.code,
        version=row.version,
        law=row.law,
        article=row.article,
        group=row.group,
        title_en=row.title_en,
        title_nl=row.title_nl,
        issuer_roles=tuple(row.issuer_roles),
        rc_authorisation_required=row.rc_authorisation_required,
        allowed_categories=tuple(row.allowed_categories),
        max_future_days=row.max_future_days,
        secrecy_applies=row.secrecy_applies,
        notification_rule=row.notification_rule,
        written_confirmation_days=row.written_confirmation_days,
        one_target_per_order=row.one_target_per_order,
        needs_fg_review=row.needs_fg_review,
        counted_apart=row.counted_apart,
        publishable=row.publishable,
        notes=row.notes,
        created_at=row.created_at,
        created_by=row.created_by,
        current=row.current,
    )


def shipped_catalogue(path: Path | None = None) -> list[dict[str, Any]]:
    source = path or resources_dir() / "catalogue" / "legal_bases.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    bases: list[dict[str, Any]] = data["bases"]
    return bases


def seed_catalogue(session: Session, now: datetime) -> int:
    """Load the shipped catalogue into an empty database; returns the rows added."""
    if session.scalar(select(func.count()).select_from(LegalBasisVersion)):
        return 0
    rows = shipped_catalogue()
    for entry in rows:
        session.add(
            LegalBasisVersion(
                code=entry["code"],
                version=1,
                current=True,
                created_at=now,
                created_by="catalogue",
                **{field: entry[field] for field in CATALOGUE_FIELDS},
            )
        )
    session.flush()
    return len(rows)


# What the FG may change in a rule; identity fields (code, law, article, group) stay.
EDITABLE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "title_en": str,
    "title_nl": str,
    "issuer_roles": list,
    "rc_authorisation_required": bool,
    "allowed_categories": list,
    "max_future_days": (int, type(None)),
    "secrecy_applies": bool,
    "notification_rule": str,
    "written_confirmation_days": (int, type(None)),
    "one_target_per_order": bool,
    "needs_fg_review": bool,
    "counted_apart": bool,
    "publishable": bool,
    "notes": str,
}


@dataclass(frozen=True)
class DeadlineSettings:
    default_days: int = 7
    emergency_hours: int = 4


def _check_changes(changes: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        expected = EDITABLE_FIELDS.get(name)
        if expected is None:
            raise ValidationError(
                f"{name}: not an editable rule field; editable: {', '.join(EDITABLE_FIELDS)}",
                code="bad_rule_field",
                field=name,
            )
        if isinstance(value, bool) and expected in (int, (int, type(None))):
            raise ValidationError(f"{name}: needs a number of days", code="bad_rule_value")
        if not isinstance(value, expected):
            raise ValidationError(f"{name}: wrong type {type(value).__name__}", field=name)
        clean[name] = value
    for name, enum in (("issuer_roles", IssuerRole), ("allowed_categories", DataCategory)):
        if name in clean:
            values = [str(v) for v in clean[name]]
            unknown = [v for v in values if v not in {e.value for e in enum}]
            if unknown or not values:
                raise ValidationError(
                    f"{name}: unknown or no values {unknown}; "
                    f"use {', '.join(e.value for e in enum)}",
                    code="bad_rule_value",
                    field=name,
                )
            clean[name] = sorted(set(values), key=values.index)
    for name in ("max_future_days", "written_confirmation_days"):
        if clean.get(name) is not None and not 0 < clean[name] <= 3660:
            raise ValidationError(f"{name}: between 1 and 3660 days, or empty", field=name)
    return clean


def rule_settings(session: Session) -> RuleSettings:
    """The settings the rules engine reads, from the settings registry (0 months: no limit)."""
    months = {
        category: int(setting_value(session, key))
        for category, key in RETENTION_MONTHS_BY_CATEGORY.items()
    }
    return RuleSettings(retention_months={k: v for k, v in months.items() if v})


def deadline_settings(session: Session) -> DeadlineSettings:
    return DeadlineSettings(
        int(setting_value(session, DEADLINE_DEFAULT_DAYS)),
        int(setting_value(session, DEADLINE_EMERGENCY_HOURS)),
    )


class CatalogueService(Service):
    def current(self) -> list[LegalBasisView]:
        """Reference data, readable by every signed-in role."""
        with self._unit_of_work() as session:
            rows = session.scalars(
                select(LegalBasisVersion)
                .where(LegalBasisVersion.current.is_(True))
                .order_by(LegalBasisVersion.code)
            )
            return [basis_view(r) for r in rows]

    def get(self, code: str) -> LegalBasisView:
        """The current version of one rule."""
        with self._unit_of_work() as session:
            return basis_view(current_row(session, code))

    def versions(self, code: str) -> list[LegalBasisView]:
        """Every version of a rule, newest first."""
        with self._unit_of_work() as session:
            rows = session.scalars(
                select(LegalBasisVersion)
                .where(LegalBasisVersion.code == code)
                .order_by(LegalBasisVersion.version.desc())
            ).all()
            if not rows:
                raise NotFoundError(f"no legal basis '{code}'", code="basis_not_found", basis=code)
            return [basis_view(r) for r in rows]

    def edit(
        self, actor: Actor, code: str, changes: dict[str, Any], *, expected_version: int
    ) -> LegalBasisView:
        """A new version of the rule becomes current; cases keep the version they used."""
        actor.require(Permission.EDIT_CATALOGUE)
        clean = _check_changes(changes)
        with self._unit_of_work() as session:
            old = current_row(session, code)
            if old.version != expected_version:
                raise ConflictError(
                    f"rule {code} is now at version {old.version} (you edited version "
                    f"{expected_version}, changed by {old.created_by}); reload and try again",
                    code="stale_rule",
                    basis=code,
                )
            values = {name: getattr(old, name) for name in CATALOGUE_FIELDS}
            changed = {k: v for k, v in clean.items() if values.get(k) != v}
            if not changed:
                return basis_view(old)
            values.update(changed)
            old.current = False
            session.flush()
            new = LegalBasisVersion(
                code=code,
                version=old.version + 1,
                current=True,
                created_at=self._clock(),
                created_by=actor.username,
                **values,
            )
            session.add(new)
            session.flush()
            audit.record(
                session,
                actor,
                "catalogue.edited",
                self._clock(),
                object_type="legal_basis",
                object_id=code,
                details={
                    "version": new.version,
                    "changes": {k: [getattr(old, k), v] for k, v in changed.items()},
                },
            )
            return basis_view(new)

    def rule_settings(self) -> RuleSettings:
        with self._unit_of_work() as session:
            return rule_settings(session)

    def deadline_settings(self) -> DeadlineSettings:
        with self._unit_of_work() as session:
            return deadline_settings(session)

    def set_retention(self, actor: Actor, category: str, months: int | None) -> RuleSettings:
        """Months a data category is kept (None: no limit): the category's registry setting."""
        actor.require(Permission.MANAGE_SETTINGS)
        key = RETENTION_MONTHS_BY_CATEGORY.get(category)
        if key is None:
            raise ValidationError(
                f"no retention setting for data category '{category}'; "
                f"known: {', '.join(RETENTION_MONTHS_BY_CATEGORY)}",
                field="category",
            )
        value = spec(key).check(months or 0)
        with self._unit_of_work() as session:
            write_setting(session, actor, key, value, self._clock())
            return rule_settings(session)


def current_row(session: Session, code: str) -> LegalBasisVersion:
    row = session.scalar(
        select(LegalBasisVersion).where(
            LegalBasisVersion.code == code, LegalBasisVersion.current.is_(True)
        )
    )
    if row is None:
        raise NotFoundError(
            f"no legal basis '{code}' in the catalogue", code="basis_not_found", basis=code
        )
    return row
