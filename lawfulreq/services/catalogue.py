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
from lawfulreq.paths import resources_dir
from lawfulreq.services.base import Service

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

    @property
    def label(self) -> str:
        return f"{self.law} {self.article}"


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
