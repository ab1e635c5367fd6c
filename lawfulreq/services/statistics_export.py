"""The publishable statistics as a CSV file (formula-safe) or a PDF report (ReportLab), nl/en."""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from lawfulreq.clock import AMSTERDAM
from lawfulreq.paths import resources_dir

if TYPE_CHECKING:
    from lawfulreq.services.statistics import Statistics

Lang = str

# Dutch first: the report's default language.
TEXTS: dict[str, dict[Lang, str]] = {
    "title": {"nl": "Transparantiecijfers", "en": "Transparency statistics"},
    "subtitle": {
        "nl": "Vorderingen en verzoeken van overheidsinstanties om gegevens",
        "en": "Demands and requests for data from public authorities",
    },
    "period": {"nl": "Periode", "en": "Period"},
    "unit": {"nl": "Telleenheid", "en": "Counting unit"},
    "unit.demand": {"nl": "per vordering", "en": "per demand"},
    "unit.identifier": {"nl": "per identificatiegegeven", "en": "per identifier"},
    "total": {"nl": "Totaal", "en": "Total"},
    "emergency": {"nl": "Waarvan spoedverzoeken", "en": "Of which emergencies"},
    "preservation": {
        "nl": "Bevelen tot bewaren (apart geteld)",
        "en": "Preservation orders (counted apart)",
    },
    "summary": {"nl": "Samenvatting", "en": "Summary"},
    "by_basis": {"nl": "Naar wettelijke grondslag", "en": "By legal basis"},
    "by_category": {"nl": "Naar soort gegevens", "en": "By data category"},
    "by_authority_type": {"nl": "Naar soort instantie", "en": "By type of authority"},
    "by_outcome": {"nl": "Naar afhandeling", "en": "By outcome"},
    "count": {"nl": "Aantal", "en": "Count"},
    "item": {"nl": "Onderdeel", "en": "Item"},
    "notes": {"nl": "Toelichting", "en": "Notes"},
    "generated": {"nl": "Opgesteld op", "en": "Produced on"},
    "page": {"nl": "Pagina", "en": "Page"},
    "note.unit.demand": {
        "nl": "Elke vordering telt één keer, hoeveel identificatiegegevens (nummers, IMSI's, "
        "IP-adressen) zij ook noemt.",
        "en": "Each demand counts once, however many identifiers (numbers, IMSIs, IP "
        "addresses) it names.",
    },
    "note.unit.identifier": {
        "nl": "Elk identificatiegegeven telt één keer per vordering: een vordering voor drie "
        "nummers telt drie. Zo telt ook de overheid tapbevelen.",
        "en": "Each identifier counts once per demand: a demand for three numbers counts "
        "three. This is how the government counts interception orders.",
    },
    "note.period": {
        "nl": "Een vordering hoort bij de periode waarin zij is ontvangen (Nederlandse tijd).",
        "en": "A demand belongs to the period in which it was received (Dutch time).",
    },
    "note.category": {
        "nl": "Een vordering die meer soorten gegevens vraagt, telt één keer, bij de meest "
        "ingrijpende soort (aftappen, inhoud, bijzondere gegevens, locatie, verkeer, "
        "opgeslagen gegevens, gespreksopnamen, gebruikersgegevens). Zo telt elk overzicht op "
        "tot het totaal.",
        "en": "A demand asking for several data categories counts once, under the most "
        "intrusive one (interception, content, special categories, location, traffic, stored "
        "data, recordings, subscriber data). So every table adds up to the total.",
    },
    "note.preservation": {
        "nl": "Bevelen tot bewaren (art. 126ni Sv, Europees bewaringsbevel) vragen gegevens te "
        "bewaren, niet te verstrekken; zij zijn apart geteld en vallen buiten het totaal.",
        "en": "Preservation orders (art. 126ni Sv, European Preservation Order) ask to keep "
        "data, not to hand it over; they are counted apart and are not in the total.",
    },
    "note.emergency": {
        "nl": "Spoedverzoeken zijn in het totaal en in elk overzicht meegeteld.",
        "en": "Emergencies are included in the total and in every table.",
    },
    "note.small": {
        "nl": 'Aantallen van 1 tot en met {below} staan er als "< {n}", zodat geen enkele '
        "zaak herkenbaar is; daardoor tellen de getoonde cijfers niet altijd exact op.",
        "en": 'Counts from 1 to {below} are shown as "< {n}", so that no single case can '
        "be recognised; the figures shown may therefore not add up exactly.",
    },
    "note.excluded": {
        "nl": "Vorderingen van de inlichtingen- en veiligheidsdiensten (Wiv 2017) zijn niet "
        "openbaar en zijn in dit overzicht niet meegeteld.",
        "en": "Demands from the intelligence and security services (Wiv 2017) are not "
        "publishable and are not counted in this report.",
    },
    "note.included": {
        "nl": "LET OP: dit overzicht telt ook vorderingen op grondslagen die niet openbaar "
        "zijn ({codes}). Niet publiceren zonder toestemming van de diensten.",
        "en": "NOTE: this report also counts demands under bases that are not publishable "
        "({codes}). Do not publish without the services' consent.",
    },
    "not_publishable": {"nl": "niet openbaar", "en": "not publishable"},
}

CATEGORY: dict[str, dict[Lang, str]] = {
    "interception": {"nl": "Aftappen", "en": "Interception"},
    "content": {"nl": "Inhoud", "en": "Content"},
    "sensitive": {"nl": "Bijzondere persoonsgegevens", "en": "Special categories"},
    "location": {"nl": "Locatiegegevens", "en": "Location data"},
    "traffic": {"nl": "Verkeersgegevens", "en": "Traffic data"},
    "stored": {"nl": "Opgeslagen gegevens", "en": "Stored data"},
    "recordings": {"nl": "Gespreksopnamen klantenservice", "en": "Customer-service recordings"},
    "subscriber": {"nl": "Gebruikersgegevens", "en": "Subscriber data"},
    "preservation": {"nl": "Bewaren", "en": "Preservation"},
    "other": {"nl": "Overig", "en": "Other"},
}
AUTHORITY: dict[str, dict[Lang, str]] = {
    "police": {"nl": "Politie", "en": "Police"},
    "prosecutor": {"nl": "Openbaar Ministerie", "en": "Public Prosecution Service"},
    "intelligence": {"nl": "Inlichtingen- en veiligheidsdiensten", "en": "Intelligence services"},
    "tax": {"nl": "Belastingdienst", "en": "Tax authority"},
    "supervisor": {"nl": "Toezichthouders", "en": "Supervisors"},
    "emergency": {"nl": "Meldkamer en hulpdiensten", "en": "Emergency services"},
    "foreign": {"nl": "Buitenlandse instanties", "en": "Foreign authorities"},
}
OUTCOME: dict[str, dict[Lang, str]] = {
    "delivered_fully": {"nl": "Volledig verstrekt", "en": "Delivered in full"},
    "delivered_partly": {"nl": "Gedeeltelijk verstrekt", "en": "Delivered in part"},
    "not_available": {"nl": "Niet (meer) beschikbaar", "en": "Not (or no longer) available"},
    "refused": {"nl": "Geweigerd", "en": "Refused"},
    "withdrawn": {"nl": "Ingetrokken", "en": "Withdrawn"},
    "open": {"nl": "Nog in behandeling", "en": "Still being handled"},
}


def text(key: str, lang: Lang) -> str:
    return TEXTS[key][lang]


def period_text(stats: Statistics, lang: Lang) -> str:
    """`tweede halfjaar 2026`, `2026`, or the two days of a range."""
    label, year = stats.period.label, stats.period.start.year
    if label.endswith(("H1", "H2")):
        first = label.endswith("H1")
        if lang == "nl":
            return f"{'eerste' if first else 'tweede'} halfjaar {year}"
        return f"{'first' if first else 'second'} half of {year}"
    if ".." not in label:
        return label
    return f"{stats.period.start.isoformat()} – {stats.period.end.isoformat()}"


def publishable_counts(name: str, counts: Mapping[str, int], stats: Statistics) -> dict[str, int]:
    """A breakdown as the export shows it: with intelligence services left out, their authority
    row goes too (a 0 there would state something the export does not count)."""
    shown_counts = dict(counts)
    hidden = name == "by_authority_type" and not stats.includes_not_publishable
    if hidden and shown_counts.get("intelligence") == 0:
        del shown_counts["intelligence"]
    return shown_counts


def item_label(breakdown: str, code: str, stats: Statistics, lang: Lang) -> str:
    """A breakdown's row in words; the code only when nothing better is known."""
    if breakdown == "by_basis":
        name = stats.basis_names.get(code)
        return name.label(lang) if name else code
    table = {"by_category": CATEGORY, "by_authority_type": AUTHORITY, "by_outcome": OUTCOME}
    return table[breakdown].get(code, {}).get(lang, code)


def shown(count: int, threshold: int) -> str:
    """A count as the publishable export shows it: below the threshold (not 0) as "< N"."""
    if threshold > 0 and 0 < count < threshold:
        return f"< {threshold}"
    return str(count)


def export_rows(stats: Statistics, threshold: int, lang: Lang) -> list[tuple[str, str, str, str]]:
    """(section, code, label, shown count): the same rows the CSV holds and the PDF prints."""
    unit = text(f"unit.{stats.unit.value}", lang)
    rows: list[tuple[str, str, str, str]] = [
        ("meta", "period", text("period", lang), stats.period.label),
        ("meta", "period_from", text("period", lang), stats.period.start.isoformat()),
        ("meta", "period_to", text("period", lang), stats.period.end.isoformat()),
        ("meta", "unit", text("unit", lang), f"{stats.unit.value} ({unit})"),
        ("summary", "total", text("total", lang), shown(stats.total, threshold)),
        ("summary", "emergency", text("emergency", lang), shown(stats.emergency, threshold)),
        (
            "summary",
            "preservation",
            text("preservation", lang),
            shown(stats.preservation, threshold),
        ),
    ]
    for name, counts in stats.breakdowns():
        for code, count in publishable_counts(name, counts, stats).items():
            label = item_label(name, code, stats, lang)
            if code in stats.not_publishable:
                label += f" ({text('not_publishable', lang)})"
            rows.append((name, code, label, shown(count, threshold)))
    return rows


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: str) -> str:
    """A spreadsheet never runs a cell as a formula: such cells get a leading apostrophe."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _write_private(path: str, data: bytes) -> str:
    """Write owner-only (0600), also when the file existed; the SHA-256 of what was written."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as out:
            fd = -1
            out.write(data)
    finally:
        if fd >= 0:
            os.close(fd)
    return hashlib.sha256(data).hexdigest()


def write_csv(stats: Statistics, path: str, threshold: int, lang: Lang) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["section", "code", "label", "count"])
    for row in export_rows(stats, threshold, lang):
        writer.writerow([formula_safe(cell) for cell in row])
    return _write_private(path, buffer.getvalue().encode("utf-8"))


# --------------------------------------------------------------------------- PDF


# ReportLab takes 0.2 s to import; only the PDF needs it, so it is imported there, not at start-up.


@cache
def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415

    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold")


def notes(stats: Statistics, threshold: int, lang: Lang) -> list[str]:
    lines = [
        text(f"note.unit.{stats.unit.value}", lang),
        text("note.period", lang),
        text("note.category", lang),
        text("note.preservation", lang),
        text("note.emergency", lang),
    ]
    if threshold > 1:
        lines.append(text("note.small", lang).format(below=threshold - 1, n=threshold))
    if stats.includes_not_publishable and stats.not_publishable:
        labels = ", ".join(item_label("by_basis", c, stats, lang) for c in stats.not_publishable)
        lines.append(text("note.included", lang).format(codes=labels))
    elif not stats.includes_not_publishable:
        lines.append(text("note.excluded", lang))
    return lines


def write_pdf(
    stats: Statistics, path: str, threshold: int, lang: Lang, now: datetime
) -> tuple[str, int]:
    """The report: period, unit, a table per breakdown, the notes; (SHA-256, pages)."""
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.lib.pagesizes import A4  # noqa: PLC0415
    from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415
    from reportlab.lib.units import mm  # noqa: PLC0415
    from reportlab.platypus import (  # noqa: PLC0415
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _register_fonts()
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5)
    title = ParagraphStyle(
        "title", parent=body, fontName="DejaVuSans-Bold", fontSize=17, leading=22
    )
    heading = ParagraphStyle(
        "heading", parent=body, fontName="DejaVuSans-Bold", fontSize=11.5, leading=15,
        spaceBefore=8, spaceAfter=4,
    )  # fmt: skip
    pages = {"count": 0}

    def footer(canvas: object, doc: object) -> None:
        pages["count"] += 1
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("DejaVuSans", 8)  # type: ignore[attr-defined]
        canvas.drawString(  # type: ignore[attr-defined]
            20 * mm, 12 * mm, f"{text('title', lang)} · {period_text(stats, lang)}"
        )
        canvas.drawRightString(  # type: ignore[attr-defined]
            190 * mm, 12 * mm, f"{text('page', lang)} {pages['count']}"
        )
        canvas.restoreState()  # type: ignore[attr-defined]

    def table(rows: list[tuple[str, str]], first: str) -> Table:
        data = [[first, text("count", lang)], *[[Paragraph(a, body), b] for a, b in rows]]
        widths = [130 * mm, 40 * mm]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, 0), "DejaVuSans-Bold"),
                    ("FONTNAME", (0, 1), (-1, -1), "DejaVuSans"),
                    ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f3a5f")),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8cdd3")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return t

    generated = now.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")
    unit = text(f"unit.{stats.unit.value}", lang)
    story: list[object] = [
        Paragraph(text("title", lang), title),
        Paragraph(text("subtitle", lang), body),
        Spacer(1, 4 * mm),
        Paragraph(
            f"<b>{text('period', lang)}:</b> {period_text(stats, lang)} "
            f"({stats.period.start.isoformat()} – {stats.period.end.isoformat()})<br/>"
            f"<b>{text('unit', lang)}:</b> {unit}<br/>"
            f"<b>{text('generated', lang)}:</b> {generated}",
            body,
        ),
        Spacer(1, 2 * mm),
        Paragraph(text("summary", lang), heading),
        table(
            [
                (text("total", lang), shown(stats.total, threshold)),
                (text("emergency", lang), shown(stats.emergency, threshold)),
                (text("preservation", lang), shown(stats.preservation, threshold)),
            ],
            text("item", lang),
        ),
    ]
    for name, counts in stats.breakdowns():
        rows = []
        for code, count in publishable_counts(name, counts, stats).items():
            label = item_label(name, code, stats, lang)
            if code in stats.not_publishable:
                label += f" <i>({text('not_publishable', lang)})</i>"
            rows.append((label, shown(count, threshold)))
        rows.append((f"<b>{text('total', lang)}</b>", shown(stats.total, threshold)))
        story.append(
            KeepTogether([Paragraph(text(name, lang), heading), table(rows, text("item", lang))])
        )
    story.append(Paragraph(text("notes", lang), heading))
    for line in notes(stats, threshold, lang):
        story.append(Paragraph(f"• {line}", small))
        story.append(Spacer(1, 1.2 * mm))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=f"{text('title', lang)} {stats.period.label}",
        author="LawfulReq",
        lang=lang,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return _write_private(path, buffer.getvalue()), pages["count"]
