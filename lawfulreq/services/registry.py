"""The composition root: one database, one clock, every service built on them."""

from __future__ import annotations

from dataclasses import dataclass, field

from lawfulreq.clock import Clock, system_clock
from lawfulreq.db.database import Database, open_database
from lawfulreq.db.engine import DatabaseTarget, KeyMode, resolve_target
from lawfulreq.paths import default_database_path
from lawfulreq.security.permissions import Permission, allowed
from lawfulreq.services.audit import AuditService, record
from lawfulreq.services.authorities import AuthorityService
from lawfulreq.services.backup import BackupService
from lawfulreq.services.base import SYSTEM_ACTOR, Actor
from lawfulreq.services.cases import CaseFilter, CaseService
from lawfulreq.services.catalogue import CatalogueService, seed_catalogue
from lawfulreq.services.dashboard import DashboardService
from lawfulreq.services.disclosures import DisclosureService
from lawfulreq.services.dsar import DsarService
from lawfulreq.services.imports import ImportService
from lawfulreq.services.intake import IntakeService
from lawfulreq.services.lookup import LookupService
from lawfulreq.services.purge import PurgeService
from lawfulreq.services.reports import CertificateService, ReportService
from lawfulreq.services.secrecy import FlagService
from lawfulreq.services.settings import SettingsService
from lawfulreq.services.statistics import StatisticsService
from lawfulreq.services.users import UserService


@dataclass
class AppServices:
    db: Database
    clock: Clock = system_clock
    users: UserService = field(init=False)
    audit: AuditService = field(init=False)
    cases: CaseService = field(init=False)
    catalogue: CatalogueService = field(init=False)
    backup: BackupService = field(init=False)
    authorities: AuthorityService = field(init=False)
    intake: IntakeService = field(init=False)
    imports: ImportService = field(init=False)
    lookup: LookupService = field(init=False)
    dashboard: DashboardService = field(init=False)
    settings: SettingsService = field(init=False)
    disclosures: DisclosureService = field(init=False)
    certificates: CertificateService = field(init=False)
    reports: ReportService = field(init=False)
    flags: FlagService = field(init=False)
    dsar: DsarService = field(init=False)
    statistics: StatisticsService = field(init=False)
    purge: PurgeService = field(init=False)

    def __post_init__(self) -> None:
        self.users = UserService(self.db, self.clock)
        self.audit = AuditService(self.db, self.clock)
        self.cases = CaseService(self.db, self.clock)
        self.catalogue = CatalogueService(self.db, self.clock)
        self.backup = BackupService(self.db, self.clock)
        self.authorities = AuthorityService(self.db, self.clock)
        self.intake = IntakeService(self.db, self.clock)
        self.imports = ImportService(self.db, self.clock)
        self.lookup = LookupService(self.db, self.clock)
        self.dashboard = DashboardService(self.db, self.clock)
        self.settings = SettingsService(self.db, self.clock)
        self.disclosures = DisclosureService(self.db, self.clock)
        self.certificates = CertificateService(self.db, self.clock)
        self.reports = ReportService(self.db, self.clock)
        self.flags = FlagService(self.db, self.clock)
        self.dsar = DsarService(self.db, self.clock)
        self.statistics = StatisticsService(self.db, self.clock)
        self.purge = PurgeService(self.db, self.clock)

    @property
    def location(self) -> str:
        return self.db.target.describe()

    def warm_up(self, actor: Actor) -> None:
        """Run once the read queries the first screens need (nothing is written or audited).

        SQLAlchemy compiles a statement on its first run and SQLite reads its schema and index
        pages then: done in the background while the user reads the dashboard, so opening the
        case list later does not spend that time on the GUI's clock.
        """
        self.catalogue.current()
        if allowed(actor.role, Permission.READ_CASES):
            everything = CaseFilter()
            self.cases.count(actor, everything)
            self.cases.list(actor, everything, limit=1)
            self.authorities.list(actor)
            self.cases.users(actor)

    def close(self) -> None:
        self.db.dispose()


def open_services_at(
    db_option: str | None,
    *,
    create: bool = False,
    key_mode: KeyMode = "auto",
    clock: Clock = system_clock,
) -> AppServices:
    """Open what a `--db` option names (None: the default file in the user data directory)."""
    target = resolve_target(db_option, default_database_path())
    return open_services(target, create=create, key_mode=key_mode, clock=clock)


def open_services(
    target: DatabaseTarget,
    *,
    create: bool = False,
    key_mode: KeyMode = "auto",
    passphrase: str | None = None,
    clock: Clock = system_clock,
) -> AppServices:
    """Open the database, migrate it, load reference data it lacks, and build the services."""
    db = open_database(target, create=create, key_mode=key_mode, passphrase=passphrase)
    with db.sessions.begin() as session:
        seeded = seed_catalogue(session, clock())
        if seeded:
            record(session, SYSTEM_ACTOR, "catalogue.seeded", clock(), details={"bases": seeded})
    return AppServices(db=db, clock=clock)
