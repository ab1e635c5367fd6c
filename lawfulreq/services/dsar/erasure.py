"""Erasure (AVG art. 17): the plan, what blocks it (open cases, preservation), carrying it out."""

from __future__ import annotations

import builtins
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    CaseTarget,
    Customer,
    CustomerAddress,
    CustomerNameToken,
    DataSubjectRequest,
    DemandCase,
    DeviceObservation,
    Disclosure,
    DisclosureItem,
    FlagSubject,
    IpAssignment,
    LegalBasisVersion,
    NonNotificationFlag,
    NumberAssignment,
    SimCard,
    UsageRecord,
)
from lawfulreq.domain.enums import (
    OPEN_STATUSES,
    CaseStatus,
    DsarStatus,
)
from lawfulreq.errors import ConflictError, ValidationError
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor
from lawfulreq.services.dsar.inputs import PRESERVATION_BASES, PRESERVATION_DAYS
from lawfulreq.services.dsar.recipients import customer_identifiers
from lawfulreq.services.dsar.requests import DsarRequests
from lawfulreq.services.dsar.views import ErasurePlan


class DsarErasure(DsarRequests):
    # ------------------------------------------------------------------ erasure

    def erasure_plan(self, actor: Actor, key: str | int) -> ErasurePlan:
        actor.require(Permission.HANDLE_DSAR)
        with self._unit_of_work() as session:
            row = self._get(session, key)
            return self._plan(session, row, self._customer(session, row))

    def erase(self, actor: Actor, key: str | int, *, confirm: bool) -> ErasurePlan:
        """Carry out the plan once confirmed; refused while a blocking reason stands."""
        actor.require(Permission.HANDLE_DSAR)
        now = self._clock()
        with self._unit_of_work() as session:
            row = self._get(session, key)
            if row.kind != "erasure":
                raise ConflictError("this is not an erasure request", code="not_erasure")
            customer = self._customer(session, row)
            plan = self._plan(session, row, customer)
            if plan.blocked:
                audit.record(
                    session,
                    actor,
                    "dsar.erasure_refused",
                    now,
                    object_type="dsar",
                    object_id=row.ref,
                    details={"reasons": list(plan.reasons)},
                )
                return plan
            if not confirm:
                raise ValidationError(
                    "erasure needs an explicit confirmation", code="confirmation_required"
                )
            self._erase(session, customer)
            row.erased_at = now
            row.status = DsarStatus.ANSWERED.value
            row.answered_at = now
            row.answered_by = actor.user_id
            audit.record(
                session,
                actor,
                "dsar.erased",
                now,
                object_type="dsar",
                object_id=row.ref,
                details={k: n for k, n in plan.items},
            )
            return ErasurePlan(plan.request_ref, False, (), plan.items, executed=True)

    # ------------------------------------------------------------------ helpers

    def _plan(self, session: Session, row: DataSubjectRequest, customer: Customer) -> ErasurePlan:
        now = self._clock()
        reasons: builtins.list[str] = []
        cases = self._cases_about(session, customer.id)
        for case, group in cases:
            preserving = (
                group in PRESERVATION_BASES
                and case.status not in (CaseStatus.REJECTED.value, CaseStatus.WITHDRAWN.value)
                and now < case.received_at + timedelta(days=PRESERVATION_DAYS)
            )
            if preserving:
                reasons.append(f"preservation_order:{case.ref}")
            elif CaseStatus(case.status) in OPEN_STATUSES:
                reasons.append(f"open_case:{case.ref}")
        keys = self._own_keys(session, customer.id)
        items = (
            ("contact_data", 1),
            ("addresses", self._count(session, CustomerAddress, customer.id)),
            ("numbers", len(keys["numbers"])),
            ("sim_cards", self._count(session, SimCard, customer.id)),
            ("ip_assignments", self._count(session, IpAssignment, customer.id)),
            ("usage_records", int(session.scalar(self._usage_count(keys)) or 0)),
        )
        return ErasurePlan(row.ref, bool(reasons), tuple(reasons), items)

    @staticmethod
    def _count(session: Session, model: Any, customer_id: int) -> int:
        return int(
            session.scalar(
                select(func.count()).select_from(model).where(model.customer_id == customer_id)
            )
            or 0
        )

    @staticmethod
    def _own_keys(session: Session, customer_id: int) -> dict[str, builtins.list[str]]:
        numbers = session.scalars(
            select(NumberAssignment.number).where(NumberAssignment.customer_id == customer_id)
        ).all()
        imsis = session.scalars(select(SimCard.imsi).where(SimCard.customer_id == customer_id))
        return {"numbers": sorted(set(numbers)), "imsis": sorted(set(imsis))}

    @staticmethod
    def _usage_filter(keys: dict[str, builtins.list[str]]) -> Any:
        return or_(
            UsageRecord.a_number.in_(keys["numbers"] or [""]),
            UsageRecord.imsi.in_(keys["imsis"] or [""]),
        )

    def _usage_count(self, keys: dict[str, builtins.list[str]]) -> Any:
        return select(func.count()).select_from(UsageRecord).where(self._usage_filter(keys))

    def _cases_about(
        self, session: Session, customer_id: int
    ) -> builtins.list[tuple[DemandCase, str]]:
        """Cases whose targets, disclosure items or flags concern the customer."""
        keys = customer_identifiers(session, customer_id)
        by_target = select(CaseTarget.case_id).where(
            CaseTarget.normalised.in_(sorted(keys) or [""])
        )
        by_item = (
            select(Disclosure.case_id)
            .join(DisclosureItem, DisclosureItem.disclosure_id == Disclosure.id)
            .where(DisclosureItem.customer_id == customer_id)
        )
        by_flag = (
            select(NonNotificationFlag.case_id)
            .join(FlagSubject, FlagSubject.flag_id == NonNotificationFlag.id)
            .where(FlagSubject.customer_id == customer_id)
        )
        rows = session.execute(
            select(DemandCase, LegalBasisVersion.group)
            .join(LegalBasisVersion, LegalBasisVersion.id == DemandCase.legal_basis_id)
            .where(
                or_(
                    DemandCase.id.in_(by_target),
                    DemandCase.id.in_(by_item),
                    DemandCase.id.in_(by_flag),
                )
            )
            .order_by(DemandCase.id)
        ).all()
        return [(c, g) for c, g in rows]

    def _erase(self, session: Session, customer: Customer) -> None:
        keys = self._own_keys(session, customer.id)
        session.execute(delete(UsageRecord).where(self._usage_filter(keys)))
        session.execute(
            delete(DeviceObservation).where(DeviceObservation.imsi.in_(keys["imsis"] or [""]))
        )
        for model in (CustomerAddress, SimCard, IpAssignment, NumberAssignment, CustomerNameToken):
            session.execute(delete(model).where(model.customer_id == customer.id))
        # The row itself stays (disclosures and requests refer to it), emptied of contact data.
        customer.name = "[gewist]"
        customer.name_key = ""
        customer.email = None
        customer.iban = None
        customer.kvk = None
