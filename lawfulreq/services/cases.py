"""Cases (demands): listing and reading. Intake and the workflow build on this."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, or_, select

from lawfulreq.db.models import Authority, DemandCase, LegalBasisVersion
from lawfulreq.domain.enums import OPEN_STATUSES, CaseStatus
from lawfulreq.security.permissions import Permission
from lawfulreq.services.base import Actor, Service


@dataclass(frozen=True)
class CaseSummary:
    id: int
    ref: str
    status: CaseStatus
    legal_basis: str
    authority: str
    received_at: datetime
    due_at: datetime | None
    secrecy: bool
    emergency: bool
    owner_id: int | None
    authority_reference: str


@dataclass(frozen=True)
class CaseFilter:
    statuses: frozenset[CaseStatus] = frozenset()
    open_only: bool = False
    owner_id: int | None = None
    authority_id: int | None = None
    legal_basis_code: str | None = None
    text: str = ""
    due_before: datetime | None = None
    due_from: datetime | None = None
    emergency: bool | None = None


def _summary_query() -> Select[DemandCase, str, str, bool]:
    return (
        select(
            DemandCase, Authority.name, LegalBasisVersion.code, LegalBasisVersion.secrecy_applies
        )
        .join(Authority, DemandCase.authority_id == Authority.id)
        .join(LegalBasisVersion, DemandCase.legal_basis_id == LegalBasisVersion.id)
    )


def _apply_filter(
    query: Select[DemandCase, str, str, bool], flt: CaseFilter
) -> Select[DemandCase, str, str, bool]:
    statuses = set(flt.statuses)
    if flt.open_only:
        statuses = statuses & OPEN_STATUSES if statuses else set(OPEN_STATUSES)
    if statuses:
        query = query.where(DemandCase.status.in_(sorted(s.value for s in statuses)))
    if flt.owner_id is not None:
        query = query.where(DemandCase.owner_id == flt.owner_id)
    if flt.authority_id is not None:
        query = query.where(DemandCase.authority_id == flt.authority_id)
    if flt.legal_basis_code:
        query = query.where(LegalBasisVersion.code == flt.legal_basis_code)
    if flt.due_before is not None:
        query = query.where(DemandCase.due_at < flt.due_before)
    if flt.due_from is not None:
        query = query.where(DemandCase.due_at >= flt.due_from)
    if flt.emergency is not None:
        query = query.where(DemandCase.emergency == flt.emergency)
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                DemandCase.ref.ilike(like),
                DemandCase.authority_reference.ilike(like),
                DemandCase.parket_number.ilike(like),
                Authority.name.ilike(like),
            )
        )
    return query


class CaseService(Service):
    def list(
        self,
        actor: Actor,
        flt: CaseFilter | None = None,
        *,
        offset: int = 0,
        limit: int = 500,
    ) -> list[CaseSummary]:
        actor.require(Permission.READ_CASES)
        query = _apply_filter(_summary_query(), flt or CaseFilter())
        query = query.order_by(DemandCase.received_at.desc(), DemandCase.id.desc())
        with self._unit_of_work() as session:
            rows = session.execute(query.offset(offset).limit(limit)).all()
            return [
                CaseSummary(
                    id=case.id,
                    ref=case.ref,
                    status=CaseStatus(case.status),
                    legal_basis=code,
                    authority=authority,
                    received_at=case.received_at,
                    due_at=case.due_at,
                    secrecy=secrecy,
                    emergency=case.emergency,
                    owner_id=case.owner_id,
                    authority_reference=case.authority_reference,
                )
                for case, authority, code, secrecy in rows
            ]

    def count(self, actor: Actor, flt: CaseFilter | None = None) -> int:
        actor.require(Permission.READ_CASES)
        query = _apply_filter(_summary_query(), flt or CaseFilter())
        with self._unit_of_work() as session:
            return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
