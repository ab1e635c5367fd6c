"""The part the long lists share: a row count first, then pages fetched off the GUI thread."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

from ui.models.columns import ColumnsTableModel, Index
from ui.tasks import TaskRunner

T = TypeVar("T")

# One fetched row: the service's item and the text of each column, made once per fetch.
Row = tuple[T, tuple[str, ...]]


class PagedTableModel(ColumnsTableModel, Generic[T]):
    """Counts, then fetches only the pages the view asks for, PAGE_SIZE rows at a time.

    The count and every page come from the task runner's worker thread: rows of a page still
    on its way show empty and fill in when it arrives; an answer to an older query (the filter
    or the sort changed since) is dropped. A synchronous runner (model tests) answers inside
    the call. Column texts are made in the worker, so painting a row is a tuple lookup: a view asks
    `data()` some ten roles per cell, and any Python work there holds the GUI thread (and the
    interpreter lock the worker wants) for every visible cell.
    """

    loaded = Signal(int)  # the row count after a (re)load finished

    PAGE_SIZE: ClassVar[int] = 200
    MAX_PAGES: ClassVar[int] = 50
    # Roles `role_data` answers besides the display text; every other role is None at once.
    EXTRA_ROLES: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._count = 0
        self._pages: OrderedDict[int, list[Row[T]]] = OrderedDict()
        self._pending: set[int] = set()
        self._failed: set[int] = set()
        self._then: Callable[[int], None] | None = None
        # Bumped by every reload and sort, so a late answer of an old query is dropped.
        self._generation = 0
        # A synchronous runner answers inside submit(): no dataChanged from inside data().
        self._inside_data = False
        self.loading = False
        self._roles = frozenset(int(r) for r in {Qt.ItemDataRole.DisplayRole, *self.EXTRA_ROLES})

    # ------------------------------------------------------------------ what subclasses say

    def counter(self) -> Callable[[], int]:
        """A call, safe in a worker thread, that counts the rows of the current query."""
        raise NotImplementedError

    def fetcher(self, number: int) -> Callable[[], list[T]]:
        """A call, safe in a worker thread, that fetches page `number` of the current query."""
        raise NotImplementedError

    def texts(self, item: T) -> tuple[str, ...]:
        """The display text of each column (called in the worker; no widget access)."""
        raise NotImplementedError

    def role_data(self, item: T, column: int, role: int) -> Any:
        """Any role in EXTRA_ROLES for one cell."""
        return None

    # ------------------------------------------------------------------ loading

    def reload(self, then: Callable[[int], None] | None = None) -> None:
        """Count and fetch the first page in one background job, then show the rows from the
        top; `then(count)` after. One job, not two: the view paints the new rows while no
        worker holds the interpreter lock, instead of fighting it for every cell. Until the
        answer comes the view keeps the rows it had (no page of the new query is mixed in)."""
        self._generation += 1
        generation = self._generation
        self._then = then
        self._pending.clear()
        self._failed.clear()
        count, first_page = self.counter(), self._rows(0)

        def fetch() -> tuple[int, list[Row[T]]]:
            if generation != self._generation:  # superseded while queued: skip the work
                return 0, []
            total = count()
            return total, first_page() if total else []

        def counted(answer: tuple[int, list[Row[T]]]) -> None:
            if generation != self._generation or not isValid(self):
                return
            total, rows = answer
            self.loading = False
            self.beginResetModel()
            self._pages.clear()
            self._pending.clear()
            self._count = total
            if rows:
                self._store(0, rows)
            self.endResetModel()
            self.loaded.emit(total)
            done, self._then = self._then, None
            if done is not None:
                done(total)

        def failed(error: BaseException) -> None:
            if generation == self._generation and isValid(self):
                self.loading = False
                self._tasks.report(error)

        self.loading = True
        self._tasks.submit(
            lambda _control: fetch(), counted, on_error=failed, description="count rows"
        )

    def resort(self) -> None:
        """The query's order changed: fetch again from the top (a selection would now point
        at another row, so the view starts afresh). A count on its way is asked again."""
        if self.loading:
            self.reload(self._then)
            return
        self.beginResetModel()
        self._generation += 1
        self._pending.clear()
        self._failed.clear()
        self._pages.clear()
        self.endResetModel()

    def _rows(self, number: int) -> Callable[[], list[Row[T]]]:
        fetch, texts = self.fetcher(number), self.texts
        return lambda: [(item, texts(item)) for item in fetch()]

    def _store(self, number: int, rows: list[Row[T]]) -> None:
        self._pages[number] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)

    def _page(self, number: int) -> list[Row[T]] | None:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        # While a reload is on its way the rows on screen are the old query's: ask nothing.
        # A page that failed is not asked again until the next reload (F5), or every repaint
        # would report the same error.
        if not self.loading and number not in self._pending and number not in self._failed:
            self._request(number)
        return self._pages.get(number)

    def _request(self, number: int) -> None:
        tasks = self._tasks
        self._pending.add(number)
        generation = self._generation

        def arrived(rows: list[Row[T]]) -> None:
            if generation != self._generation or not isValid(self):
                return
            self._pending.discard(number)
            self._store(number, rows)
            if not self._inside_data and rows:
                first = number * self.PAGE_SIZE
                last = min(self._count, first + len(rows)) - 1
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1))

        def failed(error: BaseException) -> None:
            if generation != self._generation or not isValid(self):
                return
            self._pending.discard(number)
            self._failed.add(number)
            tasks.report(error)

        rows = self._rows(number)

        def fetch() -> list[Row[T]]:
            return rows() if generation == self._generation else []

        self._inside_data = True
        try:
            tasks.submit(
                lambda _control: fetch(),
                arrived,
                on_error=failed,
                description=f"page {number}",
            )
        finally:
            self._inside_data = False

    def row(self, row: int) -> Row[T] | None:
        """Item and texts of `row`, or None while its page is still on its way."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if page is not None and offset < len(page) else None

    def item(self, row: int) -> T | None:
        fetched = self.row(row)
        return fetched[0] if fetched is not None else None

    def fetched_items(self) -> list[tuple[int, T]]:
        """(row, item) for every row fetched so far."""
        return [
            (number * self.PAGE_SIZE + offset, item)
            for number, page in self._pages.items()
            for offset, (item, _texts) in enumerate(page)
        ]

    # ------------------------------------------------------------------ Qt API

    def row_total(self) -> int:
        return self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Most of a view's questions are roles no list here answers: turn those away first.
        if role not in self._roles or not index.isValid():
            return None
        fetched = self.row(index.row())
        if fetched is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = fetched[1]
            return texts[column] if column < len(texts) else None
        return self.role_data(fetched[0], column, role)
