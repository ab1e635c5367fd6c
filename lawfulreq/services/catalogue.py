"""The legal-basis catalogue: shipped as data, loaded on creation, versioned on edit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawfulreq.db.models import LegalBasisVersion
from lawfulreq.domain.citations import cite
from lawfulreq.domain.enums import DataCategory, Delivery, IssuerRole
from lawfulreq.errors import ConflictError, NotFoundError, ValidationError
from lawfulreq.paths import resources_dir
from lawfulreq.rules.engine import EXPIRY_FUTURE_PART, EXPIRY_ORDER, RuleSettings
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.settings import setting_value, setting_values, write_setting
from lawfulreq.settings_registry import (
    DEADLINE_DEFAULT_DAYS,
    DEADLINE_EMERGENCY_HOURS,
    RC_REVIEW_ADVISED_KEY,
    RETENTION_MONTHS_BY_CATEGORY,
    VOICEMAIL_STORED_KEY,
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
    "source",
    "max_future_months",
    "existing_data_only",
    "rc_required_for_delivery",
    "judge_validation_categories",
    "rc_advised_categories",
    "wiv_approval_required",
    "statutory",
    "order_expiry",
    "deadline_days",
    "deadline_emergency_hours",
    "confirmation_is_policy",
    "preservation_days",
    "preservation_extension_days",
)

# Fields added by the second edition of the catalogue (2026-12), with their values for a rule
# that does not mention them.
FIELD_DEFAULTS: dict[str, Any] = {
    "source": "",
    "max_future_months": None,
    "existing_data_only": False,
    "rc_required_for_delivery": [],
    "judge_validation_categories": [],
    "rc_advised_categories": [],
    "wiv_approval_required": False,
    "statutory": True,
    "order_expiry": "",
    "deadline_days": None,
    "deadline_emergency_hours": None,
    "confirmation_is_policy": False,
    "preservation_days": None,
    "preservation_extension_days": None,
}


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
    source: str = ""
    max_future_months: int | None = None
    existing_data_only: bool = False
    rc_required_for_delivery: tuple[str, ...] = ()
    judge_validation_categories: tuple[str, ...] = ()
    rc_advised_categories: tuple[str, ...] = ()
    wiv_approval_required: bool = False
    statutory: bool = True
    order_expiry: str = ""
    deadline_days: int | None = None
    deadline_emergency_hours: int | None = None
    confirmation_is_policy: bool = False
    preservation_days: int | None = None
    preservation_extension_days: int | None = None
    catalogue_version: str = ""

    created_at: datetime | None = None
    created_by: str = ""
    current: bool = True

    @property
    def label(self) -> str:
        """The article as cited: "art. 126n Sv" (domain.citations)."""
        return cite(self.law, self.article)

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
        source=row.source,
        max_future_months=row.max_future_months,
        existing_data_only=row.existing_data_only,
        rc_required_for_delivery=tuple(row.rc_required_for_delivery or ()),
        judge_validation_categories=tuple(row.judge_validation_categories or ()),
        rc_advised_categories=tuple(row.rc_advised_categories or ()),
        wiv_approval_required=row.wiv_approval_required,
        statutory=row.statutory,
        order_expiry=row.order_expiry,
        deadline_days=row.deadline_days,
        deadline_emergency_hours=row.deadline_emergency_hours,
        confirmation_is_policy=row.confirmation_is_policy,
        preservation_days=row.preservation_days,
        preservation_extension_days=row.preservation_extension_days,
        catalogue_version=row.catalogue_version,
        created_at=row.created_at,
        created_by=row.created_by,
        current=row.current,
    )


def shipped_document(path: Path | None = None) -> dict[str, Any]:
    source = path or resources_dir() / "catalogue" / "legal_bases.json"
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def shipped_catalogue(path: Path | None = None) -> list[dict[str, Any]]:
    """The shipped rules, each with every catalogue field (new fields at their defaults)."""
    bases: list[dict[str, Any]] = shipped_document(path)["bases"]
    return [{**FIELD_DEFAULTS, **entry} for entry in bases]


def shipped_version(path: Path | None = None) -> str:
    return str(shipped_document(path)["catalogue_version"])


def seed_catalogue(session: Session, now: datetime, path: Path | None = None) -> int:
    """Bring the stored catalogue up to the shipped one; returns the rule versions added.

    An empty database gets version 1 of every rule. A database seeded from an older
    catalogue edition gets a NEW version of each rule whose shipped text changed (and version
    1 of each new rule); stored versions are never edited, so cases keep the version they
    were taken in under. A database already at this edition is left alone, so an FG's later
    edit is not overwritten on every start.
    """
    edition = shipped_version(path)
    stored = session.scalar(select(func.max(LegalBasisVersion.catalogue_version)))
    if stored is not None and stored >= edition:
        return 0
    added = 0
    for entry in shipped_catalogue(path):
        values = {field: entry[field] for field in CATALOGUE_FIELDS}
        old = session.scalar(
            select(LegalBasisVersion).where(
                LegalBasisVersion.code == entry["code"], LegalBasisVersion.current.is_(True)
            )
        )
        if old is not None:
            if all(getattr(old, k) == v for k, v in values.items()):
                old.catalogue_version = edition
                continue
            old.current = False
            session.flush()
        session.add(
            LegalBasisVersion(
                code=entry["code"],
                version=old.version + 1 if old is not None else 1,
                current=True,
                created_at=now,
                created_by="catalogue",
                catalogue_version=edition,
                **values,
            )
        )
        added += 1
    session.flush()
    return added


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
    "source": str,
    "max_future_months": (int, type(None)),
    "existing_data_only": bool,
    "rc_required_for_delivery": list,
    "judge_validation_categories": list,
    "rc_advised_categories": list,
    "wiv_approval_required": bool,
    "statutory": bool,
    "order_expiry": str,
    "deadline_days": (int, type(None)),
    "deadline_emergency_hours": (int, type(None)),
    "confirmation_is_policy": bool,
    "preservation_days": (int, type(None)),
    "preservation_extension_days": (int, type(None)),
}

# Number fields and their range (days, months or hours); empty (None) means "no limit".
NUMBER_RANGES: dict[str, tuple[int, int]] = {
    "max_future_days": (1, 3660),
    "written_confirmation_days": (1, 3660),
    "max_future_months": (1, 120),
    "deadline_days": (1, 365),
    "deadline_emergency_hours": (1, 240),
    "preservation_days": (1, 3660),
    "preservation_extension_days": (1, 3660),
}

# Lists that may be empty, with the values each may hold.
OPTIONAL_LISTS: dict[str, type[StrEnum]] = {
    "rc_required_for_delivery": Delivery,
    "judge_validation_categories": DataCategory,
    "rc_advised_categories": DataCategory,
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
            raise ValidationError(
                f"{name}: needs a number of days", code="bad_rule_value", field=name
            )
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
    return _check_second_edition(clean)


def _check_second_edition(clean: dict[str, Any]) -> dict[str, Any]:
    """The fields added in the 2026-12 edition: optional lists, expiry kind, number ranges."""
    for name, options in OPTIONAL_LISTS.items():
        if name in clean:
            values = [str(v) for v in clean[name]]
            unknown = [v for v in values if v not in {e.value for e in options}]
            if unknown:
                raise ValidationError(
                    f"{name}: unknown values {unknown}; use {', '.join(e.value for e in options)}",
                    code="bad_rule_value",
                    field=name,
                )
            clean[name] = sorted(set(values), key=values.index)
    if clean.get("order_expiry", "") not in ("", EXPIRY_ORDER, EXPIRY_FUTURE_PART):
        raise ValidationError(
            f"order_expiry: empty, {EXPIRY_ORDER} or {EXPIRY_FUTURE_PART}",
            code="bad_rule_value",
            field="order_expiry",
        )
    for name, (low, high) in NUMBER_RANGES.items():
        if clean.get(name) is not None and not low <= clean[name] <= high:
            raise ValidationError(f"{name}: between {low} and {high}, or empty", field=name)
    return clean


def rule_settings(session: Session) -> RuleSettings:
    """The settings the rules engine reads, from the settings registry (0 months: no limit)."""
    # One read for all of them: the rules run on every check, move and intake.
    keys = [*RETENTION_MONTHS_BY_CATEGORY.values(), RC_REVIEW_ADVISED_KEY, VOICEMAIL_STORED_KEY]
    values = setting_values(session, list(dict.fromkeys(keys)))
    months = {category: int(values[key]) for category, key in RETENTION_MONTHS_BY_CATEGORY.items()}
    return RuleSettings(
        retention_months={k: v for k, v in months.items() if v},
        rc_review_advised=bool(values[RC_REVIEW_ADVISED_KEY]),
        voicemail_stored=bool(values[VOICEMAIL_STORED_KEY]),
    )


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
                catalogue_version=old.catalogue_version,
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
