"""Password hashing with argon2id and the minimum strength a password must have."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from lawfulreq.errors import ValidationError

# argon2id at OWASP's Password Storage Cheat Sheet minimum (m = 19 MiB, t = 2, p = 1; one of
# its equivalent settings). argon2-cffi's default (RFC 9106 low-memory: 64 MiB, t = 3, p = 4)
# took 0.27 s of the 0.3 s sign-in budget on a busy 2-core machine (issue 18); this takes about
# a sixth of that. The database itself is encrypted (SQLCipher), so the hashes are not the only
# barrier. Hashes made with other parameters still verify and are redone at the next sign-in.
ARGON2_TIME_COST = 2
ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_PARALLELISM = 1
_HASHER = PasswordHasher(
    time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_PARALLELISM
)

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
