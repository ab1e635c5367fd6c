"""The whole flow on the command line: lookup --add, decide, approve, sign, verify, deliver."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD, make_users, run_cli
from tests.disclosures.poppler import pdfsig, pdftotext
from tests.lookup.data import load_world, make_cases


@pytest.fixture
def cli(
    sqlite_target: DatabaseTarget,
    sqlite_services: AppServices,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
):  # type: ignore[no-untyped-def]
    actors: dict[str, Actor] = make_users(sqlite_services)
    load_world(sqlite_services, actors["fg"], tmp_path)
    make_cases(sqlite_services, actors["fg"])
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("LAWFULREQ_SIGN_PASSPHRASE", "sign-" + TEST_PASSWORD)
    monkeypatch.setattr("lawfulreq.security.signing_keys.keyring_available", lambda: False)
    db = str(sqlite_target.sqlite_path)

    def run(user: str, *argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run_cli(["--db", db, "--user", user, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


REF = "LR-2026-0002"  # sv-126n: subscriber and traffic data


def _json(result: tuple[int, str, str]) -> dict:  # type: ignore[type-arg]
    code, out, err = result
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_demand_to_delivery(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    added = _json(
        cli("officer", "--json", "lookup", "0612345678", "--case", REF, "--at",
            "2026-06-01T12:00", "--add")
    )  # fmt: skip
    assert added["added"] == [1]
    assert added["matches"][0]["name"] == "Ömer Çelik"
    usage = _json(
        cli("officer", "--json", "lookup", "0612345678", "--case", REF, "--usage",
            "--from", "2026-08-01", "--to", "2026-11-20", "--add")
    )  # fmt: skip
    assert usage["added"] == [2, 3]
    other = _json(
        cli("officer", "--json", "lookup", "0687654321", "--case", REF, "--at",
            "2026-06-01T12:00", "--add")
    )  # fmt: skip
    assert other["added"] == [4]
    shown = _json(cli("officer", "--json", "disclosure", "show", REF))
    assert set(shown) >= {"ref", "state", "prepared_by", "approved_by", "items"}
    assert shown["state"] == "draft"
    assert [i["decision"] for i in shown["items"]] == [None, None, "not_available", None]
    assert set(shown["items"][0]) >= {"item", "target", "category", "decision", "reason", "summary"}

    code, _, err = cli("officer", "disclosure", "decide", REF, "4", "withhold")
    assert code == 1 and "reason" in err and "Traceback" not in err
    _json(cli("officer", "--json", "disclosure", "decide", REF, "4", "withhold", "--reason",
              "not the subject of the demand"))  # fmt: skip
    decided = _json(cli("officer", "--json", "disclosure", "decide", REF, "all", "produce"))
    assert decided["state"] == "prepared"
    assert decided["prepared_by"] == "officer"
    assert [i["decision"] for i in decided["items"]] == [
        "produce", "produce", "not_available", "produce",
    ]  # fmt: skip
    # "all" produced item 4 as well: withhold it again, as the officer meant.
    _json(cli("officer", "--json", "disclosure", "decide", REF, "4", "withhold", "--reason",
              "not the subject of the demand"))  # fmt: skip

    code, _, err = cli("officer", "disclosure", "approve", REF)
    assert code == 1 and "four-eyes" in err
    code, _, err = cli("officer", "case", "move", REF, "approved")
    assert code == 1 and "four-eyes" in err
    approved = _json(cli("officer2", "--json", "disclosure", "approve", REF))
    assert approved["state"] == "approved"
    assert approved["approved_by"] == "officer2"

    code, _, err = cli("officer2", "report", REF, "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "cert new" in err
    cert = _json(cli("officer2", "--json", "cert", "new", "--name", "Olga Tweede"))
    assert cert["self_signed"] is True and cert["key_protection"] == "passphrase"
    out = tmp_path / "report.pdf"
    report = _json(cli("officer2", "--json", "report", REF, "--out", str(out)))
    assert set(report) == {"path", "sha256", "pages", "signer", "kind"}
    assert report["signer"] == "Olga Tweede" and report["kind"] == "disclosure"
    assert report["pages"] >= 1

    verified = _json(cli("auditor", "--json", "verify", str(out)))
    assert verified["valid"] is True
    assert verified["signer"] == "Olga Tweede"
    assert verified["signed_at"].startswith("2026-11-20T09:00")
    assert {a["name"] for a in verified["attachments"]} == {
        "abonneegegevens.csv", "verkeersgegevens.csv", "verstrekking.json",
    }  # fmt: skip
    assert all(a["ok"] for a in verified["attachments"])

    signature = pdfsig(out)
    assert "Signature is Valid" in signature
    assert "Total document signed" in signature
    text = pdftotext(out)
    assert REF in text
    assert "126n" in text and "126bb" in text
    assert "06-12345678" in text  # the target, its holder's number and the A number
    assert "06-87654321" in text  # the usage record's B number (produced)
    assert "Ömer Çelik" in text
    assert "Anna Bakker" not in text  # withheld
    assert "pagina 1 van" in text
    assert "niet beschikbaar" in text

    delivered = _json(
        cli("officer", "--json", "disclosure", "deliver", REF, "--channel", "portal", "--to",
            "J. de Vries, Politie", "--at", "2026-11-20T10:00")
    )  # fmt: skip
    assert delivered["state"] == "delivered"
    case = _json(cli("officer", "--json", "case", "show", REF))
    assert case["status"] == "disclosed"
    again = tmp_path / "again.pdf"
    stored = _json(cli("auditor", "--json", "report", REF, "--out", str(again), "--stored"))
    assert stored["sha256"] == report["sha256"]
    assert stored["pages"] == report["pages"]
    assert again.read_bytes() == out.read_bytes()
