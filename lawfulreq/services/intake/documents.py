"""A document stored with a case, audited."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    CaseDocument,
)
from lawfulreq.domain.enums import (
    DocumentKind,
)
from lawfulreq.services import audit
from lawfulreq.services.base import Actor
from lawfulreq.services.intake.inputs import DocumentInput


def store_report(
    session: Session,
    actor: Actor,
    case_id: int | None,
    *,
    filename: str,
    pdf: bytes,
    now: datetime,
) -> CaseDocument:
    """A signed PDF the app made (a case's report, an access request's answer: `case_id`
    None), stored as a report document; the caller records its own audit event."""
    row = CaseDocument(
        case_id=case_id,
        kind=DocumentKind.REPORT.value,
        filename=filename,
        media_type="application/pdf",
        size=len(pdf),
        sha256=hashlib.sha256(pdf).hexdigest(),
        content=pdf,
        uploaded_by=actor.user_id,
        uploaded_at=now,
    )
    session.add(row)
    session.flush()
    return row


def store_document(
    session: Session,
    actor: Actor,
    case_id: int,
    document: DocumentInput,
    *,
    kind: DocumentKind,
    now: datetime,
) -> CaseDocument:
    row = CaseDocument(
        case_id=case_id,
        kind=kind.value,
        filename=document.filename.strip()[:255],
        media_type=document.media_type or "application/octet-stream",
        size=len(document.content),
        sha256=hashlib.sha256(document.content).hexdigest(),
        content=document.content,
        uploaded_by=actor.user_id,
        uploaded_at=now,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "case.document_added",
        now,
        case_id=case_id,
        object_type="document",
        object_id=row.id,
        details={"filename": row.filename, "sha256": row.sha256, "size": row.size, "kind": kind},
    )
    return row
