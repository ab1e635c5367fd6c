"""Argon2id parameters: at least OWASP's minimum; older hashes are redone at the next sign-in."""

from __future__ import annotations

from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import select, update

from lawfulreq.db.models import AppUser
from lawfulreq.security.passwords import hash_password, verify_password
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD


def test_new_hashes_use_argon2id_at_least_at_owasps_minimum() -> None:
    params = extract_parameters(hash_password("Correct-horse-9"))
    assert params.type.name == "ID"
    # OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1 (or an equivalent trade-off).
    assert params.memory_cost >= 19 * 1024
    assert params.time_cost >= 2
    assert params.memory_cost * params.time_cost >= 19 * 1024 * 2


def test_a_hash_made_with_other_parameters_verifies_and_is_redone_at_sign_in(
    sqlite_services: AppServices,
) -> None:
    sqlite_services.users.create_first_admin("fg", TEST_PASSWORD, "FG")
    old = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash(TEST_PASSWORD)
    assert verify_password(old, TEST_PASSWORD)
    with sqlite_services.db.sessions.begin() as session:
        session.execute(update(AppUser).where(AppUser.username == "fg").values(password_hash=old))
    sqlite_services.users.login("fg", TEST_PASSWORD)
    with sqlite_services.db.sessions.begin() as session:
        stored = session.scalar(select(AppUser.password_hash).where(AppUser.username == "fg"))
    assert stored is not None and stored != old
    assert extract_parameters(stored).memory_cost == 19 * 1024
    assert verify_password(stored, TEST_PASSWORD)
