"""Import: bad rows with line and column, atomicity, skip report, full re-import, dry run."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from lawfulreq.db.models import AuditEvent, Customer, CustomerAddress, NumberAssignment
from lawfulreq.errors import PermissionDeniedError, ValidationError
from lawfulreq.importers.runner import ImportOptions, ImportStatus
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import TEST_PASSWORD, run_cli
from tests.lookup.data import CUSTOMERS, NUMBERS, write

HEADER = CUSTOMERS.splitlines()[0]


def _count(app: AppServices, model: type) -> int:
    with app.db.sessions.begin() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_bad_rows_name_line_and_column_and_change_nothing(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    content = CUSTOMERS + "C5;person;Bad Postcode;Weg;1;;0000 AA;Ede;NL;;;;;;yes\n"
    content += "C6;person;Bad Mail;Weg;2;;1234 AB;Ede;NL;not-an-email;;;;;maybe\n"
    path = write(tmp_path, "customers.csv", content)
    result = services.imports.run(actors["fg"], "customers", path)
    assert result.status == ImportStatus.REJECTED
    # Every bad value of a row is reported, not only the first one.
    assert [(b.line, b.column) for b in result.bad_rows] == [
        (6, "postcode"),
        (7, "email"),
        (7, "directory_listed"),
    ]
    assert result.bad_count == 2
    assert str(result.bad_rows[0]).startswith("customers.csv:6:postcode: ")
    assert str(result.bad_rows[2]) == "customers.csv:7:directory_listed: 'maybe' is not yes or no"
    assert _count(services, Customer) == 0
    assert result.skipped_report is None


def test_skip_bad_imports_the_rest_and_writes_a_report(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    content = CUSTOMERS + "C5;person;Bad Postcode;Weg;1;;0000 AA;Ede;NL;;;;;;yes\n"
    path = write(tmp_path, "customers.csv", content)
    report = tmp_path / "skipped.csv"
    result = services.imports.run(
        actors["fg"], "customers", path, ImportOptions(skip_bad=True, report_path=report)
    )
    assert result.status == ImportStatus.IMPORTED
    assert (result.inserted, result.bad_count) == (4, 1)
    assert (result.rows, result.imported, result.skipped) == (5, 4, 1)
    assert _count(services, Customer) == 4
    with services.db.sessions.begin() as session:
        details = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "data.imported")
        ).one()
    assert (details["rows"], details["imported"], details["skipped"]) == (5, 4, 1)
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("line;column;reason;customer_id")
    assert lines[1].startswith("6;postcode;") and "C5" in lines[1]


def test_unknown_customer_is_a_bad_row(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    services.imports.run(actors["fg"], "customers", write(tmp_path, "c.csv", CUSTOMERS))
    content = NUMBERS + "0611111111,C99,mobile,2024-01-01,,,\n"
    result = services.imports.run(actors["fg"], "numbers", write(tmp_path, "n.csv", content))
    assert [(b.line, b.column) for b in result.bad_rows] == [(6, "customer_id")]
    assert _count(services, NumberAssignment) == 0


def test_delimiter_is_detected(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    comma = CUSTOMERS.replace(";", ",")
    result = services.imports.run(actors["fg"], "customers", write(tmp_path, "c.csv", comma))
    assert (result.delimiter, result.inserted) == (",", 4)


def test_bad_header_is_refused(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    path = write(tmp_path, "c.csv", "customer_id;naam\nC1;x\n")
    with pytest.raises(ValidationError) as bad:
        services.imports.run(actors["fg"], "customers", path)
    assert bad.value.code == "bad_header"
    assert "missing column(s)" in bad.value.message and "naam" in bad.value.message


def test_dry_run_changes_nothing(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    path = write(tmp_path, "c.csv", CUSTOMERS)
    result = services.imports.run(actors["fg"], "customers", path, ImportOptions(dry_run=True))
    assert (result.status, result.inserted) == (ImportStatus.DRY_RUN, 4)
    assert _count(services, Customer) == 0
    with services.db.sessions.begin() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "data.import_dry_run" in actions


def test_full_reimport_updates_end_dates_and_keeps_history(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    fg = actors["fg"]
    services.imports.run(fg, "customers", write(tmp_path, "c1.csv", CUSTOMERS))
    services.imports.run(fg, "numbers", write(tmp_path, "n1.csv", NUMBERS))
    lines = CUSTOMERS.splitlines()
    moved = lines[1].replace("Dorpsstraat;10;;1234 AB;Utrecht", "Nieuwe Weg;3;;9999 ZZ;Groningen")
    second = (
        "\n".join(
            [lines[0], moved, lines[2], lines[3], "C7;person;Nieuw;Weg;1;;1234 AB;Ede;NL;;;;;;yes"]
        )
        + "\n"
    )
    result = services.imports.run(
        fg, "customers", write(tmp_path, "c2.csv", second), ImportOptions(full=True)
    )
    assert (result.inserted, result.updated, result.unchanged, result.end_dated) == (1, 1, 2, 1)
    with services.db.sessions.begin() as session:
        gone = session.scalars(select(Customer).where(Customer.customer_ref == "C4")).one()
        assert gone.contract_end is not None
        jan = session.scalars(select(Customer).where(Customer.customer_ref == "C1")).one()
        addresses = session.scalars(
            select(CustomerAddress)
            .where(CustomerAddress.customer_id == jan.id)
            .order_by(CustomerAddress.id)
        ).all()
    assert [(a.town, a.valid_to is None) for a in addresses] == [
        ("Utrecht", False),
        ("Groningen", True),
    ]
    # A full numbers export without C4's number ends it; closed history stays as it was.
    numbers = "\n".join(NUMBERS.splitlines()[:4]) + "\n"
    again = services.imports.run(
        fg, "numbers", write(tmp_path, "n2.csv", numbers), ImportOptions(full=True)
    )
    assert (again.unchanged, again.end_dated) == (3, 1)
    with services.db.sessions.begin() as session:
        open_numbers = session.scalars(
            select(NumberAssignment.number).where(NumberAssignment.valid_to.is_(None))
        ).all()
    assert sorted(open_numbers) == ["+31201234567", "+31612345678"]


def test_duplicate_key_in_one_file_is_a_bad_row(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    content = CUSTOMERS + CUSTOMERS.splitlines()[1] + "\n"
    result = services.imports.run(actors["fg"], "customers", write(tmp_path, "c.csv", content))
    assert [(b.line, b.column) for b in result.bad_rows] == [(6, "customer_id")]
    assert "twice" in result.bad_rows[0].reason


def test_cancel_leaves_the_database_as_it_was(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    rows = [HEADER] + [
        f"X{i};person;Naam {i};Weg;1;;1234 AB;Ede;NL;;;;;;yes" for i in range(1, 2001)
    ]
    path = write(tmp_path, "c.csv", "\n".join(rows) + "\n")
    seen: list[int] = []
    result = services.imports.run(
        actors["fg"],
        "customers",
        path,
        ImportOptions(batch_size=500),
        progress=lambda done, _pos, _size: seen.append(done),
        cancelled=lambda: len(seen) >= 2,
    )
    assert result.status == ImportStatus.CANCELLED
    assert seen[:2] == [500, 1000]
    assert _count(services, Customer) == 0


def test_officer_may_not_import(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    with pytest.raises(PermissionDeniedError):
        services.imports.run(actors["officer"], "customers", write(tmp_path, "c.csv", CUSTOMERS))


def test_cli_import_and_lookup(
    sqlite_services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.conftest import make_users
    from tests.lookup.data import make_cases

    actors = make_users(sqlite_services)
    cases = make_cases(sqlite_services, actors["fg"])
    db = str(sqlite_services.db.target.sqlite_path)
    sqlite_services.close()
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    bad = write(tmp_path, "bad.csv", CUSTOMERS + "C5;person;X;Weg;1;;0000 AA;Ede;NL;;;;;;yes\n")
    assert run_cli(["--db", db, "--user", "fg", "import", "customers", str(bad)]) == 1
    assert "bad.csv:6:postcode:" in capsys.readouterr().err
    good = write(tmp_path, "good.csv", CUSTOMERS)
    assert run_cli(["--db", db, "--user", "fg", "import", "customers", str(good)]) == 0
    assert (
        run_cli(
            [
                "--db",
                db,
                "--user",
                "fg",
                "import",
                "numbers",
                str(write(tmp_path, "n.csv", NUMBERS)),
            ]
        )
        == 0
    )
    capsys.readouterr()
    code = run_cli(
        [
            "--db",
            db,
            "--user",
            "officer",
            "--json",
            "lookup",
            "06-12345678",
            "--case",
            cases.subscriber,
            "--at",
            "2023-01-01T12:00",
        ]
    )
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert document["query"] == {
        "text": "06-12345678",
        "kind": "phone_number",
        "normalised": "+31612345678",
    }
    assert document["matches"][0]["customer_id"] == "C1"
    assert document["matches"][0]["secret_number"] is False
    assert (
        run_cli(
            ["--db", db, "--user", "auditor", "lookup", "0612345678", "--case", cases.subscriber]
        )
        == 1
    )
    assert "may not" in capsys.readouterr().err
    assert os.environ["LAWFULREQ_PASSWORD"] == TEST_PASSWORD


def test_name_word_index_is_back_after_a_first_import_or_a_refused_one(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    def indexes() -> list[str]:
        with services.db.engine.connect() as conn:
            found = inspect(conn).get_indexes("customer_name_token")
        return [i["name"] or "" for i in found]

    bad = CUSTOMERS.replace("1234 AB;Utrecht", "0000 AB;Utrecht")
    refused = services.imports.run(actors["fg"], "customers", write(tmp_path, "b.csv", bad))
    assert refused.status == ImportStatus.REJECTED
    assert "ix_customer_name_token_token" in indexes()
    done = services.imports.run(actors["fg"], "customers", write(tmp_path, "c.csv", CUSTOMERS))
    assert done.status == ImportStatus.IMPORTED
    assert "ix_customer_name_token_token" in indexes()


def test_skip_bad_counts_written_and_skipped_rows_apart(
    sqlite_services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.conftest import make_users

    make_users(sqlite_services)
    db = str(sqlite_services.db.target.sqlite_path)
    sqlite_services.close()
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    rows = [*CUSTOMERS.splitlines()[:3], "C5;person;Bad;Weg;1;;0000 AA;Ede;NL;;;;;;yes"]
    path = write(tmp_path, "c.csv", "\n".join(rows) + "\n")
    base = ["--db", db, "--user", "fg"]
    assert run_cli([*base, "import", "customers", str(path), "--skip-bad"]) == 0
    out = capsys.readouterr().out
    assert "imported 2 of 3 rows (2 new, 0 changed, 0 unchanged), 1 skipped;" in out
    assert "skipped 1 bad row(s), listed in " in out
    again = write(tmp_path, "c2.csv", "\n".join([*rows, rows[1].replace("C1;", "C9;")]) + "\n")
    assert run_cli([*base, "--json", "import", "customers", str(again), "--skip-bad"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert {k: document[k] for k in ("rows", "imported", "skipped", "inserted", "unchanged")} == {
        "rows": 4,
        "imported": 3,
        "skipped": 1,
        "inserted": 1,
        "unchanged": 2,
    }
    assert run_cli([*base, "--json", "import", "customers", str(again)]) == 1
    refused = json.loads(capsys.readouterr().out)
    assert (refused["status"], refused["imported"], refused["skipped"]) == ("rejected", 0, 0)


def test_every_bad_value_of_a_row_is_reported(
    sqlite_services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.conftest import make_users

    actors = make_users(sqlite_services)
    bad = "C5;alien;Bad;Weg;1x;;0000 AA;Ede;NL;not-an-email;123;;2024-02-01;2024-01-01;maybe\n"
    path = write(tmp_path, "c.csv", CUSTOMERS + bad)
    report = tmp_path / "skipped.csv"
    result = sqlite_services.imports.run(
        actors["fg"], "customers", path, ImportOptions(skip_bad=True, report_path=report)
    )
    expected = ["kind", "house_number", "postcode", "email", "kvk", "contract_end"]
    expected.append("directory_listed")
    assert [str(b).split(": ")[0] for b in result.bad_rows] == [f"c.csv:6:{c}" for c in expected]
    assert (result.bad_count, result.skipped, result.imported) == (1, 1, 4)
    assert result.bad_rows[-2].reason == "ends before contract_start"
    with report.open(encoding="utf-8", newline="") as handle:
        line = list(csv.reader(handle, delimiter=";"))[1]
    assert line[:2] == ["6", ", ".join(expected)]
    assert len(line[2].split("; ")) == len(expected)
    assert line[3:] == bad.strip().split(";")
    # The CLI lists each of them on stderr when it refuses the file.
    db = str(sqlite_services.db.target.sqlite_path)
    sqlite_services.close()
    monkeypatch.setenv("LAWFULREQ_PASSWORD", TEST_PASSWORD)
    assert run_cli(["--db", db, "--user", "fg", "import", "customers", str(path)]) == 1
    err = capsys.readouterr().err
    assert [e.split(": ")[0] for e in err.splitlines()[:-1]] == [f"c.csv:6:{c}" for c in expected]
    assert "1 bad row(s); nothing was imported" in err.splitlines()[-1]


@pytest.mark.parametrize(
    ("start", "reason"),
    [
        ("0001-01-01", "'0001-01-01' is before 1900-01-01: not a plausible date"),
        ("1899-12-31", "'1899-12-31' is before 1900-01-01: not a plausible date"),
        ("1900-01-01", None),
    ],
)
def test_a_contract_date_before_1900_is_a_bad_row_not_a_crash(
    sqlite_services: AppServices, tmp_path: Path, start: str, reason: str | None
) -> None:
    """The year 1 has no start of day in Amsterdam that UTC can hold: it crashed the import
    (OverflowError) instead of being reported where and why, like every other bad value."""
    from tests.conftest import make_users

    actors = make_users(sqlite_services)
    row = f"C9;person;Oud Contract;Weg;1;;1234 AB;Ede;NL;;;;{start};;no\n"
    path = write(tmp_path, "c.csv", CUSTOMERS + row)
    result = sqlite_services.imports.run(
        actors["fg"], "customers", path, ImportOptions(skip_bad=True)
    )
    bad = [(b.column, b.reason) for b in result.bad_rows]
    assert bad == ([] if reason is None else [("contract_start", reason)])
    assert result.imported == (5 if reason is None else 4)
