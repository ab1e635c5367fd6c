"""The access answer (AVG art. 15) as a PDF: the person's own data and the recipients shown.

What a flag keeps secret never reaches this module: the caller passes only what may be said.
The document is built so that nothing in it depends on what was left out, and nothing on
when it was made: ReportLab's invariant mode (fixed creation date and document id seed),
fixed metadata, no attachments, and list numbering over the shown recipients only.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from lawfulreq.clock import AMSTERDAM, as_utc
from lawfulreq.paths import resources_dir

Lang = Literal["nl", "en"]
FONT = "LawfulreqDejaVuSans"
FONT_BOLD = "LawfulreqDejaVuSans-Bold"


@dataclass(frozen=True)
class Row:
    label: str
    value: str


@dataclass(frozen=True)
class ServiceLine:
    kind: str
    identifier: str
    service: str
    valid_from: datetime | None
    valid_to: datetime | None


@dataclass(frozen=True)
class UsageCategory:
    key: str  # call_records, cell_location, handset, ip_sessions
    retention_months: int


@dataclass(frozen=True)
class Recipient:
    authority: str
    authority_type: str
    delivered_on: date
    basis: str
    categories: tuple[str, ...]


@dataclass(frozen=True)
class AnswerContent:
    ref: str
    answered_on: date
    received_on: date
    requester: str
    customer_ref: str
    contact: tuple[Row, ...]
    services: tuple[ServiceLine, ...]
    usage: tuple[UsageCategory, ...]
    recipients: tuple[Recipient, ...]
    organisation: str


TEXT: dict[str, dict[Lang, str]] = {
    "title": {"nl": "Antwoord op uw verzoek om inzage", "en": "Answer to your access request"},
    "intro": {
        "nl": "U heeft ons op {received} gevraagd welke persoonsgegevens wij van u verwerken "
        "en aan wie wij die hebben verstrekt (artikel 15 Algemene verordening "
        "gegevensbescherming, AVG). Hieronder vindt u ons antwoord.",
        "en": "On {received} you asked us which personal data we process about you and to "
        "whom we have disclosed them (Article 15 General Data Protection Regulation, GDPR). "
        "Our answer follows.",
    },
    "reference": {"nl": "Ons kenmerk", "en": "Our reference"},
    "date": {"nl": "Datum", "en": "Date"},
    "to": {"nl": "Aan", "en": "To"},
    "customer": {"nl": "Klantnummer", "en": "Customer number"},
    "h_contact": {"nl": "1. Uw contactgegevens", "en": "1. Your contact data"},
    "h_services": {"nl": "2. Uw diensten en nummers", "en": "2. Your services and numbers"},
    "h_usage": {
        "nl": "3. Gebruiksgegevens en hoe lang wij die bewaren",
        "en": "3. Usage data and how long we keep them",
    },
    "usage_intro": {
        "nl": "Wij bewaren geen inhoud van uw communicatie. Van uw gebruik bewaren wij de "
        "volgende soorten gegevens, elk zo lang als hieronder staat; daarna worden zij "
        "verwijderd.",
        "en": "We do not store the content of your communications. Of your usage we keep "
        "the following kinds of data, each for the period shown; after that they are deleted.",
    },
    "h_recipients": {
        "nl": "4. Aan wie wij uw gegevens hebben verstrekt",
        "en": "4. To whom we have disclosed your data",
    },
    "recipients_intro": {
        "nl": "Op grond van een wettelijke verplichting hebben wij gegevens over u verstrekt aan:",
        "en": "Under a legal obligation we have disclosed data about you to:",
    },
    "no_recipients": {
        "nl": "Wij hebben uw gegevens niet aan een overheidsinstantie verstrekt.",
        "en": "We have not disclosed your data to a public authority.",
    },
    "h_routine": {"nl": "5. Vaste verstrekking", "en": "5. Routine disclosure"},
    "routine": {
        "nl": "Zoals de wet voorschrijft (artikel 13.4 Telecommunicatiewet) leveren wij "
        "dagelijks naam, adres, postcode, woonplaats, nummer en soort dienst van al onze "
        "abonnees aan het Centraal Informatiepunt Onderzoek Telecommunicatie (CIOT). "
        "Het CIOT kan deze gegevens zelf niet inzien; bevoegde opsporings- en "
        "inlichtingendiensten kunnen ze daar opvragen.",
        "en": "As the law requires (Article 13.4 Telecommunications Act) we deliver the "
        "name, address, postcode, town, number and type of service of all our subscribers "
        "daily to the Central Information Point for Telecommunications Investigation (CIOT). "
        "CIOT itself cannot see these data; authorised investigation and intelligence "
        "services may query them there.",
    },
    "h_rights": {"nl": "6. Uw rechten", "en": "6. Your rights"},
    "rights": {
        "nl": "U kunt ons vragen onjuiste gegevens te verbeteren of gegevens te wissen "
        "(artikelen 16 en 17 AVG). Bent u het niet eens met dit antwoord, dan kunt u een "
        "klacht indienen bij onze functionaris gegevensbescherming of bij de Autoriteit "
        "Persoonsgegevens.",
        "en": "You may ask us to correct inaccurate data or to erase data (Articles 16 and "
        "17 GDPR). If you disagree with this answer you may complain to our data "
        "protection officer or to the Dutch Data Protection Authority (Autoriteit "
        "Persoonsgegevens).",
    },
    "col_kind": {"nl": "Soort", "en": "Kind"},
    "col_identifier": {"nl": "Nummer of kenmerk", "en": "Number or identifier"},
    "col_service": {"nl": "Dienst", "en": "Service"},
    "col_period": {"nl": "Periode", "en": "Period"},
    "col_recipient": {"nl": "Ontvanger", "en": "Recipient"},
    "col_on": {"nl": "Datum", "en": "Date"},
    "col_basis": {"nl": "Wettelijke grondslag", "en": "Legal basis"},
    "col_data": {"nl": "Gegevens", "en": "Data"},
    "col_category": {"nl": "Soort gegevens", "en": "Kind of data"},
    "col_retention": {"nl": "Bewaartermijn", "en": "Retention"},
    "months": {"nl": "{n} maanden", "en": "{n} months"},
    "since": {"nl": "sinds {d}", "en": "since {d}"},
    "no_services": {"nl": "Geen diensten geregistreerd.", "en": "No services on record."},
    "sign": {
        "nl": "Met vriendelijke groet,<br/>de functionaris gegevensbescherming van {org}",
        "en": "Kind regards,<br/>the data protection officer of {org}",
    },
}

WORDS: dict[str, dict[Lang, str]] = {
    "number": {"nl": "Nummer", "en": "Number"},
    "sim": {"nl": "Simkaart", "en": "SIM card"},
    "ip": {"nl": "IP-adres", "en": "IP address"},
    "mobile": {"nl": "mobiel", "en": "mobile"},
    "fixed": {"nl": "vast", "en": "fixed"},
    "internet": {"nl": "internet", "en": "internet"},
    "voip": {"nl": "internettelefonie", "en": "VoIP"},
    "cloud_pbx": {"nl": "telefooncentrale in de cloud", "en": "cloud PBX"},
    "subscriber": {"nl": "abonneegegevens", "en": "subscriber data"},
    "traffic": {"nl": "verkeersgegevens", "en": "traffic data"},
    "location": {"nl": "locatiegegevens", "en": "location data"},
    "stored": {"nl": "opgeslagen gegevens", "en": "stored data"},
    "content": {"nl": "inhoud", "en": "content"},
    "preservation": {"nl": "bewaarde gegevens", "en": "preserved data"},
    "interception": {"nl": "aftappen", "en": "interception"},
    "sensitive": {"nl": "bijzondere gegevens", "en": "special categories"},
    "call_records": {
        "nl": "Verkeersgegevens van gesprekken en berichten: uw nummer, het andere nummer, "
        "datum, tijd en duur (voor uw factuurspecificatie)",
        "en": "Traffic data of calls and messages: your number, the other number, date, time "
        "and duration (for your itemised bill)",
    },
    "cell_location": {
        "nl": "Locatiegegevens: de zendmast waarmee uw telefoon verbonden was",
        "en": "Location data: the cell your phone was connected to",
    },
    "handset": {
        "nl": "Toestel- en simkaartkenmerken bij uw gebruik (IMEI, IMSI)",
        "en": "Handset and SIM identifiers in your usage (IMEI, IMSI)",
    },
    "ip_sessions": {
        "nl": "Toewijzing van IP-adressen aan uw aansluiting",
        "en": "Assignment of IP addresses to your connection",
    },
}


def text(key: str, lang: Lang, **params: str) -> str:
    return TEXT[key][lang].format(**params)


def word(key: str, lang: Lang) -> str:
    found = WORDS.get(key)
    return found[lang] if found else key


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))


def _day(value: date | datetime | None, lang: Lang) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = as_utc(value).astimezone(AMSTERDAM).date()
    return value.strftime("%d-%m-%Y") if lang == "nl" else value.isoformat()


def _period(start: datetime | None, end: datetime | None, lang: Lang) -> str:
    if end is None:
        return text("since", lang, d=_day(start, lang))
    return f"{_day(start, lang)} – {_day(end, lang)}"


def render_access_answer(content: AnswerContent, lang: Lang = "nl") -> bytes:
    """The answer as PDF bytes; the same content gives the same bytes."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_LEFT)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19)
    heading = ParagraphStyle(
        "heading", parent=body, fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=8
    )

    def p(value: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(value, style)

    def cell(value: str) -> Paragraph:
        return Paragraph(escape(value), small)

    def table(rows: list[list[str]], widths: list[float], header: bool = True) -> Table:
        data = [[cell(v) for v in row] for row in rows]
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c2cc")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2")))
        t.setStyle(TableStyle(style))
        return t

    width = A4[0] - 40 * mm
    story: list[Flowable] = [
        p(escape(text("title", lang)), title),
        Spacer(1, 4 * mm),
        table(
            [
                [text("reference", lang), content.ref],
                [text("date", lang), _day(content.answered_on, lang)],
                [text("to", lang), content.requester],
                [text("customer", lang), content.customer_ref],
            ],
            [40 * mm, width - 40 * mm],
            header=False,
        ),
        Spacer(1, 4 * mm),
        p(escape(text("intro", lang, received=_day(content.received_on, lang)))),
        p(escape(text("h_contact", lang)), heading),
        table([[r.label, r.value] for r in content.contact], [45 * mm, width - 45 * mm], False),
        p(escape(text("h_services", lang)), heading),
    ]
    if content.services:
        story.append(
            table(
                [
                    [
                        text("col_kind", lang),
                        text("col_identifier", lang),
                        text("col_service", lang),
                        text("col_period", lang),
                    ]
                ]
                + [
                    [
                        word(s.kind, lang),
                        s.identifier,
                        word(s.service, lang),
                        _period(s.valid_from, s.valid_to, lang),
                    ]
                    for s in content.services
                ],
                [28 * mm, 55 * mm, 40 * mm, width - 123 * mm],
            )
        )
    else:
        story.append(p(escape(text("no_services", lang))))
    story += [
        p(escape(text("h_usage", lang)), heading),
        p(escape(text("usage_intro", lang))),
        Spacer(1, 2 * mm),
        table(
            [[text("col_category", lang), text("col_retention", lang)]]
            + [
                [word(u.key, lang), text("months", lang, n=str(u.retention_months))]
                for u in content.usage
            ],
            [width - 35 * mm, 35 * mm],
        ),
    ]
    recipients: list[Flowable] = [p(escape(text("h_recipients", lang)), heading)]
    if content.recipients:
        recipients += [
            p(escape(text("recipients_intro", lang))),
            Spacer(1, 2 * mm),
            table(
                [
                    [
                        "",
                        text("col_recipient", lang),
                        text("col_on", lang),
                        text("col_basis", lang),
                        text("col_data", lang),
                    ]
                ]
                # Numbered over the shown recipients only: no gap can hint at one left out.
                + [
                    [
                        f"{i}.",
                        r.authority,
                        _day(r.delivered_on, lang),
                        r.basis,
                        ", ".join(word(c, lang) for c in r.categories),
                    ]
                    for i, r in enumerate(content.recipients, start=1)
                ],
                [8 * mm, 55 * mm, 22 * mm, 30 * mm, width - 115 * mm],
            ),
        ]
    else:
        recipients.append(p(escape(text("no_recipients", lang))))
    story.append(KeepTogether(recipients))
    story += [
        p(escape(text("h_routine", lang)), heading),
        p(escape(text("routine", lang))),
        p(escape(text("h_rights", lang)), heading),
        p(escape(text("rights", lang))),
        Spacer(1, 6 * mm),
        p(text("sign", lang, org=escape(content.organisation))),
    ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        # Fixed metadata: nothing in the file depends on when or for what else it was made.
        title=text("title", lang),
        author=content.organisation,
        subject="",
        creator="LawfulReq",
        producer="LawfulReq",
        keywords="",
        invariant=1,
        pageCompression=1,
    )

    def footer(canvas: object, document: object) -> None:
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        c.setFont(FONT, 7.5)  # type: ignore[attr-defined]
        c.setFillColor(colors.HexColor("#5a6672"))  # type: ignore[attr-defined]
        c.drawString(  # type: ignore[attr-defined]
            20 * mm, 10 * mm, f"{content.organisation} · {content.ref}"
        )
        c.drawRightString(  # type: ignore[attr-defined]
            A4[0] - 20 * mm,
            10 * mm,
            str(c.getPageNumber()),  # type: ignore[attr-defined]
        )
        c.restoreState()  # type: ignore[attr-defined]

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
