"""The report as a PDF (ReportLab): letterhead, case facts, result tables, signature space.

Every page carries the case reference and "pagina x van y"; the bundled DejaVu fonts are
embedded (subset). The signature's place on the last page is measured while drawing, so the
signer puts the visible signature exactly there.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lawfulreq.paths import resources_dir
from lawfulreq.reports.model import ReportInput, ReportKind, TargetResult
from lawfulreq.reports.notation import day, dutch_number, moment
from lawfulreq.reports.texts import category, service, text

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MARGIN = 20 * mm
SIGNATURE_HEIGHT = 28 * mm

_fonts_registered = False


def register_fonts() -> None:
    """The bundled DejaVu fonts, registered once; ReportLab embeds the glyphs used."""
    global _fonts_registered  # noqa: PLW0603 - a process-wide registration, done once
    if _fonts_registered:
        return
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    _fonts_registered = True


@dataclass(frozen=True)
class BuiltReport:
    pdf: bytes
    pages: int
    signature_page: int  # 0-based
    signature_box: tuple[int, int, int, int]


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9),
        "org": ParagraphStyle("org", parent=base, fontName=FONT_BOLD, fontSize=13, leading=16),
        "orgline": ParagraphStyle("orgline", parent=base, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=8
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=10,
            spaceAfter=3,
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=6,
            spaceAfter=2,
        ),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT, fontSize=8.5),
    }  # fmt: skip


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _SignatureSpace(Flowable):  # type: ignore[misc]
    """Blank room for the visible signature; remembers where it was drawn."""

    def __init__(self, width: float, height: float, sink: dict[str, Any]) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self._sink = sink

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self._sink["page"] = self.canv.getPageNumber() - 1
        self._sink["box"] = (int(x), int(y), int(x + self.width), int(y + self.height))


def _canvas_class(case_ref: str, lang: str) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Draws "pagina x van y" once the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            width, _height = A4
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#444444"))
            number = text("page", lang, page=str(self._pageNumber), pages=str(total))
            self.drawString(MARGIN, 12 * mm, f"{text('our_ref', lang)}: {case_ref}")
            self.drawRightString(width - MARGIN, 12 * mm, number)
            self.setStrokeColor(colors.HexColor("#999999"))
            self.line(MARGIN, 15 * mm, width - MARGIN, 15 * mm)

    return NumberedCanvas


def _facts_table(data: ReportInput, s: dict[str, ParagraphStyle]) -> Table:
    lang = data.lang
    period = ""
    if data.period_from or data.period_to:
        period = f"{moment(data.period_from, lang)} – {moment(data.period_to, lang)}"
    rows = [
        (text("our_ref", lang), data.case_ref),
        (text("your_ref", lang), data.authority_reference or "–"),
        (text("parket", lang), data.parket_number or "–"),
        (text("requester", lang), f"{data.requester} ({data.authority})"),
        (text("basis", lang), f"{data.basis_label} – {data.basis_title}"),
        (text("received", lang), moment(data.received_at, lang)),
        (text("period", lang), period or "–"),
        (text("targets", lang), ", ".join(_target_label(t) for t in data.targets) or "–"),
    ]
    table = Table(
        [[Paragraph(_esc(k), s["small"]), Paragraph(_esc(v), s["small"])] for k, v in rows],
        colWidths=[42 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _target_label(target: str) -> str:
    """A phone number target in Dutch notation; anything else as given."""
    digits = target.replace("-", "").replace(" ", "")
    if digits.startswith("+31") or (
        digits.startswith("0") and digits.isdigit() and len(digits) == 10
    ):
        return dutch_number(digits)
    return target


_GRID = [
    ("FONT", (0, 0), (-1, -1), FONT, 7.5),
    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#8899AA")),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#DDDDDD")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
]


def _result_tables(result: TargetResult, lang: str, s: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [Paragraph(_esc(_target_label(result.target)), s["h3"])]
    if result.subscribers:
        out.append(Paragraph(_esc(text("subscriber_data", lang)), s["small"]))
        header = [
            text(k, lang)
            for k in ("col.customer", "col.name", "col.address", "col.number", "col.service")
        ] + [text("col.from", lang), text("col.to", lang)]
        rows: list[list[Any]] = [header]
        for r in result.subscribers:
            number = dutch_number(r.number)
            if r.secret_number:
                number += f" ({text('secret_number', lang)})"
            rows.append(
                [
                    r.customer_id,
                    Paragraph(_esc(r.name), s["cell"]),
                    Paragraph(_esc(r.address), s["cell"]),
                    Paragraph(_esc(number), s["cell"]),
                    service(r.service_type, lang),
                    day(r.valid_from, lang),
                    day(r.valid_to, lang) or text("open_ended", lang),
                ]
            )
        table = LongTable(
            rows,
            colWidths=[15 * mm, 28 * mm, 40 * mm, 24 * mm, 17 * mm, 23 * mm, 23 * mm],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(TableStyle(_GRID))
        out.append(table)
    if result.usage:
        out.append(Spacer(1, 3))
        out.append(Paragraph(_esc(text("traffic_data", lang)), s["small"]))
        header = [
            text(k, lang)
            for k in (
                "col.start",
                "col.duration",
                "col.a",
                "col.b",
                "col.direction",
                "col.service",
                "col.cell",
            )
        ]
        usage_rows: list[list[Any]] = [header]
        usage_rows.extend(
            [
                moment(u.start_time, lang),
                str(u.duration_s),
                dutch_number(u.a_number),
                dutch_number(u.b_number),
                u.direction,
                service(u.service_type, lang),
                u.cell_id,
            ]
            for u in result.usage
        )
        table = LongTable(
            usage_rows,
            colWidths=[28 * mm, 17 * mm, 27 * mm, 27 * mm, 16 * mm, 18 * mm, 37 * mm],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(TableStyle(_GRID))
        out.append(table)
    if not result.subscribers and not result.usage:
        out.append(Paragraph(_esc(text("no_match", lang)), s["small"]))
    return out


def _secrecy(data: ReportInput) -> str:
    if data.basis_law.lower().startswith("wiv"):
        article = data.basis_label.removesuffix(f" {data.basis_law}")
        return text("secrecy.wiv", data.lang, article=article)
    if data.secrecy_applies:
        return text("secrecy.sv", data.lang)
    return text("secrecy.none", data.lang)


def build_report(data: ReportInput) -> BuiltReport:  # noqa: PLR0915 - one page layout, top to bottom
    """Draw the report; the attachments are listed (name, size, SHA-256), not yet embedded."""
    register_fonts()
    lang = data.lang
    s = _styles()
    buffer = io.BytesIO()
    width, height = A4
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=20 * mm,
        title=f"{text(f'title.{data.kind.value}', lang)} {data.case_ref}",
        author=data.letterhead.name,
        subject=data.case_ref,
        creator="LawfulReq",
        invariant=1,
    )
    frame = Frame(MARGIN, 20 * mm, width - 2 * MARGIN, height - MARGIN - 20 * mm, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    lh = data.letterhead
    story: list[Any] = [Paragraph(_esc(lh.name), s["org"])]
    lines = [
        ", ".join(p for p in (lh.street, f"{lh.postcode} {lh.town}".strip()) if p),
        " · ".join(p for p in (dutch_number(lh.phone) if lh.phone else "", lh.email) if p),
        f"{text('kvk', lang)} {lh.kvk}" if lh.kvk else "",
        f"{text('fg_contact', lang)}: {lh.fg_name}" if lh.fg_name else "",
        lh.note,
    ]
    story += [Paragraph(_esc(line), s["orgline"]) for line in lines if line]
    story.append(Spacer(1, 8))
    story.append(
        Paragraph(
            _esc(f"{text('to', lang)}: {data.authority}, {text('attn', lang)} {data.requester}"),
            s["base"],
        )
    )
    story.append(
        Paragraph(_esc(f"{text('date', lang)}: {moment(data.created_at, lang)}"), s["base"])
    )
    story.append(Paragraph(_esc(text(f"title.{data.kind.value}", lang)), s["title"]))
    story.append(Spacer(1, 4))
    story.append(_facts_table(data, s))
    story.append(Spacer(1, 6))
    story.append(Paragraph(_esc(text(f"intro.{data.kind.value}", lang)), s["base"]))

    if data.kind is ReportKind.DISCLOSURE:
        story.append(Paragraph(_esc(text("requested_vs", lang)), s["h2"]))
        rows = [[text("category", lang), text("requested", lang), text("delivered", lang)]]
        shown = list(dict.fromkeys(data.requested_categories + data.delivered_categories))
        for code in shown:
            rows.append(
                [
                    category(code, lang),
                    text("yes" if code in data.requested_categories else "no", lang),
                    text("yes" if code in data.delivered_categories else "no", lang),
                ]
            )
        table = Table(rows, colWidths=[60 * mm, 30 * mm, 30 * mm], hAlign="LEFT")
        table.setStyle(TableStyle(_GRID))
        story.append(table)
        story.append(Paragraph(_esc(text("results", lang)), s["h2"]))
        for result in data.results:
            story += _result_tables(result, lang, s)

    if data.kind is ReportKind.REFUSAL:
        story.append(Paragraph(_esc(text("grounds", lang)), s["h2"]))
        rows = [[text("col.ground", lang), text("col.article", lang)]]
        for ground in data.refusal_grounds:
            rows.append([Paragraph(_esc(ground.text), s["cell"]), ground.article])
        table = Table(rows, colWidths=[130 * mm, None], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(_GRID))
        story.append(table)

    if data.not_available:
        story.append(Paragraph(_esc(text("not_available", lang)), s["h2"]))
        for na in data.not_available:
            period = f"{moment(na.period_from, lang)} – {moment(na.period_to, lang)}"
            story.append(
                Paragraph(
                    _esc(
                        text(
                            "not_available_line",
                            lang,
                            target=_target_label(na.target),
                            category=category(na.category, lang),
                            period=period,
                            reason=na.reason,
                        )
                    ),
                    s["small"],
                )
            )

    story.append(Paragraph(_esc(text("secrecy", lang)), s["h2"]))
    story.append(Paragraph(_esc(_secrecy(data)), s["base"]))

    if data.attachments:
        story.append(Paragraph(_esc(text("attachments", lang)), s["h2"]))
        story.append(Paragraph(_esc(text("attachments.intro", lang)), s["small"]))
        rows = [[text("col.file", lang), text("col.size", lang), "SHA-256"]]
        rows += [[a.name, str(len(a.data)), a.sha256] for a in data.attachments]
        table = Table(rows, colWidths=[35 * mm, 24 * mm, None], hAlign="LEFT")
        style = [*_GRID, ("FONT", (2, 1), (2, -1), FONT, 6.5)]
        table.setStyle(TableStyle(style))
        story.append(table)

    sink: dict[str, Any] = {}
    closing: list[Any] = [Paragraph(_esc(text("signatures", lang)), s["h2"])]
    if data.prepared_by:
        closing.append(
            Paragraph(
                _esc(
                    f"{text('prepared_by', lang)}: {data.prepared_by} "
                    f"{text('on', lang)} {moment(data.prepared_at, lang)}"
                ),
                s["base"],
            )
        )
    if data.approved_by:
        closing.append(
            Paragraph(
                _esc(
                    f"{text('approved_by', lang)}: {data.approved_by} "
                    f"{text('on', lang)} {moment(data.approved_at, lang)}"
                ),
                s["base"],
            )
        )
    closing.append(Paragraph(_esc(f"{text('signed_by', lang)}: {data.signer}"), s["base"]))
    closing.append(Spacer(1, 4))
    closing.append(_SignatureSpace(85 * mm, SIGNATURE_HEIGHT, sink))
    closing.append(Paragraph(_esc(text("sig_box", lang)), s["small"]))
    story.append(KeepTogether(closing))
    doc.build(story, canvasmaker=_canvas_class(data.case_ref, lang))
    pdf = buffer.getvalue()
    pages = count_pages(pdf)
    box = sink.get("box", (int(MARGIN), 40, int(MARGIN + 85 * mm), int(40 + SIGNATURE_HEIGHT)))
    return BuiltReport(pdf, pages, int(sink.get("page", pages - 1)), box)


def count_pages(pdf: bytes) -> int:
    """Page objects in the file (ReportLab writes each page once; no compressed object streams)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
