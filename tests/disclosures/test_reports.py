"""Signed reports: tampering is found, attachments are checked, refusal and no-data letters."""

from __future__ import annotations

import hashlib
import io
import random
import re
import uuid
from pathlib import Path

import pytest
from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from lawfulreq.errors import ConflictError, SecretStoreUnavailableError
from lawfulreq.reports.model import Attachment
from lawfulreq.reports.notation import dutch_number
from lawfulreq.reports.pdf import build_report
from lawfulreq.reports.sign import SignerKey, sign_pdf, verify_pdf
from lawfulreq.security import signing_keys
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from tests.conftest import NOW
from tests.disclosures.poppler import pdfsig, pdftotext
from tests.lookup.data import Cases, amsterdam, make_case

PASSPHRASE = "sign-" + uuid.uuid4().hex  # made at run time: no secret in a fixture file


@pytest.fixture(autouse=True)
def _sign_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(signing_keys.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setattr(signing_keys, "keyring_available", lambda: False)


def _approved(services: AppServices, actors: dict[str, Actor], ref: str) -> None:
    officer = actors["officer"]
    result = services.lookup.lookup(officer, ref, "0612345678", at=amsterdam("2026-06-01T12:00"))
    services.disclosures.add_from_lookup(officer, ref, result)
    services.disclosures.decide(officer, ref, "all", "produce")
    services.disclosures.approve(actors["fg"], ref)


def _signed(services: AppServices, actors: dict[str, Actor], world: Cases) -> bytes:
    _approved(services, actors, world.subscriber)
    services.certificates.create_self_signed(actors["fg"], "Frida Gee")
    return services.reports.create(actors["fg"], world.subscriber).pdf


def _signed_range(pdf: bytes) -> list[tuple[int, int]]:
    found = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    assert found is not None
    a, b, c, d = (int(x) for x in found.groups())
    return [(a, a + b), (c, c + d)]


def test_dutch_number_notation() -> None:
    assert dutch_number("+31612345678") == "06-12345678"
    assert dutch_number("+31201234567") == "020-1234567"
    assert dutch_number("+31881234567") == "088-1234567"
    assert dutch_number("+4930123456").startswith("+49")
    assert dutch_number(None) == ""


def test_twenty_bit_flips_in_the_signed_range_fail(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    pdf = _signed(services, actors, world)
    assert verify_pdf(pdf).valid
    ranges = _signed_range(pdf)
    assert ranges[1][1] == len(pdf)  # the signature covers the file to its last byte
    rng = random.Random(11)
    positions = []
    for _ in range(20):
        start, end = rng.choice(ranges)
        positions.append(rng.randrange(start, end))
    for position in positions:
        flipped = bytearray(pdf)
        flipped[position] ^= 1 << rng.randrange(8)
        assert not verify_pdf(bytes(flipped)).valid, position


def test_swapped_attachment_fails(
    services: AppServices, actors: dict[str, Actor], world: Cases
) -> None:
    pdf = _signed(services, actors, world)
    # An incremental update after signing that swaps the JSON file for another one.
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    fake = b'{"items": []}'
    spec = embed.FileSpec(
        file_spec_string="verstrekking.json",
        file_name="verstrekking.json",
        embedded_data=embed.EmbeddedFileObject.from_file_data(writer, data=fake),
        description=f"all delivered data (SHA-256 {hashlib.sha256(fake).hexdigest()})",
    )
    embed.embed_file(writer, spec)
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue())
    assert not result.valid
    assert not result.whole_document


def test_attachment_differing_from_its_listed_hash_fails(tmp_path: Path) -> None:
    material = signing_keys.self_signed("T. Ester", "", "", NOW)
    key = SignerKey(
        material.cert_pem, material.chain_pem, signing_keys.unlock(material.key_pem, PASSPHRASE)
    )
    from tests.disclosures.sample import sample_input

    listed = sample_input(rows=3)
    built = build_report(listed)
    swapped = [
        Attachment(a.name, a.media_type, a.data + b"x", a.description, a.sha256)
        for a in listed.attachments
    ]
    pdf = sign_pdf(
        built.pdf,
        swapped,
        key,
        page=built.signature_page,
        box=built.signature_box,
        signed_at=NOW,
        stamp_text="T. Ester",
    )
    result = verify_pdf(pdf)
    assert result.intact and result.whole_document
    assert not result.valid
    assert [a.ok for a in result.attachments] == [False] * len(swapped)


def test_report_needs_approval_and_a_passphrase(
    services: AppServices, actors: dict[str, Actor], world: Cases, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.certificates.create_self_signed(actors["officer"], "Otto Officier")
    with pytest.raises(ConflictError) as info:
        services.reports.create(actors["officer"], world.subscriber)
    assert info.value.code == "not_approved"
    _approved(services, actors, world.subscriber)
    monkeypatch.delenv(signing_keys.PASSPHRASE_ENV)
    with pytest.raises(SecretStoreUnavailableError):
        services.reports.create(actors["officer"], world.subscriber)


def test_refusal_letter_names_the_findings(
    services: AppServices, actors: dict[str, Actor], world: Cases, tmp_path: Path
) -> None:
    ref = make_case(services, actors["fg"], "LR-2026-0010", "sv-126nf")
    services.certificates.create_self_signed(actors["officer"], "Otto Officier")
    signed = services.reports.create(actors["officer"], ref, "refusal", "nl")
    path = tmp_path / "refusal.pdf"
    path.write_bytes(signed.pdf)
    assert "Total document signed" in pdfsig(path)
    text = pdftotext(path)
    assert ref in text
    assert "Weigering" in text
    assert "RC_AUTHORISATION_MISSING" not in text  # findings in words, not codes
    assert "126nf" in text
    english = services.reports.create(actors["officer"], ref, "refusal", "en")
    path.write_bytes(english.pdf)
    assert "Refusal" in pdftotext(path)
    with pytest.raises(ConflictError):
        services.reports.create(actors["officer"], world.subscriber, "refusal")


def test_no_data_answer(
    services: AppServices, actors: dict[str, Actor], world: Cases, tmp_path: Path
) -> None:
    services.certificates.create_self_signed(actors["officer"], "Otto Officier")
    signed = services.reports.create(actors["officer"], world.subscriber, "no_data", "nl")
    path = tmp_path / "nodata.pdf"
    path.write_bytes(signed.pdf)
    text = pdftotext(path)
    assert "Geen gegevens beschikbaar" in text
    assert "pagina 1 van 1" in text
    assert verify_pdf(signed.pdf).valid
