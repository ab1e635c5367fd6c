"""Opening the cases table on 100,000 cases: under half a second, near the raw SQL baseline.

A benchmark, not part of the suite (wall-clock limits fail on a busy machine): run it with
`QT_QPA_PLATFORM=offscreen python -m pytest -s tests/bench/bench_case_table.py`.
"""

from __future__ import annotations

import statistics
import time

import pytest
from sqlalchemy import text

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.cases.conftest import bulk_cases
from tests.conftest import make_users
from ui.models.case_table import CaseTableModel
from ui.tasks import TaskRunner

CASES = 100_000
RUNS = 5

RAW_BASELINE = text(
    "SELECT c.id, c.ref, c.status, b.code, a.name, c.received_at, c.due_at, b.secrecy_applies,"
    " c.emergency, c.owner_id, c.authority_reference, u.username, c.hold_started_at"
    " FROM demand_case c JOIN authority a ON a.id = c.authority_id"
    " JOIN legal_basis_version b ON b.id = c.legal_basis_id"
    " LEFT JOIN app_user u ON u.id = c.owner_id"
    " ORDER BY c.received_at DESC, c.id DESC LIMIT :limit OFFSET :offset"
)


def _median(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@pytest.fixture
def gui_actors(sqlite_services: AppServices) -> dict[str, Actor]:
    return make_users(sqlite_services)


@pytest.mark.benchmark_only
def test_open_and_scroll_100k_cases(
    sqlite_services: AppServices, gui_actors: dict[str, Actor], qapp
) -> None:  # type: ignore[no-untyped-def]
    officer = gui_actors["officer"]
    bulk_cases(sqlite_services, CASES, actor_id=officer.user_id)
    # Synchronous: the benchmark times the queries, not a worker thread's hand-over.
    tasks = TaskRunner(lambda error, _parent=None: pytest.fail(str(error)), synchronous=True)

    def open_model() -> None:
        model = CaseTableModel(sqlite_services.cases, officer, tasks=tasks)
        model.reload()
        for row in range(40):  # the first screenful
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    def raw_open() -> None:
        with sqlite_services.db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM demand_case")).scalar()
            conn.execute(RAW_BASELINE, {"limit": CaseTableModel.PAGE_SIZE, "offset": 0}).all()

    model = CaseTableModel(sqlite_services.cases, officer, tasks=tasks)
    model.reload()
    assert model.rowCount() == CASES

    def scroll_deep() -> None:
        model.reload()
        for row in (CASES // 2, CASES - 1):
            model.data(model.index(row, 0))

    def raw_deep() -> None:
        with sqlite_services.db.engine.connect() as conn:
            for offset in (CASES // 2, CASES - CaseTableModel.PAGE_SIZE):
                conn.execute(
                    RAW_BASELINE, {"limit": CaseTableModel.PAGE_SIZE, "offset": offset}
                ).all()

    opened, baseline = _median(open_model), _median(raw_open)
    deep, deep_baseline = _median(scroll_deep), _median(raw_deep)
    print(
        f"\nopen {CASES} cases: median {opened * 1000:.1f} ms, raw SQL {baseline * 1000:.1f} ms,"
        f" ratio {opened / baseline:.2f};"
        f" deep pages: {deep * 1000:.1f} ms vs raw {deep_baseline * 1000:.1f} ms,"
        f" ratio {deep / deep_baseline:.2f}"
    )
    assert opened < 0.5
    assert deep < 0.5
