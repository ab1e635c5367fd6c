"""Issue 14: property-based fuzzing of every parser of outside input.

Case file, CSV of each import kind, `.keyinfo`, backup header, lookup query and dates get
random and mutated input; nothing but the app's own errors (LawfulreqError) may escape.
Each test counts the inputs it ran and prints the count (`pytest -s` shows them; the
closing note of issue 14 quotes them).
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawfulreq import safejson
from lawfulreq.clock import parse_time
from lawfulreq.errors import LawfulreqError
from lawfulreq.importers.kinds import KINDS
from lawfulreq.importers.runner import _batches
from lawfulreq.importers.source import CsvSource
from lawfulreq.importers.writers import BatchContext
from lawfulreq.security import keys
from lawfulreq.services import backup as backup_module
from lawfulreq.services.intake import parse_case_file
from lawfulreq.services.lookup import parse_query
from tests.conftest import NOW

RAN: Counter[str] = Counter()
FUZZ_PASSPHRASE = "fuzz-" + "x" * 12  # any text: the parsers, not the KDF, are tested
# LAWFULREQ_FUZZ_SCALE=10 runs ten times as many inputs (a long run before a release).
SCALE = float(os.environ.get("LAWFULREQ_FUZZ_SCALE", "1"))
FUZZ = settings(
    max_examples=int(200 * SCALE),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=12,
)

VALID_CASE: dict[str, Any] = {
    "authority": {"name": "Politie Eenheid Oost-Nederland", "type": "police"},
    "requester": {"name": "J. de Vries", "phone": "+31 88 1234567", "email": "j@politie.nl"},
    "issuer_role": "prosecutor",
    "legal_basis": "sv-126n",
    "authority_reference": "PL0600-2026123456",
    "parket_number": "05/123456-26",
    "channel": "written",
    "received_at": "2026-11-20T10:00:00+01:00",
    "due_at": "2026-11-27T17:00:00+01:00",
    "rc_authorisation": {"date": "2026-11-19", "judge": "mr. A. Bakker"},
    "data_categories": ["subscriber", "traffic"],
    "period": {"from": "2026-09-01T00:00:00+02:00", "to": "2026-11-20T00:00:00+01:00"},
    "targets": ["06-12345678", "204081234567890"],
    "emergency": False,
    "emergency_reason": None,
    "notes": "",
}

PIECES = st.sampled_from(
    [
        "06-12345678", "+31612345678", "204081234567890", "2026-11-20", "2026-11-20T10:00",
        "2026-02-30", "T25:61", "+01:00", "1234 AB", "NL91ABNA0417164300", "a@b.example",
        "198.18.0.1", "2001:db8::/48", "65535", "-1", "yes", "maybe", "person", "company",
        "mobile", "in", "", " ", ";", ",", '"', "\n", "\r", "\t", "\x1b", "\x00", "\ufeff",
        "é", "\u202e", "\udcff", "9" * 40, "[", "{", "=1+1", "0", "C1", "x" * 300,
    ]
)  # fmt: skip
CELL = st.one_of(st.lists(PIECES, max_size=4).map("".join), st.text(max_size=20))


@st.composite
def case_documents(draw: st.DrawFn) -> bytes:
    """A valid case file with some values replaced, keys dropped or added; or raw bytes."""
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(st.binary(max_size=200))
    doc: Any = dict(VALID_CASE)
    for key in draw(st.lists(st.sampled_from(sorted(VALID_CASE)), max_size=4)):
        if draw(st.booleans()):
            doc[key] = draw(JSON | CELL)
        else:
            doc.pop(key, None)
    if choice == 2:
        doc = draw(JSON)
    text = json.dumps(doc, ensure_ascii=False, default=str, allow_nan=True)
    if choice == 3:
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["", "[" * 70, "\udcff", "}", '"']))
    return text.encode("utf-8", "surrogatepass")


def _only_app_errors(func: Any, *args: Any) -> None:
    with contextlib.suppress(LawfulreqError):
        func(*args)


@FUZZ
@given(case_documents())
def _fuzz_case_file(data: bytes) -> None:
    RAN["case file"] += 1

    def parse() -> None:
        parse_case_file(safejson.loads(data, where="case.json"))

    _only_app_errors(parse)


@st.composite
def csv_files(draw: st.DrawFn, kind: str) -> str:
    columns = list(KINDS[kind].columns)
    header = draw(st.permutations(columns)) if draw(st.booleans()) else columns
    if draw(st.integers(0, 9)) == 0:
        header = draw(st.lists(st.sampled_from([*columns, "bogus", ""]), max_size=6))
    delimiter = draw(st.sampled_from([";", ","]))
    rows = draw(
        st.lists(
            st.lists(CELL, min_size=max(len(header) - 1, 0), max_size=len(header) + 1),
            max_size=6,
        )
    )
    lines = [delimiter.join(header)]
    for row in rows:
        lines.append(delimiter.join(json.dumps(c) if draw(st.booleans()) else c for c in row))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\r\n", '"']))


def _parse_csv(kind: str, text: str) -> None:
    spec = KINDS[kind]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{kind}.csv"
        path.write_bytes(text.encode("utf-8", "surrogateescape"))
        source = CsvSource(path, spec.columns, spec.required)
        try:
            context = BatchContext("sqlite+pysqlcipher", NOW)
            for _batch in _batches(source, spec, 3, context):
                pass
        finally:
            source.close()


def _csv_fuzzer(kind: str) -> Any:
    @FUZZ
    @given(csv_files(kind))
    def fuzz(text: str) -> None:
        RAN[f"CSV {kind}"] += 1
        _only_app_errors(_parse_csv, kind, text)

    return fuzz


@st.composite
def keyinfo_files(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.binary(max_size=100))
    doc: Any = {"format": 1, "mode": "passphrase", "key_id": "ab", "salt": "00" * 16}
    for key in draw(st.lists(st.sampled_from(sorted(doc)), max_size=3)):
        doc[key] = draw(JSON | CELL)
    if draw(st.integers(0, 5)) == 0:
        doc = draw(JSON)
    return json.dumps(doc, default=str).encode()


@FUZZ
@given(keyinfo_files())
def _fuzz_keyinfo(data: bytes) -> None:
    RAN[".keyinfo"] += 1
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "x.db"
        keys.keyinfo_path(db).write_bytes(data)
        _only_app_errors(lambda: keys.load_key(db, passphrase=FUZZ_PASSPHRASE))


@st.composite
def backup_files(draw: st.DrawFn) -> bytes:
    header: Any = {
        "format": 1,
        "backend": "sqlite",
        "kdf": {"name": "scrypt", "salt": "00" * 16},
        "payload": {"size": 3, "sha256": "00"},
        "wrapped": {"nonce": "00" * 12, "sealed": "00" * 20},
    }
    for key in draw(st.lists(st.sampled_from(sorted(header)), max_size=3)):
        header[key] = draw(JSON | CELL)
    if draw(st.integers(0, 4)) == 0:
        header = draw(JSON)
    encoded = json.dumps(header, default=str).encode()
    if draw(st.integers(0, 4)) == 0:
        encoded = draw(st.binary(max_size=60))
    length = len(encoded) if draw(st.booleans()) else draw(st.integers(0, 2**32 - 1))
    magic = backup_module.MAGIC if draw(st.integers(0, 9)) else b"nope"
    return magic + struct.pack(">I", length) + encoded + draw(st.binary(max_size=20))


@FUZZ
@given(backup_files())
def _fuzz_backup_header(data: bytes) -> None:
    RAN["backup header"] += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.lrbackup"
        path.write_bytes(data)
        _only_app_errors(backup_module.read_backup, path, FUZZ_PASSPHRASE)


@settings(max_examples=int(1000 * SCALE), deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(PIECES, max_size=8).map("".join)))
def _fuzz_lookup_query(text: str) -> None:
    RAN["lookup query"] += 1
    _only_app_errors(parse_query, text)


@settings(max_examples=int(1000 * SCALE), deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(PIECES, max_size=6).map("".join)))
def _fuzz_dates(text: str) -> None:
    RAN["dates"] += 1
    _only_app_errors(parse_time, text)


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """scrypt costs 50 ms a call; the parsers around it are what is fuzzed here."""
    import hashlib

    monkeypatch.setattr(
        keys, "derive_key", lambda p, salt: hashlib.sha256(p.encode() + salt).digest()
    )
    yield


CASES: dict[str, Any] = {
    "case file": _fuzz_case_file,
    ".keyinfo": _fuzz_keyinfo,
    "backup header": _fuzz_backup_header,
    "lookup query": _fuzz_lookup_query,
    "dates": _fuzz_dates,
    **{f"CSV {kind}": _csv_fuzzer(kind) for kind in KINDS},
}


@pytest.mark.usefixtures("fast_kdf")
@pytest.mark.parametrize("parser", sorted(CASES))
def test_only_the_apps_own_errors_escape(parser: str) -> None:
    before = RAN[parser]
    CASES[parser]()
    ran = RAN[parser] - before
    print(f"fuzzed {parser}: {ran} inputs")
    assert ran >= 100
