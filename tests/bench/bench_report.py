"""Report speed: a 1,000-row disclosure report built and signed, beside bare ReportLab + pyHanko.

Run: .venv/bin/python -m tests.bench.bench_report [ROWS] [REPEATS]   (default 1000 5)

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


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
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

    ours()
    bare()  # warm-up: imports, font subsetting caches
    t_build, built = _median(lambda: build_report(data), repeats)
    t_ours, signed = _median(ours, repeats)
    t_bare_table, _ = _median(bare_table, repeats)
    t_bare, _ = _median(bare, repeats)
    assert isinstance(signed, bytes)
    t_verify, result = _median(lambda: verify_pdf(signed), repeats)
    assert getattr(result, "valid", False)
    pages = getattr(built, "pages", 0)
    print(f"rows={rows} repeats={repeats} pages={pages} size={len(signed) / 1024:.0f} KiB")
    print(f"ours: build {t_build:.3f} s, build+sign {t_ours:.3f} s (median)")
    print(f"bare: ReportLab table {t_bare_table:.3f} s, table+pyHanko sign {t_bare:.3f} s")
    print(f"ratio build+sign / bare: {t_ours / t_bare:.2f}x")
    print(f"verify: {t_verify:.3f} s (median)")


if __name__ == "__main__":
    main()
