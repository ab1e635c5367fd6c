"""Import speed: N customer rows through the importer vs a plain executemany, same encrypted DB.

Run: .venv/bin/python -m tests.bench.bench_import [ROWS] [REPEATS]   (default 1000000 3)

The baseline is timed twice per run: with SQLite's default page cache, and with the page
cache the importer gives its own connection (IMPORT_CACHE_KIB), so that setting is not
counted as the importer's own speed. The importer also writes the name words
(`customer_name_token`), which the baseline does not.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from stdnum import iban as stdnum_iban

from lawfulreq.db.database import open_database
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.importers.kinds import KINDS
from lawfulreq.importers.runner import IMPORT_CACHE_KIB, ImportOptions, ImportStatus
from lawfulreq.importers.source import CsvSource
from lawfulreq.services.base import SYSTEM_ACTOR
from lawfulreq.services.registry import open_services
from tests.bench.context import Context
from tests.bench.harness import Row, measured

HEADER = (
    "customer_id;kind;name;street;house_number;house_number_suffix;postcode;town;country;"
    "email;kvk;iban;contract_start;contract_end;directory_listed\n"
)
FIRST = ("Jan", "Ömer", "Anna", "Sanne", "Daan", "Fleur", "Bram", "Élodie")
LAST = ("de Vries", "Çelik", "Bakker", "Jansen", "van Dijk", "Müller", "Visser", "Smit")


def generate(path: Path, rows: int) -> None:
    """Deterministic: row i is always the same customer."""
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for i in range(1, rows + 1):
            bban = f"ABNA{i:010d}"
            check = stdnum_iban.calc_check_digits(f"NL00{bban}")
            name = f"{FIRST[i % 8]} {LAST[(i // 8) % 8]} {i}"
            postcode = f"{1000 + i % 8999} {'ABCDEFGH'[i % 8]}{'JKLMNPRT'[(i // 8) % 8]}"
            kind = "company" if i % 10 == 0 else "person"
            out.write(
                f"C{i:07d};{kind};{name};Dorpsstraat;{i % 300 + 1};{'a' if i % 7 == 0 else ''};"
                f"{postcode};Utrecht;NL;user{i}@example.nl;;NL{check}{bban};2020-01-01;;"
                f"{'yes' if i % 3 else 'no'}\n"
            )


def run_importer(csv_path: Path, db_path: Path) -> float:
    services = open_services(DatabaseTarget("", db_path), create=True)
    try:
        started = time.perf_counter()
        result = services.imports.run(SYSTEM_ACTOR, "customers", csv_path, ImportOptions())
        elapsed = time.perf_counter() - started
        assert result.status == ImportStatus.IMPORTED, result.bad_rows[:5]
        return elapsed
    finally:
        services.close()


def parsed_tuples(csv_path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The same rows, already validated, as the tuples a plain executemany stores."""
    spec = KINDS["customers"]
    source = CsvSource(csv_path, spec.columns, spec.required)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    customers: list[tuple[object, ...]] = []
    addresses: list[tuple[object, ...]] = []
    for index, row in enumerate(source.rows(), start=1):
        r = spec.parse(row.values)
        start = r["contract_start"].isoformat() if r["contract_start"] else None
        customers.append(
            (index, r["customer_ref"], r["kind"], r["name"], r["name_key"], r["email"], r["kvk"],
             r["iban"], start, None, int(r["directory_listed"]), now, r["row_hash"])
        )  # fmt: skip
        addresses.append(
            (index, index, r["street"], r["house_number"], r["house_number_suffix"],
             r["postcode"], r["town"], r["country"], now, None)
        )  # fmt: skip
    source.close()
    return customers, addresses


def run_baseline(
    db_path: Path,
    customers: list[tuple[object, ...]],
    addresses: list[tuple[object, ...]],
    cache_kib: int | None = None,
) -> float:
    """cache_kib: the page cache the importer gives its connection (None: SQLite's default)."""
    db = open_database(DatabaseTarget("", db_path), create=True)
    raw = db.engine.raw_connection()
    try:
        started = time.perf_counter()
        cursor = raw.cursor()
        if cache_kib is not None:
            cursor.execute(f"PRAGMA cache_size = -{cache_kib}")
        # The app's connections leave transactions to the caller (BEGIN IMMEDIATE, db.engine).
        cursor.execute("BEGIN IMMEDIATE")
        cursor.executemany(
            "INSERT INTO customer (id, customer_ref, kind, name, name_key, email, kvk, iban, "
            "contract_start, contract_end, directory_listed, imported_at, row_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            customers,
        )
        cursor.executemany(
            "INSERT INTO customer_address (id, customer_id, street, house_number, "
            "house_number_suffix, postcode, town, country, valid_from, valid_to) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            addresses,
        )
        raw.commit()
        return time.perf_counter() - started
    finally:
        raw.close()
        db.dispose()


def run(ctx: Context) -> list[Row]:
    """Harness part: the customers importer vs executemany with the importer's page cache."""
    rows = ctx.sizes.import_rows
    os.environ.setdefault("LAWFULREQ_DB_PASSPHRASE", "bench-" + uuid.uuid4().hex)
    folder = ctx.tmp / "import"
    folder.mkdir()
    csv_path = folder / "customers.csv"
    generate(csv_path, rows)
    started = time.perf_counter()
    customers, addresses = parsed_tuples(csv_path)
    parse_seconds = time.perf_counter() - started
    gc.freeze()
    importer: list[float] = []
    same_cache: list[float] = []
    try:
        for attempt in range(ctx.sizes.import_repeats):
            importer.append(run_importer(csv_path, folder / f"import-{attempt}.db"))
            same_cache.append(
                run_baseline(folder / f"cache-{attempt}.db", customers, addresses, IMPORT_CACHE_KIB)
            )
            for path in folder.glob("*.db*"):
                path.unlink()
    finally:
        gc.unfreeze()
        del customers, addresses
        csv_path.unlink()
    return [
        measured(
            "import",
            f"import of {rows:,} customer rows (CSV, validated, + name words)",
            importer,
            "plain executemany of the parsed rows, same page cache",
            same_cache,
            unit="s",
            max_ratio=2.0,
            note=f"parsing and validating the CSV alone, one process: {parse_seconds:.1f} s",
        )
    ]


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    os.environ.setdefault("LAWFULREQ_DB_PASSPHRASE", "bench-" + uuid.uuid4().hex)
    with tempfile.TemporaryDirectory(prefix="lawfulreq-bench-import-") as tmp:
        folder = Path(tmp)
        csv_path = folder / "customers.csv"
        started = time.perf_counter()
        generate(csv_path, rows)
        print(f"generated {rows} rows in {time.perf_counter() - started:.1f} s", flush=True)
        customers, addresses = parsed_tuples(csv_path)
        # The baseline's two million tuples are this script's, not the importer's: keep the
        # collector from walking them during the importer's run (an import process has none).
        gc.freeze()
        importer: list[float] = []
        baseline: list[float] = []
        same_cache: list[float] = []
        for attempt in range(repeats):
            importer.append(run_importer(csv_path, folder / f"import-{attempt}.db"))
            baseline.append(run_baseline(folder / f"plain-{attempt}.db", customers, addresses))
            same_cache.append(
                run_baseline(folder / f"cache-{attempt}.db", customers, addresses, IMPORT_CACHE_KIB)
            )
            print(f"run {attempt + 1}: importer {importer[-1]:.1f} s, "
                  f"executemany {baseline[-1]:.1f} s, "
                  f"executemany with the importer's page cache {same_cache[-1]:.1f} s  "
                  f"(load average {os.getloadavg()[0]:.2f})", flush=True)  # fmt: skip
            for path in folder.glob("*.db*"):
                path.unlink()
    imp, base = statistics.median(importer), statistics.median(baseline)
    cached = statistics.median(same_cache)
    print(f"rows {rows}  importer median {imp:.1f} s  executemany median {base:.1f} s  "
          f"ratio {imp / base:.2f}  |  executemany with the importer's page cache median "
          f"{cached:.1f} s  ratio {imp / cached:.2f}  "
          f"(load average {os.getloadavg()[0]:.2f})")  # fmt: skip


if __name__ == "__main__":
    main()
