"""Hand-made subscriber data and cases for the lookup and import tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from stdnum import luhn

from lawfulreq.db.models import (
    Authority,
    AuthorityContact,
    ContactVerification,
    DemandCase,
    LegalBasisVersion,
)
from lawfulreq.importers.runner import ImportOptions, ImportStatus
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import NOW


def with_luhn(digits: str) -> str:
    return digits + luhn.calc_check_digit(digits)


ICCID_OLD = with_luhn("893108000000000001")
ICCID_NEW = with_luhn("893108000000000002")
ICCID_ANNA = with_luhn("893108000000000003")
IMSI_OLD = "204080000000001"
IMSI_NEW = "204080000000002"
IMSI_ANNA = "204080000000003"
IMEI = with_luhn("35209900176148")
PORTED_NUMBER = "+31612345678"

CUSTOMERS = "\n".join(
    [
        "customer_id;kind;name;street;house_number;house_number_suffix;postcode;town;country;"
        "email;kvk;iban;contract_start;contract_end;directory_listed",
        "C1;person;Jan de Vries;Dorpsstraat;10;;1234 AB;Utrecht;NL;jan@example.nl;;"
        "NL91ABNA0417164300;2019-01-01;;yes",
        "C2;person;Ömer Çelik;Kerkweg;5;a;2345 BC;Zwolle;NL;omer@example.nl;;;2025-01-01;;no",
        "C3;company;Bakkerij Brood BV;Industrieweg;1;;3456 CD;Arnhem;NL;info@brood.nl;"
        "12345678;;2018-01-01;;yes",
        "C4;person;Anna Bakker;Laan;7;;4567 DE;Deventer;NL;anna@example.nl;;;2022-01-01;;yes",
        "",
    ]
)

NUMBERS = f"""number,customer_id,service_type,valid_from,valid_to,ported_in_from,ported_out_to
06-12345678,C1,mobile,2020-01-01,2024-03-01,,KPN
{PORTED_NUMBER},C2,mobile,2025-06-01T12:00:00,,KPN,
020 123 4567,C3,fixed,2019-01-01,,,
+31 6 87654321,C4,mobile,2022-01-01,,,
"""

SIMS = f"""iccid;imsi;customer_id;number;valid_from;valid_to
{ICCID_OLD};{IMSI_OLD};C1;0612345678;2020-01-01;2025-01-10T09:30:00
{ICCID_NEW};{IMSI_NEW};C1;;2025-01-10T09:30:00;
{ICCID_ANNA};{IMSI_ANNA};C4;0687654321;2022-01-01;
"""

DEVICES = f"""imei;imsi;first_seen;last_seen
{IMEI};{IMSI_OLD};2024-01-01T08:00:00;2024-12-31T20:00:00
{IMEI};{IMSI_ANNA};2025-03-01T10:00:00;2026-11-01T10:00:00
"""

IPS = """ip;port_start;port_end;customer_id;valid_from;valid_to
100.64.1.1;1024;2047;C1;2026-01-01;
100.64.1.1;2048;3071;C4;2026-01-01;
2001:db8:1200::/56;;;C3;2025-01-01;
"""

USAGE = """start_time;duration_s;a_number;b_number;direction;service_type;imsi;imei;cell_id
2026-10-01T12:00:00;60;0612345678;0687654321;out;voice;;;NL-1
2026-05-01T12:00:00;30;0612345678;0201234567;out;voice;;;NL-2
"""

FILES = {
    "customers": CUSTOMERS,
    "numbers": NUMBERS,
    "sims": SIMS,
    "devices": DEVICES,
    "ip_assignments": IPS,
    "usage": USAGE,
}


def write(tmp: Path, name: str, content: str) -> Path:
    path = tmp / name
    path.write_text(content, encoding="utf-8")
    return path


def load_world(app: AppServices, fg: Actor, tmp: Path) -> None:
    for kind, content in FILES.items():
        result = app.imports.run(fg, kind, write(tmp, f"{kind}.csv", content), ImportOptions())
        assert result.status == ImportStatus.IMPORTED, (kind, result.bad_rows)


@dataclass(frozen=True)
class Cases:
    subscriber: str  # sv-126na: subscriber data only
    traffic: str  # sv-126n: subscriber and traffic data
    closed: str


def make_case(
    app: AppServices, actor: Actor, ref: str, basis: str, status: str = "under_review"
) -> str:
    with app.db.sessions.begin() as session:
        authority = session.scalar(select(Authority).where(Authority.name == "Politie"))
        if authority is None:
            authority = Authority(name="Politie", type="police")
            session.add(authority)
            session.flush()
        basis_id = session.scalar(
            select(LegalBasisVersion.id).where(
                LegalBasisVersion.code == basis, LegalBasisVersion.current.is_(True)
            )
        )
        # Lookups need the requester verified (contract step 2): a verified contact.
        contact = AuthorityContact(authority_id=authority.id, name="J. de Vries")
        session.add(contact)
        session.flush()
        case = DemandCase(
            ref=ref,
            status=status,
            authority_id=authority.id,
            issuer_role="prosecutor",
            legal_basis_id=basis_id,
            channel="written",
            received_at=NOW,
            data_categories=[],
            created_at=NOW,
            created_by=actor.user_id,
            updated_at=NOW,
            requester_id=contact.id,
        )
        session.add(case)
        session.flush()
        session.add(
            ContactVerification(
                contact_id=contact.id,
                case_id=case.id,
                method="call_back",
                verified_by=actor.user_id,
                verified_at=NOW,
            )
        )
    return ref


def make_cases(app: AppServices, actor: Actor) -> Cases:
    return Cases(
        subscriber=make_case(app, actor, "LR-2026-0001", "sv-126na"),
        traffic=make_case(app, actor, "LR-2026-0002", "sv-126n"),
        closed=make_case(app, actor, "LR-2026-0003", "sv-126na", status="closed"),
    )


def amsterdam(text: str) -> datetime:
    from lawfulreq.clock import parse_time

    return parse_time(text)
