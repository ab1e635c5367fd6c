"""Distinctive synthetic data written through the ORM, each case atomic with its audit event."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lawfulreq.db.models import (
    Authority,
    CaseTarget,
    Customer,
    CustomerAddress,
    DemandCase,
    LegalBasisVersion,
    NumberAssignment,
)
from lawfulreq.services.audit import record
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices

# Strings no SQLite page holds by chance: if one shows up in the file, encryption failed.
SECRET_NAMES = ("Zwanetta Quibbelaar", "Hendrikus Ypsilonstra", "Marijke Vlamoudt")
SECRET_NUMBERS = ("+31612398765", "+31687654329", "+31201234987")
SECRET_STREETS = ("Quokkagracht", "Xylofoonsteeg", "Wombatkade")
SECRET_REFERENCE = "PL0600-2026987654"


def add_customers(session: Session, at: datetime) -> None:
    for index, (name, number, street) in enumerate(
        zip(SECRET_NAMES, SECRET_NUMBERS, SECRET_STREETS, strict=True), start=1
    ):
        customer = Customer(
            customer_ref=f"C9{index:05d}",
            kind="person",
            name=name,
            name_key=name.lower(),
            email=f"{name.split()[0].lower()}@example.org",
        )
        session.add(customer)
        session.flush()
        session.add(
            CustomerAddress(
                customer_id=customer.id,
                street=street,
                house_number=str(10 + index),
                postcode="1234AB",
                town="Amsterdam",
                valid_from=at,
            )
        )
        session.add(
            NumberAssignment(
                number=number, customer_id=customer.id, service_type="mobile", valid_from=at
            )
        )


def add_case(session: Session, actor: Actor, at: datetime, seq: int, targets: int = 3) -> int:
    """One case, its targets and its audit event in the caller's single transaction."""
    authority = session.scalar(select(Authority).where(Authority.name == "Politie Test"))
    if authority is None:
        authority = Authority(name="Politie Test", type="police")
        session.add(authority)
        session.flush()
    basis = session.scalars(select(LegalBasisVersion).order_by(LegalBasisVersion.id)).first()
    assert basis is not None
    case = DemandCase(
        ref=f"LR-2026-{seq:05d}",
        status="received",
        authority_id=authority.id,
        issuer_role="prosecutor",
        legal_basis_id=basis.id,
        authority_reference=f"{SECRET_REFERENCE}-{seq}",
        channel="written",
        received_at=at,
        due_at=at + timedelta(days=7),
        data_categories=["subscriber"],
        created_at=at,
        created_by=actor.user_id,
        updated_at=at,
    )
    session.add(case)
    session.flush()
    for position in range(targets):
        number = f"+316{seq:04d}{position:04d}"
        session.add(
            CaseTarget(
                case_id=case.id,
                position=position,
                kind="phone_number",
                raw=number,
                normalised=number,
                valid=True,
            )
        )
        session.flush()
    record(session, actor, "case.created", at, case_id=case.id, object_type="case")
    return case.id


def populate(app: AppServices, actor: Actor, cases: int = 5) -> None:
    at = app.clock()
    with app.db.sessions.begin() as session:
        add_customers(session, at)
        for seq in range(1, cases + 1):
            add_case(session, actor, at, seq)
