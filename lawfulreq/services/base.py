"""What every service shares: the database, the clock, the acting user and the audit writer."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lawfulreq.clock import Clock, system_clock
from lawfulreq.db.database import Database
from lawfulreq.domain.enums import Role
from lawfulreq.errors import ConflictError
from lawfulreq.security.permissions import Permission, require


@dataclass(frozen=True)
class Actor:
    """The authenticated user a service call acts for."""

    user_id: int
    username: str
    role: Role
    display_name: str = ""

    def require(self, permission: Permission) -> None:
        require(self.role, permission)


SYSTEM_ACTOR = Actor(user_id=0, username="system", role=Role.FG, display_name="LawfulReq")


class Service:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    @contextmanager
    def _unit_of_work(self) -> Iterator[Session]:
        """One transaction; a concurrent edit of a versioned row becomes a ConflictError."""
        try:
            with self._db.sessions.begin() as session:
                yield session
        except StaleDataError as exc:
            raise ConflictError(
                "someone else changed this record in the meantime; reload and try again",
                code="stale_record",
            ) from exc
