"""What was disclosed about a customer, and which of it a non-notification flag keeps secret."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    Authority,
    CaseTarget,
    Customer,
    DemandCase,
    Disclosure,
    DisclosureItem,
    IpAssignment,
    LegalBasisVersion,
    NonNotificationFlag,
    NumberAssignment,
    SimCard,
)
from lawfulreq.domain.enums import (
    DisclosureStatus,
)
from lawfulreq.errors import NotFoundError
from lawfulreq.services.flagging import ground_for
from lawfulreq.services.secrecy import active_flags_by_case


@dataclass(frozen=True)
class Found:
    """A delivered disclosure that concerns the customer."""

    disclosure_id: int
    case_id: int
    case_ref: str
    authority: str
    authority_type: str
    delivered_at: datetime
    basis: str
    basis_law: str
    categories: tuple[str, ...]
    # The basis carries statutory secrecy (catalogue `secrecy_applies` of the case's version).
    secrecy: bool = False
    ground: str = ""


def customer_identifiers(session: Session, customer_id: int) -> set[str]:
    numbers = session.scalars(
        select(NumberAssignment.number).where(NumberAssignment.customer_id == customer_id)
    ).all()
    sims = session.execute(
        select(SimCard.imsi, SimCard.iccid).where(SimCard.customer_id == customer_id)
    ).all()
    ips = session.scalars(
        select(IpAssignment.ip).where(IpAssignment.customer_id == customer_id)
    ).all()
    customer = session.get(Customer, customer_id)
    values = set(numbers) | {s[0] for s in sims} | {s[1] for s in sims} | set(ips)
    if customer is not None:
        values |= {v for v in (customer.customer_ref, customer.email, customer.iban) if v}
    return values


def disclosures_about(session: Session, customer_id: int) -> list[Found]:
    """Delivered disclosures with an item about the customer, or about one of their
    identifiers (traffic items name the target, not the customer)."""
    keys = customer_identifiers(session, customer_id)
    about = or_(
        DisclosureItem.customer_id == customer_id,
        DisclosureItem.target_id.in_(
            select(CaseTarget.id).where(CaseTarget.normalised.in_(sorted(keys) or [""]))
        ),
    )
    rows = session.execute(
        select(
            Disclosure.id,
            Disclosure.case_id,
            DemandCase.ref,
            Authority.name,
            Authority.type,
            Disclosure.delivered_at,
            LegalBasisVersion.law,
            LegalBasisVersion.article,
            DisclosureItem.category,
            LegalBasisVersion.secrecy_applies,
        )
        .join(DisclosureItem, DisclosureItem.disclosure_id == Disclosure.id)
        .join(DemandCase, DemandCase.id == Disclosure.case_id)
        .join(Authority, Authority.id == DemandCase.authority_id)
        .join(LegalBasisVersion, LegalBasisVersion.id == DemandCase.legal_basis_id)
        .where(Disclosure.status == DisclosureStatus.DELIVERED.value)
        .where(Disclosure.delivered_at.is_not(None))
        .where(DisclosureItem.decision.in_(["deliver", "produce"]))
        .where(about)
        .order_by(Disclosure.delivered_at, Disclosure.id)
    ).all()
    found: dict[int, Found] = {}
    for d_id, case_id, ref, name, a_type, at, law, article, category, secret in rows:
        prior = found.get(d_id)
        cats = prior.categories if prior else ()
        if category not in cats:
            cats = (*cats, category)
        assert at is not None
        found[d_id] = Found(
            d_id,
            case_id,
            ref,
            name,
            a_type,
            at,
            f"art. {article} {law}",
            law,
            cats,
            secrecy=bool(secret),
            ground=ground_for(law, article),
        )
    return list(found.values())


def restriction_ground(secrecy_ground: str, law: str) -> str:
    """AVG 23 / UAVG 41: criminal demands (d), national security for the Wiv (a)."""
    if law.startswith("Wiv"):
        return f"AVG art. 23(1)(a); UAVG art. 41(1)(a); {secrecy_ground}"
    return f"{secrecy_ground or 'art. 126bb lid 5 Sv'}; AVG art. 23(1)(d); UAVG art. 41(1)(d)"


def kept_secret(session: Session, found: Sequence[Found]) -> dict[int, int | None]:
    """The cases whose disclosures stay out of an answer, with the flag that keeps them out.

    A flag in force keeps its case secret. Fail-safe: a case whose basis carries secrecy but
    that has no flag at all (taken in before flags existed, migration 0006) stays secret too,
    with no flag (None), until someone records a flag and lifts it.
    """
    cases = sorted({f.case_id for f in found})
    active = active_flags_by_case(session, cases)
    any_flag = set(
        session.scalars(
            select(NonNotificationFlag.case_id).where(NonNotificationFlag.case_id.in_(cases))
        )
    )
    kept: dict[int, int | None] = {case: flags[0] for case, flags in active.items()}
    for f in found:
        if f.secrecy and f.case_id not in any_flag:
            kept[f.case_id] = None
    return kept


def customer_by_ref(session: Session, ref: str) -> Customer:
    row = session.scalar(select(Customer).where(Customer.customer_ref == ref.strip()))
    if row is None:
        raise NotFoundError(f"no customer '{ref}'", code="customer_not_found", field="customer")
    return row
