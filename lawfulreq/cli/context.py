"""What every sub-command gets: parsed options, output helpers, the services and the actor."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass, field
from typing import Any

from lawfulreq.clock import Clock, system_clock
from lawfulreq.db.engine import DatabaseTarget, resolve_target
from lawfulreq.errors import AuthenticationError, ValidationError
from lawfulreq.paths import default_database_path
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices, open_services
from lawfulreq.textsafe import terminal_safe


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


@dataclass
class CliContext:
    args: argparse.Namespace
    # The one clock of this run: services, audit events and deadlines all read it.
    clock: Clock = system_clock
    _services: AppServices | None = field(default=None, repr=False)
    _actor: Actor | None = field(default=None, repr=False)

    @property
    def as_json(self) -> bool:
        return bool(self.args.json)

    @property
    def target(self) -> DatabaseTarget:
        return resolve_target(self.args.db, default_database_path())

    def services(self) -> AppServices:
        if self._services is None:
            self._services = open_services(self.target, clock=self.clock)
        return self._services

    def adopt(self, services: AppServices) -> None:
        self._services = services

    def actor(self) -> Actor:
        """Sign in as --user with LAWFULREQ_PASSWORD or a terminal prompt."""
        if self._actor is None:
            username = self.args.user or os.environ.get("LAWFULREQ_USER")
            if not username:
                raise AuthenticationError(
                    "say who acts: --user NAME or LAWFULREQ_USER", code="user_required"
                )
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                password = prompt_secret(f"Password for {username}: ", PASSWORD_ENV)
            self._actor = self.services().users.login(username, password)
        return self._actor

    def emit(self, document: dict[str, Any], text_lines: list[str] | None = None) -> None:
        if self.as_json:
            text = json.dumps(document, default=_json_default, ensure_ascii=False, indent=2)
            if _has_surrogates(text):
                # A file name with bytes that are not UTF-8: escaped, so the JSON still prints.
                text = json.dumps(document, default=_json_default, ensure_ascii=True, indent=2)
            sys.stdout.write(text + "\n")
        else:
            for line in text_lines or []:
                print(terminal_safe(line))

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


PASSWORD_ENV = "LAWFULREQ_PASSWORD"  # noqa: S105 - variable names, not secrets
NEW_PASSWORD_ENV = "LAWFULREQ_NEW_PASSWORD"  # noqa: S105


def prompt_secret(prompt: str, env: str) -> str:
    """Ask on the terminal; without one, the error names the variable `env` to set."""
    if not sys.stdin.isatty():
        raise ValidationError(
            f"{prompt.strip().rstrip(':')}: no terminal to ask on; set {env}",
            code="secret_required",
            variable=env,
        )
    return getpass.getpass(prompt)


def new_password(username: str) -> str:
    """A new account's password: LAWFULREQ_NEW_PASSWORD, or asked twice on the terminal."""
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is not None:
        return password
    first = prompt_secret(f"New password for {username}: ", NEW_PASSWORD_ENV)
    if prompt_secret("Repeat it: ", NEW_PASSWORD_ENV) != first:
        raise ValidationError("the two passwords differ", code="password_mismatch")
    return first
