"""Embedding the data files and signing the PDF (PAdES, pyHanko); checking a signed report.

The attachments are added in an incremental update that the signature then covers; each
file's SHA-256 is printed in the report and repeated in its file specification's
description, so `verify` compares every embedded file with the hash the signer signed.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.general import SigningError, get_pyca_cryptography_hash
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from lawfulreq.errors import StorageError
from lawfulreq.reports.model import Attachment

FIELD_NAME = "LawfulReqSignature"
_QUIET = ("pyhanko", "pyhanko_certvalidator")


class _ClockedSigner(signers.PdfSigner):
    """pyHanko reads the wall clock for the signing time; ours comes from the service's clock."""

    def __init__(self, *args: Any, signed_at: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._signed_at = signed_at

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._signed_at
        return session


class _LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner parses (and re-validates) the private key for each raw
    signature: 0.5-1.2 s for RSA-3072 here. This one parses it once, without the RSA
    consistency check (our own key, checked when it was made or imported)."""

    def __init__(self, *args: Any, key_der: bytes, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._key = serialization.load_der_private_key(
            key_der, password=None, unsafe_skip_rsa_key_validation=True
        )

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_algo = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
            return self._key.sign(data, PKCS1v15(), hash_algo)
        if mechanism == "ecdsa" and isinstance(self._key, EllipticCurvePrivateKey):
            return self._key.sign(data, ECDSA(hash_algo))
        return bytes(super().sign_raw(data, digest_algorithm))


@contextmanager
def _quiet() -> Iterator[None]:
    """An untrusted (self-signed) certificate is an expected answer, not a logged error."""
    loggers = [logging.getLogger(name) for name in _QUIET]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


_HASH_DESC = re.compile(r"SHA-256 ([0-9a-f]{64})")


@dataclass(frozen=True)
class SignerKey:
    """What signing needs: the certificate, its chain (PEM) and the unlocked key (DER)."""

    cert_pem: str
    chain_pem: str
    key_der: bytes


def _certs(pem: str) -> list[asn1_x509.Certificate]:
    from pyhanko.keys import load_certs_from_pemder_data  # noqa: PLC0415

    return list(load_certs_from_pemder_data(pem.encode("ascii"))) if pem.strip() else []


def signer_name(cert_pem: str) -> str:
    (cert,) = _certs(cert_pem)[:1]
    return str(cert.subject.native.get("common_name") or cert.subject.human_friendly)


def sign_pdf(
    pdf: bytes,
    attachments: Sequence[Attachment],
    key: SignerKey,
    *,
    page: int,
    box: tuple[int, int, int, int],
    signed_at: datetime,
    stamp_text: str,
    tsa_url: str = "",
) -> bytes:
    """Embed the attachments, then sign the whole file with a visible signature box."""
    (cert,) = _certs(key.cert_pem)[:1]
    chain = _certs(key.chain_pem)
    signer = _LoadedKeySigner(
        key_der=key.key_der,
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(key.key_der),
        cert_registry=SimpleCertificateStore.from_certs([cert, *chain]),  # type: ignore[no-untyped-call]
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for item in attachments:
        data_obj = embed.EmbeddedFileObject.from_file_data(
            writer,
            data=item.data,
            mime_type=item.media_type,
            params=embed.EmbeddedFileParams(
                embed_size=True, creation_date=signed_at, modification_date=signed_at
            ),
        )
        spec = embed.FileSpec(
            file_spec_string=item.name,
            file_name=item.name,
            embedded_data=data_obj,
            description=f"{item.description} (SHA-256 {item.sha256})",
        )
        embed.embed_file(writer, spec)
    fields.append_signature_field(
        writer, fields.SigFieldSpec(sig_field_name=FIELD_NAME, on_page=page, box=box)
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="LawfulReq disclosure report",
    )
    timestamper = None
    if tsa_url:
        timestamper = timestamps.HTTPTimeStamper(tsa_url)  # type: ignore[no-untyped-call]
    pdf_signer = _ClockedSigner(
        meta,
        signed_at=signed_at,
        signer=signer,
        timestamper=timestamper,
        stamp_style=TextStampStyle(stamp_text=stamp_text, border_width=1),
    )
    try:
        # Room for the CMS container given, so pyHanko skips its trial signature.
        out = pdf_signer.sign_pdf(writer, bytes_reserved=_reserved(key, tsa_url))
    except (SigningError, OSError) as exc:
        raise StorageError(f"the report could not be signed: {exc}", code="sign_failed") from exc
    return bytes(out.getvalue())


def page_count(pdf: bytes) -> int:
    """The document's number of pages, from its page tree."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return int(reader.root["/Pages"]["/Count"])


def _reserved(key: SignerKey, tsa_url: str) -> int:
    """Bytes for the signature container: the certificates, the signature, a timestamp token."""
    certificates = len(key.cert_pem) + len(key.chain_pem)  # PEM is larger than the DER inside
    needed = 8192 + certificates + (16384 if tsa_url else 0)
    return needed + needed % 2  # hex-encoded in the file: pyHanko wants an even count


# --------------------------------------------------------------------------- verify


@dataclass(frozen=True)
class AttachmentCheck:
    name: str
    sha256: str
    listed: str
    ok: bool


@dataclass(frozen=True)
class VerifyResult:
    valid: bool
    intact: bool
    whole_document: bool
    trusted: bool
    signer: str
    signed_at: datetime | None
    timestamped: bool
    attachments: tuple[AttachmentCheck, ...]
    problem: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "valid": self.valid,
            "signer": self.signer,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "attachments": [
                {"name": a.name, "sha256": a.sha256, "ok": a.ok} for a in self.attachments
            ],
            "intact": self.intact,
            "whole_document": self.whole_document,
            "trusted": self.trusted,
            "timestamped": self.timestamped,
            "problem": self.problem or None,
        }


def _invalid(problem: str) -> VerifyResult:
    return VerifyResult(False, False, False, False, "", None, False, (), problem)


def _attachments(reader: PdfFileReader) -> list[AttachmentCheck]:
    root = reader.root
    try:
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    except KeyError:
        return []
    checks = []
    for index in range(0, len(names), 2):
        spec = names[index + 1].get_object()
        name = str(spec.get("/UF", spec.get("/F", names[index])))
        data = spec["/EF"]["/F"].get_object().data
        found = _HASH_DESC.search(str(spec.get("/Desc", "")))
        listed = found.group(1) if found else ""
        actual = hashlib.sha256(data).hexdigest()
        checks.append(AttachmentCheck(name, actual, listed, bool(listed) and listed == actual))
    return checks


def verify_pdf(data: bytes) -> VerifyResult:
    """Is the signature intact and over the whole file, and does every attachment match?

    Trust in the signer's certificate is reported apart (`trusted`): a self-signed
    certificate is intact but not trusted by anyone who has not been given it.
    """
    from pyhanko.sign.validation.status import SignatureCoverageLevel  # noqa: PLC0415

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # any parse failure means: not a valid signed report
        return _invalid(f"not a readable PDF: {exc}")
    if not signatures:
        return _invalid("the PDF carries no signature")
    signature = signatures[-1]
    try:
        with _quiet():
            status = validate_pdf_signature(
                signature, ValidationContext(allow_fetching=False), skip_diff=True
            )
    except Exception as exc:
        return _invalid(f"the signature could not be checked: {exc}")
    try:
        checks = _attachments(reader)
    except Exception as exc:
        return _invalid(f"the attachments could not be read: {exc}")
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE and len(signatures) == 1
    intact = bool(status.intact and status.valid)
    cert = status.signing_cert
    signer = str(cert.subject.native.get("common_name") or cert.subject.human_friendly)
    signed_at = status.timestamp_validity.timestamp if status.timestamp_validity else None
    signed_at = signed_at or status.signer_reported_dt
    problems = []
    if not intact:
        problems.append("the signature does not match the document")
    if not whole:
        problems.append("the signature does not cover the whole document")
    bad = [c.name for c in checks if not c.ok]
    if bad:
        problems.append(f"attachments differ from their listed SHA-256: {', '.join(bad)}")
    return VerifyResult(
        valid=intact and whole and not bad,
        intact=intact,
        whole_document=whole,
        trusted=bool(status.trusted),
        signer=signer,
        signed_at=signed_at,
        timestamped=status.timestamp_validity is not None,
        attachments=tuple(checks),
        problem="; ".join(problems),
    )
