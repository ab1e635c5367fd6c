"""What every service shares: the database, the clock, the acting user and the audit writer."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lawfulreq.clock import Clock, system_clock
from lawfulreq.db.database import Database
from lawfulreq.db.transactions import read_row
from lawfulreq.domain.enums import Role
from lawfulreq.errors import (
    AuthenticationError,
    ConflictError,
    LawfulreqError,
    PermissionDeniedError,
)
from lawfulreq.security.permissions import Permission, require

_ACCOUNT_SQL = "SELECT active, role FROM app_user WHERE id = ?"


@dataclass(frozen=True)
class Actor:
    """The authenticated user a service call acts for."""

    user_id: int
    username: str
    role: Role
    display_name: str = ""

    def require(self, permission: Permission) -> None:
        """Refuse what the role may not do. Inside a service call (see `Service`) the account
        is checked again first (still active, same role), and a refusal is audited."""
        service = _CURRENT_SERVICE.get()
        if service is not None and self.user_id:
            service._check_account(self, permission)
        try:
            require(self.role, permission)
        except PermissionDeniedError as exc:
            if service is not None:
                service._record_refusal(self, "permission.denied", exc, permission=permission)
            raise


SYSTEM_ACTOR = Actor(user_id=0, username="system", role=Role.FG, display_name="LawfulReq")


# The service whose public method is running on this thread (set by Service's wrapper), so
# that Actor.require can re-check the account and audit a refusal in that service's database.
_CURRENT_SERVICE: ContextVar[Service | None] = ContextVar("lawfulreq_service", default=None)


def _entered(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(self: Service, *args: Any, **kwargs: Any) -> Any:
        token = _CURRENT_SERVICE.set(self)
        try:
            return func(self, *args, **kwargs)
        finally:
            _CURRENT_SERVICE.reset(token)

    return wrapper


class Service:
    """Base of every service. Each public method runs with the service marked current, so
    the permission check (`actor.require`) re-reads the account and records refusals in one
    place, for every service, the GUI's and the command line's calls alike."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(member):
                setattr(cls, name, _entered(member))

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def _check_account(self, actor: Actor, permission: Permission) -> None:
        """The signed-in account must still be active and hold the role it signed in with:
        a session opened before an account was disabled or changed can do nothing more."""
        row = self._account(actor.user_id)
        if row is not None and row[0] and row[1] == actor.role.value:
            return
        error = AuthenticationError(
            "this account was disabled or changed since it signed in; sign in again",
            code="session_revoked",
        )
        self._record_refusal(actor, "session.refused", error, permission=permission)
        raise error

    def _account(self, user_id: int) -> tuple[Any, ...] | None:
        """(active, role) of an account, read outside any transaction (no write lock)."""
        return read_row(self._db.engine, _ACCOUNT_SQL, (user_id,))

    def _record_refusal(
        self, actor: Actor, action: str, error: LawfulreqError, *, permission: Permission
    ) -> None:
        """Audit a refused operation in its own transaction (the operation never began one)."""
        from lawfulreq.services.audit import record  # noqa: PLC0415 - audit imports base

        details = {"permission": permission.value, "role": actor.role.value, "code": error.code}
        with self._db.sessions.begin() as session:
            record(session, actor, action, self._clock(), object_type="permission",
                   object_id=permission.value, details=details)  # fmt: skip

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
