"""What each role may do; checked in the services, so every client obeys the same rules."""

from __future__ import annotations

from enum import StrEnum

from lawfulreq.domain.enums import Role
from lawfulreq.errors import PermissionDeniedError


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    EDIT_CATALOGUE = "edit_catalogue"
    READ_CASES = "read_cases"
    EDIT_CASES = "edit_cases"
    LOOKUP_SUBSCRIBERS = "lookup_subscribers"
    IMPORT_DATA = "import_data"
    PREPARE_DISCLOSURE = "prepare_disclosure"
    APPROVE_DISCLOSURE = "approve_disclosure"
    MANAGE_FLAGS = "manage_flags"
    HANDLE_DSAR = "handle_dsar"
    # What an access answer left out under a flag, and why (AVG 23): FG and auditor only.
    READ_DSAR_RESTRICTIONS = "read_dsar_restrictions"
    READ_AUDIT = "read_audit"
    READ_STATISTICS = "read_statistics"
    # Count intelligence-service bases in a statistics export (FG only, a deliberate choice).
    EXPORT_NOT_PUBLISHABLE = "export_not_publishable"
    BACKUP = "backup"
    # Delete what retention no longer allows (usage records, closed case files): FG only.
    PURGE = "purge"


_OFFICER = frozenset(
    {
        Permission.READ_CASES,
        Permission.EDIT_CASES,
        Permission.LOOKUP_SUBSCRIBERS,
        Permission.PREPARE_DISCLOSURE,
        Permission.APPROVE_DISCLOSURE,
        Permission.READ_STATISTICS,
    }
)
_AUDITOR = frozenset(
    {
        Permission.READ_CASES,
        Permission.READ_AUDIT,
        Permission.READ_STATISTICS,
        Permission.READ_DSAR_RESTRICTIONS,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FG: frozenset(Permission),
    Role.OFFICER: _OFFICER,
    Role.AUDITOR: _AUDITOR,
}


def allowed(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


def require(role: Role | str, permission: Permission) -> None:
    if not allowed(role, permission):
        raise PermissionDeniedError(
            f"the role '{role}' may not {permission.value.replace('_', ' ')}",
            code="permission_denied",
            permission=permission.value,
            role=str(role),
        )
