"""Shared fixtures: a fresh database per test on SQLite (encrypted) and, when given, PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from lawfulreq.clock import AMSTERDAM, fixed_clock
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices, open_services

# Test accounts get a throwaway password made at run time; no secret sits in a fixture file.
TEST_PASSWORD = "T3st-" + uuid.uuid4().hex
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=AMSTERDAM)
POSTGRES_ENV = "LAWFULREQ_TEST_POSTGRES_URL"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _postgres_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV)
    if not url and os.environ.get("CI"):
        pytest.fail(f"{POSTGRES_ENV} must be set in CI: the PostgreSQL tests may not be skipped")
    return url


@pytest.fixture
def sqlite_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DatabaseTarget:
    monkeypatch.setenv("LAWFULREQ_DB_PASSPHRASE", "test-" + uuid.uuid4().hex)
    return DatabaseTarget(url="", sqlite_path=tmp_path / "test.db")


@pytest.fixture
def postgres_target() -> Iterator[DatabaseTarget]:
    base = _postgres_url()
    if not base:
        pytest.skip(f"set {POSTGRES_ENV} to run the PostgreSQL tests")
    name = "lawfulreq_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
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
    app = open_services(any_target, create=True, clock=fixed_clock(NOW))
    yield app
    app.close()


@pytest.fixture
def sqlite_services(sqlite_target: DatabaseTarget) -> Iterator[AppServices]:
    app = open_services(sqlite_target, create=True, clock=fixed_clock(NOW))
    yield app
    app.close()


def make_users(app: AppServices) -> dict[str, Actor]:
    """fg, officer, officer2 and auditor, signed in."""
    app.users.create_first_admin("fg", TEST_PASSWORD, "Functionaris Gegevensbescherming")
    fg = app.users.login("fg", TEST_PASSWORD)
    for name, role in (("officer", "officer"), ("officer2", "officer"), ("auditor", "auditor")):
        app.users.add(fg, name, role, TEST_PASSWORD)
    return {
        name: app.users.login(name, TEST_PASSWORD)
        for name in ("fg", "officer", "officer2", "auditor")
    }


@pytest.fixture
def actors(services: AppServices) -> dict[str, Actor]:
    return make_users(services)
