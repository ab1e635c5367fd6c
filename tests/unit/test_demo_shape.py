"""A demo case and the same demand taken in with `case new` and moved with `case move` look the
same in the database: the same audit events and details, object ids, masking counts, who last
changed it, transitions and statistics row. The demo goes through the same services."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import (
    AuditEvent,
    AuthorityContact,
    CaseDocument,
    CaseStatistic,
    CaseTransition,
    DemandCase,
)
from lawfulreq.demo import build_demo
from lawfulreq.domain.enums import CaseStatus
from lawfulreq.services.registry import AppServices
from lawfulreq.services.statistics import refresh_statistics
from tests.conftest import run_cli
from tests.unit.test_demo import PASSWORD

# The demo's third case: under review, filed by officer2, owned by the FG, requester verified.
DEMO_REF = "LR-2026-000003"


def _case_file(services: AppServices, case: DemandCase) -> dict[str, Any]:
    """The demo case's demand as a case file, the way an officer would type it in."""
    with services.db.sessions() as session:
        row = session.get(DemandCase, case.id)
        assert row is not None
        requester = session.get(AuthorityContact, row.requester_id)
        return {
            "authority": {"name": row.authority.name, "type": row.authority.type},
            "requester": {"name": requester.name if requester else ""},
            "issuer_role": row.issuer_role,
            "legal_basis": row.legal_basis.code,
            "authority_reference": row.authority_reference,
            "parket_number": row.parket_number,
            "channel": row.channel,
            "received_at": row.received_at.isoformat(),
            "due_at": row.due_at.isoformat() if row.due_at else None,
            "rc_authorisation": {
                "date": row.rc_authorisation_date.isoformat(),
                "judge": row.rc_judge,
            }
            if row.rc_authorisation_date
            else None,
            "data_categories": list(row.data_categories),
            "period": {"from": row.period_from.isoformat(), "to": row.period_to.isoformat()}
            if row.period_from and row.period_to
            else None,
            "targets": [t.raw for t in sorted(row.targets, key=lambda t: t.position)],
            "emergency": row.emergency,
            "emergency_reason": row.emergency_reason or None,
            "notes": row.notes,
        }


def _shape(services: AppServices, ref: str) -> dict[str, Any]:
    """Everything about a case that must not depend on how it came in (not its values)."""
    with services.db.sessions() as session:
        case = session.scalar(select(DemandCase).where(DemandCase.ref == ref))
        assert case is not None
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id)
        ).all()
        moves = session.scalars(
            select(CaseTransition)
            .where(CaseTransition.case_id == case.id)
            .order_by(CaseTransition.id)
        ).all()
        stat = session.scalar(select(CaseStatistic).where(CaseStatistic.case_id == case.id))
        documents = session.scalars(
            select(CaseDocument.kind).where(CaseDocument.case_id == case.id)
        ).all()
        return {
            "events": [
                (
                    e.action,
                    e.object_type,
                    # a case event names the case by its ref; others their own row's id
                    "ref" if e.object_id == ref else type(e.object_id).__name__,
                    sorted(e.details),
                    bool(e.reason),
                )
                for e in events
                if e.action != "case.viewed"
            ],
            "transitions": [(t.from_status, t.to_status, t.reason) for t in moves],
            "status": case.status,
            "version": case.version,
            "owner": case.owner_id,
            "updated_by": case.updated_by,
            "bsn_masked_count": case.bsn_masked_count,
            "bsn_masked_fields": case.bsn_masked_fields,
            "documents": sorted(documents),
            "targets": [(t.kind, t.normalised, t.valid, t.port) for t in case.targets],
            "statistic": None
            if stat is None
            else (
                stat.case_version == case.version,
                stat.basis_code,
                stat.publishable,
                stat.authority_type,
                stat.primary_category,
                stat.categories,
                stat.outcome,
                stat.identifiers,
                stat.emergency,
                stat.preservation,
            ),
        }


def test_a_demo_case_has_the_shape_of_one_made_with_case_new(
    sqlite_target: DatabaseTarget,
    sqlite_services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build_demo(sqlite_services, password=PASSWORD, subscribers=300, cases=4)
    with sqlite_services.db.sessions() as session:
        demo = session.scalar(select(DemandCase).where(DemandCase.ref == DEMO_REF))
        assert demo is not None and demo.status == CaseStatus.UNDER_REVIEW.value
        document = session.scalar(
            select(CaseDocument).where(
                CaseDocument.case_id == demo.id, CaseDocument.kind == "demand"
            )
        )
        assert document is not None
        history = session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == demo.id).order_by(AuditEvent.id)
        ).all()
    creator = history[0].actor
    verified = next(e for e in history if e.action == "case.requester_verified")
    mover = next(e for e in history if e.action == "case.moved")
    assert (creator, verified.actor, mover.actor) == ("officer2", "fg", "fg")

    path = tmp_path / "case.json"
    path.write_text(json.dumps(_case_file(sqlite_services, demo)), encoding="utf-8")
    scan = tmp_path / document.filename
    scan.write_bytes(document.content)
    monkeypatch.setenv("LAWFULREQ_PASSWORD", PASSWORD)
    db = ["--db", str(sqlite_target.sqlite_path)]
    capsys.readouterr()
    assert run_cli([*db, "--user", creator, "--json", "case", "new", str(path),
                    "--document", str(scan)]) == 0  # fmt: skip
    ref = json.loads(capsys.readouterr().out)["ref"]
    for user, argv in (
        (creator, ["case", "assign", ref, "fg"]),
        ("fg", ["case", "verify", ref, str(verified.details["method"])]),
        ("fg", ["case", "move", ref, "under_review"]),
    ):
        assert run_cli([*db, "--user", user, *argv]) == 0, argv
    with sqlite_services.db.sessions.begin() as session:
        # The statistics read refreshes stale rows first; so does the demo build at its end.
        refresh_statistics(session, history[-1].at)

    demo_shape, cli_shape = _shape(sqlite_services, DEMO_REF), _shape(sqlite_services, ref)
    # The story may differ in its values (the demo's targets, times); never in its shape.
    assert [t[:1] + t[2:3] for t in demo_shape.pop("targets")] == [
        t[:1] + t[2:3] for t in cli_shape.pop("targets")
    ]
    assert demo_shape == cli_shape
    assert demo_shape["bsn_masked_count"] == 0 and demo_shape["updated_by"] == "fg"
    assert [e[0] for e in demo_shape["events"]] == [
        "case.document_added",
        "case.created",
        "flag.created",
        "case.assigned",
        "case.requester_verified",
        "case.moved",
    ]
    assert demo_shape["transitions"][0] == (None, "received", "intake")


def test_handsets_past_ten_million_get_imeis_of_the_extra_type_codes() -> None:
    """A 10,000,000-customer demo has more handsets than the ten common codes' serials
    (issue 18: its build stopped with "identifier space of 10000000 exhausted")."""
    from stdnum import imei as stdnum_imei

    from lawfulreq.demo import identifiers as ids
    from lawfulreq.demo.builder import DEMO_NOW, DEMO_SEED
    from lawfulreq.demo.bulk import epoch_seconds
    from lawfulreq.demo.pools import build_pools
    from lawfulreq.demo.subscribers import SubscriberGenerator

    class _NoWriter:  # the generator asks its writer's dialect only; nothing is written
        dialect = "sqlite"

    generator = SubscriberGenerator(
        _NoWriter(),  # type: ignore[arg-type]
        build_pools(DEMO_SEED, size=20),
        seed=DEMO_SEED,
        now_ts=epoch_seconds(DEMO_NOW),
        usage_per_customer=1,
    )
    last_common = generator._next_imei(10_000_000 - 1)
    past = [generator._next_imei(10_000_000 + i) for i in range(1000)]
    assert last_common[:8] in ids.TACS
    assert all(i[:8] in ids.EXTRA_TACS and stdnum_imei.is_valid(i) for i in past)
    assert len(set(past)) == len(past)
    assert generator._next_imei(10_000_000) == past[0]  # the same order on every call
