"""`flags` and `dsar` through the command line: contract keys, exit codes, four eyes."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from lawfulreq.clock import as_utc
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.cases.test_intake import CASE_FILE
from tests.conftest import NOW, TEST_PASSWORD, make_users, run_cli
from tests.lookup.data import load_world
from tests.secrecy.conftest import deliver
from tests.secrecy.pdf_checks import pdf_text

REQUEST = {
    "kind": "access",
    "customer_id": "C1",
    "requester": {"name": "Jan de Vries", "email": "jan@example.nl"},
    "received_at": "2026-11-20T10:00:00+01:00",
    "identity_check": {"method": "id_document_seen", "notes": "passport seen; no copy kept"},
}


@pytest.fixture
def cli(
    sqlite_target: DatabaseTarget,
    sqlite_services: AppServices,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
):  # type: ignore[no-untyped-def]
    actors = make_users(sqlite_services)
    sqlite_services.users.add(actors["fg"], "fg2", "fg", TEST_PASSWORD)
    load_world(sqlite_services, actors["fg"], tmp_path)
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    db = str(sqlite_target.sqlite_path)

    def run(user: str, *argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run_cli(["--db", db, "--user", user, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    run.services = sqlite_services  # type: ignore[attr-defined]
    run.actors = actors  # type: ignore[attr-defined]
    return run


def test_flags_commands_with_four_eyes(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(CASE_FILE), encoding="utf-8")
    code, out, _ = cli("officer", "--json", "case", "new", str(case_file))
    ref = json.loads(out)["ref"]

    code, out, _ = cli("fg", "--json", "flags", "list", "--case", ref)
    assert code == 0
    (flag,) = json.loads(out)["flags"]
    assert set(flag) >= {
        "id",
        "case_ref",
        "basis",
        "ground",
        "subjects",
        "started_at",
        "next_review",
        "state",
    }
    assert (flag["case_ref"], flag["ground"], flag["state"]) == (
        ref,
        "art. 126bb lid 5 Sv",
        "active",
    )
    code, out, _ = cli("fg", "--json", "flags", "list", "--due")
    assert json.loads(out)["flags"] == []

    code, _, err = cli("officer", "flags", "list")
    assert code == 1 and "may not manage flags" in err and "Traceback" not in err

    code, _, err = cli("fg", "flags", "review", str(flag["id"]), "--keep", "--next", "2026-11-20")
    assert code == 1 and "after today" in err
    code, out, _ = cli(
        "fg", "--json", "flags", "review", str(flag["id"]), "--keep", "--next", "2027-01-15"
    )
    assert code == 0 and json.loads(out)["next_review"].startswith("2027-01-14T23:00")

    evidence = tmp_path / "ovj.pdf"
    evidence.write_bytes(b"%PDF-1.4 the person was told")
    code, out, _ = cli(
        "fg",
        "--json",
        "flags",
        "lift",
        str(flag["id"]),
        "--reason",
        "told",
        "--evidence",
        str(evidence),
    )
    assert code == 0 and json.loads(out)["state"] == "lift_requested"
    code, _, err = cli("fg", "flags", "approve", str(flag["id"]))
    assert code == 1 and "four-eyes" in err
    code, out, _ = cli("fg2", "--json", "flags", "approve", str(flag["id"]))
    assert code == 0 and json.loads(out)["state"] == "lifted"
    code, out, _ = cli("fg", "flags", "show", str(flag["id"]))
    assert code == 0 and "lifted by fg2" in out


def test_dsar_commands(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_file = tmp_path / "request.json"
    request_file.write_text(json.dumps(REQUEST), encoding="utf-8")
    code, out, err = cli("fg", "--json", "dsar", "new", str(request_file))
    assert code == 0, err
    made = json.loads(out)
    assert set(made) >= {"id", "due_at", "status"}
    assert made["due_at"] == "2026-12-20T09:00:00+00:00" and made["status"] == "received"

    code, _, err = cli("officer", "dsar", "new", str(request_file))
    assert code == 1 and "Traceback" not in err

    code, out, _ = cli("fg", "--json", "dsar", "list")
    assert [r["ref"] for r in json.loads(out)["requests"]] == [made["ref"]]

    pdf = tmp_path / "answer.pdf"
    code, out, err = cli(
        "fg", "--json", "dsar", "answer", str(made["id"]), "--out", str(pdf), "--lang", "en"
    )
    assert code == 0, err
    answered = json.loads(out)
    assert set(answered) == {"path", "sha256", "recipients_listed"}
    assert answered["recipients_listed"] == 0
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert "Answer to your access request" in pdf_text(pdf.read_bytes(), tmp_path)

    code, out, _ = cli("auditor", "--json", "dsar", "restrictions", str(made["id"]))
    assert code == 0 and json.loads(out) == {"restrictions": []}
    code, _, err = cli("officer", "dsar", "restrictions", str(made["id"]))
    assert code == 1 and "may not read dsar restrictions" in err

    code, out, _ = cli("fg", "--json", "dsar", "export", made["ref"], "--out", str(tmp_path / "x"))
    assert code == 0 and Path(json.loads(out)["csv"]).exists()


def test_restrictions_json_names_flag_case_and_ground(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(CASE_FILE), encoding="utf-8")
    _, out, _ = cli("officer", "--json", "case", "new", str(case_file))
    ref = json.loads(out)["ref"]
    services: AppServices = cli.services
    actors: dict[str, Actor] = cli.actors
    deliver(services, actors["officer"], ref, "C1", as_utc(NOW))
    request_file = tmp_path / "request.json"
    request_file.write_text(json.dumps(REQUEST), encoding="utf-8")
    _, out, _ = cli("fg", "--json", "dsar", "new", str(request_file))
    made = json.loads(out)
    code, out, _ = cli(
        "fg", "--json", "dsar", "answer", str(made["id"]), "--out", str(tmp_path / "a.pdf")
    )
    assert code == 0 and json.loads(out)["recipients_listed"] == 0
    code, out, _ = cli("fg", "--json", "dsar", "restrictions", str(made["id"]))
    assert code == 0
    (record,) = json.loads(out)["restrictions"]
    assert (record["case_ref"], record["ground"]) == (
        ref,
        "art. 126bb lid 5 Sv; AVG art. 23(1)(d); UAVG art. 41(1)(d)",
    )
    assert set(record) >= {"flag_id", "case_ref", "ground"}
