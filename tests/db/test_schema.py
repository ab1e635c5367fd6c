"""The schema: migrations equal the models, on both backends; times come back aware UTC."""

from __future__ import annotations

import ast
import importlib.util
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
from lawfulreq.importers.fields import name_tokens
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
    with database.migration_connection(sqlite_services.db.engine) as conn:
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


def test_migrations_import_no_app_code() -> None:
    versions = Path(database.MIGRATIONS_DIR) / "versions"
    for path in sorted(versions.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        ] + [a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names]
        # 0001 predates the rule and names the column type its tables were made with.
        allowed = {"lawfulreq.db.models"} if path.name.startswith("0001_") else set()
        assert [m for m in imported if m.startswith("lawfulreq") and m not in allowed] == [], path


def test_migration_0003_tokenises_names_as_the_app_does() -> None:
    path = Path(database.MIGRATIONS_DIR) / "versions" / "0003_customer_name_token.py"
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in (
        "Anna de Vries",
        "Ömer Çelik-Şahin",
        "J.P. van 't Hek",
        "ÉLODIE  d'Arc_2",
        "Ĳsbrand",
    ):
        assert module.name_tokens(name) == name_tokens(name), name
