"""Disclosures: items from lookups, a decision per item, four-eyes approval, delivery."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    AppUser,
    CaseTarget,
    DemandCase,
    Disclosure,
    DisclosureItem,
)
from lawfulreq.domain.enums import CaseStatus, DataCategory, DisclosureStatus
from lawfulreq.errors import ConflictError, NotFoundError, ValidationError
from lawfulreq.reports.notation import dutch_number
from lawfulreq.rules import workflow
from lawfulreq.security.permissions import Permission
from lawfulreq.services import audit
from lawfulreq.services.base import Actor, Service
from lawfulreq.services.case_moves import load_case, record_move
from lawfulreq.services.disclosure_rules import lookup_refusal, open_disclosure, require_approver
from lawfulreq.services.lookup import LookupResult, SubscriberMatch


class Decision(StrEnum):
    """The contract's decision names (`disclosure decide REF ITEM DECISION`)."""

    PRODUCE = "produce"
    WITHHOLD = "withhold"
    NOT_AVAILABLE = "not_available"


class DeliveryChannel(StrEnum):
    SECURE_EMAIL = "secure_email"
    PORTAL = "portal"
    COURIER = "courier"
    IN_PERSON = "in_person"
    ELECTRONIC = "electronic"


# Undecided items store "". The older names (demo data, LookupService.add_to_case) read as
# the contract's: "deliver" as produce, "withheld"/"refused" as withhold.
_STORED_AS = {
    "": None,
    "deliver": Decision.PRODUCE,
    Decision.PRODUCE.value: Decision.PRODUCE,
    Decision.WITHHOLD.value: Decision.WITHHOLD,
    "withheld": Decision.WITHHOLD,
    "refused": Decision.WITHHOLD,
    Decision.NOT_AVAILABLE.value: Decision.NOT_AVAILABLE,
}


def stored_decision(value: str) -> Decision | None:
    return _STORED_AS.get(value)


@dataclass(frozen=True)
class ItemView:
    """One item as `disclosure show` lists it; `item` is its number there (1, 2, ...)."""

    item: int
    id: int
    target: str
    category: str
    decision: Decision | None
    reason: str
    summary: str
    valid_from: datetime | None
    valid_to: datetime | None
    added_by: str
    decided_by: str
    decided_at: datetime | None
    data: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "target": self.target,
            "category": self.category,
            "decision": self.decision.value if self.decision else None,
            "reason": self.reason,
            "summary": self.summary,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "decided_by": self.decided_by or None,
        }


@dataclass(frozen=True)
class DisclosureView:
    id: int
    ref: str
    case_status: CaseStatus
    state: DisclosureStatus
    legal_basis: str
    allowed_categories: tuple[str, ...]
    needs_fg_review: bool
    prepared_by: str
    prepared_at: datetime | None
    approved_by: str
    approved_at: datetime | None
    delivered_at: datetime | None
    delivery_channel: str
    delivered_to: str
    report_document_id: int | None
    items: tuple[ItemView, ...]

    @property
    def undecided(self) -> int:
        return sum(1 for i in self.items if i.decision is None)

    def as_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "state": self.state.value,
            "prepared_by": self.prepared_by or None,
            "approved_by": self.approved_by or None,
            "prepared_at": self.prepared_at,
            "approved_at": self.approved_at,
            "delivered_at": self.delivered_at,
            "delivery_channel": self.delivery_channel or None,
            "delivered_to": self.delivered_to or None,
            "items": [i.as_json() for i in self.items],
        }


@dataclass(frozen=True)
class DisclosureSummary:
    """A row of the Disclosures section."""

    ref: str
    state: DisclosureStatus
    case_status: CaseStatus
    legal_basis: str
    authority: str
    items: int
    undecided: int
    prepared_by: str
    approved_by: str
    delivered_at: datetime | None
    due_at: datetime | None


def summary_of(category: str, data: dict[str, Any], reason: str) -> str:
    """One line saying what an item holds (no more than the item's own data)."""
    if "match" in data:
        m = data["match"]
        address = " ".join(
            p
            for p in (
                f"{m.get('street', '')} {m.get('house_number', '')}"
                f"{m.get('house_number_suffix', '')}".strip(),
                f"{m.get('postcode', '')} {m.get('town', '')}".strip(),
            )
            if p
        )
        number = dutch_number(m.get("number")) if m.get("number") else ""
        return ", ".join(
            p for p in (f"{m.get('name', '')} ({m.get('customer_id', '')})", address, number) if p
        )
    if "usage" in data:
        return f"{len(data['usage'])} usage records"
    if "not_available" in data:
        return reason
    return category


def _window(data: dict[str, Any], item: DisclosureItem) -> tuple[datetime | None, datetime | None]:
    match = data.get("match")
    if isinstance(match, dict):
        return _parse(match.get("overlap_from") or match.get("valid_from")), _parse(
            match.get("overlap_to") or match.get("valid_to")
        )
    return item.period_from, item.period_to


def _parse(value: Any) -> datetime | None:
    if isinstance(value, str) and value:
        return datetime.fromisoformat(value)
    return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value, StrEnum):
        return value.value
    return value


class DisclosureService(Service):
    # ------------------------------------------------------------------ reading

    def list(
        self, actor: Actor, *, state: DisclosureStatus | None = None, text: str = ""
    ) -> builtins.list[DisclosureSummary]:
        """Every case's current disclosure, newest first; filter by state and reference text."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            query = (
                select(Disclosure, DemandCase)
                .join(DemandCase, DemandCase.id == Disclosure.case_id)
                .where(Disclosure.status != DisclosureStatus.CANCELLED.value)
                .order_by(Disclosure.created_at.desc(), Disclosure.id.desc())
            )
            if state is not None:
                query = query.where(Disclosure.status == state.value)
            if text.strip():
                query = query.where(DemandCase.ref.contains(text.strip().upper()))
            names = _usernames(session)
            out = []
            for disclosure, case in session.execute(query).all():
                decisions = [stored_decision(i.decision) for i in disclosure.items]
                out.append(
                    DisclosureSummary(
                        ref=case.ref,
                        state=DisclosureStatus(disclosure.status),
                        case_status=CaseStatus(case.status),
                        legal_basis=f"{case.legal_basis.law} {case.legal_basis.article}",
                        authority=case.authority.name,
                        items=len(decisions),
                        undecided=sum(1 for d in decisions if d is None),
                        prepared_by=names.get(disclosure.prepared_by or 0, ""),
                        approved_by=names.get(disclosure.approved_by or 0, ""),
                        delivered_at=disclosure.delivered_at,
                        due_at=case.due_at,
                    )
                )
            return out

    def show(self, actor: Actor, ref: str, *, audit_view: bool = True) -> DisclosureView:
        """The case's disclosure with its items; reading it is audited (it names people)."""
        actor.require(Permission.READ_CASES)
        with self._unit_of_work() as session:
            case = load_case(session, ref)
            disclosure = _disclosure(session, case)
            if audit_view:
                audit.record(
                    session,
                    actor,
                    "disclosure.viewed",
                    self._clock(),
                    case_id=case.id,
                    object_type="disclosure",
                    object_id=disclosure.id,
                )
            return _view(session, case, disclosure)

    # ------------------------------------------------------------------ collecting

    def add_from_lookup(
        self,
        actor: Actor,
        case_ref: str,
        result: LookupResult,
        matches: Iterable[SubscriberMatch] | None = None,
    ) -> builtins.list[int]:
        """Add a lookup's results as items to decide; returns the new items' numbers.

        One item per matched holder (subscriber data, with its validity window), one for the
        usage records found, one "not available" for the part of the period beyond retention.
        """
        actor.require(Permission.PREPARE_DISCLOSURE)
        if result.case_ref.strip().upper() != case_ref.strip().upper():
            raise ValidationError(
                f"this result was looked up for case {result.case_ref}, not {case_ref}",
                code="other_case",
            )
        chosen = tuple(result.matches if matches is None else matches)
        now = self._clock()
        with self._unit_of_work() as session:
            case = load_case(session, case_ref, lock=True)
            why = lookup_refusal(session, case, now)
            if why is not None:
                raise ConflictError(why, code="case_not_ready", ref=case.ref)
            disclosure = open_disclosure(session, case.id)
            if disclosure is not None and disclosure.status not in (
                DisclosureStatus.DRAFT.value,
                DisclosureStatus.PREPARED.value,
            ):
                raise ConflictError(
                    f"the disclosure of case {case.ref} is {disclosure.status}: "
                    "no items can be added any more",
                    code="disclosure_locked",
                    ref=case.ref,
                )
            if disclosure is None:
                disclosure = Disclosure(
                    case_id=case.id, status=DisclosureStatus.DRAFT.value, created_at=now
                )
                session.add(disclosure)
                session.flush()
            target_id = session.scalar(
                select(CaseTarget.id).where(
                    CaseTarget.case_id == case.id,
                    CaseTarget.kind == result.query.kind.value,
                    CaseTarget.normalised == result.query.normalised,
                )
            )
            base = {"query": result.query.as_json(), "at": _jsonable(result.at)}
            new: builtins.list[DisclosureItem] = []

            def add(
                category: DataCategory, data: dict[str, Any], decision: str = "", **extra: Any
            ) -> None:
                if decision:
                    extra |= {"decided_by": actor.user_id, "decided_at": now}
                new.append(
                    DisclosureItem(
                        disclosure_id=disclosure.id,
                        target_id=target_id,
                        target_text=result.query.text[:200],
                        category=category.value,
                        decision=decision,
                        period_from=result.period_from,
                        period_to=result.period_to,
                        added_by=actor.user_id,
                        added_at=now,
                        data=_jsonable(base | data),
                        **extra,
                    )
                )

            if result.usage_requested:
                if result.usage:
                    add(DataCategory.TRAFFIC, {"usage": [asdict(u) for u in result.usage]})
                if result.not_available is not None:
                    na = result.not_available
                    # Beyond retention is a fact, not a choice: it comes decided, with its rule.
                    add(
                        DataCategory.TRAFFIC,
                        {"not_available": asdict(na)},
                        Decision.NOT_AVAILABLE.value,
                        reason=na.rule,
                    )
            else:
                for match in chosen:
                    add(
                        DataCategory.SUBSCRIBER,
                        {"match": match.as_json()},
                        customer_id=match.customer_key,
                    )
            if not new:
                raise ValidationError(
                    "nothing to add: the lookup found nothing", code="nothing_to_add"
                )
            session.add_all(new)
            if disclosure.status == DisclosureStatus.PREPARED.value:
                # New undecided items: the disclosure is a draft again, prepared anew later.
                disclosure.status = DisclosureStatus.DRAFT.value
                disclosure.prepared_by = None
                disclosure.prepared_at = None
            session.flush()
            numbers = _numbers(session, disclosure)
            added = [numbers[row.id] for row in new]
            audit.record(
                session,
                actor,
                "disclosure.item_added",
                now,
                case_id=case.id,
                object_type="disclosure",
                object_id=disclosure.id,
                details={
                    "query": result.query.normalised,
                    "kind": result.query.kind.value,
                    "items": added,
                    "usage": result.usage_requested,
                },
            )
            return added

    # ------------------------------------------------------------------ deciding

    def decide(
        self,
        actor: Actor,
        ref: str,
        items: int | str | Sequence[int],
        decision: Decision | str,
        *,
        reason: str = "",
    ) -> DisclosureView:
        """Decide one item (by number), several, or "all"; withhold/not_available need a reason.

        Data outside what the case's legal basis allows can never be produced. When no item is
        left undecided, the disclosure is prepared, by whoever made the last decision.
        """
        actor.require(Permission.PREPARE_DISCLOSURE)
        try:
            chosen_decision = Decision(decision)
        except ValueError as exc:
            raise ValidationError(
                f"decision: '{decision}' is not one of produce, withhold, not_available",
                code="bad_decision",
                field="decision",
            ) from exc
        reason = reason.strip()
        if chosen_decision is not Decision.PRODUCE and not reason:
            raise ValidationError(
                f"reason: {chosen_decision.value} needs a reason",
                code="reason_required",
                field="reason",
            )
        now = self._clock()
        with self._unit_of_work() as session:
            case = load_case(session, ref, lock=True)
            disclosure = _disclosure(session, case)
            if disclosure.status not in (
                DisclosureStatus.DRAFT.value,
                DisclosureStatus.PREPARED.value,
            ):
                raise ConflictError(
                    f"the disclosure of case {case.ref} is {disclosure.status}: "
                    "its decisions can no longer change",
                    code="disclosure_locked",
                    ref=case.ref,
                )
            rows = _ordered_items(session, disclosure)
            selected = _select(rows, items)
            allowed = set(case.legal_basis.allowed_categories)
            if chosen_decision is Decision.PRODUCE and isinstance(items, str) and len(rows) > 1:
                # "all": what records unavailable data keeps its not_available decision.
                selected = [(n, r) for n, r in selected if "not_available" not in r.data]
            if chosen_decision is Decision.PRODUCE:
                for number, row in selected:
                    if row.category not in allowed:
                        raise ValidationError(
                            f"item {number}: {case.legal_basis.law} {case.legal_basis.article} "
                            f"does not allow {row.category} data: it cannot be produced",
                            code="data_not_allowed",
                            item=number,
                            category=row.category,
                        )
                    if "not_available" in row.data:
                        raise ValidationError(
                            f"item {number} records data that is not available: "
                            "it cannot be produced",
                            code="nothing_to_produce",
                            item=number,
                        )
            for _number, row in selected:
                row.decision = chosen_decision.value
                row.reason = "" if chosen_decision is Decision.PRODUCE else reason
                row.decided_by = actor.user_id
                row.decided_at = now
            session.flush()
            audit.record(
                session,
                actor,
                "disclosure.decided",
                now,
                case_id=case.id,
                object_type="disclosure",
                object_id=disclosure.id,
                reason=reason,
                details={
                    "items": [n for n, _ in selected],
                    "decision": chosen_decision.value,
                },
            )
            if all(stored_decision(r.decision) is not None for r in rows):
                if disclosure.status != DisclosureStatus.PREPARED.value or (
                    disclosure.prepared_by != actor.user_id
                ):
                    disclosure.status = DisclosureStatus.PREPARED.value
                    disclosure.prepared_by = actor.user_id
                    disclosure.prepared_at = now
                    audit.record(
                        session,
                        actor,
                        "disclosure.prepared",
                        now,
                        case_id=case.id,
                        object_type="disclosure",
                        object_id=disclosure.id,
                        details={"items": len(rows)},
                    )
            elif disclosure.status == DisclosureStatus.PREPARED.value:
                disclosure.status = DisclosureStatus.DRAFT.value
            session.flush()
            return _view(session, case, disclosure)

    # ------------------------------------------------------------------ four eyes

    def approve(self, actor: Actor, ref: str) -> DisclosureView:
        """The second pair of eyes: approve the prepared disclosure; the case moves to approved.

        Refused for whoever prepared it, added an item or decided one; for a basis marked "FG
        review" only the FG approves; the case must be free of errors and open warnings.
        """
        actor.require(Permission.APPROVE_DISCLOSURE)
        now = self._clock()
        with self._unit_of_work() as session:
            case = load_case(session, ref, lock=True)
            disclosure = _disclosure(session, case)
            require_approver(session, disclosure, actor)
            from_status = CaseStatus(case.status)
            if not workflow.is_allowed(from_status, CaseStatus.APPROVED):
                raise ConflictError(
                    f"case {case.ref} is {from_status.value}: only a case under review "
                    "can be approved",
                    code="transition_not_allowed",
                    ref=case.ref,
                )
            _require_clean(session, case, actor, now)
            disclosure.status = DisclosureStatus.APPROVED.value
            disclosure.approved_by = actor.user_id
            disclosure.approved_at = now
            _transition(
                session,
                actor,
                case,
                CaseStatus.APPROVED,
                now,
                reason="verstrekking goedgekeurd",
            )
            audit.record(
                session,
                actor,
                "disclosure.approved",
                now,
                case_id=case.id,
                object_type="disclosure",
                object_id=disclosure.id,
                details={"prepared_by": disclosure.prepared_by},
            )
            session.flush()
            return _view(session, case, disclosure)

    # ------------------------------------------------------------------ delivery

    def deliver(
        self,
        actor: Actor,
        ref: str,
        *,
        channel: DeliveryChannel | str,
        to: str,
        at: datetime | None = None,
    ) -> DisclosureView:
        """Record the delivery of the approved, signed report; the case moves to disclosed."""
        actor.require(Permission.PREPARE_DISCLOSURE)
        try:
            chosen = DeliveryChannel(channel)
        except ValueError as exc:
            raise ValidationError(
                f"channel: '{channel}' is not one of {', '.join(c.value for c in DeliveryChannel)}",
                code="bad_channel",
                field="channel",
            ) from exc
        recipient = to.strip()
        if not recipient:
            raise ValidationError(
                "to: say to whom it was delivered", code="to_required", field="to"
            )
        now = self._clock()
        when = at or now
        if when > now:
            raise ValidationError(
                "at: a delivery cannot be recorded in the future", code="future_delivery"
            )
        with self._unit_of_work() as session:
            case = load_case(session, ref, lock=True)
            disclosure = _disclosure(session, case)
            if disclosure.status != DisclosureStatus.APPROVED.value:
                raise ConflictError(
                    f"the disclosure of case {case.ref} is {disclosure.status}: "
                    "only an approved disclosure can be delivered",
                    code="not_approved",
                    ref=case.ref,
                )
            if disclosure.report_document_id is None:
                raise ConflictError(
                    f"case {case.ref}: sign the report (lawfulreq report) before recording "
                    "its delivery",
                    code="report_missing",
                    ref=case.ref,
                )
            if case.status != CaseStatus.APPROVED.value:
                raise ConflictError(
                    f"case {case.ref} is {case.status}, not approved",
                    code="transition_not_allowed",
                    ref=case.ref,
                )
            disclosure.status = DisclosureStatus.DELIVERED.value
            disclosure.delivered_at = when
            disclosure.delivery_channel = chosen.value
            disclosure.delivered_to = recipient[:500]
            disclosure.delivered_by = actor.user_id
            _transition(
                session, actor, case, CaseStatus.DISCLOSED, now, reason=f"verstrekt aan {recipient}"
            )
            audit.record(
                session,
                actor,
                "disclosure.delivered",
                now,
                case_id=case.id,
                object_type="disclosure",
                object_id=disclosure.id,
                details={
                    "channel": chosen.value,
                    "to": recipient,
                    "at": when.isoformat(),
                    "report_document_id": disclosure.report_document_id,
                },
            )
            session.flush()
            return _view(session, case, disclosure)


# --------------------------------------------------------------------------- helpers


def _usernames(session: Session) -> dict[int, str]:
    return {uid: name for uid, name in session.execute(select(AppUser.id, AppUser.username))}


def _disclosure(session: Session, case: DemandCase) -> Disclosure:
    disclosure = open_disclosure(session, case.id)
    if disclosure is None:
        raise NotFoundError(
            f"case {case.ref} has no disclosure yet: add items with lookup … --case "
            f"{case.ref} --add",
            code="disclosure_not_found",
            ref=case.ref,
        )
    return disclosure


def _ordered_items(session: Session, disclosure: Disclosure) -> builtins.list[DisclosureItem]:
    return list(
        session.scalars(
            select(DisclosureItem)
            .where(DisclosureItem.disclosure_id == disclosure.id)
            .order_by(DisclosureItem.id)
        )
    )


def _numbers(session: Session, disclosure: Disclosure) -> dict[int, int]:
    return {row.id: n for n, row in enumerate(_ordered_items(session, disclosure), start=1)}


def _select(
    rows: builtins.list[DisclosureItem], items: int | str | Sequence[int]
) -> builtins.list[tuple[int, DisclosureItem]]:
    numbered = list(enumerate(rows, start=1))
    if not numbered:
        raise ValidationError("the disclosure has no items", code="no_items")
    if isinstance(items, str):
        if items.strip().lower() == "all":
            return numbered
        try:
            wanted: builtins.list[int] = [int(items)]
        except ValueError as exc:
            raise ValidationError(
                f"item: '{items}' is neither an item number nor 'all'",
                code="bad_item",
                field="item",
            ) from exc
    elif isinstance(items, int):
        wanted = [items]
    else:
        wanted = list(items)
    chosen = []
    for number in dict.fromkeys(wanted):
        if not 1 <= number <= len(rows):
            raise NotFoundError(
                f"item {number}: the disclosure has items 1 to {len(rows)}",
                code="item_not_found",
                item=number,
            )
        chosen.append(numbered[number - 1])
    return chosen


def target_text(session: Session, row: DisclosureItem) -> str:
    if row.target_id is not None:
        target = session.get(CaseTarget, row.target_id)
        if target is not None:
            return target.raw
    if row.target_text:
        return row.target_text
    query = row.data.get("query") if isinstance(row.data, dict) else None
    return str(query.get("text", "")) if isinstance(query, dict) else ""


def _view(session: Session, case: DemandCase, disclosure: Disclosure) -> DisclosureView:
    names = _usernames(session)
    items = []
    for number, row in enumerate(_ordered_items(session, disclosure), start=1):
        data = row.data if isinstance(row.data, dict) else {}
        valid_from, valid_to = _window(data, row)
        items.append(
            ItemView(
                item=number,
                id=row.id,
                target=target_text(session, row),
                category=row.category,
                decision=stored_decision(row.decision),
                reason=row.reason,
                summary=summary_of(row.category, data, row.reason),
                valid_from=valid_from,
                valid_to=valid_to,
                added_by=names.get(row.added_by, ""),
                decided_by=names.get(row.decided_by or 0, ""),
                decided_at=row.decided_at,
                data=data,
            )
        )
    basis = case.legal_basis
    return DisclosureView(
        id=disclosure.id,
        ref=case.ref,
        case_status=CaseStatus(case.status),
        state=DisclosureStatus(disclosure.status),
        legal_basis=f"{basis.law} {basis.article}",
        allowed_categories=tuple(basis.allowed_categories),
        needs_fg_review=basis.needs_fg_review,
        prepared_by=names.get(disclosure.prepared_by or 0, ""),
        prepared_at=disclosure.prepared_at,
        approved_by=names.get(disclosure.approved_by or 0, ""),
        approved_at=disclosure.approved_at,
        delivered_at=disclosure.delivered_at,
        delivery_channel=disclosure.delivery_channel,
        delivered_to=disclosure.delivered_to,
        report_document_id=disclosure.report_document_id,
        items=tuple(items),
    )


def _require_clean(session: Session, case: DemandCase, actor: Actor, now: datetime) -> None:
    """The checks `case move … approved` makes: no error, no open warning, FG review."""
    from lawfulreq.services.cases import CaseService  # noqa: PLC0415 - cases imports our rules

    service = CaseService.__new__(CaseService)
    service._clock = lambda: now
    service._require_clean(session, case, actor, CaseStatus.APPROVED)


def _transition(
    session: Session, actor: Actor, case: DemandCase, to: CaseStatus, now: datetime, *, reason: str
) -> None:
    record_move(session, actor, case, to, now, reason=reason)
