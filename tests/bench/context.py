"""What every harness part gets: the sizes of this run, a scratch folder, the cached databases."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tests.bench.data import BenchDatabase, cached_database, ensure_database


@dataclass(frozen=True)
class Sizes:
    customers: int  # the big lookup database (1,000,000)
    customers_large: int  # the largest (10,000,000)
    lookups_per_kind: int
    import_rows: int
    import_repeats: int
    cases: int  # cases list and statistics (100,000)
    report_rows: int
    report_repeats: int
    audit_events: int
    startup_runs: int
    dashboard_runs: int
    runs: int  # repeats of the other timings

    @staticmethod
    def full() -> Sizes:
        return Sizes(1_000_000, 10_000_000, 60, 1_000_000, 1, 100_000, 1000, 5, 1_000_000, 11,
                     5, 5)  # fmt: skip

    @staticmethod
    def quick() -> Sizes:
        return Sizes(2_000, 20_000, 8, 10_000, 1, 3_000, 100, 2, 10_000, 3, 2, 3)


@dataclass
class Context:
    sizes: Sizes
    quick: bool
    tmp: Path
    no_build: bool = False  # --no-build: a database not cached yet is reported, not built
    _databases: dict[int, BenchDatabase] = field(default_factory=dict)

    def database(self, customers: int) -> BenchDatabase:
        """The cached demo database with that many customers (built the first time).

        The largest full-size one has no usage rows, as `tests/bench/data.py` builds it
        (`--usage-per-customer 0`): lookups never read them, and 9 million call records with
        four indexes would add minutes to a build that has 20 at most."""
        usage = 0 if customers == self.sizes.customers_large and not self.quick else 1
        if customers not in self._databases:
            if self.no_build and cached_database(customers, cases=50, usage=usage) is None:
                raise NotBuiltError(f"the {customers:,}-customer database is not built yet")
            self._databases[customers] = ensure_database(customers, cases=50, usage=usage)
        return self._databases[customers]


class NotBuiltError(Exception):
    """--no-build and the database is not in the cache."""
