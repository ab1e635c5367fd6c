"""Data-subject requests: the AVG 12(3) deadline, extension, pause, BSN masking, portability
and erasure blocking."""

from __future__ import annotations

import csv
import io
import json
import stat
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lawfulreq.clock import AMSTERDAM, as_utc, fixed_clock
from lawfulreq.db.models import Customer, NumberAssignment, UsageRecord
from lawfulreq.domain.enums import DsarStatus
from lawfulreq.errors import ConflictError, PermissionDeniedError, ValidationError
from lawfulreq.services.base import Actor
from lawfulreq.services.dsar import DsarInput, csv_safe, due_for, parse_dsar_file
from lawfulreq.services.registry import AppServices, open_services
from tests.cases.conftest import MovableClock
from tests.conftest import NOW
from tests.secrecy.conftest import take_in


def dsar(kind: str = "access", customer: str = "C4", **overrides: object) -> DsarInput:
    base = DsarInput(
        kind=kind,
        customer_ref=customer,
        requester_name="Anna Bakker",
        requester_email="anna@example.nl",
        received_at=as_utc(NOW),
        identity_method="known_email",
        identity_notes="mail from the address on file",
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


def local(*args: int) -> datetime:
    return as_utc(datetime(*args, tzinfo=AMSTERDAM))


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (local(2026, 11, 20, 10, 0), local(2026, 12, 20, 10, 0)),
        (local(2027, 1, 31, 16, 30), local(2027, 2, 28, 16, 30)),
        (local(2028, 1, 31, 16, 30), local(2028, 2, 29, 16, 30)),
        (local(2027, 3, 31, 9, 0), local(2027, 4, 30, 9, 0)),
        (local(2026, 12, 31, 23, 59), local(2027, 1, 31, 23, 59)),
        (local(2027, 2, 28, 12, 0), local(2027, 3, 28, 12, 0)),
    ],
)
def test_due_one_calendar_month_after_receipt(received: datetime, due: datetime) -> None:
    assert due_for(received) == due


def test_new_request_masks_bsn_and_keeps_no_identity_copy(
    services: AppServices, actors: dict[str, Actor], world: None
) -> None:
    made = services.dsar.create(
        actors["fg"],
        dsar(
            requester_name="Anna Bakker 111222333",
            identity_notes="BSN 111.22.23.33 and 111222333 seen",
        ),
    )
    assert made.ref == "AV-2026-000001" and made.status == DsarStatus.RECEIVED
    assert made.due_at == local(2026, 12, 20, 10, 0)
    assert made.requester_name == "Anna Bakker [BSN]"
    assert "111" not in made.identity_checked and made.identity_checked.count("[BSN]") == 2
    assert made.identity_method == "known_email"
    assert set(made.as_json()) >= {"id", "due_at", "status"}
    with pytest.raises(ValidationError):
        services.dsar.create(actors["fg"], dsar(kind="complaint"))
    with pytest.raises(ValidationError):
        services.dsar.create(actors["fg"], dsar(identity_method="copy_of_passport"))
    with pytest.raises(PermissionDeniedError):
        services.dsar.create(actors["officer"], dsar())


def test_request_file_as_in_the_contract() -> None:
    parsed = parse_dsar_file(
        {
            "kind": "access",
            "customer_id": "C1001",
            "requester": {"name": "A. Bakker", "email": "a.bakker@example.nl"},
            "received_at": "2026-11-20T10:00:00+01:00",
            "identity_check": {"method": "id_document_seen", "notes": "passport seen"},
        }
    )
    assert parsed.customer_ref == "C1001" and parsed.received_at == local(2026, 11, 20, 10, 0)


def test_extension_by_two_months_once_with_a_reason(
    services: AppServices, actors: dict[str, Actor], world: None
) -> None:
    made = services.dsar.create(actors["fg"], dsar(received_at=local(2026, 11, 30, 9, 0)))
    assert made.due_at == local(2026, 12, 30, 9, 0)
    with pytest.raises(ValidationError):
        services.dsar.extend(actors["fg"], made.id, " ")
    extended = services.dsar.extend(actors["fg"], made.id, "many systems to search")
    assert extended.deadline == local(2027, 2, 28, 9, 0)  # 30 Dec + 2 months: end of Feb
    assert extended.status == DsarStatus.EXTENDED
    with pytest.raises(ConflictError):
        services.dsar.extend(actors["fg"], made.id, "again")


def test_pause_moves_the_deadline_by_the_time_paused(
    services: AppServices,
    actors: dict[str, Actor],
    world: None,
    clocked: AppServices,
    clock: MovableClock,
) -> None:
    made = clocked.dsar.create(actors["fg"], dsar())
    clocked.dsar.pause(actors["fg"], made.id, "asked the person to confirm the address")
    clock.advance(timedelta(days=3, hours=2))
    paused = clocked.dsar.show(actors["fg"], made.id)
    assert paused.paused and paused.deadline == made.due_at
    resumed = clocked.dsar.resume(actors["fg"], made.id)
    assert resumed.deadline == made.due_at + timedelta(days=3, hours=2)
    assert not resumed.paused
    with pytest.raises(ConflictError):
        clocked.dsar.resume(actors["fg"], made.id)


def test_list_by_deadline_and_due_before(
    services: AppServices, actors: dict[str, Actor], world: None
) -> None:
    late = services.dsar.create(actors["fg"], dsar(received_at=local(2026, 11, 1, 9, 0)))
    soon = services.dsar.create(actors["fg"], dsar(received_at=local(2026, 10, 25, 9, 0)))
    assert [v.ref for v in services.dsar.list(actors["fg"])] == [soon.ref, late.ref]
    due = services.dsar.list(actors["fg"], due_before=soon.due_at)
    assert due == []
    due = services.dsar.list(actors["fg"], due_before=soon.due_at + timedelta(seconds=1))
    assert [v.ref for v in due] == [soon.ref]


def test_csv_cells_cannot_start_a_formula() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert csv_safe(start + "1+1") == "'" + start + "1+1"
    assert csv_safe("Anna") == "Anna" and csv_safe(None) == ""


def test_portability_export_json_and_csv_owner_only(
    services: AppServices, actors: dict[str, Actor], world: None, tmp_path: Path
) -> None:
    with services.db.sessions.begin() as session:
        customer = session.scalars(select(Customer).where(Customer.customer_ref == "C4")).one()
        customer.name = '=HYPERLINK("http://x","y")'
    made = services.dsar.create(actors["fg"], dsar(kind="portability"))
    export = services.dsar.export(actors["fg"], made.id)
    json_path, csv_path = export.write(tmp_path / "out", made.ref)
    assert stat.S_IMODE(json_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(csv_path.stat().st_mode) == 0o600
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert document["customer"]["customer_id"] == "C4"
    assert [n["number"] for n in document["numbers"]] == ["+31687654321"]
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    names = [r[3] for r in rows if r[2] == "name"]
    assert names == ['\'=HYPERLINK("http://x","y")']


def test_erasure_blocked_by_an_open_case(
    services: AppServices, actors: dict[str, Actor], world: None
) -> None:
    case_ref, _ = take_in(services, actors["officer"], targets=("+31 6 87654321",))
    made = services.dsar.create(actors["fg"], dsar(kind="erasure"))
    plan = services.dsar.erasure_plan(actors["fg"], made.id)
    assert plan.blocked and plan.reasons == (f"open_case:{case_ref}",)
    refused = services.dsar.erase(actors["fg"], made.id, confirm=True)
    assert not refused.executed
    with services.db.sessions() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(NumberAssignment)
                .where(NumberAssignment.number == "+31687654321")
            )
            == 1
        )
    assert "dsar.erasure_refused" in [e.action for e in services.audit.list(actors["fg"])]


@pytest.mark.parametrize("withdrawn", [False, True])
def test_erasure_blocked_by_a_preservation_order_unless_withdrawn(
    services: AppServices, actors: dict[str, Actor], world: None, withdrawn: bool
) -> None:
    case_ref, _ = take_in(
        services,
        actors["officer"],
        legal_basis="sv-126ni",
        data_categories=("preservation",),
        targets=("+31 6 87654321",),
        period_from=None,
        period_to=None,
    )
    if withdrawn:
        services.cases.move(actors["officer"], case_ref, "withdrawn", reason="order withdrawn")
    made = services.dsar.create(actors["fg"], dsar(kind="erasure"))
    plan = services.dsar.erasure_plan(actors["fg"], made.id)
    assert plan.reasons == (() if withdrawn else (f"preservation_order:{case_ref}",))


def test_preservation_blocks_for_90_days_only(
    services: AppServices, actors: dict[str, Actor], world: None, any_target: object
) -> None:
    case_ref, _ = take_in(
        services,
        actors["officer"],
        legal_basis="sv-126ni",
        data_categories=("preservation",),
        targets=("+31 6 87654321",),
        period_from=None,
        period_to=None,
    )
    made = services.dsar.create(actors["fg"], dsar(kind="erasure"))
    end = as_utc(NOW) + timedelta(days=90)  # Sv 126ni: at most 90 days
    for moment, expected in (
        (end - timedelta(seconds=1), f"preservation_order:{case_ref}"),
        (end, f"open_case:{case_ref}"),
    ):
        later = open_services(any_target, clock=fixed_clock(moment))  # type: ignore[arg-type]
        try:
            assert later.dsar.erasure_plan(actors["fg"], made.id).reasons == (expected,)
        finally:
            later.close()


def test_erasure_after_confirmation(
    services: AppServices, actors: dict[str, Actor], world: None
) -> None:
    made = services.dsar.create(actors["fg"], dsar(kind="erasure"))
    plan = services.dsar.erasure_plan(actors["fg"], made.id)
    assert not plan.blocked
    assert dict(plan.items) == {
        "contact_data": 1,
        "addresses": 1,
        "numbers": 1,
        "sim_cards": 1,
        "ip_assignments": 1,
        "usage_records": 0,
    }
    with pytest.raises(ValidationError):
        services.dsar.erase(actors["fg"], made.id, confirm=False)
    done = services.dsar.erase(actors["fg"], made.id, confirm=True)
    assert done.executed
    with services.db.sessions() as session:
        customer = session.scalars(select(Customer).where(Customer.customer_ref == "C4")).one()
        assert customer.name == "[gewist]" and customer.email is None
        assert (
            session.scalar(
                select(func.count())
                .select_from(NumberAssignment)
                .where(NumberAssignment.customer_id == customer.id)
            )
            == 0
        )
        assert session.scalar(select(func.count()).select_from(UsageRecord)) == 2
    assert services.dsar.show(actors["fg"], made.id).erased_at == as_utc(NOW)
