"""The benchmark databases: generated once, cached outside the git tree, keyed by generator version.

    python -m tests.bench.data --subscribers 1000000          # build (or find) the 1M database
    python -m tests.bench.data --subscribers 10000000 --usage-per-customer 0

The cache folder is `$LAWFULREQ_BENCH_CACHE` or `~/.cache/lawfulreq-bench`. A database's name
holds its sizes and a hash of the code that shapes it (the demo generator and the migrations),
so a change to either builds a new one; the old ones stay until deleted by hand. Next to each
database: `NAME.json` with the demo users' password, the build time and the row counts.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# What decides a demo database's content: the generator and the schema.
SHAPING = ("lawfulreq/demo", "lawfulreq/db/migrations")


def cache_dir() -> Path:
    folder = Path(os.environ.get("LAWFULREQ_BENCH_CACHE") or Path.home() / ".cache/lawfulreq-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def generator_version() -> str:
    """A short hash over the demo generator's and the migrations' source files."""
    digest = hashlib.sha256()
    for top in SHAPING:
        for path in sorted((ROOT / top).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class BenchDatabase:
    path: Path
    password: str
    build_seconds: float
    counts: dict[str, int]
    cached: bool


def database_name(subscribers: int, cases: int, usage: int) -> str:
    return f"demo-{subscribers}s-{cases}c-{usage}u-{generator_version()}.db"


def cached_database(
    subscribers: int, *, cases: int = 50, usage: int = 1, folder: Path | None = None
) -> BenchDatabase | None:
    """The cached database of that size, or None when it is not built (yet)."""
    path = (folder or cache_dir()) / database_name(subscribers, cases, usage)
    meta_path = path.with_suffix(".json")
    if not (path.exists() and meta_path.exists()):
        return None
    meta = json.loads(meta_path.read_text())
    return BenchDatabase(path, meta["password"], meta["build_seconds"], meta["counts"], True)


def ensure_database(
    subscribers: int, *, cases: int = 50, usage: int = 1, folder: Path | None = None
) -> BenchDatabase:
    """The cached demo database of that size, built first if missing."""
    folder = folder or cache_dir()
    path = folder / database_name(subscribers, cases, usage)
    # One builder at a time per database: a second harness waits for the first's build.
    with (folder / f"{path.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _ensure(path, subscribers, cases, usage, folder)


def _ensure(path: Path, subscribers: int, cases: int, usage: int, folder: Path) -> BenchDatabase:
    meta_path = path.with_suffix(".json")
    found = cached_database(subscribers, cases=cases, usage=usage, folder=folder)
    if found is not None:
        return found
    # Build under a temporary name, then move: a killed build never looks finished.
    building = folder / f"building-{os.getpid()}-{path.name}"
    from lawfulreq.demo import create_demo_database, generate_password
    from lawfulreq.security.keys import keyinfo_path

    password = generate_password()
    started = time.perf_counter()
    last = [""]

    def progress(step: str, done: int, total: int) -> None:
        # Each step's start and end, and every tenth of the way (a 10M build takes minutes).
        tenth = max(1, total // 10)
        if step != last[0] or done == total or done % tenth < (done - 1) % tenth:
            last[0] = step
            elapsed = time.perf_counter() - started
            print(f"  {elapsed:7.1f}s  {step} {done}/{total}", file=sys.stderr, flush=True)

    services, summary = create_demo_database(
        str(building),
        password=password,
        subscribers=subscribers,
        cases=cases,
        usage_per_customer=usage,
        progress=progress,
    )
    services.close()
    seconds = time.perf_counter() - started
    shutil.move(keyinfo_path(building), keyinfo_path(path))
    shutil.move(building, path)
    meta: dict[str, Any] = {
        "password": password,
        "build_seconds": round(seconds, 1),
        "counts": summary.counts,
        "load_average": os.getloadavg(),
        "generator_version": generator_version(),
    }
    meta_path.write_text(json.dumps(meta, indent=2))
    return BenchDatabase(path, password, round(seconds, 1), summary.counts, False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1_000_000)
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--usage-per-customer", type=int, default=1)
    args = parser.parse_args()
    found = ensure_database(args.subscribers, cases=args.cases, usage=args.usage_per_customer)
    print(json.dumps({"path": str(found.path), "build_seconds": found.build_seconds,
                      "cached": found.cached, "counts": found.counts}, indent=2))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
