"""Administration operations: users, settings, the legal rules, purge and data import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lawfulreq.domain.enums import ImportStatus, Role
from lawfulreq.services.catalogue import LegalBasisView
from lawfulreq.services.imports import ImportOptions, ImportResult
from lawfulreq.services.purge import PurgeResult
from lawfulreq.services.users import UserView
from lawfulreq.settings_registry import SettingValue
from ui.operations.base import ChangeEvent, Kind, OperationContext, Then, run
from ui.tasks import Job, JobControl

# What changes many objects at once (cases, documents, subscriber data).
STORED_DATA = ChangeEvent(Kind.STORED_DATA)


def _user(user: UserView) -> ChangeEvent:
    return ChangeEvent(Kind.USER, user.username)


def add_user(
    context: OperationContext,
    username: str,
    *,
    role: Role | str,
    password: str,
    display_name: str,
    then: Then[UserView],
) -> Job[UserView]:
    users, actor = context.services.users, context.actor
    return run(
        context,
        lambda _c: users.add(actor, username, role, password, display_name),
        _user,
        then,
        "add a user",
    )


def unlock_user(context: OperationContext, username: str, then: Then[UserView]) -> Job[UserView]:
    users, actor = context.services.users, context.actor
    return run(context, lambda _c: users.unlock(actor, username), _user, then, "unlock an account")


def set_setting(
    context: OperationContext, key: str, value: object, then: Then[SettingValue]
) -> Job[SettingValue]:
    settings, actor = context.services.settings, context.actor
    return run(
        context,
        lambda _c: settings.set(actor, key, value),
        lambda _value: ChangeEvent(Kind.SETTING, key),
        then,
        "change a setting",
    )


def save_legal_rule(
    context: OperationContext,
    code: str,
    changes: dict[str, Any],
    *,
    expected_version: int,
    then: Then[LegalBasisView],
) -> Job[LegalBasisView]:
    """A new version of the rule; cases keep the version they used."""
    catalogue, actor = context.services.catalogue, context.actor
    return run(
        context,
        lambda _c: catalogue.edit(actor, code, changes, expected_version=expected_version),
        lambda saved: ChangeEvent(Kind.LEGAL_BASIS, saved.code),
        then,
        f"save legal rule {code}",
    )


def purge(context: OperationContext, *, dry_run: bool, then: Then[PurgeResult]) -> Job[PurgeResult]:
    """Delete what is past its retention; a dry run only counts (and changes nothing)."""
    service, actor = context.services.purge, context.actor
    return run(
        context,
        lambda _c: service.run(actor, dry_run=dry_run),
        lambda _result: None if dry_run else STORED_DATA,
        then,
        "purge (dry run)" if dry_run else "purge",
    )


def import_file(
    context: OperationContext,
    kind: str,
    path: Path,
    options: ImportOptions,
    *,
    progress_text: str,
    then: Then[ImportResult],
) -> Job[ImportResult]:
    """Import one file, reporting progress ("%1" in `progress_text`: rows read so far); a
    dry run, a cancelled or a refused import changes nothing."""
    imports, actor = context.services.imports, context.actor

    def work(control: JobControl) -> ImportResult:
        def progress(rows: int, position: int, size: int) -> None:
            control.progress(position, max(size, 1), progress_text.replace("%1", str(rows)))

        return imports.run(
            actor, kind, path, options, progress=progress, cancelled=lambda: control.cancelled
        )

    return run(
        context,
        work,
        lambda result: STORED_DATA if result.status == ImportStatus.IMPORTED else None,
        then,
        f"import {kind}",
    )
