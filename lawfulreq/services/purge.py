"""`purge`: delete what retention no longer allows, in one transaction, audited.

What goes (domain.md section 4; privacy statement section 7):

- usage records that started before now minus `retention.traffic_months` calendar months
  (Europe/Amsterdam, `add_months`; 0: no limit), the same cutoff the lookups answer "no longer
  available" from, UNLESS frozen:
  * by a demand of a case that is not finished (any status but closed / rejected / withdrawn)
    naming the record's phone number, IMSI or IMEI, for the demand's period (no period: all);
  * by a preservation order: a case whose legal basis has `preservation_days` in the catalogue
    (Sv 126ni 90 days, EPOC-PR 60 + 30) and that was not rejected or withdrawn, until received
    + its maximum (extension included: whether it was extended is not recorded) has passed.
    At the end itself the freeze is over. It covers the identifiers' records of the ordered
    period, or without a period everything stored when the order arrived.
- closed cases (closed / rejected / withdrawn) whose closure (`closed_at`, else the moment of
  the move into rejected / withdrawn) lies before now minus `retention.case_file_years`, with
  everything of their file: targets, documents, transitions, acknowledgements, contact
  verifications, disclosures and items, secrecy flags and subjects, and the access-request
  decisions (`dsar_decision`) that name the case, a disclosure or a flag of it.

What stays: the case's `case_statistic` row (brought up to date first, then `case_id` set to
NULL: the published counts do not change) and the audit trail (append-only; events keep the
bare case id, never a name or number).

Decisions:
- A secrecy flag of a closed case does not stop the purge of the file: once the file is gone
  there is nothing left to tell the person, so the flag has nothing left to protect; the flag
  goes with the file.
- An access-request decision (`dsar_decision`, the AVG 23 restriction record) that points to a
  purged case is deleted with it: its `case_id` is NOT NULL in the schema, and keeping a
  restriction ground for a disclosure that no longer exists would describe nothing. The access
  request itself (`data_subject_request`, its answer document) stays, and the audit trail keeps
  that a restriction was recorded. The purge's event counts the decisions removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, false, func, not_, or_, select, update
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM
from lawfulreq.db.models import (
    CaseDocument,
    CaseStatistic,
    CaseTarget,
    CaseTransition,
    ContactVerification,
    DemandCase,
    Disclosure,
    DisclosureItem,
    DsarDecision,
    FindingAcknowledgement,
    FlagSubject,
    LegalBasisVersion,
    NonNotificationFlag,
    UsageRecord,
)
from lawfulreq.domain.enums import CaseStatus, TargetKind
from lawfulreq.domain.months import add_months
from lawfulreq.security.permissions import Permission
from lawfulreq.services.audit import record
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.settings import setting_value
from lawfulreq.services.statistics import refresh_statistics
from lawfulreq.settings_registry import RETENTION_CASE_FILE_YEARS, RETENTION_TRAFFIC_MONTHS

# The end states of the workflow (lawfulreq/rules/workflow.py): closed, and the two states a
# case can only leave for closed. A case in any other state is still being handled.
FINISHED: frozenset[CaseStatus] = frozenset(
    {CaseStatus.CLOSED, CaseStatus.REJECTED, CaseStatus.WITHDRAWN}
)
# A preservation order in these states never bound the provider.
_NOT_BINDING: frozenset[str] = frozenset({CaseStatus.REJECTED.value, CaseStatus.WITHDRAWN.value})

# The usage-record columns an identifier of a demand names.
_U = UsageRecord
_COLUMNS: dict[str, tuple[Any, ...]] = {
    TargetKind.PHONE_NUMBER.value: (_U.a_number, _U.b_number),
    TargetKind.IMSI.value: (_U.imsi,),
    TargetKind.IMEI.value: (_U.imei,),
}
# Rows per IN (...) list: well under SQLite's and PostgreSQL's parameter limits.
_CHUNK = 500


@dataclass(frozen=True)
class PurgeResult:
    """What a purge deleted (or, in a dry run, would delete) and what it kept frozen."""

    dry_run: bool
    usage_records: int
    cases: int
    documents: int
    kept_frozen: int
    # Before these moments data are past retention (None: that retention has no limit).
    usage_cutoff: datetime | None
    case_cutoff: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "usage_records": self.usage_records,
            "cases": self.cases,
            "documents": self.documents,
            "kept_frozen": self.kept_frozen,
        }


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _freezes(session: Session, now: datetime) -> list[ColumnElement[bool]]:
    """One condition per (demand, identifier) that keeps usage records from deletion."""
    preserving = LegalBasisVersion.preservation_days.is_not(None)
    rows = session.execute(
        select(
            DemandCase.id,
            DemandCase.status,
            DemandCase.received_at,
            DemandCase.period_from,
            DemandCase.period_to,
            LegalBasisVersion.preservation_days,
            LegalBasisVersion.preservation_extension_days,
        )
        .join(LegalBasisVersion, DemandCase.legal_basis_id == LegalBasisVersion.id)
        .where(
            or_(
                DemandCase.status.not_in([s.value for s in FINISHED]),
                and_(preserving, DemandCase.status.not_in(sorted(_NOT_BINDING))),
            )
        )
    ).all()
    windows: dict[int, tuple[datetime | None, datetime | None]] = {}
    for row in rows:
        open_case = row.status not in {s.value for s in FINISHED}
        lo, hi = row.period_from, row.period_to
        if row.preservation_days is not None and row.status not in _NOT_BINDING:
            days = row.preservation_days + (row.preservation_extension_days or 0)
            if now < row.received_at.astimezone(AMSTERDAM) + timedelta(days=days):
                # A preservation order covers what was stored when it arrived.
                hi = hi if hi is not None else row.received_at
                windows[row.id] = (lo, hi)
                continue
        if open_case:
            windows[row.id] = (lo, hi)
    if not windows:
        return []
    conditions: list[ColumnElement[bool]] = []
    ids = sorted(windows)
    for chunk in _chunks(ids):
        targets = session.execute(
            select(CaseTarget.case_id, CaseTarget.kind, CaseTarget.normalised).where(
                CaseTarget.case_id.in_(chunk), CaseTarget.valid.is_(True)
            )
        ).all()
        for target in targets:
            columns = _COLUMNS.get(target.kind)
            if not columns or not target.normalised:
                continue
            lo, hi = windows[target.case_id]
            # `IS NOT NULL` first: a NULL column must make the condition false, not unknown
            # (NOT unknown is unknown, and such a record would be neither deleted nor counted).
            parts: list[ColumnElement[bool]] = [
                or_(*(and_(column.is_not(None), column == target.normalised) for column in columns))
            ]
            if lo is not None:
                parts.append(_U.start_time >= lo)
            if hi is not None:
                parts.append(_U.start_time <= hi)
            conditions.append(and_(*parts))
    return conditions


def _closure_moments(session: Session) -> dict[int, datetime]:
    """When each finished case was finished: `closed_at`, else its move into that state."""
    rows = session.execute(
        select(DemandCase.id, DemandCase.status, DemandCase.closed_at, DemandCase.updated_at).where(
            DemandCase.status.in_([s.value for s in FINISHED])
        )
    ).all()
    moments: dict[int, datetime] = {}
    missing: dict[int, str] = {}
    for row in rows:
        if row.closed_at is not None:
            moments[row.id] = row.closed_at
        else:
            missing[row.id] = row.status
            moments[row.id] = row.updated_at
    for chunk in _chunks(sorted(missing)):
        moved = session.execute(
            select(CaseTransition.case_id, CaseTransition.to_status, func.max(CaseTransition.at))
            .where(CaseTransition.case_id.in_(chunk))
            .group_by(CaseTransition.case_id, CaseTransition.to_status)
        ).all()
        for case_id, to_status, at in moved:
            if at is not None and to_status == missing[case_id]:
                moments[case_id] = at
    return moments


def _count(session: Session, stmt: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


class PurgeService(Service):
    def run(self, actor: Actor, *, dry_run: bool = False) -> PurgeResult:
        """Delete (dry run: count) what retention no longer allows; FG only, one transaction."""
        actor.require(Permission.PURGE)
        now = self._clock()
        with self._unit_of_work() as session:
            traffic_months = int(setting_value(session, RETENTION_TRAFFIC_MONTHS))
            case_years = int(setting_value(session, RETENTION_CASE_FILE_YEARS))
            usage_cutoff = add_months(now, -traffic_months) if traffic_months else None
            case_cutoff = add_months(now, -12 * case_years) if case_years else None

            usage, frozen = self._usage(session, now, usage_cutoff, dry_run)
            case_ids: list[int] = []
            if case_cutoff is not None:
                case_ids = sorted(
                    case_id
                    for case_id, closed in _closure_moments(session).items()
                    if closed < case_cutoff
                )
            documents, decisions = self._cases(session, now, case_ids, dry_run)
            result = PurgeResult(
                dry_run=dry_run,
                usage_records=usage,
                cases=len(case_ids),
                documents=documents,
                kept_frozen=frozen,
                usage_cutoff=usage_cutoff,
                case_cutoff=case_cutoff,
            )
            details: dict[str, Any] = {
                **{k: v for k, v in result.as_json().items() if k != "dry_run"},
                "dsar_decisions": decisions,
                "traffic_months": traffic_months,
                "case_file_years": case_years,
                "usage_cutoff": usage_cutoff.isoformat() if usage_cutoff else None,
                "case_cutoff": case_cutoff.isoformat() if case_cutoff else None,
            }
            if not dry_run and case_ids:
                # Bare ids only: the audit trail may name a case id, never a person.
                details["case_ids"] = case_ids
            action = "purge.previewed" if dry_run else "purge.executed"
            record(session, actor, action, now, object_type="purge", details=details)
        return result

    def _usage(
        self, session: Session, now: datetime, cutoff: datetime | None, dry_run: bool
    ) -> tuple[int, int]:
        if cutoff is None:
            return 0, 0
        past = _U.start_time < cutoff
        freezes = _freezes(session, now)
        frozen_expr = or_(*freezes) if freezes else false()
        frozen = _count(session, select(_U.id).where(past, frozen_expr)) if freezes else 0
        doomed = and_(past, not_(frozen_expr)) if freezes else past
        if dry_run:
            return _count(session, select(_U.id).where(doomed)), frozen
        deleted = session.execute(
            delete(UsageRecord).where(doomed).execution_options(synchronize_session=False)
        )
        return int(deleted.rowcount or 0), frozen  # type: ignore[attr-defined]

    def _cases(
        self, session: Session, now: datetime, case_ids: list[int], dry_run: bool
    ) -> tuple[int, int]:
        """Documents and access-request decisions of the cases; deletes the files unless dry."""
        documents = decisions = 0
        if not case_ids:
            return 0, 0
        if not dry_run:
            # Every purged case's statistics row current before the case goes.
            refresh_statistics(session, now)
        for chunk in _chunks(case_ids):
            disclosure_ids = list(
                session.scalars(select(Disclosure.id).where(Disclosure.case_id.in_(chunk)))
            )
            flag_ids = list(
                session.scalars(
                    select(NonNotificationFlag.id).where(NonNotificationFlag.case_id.in_(chunk))
                )
            )
            decision_filter = or_(
                DsarDecision.case_id.in_(chunk),
                DsarDecision.disclosure_id.in_(disclosure_ids),
                DsarDecision.flag_id.in_(flag_ids),
            )
            documents += _count(
                session, select(CaseDocument.id).where(CaseDocument.case_id.in_(chunk))
            )
            if dry_run:
                decisions += _count(session, select(DsarDecision.id).where(decision_filter))
                continue
            decisions += self._delete(session, delete(DsarDecision).where(decision_filter))
            self._delete(
                session,
                delete(DisclosureItem).where(DisclosureItem.disclosure_id.in_(disclosure_ids)),
            )
            self._delete(session, delete(Disclosure).where(Disclosure.id.in_(disclosure_ids)))
            self._delete(session, delete(FlagSubject).where(FlagSubject.flag_id.in_(flag_ids)))
            self._delete(
                session, delete(NonNotificationFlag).where(NonNotificationFlag.id.in_(flag_ids))
            )
            for model in (FindingAcknowledgement, CaseTransition, ContactVerification):
                self._delete(session, delete(model).where(model.case_id.in_(chunk)))
            self._delete(session, delete(CaseDocument).where(CaseDocument.case_id.in_(chunk)))
            self._delete(session, delete(CaseTarget).where(CaseTarget.case_id.in_(chunk)))
            # What ON DELETE SET NULL does, said here too: the statistics row stays, anonymous.
            session.execute(
                update(CaseStatistic)
                .where(CaseStatistic.case_id.in_(chunk))
                .values(case_id=None)
                .execution_options(synchronize_session=False)
            )
            self._delete(session, delete(DemandCase).where(DemandCase.id.in_(chunk)))
        return documents, decisions

    @staticmethod
    def _delete(session: Session, stmt: Any) -> int:
        result = session.execute(stmt.execution_options(synchronize_session=False))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
