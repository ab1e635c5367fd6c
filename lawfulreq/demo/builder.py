"""Build the demo database: users, reference data, a million subscribers if asked, and cases."""

from __future__ import annotations

import secrets
import string
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from lawfulreq.clock import AMSTERDAM, fixed_clock
from lawfulreq.db.engine import resolve_target
from lawfulreq.db.models import AppUser, Authority, Base, Customer, DemandCase, Organisation
from lawfulreq.demo.bulk import BulkWriter, epoch_seconds
from lawfulreq.demo.cases import CaseGenerator
from lawfulreq.demo.pools import build_pools
from lawfulreq.demo.reference import add_reference_data
from lawfulreq.demo.signing import add_demo_certificates
from lawfulreq.demo.subscribers import BULK_TABLES, WRITTEN_TABLES, SubscriberGenerator
from lawfulreq.domain.enums import Role
from lawfulreq.errors import ConflictError, StorageError, ValidationError
from lawfulreq.paths import default_database_path
from lawfulreq.security.keys import keyinfo_path
from lawfulreq.security.passwords import check_strength, hash_password
from lawfulreq.services.audit import record
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices, open_services
from lawfulreq.services.statistics import refresh_statistics

DEMO_NOW = datetime(2026, 11, 20, 10, 0, tzinfo=AMSTERDAM)
DEMO_SEED = 20261120
# From this many subscribers a build is large: a forked process generates them while this one
# writes (Linux), and on SQLite the load goes straight into the file (see _build_journal).
# The rows are the same either way; small demos skip starting a process.
LARGE_FROM = 100_000
DEMO_ACTOR = Actor(user_id=0, username="demo", role=Role.FG, display_name="Demo data generator")
# (user name, role, display name)
DEMO_USERS: tuple[tuple[str, Role, str], ...] = (
    ("fg", Role.FG, "Eva Verbeek"),
    ("officer", Role.OFFICER, "Sanne Meijer"),
    ("officer2", Role.OFFICER, "Daan Kuipers"),
    ("auditor", Role.AUDITOR, "Iris Brouwer"),
)

ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]
    seconds: float


def generate_password() -> str:
    """A strong random password for the demo accounts, valid for each of their names."""
    alphabet = "".join(c for c in string.ascii_letters + string.digits if c not in "Il1O0o")
    while True:
        groups = ["".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(4)]
        candidate = "-".join(groups)
        try:
            check_demo_password(candidate)
        except ValidationError:
            continue
        return candidate


def check_demo_password(password: str) -> None:
    """The one password of all four demo accounts must pass the check for each of them."""
    for username, _role, _display in DEMO_USERS:
        check_strength(password, username=username)


def _ensure_empty(session: Session) -> None:
    for model in (AppUser, Customer, DemandCase, Authority, Organisation):
        if session.scalar(select(func.count()).select_from(model)):
            raise ConflictError(
                "demo data goes into an empty database only; this one already holds "
                f"{model.__tablename__} rows",
                code="database_not_empty",
                table=model.__tablename__,
            )


def _add_users(session: Session, password: str, at: datetime) -> dict[str, AppUser]:
    users: dict[str, AppUser] = {}
    for username, role, display in DEMO_USERS:
        user = AppUser(
            username=username,
            display_name=display,
            role=role.value,
            password_hash=hash_password(password),
            active=True,
            failed_logins=0,
            created_at=at,
        )
        session.add(user)
        session.flush()
        record(session, DEMO_ACTOR, "user.created", at, object_type="user", object_id=user.id,
               details={"username": username, "role": role.value, "demo": True})  # fmt: skip
        users[username] = user
    return users


def build_demo(
    services: AppServices,
    *,
    subscribers: int = 2000,
    cases: int = 50,
    seed: int = DEMO_SEED,
    usage_per_customer: int = 3,
    now: datetime = DEMO_NOW,
    password: str,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill an empty database with deterministic synthetic data: reference data and
    subscribers in one transaction, then the cases through the services, then the rows that
    follow them in a last one."""
    if subscribers < 1 or cases < 0 or usage_per_customer < 0:
        raise ValidationError(
            "demo sizes: at least 1 subscriber, and no negative case or usage counts",
            code="bad_demo_size",
        )
    if now.tzinfo is None:
        raise ValidationError("demo clock: 'now' must carry a time zone", code="naive_time")
    check_demo_password(password)
    started = time.perf_counter()

    def report(step: str, done: int, total: int) -> None:
        if progress is not None:
            progress(step, done, total)

    large = subscribers >= LARGE_FROM
    with _build_journal(services.db.engine, enabled=large), services.db.sessions.begin() as session:
        _ensure_empty(session)
        report("reference", 0, 1)
        users = _add_users(session, password, now - timedelta(days=365))
        authorities = add_reference_data(session, now)
        session.flush()
        add_demo_certificates(session, users, "Demo", now)
        report("reference", 1, 1)

        connection = session.connection()
        writer = BulkWriter(connection)
        writer.begin_bulk(WRITTEN_TABLES)
        generator = SubscriberGenerator(
            writer,
            build_pools(seed),
            seed=seed,
            now_ts=epoch_seconds(now),
            usage_per_customer=usage_per_customer,
        )
        result = generator.run(subscribers, report, parallel=large)
        report("indexes", 0, 1)
        writer.end_bulk()
        writer.reset_sequences(BULK_TABLES)
        writer.close()
        report("indexes", 1, 1)

    # The cases come in through the intake and move through the workflow, one unit of work
    # per call as in real use; what follows them is written in one more transaction.
    case_generator = CaseGenerator(
        services.db, seed=seed, now=now, users=users, authorities=authorities,
        samples=result.samples,
    )  # fmt: skip
    case_generator.create_cases(
        cases, lambda done: report("cases", done, cases) if done % 10 == 0 else None
    )
    with services.db.sessions.begin() as session:
        built = case_generator.finish(session)
        # Rows written as rows (disclosures, a lifted flag) enter the statistics rows now.
        refresh_statistics(session, now)
        report("cases", cases, cases)

        actors = {u.username: Actor(u.id, u.username, Role(u.role), u.display_name)
                  for u in users.values()}  # fmt: skip
        ordered = sorted(enumerate(built.events), key=lambda item: (item[1][0], item[0]))
        for _position, (at, actor, action, case_id, object_type, object_id, details) in ordered:
            # "reason" goes to the event's own column, as the services write it.
            reason = str(details.get("reason", ""))
            rest = {k: v for k, v in details.items() if k != "reason"}
            record(session, actors[actor], action, at, case_id=case_id, reason=reason,
                   object_type=object_type, object_id=object_id, details=rest)  # fmt: skip

        # The name words came with the customers: their count is known too.
        counts = _count_rows(session, {**result.counts, "customer_name_token": result.name_tokens})
        record(session, DEMO_ACTOR, "demo.reference_data", now,
               details={t: counts[t] for t in ("organisation", "setting", "authority",
                                               "authority_contact", "app_user")})  # fmt: skip
        bulk_details = {"seed": seed, "usage_per_customer": usage_per_customer, **result.counts}
        record(session, DEMO_ACTOR, "demo.subscribers", now, details=bulk_details)
        record(session, DEMO_ACTOR, "demo.cases", now,
               details={t: counts[t] for t in ("demand_case", "case_target", "case_transition",
                                               "non_notification_flag", "disclosure",
                                               "data_subject_request")})  # fmt: skip
        counts["audit_event"] = int(
            session.scalar(select(func.count()).select_from(Base.metadata.tables["audit_event"]))
            or 0
        )
    return DemoSummary(counts=counts, seconds=time.perf_counter() - started)


@contextmanager
def _build_journal(engine: Engine, *, enabled: bool) -> Iterator[None]:
    """SQLite, large builds: the one big transaction with its rollback journal in memory
    instead of WAL, then WAL again. In WAL mode every page that leaves the page cache is
    written to the WAL and then copied into the file by the checkpoint after the commit
    (for a million customers 1.7 GB twice, the checkpoint alone about 20 s); a new file
    has no old pages to keep, so the memory journal holds next to nothing. A failed build
    deletes the file. Leaving WAL needs the file to itself: when another connection holds
    it open, the build simply stays in WAL."""
    if not enabled or engine.dialect.name != "sqlite":
        yield
        return
    engine.dispose()  # the pool's idle connections (opening, migrating) hold the file open
    switched = _journal_mode(engine, "MEMORY") == "memory"
    try:
        yield
    finally:
        if switched and _journal_mode(engine, "WAL") != "wal":
            raise StorageError("the demo database could not be switched back to WAL mode")


def _journal_mode(engine: Engine, mode: str) -> str:
    # On the driver's connection: its transactions are explicit (isolation_level None), so
    # the PRAGMA runs outside any transaction, as it must.
    pooled = engine.raw_connection()
    try:
        cursor = pooled.cursor()
        cursor.execute(f"PRAGMA journal_mode = {mode}")
        row = cursor.fetchone()
        found = str(row[0]).lower() if row else ""
        cursor.close()
    finally:
        pooled.close()
    return found


def _count_rows(session: Session, known: dict[str, int]) -> dict[str, int]:
    """Row counts per table; the bulk tables' counts are already known, no need to scan them."""
    counts: dict[str, int] = {}
    for name, table in sorted(Base.metadata.tables.items()):
        if name in known:
            counts[name] = known[name]
        else:
            counts[name] = int(session.scalar(select(func.count()).select_from(table)) or 0)
    return counts


def create_demo_database(
    db_option: str | None,
    *,
    password: str,
    subscribers: int = 2000,
    cases: int = 50,
    seed: int = DEMO_SEED,
    now: datetime = DEMO_NOW,
    usage_per_customer: int = 3,
    progress: ProgressCallback | None = None,
) -> tuple[AppServices, DemoSummary]:
    """Create a NEW database (public demo passphrase) and fill it; its clock stays at `now`."""
    check_demo_password(password)
    target = resolve_target(db_option, default_database_path())
    path = target.sqlite_path
    if path is not None and (path.exists() or keyinfo_path(path).exists()):
        raise ConflictError(
            f"{path}: a database already exists here; the demo only creates a new one "
            "(delete it, or choose another --db)",
            code="database_exists",
        )
    services = open_services(target, create=True, key_mode="demo", clock=fixed_clock(now))
    try:
        summary = build_demo(
            services,
            subscribers=subscribers,
            cases=cases,
            seed=seed,
            usage_per_customer=usage_per_customer,
            now=now,
            password=password,
            progress=progress,
        )
    except BaseException:
        services.close()
        if path is not None:
            _remove_database_files(path)
        raise
    return services, summary


def _remove_database_files(path: Path) -> None:
    for leftover in (path, keyinfo_path(path), *(Path(f"{path}{s}") for s in ("-wal", "-shm"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(f"{leftover}: could not remove it: {exc}") from exc
