"""Report speed: a 1,000-row disclosure report built and signed, beside bare ReportLab + pyHanko.

Run: .venv/bin/python -m tests.bench --only report   (harness part `report`)

Our path: `build_report` (letterhead, facts, tables, Dutch notation, page x of y) then
`sign_pdf` (CSV attachment embedded, visible PAdES signature). The baseline, in the same run:
a bare ReportLab `LongTable` of the same rows with the same fonts, then a bare pyHanko
invisible signature with the same key. Also `verify_pdf` on our signed report. Medians.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
from collections.abc import Callable

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

from lawfulreq.reports.notation import moment
from lawfulreq.reports.pdf import FONT, build_report, register_fonts
from lawfulreq.reports.sign import SignerKey, sign_pdf, verify_pdf
from lawfulreq.security import signing_keys
from tests.bench.context import Context
from tests.bench.harness import Row, measured
from tests.conftest import NOW
from tests.disclosures.sample import sample_input


def _median(fn: Callable[[], object], repeats: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def samples(fn: Callable[[], object], repeats: int) -> list[float]:
    """Milliseconds of each of `repeats` calls."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def run(ctx: Context) -> list[Row]:
    """Harness part: build + sign a report of N rows vs bare ReportLab + pyHanko; verify."""
    rows, repeats = ctx.sizes.report_rows, ctx.sizes.report_repeats
    ours, bare, signed = _paths(rows)
    ours()
    bare()  # warm-up: imports, font subsetting caches
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(repeats):
        mine += samples(ours, 1)
        theirs += samples(bare, 1)
    document = signed()
    checks = samples(lambda: verify_pdf(document), repeats)
    # Verifying's floor: pyHanko's own validation of the same signature, no checks of ours.
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    def bare_verify() -> None:
        reader = PdfFileReader(io.BytesIO(document))
        validate_pdf_signature(reader.embedded_signatures[0])

    bare_checks = samples(bare_verify, repeats)
    return [
        measured("report", f"build and sign a {rows:,}-row report", mine,
                 "bare ReportLab table + bare pyHanko signature", theirs, max_median=2000.0,
                 max_ratio=1.5),
        measured("report", f"verify the signed {rows:,}-row report", checks,
                 "bare pyHanko validate_pdf_signature", bare_checks, max_median=500.0),
    ]  # fmt: skip


def _paths(rows: int) -> tuple[Callable[[], bytes], Callable[[], bytes], Callable[[], bytes]]:
    """(ours, bare, a signed report of ours) for `rows` rows."""
    os.environ.setdefault(signing_keys.PASSPHRASE_ENV, "bench-only")
    signing_keys.keyring_available = lambda: False  # type: ignore[assignment]
    material = signing_keys.self_signed("Bench Signer", "", "", NOW)
    key = SignerKey(
        material.cert_pem,
        material.chain_pem,
        signing_keys.unlock(material.key_pem, os.environ[signing_keys.PASSPHRASE_ENV]),
    )
    data = sample_input(rows)
    register_fonts()

    def ours() -> bytes:
        built = build_report(data)
        return sign_pdf(
            built.pdf,
            data.attachments,
            key,
            page=built.signature_page,
            box=built.signature_box,
            signed_at=NOW,
            stamp_text="Bench Signer",
        )

    usage = data.results[0].usage

    def bare_table() -> bytes:
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=A4, invariant=1)
        table_rows = [["start", "duur", "a", "b", "richting", "dienst", "cel"]]
        table_rows += [
            [moment(u.start_time), str(u.duration_s), u.a_number, u.b_number, u.direction,
             u.service_type, u.cell_id]
            for u in usage
        ]  # fmt: skip
        table = LongTable(table_rows, repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 7.5)]))
        doc.build([table])
        return out.getvalue()

    from asn1crypto import keys as asn1_keys
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    (cert,) = list(load_certs_from_pemder_data(material.cert_pem.encode()))
    bare_signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(key.key_der),
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )

    def bare() -> bytes:
        pdf = bare_table()
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        meta = signers.PdfSignatureMetadata(field_name="Sig", md_algorithm="sha256")
        return bytes(signers.sign_pdf(writer, meta, signer=bare_signer).getvalue())

    return ours, bare, ours


def main() -> None:
    from tests.bench.__main__ import main as harness

    sys.exit(harness(["--only", "report", *sys.argv[1:]]))


if __name__ == "__main__":
    main()
