"""The case list's statements: one summary query, its filter and sort, and the count."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from lawfulreq.db.models import (
    AppUser,
    Authority,
    DemandCase,
    LegalBasisVersion,
)
from lawfulreq.domain.enums import OPEN_STATUSES, CaseStatus
from lawfulreq.services.cases.views import CaseFilter, CaseSort, CaseSummary, deadline

_OWNER = aliased(AppUser)

SORT_COLUMNS: dict[CaseSort, Any] = {
    CaseSort.REF: DemandCase.ref,
    CaseSort.STATUS: DemandCase.status,
    CaseSort.LEGAL_BASIS: LegalBasisVersion.code,
    CaseSort.AUTHORITY: Authority.name,
    CaseSort.RECEIVED_AT: DemandCase.received_at,
    CaseSort.DUE_AT: DemandCase.due_at,
    CaseSort.OWNER: _OWNER.username,
}

SummaryRow = tuple[Any, ...]


def summary_query() -> Any:
    return (
        select(
            DemandCase.id,
            DemandCase.ref,
            DemandCase.status,
            LegalBasisVersion.code,
            Authority.name,
            DemandCase.received_at,
            DemandCase.due_at,
            LegalBasisVersion.secrecy_applies,
            DemandCase.emergency,
            DemandCase.owner_id,
            DemandCase.authority_reference,
            _OWNER.username,
            DemandCase.hold_started_at,
        )
        .join(Authority, DemandCase.authority_id == Authority.id)
        .join(LegalBasisVersion, DemandCase.legal_basis_id == LegalBasisVersion.id)
        .outerjoin(_OWNER, DemandCase.owner_id == _OWNER.id)
    )


def apply_filter(query: Select[Any], flt: CaseFilter) -> Select[Any]:
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


def count_query(flt: CaseFilter) -> Select[Any]:
    """Joins only what the filter needs, so counting 100,000 cases stays cheap."""
    query = select(func.count(DemandCase.id))
    if flt.text.strip():
        query = query.join(Authority, DemandCase.authority_id == Authority.id)
    if flt.legal_basis_code:
        query = query.join(LegalBasisVersion, DemandCase.legal_basis_id == LegalBasisVersion.id)
    return apply_filter(query, flt)


def summary_from_row(row: SummaryRow, now: datetime) -> CaseSummary:
    status = CaseStatus(row[2])
    return CaseSummary(
        id=row[0],
        ref=row[1],
        status=status,
        legal_basis=row[3],
        authority=row[4],
        received_at=row[5],
        due_at=row[6],
        secrecy=row[7],
        emergency=row[8],
        owner_id=row[9],
        authority_reference=row[10],
        owner=row[11] or "",
        deadline=deadline(row[6], status, row[12], now),
    )
