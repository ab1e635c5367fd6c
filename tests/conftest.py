"""Shared fixtures: a fresh database per test on SQLite (encrypted) and, when given, PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from lawfulreq.clock import AMSTERDAM, Clock, fixed_clock
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.security.keys import keyinfo_path
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices, open_services

# Test accounts get a throwaway password made at run time; no secret sits in a fixture file.
TEST_PASSWORD = "T3st-" + uuid.uuid4().hex
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=AMSTERDAM)
POSTGRES_ENV = "LAWFULREQ_TEST_POSTGRES_URL"
# Every test runs at this moment, never at today's date (tests/unit/test_no_wall_clock.py checks).
TEST_CLOCK: Clock = fixed_clock(NOW)


def run_cli(argv: list[str], clock: Clock = TEST_CLOCK) -> int:
    """The command line as a user runs it, at the tests' fixed moment."""
    from lawfulreq.cli.main import main

    return main(argv, clock=clock)


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _postgres_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV)
    if not url and os.environ.get("CI"):
        pytest.fail(f"{POSTGRES_ENV} must be set in CI: the PostgreSQL tests may not be skipped")
    return url


# Creating a database (key derivation, migrations, argon2 hashes) costs seconds; each test
# instead gets a copy of a template made once per session: empty, or with the four users.
_SESSION_PASSPHRASE = "test-" + uuid.uuid4().hex
_USERS_SEEN: dict[str, dict[str, Actor]] = {}


def _fill_template(app: AppServices, with_users: bool, key: str) -> None:
    if with_users:
        _USERS_SEEN[key] = make_users(app)


@pytest.fixture(scope="session")
def _sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    os.environ["LAWFULREQ_DB_PASSPHRASE"] = _SESSION_PASSPHRASE
    made: dict[bool, Path] = {}
    for with_users in (False, True):
        path = tmp_path_factory.mktemp("template") / "template.db"
        app = open_services(
            DatabaseTarget(url="", sqlite_path=path), create=True, clock=fixed_clock(NOW)
        )
        _fill_template(app, with_users, f"sqlite-{with_users}")
        with app.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        app.close()
        made[with_users] = path
    return made


@pytest.fixture(scope="session")
def _postgres_templates() -> Iterator[dict[bool, str]]:
    base = _postgres_url()
    if not base:
        yield {}
        return
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    names = {flag: f"lawfulreq_tmpl_{flag:d}_{uuid.uuid4().hex[:8]}" for flag in (False, True)}
    try:
        for with_users, name in names.items():
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = make_url(base).set(database=name).render_as_string(False)
            app = open_services(DatabaseTarget(url=url, sqlite_path=None), clock=fixed_clock(NOW))
            _fill_template(app, with_users, f"postgres-{with_users}")
            app.close()
        yield names
    finally:
        with admin.connect() as conn:
            for name in names.values():
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _wants_users(request: pytest.FixtureRequest) -> bool:
    return "actors" in request.fixturenames


@pytest.fixture
def sqlite_target(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    _sqlite_templates: dict[bool, Path],
) -> DatabaseTarget:
    """A fresh copy of the template database (encrypted, migrated, catalogue loaded)."""
    monkeypatch.setenv("LAWFULREQ_DB_PASSPHRASE", _SESSION_PASSPHRASE)
    source = _sqlite_templates[_wants_users(request)]
    target = tmp_path / "test.db"
    shutil.copyfile(source, target)
    shutil.copyfile(keyinfo_path(source), keyinfo_path(target))
    return DatabaseTarget(url="", sqlite_path=target)


@pytest.fixture
def postgres_target(
    request: pytest.FixtureRequest, _postgres_templates: dict[bool, str]
) -> Iterator[DatabaseTarget]:
    base = _postgres_url()
    if not base:
        pytest.skip(f"set {POSTGRES_ENV} to run the PostgreSQL tests")
    name = "lawfulreq_test_" + uuid.uuid4().hex[:12]
    template = _postgres_templates[_wants_users(request)]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield DatabaseTarget(
            url=make_url(base).set(database=name).render_as_string(False), sqlite_path=None
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_target(request: pytest.FixtureRequest) -> DatabaseTarget:
    """The data-layer tests run once per backend."""
    fixture = "sqlite_target" if request.param == "sqlite" else "postgres_target"
    target: DatabaseTarget = request.getfixturevalue(fixture)
    return target


@pytest.fixture
def services(any_target: DatabaseTarget) -> Iterator[AppServices]:
    """Services on a fresh database: empty of users unless the test also asks for `actors`."""
    app = open_services(any_target, clock=fixed_clock(NOW))
    yield app
    app.close()


@pytest.fixture
def sqlite_services(sqlite_target: DatabaseTarget) -> Iterator[AppServices]:
    app = open_services(sqlite_target, clock=fixed_clock(NOW))
    yield app
    app.close()


def make_users(app: AppServices) -> dict[str, Actor]:
    """fg, officer, officer2 and auditor, signed in."""
    app.users.create_first_admin("fg", TEST_PASSWORD, "Functionaris Gegevensbescherming")
    fg = app.users.login("fg", TEST_PASSWORD)
    for name, role in (("officer", "officer"), ("officer2", "officer"), ("auditor", "auditor")):
        app.users.add(fg, name, role, TEST_PASSWORD)
    names = ("fg", "officer", "officer2", "auditor")
    return {name: app.users.login(name, TEST_PASSWORD) for name in names}


@pytest.fixture
def actors(any_target: DatabaseTarget, services: AppServices) -> dict[str, Actor]:
    """The four users of the template, as signed-in actors (ids are the template's)."""
    backend = "sqlite" if any_target.is_sqlite else "postgres"
    return dict(_USERS_SEEN[f"{backend}-True"])


# The quick local run leaves out tests marked `slow` (kill tests, long fuzzing); CI runs them
# (`.ci/test` passes --run-slow), and so does LAWFULREQ_RUN_SLOW=1.
def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow", action="store_true", help="also run the tests marked slow (CI does)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow") or os.environ.get("LAWFULREQ_RUN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow (CI does)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
