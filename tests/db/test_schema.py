"""The schema: migrations equal the models, on both backends; times come back aware UTC."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, select

from lawfulreq.db import database
from lawfulreq.db.database import head_revision, open_database
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.db.models import AppUser, Base
from lawfulreq.errors import StorageError
from lawfulreq.services.registry import AppServices


def test_migrations_create_every_model_table(services: AppServices) -> None:
    tables = set(inspect(services.db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrated_schema_matches_models(services: AppServices) -> None:
    with services.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_times_round_trip_as_aware_utc(services: AppServices, actors: dict[str, object]) -> None:
    with services.db.sessions() as session:
        user = session.scalars(select(AppUser).where(AppUser.username == "fg")).one()
    assert user.created_at.tzinfo is UTC
    assert user.created_at.isoformat() == "2026-11-20T09:00:00+00:00"


def test_database_newer_than_app_is_refused(sqlite_target: DatabaseTarget) -> None:
    db = open_database(sqlite_target)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    db.dispose()
    with pytest.raises(StorageError) as info:
        open_database(sqlite_target)
    assert info.value.code == "database_newer_than_app"
    assert "newer LawfulReq version" in info.value.message


def test_head_is_current_after_open(services: AppServices) -> None:
    with services.db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()


def test_missing_migrations_give_a_clear_error(
    sqlite_target: DatabaseTarget, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(database, "MIGRATIONS_DIR", tmp_path / "nowhere")
    with pytest.raises(StorageError) as info:
        open_database(sqlite_target)
    assert info.value.code == "installation_incomplete"
    assert "reinstall" in info.value.message


def test_name_words_keep_their_rows_through_migration_0004(sqlite_services: AppServices) -> None:
    def table_sql(conn: Connection) -> str:
        return str(
            conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'customer_name_token'"
            ).scalar_one()
        )

    def rows(conn: Connection) -> list[tuple[object, ...]]:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM customer_name_token")]

    def to(conn: Connection, revision: str, up: bool) -> None:
        config = database.alembic_config()
        config.attributes["connection"] = conn
        (command.upgrade if up else command.downgrade)(config, revision)

    words = [(1, word, "anna de vries") for word in ("anna", "de", "vries")]
    with sqlite_services.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customer (id, customer_ref, kind, name, name_key, directory_listed) "
            "VALUES (1, 'C1', 'person', 'Anna de Vries', 'anna de vries', 0)"
        )
        conn.exec_driver_sql("INSERT INTO customer_name_token VALUES (?, ?, ?)", words)
        assert table_sql(conn).endswith("WITHOUT ROWID")
        to(conn, "0003", up=False)
        assert "WITHOUT ROWID" not in table_sql(conn)
        assert sorted(rows(conn)) == words
        to(conn, "head", up=True)
        assert table_sql(conn).endswith("WITHOUT ROWID")
        assert sorted(rows(conn)) == words
        indexes = {i["name"] for i in inspect(conn).get_indexes("customer_name_token")}
        assert "ix_customer_name_token_token" in indexes
