"""Signing keys: a user's certificate and its private key, encrypted under a passphrase.

The passphrase follows the database key's rules (`security/keys.py`): a random one kept in
the OS keyring when a keyring is available, otherwise `LAWFULREQ_SIGN_PASSPHRASE`; a
passphrase set in that variable when the key is made is used instead of the keyring. The key
itself is stored as encrypted PKCS#8 (PEM, AES-256 with scrypt/PBKDF2 as `cryptography`
chooses) inside the database, which on SQLite is itself encrypted.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import keyring
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from lawfulreq.errors import SecretStoreUnavailableError, ValidationError
from lawfulreq.security.keys import DEMO_PASSPHRASE, keyring_available

KEYRING_SERVICE = "LawfulReq signing key"
PASSPHRASE_ENV = "LAWFULREQ_SIGN_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
SELF_SIGNED_DAYS = 3 * 365


@dataclass(frozen=True)
class KeyMaterial:
    """What is stored: certificate and chain (PEM), the encrypted key, where its secret is."""

    cert_pem: str
    chain_pem: str
    key_pem: bytes
    secret_mode: str  # "keyring" | "passphrase"
    secret_id: str
    subject: str
    fingerprint: str
    not_before: datetime
    not_after: datetime
    self_signed: bool


def _new_secret() -> tuple[str, str, str]:
    """(mode, secret id, passphrase) for a new key: a passphrase given in the environment,
    else a random one in the keyring, else refused (as for the database key, `keys.py`)."""
    if not os.environ.get(PASSPHRASE_ENV) and keyring_available():
        secret_id = secrets.token_hex(16)
        passphrase = secrets.token_urlsafe(32)
        try:
            keyring.set_password(KEYRING_SERVICE, secret_id, passphrase)
        except Exception as exc:
            raise SecretStoreUnavailableError(
                f"could not store the signing key's passphrase in the keyring: {exc}"
            ) from exc
        return "keyring", secret_id, passphrase
    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    if not passphrase:
        raise SecretStoreUnavailableError(
            f"no keyring available: give the signing key's passphrase in {PASSPHRASE_ENV}",
            code="sign_passphrase_required",
        )
    return "passphrase", "", passphrase


# The order of the NIST P-256 group (FIPS 186-4, D.1.2.3).
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def demo_self_signed(name: str, organisation: str, now: datetime) -> KeyMaterial:
    """A demo user's key (EC P-256, quick to make) under the demo database's public
    passphrase, as `keys.py` protects the demo database itself: synthetic data only."""
    # Derived from the name and deterministic signing: the same demo gives the same certificate,
    # so demo databases, their audit trails and the screenshots are reproducible. Demo only.
    seed = hashlib.sha256(f"lawfulreq-demo-signing-key:{name}".encode()).digest()
    key = ec.derive_private_key(int.from_bytes(seed, "big") % (_P256_ORDER - 1) + 1, ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64] or "Demo"),
        ]
    )
    start = now.astimezone(UTC) - timedelta(days=30)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(int.from_bytes(seed[:16], "big") >> 1)
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=SELF_SIGNED_DAYS))
        .sign(key, hashes.SHA256(), ecdsa_deterministic=True)
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(DEMO_PASSPHRASE.encode("utf-8")),
    )
    return KeyMaterial(
        cert_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        chain_pem="",
        key_pem=key_pem,
        secret_mode="demo",  # noqa: S106 - the mode's name
        secret_id="",
        subject=cert.subject.rfc4514_string(),
        fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        self_signed=True,
    )


def passphrase_for(secret_mode: str, secret_id: str) -> str:
    """The passphrase that unlocks a stored key."""
    if secret_mode == "demo":  # noqa: S105 - the mode's name
        return DEMO_PASSPHRASE
    if secret_mode == "keyring":  # noqa: S105 - the mode's name
        try:
            stored = keyring.get_password(KEYRING_SERVICE, secret_id)
        except Exception as exc:
            raise SecretStoreUnavailableError(f"the OS keyring failed: {exc}") from exc
        if stored is None:
            raise SecretStoreUnavailableError(
                "this signing key's passphrase is not in this computer's keyring",
                code="sign_key_not_in_keyring",
            )
        return str(stored)
    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    if not passphrase:
        raise SecretStoreUnavailableError(
            f"the signing key is protected by a passphrase: set {PASSPHRASE_ENV}",
            code="sign_passphrase_required",
        )
    return passphrase


def _material(
    key: Any,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
) -> KeyMaterial:
    mode, secret_id, passphrase = _new_secret()
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    return KeyMaterial(
        cert_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        chain_pem="".join(
            c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in chain
        ),
        key_pem=key_pem,
        secret_mode=mode,
        secret_id=secret_id,
        subject=cert.subject.rfc4514_string(),
        fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        self_signed=cert.issuer == cert.subject,
    )


def self_signed(name: str, organisation: str, email: str, now: datetime) -> KeyMaterial:
    """A new RSA-3072 key and a self-signed certificate for signing documents."""
    if not name.strip():
        raise ValidationError("name: the certificate needs a name", code="name_required")
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip()[:64])]
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()[:64]))
    attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "NL"))
    subject = x509.Name(attributes)
    start = now.astimezone(UTC) - timedelta(minutes=5)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=SELF_SIGNED_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    if email.strip():
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email.strip())]), critical=False
        )
    cert = builder.sign(key, hashes.SHA256())
    return _material(key, cert, [])


def from_pkcs12(data: bytes, password: str) -> KeyMaterial:
    """The key, certificate and chain of a PKCS#12 file from the organisation's PKI."""
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password else None
        )
    except ValueError as exc:
        raise ValidationError(
            f"the PKCS#12 file could not be opened (wrong password or not PKCS#12): {exc}",
            code="bad_pkcs12",
        ) from exc
    if key is None or cert is None:
        raise ValidationError(
            "the PKCS#12 file holds no private key with its certificate", code="bad_pkcs12"
        )
    return _material(key, cert, list(chain))


def unlock(key_pem: bytes, passphrase: str) -> bytes:
    """The key as unencrypted PKCS#8 DER, for the signer (kept in memory only)."""
    key = serialization.load_pem_private_key(
        key_pem, passphrase.encode("utf-8"), unsafe_skip_rsa_key_validation=True
    )
    return key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
