"""Imports with the rows parsed in a second process: same results, errors, cancel and rollback."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lawfulreq.errors import ValidationError
from lawfulreq.importers import runner
from lawfulreq.importers.kinds import KINDS
from lawfulreq.importers.source import CsvSource
from lawfulreq.importers.writers import BatchContext
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.lookup.data import CUSTOMERS, write
from tests.lookup.test_import import (
    test_bad_rows_name_line_and_column_and_change_nothing,
    test_cancel_leaves_the_database_as_it_was,
    test_duplicate_key_in_one_file_is_a_bad_row,
    test_full_reimport_updates_end_dates_and_keeps_history,
    test_skip_bad_imports_the_rest_and_writes_a_report,
)

__all__ = [
    "test_bad_rows_name_line_and_column_and_change_nothing",
    "test_cancel_leaves_the_database_as_it_was",
    "test_duplicate_key_in_one_file_is_a_bad_row",
    "test_full_reimport_updates_end_dates_and_keeps_history",
    "test_skip_bad_imports_the_rest_and_writes_a_report",
]


@pytest.fixture(autouse=True)
def _always_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file, however small, goes through the parsing process in this module."""
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)


CONTEXT = BatchContext("sqlite+pysqlcipher", datetime(2026, 11, 20, 9, tzinfo=UTC))


def _in_process(path: Path, batch_size: int) -> list[runner._Batch]:
    spec = KINDS["customers"]
    source = CsvSource(path, spec.columns, spec.required)
    try:
        return list(runner._batches(source, spec, batch_size, CONTEXT))
    finally:
        source.close()


def test_worker_batches_equal_in_process_batches(tmp_path: Path) -> None:
    content = CUSTOMERS + "C5;person;Bad Postcode;Weg;1;;0000 AA;Ede;NL;;;;;;yes\n"
    content += "C6;person;Ömer Çelik;Weg;2;a;1234 ab;Ede;NL;X@Y.NL;;;2020-01-01;;no\n"
    content += "C7;person;too;few\n"
    path = write(tmp_path, "customers.csv", content)
    parallel = list(runner._parallel_batches(path, "customers", 3, CONTEXT))
    assert parallel == _in_process(path, 3)
    assert sum(len(b.bad) for b in parallel) == 2
    assert multiprocessing.active_children() == []


def test_worker_error_is_raised_as_validation_error(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes(CUSTOMERS.encode() + b"C9;person;Bad \xff;Weg;1;;1234 AB;Ede;NL;;;;;;yes\n")
    with pytest.raises(ValidationError) as caught:
        list(runner._parallel_batches(path, "customers", 100, CONTEXT))
    assert caught.value.code == "not_utf8"
    assert multiprocessing.active_children() == []


def test_cancel_stops_the_worker(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    rows = [CUSTOMERS.splitlines()[0]] + [
        f"X{i};person;Naam {i};Weg;1;;1234 AB;Ede;NL;;;;;;yes" for i in range(1, 5001)
    ]
    path = write(tmp_path, "c.csv", "\n".join(rows) + "\n")
    result = services.imports.run(
        actors["fg"],
        "customers",
        path,
        runner.ImportOptions(batch_size=100),
        cancelled=lambda: True,
    )
    assert result.status == runner.ImportStatus.CANCELLED
    assert multiprocessing.active_children() == []
