"""The four-eyes rule: a disclosure is approved by someone who did not prepare any of it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from lawfulreq.errors import ConflictError, PermissionDeniedError
from lawfulreq.security.permissions import Permission


class Approver(Protocol):
    """What the rule needs of the acting user (services pass their `Actor`)."""

    @property
    def user_id(self) -> int: ...

    @property
    def username(self) -> str: ...

    def require(self, permission: Permission) -> None: ...


def require_four_eyes(
    approver: Approver, prepared_by: int | None, contributors: Iterable[int | None] = ()
) -> None:
    """Refuse unless `approver` may approve and neither prepared nor added to the work.

    `contributors` are the users who added items (e.g. `DisclosureItem.added_by`): adding
    an item is preparing part of the disclosure, so its author may not approve it either.
    """
    approver.require(Permission.APPROVE_DISCLOSURE)
    if prepared_by is None:
        raise ConflictError(
            "this disclosure has not been prepared yet, so it cannot be approved",
            code="not_prepared",
        )
    if approver.user_id == prepared_by or approver.user_id in set(contributors):
        raise PermissionDeniedError(
            f"'{approver.username}' prepared (part of) this disclosure; "
            "another officer or the FG must approve it (four-eyes rule)",
            code="four_eyes",
            user=approver.username,
        )
