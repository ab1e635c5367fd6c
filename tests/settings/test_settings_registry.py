"""The settings registry: one declaration per setting, read the same way everywhere."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection

from lawfulreq.db import database
from lawfulreq.errors import PermissionDeniedError, ValidationError
from lawfulreq.services.audit import AuditFilter
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from lawfulreq.settings_registry import (
    DEADLINE_DEFAULT_DAYS,
    DEADLINE_EMERGENCY_HOURS,
    IDLE_LOCK_MINUTES,
    REGISTRY,
    RETENTION_CONTENT_MONTHS,
    RETENTION_LOCATION_MONTHS,
    RETENTION_RECORDINGS_MONTHS,
    RETENTION_TRAFFIC_MONTHS,
    SPECS,
)
from tests.conftest import make_users

ROOT = Path(__file__).resolve().parents[2]
REGISTRY_FILE = ROOT / "lawfulreq" / "settings_registry.py"
MIGRATIONS = ROOT / "lawfulreq" / "db" / "migrations"


def test_no_setting_key_is_spelled_outside_the_registry() -> None:
    spelled = re.compile("|".join(re.escape(f'"{key}"') + "|" + re.escape(f"'{key}'")
                                  for key in REGISTRY))  # fmt: skip
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("lawfulreq", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != REGISTRY_FILE and MIGRATIONS not in path.parents
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if spelled.search(line)
    ]
    assert offenders == []


def test_the_guard_would_see_a_spelled_key() -> None:
    pattern = re.escape(f'"{IDLE_LOCK_MINUTES}"')
    assert re.search(pattern, f'x = "{IDLE_LOCK_MINUTES}"')


def test_rule_and_deadline_settings_read_the_registry(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    # Stored voicemail has no limit until the FG sets one (content is otherwise never stored).
    assert services.catalogue.rule_settings().retention_months == {
        "traffic": 3, "location": 3, "recordings": 4,
    }  # fmt: skip
    fg = actors["fg"]
    services.settings.set(fg, RETENTION_LOCATION_MONTHS, 0)
    services.settings.set(fg, RETENTION_CONTENT_MONTHS, "6")
    assert services.catalogue.rule_settings().retention_months == {
        "traffic": 3, "recordings": 4, "content": 6,
    }  # fmt: skip
    services.settings.set(fg, DEADLINE_DEFAULT_DAYS, 10)
    services.settings.set(fg, DEADLINE_EMERGENCY_HOURS, 2)
    deadlines = services.catalogue.deadline_settings()
    assert (deadlines.default_days, deadlines.emergency_hours) == (10, 2)
    events = services.audit.list(actors["auditor"], AuditFilter(action="setting.changed"))
    assert {e.object_id for e in events} == {
        RETENTION_LOCATION_MONTHS, RETENTION_CONTENT_MONTHS,
        DEADLINE_DEFAULT_DAYS, DEADLINE_EMERGENCY_HOURS,
    }  # fmt: skip


def test_cli_lists_and_the_fg_sets(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("officer", "--json", "settings", "list")
    assert code == 0
    listed = json.loads(out)["settings"]
    assert [s["key"] for s in listed] == [s.key for s in SPECS]
    assert set(listed[0]) == {"key", "type", "default", "value", "description"}
    traffic = next(s for s in listed if s["key"] == RETENTION_TRAFFIC_MONTHS)
    assert (traffic["type"], traffic["default"], traffic["value"]) == ("int", 3, 3)

    code, _, err = cli("officer", "settings", "set", RETENTION_TRAFFIC_MONTHS, "6")
    assert code == 1 and "Traceback" not in err
    code, _, err = cli("fg", "settings", "set", RETENTION_TRAFFIC_MONTHS, "241")
    assert code == 1 and "outside 0-240" in err
    code, _, err = cli("fg", "settings", "set", "no.such_key", "1")
    assert code == 1 and "no setting 'no.such_key'" in err
    code, out, _ = cli("fg", "--json", "settings", "set", RETENTION_TRAFFIC_MONTHS, "240")
    assert code == 0 and json.loads(out) == {"key": RETENTION_TRAFFIC_MONTHS, "value": 240}
    code, out, _ = cli("auditor", "settings", "list")
    assert code == 0 and f"{RETENTION_TRAFFIC_MONTHS:<28} 240" in out


def _migrate(conn: Connection, revision: str, *, up: bool) -> None:
    config = database.alembic_config()
    config.attributes["connection"] = conn
    (command.upgrade if up else command.downgrade)(config, revision)


def _settings(conn: Connection) -> dict[str, object]:
    rows = conn.exec_driver_sql("SELECT key, value FROM setting WHERE key != 'audit.anchor'")
    return {key: json.loads(value) for key, value in rows}


def test_migration_0009_flattens_the_old_setting_rows(sqlite_services: AppServices) -> None:
    old = {
        "rules.retention_months": {"traffic": 6, "location": None, "content": 4, "stored": 9},
        "rules.deadline": {"default_days": 5, "emergency_hours": 2},
        "ui.idle_lock_minutes": {"minutes": 15},
    }
    with database.migration_connection(sqlite_services.db.engine) as conn:
        _migrate(conn, "0004", up=False)
        for key, value in old.items():
            conn.exec_driver_sql(
                "INSERT INTO setting (key, value, updated_at, updated_by, version) "
                "VALUES (?, ?, '2026-11-01 09:00:00.000000', 'fg', 3)",
                (key, json.dumps(value)),
            )
        _migrate(conn, "head", up=True)
        assert _settings(conn) == {
            RETENTION_TRAFFIC_MONTHS: {"value": 6},
            RETENTION_LOCATION_MONTHS: {"value": 0},
            RETENTION_RECORDINGS_MONTHS: {"value": 4},
            DEADLINE_DEFAULT_DAYS: {"value": 5},
            DEADLINE_EMERGENCY_HOURS: {"value": 2},
            IDLE_LOCK_MINUTES: {"value": 15},
        }
        who = set(conn.exec_driver_sql("SELECT updated_by, updated_at FROM setting "
                                       "WHERE key != 'audit.anchor'"))  # fmt: skip
        assert who == {("fg", "2026-11-01 09:00:00.000000")}
        _migrate(conn, "0004", up=False)
        assert _settings(conn) == {**old, "rules.retention_months": {
            "traffic": 6, "location": None, "content": 4}}  # fmt: skip
        _migrate(conn, "head", up=True)
    assert sqlite_services.settings.idle_lock_minutes() == 15
    # The first edition's "content" months were the recordings' (issue 13).
    assert sqlite_services.catalogue.rule_settings().retention_months == {
        "traffic": 6, "recordings": 4,
    }  # fmt: skip


def test_migration_0009_moves_case_facts_out_of_the_audit_log(
    sqlite_services: AppServices,
) -> None:
    from tests.cases.conftest import demand

    officer = make_users(sqlite_services)["officer"]
    created = sqlite_services.intake.create(officer, demand(notes="BSN 111222333"))
    with database.migration_connection(sqlite_services.db.engine) as conn:
        _migrate(conn, "0004", up=False)
        _migrate(conn, "head", up=True)
        row = conn.exec_driver_sql(
            "SELECT bsn_masked_count, bsn_masked_fields, updated_by FROM demand_case WHERE ref = ?",
            (created.ref,),
        ).one()
    assert (row[0], json.loads(row[1]), row[2]) == (1, ["notes"], "officer")


def test_set_retention_is_the_categorys_registry_setting(
    services: AppServices, actors: dict[str, Actor]
) -> None:
    fg = actors["fg"]
    assert services.catalogue.set_retention(fg, "traffic", 6).retention_months["traffic"] == 6
    assert services.settings.value(RETENTION_TRAFFIC_MONTHS) == 6
    assert "traffic" not in services.catalogue.set_retention(fg, "traffic", None).retention_months
    assert services.settings.value(RETENTION_TRAFFIC_MONTHS) == 0
    with pytest.raises(ValidationError):
        services.catalogue.set_retention(fg, "subscriber", 6)
    with pytest.raises(ValidationError):
        services.catalogue.set_retention(fg, "traffic", 241)
    with pytest.raises(PermissionDeniedError):
        services.catalogue.set_retention(actors["officer"], "traffic", 1)
