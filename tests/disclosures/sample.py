"""A report's input without a database: for the benchmark and the builder's own tests."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from lawfulreq.reports.model import (
    Attachment,
    Letterhead,
    NotAvailableStatement,
    ReportInput,
    ReportKind,
    SubscriberRow,
    TargetResult,
    UsageRowData,
)
from tests.conftest import NOW


def sample_input(rows: int = 1000, lang: str = "nl") -> ReportInput:
    usage = tuple(
        UsageRowData(
            NOW - timedelta(minutes=17 * i),
            30 + i % 600,
            "+31612345678",
            f"+3161{i:07d}",
            "out" if i % 2 else "in",
            "voice",
            f"NL-{i % 97}",
        )
        for i in range(rows)
    )
    csv_rows = "\n".join(
        f"{u.start_time.isoformat()};{u.duration_s};{u.a_number};{u.b_number}" for u in usage
    ).encode("utf-8")
    attachments = (
        Attachment(
            "verkeersgegevens.csv", "text/csv", csv_rows, "traffic data",
            hashlib.sha256(csv_rows).hexdigest(),
        ),
    )  # fmt: skip
    return ReportInput(
        kind=ReportKind.DISCLOSURE,
        lang=lang,
        letterhead=Letterhead(
            "Telco Nederland B.V.",
            "Stationsplein 1",
            "3511 ED",
            "Utrecht",
            "+31 30 123 4567",
            "fg@telco.example",
            "12345678",
            "mr. F. Gee",
        ),
        case_ref="LR-2026-0042",
        authority="Politie Eenheid Midden-Nederland",
        authority_reference="PL0900-2026123456",
        parket_number="16/123456-26",
        requester="J. de Vries",
        basis_label="Sv 126n",
        basis_title="Vordering verkeersgegevens",
        basis_law="Sv",
        basis_code="sv-126n",
        secrecy_applies=True,
        received_at=NOW,
        requested_categories=("subscriber", "traffic"),
        delivered_categories=("subscriber", "traffic"),
        period_from=NOW - timedelta(days=60),
        period_to=NOW,
        targets=("+31612345678",),
        results=(
            TargetResult(
                "+31612345678",
                (
                    SubscriberRow(
                        "C1001",
                        "Ömer Çelik",
                        "Kerkweg 5a, 2345 BC Zwolle",
                        "+31612345678",
                        "mobile",
                        NOW - timedelta(days=400),
                        None,
                    ),
                ),
                usage,
            ),
        ),
        not_available=(
            NotAvailableStatement(
                "+31612345678",
                "traffic",
                NOW - timedelta(days=120),
                NOW - timedelta(days=92),
                "verkeersgegevens worden 3 maanden bewaard",
            ),
        ),
        prepared_by="Otto Officier",
        prepared_at=NOW,
        approved_by="Frida Gee",
        approved_at=NOW,
        signer="Frida Gee",
        created_at=NOW,
        attachments=attachments,
    )
