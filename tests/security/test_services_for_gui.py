"""What the security screens need from the services: each role allowed and refused there too."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from lawfulreq.clock import fixed_clock
from lawfulreq.db.models import AuditEvent
from lawfulreq.errors import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from lawfulreq.services.audit import AuditFilter, record
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from lawfulreq.services.settings import IDLE_LOCK_KEY
from lawfulreq.services.users import UserService
from lawfulreq.settings_registry import spec
from tests.conftest import NOW, TEST_PASSWORD


def test_only_fg_sets_the_idle_lock_and_everyone_reads_it(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    assert services.settings.idle_lock_minutes() == spec(IDLE_LOCK_KEY).default
    for role in ("officer", "auditor"):
        with pytest.raises(PermissionDeniedError):
            services.settings.set_idle_lock_minutes(actors[role], 5)
    with pytest.raises(ValidationError) as info:
        services.settings.set_idle_lock_minutes(actors["fg"], 0)
    assert info.value.code == "bad_setting"
    assert services.settings.set_idle_lock_minutes(actors["fg"], 3) == 3
    services.settings.set_idle_lock_minutes(actors["fg"], 4)
    assert services.settings.idle_lock_minutes() == 4
    changed = services.audit.list(actors["fg"], AuditFilter(action="setting.changed"))
    assert [e.details for e in changed] == [{"before": 3, "after": 4}, {"before": 10, "after": 3}]


def test_fg_unlocks_a_locked_account_and_others_may_not(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.users.login("officer", "wrong-password")
    with pytest.raises(AuthenticationError) as info:
        services.users.login("officer", TEST_PASSWORD)
    assert info.value.code == "account_locked"
    for role in ("officer2", "auditor"):
        with pytest.raises(PermissionDeniedError):
            services.users.unlock(actors[role], "officer")
    with pytest.raises(NotFoundError):
        services.users.unlock(actors["fg"], "nobody")
    view = services.users.unlock(actors["fg"], "officer")
    assert view.locked_until is None
    assert services.users.login("officer", TEST_PASSWORD).username == "officer"
    event = services.audit.list(actors["fg"], AuditFilter(action="user.unlocked"))[0]
    assert event.actor == "fg" and event.details == {"username": "officer", "was_locked": True}


def test_the_fifth_failure_says_locked_until(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    codes = []
    for _ in range(5):
        with pytest.raises(AuthenticationError) as info:
            services.users.login("auditor", "wrong-password")
        codes.append(info.value.code)
        assert "attempts_left" not in info.value.params  # the login form reveals nothing
    assert codes == ["bad_credentials"] * 4 + ["account_locked"]
    assert info.value.params["until"] == (NOW + timedelta(minutes=15)).astimezone(UTC).isoformat()


def test_reauthenticate_counts_down_and_locks_like_login(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    officer = actors["officer"]
    left = []
    for _ in range(4):
        with pytest.raises(AuthenticationError) as info:
            services.users.reauthenticate(officer, "wrong-password")
        left.append(info.value.params["attempts_left"])
    assert left == [4, 3, 2, 1]
    with pytest.raises(AuthenticationError) as info:
        services.users.reauthenticate(officer, "wrong-password")
    assert info.value.code == "account_locked"
    with pytest.raises(AuthenticationError) as info:
        services.users.reauthenticate(officer, TEST_PASSWORD)
    assert info.value.code == "account_locked"
    later = UserService(services.db, fixed_clock(NOW + timedelta(minutes=16)))
    assert later.reauthenticate(officer, TEST_PASSWORD) == officer
    actions = [e.action for e in services.audit.list(actors["fg"], AuditFilter(actor="officer"))]
    assert actions[0] == "login.succeeded" and "user.locked" in actions


def test_audit_list_filters_by_case_ref_and_text_and_shows_hashes(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    fg = actors["fg"]
    services.settings.set_idle_lock_minutes(fg, 7)
    everything = services.audit.list(fg)
    assert all(len(e.hash) == 64 and len(e.prev_hash) == 64 for e in everything)
    assert everything[0].prev_hash == everything[1].hash
    found = services.audit.list(fg, AuditFilter(text="IDLE_LOCK"))
    assert [e.action for e in found] == ["setting.changed"]
    assert services.audit.count(fg, AuditFilter(text="100%_")) == 0
    assert services.audit.count(fg, AuditFilter(case_ref="no-such-case")) == 0
    facets = services.audit.facets(fg)
    assert {"fg", "officer", "auditor"} <= set(facets.actors)
    assert "setting.changed" in facets.actions and facets.actions == sorted(facets.actions)


def test_locate_finds_an_event_or_the_one_after_a_gap(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    fg = actors["fg"]
    events = services.audit.list(fg)
    newest = events[0].id
    target = events[5].id
    located = services.audit.locate(fg, target)
    assert located is not None and (located.row, located.event_id) == (5, target)
    assert services.audit.locate(fg, newest + 1) is None
    with services.db.sessions.begin() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == target).values(id=-target))
    located = services.audit.locate(fg, target)
    assert located is not None and located.event_id == target + 1 and located.row == 4
    logins = AuditFilter(action="login.")
    first_login = services.audit.list(fg, logins)[-1]
    spot = services.audit.locate(fg, 1, logins)
    assert spot is not None and spot.event_id == first_login.id
    assert spot.row == services.audit.count(fg, logins) - 1


@pytest.mark.parametrize("role", ["officer", "auditor"])
def test_only_fg_backs_up_and_restores(
    services: AppServices, actors: dict[str, Actor], role: str, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDeniedError):
        services.backup.backup(actors[role], tmp_path / "b.lrbak", "x" * 20)
    with pytest.raises(PermissionDeniedError):
        services.backup.restore(actors[role], tmp_path / "b.lrbak", "x" * 20)
    assert not (tmp_path / "b.lrbak").exists()


@pytest.mark.parametrize("role", ["officer"])
def test_officers_may_not_read_the_audit_trail(
    services: AppServices, actors: dict[str, Actor], role: str
) -> None:
    for call in (
        lambda: services.audit.list(actors[role]),
        lambda: services.audit.count(actors[role]),
        lambda: services.audit.verify(actors[role]),
        lambda: services.audit.facets(actors[role]),
        lambda: services.audit.locate(actors[role], 1),
    ):
        with pytest.raises(PermissionDeniedError):
            call()
    assert services.audit.verify(actors["auditor"]).ok


def test_audit_text_search_finds_accented_names_in_the_details(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    """Details are JSON with escaped letters; the search must still find "Ömer Çelik"."""
    fg = actors["fg"]
    with services.db.sessions.begin() as session:
        record(session, fg, "test.accents", NOW, details={"customer": "Ömer Çelik", "q": 'a"b'})
    for text in ("Ömer", "ömer", "ÇELIK", "Çelik", "mer Ç", 'a"b'):
        found = services.audit.list(fg, AuditFilter(text=text))
        assert [e.action for e in found] == ["test.accents"], text
    assert services.audit.count(fg, AuditFilter(text="Omer Celik")) == 0  # no accent folding
