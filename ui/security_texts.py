"""Translated text for the errors of sign-in, accounts and backups (by code, never by message)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.errors import LawfulreqError
from lawfulreq.security.passwords import MIN_LENGTH
from lawfulreq.services.backup import MIN_PASSPHRASE
from lawfulreq.settings_registry import REGISTRY
from ui.errors import describe

translate = QCoreApplication.translate


def clock_time(iso: object) -> str:
    """HH:MM in Amsterdam time for an ISO timestamp from a service ('' if it is not one)."""
    if not isinstance(iso, str):
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    return as_utc(moment).astimezone(AMSTERDAM).strftime("%H:%M")


def password_rule() -> str:
    return translate(
        "SecurityTexts",
        "At least {count} characters, with three of: lower case, upper case, digits, symbols; "
        "not containing the user name.",
    ).format(count=MIN_LENGTH)


def _locked(error: LawfulreqError) -> str:
    until = clock_time(error.params.get("until"))
    return translate(
        "SecurityTexts",
        "Too many failed attempts: this account is locked until {time}. Wait until then, "
        "or ask the FG to unlock it.",
    ).format(time=until or "?")


def _bad_credentials(error: LawfulreqError) -> str:
    left = error.params.get("attempts_left")
    if isinstance(left, int):
        return translate(
            "SecurityTexts",
            "The password is wrong. Attempts left before the account is locked for "
            "15 minutes: {count}.",
        ).format(count=left)
    return translate(
        "SecurityTexts",
        "The user name or password is wrong. After 5 failed attempts in a row the account "
        "is locked for 15 minutes.",
    )


def security_message(error: BaseException) -> str | None:
    """The inline text for an expected error; None for a bug (the caller reports it)."""
    if not isinstance(error, LawfulreqError):
        return None
    by_params: dict[str, Callable[[LawfulreqError], str]] = {
        "account_locked": _locked,
        "bad_credentials": _bad_credentials,
    }
    if error.code in by_params:
        return by_params[error.code](error)
    texts: dict[str, Callable[[], str]] = {
        "weak_password": lambda: translate(
            "SecurityTexts", "The password is too weak. {rule}"
        ).format(rule=password_rule()),
        "bad_username": lambda: translate(
            "SecurityTexts",
            "Use 1 to 64 characters for the user name: a-z, 0-9, dot, underscore or hyphen.",
        ),
        "user_exists": lambda: translate("SecurityTexts", "A user with this name already exists."),
        "already_initialised": lambda: translate(
            "SecurityTexts", "This database already has accounts: sign in instead."
        ),
        "weak_backup_passphrase": lambda: translate(
            "SecurityTexts", "The backup passphrase needs at least {count} characters."
        ).format(count=MIN_PASSPHRASE),
        "wrong_backup_passphrase": lambda: translate(
            "SecurityTexts",
            "The passphrase is wrong, or the backup file was changed. Nothing was restored.",
        ),
        "not_a_backup": lambda: translate("SecurityTexts", "This file is not a LawfulReq backup."),
        "backup_damaged": lambda: translate(
            "SecurityTexts", "The backup file is damaged. Nothing was restored."
        ),
        "backup_chain_broken": lambda: translate(
            "SecurityTexts",
            "The audit log inside the backup is broken, so it is not restored. "
            "Nothing was changed.",
        ),
        "backend_mismatch": lambda: translate(
            "SecurityTexts",
            "This backup was made from another kind of database (SQLite or PostgreSQL) "
            "and cannot be restored here.",
        ),
        "bad_path": lambda: translate("SecurityTexts", "That file or folder does not exist."),
        "pg_tools_missing": lambda: translate(
            "SecurityTexts",
            "The PostgreSQL tools (pg_dump, pg_restore) are not installed on this computer.",
        ),
        "bad_setting": lambda: _setting_range_text(str(error.params.get("key", ""))),
    }
    maker = texts.get(error.code)
    if maker is not None:
        return maker()
    message = describe(error)
    return message.text if message is not None else None


def _setting_range_text(key: str) -> str:
    definition = REGISTRY.get(key)
    if definition is None or definition.minimum is None or definition.maximum is None:
        return translate("SecurityTexts", "That value is not allowed for this setting.")
    return translate("SecurityTexts", "Choose between {low} and {high}.").format(
        low=definition.minimum, high=definition.maximum
    )
