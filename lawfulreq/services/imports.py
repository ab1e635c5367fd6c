"""Import service: permission, one transaction per import, an audit event with the counts."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from lawfulreq.domain.enums import ImportStatus
from lawfulreq.errors import ValidationError
from lawfulreq.importers.kinds import KINDS
from lawfulreq.importers.runner import (
    CancelCheck,
    ImportOptions,
    ImportResult,
    ProgressCallback,
    run_import,
    spec_for,
)
from lawfulreq.security.permissions import Permission
from lawfulreq.services.audit import record
from lawfulreq.services.base import Actor, Service

IMPORT_KINDS: tuple[str, ...] = tuple(KINDS)
# What the import's callers (CLI, GUI) pass and get back, from the service layer.
__all__ = ["IMPORT_KINDS", "ImportOptions", "ImportResult", "ImportService", "ImportStatus"]


class _NothingImported(Exception):  # noqa: N818 (control flow, never leaves this module)
    """Rolls the import's unit of work back: a dry run, bad rows or a cancel changed nothing."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.status)
        self.result = result


class ImportService(Service):
    def columns(self, kind: str) -> tuple[str, ...]:
        return spec_for(kind).columns

    def run(
        self,
        actor: Actor,
        kind: str,
        path: Path,
        options: ImportOptions | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportResult:
        """Import one file atomically: all of it (less skipped rows) or, on any failure, nothing."""
        actor.require(Permission.IMPORT_DATA)
        opts = options or ImportOptions()
        now = self._clock()
        try:
            with self._unit_of_work() as session:
                result = run_import(
                    session.connection(),
                    kind,
                    path,
                    opts,
                    now=now,
                    progress=progress,
                    cancelled=cancelled,
                )
                if result.status != ImportStatus.IMPORTED:
                    raise _NothingImported(result)
                self._audit(session, actor, result, opts)
                return result
        except _NothingImported as nothing:
            result = nothing.result
        except ValidationError as refused:
            # Rolled back already; the refusal of the file as a whole is recorded apart.
            self._audit_refusal(actor, kind, path, refused)
            raise
        # Attempts that changed nothing are on the record too (after the rollback).
        with self._unit_of_work() as session:
            self._audit(session, actor, result, opts)
        return result

    def _audit_refusal(self, actor: Actor, kind: str, path: Path, error: ValidationError) -> None:
        """A file refused as a whole (missing, its header, not UTF-8): on the record too."""
        with self._unit_of_work() as session:
            record(
                session,
                actor,
                "data.import_refused",
                self._clock(),
                object_type="import",
                object_id=kind,
                details={"kind": kind, "file": path.name, "code": error.code},
            )

    def _audit(
        self, session: Session, actor: Actor, result: ImportResult, opts: ImportOptions
    ) -> None:
        record(
            session,
            actor,
            "data.imported" if result.changed_database else f"data.import_{result.status}",
            self._clock(),
            object_type="import",
            object_id=result.kind,
            details={
                "kind": result.kind,
                "file": Path(result.file).name,
                "status": result.status,
                "full": opts.full,
                "skip_bad": opts.skip_bad,
                **result.counts(),
            },
        )
