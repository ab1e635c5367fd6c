"""Password hashing with argon2id and the minimum strength a password must have."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from lawfulreq.errors import ValidationError

_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters

MIN_LENGTH = 12


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return bool(_HASHER.verify(stored_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return bool(_HASHER.check_needs_rehash(stored_hash))


def check_strength(password: str, *, username: str = "") -> None:
    """Reject passwords that are short, one kind of character, or contain the user name."""
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(f"at least {MIN_LENGTH} characters")
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    if kinds < 3:
        problems.append("three of: lower case, upper case, digits, symbols")
    if username and username.lower() in password.lower():
        problems.append("not containing the user name")
    if problems:
        raise ValidationError(
            "password too weak: needs " + "; ".join(problems),
            code="weak_password",
            field="password",
        )
