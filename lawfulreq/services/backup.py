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
from datetime import UTC
from pathlib import Path
from typing import IO, Any

import sqlcipher3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from lawfulreq import __version__, safejson
from lawfulreq.clock import Clock, system_clock
from lawfulreq.db.database import (
    RESTORE_TEMP_PREFIX,
    migrate,
    new_sqlite_key,
    open_database,
    remove_restore_leftovers,
    restore_temp_path,
    sqlite_companions,
)
from lawfulreq.db.engine import DatabaseTarget, sqlite_engine
from lawfulreq.db.models import AuditEvent
from lawfulreq.errors import LawfulreqError, StorageError, ValidationError
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
    # The replaced database, kept (None: there was none); its chain's event count and head.
    kept: Path | None = None
    replaced_events: int | None = None
    replaced_head: str = ""


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


MAX_HEADER = 1 << 20


def _header_field(header: Any, *names: str) -> Any:
    value = header
    for name in names:
        if not isinstance(value, dict) or name not in value:
            raise KeyError(".".join(names))
        value = value[name]
    return value


def read_backup(path: Path, passphrase: str) -> _Opened:
    """Check the header and the passphrase; the payload's SHA-256 is checked as well.

    Anything malformed (a header that is not the expected JSON object, a field missing or of
    the wrong type) is a StorageError `not_a_backup`, never a traceback."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise StorageError(f"{path}: not a LawfulReq backup", code="not_a_backup")
            (length,) = struct.unpack(">I", handle.read(4))
            if length > MAX_HEADER:
                raise StorageError(f"{path}: the backup header is too long", code="not_a_backup")
            header = safejson.loads(
                handle.read(length),
                where=f"{path}: the backup header",
                error=StorageError,
                code="not_a_backup",
            )
            offset = handle.tell()
    except (OSError, struct.error) as exc:
        raise StorageError(f"{path}: cannot read the backup: {exc}", code="not_a_backup") from exc
    try:
        salt = bytes.fromhex(_header_field(header, "kdf", "salt"))
        nonce = bytes.fromhex(_header_field(header, "wrapped", "nonce"))
        sealed = bytes.fromhex(_header_field(header, "wrapped", "sealed"))
        size_expected = int(_header_field(header, "payload", "size"))
        sha_expected = str(_header_field(header, "payload", "sha256"))
        aad = _header_aad(header)
        if len(nonce) != 12:
            raise ValueError("nonce length")
    except (KeyError, TypeError, ValueError) as exc:
        raise StorageError(
            f"{path}: the backup header is damaged or incomplete ({exc})", code="not_a_backup"
        ) from exc
    wrap_key = keys.derive_key(passphrase, salt)
    try:
        doc = AESGCM(wrap_key).decrypt(nonce, sealed, aad)
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
    if size != size_expected or digest.hexdigest() != sha_expected:
        raise StorageError(f"{path}: the backup file is damaged", code="backup_damaged")
    try:
        secrets_doc = json.loads(doc)
        data_key = bytes.fromhex(secrets_doc["data_key"])
        audit_key = bytes.fromhex(secrets_doc["audit_key"])
    except (KeyError, TypeError, ValueError) as exc:
        raise StorageError(f"{path}: the backup's keys are damaged", code="backup_damaged") from exc
    return _Opened(header, data_key, audit_key, offset)


class BackupService(Service):
    def backup(
        self, actor: Actor, out: Path, passphrase: str, *, overwrite: bool = False
    ) -> BackupInfo:
        """A consistent copy while the database stays in use; the backup itself is audited.

        Refused: the database itself or one of its companion files as `out`, however spelled
        (relative, through a symlink, in other letter case); an existing file unless
        `overwrite`."""
        actor.require(Permission.BACKUP)
        _check_passphrase(passphrase)
        out = self._checked_backup_path(out, overwrite=overwrite)
        size, digest, events = self.write_backup_file(out, passphrase)
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

    def write_backup_file(self, out: Path, passphrase: str) -> tuple[int, str, int]:
        """Write the encrypted backup file (no permission check, no audit event: callers do
        both); returns the payload size, the file's SHA-256 and the audit event count."""
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
        return size, _sha256_file(out), events

    def _checked_backup_path(self, out: Path, *, overwrite: bool) -> Path:
        written = Path(os.path.abspath(out.expanduser()))
        resolved = written.resolve()
        if not resolved.parent.is_dir():
            raise ValidationError(
                f"{resolved.parent}: no such folder", code="bad_path", field="file"
            )
        live = self._db.target.sqlite_path
        if live is not None and _is_database_file(live, (written, resolved)):
            raise ValidationError(
                f"{out}: that is the database itself or one of its files; "
                "choose another file for the backup",
                code="backup_would_overwrite_database",
                field="file",
            )
        if (written.exists() or written.is_symlink()) and not overwrite:
            raise ValidationError(
                f"{resolved}: the file exists; choose another name, or --overwrite to replace it",
                code="file_exists",
                field="file",
            )
        return resolved

    def authorise_restore(self, actor: Actor) -> None:
        """Refuse (and audit the refusal) unless `actor` may replace this database."""
        actor.require(Permission.BACKUP)

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


def _is_database_file(database: Path, candidates: tuple[Path, ...]) -> bool:
    """Whether any spelling of the backup's path names the live database or a companion.

    Compared by letters ignoring case (Windows and macOS file systems ignore it) and, where
    both exist, by identity (hard links, bind mounts)."""
    protected: list[Path] = []
    for base in {database, database.resolve()}:
        protected += [base, *sqlite_companions(base)]
        protected += list(base.parent.glob(f".{base.name}{RESTORE_TEMP_PREFIX}*"))
    names = {str(p).casefold() for p in protected}
    for candidate in candidates:
        if str(candidate).casefold() in names:
            return True
        for path in protected:
            try:
                if candidate.exists() and path.exists() and os.path.samefile(candidate, path):
                    return True
            except OSError:
                continue
    return False


def restore_backup(
    target: DatabaseTarget,
    backup: Path,
    passphrase: str,
    *,
    actor: Actor = SYSTEM_ACTOR,
    clock: Clock = system_clock,
) -> RestoreReport:
    """Replace `target` with the backup's content, keeping what it replaces as evidence.

    SQLite: the backup's chain is verified BEFORE the live file is touched; the new database
    is built whole in a temporary file beside the target (re-encrypted under the target's key,
    its anchor resealed, the `backup.restored` event already in it), and only then swapped in
    with one rename. The replaced file stays beside it, encrypted as it was, named
    `<file>.replaced-<UTC time>-<head hash>`; its chain's head and event count are in the
    restore event. A kill at any moment leaves either the old database or the new one with its
    restore event; temporary files left by a kill are removed on the next start.
    PostgreSQL: the current database is first dumped into an encrypted backup file beside
    `backup` (same passphrase), then pg_restore --clean runs in one transaction and the
    restore event is recorded after it.
    """
    opened = read_backup(backup, passphrase)
    backend = opened.header.get("backend")
    want = "sqlite" if target.is_sqlite else "postgresql"
    if backend != want:
        raise ValidationError(
            f"{backup}: a {backend} backup cannot be restored into a {want} database",
            code="backend_mismatch",
        )
    if target.sqlite_path is not None:
        return _restore_sqlite(target.sqlite_path, backup, opened, actor, clock)
    return _restore_postgres(target, backup, passphrase, opened, actor=actor, clock=clock)


@dataclass(frozen=True)
class _Replaced:
    """The chain of a database a restore replaces, as it stood just before."""

    events: int | None
    head: str
    kept: Path | None = None
    error: str = ""

    def details(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "head": self.head or None,
            "kept_as": self.kept.name if self.kept else None,
            **({"error": self.error} if self.error else {}),
        }


def _stamp(clock: Clock) -> str:
    return clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _chain_head(session: Any) -> tuple[int, str]:
    count = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    last = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    return count, str(last or "")


def _close_replaced_sqlite(
    path: Path, key: bytes, actor: Actor, clock: Clock, backup: Path
) -> _Replaced:
    """Append `backup.restore_started` to the database about to be replaced, read its head,
    and fold its WAL into the file (so the file alone is the whole database)."""
    engine = sqlite_engine(path, key)
    try:
        keys.bind_audit_key(engine, keys.audit_key_for(key))
        sessions = sessionmaker(engine)
        with sessions.begin() as session:
            record(
                session,
                actor,
                "backup.restore_started",
                clock(),
                object_type="backup",
                object_id=backup.name,
                details={"backup": str(backup)},
            )
            events, head = _chain_head(session)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return _Replaced(events, head)
    except (DBAPIError, LawfulreqError) as exc:
        # A database too damaged to write to is kept as it is; the restore says why.
        return _Replaced(None, "", error=f"{type(exc).__name__}: {exc}"[:500])
    finally:
        engine.dispose()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep_beside(path: Path, kept: Path) -> None:
    """A second name for the replaced file (and its WAL, if a damaged one stayed behind)."""
    for suffix in ("", "-wal"):
        source = path.with_name(path.name + suffix)
        if not source.exists():
            continue
        destination = kept.with_name(kept.name + suffix)
        try:
            os.link(source, destination)
        except OSError:
            shutil.copy2(source, destination)
        os.chmod(destination, 0o600)
    info = keys.keyinfo_path(path)
    if info.exists():
        shutil.copy2(info, keys.keyinfo_path(kept))


def _restore_sqlite(
    path: Path, backup: Path, opened: _Opened, actor: Actor, clock: Clock
) -> RestoreReport:
    remove_restore_leftovers(path)
    token = secrets.token_hex(4)
    scratch = restore_temp_path(path, token + "-backup")
    fresh = restore_temp_path(path, token)
    try:
        with backup.open("rb") as source:
            source.seek(opened.payload_offset)
            fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as sink:
                shutil.copyfileobj(source, sink, CHUNK)
        existed = path.exists()
        target_key = keys.load_key(path) if existed else new_sqlite_key(path)
        _check_and_reseal(scratch, backup, opened, keys.audit_key_for(target_key), clock)
        # The new file is owner-only from its first byte; SQLite keeps the mode.
        os.close(os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        source_conn = _sqlcipher_connect(scratch, opened.data_key)
        fresh_conn = _sqlcipher_connect(fresh, target_key)
        try:
            source_conn.backup(fresh_conn)
        finally:
            fresh_conn.close()
            source_conn.close()
        replaced = (
            _close_replaced_sqlite(path, target_key, actor, clock, backup) if existed else None
        )
        kept: Path | None = None
        if replaced is not None:
            head = (replaced.head or "unreadable")[:16]
            kept = path.with_name(f"{path.name}.replaced-{_stamp(clock)}-{head}")
            replaced = _Replaced(replaced.events, replaced.head, kept, replaced.error)
        report = _record_restored(
            fresh, target_key, backup, opened, replaced, actor=actor, clock=clock
        )
        if kept is not None:
            _keep_beside(path, kept)
            for companion in ("-wal", "-shm"):
                path.with_name(path.name + companion).unlink(missing_ok=True)
        # The one step that switches databases: before it the old file, after it the new one.
        os.replace(fresh, path)
        _fsync_dir(path.parent)
        return RestoreReport(
            "sqlite",
            str(opened.header.get("created_at", "")),
            report,
            kept=kept,
            replaced_events=replaced.events if replaced else None,
            replaced_head=replaced.head if replaced else "",
        )
    finally:
        for temp in (scratch, fresh):
            for suffix in ("", "-wal", "-shm", "-journal"):
                temp.with_name(temp.name + suffix).unlink(missing_ok=True)


def _check_and_reseal(
    scratch: Path, backup: Path, opened: _Opened, target_audit_key: bytes, clock: Clock
) -> None:
    """The backup's own file: intact, its chain verified, its anchor sealed for the target."""
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
        sessions = sessionmaker(engine)
        with sessions.begin() as session:
            chain = verify_chain(session)
            if not chain.ok:
                raise StorageError(
                    f"{backup}: its audit log is broken at event "
                    f"{chain.first_broken}: {chain.problem}; nothing was restored",
                    code="backup_chain_broken",
                )
            reseal_anchor(session, target_audit_key, clock())
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except DBAPIError as exc:
        raise StorageError(
            f"{backup}: the database inside cannot be read: {exc.orig}", code="backup_damaged"
        ) from exc
    finally:
        engine.dispose()


def _record_restored(
    fresh: Path,
    key: bytes,
    backup: Path,
    opened: _Opened,
    replaced: _Replaced | None,
    *,
    actor: Actor,
    clock: Clock,
) -> ChainReport:
    """Migrate the new file, verify its chain and append `backup.restored`, before the swap."""
    engine = sqlite_engine(fresh, key)
    try:
        migrate(engine)
        keys.bind_audit_key(engine, keys.audit_key_for(key))
        sessions = sessionmaker(engine)
        with sessions.begin() as session:
            report = verify_chain(session)
            record(
                session,
                actor,
                "backup.restored",
                clock(),
                object_type="backup",
                object_id=backup.name,
                details={
                    "backup_created_at": opened.header.get("created_at"),
                    "ok": report.ok,
                    "replaced": replaced.details() if replaced else None,
                },
            )
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("PRAGMA journal_mode = DELETE")
    finally:
        engine.dispose()
    with fresh.open("rb+") as handle:
        os.fsync(handle.fileno())
    return report


def _restore_postgres(
    target: DatabaseTarget,
    backup: Path,
    passphrase: str,
    opened: _Opened,
    *,
    actor: Actor,
    clock: Clock,
) -> RestoreReport:
    db = open_database(target)
    try:
        sessions = db.sessions
        with sessions.begin() as session:
            record(
                session,
                actor,
                "backup.restore_started",
                clock(),
                object_type="backup",
                object_id=backup.name,
                details={"backup": str(backup)},
            )
        with sessions.begin() as session:
            events, head = _chain_head(session)
        # The database about to be replaced, kept as an encrypted backup under the same
        # passphrase, beside the backup being restored.
        kept = backup.with_name(
            f"lawfulreq-replaced-{_stamp(clock)}-{(head or 'empty')[:16]}{backup.suffix}"
        )
        BackupService(db, clock).write_backup_file(kept, passphrase)
    finally:
        db.dispose()
    _pg_restore(target.url, backup, opened)
    replaced = _Replaced(events, head, kept)
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
                details={
                    "backup_created_at": opened.header.get("created_at"),
                    "ok": report.ok,
                    "replaced": replaced.details(),
                },
            )
    finally:
        db.dispose()
    return RestoreReport(
        "postgresql",
        str(opened.header.get("created_at", "")),
        report,
        kept=kept,
        replaced_events=events,
        replaced_head=head,
    )


def _pg_restore(url: str, backup: Path, opened: _Opened) -> None:
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
