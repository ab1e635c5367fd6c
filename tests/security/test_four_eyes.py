"""The four-eyes rule: nobody approves a disclosure they prepared or added to."""

from __future__ import annotations

import pytest

from lawfulreq.domain.enums import Role
from lawfulreq.errors import ConflictError, PermissionDeniedError
from lawfulreq.security.four_eyes import require_four_eyes
from lawfulreq.services.base import Actor


@pytest.fixture
def actors() -> dict[str, Actor]:
    return {
        "fg": Actor(1, "fg", Role.FG),
        "officer": Actor(2, "officer", Role.OFFICER),
        "officer2": Actor(3, "officer2", Role.OFFICER),
        "auditor": Actor(4, "auditor", Role.AUDITOR),
    }


def test_another_officer_may_approve(actors: dict[str, Actor]) -> None:
    require_four_eyes(actors["officer2"], actors["officer"].user_id)
    require_four_eyes(actors["fg"], actors["officer"].user_id, [actors["officer2"].user_id])


def test_preparer_may_not_approve(actors: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDeniedError) as info:
        require_four_eyes(actors["officer"], actors["officer"].user_id)
    assert info.value.code == "four_eyes"
    assert "officer" in info.value.message


def test_contributor_may_not_approve(actors: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDeniedError) as info:
        require_four_eyes(
            actors["officer2"], actors["officer"].user_id, [None, actors["officer2"].user_id]
        )
    assert info.value.code == "four_eyes"


def test_auditor_may_never_approve(actors: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDeniedError) as info:
        require_four_eyes(actors["auditor"], actors["officer"].user_id)
    assert info.value.code == "permission_denied"


def test_unprepared_disclosure_cannot_be_approved(actors: dict[str, Actor]) -> None:
    with pytest.raises(ConflictError) as info:
        require_four_eyes(actors["officer"], None)
    assert info.value.code == "not_prepared"
