"""The customer fast path gives exactly what parse_customer + CustomerWriter.prepare give.

Where the fast path declines a row (None), the general path decides it; where it takes a
row, the general path must take it too, with the same prepared tuple (stored values, row
hash, name words, raw fields)."""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from lawfulreq.importers import runner, writers
from lawfulreq.importers.fastpath import _LISTED, customer_fast_path
from lawfulreq.importers.fields import RowError
from lawfulreq.importers.kinds import KINDS, parse_customer
from lawfulreq.importers.runner import ImportOptions, ImportStatus
from lawfulreq.importers.source import CsvSource
from lawfulreq.importers.writers import BatchContext, CustomerWriter, FirstSeen, Pending
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.bench.bench_import import generate
from tests.lookup.data import CUSTOMERS, write

CONTEXT = BatchContext("sqlite+pysqlcipher", datetime(2026, 11, 20, 9, tzinfo=UTC))
COLUMNS = KINDS["customers"].columns


def _general(header: list[str], line: int, raw: list[str]) -> object:
    """The general path's prepared row, None for a bad row, or the type of its crash."""
    try:
        record = parse_customer(dict(zip(header, raw, strict=True)))
        prepared: tuple[Any, ...] = CustomerWriter.prepare([Pending(line, raw, record)], CONTEXT)
    except RowError:
        return None
    except Exception as exc:  # e.g. 0001-01-01 midnight in Amsterdam is out of range in UTC
        return type(exc)
    return prepared[0]


def _fast(header: list[str], line: int, raw: list[str]) -> object:
    """The fast path's prepared row, None where it declines, or the type of its crash."""
    fast = customer_fast_path(header, CONTEXT)
    assert fast is not None
    try:
        return fast(line, raw)
    except Exception as exc:
        return type(exc)


def _iban(n: int) -> str:
    return f"NL{stdnum_iban.calc_check_digits(f'NL00ABNA{n:010d}')}ABNA{n:010d}"


def _padded(values: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Values as given, or with spaces around them, or in another case."""
    return st.one_of(
        values,
        values.map(lambda v: f" {v} "),
        values.map(str.lower),
        values.map(str.upper),
    )


ANY = st.text(max_size=12)
FIELDS: dict[str, st.SearchStrategy[str]] = {
    "customer_id": _padded(st.from_regex(r"\A[A-Za-z]{1,5}-?[0-9]{0,13}\Z")) | ANY,
    "kind": _padded(st.sampled_from(["person", "company", "Person", "other", ""])),
    "name": st.one_of(
        st.sampled_from(["Jan de Vries 1", "Ömer Çelik", "  Anna  Bakker ", "-", "x" * 201]),
        st.text(max_size=30),
        st.text(alphabet="abcÉéöØß_-.' 1", max_size=20),
    ),
    "street": st.one_of(st.sampled_from(["Dorpsstraat", " Laan ", "", "s" * 201]), ANY),
    "house_number": st.one_of(
        st.from_regex(r"\A[0-9]{1,11}\Z"), _padded(st.sampled_from(["7", "007", "0", "1a"])), ANY
    ),
    "house_number_suffix": st.one_of(st.sampled_from(["", "a", " b ", "ß", "x" * 11]), ANY),
    "postcode": st.one_of(
        st.from_regex(r"\A[0-9]{4} ?[A-Za-z]{2}\Z"),
        _padded(st.sampled_from(["1234 AB", "1234AB", "0123 AB", "1234 SS", "1234 sa"])),
        ANY,
    ),
    "town": st.one_of(st.sampled_from(["Utrecht", " Ede ", "", "t" * 101]), ANY),
    "country": _padded(st.sampled_from(["NL", "", "BE", "N1", "nl"])),
    "email": st.one_of(
        st.sampled_from(["", "a@b.nl", "User1@Example.NL", " x@y.com ", "bad@", "a@b.c"]),
        st.emails().map(str),
        ANY,
    ),
    "kvk": st.one_of(
        st.sampled_from(["", "12345678", "123456789012", "1234567", " 12345678 "]), ANY
    ),
    "iban": st.one_of(
        st.integers(0, 10**10 - 1).map(_iban),
        st.integers(0, 10**10 - 1).map(lambda n: _iban(n).lower()),
        st.integers(0, 10**10 - 1).map(lambda n: _iban(n)[:-1] + "0"),
        st.sampled_from(["", "NL91 ABNA 0417 1643 00", "DE89370400440532013000"]),
        ANY,
    ),
    "contract_start": st.one_of(
        st.dates().map(str),
        st.sampled_from(["", "2020-01-01", " 2020-01-01 ", "2020-01-01T10:00", "2020-13-01"]),
        ANY,
    ),
    "contract_end": st.one_of(
        st.dates().map(str), st.sampled_from(["", "2019-12-31", "2030-01-01"]), ANY
    ),
    "directory_listed": _padded(st.sampled_from(["yes", "no", "", "ja", "nee", "1", "0", "x"])),
}


@settings(max_examples=1500, deadline=None)
@given(st.fixed_dictionaries(FIELDS), st.randoms(use_true_random=False))
def test_fast_path_equals_general_path(values: dict[str, str], rnd: random.Random) -> None:
    header = list(COLUMNS)
    rnd.shuffle(header)
    raw = [values[c] for c in header]
    taken = _fast(header, 7, raw)
    if taken is not None:
        assert taken == _general(header, 7, raw)


def test_fast_path_takes_the_usual_rows(tmp_path: Path) -> None:
    """The bench's rows (and the test data's shapes) all take the fast path."""
    path = tmp_path / "customers.csv"
    generate(path, 500)
    spec = KINDS["customers"]
    source = CsvSource(path, spec.columns, spec.required)
    source.open()
    fast = customer_fast_path(source.header, CONTEXT)
    assert fast is not None
    try:
        for line, raw, problems in source.raw_rows():
            assert not problems
            taken = fast(line, raw)
            assert taken is not None
            assert taken == _general(source.header, line, raw)
    finally:
        source.close()


def test_fast_path_needs_every_column_once() -> None:
    assert customer_fast_path([c for c in COLUMNS if c != "kvk"], CONTEXT) is None
    assert customer_fast_path([*COLUMNS, "kvk"], CONTEXT) is None


def test_batches_with_and_without_the_fast_path_are_equal(tmp_path: Path, monkeypatch: Any) -> None:
    """Mixed files: declined and bad rows keep their place, in and across batches."""
    path = tmp_path / "customers.csv"
    generate(path, 40)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(";NL;", ";BE;")  # declined by the fast path, good
    lines[5] = lines[5].replace("Dorpsstraat", " Dorpsstraat ")  # declined, good
    lines[8] = lines[8].replace(";person;", ";alien;")  # a bad row
    lines[9] = lines[2]  # a repeated customer
    lines[12] = "C1;person;too;few"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spec = KINDS["customers"]

    def batches() -> list[runner._Batch]:
        source = CsvSource(path, spec.columns, spec.required)
        try:
            return list(runner._batches(source, spec, 7, CONTEXT))
        finally:
            source.close()

    fast = batches()
    monkeypatch.setattr(runner, "FAST_PATHS", {})
    general = batches()
    # The fast batches leave out the raw fields of a customer_id's first row only.
    repeats = [row for b in fast for row in b.rows if row[1] is not None]
    assert [row[0] for row in repeats] == [10]  # lines[9], a copy of lines[2]
    assert [b.bad for b in fast] == [b.bad for b in general]
    assert [[row[0], *row[2:]] for b in fast for row in b.rows] == [
        [row[0], *row[2:]] for b in general for row in b.rows
    ]
    assert [row[1] for b in general for row in b.rows if row[0] == 10] == [repeats[0][1]]
    assert sum(len(b.bad) for b in fast) == 2
    assert sum(len(b.rows) for b in fast) == 38


VALID: dict[str, st.SearchStrategy[str]] = {
    "customer_id": st.from_regex(r"\A[A-Za-z]{1,4}-?[0-9]{1,12}\Z"),
    "kind": st.sampled_from(["person", "company"]),
    "name": st.one_of(
        st.sampled_from(["Jan de Vries 1", "Ömer Çelik", "Élodie Müller-Smit", "O'Brien & Zn."]),
        st.text(alphabet="abcÉéöØßİ_-.' 1Ⅻ½", min_size=1, max_size=20),
    ),
    "street": st.sampled_from(["Dorpsstraat", "Laan", "Straße"]),
    "house_number": st.from_regex(r"\A[1-9][0-9]{0,4}\Z"),
    "house_number_suffix": st.sampled_from(["", "a", "B", "bis"]),
    "postcode": st.from_regex(r"\A[1-9][0-9]{3} ?[A-Z]{2}\Z"),
    "town": st.sampled_from(["Utrecht", "Ede"]),
    "country": st.sampled_from(["NL", ""]),
    "email": st.one_of(st.just(""), st.from_regex(r"\A[A-Za-z0-9.]{1,8}@[A-Za-z]{1,8}\.nl\Z")),
    "kvk": st.sampled_from(["", "12345678", "123456789012"]),
    "iban": st.one_of(st.just(""), st.integers(0, 10**10 - 1).map(_iban)),
    "contract_start": st.one_of(st.just(""), st.dates().map(str)),
    "contract_end": st.one_of(st.just(""), st.dates().map(str)),
    "directory_listed": st.sampled_from(sorted(_LISTED)),
}


@settings(max_examples=1500, deadline=None)
@given(
    st.fixed_dictionaries(VALID),
    st.sampled_from(COLUMNS),
    st.data(),
    st.randoms(use_true_random=False),
)
def test_fast_path_equals_general_path_near_valid_rows(
    values: dict[str, str], column: str, data: st.DataObject, rnd: random.Random
) -> None:
    """Mostly valid rows, one column anything: the fast path's every branch is reached."""
    values[column] = data.draw(FIELDS[column])
    header = list(COLUMNS)
    rnd.shuffle(header)
    raw = [values[c] for c in header]
    taken = _fast(header, 3, raw)
    if taken is not None:
        assert taken == _general(header, 3, raw)


@pytest.mark.parametrize("shape", [(False, 2), (False, 5000), (True, 2), (True, 5000)])
def test_repeats_in_and_across_batches_are_reported_with_their_fields(
    services: AppServices,
    actors: dict[str, Actor],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shape: tuple[bool, int],
) -> None:
    """A repeat's raw fields reach the skip report however the batches fall."""
    parallel, batch_size = shape
    if parallel:
        monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)
    lines = CUSTOMERS.splitlines()
    content = "\n".join([*lines, lines[1], lines[4], lines[1]]) + "\n"
    report = tmp_path / "skipped.csv"
    result = services.imports.run(
        actors["fg"],
        "customers",
        write(tmp_path, "c.csv", content),
        ImportOptions(skip_bad=True, batch_size=batch_size, report_path=report),
    )
    assert result.status == ImportStatus.IMPORTED
    assert result.inserted == 4
    assert [(b.line, b.column) for b in result.bad_rows] == [
        (6, "customer_id"),
        (7, "customer_id"),
        (8, "customer_id"),
    ]
    with report.open(encoding="utf-8") as handle:
        written = list(csv.reader(handle, delimiter=";"))
    assert [row[3:] for row in written[1:]] == [
        next(csv.reader([line], delimiter=";")) for line in (lines[1], lines[4], lines[1])
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["C1", "C2", "C3", "C4", "C5"]), max_size=30))
def test_first_of_few_equals_first_of_each(refs: list[str]) -> None:
    """The writer's check of maybe-repeated rows only, against its check of every row."""
    first = FirstSeen().add
    batch = [
        (line, None if first(ref) else f"{ref}\x1fraw", ref) for line, ref in enumerate(refs, 2)
    ]
    positions = [i for i, row in enumerate(batch) if row[1] is not None]
    every: list[Any] = []
    few: list[Any] = []
    unique, maybe = writers._first_of_few(batch, positions, few)
    assert unique == writers._first_of_each(batch, every)
    assert few == every
    assert maybe == {row[2] for row in unique if row[1] is not None}


def test_first_seen_is_never_first_twice() -> None:
    first = FirstSeen().add
    keys = [f"C{i}" for i in range(50_000)]
    assert sum(first(k) for k in keys) > 49_000
    assert not any(first(k) for k in keys)


def test_general_path_file_with_repeats_into_an_empty_table(
    services: AppServices, actors: dict[str, Actor], tmp_path: Path
) -> None:
    """A header without the optional kvk column: no fast path, every row keeps its fields."""
    lines = [line.split(";") for line in CUSTOMERS.splitlines() if line]
    kvk = lines[0].index("kvk")
    rows = [";".join(cells[:kvk] + cells[kvk + 1 :]) for cells in lines]
    content = "\n".join([*rows, rows[2], *[rows[1].replace("C1;", f"C{i};") for i in (7, 8)]])
    report = tmp_path / "skipped.csv"
    result = services.imports.run(
        actors["fg"],
        "customers",
        write(tmp_path, "c.csv", content + "\n"),
        ImportOptions(skip_bad=True, batch_size=3, report_path=report),
    )
    assert result.status == ImportStatus.IMPORTED
    assert result.inserted == 6
    assert [(b.line, b.column) for b in result.bad_rows] == [(6, "customer_id")]
    with report.open(encoding="utf-8") as handle:
        assert list(csv.reader(handle, delimiter=";"))[1][3:] == rows[2].split(";")
