"""Accounts: the first FG, adding users, listing them, logging in with lockout, unlocking."""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lawfulreq.db.models import AppUser, AuditEvent
from lawfulreq.domain.enums import Role
from lawfulreq.errors import AuthenticationError, ConflictError, NotFoundError, ValidationError
from lawfulreq.security.passwords import (
    check_strength,
    hash_password,
    needs_rehash,
    verify_password,
)
from lawfulreq.security.permissions import Permission
from lawfulreq.services.audit import record
from lawfulreq.services.base import SYSTEM_ACTOR, Actor, Service

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def _view(user: AppUser) -> UserView:
    return UserView(
        user.id,
        user.username,
        user.display_name,
        Role(user.role),
        user.active,
        user.locked_until,
        user.last_login_at,
    )


def _check_username(name: str) -> str:
    cleaned = name.strip().lower()
    if not cleaned or len(cleaned) > 64 or not set(cleaned) <= USERNAME_CHARS:
        raise ValidationError(
            f"user name '{name}': use 1-64 of a-z, 0-9, '.', '_' and '-'",
            code="bad_username",
            field="username",
        )
    return cleaned


@functools.cache
def _dummy_hash() -> str:
    """An argon2 hash of a random password: unknown names are checked against it."""
    return hash_password(secrets.token_hex(16))


def _locked_error(until: datetime) -> AuthenticationError:
    # The same words for a real account and for an unknown name (see _authenticate).
    return AuthenticationError(
        "too many failed sign-ins: locked for 15 minutes; try again later",
        code="account_locked",
        until=until.isoformat(),
    )


def _unknown_name_locked_until(session: Session, name: str, now: datetime) -> datetime | None:
    """The lock a real account would have after these failures of an unknown name (the
    audit trail counts them): from the 5th failure within 15 minutes, for 15 minutes."""
    times = session.scalars(
        select(AuditEvent.at)
        .where(
            AuditEvent.at > now - LOCKOUT,
            AuditEvent.actor == name,
            AuditEvent.action == "login.failed",
            AuditEvent.object_type == "",
        )
        .order_by(AuditEvent.id)
    ).all()
    if len(times) < MAX_FAILED_LOGINS:
        return None
    started = times[MAX_FAILED_LOGINS - 1]
    if started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    return started + LOCKOUT


def check_new_account(username: str, password: str) -> str:
    """The user name (normalised) and the password's strength, checked before anything is
    written: `init` calls this before it creates the database file."""
    name = _check_username(username)
    check_strength(password, username=name)
    return name


class UserService(Service):
    def has_users(self) -> bool:
        with self._unit_of_work() as session:
            return bool(session.scalar(select(func.count()).select_from(AppUser)))

    def create_first_admin(
        self, username: str, password: str, display_name: str = "", *, check: bool = True
    ) -> UserView:
        """The FG account of a new database; refused once any account exists."""
        name = _check_username(username)
        if check:
            check_strength(password, username=name)
        with self._unit_of_work() as session:
            if session.scalar(select(func.count()).select_from(AppUser)):
                raise ConflictError(
                    "this database already has accounts", code="already_initialised"
                )
            user = self._insert(session, name, display_name, Role.FG, password)
            record(
                session,
                SYSTEM_ACTOR,
                "user.created",
                self._clock(),
                object_type="user",
                object_id=user.id,
                details={"username": name, "role": Role.FG.value, "first": True},
            )
            return _view(user)

    def add(
        self,
        actor: Actor,
        username: str,
        role: Role | str,
        password: str,
        display_name: str = "",
        *,
        check: bool = True,
    ) -> UserView:
        actor.require(Permission.MANAGE_USERS)
        name = _check_username(username)
        try:
            role = Role(role)
        except ValueError as exc:
            raise ValidationError(
                f"unknown role '{role}': use fg, officer or auditor", code="bad_role", field="role"
            ) from exc
        if check:
            check_strength(password, username=name)
        with self._unit_of_work() as session:
            if session.scalar(select(AppUser.id).where(AppUser.username == name)):
                raise ConflictError(f"a user '{name}' already exists", code="user_exists")
            user = self._insert(session, name, display_name, role, password)
            record(
                session,
                actor,
                "user.created",
                self._clock(),
                object_type="user",
                object_id=user.id,
                details={"username": name, "role": role.value},
            )
            return _view(user)

    def _insert(
        self, session: Session, name: str, display_name: str, role: Role, password: str
    ) -> AppUser:
        user = AppUser(
            username=name,
            display_name=display_name or name,
            role=role.value,
            password_hash=hash_password(password),
            active=True,
            failed_logins=0,
            created_at=self._clock(),
        )
        session.add(user)
        session.flush()
        return user

    def list(self, actor: Actor) -> list[UserView]:
        actor.require(Permission.MANAGE_USERS)
        with self._unit_of_work() as session:
            return [_view(u) for u in session.scalars(select(AppUser).order_by(AppUser.username))]

    def login(self, username: str, password: str) -> Actor:
        """Check the password; 5 failures lock the account for 15 minutes. Both are audited."""
        return self._authenticate(username, password, reveal_attempts=False)

    def reauthenticate(self, actor: Actor, password: str) -> Actor:
        """The signed-in user proves it is still them (the idle lock): a login like any other,
        with the same lockout and audit. Only here does a failure say how many attempts are
        left: the caller already knows the account exists, so nothing is revealed."""
        again = self._authenticate(actor.username, password, reveal_attempts=True)
        if again.user_id != actor.user_id:
            raise AuthenticationError(
                "the session belongs to another account", code="bad_credentials"
            )
        return again

    def unlock(self, actor: Actor, username: str) -> UserView:
        """Lift a lockout before its 15 minutes are over (FG only; audited)."""
        actor.require(Permission.MANAGE_USERS)
        name = username.strip().lower()
        with self._unit_of_work() as session:
            user = session.scalar(select(AppUser).where(AppUser.username == name))
            if user is None:
                raise NotFoundError(f"no user '{name}'", code="user_not_found", username=name)
            was_locked = user.locked_until is not None and user.locked_until > self._clock()
            user.locked_until = None
            user.failed_logins = 0
            session.flush()
            record(
                session,
                actor,
                "user.unlocked",
                self._clock(),
                object_type="user",
                object_id=user.id,
                details={"username": name, "was_locked": was_locked},
            )
            return _view(user)

    def _authenticate(self, username: str, password: str, *, reveal_attempts: bool) -> Actor:
        name = username.strip().lower()
        now = self._clock()
        failure: AuthenticationError | None = None
        with self._unit_of_work() as session:
            user = session.scalar(select(AppUser).where(AppUser.username == name))
            anonymous = Actor(0, name or "?", Role.AUDITOR)
            if user is None or not user.active:
                # As slow as a real check, and locked after as many tries as a real account:
                # neither the time taken nor the lock message tells whether the name exists.
                verify_password(_dummy_hash(), password)
                record(session, anonymous, "login.failed", now, details={"reason": "unknown user"})
                until = _unknown_name_locked_until(session, anonymous.username, now)
                failure = (
                    _locked_error(until)
                    if until is not None
                    else AuthenticationError("wrong user name or password", code="bad_credentials")
                )
            elif user.locked_until is not None and user.locked_until > now:
                verify_password(_dummy_hash(), password)
                record(
                    session,
                    anonymous,
                    "login.refused_locked",
                    now,
                    object_type="user",
                    object_id=user.id,
                )
                failure = _locked_error(user.locked_until)
            elif not verify_password(user.password_hash, password):
                user.failed_logins += 1
                details: dict[str, object] = {"failed_logins": user.failed_logins}
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + LOCKOUT
                    user.failed_logins = 0
                    details["locked_until"] = user.locked_until.isoformat()
                    record(
                        session,
                        anonymous,
                        "user.locked",
                        now,
                        object_type="user",
                        object_id=user.id,
                        details=details,
                    )
                    failure = _locked_error(user.locked_until)
                else:
                    record(
                        session,
                        anonymous,
                        "login.failed",
                        now,
                        object_type="user",
                        object_id=user.id,
                        details=details,
                    )
                    params = (
                        {"attempts_left": MAX_FAILED_LOGINS - user.failed_logins}
                        if reveal_attempts
                        else {}
                    )
                    failure = AuthenticationError(
                        "wrong user name or password", code="bad_credentials", **params
                    )
            else:
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                actor = Actor(user.id, user.username, Role(user.role), user.display_name)
                record(
                    session, actor, "login.succeeded", now, object_type="user", object_id=user.id
                )
                return actor
        # Raised after the commit, so the failed attempt and any lock stay recorded.
        raise failure
