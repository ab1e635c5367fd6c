"""The case workflow as data: which state may follow which, and which moves need a reason."""

from __future__ import annotations

from collections.abc import Mapping

from lawfulreq.domain.enums import CaseStatus

S = CaseStatus

TRANSITIONS: Mapping[CaseStatus, frozenset[CaseStatus]] = {
    S.RECEIVED: frozenset(
        {S.AWAITING_CONFIRMATION, S.UNDER_REVIEW, S.ON_HOLD, S.REJECTED, S.WITHDRAWN}
    ),
    S.AWAITING_CONFIRMATION: frozenset({S.UNDER_REVIEW, S.ON_HOLD, S.REJECTED, S.WITHDRAWN}),
    S.UNDER_REVIEW: frozenset(
        {S.AWAITING_CONFIRMATION, S.ON_HOLD, S.APPROVED, S.REJECTED, S.WITHDRAWN}
    ),
    S.ON_HOLD: frozenset({S.AWAITING_CONFIRMATION, S.UNDER_REVIEW, S.REJECTED, S.WITHDRAWN}),
    S.APPROVED: frozenset({S.UNDER_REVIEW, S.DISCLOSED, S.WITHDRAWN}),
    S.DISCLOSED: frozenset({S.CLOSED}),
    S.REJECTED: frozenset({S.CLOSED}),
    S.WITHDRAWN: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
}

# Moves whose "why" must be written down.
REASON_REQUIRED: frozenset[CaseStatus] = frozenset({S.REJECTED, S.WITHDRAWN, S.ON_HOLD})

# Moves that need a case free of errors and of unacknowledged warnings.
NEEDS_CLEAN_FINDINGS: frozenset[CaseStatus] = frozenset({S.APPROVED, S.DISCLOSED})

# States in which the deadline clock stands still.
PAUSED: frozenset[CaseStatus] = frozenset({S.ON_HOLD})


def allowed_moves(status: CaseStatus) -> frozenset[CaseStatus]:
    return TRANSITIONS[status]


def is_allowed(source: CaseStatus, target: CaseStatus) -> bool:
    return target in TRANSITIONS[source]
