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
from ui.operations.base import ChangeEvent, Kind, Operation, OperationContext, operation
from ui.tasks import JobControl

# What changes many objects at once (cases, documents, subscriber data).
STORED_DATA = ChangeEvent(Kind.STORED_DATA)


def _user(user: UserView) -> ChangeEvent:
    return ChangeEvent(Kind.USER, user.username)


def add_user(
    context: OperationContext, username: str, role: Role | str, password: str, display_name: str
) -> Operation[UserView]:
    """A new account; the service checks the name, the password's strength and duplicates."""
    return operation(
        context,
        lambda s, a: s.users.add(a, username, role, password, display_name),
        _user,
        "add a user",
    )


def unlock_user(context: OperationContext, username: str) -> Operation[UserView]:
    """Lift a lockout after failed sign-ins."""
    return operation(context, lambda s, a: s.users.unlock(a, username), _user, "unlock an account")


def set_setting(context: OperationContext, key: str, value: object) -> Operation[SettingValue]:
    """A setting for everyone (a policy, not a personal preference)."""
    return operation(
        context,
        lambda s, a: s.settings.set(a, key, value),
        lambda _value: ChangeEvent(Kind.SETTING, key),
        "change a setting",
    )


def save_legal_rule(
    context: OperationContext, code: str, changes: dict[str, Any], *, expected_version: int
) -> Operation[LegalBasisView]:
    """A new version of the rule; cases keep the version they used."""
    version = expected_version
    return operation(
        context,
        lambda s, a: s.catalogue.edit(a, code, changes, expected_version=version),
        lambda saved: ChangeEvent(Kind.LEGAL_BASIS, saved.code),
        f"save legal rule {code}",
    )


def purge(context: OperationContext, *, dry_run: bool) -> Operation[PurgeResult]:
    """Delete what is past its retention; a dry run only counts (and changes nothing)."""
    return operation(
        context,
        lambda s, a: s.purge.run(a, dry_run=dry_run),
        lambda _result: None if dry_run else STORED_DATA,
        "purge (dry run)" if dry_run else "purge",
    )


def import_file(
    context: OperationContext, kind: str, path: Path, options: ImportOptions, progress_text: str
) -> Operation[ImportResult]:
    """Import one file, reporting progress ("%1" in `progress_text`: rows read so far); a
    dry run, a cancelled or a refused import changes nothing."""
    imports, actor = context.services.imports, context.actor

    def work(control: JobControl) -> ImportResult:
        def progress(rows: int, position: int, size: int) -> None:
            control.progress(position, max(size, 1), progress_text.replace("%1", str(rows)))

        return imports.run(
            actor, kind, path, options, progress=progress, cancelled=lambda: control.cancelled
        )

    return Operation(
        context,
        work,
        lambda result: STORED_DATA if result.status == ImportStatus.IMPORTED else None,
        f"import {kind}",
    )
