"""Accounts: first FG, roles enforced in the service, argon2id hashes, lockout."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from lawfulreq.clock import fixed_clock
from lawfulreq.db.models import AppUser
from lawfulreq.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from lawfulreq.services.users import UserService
from tests.conftest import NOW, TEST_PASSWORD


def test_passwords_are_stored_as_argon2id(services: AppServices, actors: dict[str, Actor]) -> None:
    with services.db.sessions() as session:
        hashes = session.scalars(select(AppUser.password_hash)).all()
    assert len(hashes) == 4
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert all(TEST_PASSWORD not in h for h in hashes)


def test_first_admin_only_once(services: AppServices, actors: dict[str, Actor]) -> None:
    with pytest.raises(ConflictError):
        services.users.create_first_admin("second", TEST_PASSWORD)


@pytest.mark.parametrize("role", ["officer", "auditor"])
def test_only_fg_manages_users(services: AppServices, actors: dict[str, Actor], role: str) -> None:
    with pytest.raises(PermissionDeniedError):
        services.users.add(actors[role], "newbie", "officer", TEST_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        services.users.list(actors[role])


def test_weak_password_is_rejected_with_reason(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    with pytest.raises(ValidationError) as info:
        services.users.add(actors["fg"], "weak", "officer", "short")
    assert "at least 12 characters" in info.value.message


def test_duplicate_user_is_a_conflict(services: AppServices, actors: dict[str, Actor]) -> None:
    with pytest.raises(ConflictError):
        services.users.add(actors["fg"], "Officer", "officer", TEST_PASSWORD)


def test_five_failures_lock_the_account_for_fifteen_minutes(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.users.login("officer", "wrong-password")
    with pytest.raises(AuthenticationError) as info:
        services.users.login("officer", TEST_PASSWORD)
    assert info.value.code == "account_locked"
    later = UserService(services.db, fixed_clock(NOW + timedelta(minutes=16)))
    assert later.login("officer", TEST_PASSWORD).username == "officer"
    actions = [e.action for e in services.audit.recent(actors["fg"], limit=20)]
    assert "user.locked" in actions
    assert "login.refused_locked" in actions
