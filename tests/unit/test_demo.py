"""The demo data: every table filled, identifiers valid, deterministic, rules respected."""

from __future__ import annotations

import hashlib
import ipaddress
import itertools
import uuid
from collections import defaultdict
from datetime import UTC, timedelta
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import func, select
from stdnum import iban as stdnum_iban
from stdnum import imei as stdnum_imei
from stdnum import imsi as stdnum_imsi
from stdnum import luhn
from stdnum.nl import postcode as stdnum_postcode

from lawfulreq.db.models import (
    AuditEvent,
    Base,
    CaseTarget,
    CaseTransition,
    Customer,
    CustomerAddress,
    DemandCase,
    DeviceObservation,
    Disclosure,
    DsarDecision,
    IpAssignment,
    NonNotificationFlag,
    NumberAssignment,
    SimCard,
    UsageRecord,
)
from lawfulreq.demo import (
    DEMO_NOW,
    DemoSummary,
    build_demo,
    create_demo_database,
    generate_password,
)
from lawfulreq.demo.identifiers import luhn_check_digit
from lawfulreq.domain.enums import CaseStatus
from lawfulreq.errors import ConflictError, ValidationError
from lawfulreq.services.registry import AppServices

SMALL = {"subscribers": 300, "cases": 30}
# Demo users get a password made at run time, like every test account.
PASSWORD = "Demo-" + uuid.uuid4().hex[:8].upper() + "-x9"


def _build(services: AppServices, **sizes: int) -> DemoSummary:
    return build_demo(services, password=PASSWORD, **{**SMALL, **sizes})


@pytest.fixture
def built(sqlite_services: AppServices) -> AppServices:
    _build(sqlite_services)
    return sqlite_services


def _table_digest(services: AppServices) -> dict[str, str]:
    """A digest per table of every row.

    Left out: argon2 hashes (salted at random), the audit anchor, whose seal is keyed by the
    database's own random key, and the demo signing keys and certificates (fresh key pairs).
    """
    digests: dict[str, str] = {}
    with services.db.engine.connect() as conn:
        for name, table in sorted(Base.metadata.tables.items()):
            random = {"password_hash", "cert_pem", "key_pem", "fingerprint"}
            columns = [c for c in table.columns if c.name not in random]
            query = select(*columns).order_by(*table.primary_key.columns)
            if name == "setting":
                query = query.where(table.c.key != "audit.anchor")
            rows = conn.execute(query).all()
            digests[name] = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
    return digests


def test_every_table_is_filled_and_the_chain_verifies(services: AppServices) -> None:
    summary = _build(services)
    with services.db.engine.connect() as conn:
        for name, table in Base.metadata.tables.items():
            rows = conn.execute(select(func.count()).select_from(table)).scalar_one()
            assert rows > 0, f"{name} is empty"
            assert summary.counts[name] == rows, name
    auditor = services.users.login("auditor", PASSWORD)
    report = services.audit.verify(auditor)
    assert report.ok, report.problem
    # One event per bulk step, not per subscriber row.
    assert summary.counts["audit_event"] < 1000


def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    digests = []
    for name, seed in (("a.db", 7), ("b.db", 7), ("c.db", 8)):
        services, _summary = create_demo_database(
            str(tmp_path / name), password=PASSWORD, seed=seed, subscribers=200, cases=20
        )
        digests.append(_table_digest(services))
        services.close()
    assert digests[0] == digests[1]
    assert digests[0]["customer"] != digests[2]["customer"]
    assert digests[0]["usage_record"] != digests[2]["usage_record"]


def test_refuses_a_database_that_is_not_empty(built: AppServices) -> None:
    with pytest.raises(ConflictError) as info:
        _build(built)
    assert info.value.code == "database_not_empty"


def test_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "exists.db"
    target.write_bytes(b"")
    with pytest.raises(ConflictError, match="already exists"):
        create_demo_database(str(target), password=PASSWORD, subscribers=10, cases=0)
    assert target.read_bytes() == b""


def test_weak_password_is_refused_before_anything_is_written(
    sqlite_services: AppServices,
) -> None:
    with pytest.raises(ValidationError):
        build_demo(sqlite_services, password="short", **SMALL)
    assert not sqlite_services.users.has_users()


def test_generated_passwords_are_strong_and_differ() -> None:
    first, second = generate_password(), generate_password()
    assert first != second
    assert len(first) >= 20


def test_identifiers_are_valid(built: AppServices) -> None:
    with built.db.sessions() as s:
        numbers = s.execute(select(NumberAssignment.number, NumberAssignment.service_type)).all()
        sims = s.execute(select(SimCard.iccid, SimCard.imsi)).all()
        imeis = s.scalars(select(DeviceObservation.imei)).all()
        customers = s.execute(select(Customer.iban, Customer.kvk, Customer.kind)).all()
        postcodes = s.scalars(select(CustomerAddress.postcode)).all()
    assert {t for _n, t in numbers} == {"mobile", "fixed", "internet", "voip", "cloud_pbx"}
    for number, service in numbers:
        parsed = phonenumbers.parse(number)
        assert phonenumbers.is_valid_number(parsed) and parsed.country_code == 31, number
        national = number[3:]
        if service == "mobile":
            assert national[:2] in {"61", "62", "63", "64", "65", "68"}, number
        elif service == "voip":
            assert national.startswith("85"), number
        elif service == "cloud_pbx":
            assert national.startswith("88"), number
        else:
            assert national[0] not in "689", number
    assert len({n for n, _t in numbers}) > 0.95 * len(numbers)
    for iccid, imsi in sims:
        assert iccid.startswith("8931") and len(iccid) == 19 and luhn.is_valid(iccid), iccid
        assert stdnum_imsi.is_valid(imsi) and imsi.startswith("204"), imsi
    assert len({i for i, _m in sims}) == len(sims)
    assert imeis and all(stdnum_imei.is_valid(i) and len(i) == 15 for i in imeis)
    assert all(stdnum_postcode.is_valid(p) and p[4:] not in {"SA", "SD", "SS"} for p in postcodes)
    assert all(p[0] != "0" for p in postcodes)
    ibans = [i for i, _k, _kind in customers if i]
    assert ibans and all(stdnum_iban.is_valid(i) and i.startswith("NL") for i in ibans)
    for _iban, kvk, kind in customers:
        assert (kvk is not None) == (kind == "company")
        assert kvk is None or (len(kvk) == 8 and kvk.isdigit())


def test_fast_luhn_matches_stdnum() -> None:
    for body in ("7992739871", "35328111000077", "893128000000000005", "1", "12"):
        assert luhn_check_digit(body) == luhn.calc_check_digit(body)


def test_cgnat_addresses_are_shared_with_distinct_port_ranges(built: AppServices) -> None:
    with built.db.sessions() as s:
        rows = s.execute(
            select(
                IpAssignment.ip,
                IpAssignment.prefix_length,
                IpAssignment.port_start,
                IpAssignment.port_end,
                IpAssignment.customer_id,
            )
        ).all()
    by_ip: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    prefixes = set()
    for ip, length, start, end, customer in rows:
        if length == 32:
            assert start is not None and end is not None
            by_ip[ip].append((start, end, customer))
        else:
            assert length in (48, 56)
            network = ipaddress.IPv6Network(f"{ip}/{length}")
            assert network.subnet_of(ipaddress.IPv6Network("2001:db8::/32"))
            prefixes.add(length)
    shared = {ip: ranges for ip, ranges in by_ip.items() if len({c for _s, _e, c in ranges}) > 1}
    assert shared, "no public IPv4 address is shared"
    for ranges in shared.values():
        ordered = sorted(ranges)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(ordered))
    assert prefixes == {48, 56}


def test_history_porting_swaps_and_usage_window(built: AppServices) -> None:
    now = DEMO_NOW.astimezone(UTC)
    with built.db.sessions() as s:
        ported_in = s.scalar(
            select(func.count()).where(NumberAssignment.ported_in_from.is_not(None))
        )
        ported_out = s.scalar(
            select(func.count()).where(NumberAssignment.ported_out_to.is_not(None))
        )
        holders = s.execute(
            select(NumberAssignment.number)
            .group_by(NumberAssignment.number)
            .having(func.count(func.distinct(NumberAssignment.customer_id)) > 1)
        ).all()
        swapped = s.execute(
            select(SimCard.number).group_by(SimCard.number).having(func.count() > 1)
        ).all()
        shared_devices = s.execute(
            select(DeviceObservation.imei)
            .group_by(DeviceObservation.imei)
            .having(func.count(func.distinct(DeviceObservation.imsi)) > 1)
        ).all()
        first, last = s.execute(
            select(func.min(UsageRecord.start_time), func.max(UsageRecord.start_time))
        ).one()
        secret = s.scalar(select(func.count()).where(Customer.directory_listed.is_(False)))
        mobile_usage = s.scalar(
            select(func.count()).where(
                UsageRecord.service_type == "mobile", UsageRecord.imsi.is_not(None)
            )
        )
    assert ported_in and ported_out and secret and mobile_usage
    assert holders, "no number was held by two customers over time"
    assert swapped, "no SIM swap"
    assert shared_devices, "no handset seen with two SIMs"
    assert first is not None and last is not None
    assert first < now - timedelta(days=100) and last <= now
    assert last - first > timedelta(days=92)


def test_cases_cover_every_status_with_history_and_secrecy(built: AppServices) -> None:
    now = DEMO_NOW.astimezone(UTC)
    with built.db.sessions() as s:
        cases = s.scalars(select(DemandCase)).all()
        assert {c.status for c in cases} == {status.value for status in CaseStatus}
        for case in cases:
            history = s.scalars(
                select(CaseTransition)
                .where(CaseTransition.case_id == case.id)
                .order_by(CaseTransition.at, CaseTransition.id)
            ).all()
            assert history[0].from_status is None and history[0].to_status == "received"
            assert history[-1].to_status == case.status, case.ref
            for before, after in itertools.pairwise(history):
                assert after.from_status == before.to_status
            if case.status == "rejected":
                assert history[-1].reason
        due = [c.due_at for c in cases if c.status in {s.value for s in CaseStatus} and c.due_at]
        assert any(d < now for d in due) and any(now < d < now + timedelta(days=7) for d in due)
        assert any(c.emergency and c.emergency_reason for c in cases)
        assert len({c.legal_basis_id for c in cases}) >= 15
        flags = s.scalars(select(NonNotificationFlag)).all()
        assert any(f.lifted_at is not None and f.lift_evidence_id for f in flags)
        assert any(f.lifted_at is None and f.next_review_at < now for f in flags)
        assert all(f.expires_at is None for f in flags)
        decisions = {d.decision for d in s.scalars(select(DsarDecision))}
        assert "withheld" in decisions
        phone_targets = s.scalars(
            select(CaseTarget.normalised).where(CaseTarget.kind == "phone_number")
        ).all()
        known = set(s.scalars(select(NumberAssignment.number)))
        assert phone_targets and set(phone_targets) <= known
        assert s.scalar(select(func.count()).where(CaseTarget.valid.is_(False)))
        actions = set(s.scalars(select(AuditEvent.action)))
    assert {"demo.subscribers", "demo.cases", "case.created", "case.moved"} <= actions


def test_nothing_in_the_demo_happens_after_now(built: AppServices) -> None:
    with built.db.sessions() as session:
        for column in (
            AuditEvent.at,
            CaseTransition.at,
            Disclosure.approved_at,
            Disclosure.delivered_at,
            DemandCase.received_at,
        ):
            later = session.scalar(select(func.count()).where(column > DEMO_NOW))
            assert later == 0, column
