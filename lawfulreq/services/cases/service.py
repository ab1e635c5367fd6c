"""The case service: reading, findings and the workflow, plus assignment and other edits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from lawfulreq.db.models import (
    AppUser,
    AuthorityContact,
    ContactVerification,
)
from lawfulreq.domain.enums import DocumentKind, Role
from lawfulreq.domain.identifiers import mask_bsn
from lawfulreq.errors import ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.authorities import (
    VerificationView,
    check_verification,
    verification_method,
)
from lawfulreq.services.base import Actor
from lawfulreq.services.cases.views import CaseDetail
from lawfulreq.services.cases.workflow import CaseWorkflow
from lawfulreq.services.intake import DocumentInput, store_document


class CaseService(CaseWorkflow):
    # ------------------------------------------------------------------ edits

    def assign(
        self,
        actor: Actor,
        ref: str,
        username: str | None,
        *,
        expected_version: int | None = None,
    ) -> CaseDetail:
        """Give the case an owner (None: nobody)."""
        actor.require(Permission.EDIT_CASES)
        now = self._clock()
        with self._unit_of_work() as session:
            case = self._load(session, ref, lock=True)
            self._check_version(session, case, expected_version)
            owner: AppUser | None = None
            if username:
                owner = session.scalar(
                    select(AppUser).where(AppUser.username == username.strip().lower())
                )
                if owner is None or not owner.active or owner.role == Role.AUDITOR.value:
                    raise ValidationError(
                        f"user: '{username}' is not an active FG or officer account",
                        code="bad_owner",
                        field="user",
                    )
            previous = session.get(AppUser, case.owner_id) if case.owner_id else None
            before = previous.username if previous else None
            case.owner_id = owner.id if owner else None
            case.updated_at, case.updated_by = now, actor.username
            session.flush()
            audit.record(
                session,
                actor,
                "case.assigned",
                now,
                case_id=case.id,
                object_type="case",
                object_id=case.ref,
                details={"from": before, "to": owner.username if owner else None},
            )
            return self._detail(session, case)

    def update_notes(
        self, actor: Actor, ref: str, notes: str, *, expected_version: int | None = None
    ) -> CaseDetail:
        actor.require(Permission.EDIT_CASES)
        masked, count = mask_bsn(notes)
        now = self._clock()
        with self._unit_of_work() as session:
            case = self._load(session, ref, lock=True)
            self._check_version(session, case, expected_version)
            case.notes = masked
            case.updated_at, case.updated_by = now, actor.username
            session.flush()
            audit.record(
                session,
                actor,
                "case.notes_changed",
                now,
                case_id=case.id,
                object_type="case",
                object_id=case.ref,
                details={"bsn_masked": count},
            )
            return self._detail(session, case)

    def record_written_confirmation(
        self,
        actor: Actor,
        ref: str,
        at: datetime,
        *,
        document: DocumentInput | None = None,
        expected_version: int | None = None,
    ) -> CaseDetail:
        """The written confirmation of an oral demand arrived."""
        actor.require(Permission.EDIT_CASES)
        now = self._clock()
        with self._unit_of_work() as session:
            case = self._load(session, ref, lock=True)
            self._check_version(session, case, expected_version)
            if at < case.received_at:
                raise ValidationError(
                    "written_confirmation_at: before the demand was received", field="at"
                )
            case.written_confirmation_at = at
            case.updated_at, case.updated_by = now, actor.username
            session.flush()
            if document is not None:
                store_document(
                    session,
                    actor,
                    case.id,
                    document,
                    kind=DocumentKind.WRITTEN_CONFIRMATION,
                    now=now,
                )
            audit.record(
                session,
                actor,
                "case.written_confirmation",
                now,
                case_id=case.id,
                object_type="case",
                object_id=case.ref,
                details={"at": at.isoformat()},
            )
            return self._detail(session, case)

    def verify_requester(
        self, actor: Actor, ref: str, method: str, details: str = ""
    ) -> VerificationView:
        """Record how the requester's identity was checked (the register backs the method)."""
        actor.require(Permission.EDIT_CASES)
        kind = verification_method(method)
        now = self._clock()
        with self._unit_of_work() as session:
            case = self._load(session, ref)
            contact = (
                session.get(AuthorityContact, case.requester_id) if case.requester_id else None
            )
            if contact is None:
                raise ValidationError(
                    f"case {case.ref} has no requester to verify", field="requester"
                )
            check_verification(contact, kind)
            row = ContactVerification(
                contact_id=contact.id,
                case_id=case.id,
                method=kind.value,
                details=mask_bsn(details)[0],
                verified_by=actor.user_id,
                verified_at=now,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor,
                "case.requester_verified",
                now,
                case_id=case.id,
                object_type="authority_contact",
                object_id=contact.id,
                details={"method": kind.value},
            )
            return VerificationView(
                row.id, contact.id, case.id, kind, row.details, actor.username, now
            )
