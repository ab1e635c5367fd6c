"""The cases list on 100,000 cases (harness part `cases`): open, filter, jump to the end.

    QT_QPA_PLATFORM=offscreen python -m tests.bench --only cases

A new SQLCipher file (demo key) gets N cases written straight into the tables
(tests/cases/conftest.py `bulk_cases`). Each measure is the Qt model doing what the view asks,
beside raw SQL on the same connection doing the same database work:
- open: a new model (count, first page), the first screenful of cells; raw: count + page;
- filter (open cases): the same model filtered and its first screenful; raw: the same
  filtered count + page (statuses as an expression, as the service asks: received-at order);
- jump to the end: an open model's last screenful, read by keyset paging from the end; raw:
  the same last page read from the end. The note gives the old way: the page by OFFSET.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import text

from lawfulreq.clock import fixed_clock
from lawfulreq.db.engine import DatabaseTarget
from lawfulreq.services.cases import CaseFilter
from lawfulreq.services.registry import open_services
from tests.bench.context import Context
from tests.bench.harness import Row, measured, timed_ms
from tests.cases.conftest import bulk_cases
from tests.conftest import NOW, make_users

RAW_PAGE = (
    "SELECT c.id, c.ref, c.status, b.code, a.name, c.received_at, c.due_at, b.secrecy_applies,"
    " c.emergency, c.owner_id, c.authority_reference, u.username, c.hold_started_at"
    " FROM demand_case c JOIN authority a ON a.id = c.authority_id"
    " JOIN legal_basis_version b ON b.id = c.legal_basis_id"
    " LEFT JOIN app_user u ON u.id = c.owner_id {where}"
    " ORDER BY c.received_at DESC, c.id DESC LIMIT :limit OFFSET :offset"
)
RAW_COUNT = "SELECT count(*) FROM demand_case c {where}"
# The filter measured: open cases only (what the officer's default view shows).
OPEN_WHERE = "WHERE c.status || '' IN ('approved', 'on_hold', 'received', 'under_review')"
SCREEN = 40  # rows on one screen


def _screen(model, first: int) -> None:  # type: ignore[no-untyped-def]
    for row in range(first, min(first + SCREEN, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def run(ctx: Context) -> list[Row]:
    from ui.app import application
    from ui.models.case_table import CaseTableModel
    from ui.tasks import TaskRunner

    def fail(error: BaseException, _parent: object = None) -> None:
        raise error

    # Synchronous: the benchmark times the queries, not a worker thread's hand-over.
    tasks = TaskRunner(fail, synchronous=True)

    def model_for(flt: CaseFilter | None = None) -> CaseTableModel:
        model = CaseTableModel(app.cases, officer, tasks=tasks, case_filter=flt)
        model.reload()
        return model

    application()
    count = ctx.sizes.cases
    app = open_services(
        DatabaseTarget("", Path(ctx.tmp) / "cases.db"),
        create=True,
        key_mode="demo",
        clock=fixed_clock(NOW),
    )
    try:
        officer = make_users(app)["officer"]
        bulk_cases(app, count, actor_id=officer.user_id)
        size = CaseTableModel.PAGE_SIZE
        open_filter = CaseFilter(open_only=True)
        engine = app.db.engine

        def raw(where: str, last: bool = False) -> Callable[[], float]:
            """Count + one page of the same joined query; `last`: the last page, read from
            the end (ascending order, as the model asks it) without the count."""
            order = "ORDER BY c.received_at DESC, c.id DESC"
            sql = RAW_PAGE.format(where=where)
            if last:
                sql = sql.replace(order, "ORDER BY c.received_at ASC, c.id ASC")

            def work() -> float:
                started = time.perf_counter()
                with engine.connect() as conn:
                    if not last:
                        conn.execute(text(RAW_COUNT.format(where=where))).scalar_one()
                    conn.execute(text(sql), {"limit": size, "offset": 0}).all()
                return (time.perf_counter() - started) * 1000

            return work

        def offset_end() -> float:
            started = time.perf_counter()
            with engine.connect() as conn:
                conn.execute(text(RAW_PAGE.format(where="")),
                             {"limit": size, "offset": count - size}).all()  # fmt: skip
            return (time.perf_counter() - started) * 1000

        def opened() -> float:
            return timed_ms(lambda: _screen(model_for(), 0))

        def filtered() -> float:
            model = model_for()
            took = timed_ms(lambda: (model.set_filter(open_filter), _screen(model, 0)))
            return took

        def to_the_end() -> float:
            model = model_for()  # open (not timed)
            return timed_ms(lambda: _screen(model, model.rowCount() - SCREEN))

        offsets = [offset_end() for _ in range(ctx.sizes.runs)]
        rows: list[Row] = []
        for name, ours, base, limit, base_name, note in (
            ("open", opened, raw(""), 500.0, "raw SQL: count + first page", ""),
            ("filter (open cases)", filtered, raw(OPEN_WHERE), 200.0,
             "raw SQL: same filtered count + first page", ""),
            ("jump to the end", to_the_end, raw("", last=True), 200.0,
             "raw SQL: the last page read from the end",
             f"keyset; the same page by OFFSET: {statistics.median(offsets):.0f} ms"),
        ):  # fmt: skip
            ours()
            base()  # warm-up: page cache, compiled statements
            mine: list[float] = []
            theirs: list[float] = []
            for _ in range(ctx.sizes.runs):
                mine.append(ours())
                theirs.append(base())
            rows.append(measured("cases", f"Cases list on {count:,} cases: {name}", mine,
                                 base_name, theirs, max_median=limit, note=note))  # fmt: skip
        return rows
    finally:
        app.close()
