"""The case commands through main(argv): JSON output, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.cases.test_intake import CASE_FILE
from tests.conftest import TEST_PASSWORD, run_cli


@pytest.fixture
def cli(
    sqlite_target: DatabaseTarget,
    sqlite_services: AppServices,
    actors_sqlite: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    db = str(sqlite_target.sqlite_path)

    def run(user: str, *argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run_cli(["--db", db, "--user", user, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def actors_sqlite(sqlite_services: AppServices) -> dict[str, Actor]:
    from tests.conftest import make_users

    return make_users(sqlite_services)


def _file(tmp_path: Path, **changes: object) -> str:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({**CASE_FILE, **changes}), encoding="utf-8")
    return str(path)


def test_new_check_move_and_list(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("officer", "--json", "case", "new", _file(tmp_path))
    assert code == 0
    created = json.loads(out)
    assert created["ref"] == "LR-2026-000001" and created["status"] == "received"
    assert [f["code"] for f in created["findings"]] == ["AUTHORITY_UNVERIFIED"]

    code, out, _ = cli("auditor", "--json", "case", "check", created["ref"])
    assert code == 0
    checked = json.loads(out)
    assert checked["findings"][0]["severity"] == "warning"
    assert "message" in checked["findings"][0]

    code, _, err = cli("officer", "case", "move", created["ref"], "rejected")
    assert code == 1 and "needs a reason" in err and "Traceback" not in err
    code, _, err = cli("officer", "case", "move", created["ref"], "closed")
    assert code == 1 and "cannot move from received to closed" in err
    code, _, err = cli("auditor", "case", "move", created["ref"], "under_review")
    assert code == 1 and "may not edit cases" in err
    assert cli("officer", "case", "move", created["ref"], "under_review")[0] == 0
    code, _, err = cli("officer", "case", "move", created["ref"], "approved")
    assert code == 1 and "AUTHORITY_UNVERIFIED" in err
    assert cli("fg", "case", "ack", created["ref"], "AUTHORITY_UNVERIFIED")[0] == 0
    code, out, _ = cli("fg", "--json", "case", "move", created["ref"], "approved")
    assert code == 0 and json.loads(out)["status"] == "approved"
    code, _, err = cli(
        "officer", "case", "move", created["ref"], "disclosed", "--expect-version", "1"
    )
    assert code == 1 and "reload the case" in err

    assert cli("officer", "case", "assign", created["ref"], "officer2")[0] == 0
    code, out, _ = cli("officer2", "--json", "case", "list", "--mine", "--basis", "sv-126n")
    listed = json.loads(out)["cases"]
    assert [c["ref"] for c in listed] == [created["ref"]]
    assert set(listed[0]) >= {"ref", "status", "legal_basis", "authority", "received_at",
                              "due_at", "secrecy"}  # fmt: skip
    code, out, _ = cli("officer", "--json", "case", "list", "--mine")
    assert json.loads(out)["cases"] == []
    code, out, _ = cli("fg", "--json", "case", "show", created["ref"])
    shown = json.loads(out)
    assert (shown["status"], shown["owner"], shown["version"]) == ("approved", "officer2", 4)
    assert shown["targets"] == CASE_FILE["targets"]


def test_bad_case_file_names_the_field(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("officer", "case", "new", _file(tmp_path, legal_basis="sv-999"))
    assert code == 1 and "no legal basis 'sv-999'" in err
    code, _, err = cli("officer", "case", "new", _file(tmp_path, targets=[]))
    assert code == 1 and "targets: name at least one target" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"authority": ', encoding="utf-8")
    code, _, err = cli("officer", "case", "new", str(broken))
    assert code == 1 and "not valid JSON at line 1" in err
    code, _, err = cli("officer", "case", "show", "LR-2026-999999")
    assert code == 1 and "no case" in err


def test_second_edition_fields_round_trip(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _file(
        tmp_path,
        legal_basis="eu-epoc",
        authority={"name": "Parquet de Bruxelles", "type": "foreign"},
        data_categories=["subscriber", "traffic"],
        rc_authorisation=None,
        period={"from": "2026-10-01T00:00:00+02:00", "to": "2026-11-20T00:00:00+01:00"},
        due_at=None,
        delivery="once",
        foreign_origin="BE, parquet de Bruxelles, ref. 2026/123",
    )
    code, out, _ = cli("officer", "--json", "case", "new", path)
    assert code == 0
    created = json.loads(out)
    assert {f["code"] for f in created["findings"]} == {
        "RC_AUTHORISATION_MISSING",
        "AUTHORITY_UNVERIFIED",
    }
    code, out, _ = cli("fg", "--json", "case", "show", created["ref"])
    shown = json.loads(out)
    assert shown["legal_basis"] == "eu-epoc"
    assert shown["due_at"].startswith("2026-11-30T09:00:00")  # 10 days, in UTC
    assert (shown["delivery"], shown["wiv_approvals"]) == ("once", None)
    assert shown["foreign_origin"] == "BE, parquet de Bruxelles, ref. 2026/123"
    code, _, err = cli("officer", "case", "new", _file(tmp_path, delivery="hourly"))
    assert code == 1 and "delivery: use one of once, periodic, realtime" in err
    assert "Traceback" not in err
