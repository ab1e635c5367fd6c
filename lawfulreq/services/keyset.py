"""Keyset paging: the next page starts after the last row seen, not after OFFSET skipped rows.

A list sorted by (column, id) asks for "rows after (value, id)" instead of OFFSET n, which the
database answers from the index without walking the n rows before. The last page is asked
from the other end (order reversed, then the rows turned back), so "jump to the end" reads
one page, not the whole list. Only for NOT NULL sort columns: NULLs sort differently per
database, and a cursor over them would need its own rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, or_


@dataclass(frozen=True)
class Cursor:
    """A row's place in a sorted list: its sort value and its id (the tie-breaker)."""

    value: Any
    id: int


def ordered(query: Select[Any], column: Any, id_column: Any, *, descending: bool) -> Select[Any]:
    if descending:
        return query.order_by(column.desc(), id_column.desc())
    return query.order_by(column.asc(), id_column.asc())


def after(
    query: Select[Any], column: Any, id_column: Any, cursor: Cursor, *, descending: bool
) -> Select[Any]:
    """Only the rows that come after `cursor` in that order."""
    if descending:
        return query.where(
            or_(column < cursor.value, and_(column == cursor.value, id_column < cursor.id))
        )
    return query.where(
        or_(column > cursor.value, and_(column == cursor.value, id_column > cursor.id))
    )
