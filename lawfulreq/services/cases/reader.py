"""Reading cases: the list, the count, the users to assign to, one case, its history."""

from __future__ import annotations

import builtins

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    AppUser,
    AuditEvent,
    AuthorityContact,
    CaseDocument,
    DemandCase,
)
from lawfulreq.domain.enums import CaseStatus, Role
from lawfulreq.errors import NotFoundError
from lawfulreq.rules import workflow
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit, keyset
from lawfulreq.services.authorities import (
    authority_view,
    contact_view,
    verification_views,
)
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.case_moves import load_case
from lawfulreq.services.cases.queries import (
    SORT_COLUMNS,
    apply_filter,
    count_query,
    summary_from_row,
    summary_query,
)
from lawfulreq.services.cases.views import (
    CaseDetail,
    CaseFilter,
    CaseSort,
    CaseSummary,
    DocumentContent,
    DocumentView,
    HistoryEntry,
    TargetView,
    UserChoice,
    deadline,
)
from lawfulreq.services.catalogue import basis_view
from lawfulreq.services.intake import open_target_refs


class CaseReader(Service):
    # ------------------------------------------------------------------ lists

    def list(
        self,
        actor: Actor,
        flt: CaseFilter | None = None,
        *,
        offset: int = 0,
        limit: int = 500,
        sort: CaseSort = CaseSort.RECEIVED_AT,
        descending: bool = True,
        after: keyset.Cursor | None = None,
        from_end: bool = False,
    ) -> builtins.list[CaseSummary]:
        """A page of the list: `offset` rows skipped, or the rows `after` a cursor (keyset
        paging, see `case_cursor`); `from_end`: `offset` counts from the list's end (the rows
        still come in the list's order)."""
        actor.require(Permission.READ_CASES)
        sort = CaseSort(sort)
        by_order = sort == CaseSort.RECEIVED_AT
        query = apply_filter(summary_query(), flt or CaseFilter(), by_order=by_order)
        column = SORT_COLUMNS[sort]
        direction = descending != from_end
        query = keyset.ordered(query, column, DemandCase.id, descending=direction)
        if after is not None:
            query = keyset.after(query, column, DemandCase.id, after, descending=direction)
        now = self._clock()
        with self._unit_of_work() as session:
            rows = session.execute(query.offset(offset).limit(limit)).all()
            found = [summary_from_row(tuple(r), now) for r in rows]
        return found[::-1] if from_end else found

    def count(self, actor: Actor, flt: CaseFilter | None = None) -> int:
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            return int(session.scalar(count_query(flt or CaseFilter())) or 0)

    def users(self, actor: Actor) -> builtins.list[UserChoice]:
        """Who a case can be assigned to (active FG and officers)."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            rows = session.scalars(
                select(AppUser)
                .where(
                    AppUser.active.is_(True), AppUser.role.in_([Role.FG.value, Role.OFFICER.value])
                )
                .order_by(AppUser.username)
            )
            return [UserChoice(u.id, u.username, u.display_name) for u in rows]

    def open_target_refs(
        self, actor: Actor, keys: builtins.list[tuple[str, str]], *, exclude_ref: str | None = None
    ) -> dict[tuple[str, str], builtins.list[str]]:
        """Open cases naming these (kind, normalised) targets; for the live duplicate check."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            exclude = None
            if exclude_ref:
                exclude = session.scalar(select(DemandCase.id).where(DemandCase.ref == exclude_ref))
            return open_target_refs(session, keys, exclude_case_id=exclude)

    # ------------------------------------------------------------------ detail

    def get(self, actor: Actor, ref: str, *, audit_view: bool = True) -> CaseDetail:
        """The whole case; opening it is audited (it names people)."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            case = self._load(session, ref)
            if audit_view:
                audit.record(
                    session,
                    actor,
                    "case.viewed",
                    self._clock(),
                    case_id=case.id,
                    object_type="case",
                    object_id=case.ref,
                )
            return self._detail(session, case)

    def _load(self, session: Session, ref: str, *, lock: bool = False) -> DemandCase:
        return load_case(session, ref, lock=lock)

    def _detail(self, session: Session, case: DemandCase) -> CaseDetail:
        status = CaseStatus(case.status)
        requester = session.get(AuthorityContact, case.requester_id) if case.requester_id else None
        owner = session.get(AppUser, case.owner_id) if case.owner_id else None
        docs = session.execute(
            select(CaseDocument, AppUser.username)
            .join(AppUser, AppUser.id == CaseDocument.uploaded_by)
            .where(CaseDocument.case_id == case.id)
            .order_by(CaseDocument.id)
        ).all()
        return CaseDetail(
            id=case.id,
            ref=case.ref,
            status=status,
            version=case.version,
            authority=authority_view(case.authority, with_contacts=False),
            requester=contact_view(requester) if requester else None,
            issuer_role=case.issuer_role,
            legal_basis=basis_view(case.legal_basis),
            authority_reference=case.authority_reference,
            parket_number=case.parket_number,
            channel=case.channel,
            received_at=case.received_at,
            deadline=deadline(case.due_at, status, case.hold_started_at, self._clock()),
            written_confirmation_at=case.written_confirmation_at,
            rc_authorisation_date=case.rc_authorisation_date,
            rc_judge=case.rc_judge,
            data_categories=tuple(case.data_categories),
            period_from=case.period_from,
            period_to=case.period_to,
            emergency=case.emergency,
            emergency_reason=case.emergency_reason,
            notes=case.notes,
            owner_id=case.owner_id,
            owner=owner.username if owner else "",
            paused_seconds=case.paused_seconds,
            targets=tuple(
                TargetView(t.id, t.position, t.kind, t.raw, t.normalised, t.valid, t.problem)
                for t in case.targets
            ),
            documents=tuple(
                DocumentView(
                    d.id, d.kind, d.filename, d.media_type, d.size, d.sha256, who, d.uploaded_at
                )
                for d, who in docs
            ),
            verifications=tuple(verification_views(session, case.id)),
            allowed_moves=tuple(s for s in CaseStatus if s in workflow.allowed_moves(status)),
            created_at=case.created_at,
            updated_at=case.updated_at,
            delivery=case.delivery,
            wiv_minister_date=case.wiv_minister_date,
            wiv_tib_date=case.wiv_tib_date,
            foreign_origin=case.foreign_origin,
        )

    def history(self, actor: Actor, ref: str) -> builtins.list[HistoryEntry]:
        """The case's audit events, oldest first (transitions carry their reason)."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            case = self._load(session, ref)
            events = session.scalars(
                select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id)
            )
            return [HistoryEntry(e.at, e.actor, e.action, e.reason, e.details) for e in events]

    def document(self, actor: Actor, document_id: int) -> DocumentContent:
        """A stored document's bytes; reading it is audited."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            row = session.get(CaseDocument, document_id)
            if row is None or row.case_id is None:
                raise NotFoundError(f"no document {document_id}", code="document_not_found")
            who = session.get(AppUser, row.uploaded_by)
            audit.record(
                session,
                actor,
                "case.document_opened",
                self._clock(),
                case_id=row.case_id,
                object_type="document",
                object_id=row.id,
                details={"filename": row.filename, "sha256": row.sha256},
            )
            view = DocumentView(
                row.id,
                row.kind,
                row.filename,
                row.media_type,
                row.size,
                row.sha256,
                who.username if who else "?",
                row.uploaded_at,
            )
            return DocumentContent(view, bytes(row.content))
