"""Catalogue edits by the FG: a new version per edit; cases keep the version they were taken in."""

from __future__ import annotations

import pytest

from lawfulreq.errors import ConflictError, PermissionDeniedError, ValidationError
from lawfulreq.rules.engine import FindingCode as C
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.cases.conftest import demand


def test_edit_makes_a_new_version_and_old_cases_keep_theirs(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    fg, officer = actors["fg"], actors["officer"]
    before = services.intake.create(
        officer,
        demand(
            targets=("06-11111111",), rc_authorisation_date=None, data_categories=("subscriber",)
        ),
    )
    rule = services.catalogue.get("sv-126n")
    edited = services.catalogue.edit(
        fg, "sv-126n", {"rc_authorisation_required": True}, expected_version=rule.version
    )
    assert (edited.version, edited.rc_authorisation_required) == (2, True)
    versions = services.catalogue.versions("sv-126n")
    assert [(v.version, v.current) for v in versions] == [(2, True), (1, False)]
    after = services.intake.create(
        officer,
        demand(
            targets=("06-22222222",), rc_authorisation_date=None, data_categories=("subscriber",)
        ),
    )
    assert C.RC_AUTHORISATION_MISSING in {f.code for f in after.findings}
    assert C.RC_AUTHORISATION_MISSING not in {f.code for f in services.cases.check(fg, before.ref)}
    assert services.cases.get(fg, before.ref).legal_basis.version == 1
    with pytest.raises(ConflictError, match="now at version 2"):
        services.catalogue.edit(fg, "sv-126n", {"notes": "x"}, expected_version=1)
    history = services.audit.recent(fg, limit=50)
    assert any(e.action == "catalogue.edited" and e.object_id == "sv-126n" for e in history)


def test_only_the_fg_edits_and_bad_values_are_named(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    with pytest.raises(PermissionDeniedError):
        services.catalogue.edit(actors["officer"], "sv-126n", {"notes": "x"}, expected_version=1)
    with pytest.raises(ValidationError, match="issuer_roles"):
        services.catalogue.edit(
            actors["fg"], "sv-126n", {"issuer_roles": ["judge"]}, expected_version=1
        )
    with pytest.raises(ValidationError, match="code: not an editable"):
        services.catalogue.edit(actors["fg"], "sv-126n", {"code": "x"}, expected_version=1)
    with pytest.raises(ValidationError, match="max_future_days"):
        services.catalogue.edit(
            actors["fg"], "sv-126n", {"max_future_days": True}, expected_version=1
        )
