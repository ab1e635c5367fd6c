"""Encrypted online backup and verified restore, for SQLite (SQLCipher) and PostgreSQL.

A backup file is `MAGIC`, a 4-byte header length, a JSON header, then the payload:
- SQLite: a SQLCipher copy made with the SQLite online backup API under a fresh random key;
- PostgreSQL: `pg_dump --format=custom`, encrypted in 1 MiB AES-256-GCM chunks as it streams.
The payload key and the source's audit key are wrapped with AES-256-GCM under a key derived
(scrypt) from the backup passphrase; the header (payload size and SHA-256 included) is the
wrap's associated data, so a changed header or payload is refused. No plain copy of the data
ever touches the disk: the dump is piped, and the SQLite copy is encrypted page by page.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import struct
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import sqlcipher3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from lawfulreq import __version__
from lawfulreq.clock import Clock, system_clock
from lawfulreq.db.database import new_sqlite_key, open_database
from lawfulreq.db.engine import DatabaseTarget, sqlite_engine
from lawfulreq.errors import StorageError, ValidationError
from lawfulreq.security import keys
from lawfulreq.security.permissions import Permission
from lawfulreq.services.audit import ChainReport, record, reseal_anchor, verify_chain
from lawfulreq.services.base import SYSTEM_ACTOR, Actor, Service

MAGIC = b"LAWFULREQ-BACKUP/1\n"
BACKUP_PASSPHRASE_ENV = "LAWFULREQ_BACKUP_PASSPHRASE"  # noqa: S105 - a variable name
MIN_PASSPHRASE = 12
CHUNK = 1 << 20
_PG_TOOLS_TIMEOUT = 3600


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    backend: str
    size: int
    sha256: str
    audit_events: int


@dataclass(frozen=True)
class BackupSummary:
    """What a backup file says about itself, once its passphrase opened it."""

    path: Path
    backend: str
    created_at: str
    app_version: str
    audit_events: int


@dataclass(frozen=True)
class RestoreReport:
    backend: str
    created_at: str
    chain: ChainReport


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"the backup passphrase needs at least {MIN_PASSPHRASE} characters",
            code="weak_backup_passphrase",
            field="passphrase",
        )


def _sqlcipher_connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URL for pg_dump/pg_restore, the password moved to the environment (not argv)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise StorageError(
            f"{name} is not installed; it is needed to back up or restore PostgreSQL",
            code="pg_tools_missing",
        )
    return found


def _header_aad(header: dict[str, Any]) -> bytes:
    core = {k: v for k, v in header.items() if k != "wrapped"}
    return json.dumps(core, sort_keys=True, separators=(",", ":")).encode()


def _encrypt_stream(source: IO[bytes], sink: IO[bytes], key: bytes) -> None:
    """Length-prefixed AES-GCM chunks; the last one is marked, so truncation is detected."""
    aead = AESGCM(key)
    prefix = secrets.token_bytes(8)
    sink.write(prefix)
    index = 0
    block = source.read(CHUNK)
    while True:
        following = source.read(CHUNK) if block else b""
        final = not following
        nonce = prefix + struct.pack(">I", index)
        sealed = aead.encrypt(nonce, block, struct.pack(">I?", index, final))
        sink.write(struct.pack(">I", len(sealed)) + sealed)
        if final:
            return
        block, index = following, index + 1


def _decrypt_stream(source: IO[bytes], key: bytes) -> Iterator[bytes]:
    aead = AESGCM(key)
    prefix = source.read(8)
    index = 0
    while True:
        size_bytes = source.read(4)
        if len(size_bytes) != 4:
            raise StorageError("the backup file is cut short", code="backup_damaged")
        sealed = source.read(struct.unpack(">I", size_bytes)[0])
        nonce = prefix + struct.pack(">I", index)
        for final in (False, True):
            try:
                block = aead.decrypt(nonce, sealed, struct.pack(">I?", index, final))
            except InvalidTag:
                continue
            yield block
            if final:
                return
            break
        else:
            raise StorageError("the backup file is damaged", code="backup_damaged")
        index += 1


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_backup(
    out: Path, payload: Path, header: dict[str, Any], wrap_key: bytes, secrets_doc: bytes
) -> int:
    header["payload"] = {"size": payload.stat().st_size, "sha256": _sha256_file(payload)}
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(wrap_key).encrypt(nonce, secrets_doc, _header_aad(header))
    header["wrapped"] = {"nonce": nonce.hex(), "sealed": sealed.hex()}
    encoded = json.dumps(header, sort_keys=True).encode()
    partial = out.with_name(out.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as sink, payload.open("rb") as source:
        sink.write(MAGIC + struct.pack(">I", len(encoded)) + encoded)
        shutil.copyfileobj(source, sink, CHUNK)
        sink.flush()
        os.fsync(sink.fileno())
    os.replace(partial, out)
    return int(header["payload"]["size"])


@dataclass(frozen=True)
class _Opened:
    header: dict[str, Any]
    data_key: bytes
    audit_key: bytes
    payload_offset: int


def read_backup(path: Path, passphrase: str) -> _Opened:
    """Check the header and the passphrase; the payload's SHA-256 is checked as well."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise StorageError(f"{path}: not a LawfulReq backup", code="not_a_backup")
            (length,) = struct.unpack(">I", handle.read(4))
            header = json.loads(handle.read(length))
            offset = handle.tell()
    except (OSError, struct.error, ValueError) as exc:
        raise StorageError(f"{path}: cannot read the backup: {exc}", code="not_a_backup") from exc
    kdf = header["kdf"]
    wrap_key = keys.derive_key(passphrase, bytes.fromhex(kdf["salt"]))
    wrapped = header["wrapped"]
    try:
        doc = AESGCM(wrap_key).decrypt(
            bytes.fromhex(wrapped["nonce"]), bytes.fromhex(wrapped["sealed"]), _header_aad(header)
        )
    except InvalidTag as exc:
        raise StorageError(
            f"{path}: wrong backup passphrase, or the backup file was changed",
            code="wrong_backup_passphrase",
        ) from exc
    with path.open("rb") as handle:
        handle.seek(offset)
        digest = hashlib.sha256()
        size = 0
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
            size += len(block)
    if size != header["payload"]["size"] or digest.hexdigest() != header["payload"]["sha256"]:
        raise StorageError(f"{path}: the backup file is damaged", code="backup_damaged")
    secrets_doc = json.loads(doc)
    return _Opened(
        header,
        bytes.fromhex(secrets_doc["data_key"]),
        bytes.fromhex(secrets_doc["audit_key"]),
        offset,
    )


class BackupService(Service):
    def backup(self, actor: Actor, out: Path, passphrase: str) -> BackupInfo:
        """A consistent copy while the database stays in use; the backup itself is audited."""
        actor.require(Permission.BACKUP)
        _check_passphrase(passphrase)
        out = out.expanduser().resolve()
        if not out.parent.is_dir():
            raise ValidationError(f"{out.parent}: no such folder", code="bad_path", field="file")
        salt = secrets.token_bytes(16)
        data_key = secrets.token_bytes(32)
        header: dict[str, Any] = {
            "format": 1,
            "backend": self._db.dialect,
            "created_at": self._clock().isoformat(),
            "app_version": __version__,
            "kdf": {"name": "scrypt", "n": 2**15, "r": 8, "p": 1, "salt": salt.hex()},
        }
        scratch = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
        try:
            if self._db.dialect == "sqlite":
                events = self._copy_sqlite(scratch, data_key)
            else:
                events = self._dump_postgres(scratch, data_key)
            header["audit_events"] = events
            secrets_doc = json.dumps(
                {"data_key": data_key.hex(), "audit_key": self._db.audit_key.hex()}
            ).encode()
            size = _write_backup(
                out, scratch, header, keys.derive_key(passphrase, salt), secrets_doc
            )
        finally:
            scratch.unlink(missing_ok=True)
        digest = _sha256_file(out)
        with self._unit_of_work() as session:
            record(
                session,
                actor,
                "backup.created",
                self._clock(),
                object_type="backup",
                object_id=out.name,
                details={"file": str(out), "sha256": digest, "audit_events": events},
            )
        return BackupInfo(out, self._db.dialect, size, digest, events)

    def describe_backup(self, actor: Actor, backup: Path, passphrase: str) -> BackupSummary:
        """Open a backup's header with its passphrase (checked, with the payload's SHA-256),
        so a restore can say what it would bring back before anything is replaced."""
        actor.require(Permission.BACKUP)
        backup = backup.expanduser().resolve()
        if not backup.is_file():
            raise ValidationError(f"{backup}: no such file", code="bad_path", field="file")
        header = read_backup(backup, passphrase).header
        return BackupSummary(
            backup,
            str(header.get("backend", "")),
            str(header.get("created_at", "")),
            str(header.get("app_version", "")),
            int(header.get("audit_events", 0)),
        )

    def restore(self, actor: Actor, backup: Path, passphrase: str) -> RestoreReport:
        """Replace this database with a backup (FG only). Close every other service first:
        the pooled connections are dropped here, and the caller signs in again afterwards."""
        actor.require(Permission.BACKUP)
        backup = backup.expanduser().resolve()
        if not backup.is_file():
            raise ValidationError(f"{backup}: no such file", code="bad_path", field="file")
        # Checked before the pool is dropped: a wrong passphrase leaves everything as it was.
        read_backup(backup, passphrase)
        self._db.engine.dispose()
        return restore_backup(self._db.target, backup, passphrase, actor=actor, clock=self._clock)

    def _copy_sqlite(self, scratch: Path, data_key: bytes) -> int:
        raw = self._db.engine.raw_connection()
        try:
            copy = _sqlcipher_connect(scratch, data_key)
            try:
                # One step (pages=-1): the copy is one consistent snapshot of the live file.
                source = raw.driver_connection
                assert source is not None
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                return int(copy.execute("SELECT count(*) FROM audit_event").fetchone()[0])
            finally:
                copy.close()
        finally:
            raw.close()

    def _dump_postgres(self, scratch: Path, data_key: bytes) -> int:
        url, env = _libpq(self._db.target.url)
        command = [_pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--dbname={url}"]
        with scratch.open("wb") as sink:
            # Reads the dump as it streams and encrypts it; pg_dump's snapshot is consistent.
            with subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
            ) as proc:
                assert proc.stdout is not None
                _encrypt_stream(proc.stdout, sink, data_key)
                stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            if proc.returncode != 0:
                raise StorageError(f"pg_dump failed: {stderr.strip()}", code="backup_failed")
        with self._unit_of_work() as session:
            return int(session.execute(text("SELECT count(*) FROM audit_event")).scalar_one())


def restore_backup(
    target: DatabaseTarget,
    backup: Path,
    passphrase: str,
    *,
    actor: Actor = SYSTEM_ACTOR,
    clock: Clock = system_clock,
) -> RestoreReport:
    """Replace `target` with the backup's content, then verify the result's audit chain.

    SQLite: the backup's chain is verified BEFORE the live file is touched; the copy is
    re-encrypted under the target's key (the target's own, or a new one) and its audit
    anchor resealed under the matching audit key. PostgreSQL: pg_restore --clean into the
    target in one transaction, then the chain is verified.
    """
    opened = read_backup(backup, passphrase)
    backend = opened.header["backend"]
    want = "sqlite" if target.is_sqlite else "postgresql"
    if backend != want:
        raise ValidationError(
            f"{backup}: a {backend} backup cannot be restored into a {want} database",
            code="backend_mismatch",
        )
    if target.sqlite_path is not None:
        _restore_sqlite(target.sqlite_path, backup, opened, clock)
    else:
        _restore_postgres(target.url, backup, opened)
    db = open_database(target)
    try:
        with db.sessions.begin() as session:
            report = verify_chain(session)
            record(
                session,
                actor,
                "backup.restored",
                clock(),
                object_type="backup",
                object_id=backup.name,
                details={"backup_created_at": opened.header["created_at"], "ok": report.ok},
            )
    finally:
        db.dispose()
    return RestoreReport(backend, str(opened.header["created_at"]), report)


def _restore_sqlite(path: Path, backup: Path, opened: _Opened, clock: Clock) -> None:
    scratch = path.with_name(f".{path.name}.{secrets.token_hex(4)}.restore")
    try:
        with backup.open("rb") as source:
            source.seek(opened.payload_offset)
            fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as sink:
                shutil.copyfileobj(source, sink, CHUNK)
        engine = sqlite_engine(scratch, opened.data_key)
        try:
            with engine.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if result != "ok":
                raise StorageError(
                    f"{backup}: the database inside fails its integrity check: {result}",
                    code="backup_damaged",
                )
            keys.bind_audit_key(engine, opened.audit_key)
            with sessionmaker(engine).begin() as session:
                chain = verify_chain(session)
                if not chain.ok:
                    raise StorageError(
                        f"{backup}: its audit trail is broken at event "
                        f"{chain.first_broken}: {chain.problem}; nothing was restored",
                        code="backup_chain_broken",
                    )
                target_key = keys.load_key(path) if path.exists() else new_sqlite_key(path)
                reseal_anchor(session, keys.audit_key_for(target_key), clock())
        finally:
            engine.dispose()
        source_conn = _sqlcipher_connect(scratch, opened.data_key)
        target_conn = _sqlcipher_connect(path, target_key)
        try:
            source_conn.backup(target_conn)
        finally:
            target_conn.close()
            source_conn.close()
    finally:
        for leftover in (scratch, *(scratch.with_name(scratch.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def _restore_postgres(url: str, backup: Path, opened: _Opened) -> None:
    libpq_url, env = _libpq(url)
    command = [
        _pg_tool("pg_restore"),
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        f"--dbname={libpq_url}",
    ]
    with backup.open("rb") as source:
        source.seek(opened.payload_offset)
        with subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            command, stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        ) as proc:
            assert proc.stdin is not None
            try:
                for block in _decrypt_stream(source, opened.data_key):
                    proc.stdin.write(block)
            finally:
                proc.stdin.close()
            stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise StorageError(f"pg_restore failed: {stderr.strip()}", code="restore_failed")
