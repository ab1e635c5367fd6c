"""Encryption at rest: no plain bytes on disk, a clear error for a wrong key or no keyring."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from lawfulreq.clock import fixed_clock
from lawfulreq.db.database import open_database
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.errors import SecretStoreUnavailableError, StorageError
from lawfulreq.security import keys
from lawfulreq.services.registry import AppServices, open_services
from tests.conftest import NOW, TEST_PASSWORD, make_users
from tests.security.populate import (
    SECRET_NAMES,
    SECRET_NUMBERS,
    SECRET_REFERENCE,
    SECRET_STREETS,
    populate,
)


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fresh_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DatabaseTarget:
    """A path where no database exists yet, protected by a run-time passphrase."""
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "fresh-" + uuid.uuid4().hex)
    return DatabaseTarget(url="", sqlite_path=tmp_path / "fresh.db")


def _needles() -> list[bytes]:
    texts = [*SECRET_NAMES, *SECRET_NUMBERS, *SECRET_STREETS, SECRET_REFERENCE, "LR-2026-0000"]
    texts += ["Politie Test", "login.succeeded", "argon2id", "CREATE TABLE"]
    out = [t.encode() for t in texts]
    out += [t.encode("utf-16-le") for t in SECRET_NAMES]
    return out


def _files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal")) if p.exists()]


def test_database_and_wal_hold_no_plain_text(sqlite_services: AppServices) -> None:
    actors = make_users(sqlite_services)
    populate(sqlite_services, actors["officer"], cases=5)
    path = sqlite_services.db.target.sqlite_path
    assert path is not None
    files = _files(path)
    assert Path(f"{path}-wal") in files, "the test must see the WAL while the database is open"
    assert sum(f.stat().st_size for f in files) > 64 * 1024
    for file in files:
        data = file.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        for needle in _needles():
            assert needle not in data, f"{needle!r} in plain bytes of {file.name}"
    sqlite_services.close()
    for file in _files(path):
        data = file.read_bytes()
        assert all(needle not in data for needle in _needles())
    # The data is really there: the right key reads it back.
    reopened = open_services(sqlite_services.db.target, clock=fixed_clock(NOW))
    try:
        assert len(reopened.cases.list(reopened.users.login("fg", TEST_PASSWORD))) == 5
    finally:
        reopened.close()


def test_wrong_passphrase_is_a_clear_error(
    fresh_target: DatabaseTarget,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    open_database(fresh_target, create=True).dispose()
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "wrong-" + uuid.uuid4().hex)
    capfd.readouterr()
    with pytest.raises(StorageError) as info:
        open_database(fresh_target)
    assert info.value.code == "wrong_key"
    assert "wrong key or passphrase" in info.value.message
    captured = capfd.readouterr()
    # SQLCipher's own "hmac check failed" lines are switched off: the user sees our message only.
    assert "hmac" not in captured.err.lower()
    assert "sqlcipher" not in captured.err.lower()


def test_wrong_raw_key_message_and_repr_hide_the_key(fresh_target: DatabaseTarget) -> None:
    from lawfulreq.db.engine import check_readable, sqlite_engine

    open_database(fresh_target, create=True).dispose()
    assert fresh_target.sqlite_path is not None
    wrong = bytes(range(32))
    engine = sqlite_engine(fresh_target.sqlite_path, wrong)
    assert wrong.hex() not in repr(engine.url)
    assert wrong.hex() not in str(engine.url)
    assert wrong.hex() not in repr(engine)
    with pytest.raises(StorageError) as info:
        check_readable(engine, fresh_target.describe())
    assert wrong.hex() not in str(info.value)
    assert wrong.hex() not in repr(info.value.params)
    assert wrong.hex() not in repr(info.value.__cause__)


def test_missing_passphrase_says_what_to_do(
    fresh_target: DatabaseTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(fresh_target, create=True).dispose()
    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    with pytest.raises(SecretStoreUnavailableError) as info:
        open_database(fresh_target)
    assert info.value.code == "passphrase_required"
    assert keys.PASSPHRASE_ENV in info.value.message


def test_keyring_mode_round_trip_and_unavailable_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    target = DatabaseTarget(url="", sqlite_path=tmp_path / "kr.db")
    open_database(target, create=True).dispose()
    assert len(memory_keyring.store) == 1
    (stored,) = memory_keyring.store.values()
    keyinfo = (tmp_path / "kr.db.keyinfo").read_text()
    assert stored not in keyinfo
    open_database(target).dispose()

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretStoreUnavailableError) as info:
        open_database(target)
    assert info.value.code == "secret_store_unavailable"
    assert "no OS keyring is available" in info.value.message

    keyring.set_keyring(MemoryKeyring())
    with pytest.raises(SecretStoreUnavailableError) as info:
        open_database(target)
    assert info.value.code == "key_not_in_keyring"


def test_new_database_without_keyring_or_passphrase_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(StorageError) as info:
            open_database(DatabaseTarget(url="", sqlite_path=tmp_path / "n.db"), create=True)
    finally:
        keyring.set_keyring(previous)
    assert info.value.code == "passphrase_required"
    assert not (tmp_path / "n.db").exists()
