"""Database keys: a random key kept in the OS keyring, or one derived from a passphrase.

Beside each encrypted SQLite file lies `<file>.keyinfo` (JSON, no secret in it) saying
which applies: the keyring entry's name, or the scrypt salt and parameters.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError, NoKeyringError

from lawfulreq import safejson
from lawfulreq.errors import SecretStoreUnavailableError, StorageError

KEYRING_SERVICE = "LawfulReq database key"
PASSPHRASE_ENV = "LAWFULREQ_DB_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
# The demo database holds only synthetic data; its passphrase is public and documented.
DEMO_PASSPHRASE = "lawfulreq-demo-synthetic-data"  # noqa: S105

Mode = Literal["keyring", "passphrase", "demo"]

_SCRYPT_N = 2**15
_SCRYPT_R = 8
_SCRYPT_P = 1


@dataclass(frozen=True)
class KeyInfo:
    mode: Mode
    key_id: str
    salt_hex: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": 1,
                "mode": self.mode,
                "key_id": self.key_id,
                "kdf": "scrypt" if self.mode != "keyring" else None,
                "scrypt": {"n": _SCRYPT_N, "r": _SCRYPT_R, "p": _SCRYPT_P},
                "salt": self.salt_hex,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> KeyInfo:
        """Parse a key info file; anything malformed is a StorageError `bad_keyinfo`."""
        data = safejson.loads(
            text, where="the key info file", error=StorageError, code="bad_keyinfo"
        )
        if not isinstance(data, dict):
            raise StorageError("the key info file is not a JSON object", code="bad_keyinfo")
        mode = data.get("mode")
        if mode not in ("keyring", "passphrase", "demo"):
            raise StorageError(
                f"unknown key mode {str(mode)[:40]!r} in key info file", code="bad_keyinfo"
            )
        key_id, salt = data.get("key_id"), data.get("salt", "")
        if not isinstance(key_id, str) or not key_id or not isinstance(salt, str):
            raise StorageError("the key info file lacks its key id or salt", code="bad_keyinfo")
        if mode != "keyring":
            try:
                if len(bytes.fromhex(salt)) < 16:
                    raise ValueError("short salt")
            except ValueError as exc:
                raise StorageError(
                    "the key info file's salt is not valid", code="bad_keyinfo"
                ) from exc
        return cls(mode=mode, key_id=key_id, salt_hex=salt)


AUDIT_KEY_LABEL = b"lawfulreq audit anchor v1"
# PostgreSQL has no database key here: the anchor's MAC is then a plain checksum and the
# server's grants (migration 0002) protect the trail instead.
PUBLIC_AUDIT_KEY = hashlib.sha256(b"lawfulreq audit anchor: no secret on this backend").digest()


_ENGINE_AUDIT_KEYS: weakref.WeakKeyDictionary[Any, bytes] = weakref.WeakKeyDictionary()


def bind_audit_key(engine: Any, key: bytes) -> None:
    """Remember which audit key belongs to an engine, for sessions made without the factory."""
    _ENGINE_AUDIT_KEYS[engine] = key


def engine_audit_key(engine: Any) -> bytes:
    return _ENGINE_AUDIT_KEYS.get(engine, PUBLIC_AUDIT_KEY)


def audit_key_for(db_key: bytes | None) -> bytes:
    """The key that seals the audit chain's anchor, derived from the database key.

    A separate keyring entry was considered and not taken: on one machine whoever reads the
    database key from the keyring (or knows the passphrase) reads a second entry as well, so it
    would add nothing, while a derived key survives backup, restore and a move to a new machine.
    """
    if db_key is None:
        return PUBLIC_AUDIT_KEY
    return hmac.new(db_key, AUDIT_KEY_LABEL, hashlib.sha256).digest()


def keyinfo_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keyinfo")


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8", "surrogateescape"),
        salt=salt,
        n=_SCRYPT_N,
        r=_SCRYPT_R,
        p=_SCRYPT_P,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )


def _keyring_get(key_id: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, key_id)
    except NoKeyringError as exc:
        raise SecretStoreUnavailableError(
            "no OS keyring is available to unlock this database",
            code="secret_store_unavailable",
        ) from exc
    except KeyringError as exc:
        raise SecretStoreUnavailableError(f"the OS keyring failed: {exc}") from exc


def keyring_available() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    return not isinstance(backend, fail.Keyring) and "null" not in type(backend).__name__.lower()


def create_key(db_path: Path, *, mode: Mode, passphrase: str | None = None) -> bytes:
    """Make the key for a new database and write its key info file."""
    info_path = keyinfo_path(db_path)
    key_id = secrets.token_hex(16)
    if mode == "keyring":
        raw = secrets.token_bytes(32)
        try:
            keyring.set_password(KEYRING_SERVICE, key_id, raw.hex())
        except Exception as exc:
            raise SecretStoreUnavailableError(
                f"could not store the key in the keyring: {exc}"
            ) from exc
        info = KeyInfo(mode="keyring", key_id=key_id)
    else:
        if mode == "demo":
            passphrase = DEMO_PASSPHRASE
        if not passphrase:
            raise SecretStoreUnavailableError(
                f"no keyring available: give a passphrase in {PASSPHRASE_ENV}",
                code="passphrase_required",
            )
        salt = secrets.token_bytes(16)
        raw = derive_key(passphrase, salt)
        info = KeyInfo(mode=mode, key_id=key_id, salt_hex=salt.hex())
    _write_private(info_path, info.to_json())
    return raw


def load_key(db_path: Path, *, passphrase: str | None = None) -> bytes:
    """The key of an existing database, from the keyring or the passphrase."""
    info_path = keyinfo_path(db_path)
    if not info_path.exists():
        raise StorageError(
            f"{db_path}: its key information file {info_path.name} is missing",
            code="keyinfo_missing",
        )
    try:
        raw_info = info_path.read_bytes()
    except OSError as exc:
        raise StorageError(
            f"{info_path}: cannot read ({exc.strerror})", code="bad_keyinfo"
        ) from exc
    info = KeyInfo.from_json(raw_info)
    if info.mode == "keyring":
        stored = _keyring_get(info.key_id)
        if stored is None:
            raise SecretStoreUnavailableError(
                "this database's key is not in this computer's keyring",
                code="key_not_in_keyring",
            )
        try:
            return bytes.fromhex(stored)
        except ValueError as exc:
            raise StorageError(
                "the keyring entry of this database's key is damaged", code="bad_keyring_entry"
            ) from exc
    if info.mode == "demo":
        passphrase = DEMO_PASSPHRASE
    passphrase = passphrase or os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        raise SecretStoreUnavailableError(
            f"this database is protected by a passphrase: set {PASSPHRASE_ENV} or enter it",
            code="passphrase_required",
        )
    return derive_key(passphrase, bytes.fromhex(info.salt_hex))


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
