"""The error types every layer shares: each carries a stable code and its parameters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class LawfulreqError(Exception):
    """Base of every error the application expects and can explain to a user."""

    default_code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.params: Mapping[str, Any] = params

    def __str__(self) -> str:
        return self.message


class ValidationError(LawfulreqError):
    """Input that breaks a rule; `params` say where (field, line, column) and why."""

    default_code = "validation"


class NotFoundError(LawfulreqError):
    default_code = "not_found"


class ConflictError(LawfulreqError):
    """A concurrent change won, or the action does not fit the record's current state."""

    default_code = "conflict"


class PermissionDeniedError(LawfulreqError):
    default_code = "permission"


class AuthenticationError(LawfulreqError):
    default_code = "authentication"


class StorageError(LawfulreqError):
    """The environment's fault: a database that cannot be opened, a full disk, a newer schema."""

    default_code = "storage"


class SecretStoreUnavailableError(StorageError):
    """No keyring backend and no passphrase: the encrypted database cannot be unlocked."""

    default_code = "secret_store_unavailable"
