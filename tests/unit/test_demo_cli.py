"""`lawfulreq demo` and `--demo`: create once, show the password once, refuse to overwrite."""

from __future__ import annotations

import argparse
import json
import re
import uuid
from pathlib import Path

import pytest

from lawfulreq.cli import commands_demo, main
from lawfulreq.clock import Clock, fixed_clock
from lawfulreq.demo import DEMO_NOW
from lawfulreq.services.registry import open_services_at

PASSWORD_LINE = re.compile(r"password \(shown once, stored nowhere\): (\S+)")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main.main(argv, clock=fixed_clock(DEMO_NOW))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_prints_a_working_password_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LAWFULREQ_NEW_PASSWORD", raising=False)
    db = str(tmp_path / "demo.db")
    code, out, err = _run(["--db", db, "demo", "--subscribers", "150", "--cases", "12"], capsys)
    assert code == 0, err
    found = PASSWORD_LINE.findall(out + err)
    assert len(found) == 1
    password = found[0]
    assert (out + err).count(password) == 1
    services = open_services_at(db, clock=fixed_clock(DEMO_NOW))
    try:
        for user in ("fg", "officer", "officer2", "auditor"):
            assert services.users.login(user, password).username == user
    finally:
        services.close()
    # Nothing secret lands on disk beside the database.
    assert password.encode() not in (tmp_path / "demo.db.keyinfo").read_bytes()

    code, out, err = _run(["--db", db, "demo", "--subscribers", "150"], capsys)
    assert code == 1
    assert "already exists" in err
    assert "Traceback" not in err


def test_demo_json_with_given_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    password = "Given-" + uuid.uuid4().hex[:10] + "-Q7"
    monkeypatch.setenv("LAWFULREQ_NEW_PASSWORD", password)
    db = str(tmp_path / "given.db")
    argv = ["--db", db, "--json", "demo", "--subscribers", "120", "--cases", "10", "--seed", "3"]
    code, out, err = _run(argv, capsys)
    assert code == 0, err
    document = json.loads(out)
    assert document["password"] is None
    assert document["password_source"] == "LAWFULREQ_NEW_PASSWORD"
    assert document["counts"]["customer"] == 120
    assert document["counts"]["demand_case"] == 10
    assert {u["username"] for u in document["users"]} == {"fg", "officer", "officer2", "auditor"}
    assert password not in out + err


def test_demo_refuses_bad_sizes_and_weak_passwords(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = _run(["--db", str(tmp_path / "x.db"), "demo", "--subscribers", "0"], capsys)
    assert code == 1 and "--subscribers" in err
    monkeypatch.setenv("LAWFULREQ_NEW_PASSWORD", "weak")
    code, _out, err = _run(["--db", str(tmp_path / "y.db"), "demo"], capsys)
    assert code == 1 and "password too weak" in err
    assert not (tmp_path / "y.db").exists()


def test_global_demo_flag_creates_once_then_opens_the_gui(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LAWFULREQ_NEW_PASSWORD", raising=False)
    monkeypatch.setattr(commands_demo, "data_dir", lambda: tmp_path / "data")
    opened: list[str] = []

    def fake_gui(args: argparse.Namespace, clock: Clock) -> int:
        assert clock() == fixed_clock(DEMO_NOW)()  # the GUI gets the run's clock
        opened.append(args.db)
        return 0

    monkeypatch.setattr(main, "_run_gui", fake_gui)
    code, out, _err = _run(["--demo"], capsys)
    assert code == 0
    demo_db = tmp_path / "data" / "demo.db"
    assert opened == [str(demo_db)] and demo_db.exists()
    assert len(PASSWORD_LINE.findall(out)) == 1
    assert "delete" in out.lower()

    code, out, _err = _run(["--demo"], capsys)
    assert code == 0
    assert opened == [str(demo_db), str(demo_db)]
    assert not PASSWORD_LINE.findall(out)
