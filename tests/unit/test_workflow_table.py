"""The whole case-workflow table, allowed and forbidden, written out once as the contract reads."""

from __future__ import annotations

import pytest

from lawfulreq.domain.enums import CaseStatus as S
from lawfulreq.rules import workflow

ORDER = [
    S.RECEIVED, S.AWAITING_CONFIRMATION, S.UNDER_REVIEW, S.ON_HOLD, S.APPROVED,
    S.DISCLOSED, S.CLOSED, S.REJECTED, S.WITHDRAWN,
]  # fmt: skip

# Row: from; column: to, in ORDER. "x" = allowed.
TABLE = """
                       rec awc und hld apr dis clo rej wdr
received                .   x   x   x   .   .   .   x   x
awaiting_confirmation   .   .   x   x   .   .   .   x   x
under_review            .   x   .   x   x   .   .   x   x
on_hold                 .   x   x   .   .   .   .   x   x
approved                .   .   x   .   .   x   .   .   x
disclosed               .   .   .   .   .   .   x   .   .
closed                  .   .   .   .   .   .   .   .   .
rejected                .   .   .   .   .   .   x   .   .
withdrawn               .   .   .   .   .   .   x   .   .
"""


def _expected() -> dict[tuple[S, S], bool]:
    rows = [line.split() for line in TABLE.strip().splitlines()[1:]]
    return {
        (S(row[0]), target): mark == "x"
        for row in rows
        for target, mark in zip(ORDER, row[1:], strict=True)
    }


@pytest.mark.parametrize(("source", "target"), [(a, b) for a in ORDER for b in ORDER])
def test_every_pair_of_states(source: S, target: S) -> None:
    allowed = _expected()[(source, target)]
    assert workflow.is_allowed(source, target) is allowed
    assert (target in workflow.allowed_moves(source)) is allowed


def test_table_covers_every_state_and_has_24_moves() -> None:
    assert set(workflow.TRANSITIONS) == set(S) == set(ORDER)
    assert sum(_expected().values()) == 24
    assert sum(len(v) for v in workflow.TRANSITIONS.values()) == 24


def test_reasons_gates_and_pause() -> None:
    assert {S.REJECTED, S.WITHDRAWN, S.ON_HOLD} == workflow.REASON_REQUIRED
    assert {S.APPROVED, S.DISCLOSED} == workflow.NEEDS_CLEAN_FINDINGS
    assert {S.ON_HOLD} == workflow.PAUSED
