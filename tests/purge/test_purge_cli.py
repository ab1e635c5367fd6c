"""`lawfulreq purge` with the contract's JSON keys, counts as text, and the FG-only refusal."""

from __future__ import annotations

import json

import pytest

from lawfulreq.db.models import DemandCase, UsageRecord
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD, make_users, run_cli
from tests.purge.data import CASE_LIMIT, DAY, TRAFFIC_LIMIT, add_usage, closed_case, count

KEYS = {"dry_run", "usage_records", "cases", "documents", "kept_frozen"}


def test_cli_purge_json_and_text(
    sqlite_target,  # type: ignore[no-untyped-def]
    sqlite_services: AppServices,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    users = make_users(sqlite_services)
    add_usage(sqlite_services, "+31612345601", TRAFFIC_LIMIT - DAY, TRAFFIC_LIMIT + DAY)
    closed_case(sqlite_services, users["officer"].user_id, CASE_LIMIT - DAY, "+31612345602")
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    db = str(sqlite_target.sqlite_path)
    capsys.readouterr()

    assert run_cli(["--db", db, "--user", "fg", "--json", "purge", "--dry-run"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert set(preview) == KEYS
    assert preview == {"dry_run": True, "usage_records": 1, "cases": 1, "documents": 0,
                       "kept_frozen": 0}  # fmt: skip
    assert count(sqlite_services, UsageRecord) == 2

    assert run_cli(["--db", db, "--user", "officer", "purge"]) == 1
    err = capsys.readouterr().err
    assert "may not purge" in err and "Traceback" not in err
    assert count(sqlite_services, DemandCase) == 1

    assert run_cli(["--db", db, "--user", "fg", "purge"]) == 0
    out = capsys.readouterr().out
    assert "Deleted: 1 usage records, 1 closed cases, 0 documents" in out
    assert count(sqlite_services, UsageRecord) == 1 and count(sqlite_services, DemandCase) == 0

    assert run_cli(["--db", db, "--user", "fg", "--json", "purge"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "dry_run": False, "usage_records": 0, "cases": 0, "documents": 0, "kept_frozen": 0
    }  # fmt: skip
