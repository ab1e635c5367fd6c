"""Keyset paging of the cases list: the same rows as OFFSET paging, page after page and from the
end, for every sort it follows (ties in the sort column broken by id), both directions."""

from __future__ import annotations

import pytest

from lawfulreq.services.cases import CaseFilter, CaseSort, case_cursor
from lawfulreq.services.registry import AppServices
from tests.cases.conftest import bulk_cases
from tests.conftest import make_users
from ui.models.case_table import CaseTableModel

CASES = 23
PAGE = 5


@pytest.fixture
def listed(sqlite_services: AppServices):  # type: ignore[no-untyped-def]
    actors = make_users(sqlite_services)
    bulk_cases(sqlite_services, CASES, actor_id=actors["officer"].user_id)
    return sqlite_services, actors["officer"]


KEYSET_SORTS = [CaseSort.REF, CaseSort.STATUS, CaseSort.LEGAL_BASIS, CaseSort.AUTHORITY,
                CaseSort.RECEIVED_AT]  # fmt: skip


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", KEYSET_SORTS)
def test_pages_after_a_cursor_are_the_offset_pages(listed, sort, descending) -> None:  # type: ignore[no-untyped-def]
    app, officer = listed
    everything = app.cases.list(officer, limit=1000, sort=sort, descending=descending)
    assert len(everything) == CASES
    walked = app.cases.list(officer, limit=PAGE, sort=sort, descending=descending)
    while len(walked) < CASES:
        cursor = case_cursor(walked[-1], sort)
        assert cursor is not None
        page = app.cases.list(officer, limit=PAGE, sort=sort, descending=descending, after=cursor)
        assert page, "a page came back empty before the end"
        walked += page
    assert [c.id for c in walked] == [c.id for c in everything]
    # After the very last row: nothing.
    last = case_cursor(everything[-1], sort)
    assert app.cases.list(officer, sort=sort, descending=descending, after=last) == []


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", [*KEYSET_SORTS, CaseSort.DUE_AT, CaseSort.OWNER])
def test_pages_from_the_end_come_in_the_lists_order(listed, sort, descending) -> None:  # type: ignore[no-untyped-def]
    app, officer = listed
    everything = app.cases.list(officer, limit=1000, sort=sort, descending=descending)
    tail = app.cases.list(officer, limit=3, sort=sort, descending=descending, from_end=True)
    assert [c.id for c in tail] == [c.id for c in everything[-3:]]
    before_tail = app.cases.list(
        officer, offset=3, limit=4, sort=sort, descending=descending, from_end=True
    )
    assert [c.id for c in before_tail] == [c.id for c in everything[-7:-3]]


def test_due_date_and_owner_have_no_cursor(listed) -> None:  # type: ignore[no-untyped-def]
    app, officer = listed
    case = app.cases.list(officer, limit=1)[0]
    assert case_cursor(case, CaseSort.DUE_AT) is None
    assert case_cursor(case, CaseSort.OWNER) is None
    assert case_cursor(case, CaseSort.REF) is not None


def test_a_cursor_respects_the_filter(listed) -> None:  # type: ignore[no-untyped-def]
    app, officer = listed
    flt = CaseFilter(text="PL-1")  # PL-1, PL-10..PL-19
    everything = app.cases.list(officer, flt, limit=1000)
    first = app.cases.list(officer, flt, limit=4)
    rest = app.cases.list(officer, flt, after=case_cursor(first[-1], CaseSort.RECEIVED_AT))
    assert [c.id for c in first + rest] == [c.id for c in everything]


class SmallPages(CaseTableModel):
    PAGE_SIZE = PAGE


def _small_pages(app: AppServices, officer):  # type: ignore[no-untyped-def]
    """The model with its pages fetched in the calling thread (a synchronous task runner)."""
    from ui.tasks import TaskRunner

    def fail(error: BaseException, _parent: object = None) -> None:
        raise error

    model = SmallPages(app.cases, officer, tasks=TaskRunner(fail, synchronous=True))
    model.reload()
    return model


@pytest.mark.parametrize("sort", [CaseSort.RECEIVED_AT, CaseSort.STATUS, CaseSort.DUE_AT])
def test_the_model_shows_every_row_in_order_walking_or_jumping(listed, qapp, sort) -> None:  # type: ignore[no-untyped-def]
    app, officer = listed
    everything = app.cases.list(officer, limit=1000, sort=sort, descending=True)
    refs = [c.ref for c in everything]
    column = {CaseSort.RECEIVED_AT: 4, CaseSort.STATUS: 1, CaseSort.DUE_AT: 5}[sort]
    # Jumping to the end first (read from the end), then walking down from the top (keyset).
    model = _small_pages(app, officer)
    from PySide6.QtCore import Qt

    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == CASES
    assert model.data(model.index(CASES - 1, 0)) == refs[-1]
    assert [model.data(model.index(row, 0)) for row in range(CASES)] == refs
    # A fresh model walked from the top, then the middle after a jump.
    model = _small_pages(app, officer)
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(12, 0)) == refs[12]
    assert [model.data(model.index(row, 0)) for row in range(CASES)] == refs


def test_the_model_asks_by_cursor_and_from_the_end_not_by_deep_offsets(listed, qapp) -> None:  # type: ignore[no-untyped-def]
    app, officer = listed
    asked: list[dict[str, object]] = []
    real = app.cases.list

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs)
        return real(*args, **kwargs)

    app.cases.list = recording  # type: ignore[method-assign]
    model = _small_pages(app, officer)
    model.data(model.index(CASES - 1, 0))  # the end: one page read from the end
    assert asked[-1]["from_end"] is True and asked[-1]["offset"] == 0
    model.data(model.index(PAGE, 0))  # the page after the first: after a cursor
    assert asked[-1]["after"] is not None and "offset" not in asked[-1]
    # Nothing skipped more rows than a page.
    assert all(int(str(k.get("offset", 0))) < PAGE for k in asked)
