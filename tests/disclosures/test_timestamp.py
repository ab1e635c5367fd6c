"""RFC 3161: with `report.tsa_url` set, the signature carries a timestamp from that server.

The server is pyHanko's own test TSA (`DummyTimeStamper`) behind a small HTTP endpoint on
127.0.0.1, answering as a real TSA does (application/timestamp-query in, -reply out).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from lawfulreq.reports.sign import verify_pdf
from lawfulreq.security import signing_keys
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from lawfulreq.settings_registry import REPORT_TSA_URL
from tests.conftest import NOW
from tests.lookup.data import Cases

TSA_TIME = NOW + timedelta(seconds=7)


def _tsa() -> DummyTimeStamper:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=5 * 365))  # CI also runs 400 days ahead
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        fixed_dt=TSA_TIME,
    )


@pytest.fixture
def tsa_url() -> Iterator[str]:
    stamper = _tsa()
    requests: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            requests.append(body)
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            return

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()
    assert requests, "the local TSA was never asked"


def test_report_is_timestamped_by_the_configured_tsa(
    services: AppServices,
    actors: dict[str, Actor],
    world: Cases,
    tsa_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(signing_keys.PASSPHRASE_ENV, "tsa-test-passphrase")
    services.settings.set(actors["fg"], REPORT_TSA_URL, tsa_url)
    services.certificates.create_self_signed(actors["officer"], "Otto Officier")
    signed = services.reports.create(actors["officer"], world.subscriber, "no_data")
    result = verify_pdf(signed.pdf)
    assert result.valid
    assert result.timestamped
    assert result.signed_at == TSA_TIME
