"""The check before every lookup for a case under review reads only what error findings need:
it must name exactly the error codes the full findings name, for every demo case and at
moments before, at and long after the demo's own clock (orders expire, confirmations fall due)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from lawfulreq.db.models import DemandCase
from lawfulreq.demo import DEMO_NOW, build_demo
from lawfulreq.rules.engine import Severity
from lawfulreq.services.cases import CaseService
from lawfulreq.services.registry import AppServices


@pytest.mark.parametrize("days", [-30, 0, 45, 400])
def test_the_errors_only_check_agrees_with_the_full_findings(
    sqlite_services: AppServices, days: int
) -> None:
    build_demo(
        sqlite_services,
        password="Demo-" + uuid.uuid4().hex[:8].upper() + "-x9",
        subscribers=300,
        cases=30,
    )
    now = DEMO_NOW + timedelta(days=days)
    seen_errors = 0
    with sqlite_services.db.sessions() as session:
        cases = session.scalars(select(DemandCase).order_by(DemandCase.id)).all()
        assert len(cases) == 30
        for case in cases:
            full = sorted(
                {
                    f.code.value
                    for f in CaseService.findings_at(session, case, now)
                    if f.severity is Severity.ERROR
                }
            )
            assert CaseService.blocking_errors_at(session, case, now) == full, case.ref
            seen_errors += bool(full)
    # The comparison is only worth something if some cases do have errors.
    assert seen_errors > 0
