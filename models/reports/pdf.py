"""Laying a Report out as a PDF in the Decree 30/2020/NĐ-CP format (Annex I).

A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times
New Roman or its metric twin Liberation Serif 2.x (models/fonts.py); the
two-column header (agencies left, national name and motto right, each with
its short rule), number and symbol, place and date in italics, the type and
subject, a justified body in 14 pt with a 1.27 cm first-line indent and 6 pt
between paragraphs, page numbers centred in the top margin from page 2 on,
and the signature block beside the recipients, kept on one page. Every page
carries the report's verification code; the last one a QR code, in its
bottom margin.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

from models.fonts import serif_fonts
from models.reports.chart_images import SIZE_INCHES, ChartImage, chart_image
from models.reports.content import (Chart, Heading, Paragraph as TextBlock, Report, Table as TableBlock,
                                    verification_code)
from models.reports.grid_table import CENTER, LEFT, PADDING as CELL_PADDING, RIGHT, Cell, GridTable
from models.text import nfc

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGINS = {"top": 20 * mm, "bottom": 20 * mm, "left": 30 * mm, "right": 15 * mm}
FRAME_WIDTH = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
INDENT = 1.27 * cm
FONT = "ReportSerif"
KEYWORDS_PREFIX = "tttt-report:"
# Streams stay binary (Flate only): ASCII85 on top makes files a quarter larger and, in
# pure Python without reportlab's C accelerator, cost more than drawing the charts.
rl_config.useA85 = 0


def register_fonts() -> str:
    """Register the serif family with reportlab once; returns its family name."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        fonts = serif_fonts()
        for name, path in ((FONT, fonts.regular), (f"{FONT}-Bold", fonts.bold),
                           (f"{FONT}-Italic", fonts.italic), (f"{FONT}-BoldItalic", fonts.bold_italic)):
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Italic",
                                      boldItalic=f"{FONT}-BoldItalic")
    return FONT


def _style(name: str, size: float, *, bold=False, italic=False, align=TA_JUSTIFY, indent=0.0,
           after=6.0, before=0.0, leading=None) -> ParagraphStyle:
    font = FONT + ("-BoldItalic" if bold and italic else "-Bold" if bold else "-Italic" if italic else "")
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25,
                          alignment=align, firstLineIndent=indent, spaceAfter=after, spaceBefore=before)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "superior": _style("superior", 13, align=TA_CENTER, after=0),
        "agency": _style("agency", 13, bold=True, align=TA_CENTER, after=0),
        "nation": _style("nation", 12, bold=True, align=TA_CENTER, after=0),
        "motto": _style("motto", 13, bold=True, align=TA_CENTER, after=0),
        "number": _style("number", 13, align=TA_CENTER, after=0),
        "date": _style("date", 14, italic=True, align=TA_CENTER, after=0),
        "type": _style("type", 14, bold=True, align=TA_CENTER, after=0, before=18),
        "subject": _style("subject", 14, bold=True, align=TA_CENTER, after=0),
        "body": _style("body", 14, indent=INDENT, leading=18),
        "heading1": _style("heading1", 14, bold=True, indent=INDENT, leading=18, before=6),
        "heading2": _style("heading2", 14, bold=True, indent=INDENT, leading=18),
        "heading3": _style("heading3", 14, bold=True, italic=False, indent=INDENT, leading=18),
        "recipients_title": _style("recipients_title", 12, bold=True, italic=True, align=TA_LEFT, after=0),
        "recipient": _style("recipient", 11, align=TA_LEFT, after=0, leading=13),
        "sign": _style("sign", 14, bold=True, align=TA_CENTER, after=0, leading=17),
        "appendix_title": _style("appendix_title", 14, bold=True, align=TA_CENTER, after=0),
        "appendix_note": _style("appendix_note", 13, italic=True, align=TA_CENTER, after=8),
        "table_title": _style("table_title", 13, bold=True, align=TA_LEFT, after=3, before=8),
        "party_note": _style("party_note", 12, italic=True, align=TA_CENTER, after=0),
        "note": _style("note", 12, italic=True, indent=INDENT, after=4, leading=15),
        "item": ParagraphStyle("item", parent=_style("item_base", 14, leading=18, after=3), leftIndent=INDENT),
        "bold": _style("bold", 14, bold=True, indent=INDENT, leading=18),
        "center_bold": _style("center_bold", 14, bold=True, align=TA_CENTER, leading=18, before=4),
        "draft_title": _style("draft_title", 13, bold=True, align=TA_LEFT, after=2, before=12),
        "draft_item": _style("draft_item", 12, align=TA_LEFT, after=0, leading=15),
        "table_note": _style("table_note", 11, italic=True, align=TA_LEFT, after=2, before=2, leading=13),
    }


def markup(text: str) -> str:
    """User text, NFC, escaped for reportlab's Paragraph markup: "<" and "&" print as typed."""
    return escape(nfc(text or ""))


class Rule(Flowable):
    """A horizontal line of ``width`` points, centred in the space it is given."""

    def __init__(self, width: float, *, gap: float = 2.0):
        super().__init__()
        self.rule_width = width
        self.gap = gap

    def wrap(self, available_width, _available_height):
        self._available = available_width
        return available_width, self.gap + 1

    def draw(self):
        x = (self._available - self.rule_width) / 2
        self.canv.setLineWidth(0.7)
        self.canv.line(x, 1, x + self.rule_width, 1)


def _header(report: Report, st) -> list:
    settings = report.settings
    left_width, right_width = 68 * mm, FRAME_WIDTH - 68 * mm
    agency = settings.agency.upper()
    lines = _balanced_lines(agency, f"{FONT}-Bold", 13, left_width - 4)
    agency_width = max(pdfmetrics.stringWidth(line, f"{FONT}-Bold", 13) for line in lines)
    motto = "Độc lập - Tự do - Hạnh phúc"
    motto_width = pdfmetrics.stringWidth(motto, f"{FONT}-Bold", 13)
    left = []
    if settings.superior_agency:
        left.append(Paragraph(markup(settings.superior_agency.upper()), st["superior"]))
    left += [Paragraph("<br/>".join(markup(line) for line in lines), st["agency"]), Rule(agency_width * 0.4)]
    right = [Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st["nation"]),
             Paragraph(motto, st["motto"]), Rule(motto_width)]
    table = Table([[left, right],
                   [Paragraph(markup(settings.number_line()), st["number"]),
                    Paragraph(markup(settings.date_line()), st["date"]) if report.dated else ""]],
                  colWidths=[left_width, right_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 6),
    ]))
    subject_width = min(pdfmetrics.stringWidth(report.subject, f"{FONT}-Bold", 14), FRAME_WIDTH * 0.9)
    return [table,
            Paragraph(markup(report.title), st["type"]),
            Paragraph(markup(report.subject), st["subject"]),
            Rule(min(subject_width * 0.35, 60 * mm), gap=4), Spacer(1, 10)]


def _balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """One line if it fits, else two lines of about equal width (as agencies are set)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return [text]
    words = text.split()
    best = min(range(1, len(words)), key=lambda i: abs(
        pdfmetrics.stringWidth(" ".join(words[:i]), font, size)
        - pdfmetrics.stringWidth(" ".join(words[i:]), font, size)), default=None)
    return [text] if best is None else [" ".join(words[:best]), " ".join(words[best:])]


def _signature(report: Report, st, last: Flowable | None = None) -> Flowable:
    settings = report.settings
    recipients = [Paragraph("Nơi nhận:", st["recipients_title"])]
    recipients += [Paragraph(f"- {markup(r)};", st["recipient"]) for r in settings.recipients]
    recipients.append(Paragraph(f"- Lưu: {markup(settings.archive)}.", st["recipient"]))
    signer = []
    if settings.signer_authority:
        signer.append(Paragraph(markup(settings.signer_authority.upper()), st["sign"]))
    signer += [Paragraph(markup(settings.signer_title.upper()), st["sign"]),
               Spacer(1, 28 * mm),  # signature and seal
               Paragraph(markup(settings.signer_name), st["sign"])]
    table = Table([[recipients, signer]], colWidths=[FRAME_WIDTH * 0.48, FRAME_WIDTH * 0.52])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    # The block never stands alone: it keeps the last paragraph with it.
    return KeepTogether([*([last] if last is not None else []), Spacer(1, 6), table])


def _parties(report: Report, st, last: Flowable | None = None) -> Flowable:
    """Signature blocks for each party of a record (violator, officer, witness...), two to a
    row as the forms set them, each with its note ("Ký, ghi rõ họ và tên")."""
    parties = [(p[0], p[1], p[2] if len(p) > 2 else "(Ký, ghi rõ họ và tên)") for p in report.parties]
    per_row = 1 if len(parties) == 1 else 2
    rows, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    for start in range(0, len(parties), per_row):
        pair = parties[start:start + per_row]
        pad = [""] * (per_row - len(pair))
        # Role, note, room to sign, name: a row each, so the names of a pair line up.
        rows += [[Paragraph(markup(role.upper()), st["sign"]) for role, _n, _note in pair] + pad,
                 [Paragraph(markup(note), st["party_note"]) for _r, _n, note in pair] + pad,
                 [Spacer(1, 22 * mm) for _ in pair] + pad,
                 [Paragraph(markup(name), st["sign"]) for _r, name, _note in pair] + pad,
                 [Spacer(1, 8) for _ in range(per_row)]]
    table = Table(rows, colWidths=[FRAME_WIDTH / per_row] * per_row)
    table.setStyle(TableStyle(style))
    return KeepTogether([*([last] if last is not None else []), Spacer(1, 10), table])


CELL_SIZE, CELL_LEADING, SMALLEST = 10.5, 12.5, 7.5


def _cell(text: str, font: str, width: float, align: str = LEFT) -> Cell:
    """A cell's text wrapped to its column as plain lines, at its font size.

    Plain lines cost a fraction of a Paragraph's layout and print exactly what
    was typed. A word wider than the column (a long amount in đồng, "người/điểm")
    is set smaller until it fits, down to 7.5 pt; past that it is cut.
    """
    text, room = nfc(text or ""), width - 2 * CELL_PADDING
    if "\n" not in text and pdfmetrics.stringWidth(text, font, CELL_SIZE) <= room:  # most cells: one line
        return Cell((text,), font, CELL_SIZE, CELL_LEADING, align)
    widest = max((pdfmetrics.stringWidth(word, font, CELL_SIZE) for word in text.split()), default=0)
    size = CELL_SIZE if widest <= room else max(SMALLEST, CELL_SIZE * room / widest)
    lines = []
    for line in simpleSplit(text, font, size, room):
        while pdfmetrics.stringWidth(line, font, size) > room and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and pdfmetrics.stringWidth(line[:cut], font, size) > room:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return Cell(tuple(lines) or ("",), font, size, size * CELL_LEADING / CELL_SIZE, align)


def _table(block: TableBlock, st) -> list:
    if block.widths:  # a table of records: every cell may wrap; numbers align right
        total = sum(block.widths)
        widths = [FRAME_WIDTH * w / total for w in block.widths]
    else:  # the appendix layout: indicator, unit, previous, this period, change, target, % of target
        widths = [41 * mm, 19 * mm, 26 * mm, 28 * mm, 15 * mm, 19 * mm, FRAME_WIDTH - 148 * mm]
    bold = f"{FONT}-Bold"
    header = [_cell(text, bold, width, CENTER) for text, width in zip(block.header, widths)]
    rows = []
    for row in block.rows:
        cells = []
        for c, (text, width) in enumerate(zip(row, widths)):
            figure = _numeric(text) if block.widths else c >= 2  # the appendix: figures from the third column
            cells.append(_cell(text, FONT, width, RIGHT if figure else LEFT))
        rows.append(cells)
    title = [Paragraph(markup(block.title), st["table_title"])] if block.title else []
    notes = [Paragraph(markup(note), st["table_note"]) for note in block.notes]
    return [CondPageBreak(40 * mm), *title, GridTable(header, rows, widths), *notes]


def _numeric(text: str) -> bool:
    return bool(text) and text.replace(".", "").replace(",", "").replace("-", "").replace("%", "").isdigit()


class ChartPicture(Flowable):
    """A chart image drawn at a fixed size from its kept, already compressed stream.

    reportlab's ``drawImage`` would hash the pixels and compress them again on
    every layout (~7 ms a chart); here the image resource is registered as it
    is kept, under a name that follows its pixels, once per document."""

    def __init__(self, image: ChartImage, width: float, height: float):
        super().__init__()
        self.image = image
        self.width, self.height = width, height

    def wrap(self, _available_width, _available_height):
        return self.width, self.height

    def draw(self):
        # What Canvas.drawImage does for an image it has not seen, minus the hashing and
        # compressing (tests/unit/test_chart_images.py reads the pixels back from the PDF).
        canvas, image = self.canv, self.image
        document = canvas._doc
        resource = document.getXObjectName(image.name)
        if resource not in document.idToObject:
            stream = PDFImageXObject(image.name)
            stream.width, stream.height, stream.bitsPerComponent = image.width, image.height, 8
            stream.colorSpace, stream._filters, stream.mask = "DeviceRGB", ("FlateDecode",), None
            stream.streamContent = image.data
            document.Reference(stream, resource)
            document.addForm(image.name, stream)
        canvas._currentPageHasImages = 1
        canvas.saveState()
        canvas.scale(self.width, self.height)
        canvas._code.append(f"/{resource} Do")
        canvas.restoreState()
        canvas._formsinuse.append(image.name)


def _chart(block: Chart) -> list:
    width = FRAME_WIDTH
    height = width * SIZE_INCHES[1] / SIZE_INCHES[0]
    return [Spacer(1, 6), ChartPicture(chart_image(block), width, height)]


class _LastPageCanvas(Canvas):
    """A canvas that holds its pages until saving, so the last one can carry the QR code."""

    def __init__(self, *args, qr: "QrCode" = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._qr = qr

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if number == len(self._pages) and self._qr is not None:
                self._qr.canv = self
                self._qr.drawOn(self, MARGINS["left"], 2.5 * mm)
            super().showPage()
        super().save()


def _qr_encoded(payload: str) -> tuple[tuple[bool, ...], ...]:
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()  # tries the eight masks and keeps the best, as the standard asks
    count = widget.qr.getModuleCount()
    return tuple(tuple(widget.qr.isDark(r, c) for c in range(count)) for r in range(count))


def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's modules, dark or light, row by row."""
    return _qr_encoded(payload)


class QrCode(Flowable):
    """A QR code drawn as one rectangle per run of dark modules (fast, crisp at any size)."""

    def __init__(self, payload: str, size: float):
        super().__init__()
        self.rows = qr_modules(payload)
        self.size = size

    def wrap(self, _available_width, _available_height):
        return self.size, self.size

    def draw(self):
        count = len(self.rows)
        module = self.size / (count + 8)  # four modules of quiet zone on each side
        self.canv.setFillColor(colors.black)
        for r, row in enumerate(self.rows):
            y = self.size - (r + 5) * module
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    self.canv.rect((start + 4) * module, y, (c - start) * module, module, stroke=0, fill=1)
                else:
                    c += 1


def _qr(report: Report, digest: str) -> "QrCode":
    """The QR code of the last page: what the report is and the digest of its content."""
    return QrCode(f"TTTT-BC|{report.org_unit_code}|{report.period}|{report.kind}|{report.record_id or ''}|"
                  f"{digest}", 17 * mm)


def manifest(report: Report, digest: str | None = None) -> dict:
    """What the PDF carries about itself (in its Keywords), for ``verify``."""
    digest = digest or report.digest
    return {"kind": report.kind, "org": report.org_unit_code, "period": report.period, "record": report.record_id,
            "digest": digest, "code": verification_code(digest), "figures": report.figures,
            "settings": dataclasses.asdict(report.settings)}


def render(report: Report, out: str | os.PathLike | io.BytesIO, *, charts: bool = True) -> int:
    """Write the report as a PDF; returns the number of pages."""
    st = styles()
    story = _header(report, st)
    for block in report.body:
        if isinstance(block, Heading):
            story.append(Paragraph(markup(block.text), st[f"heading{block.level}"]))
        elif isinstance(block, TextBlock):
            prefix = "- " if block.style == "bullet" else ""
            style = block.style if block.style in ("note", "item", "bold", "center_bold") else "body"
            story.append(Paragraph(prefix + markup(block.text), st[style]))
        elif isinstance(block, TableBlock):
            story += _table(block, st)
    last = story.pop() if isinstance(story[-1], Paragraph) else None
    story.append(_parties(report, st, last) if report.parties else _signature(report, st, last))
    if report.missing:  # a draft says, on its last page, what it still lacks
        story += [Paragraph("DỰ THẢO — CÒN THIẾU CÁC NỘI DUNG SAU (chưa dùng để ký, ban hành):", st["draft_title"])]
        story += [Paragraph(f"- {markup(item)}", st["draft_item"]) for item in report.missing]
    if report.appendix:
        story += [PageBreak(), Paragraph("PHỤ LỤC", st["appendix_title"]),
                  Paragraph(f"SỐ LIỆU CHỈ TIÊU {markup(report.period_label_upper())}", st["appendix_title"]),
                  Paragraph(f"(Kèm theo Báo cáo số {markup(report.settings.number_line()[4:])} ngày "
                            f"{_appendix_day(report.settings)} của {markup(report.settings.agency)})",
                            st["appendix_note"])]
        for block in report.appendix:
            if isinstance(block, TableBlock):
                story += _table(block, st)
            elif isinstance(block, Chart) and charts:
                story += _chart(block)

    digest = report.digest  # once: it hashes everything printed
    code = verification_code(digest)

    def first_page(canvas, _doc):
        _footer(canvas, code)
        if report.missing:
            _draft_mark(canvas)

    def later_pages(canvas, doc):
        canvas.setFont(FONT, 13)
        canvas.drawCentredString(MARGINS["left"] + FRAME_WIDTH / 2, PAGE_HEIGHT - 13 * mm, str(doc.page))
        _footer(canvas, code)
        if report.missing:
            _draft_mark(canvas)

    frame = Frame(MARGINS["left"], MARGINS["bottom"], FRAME_WIDTH,
                  PAGE_HEIGHT - MARGINS["top"] - MARGINS["bottom"], leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    target = os.fspath(out) if isinstance(out, os.PathLike) else out
    doc = BaseDocTemplate(target, pagesize=A4, leftMargin=MARGINS["left"], rightMargin=MARGINS["right"],
                          topMargin=MARGINS["top"], bottomMargin=MARGINS["bottom"],
                          title=f"{report.title} {report.subject}", author=report.settings.agency,
                          subject=report.subject, creator="TTTT Báo cáo",
                          keywords=KEYWORDS_PREFIX + json.dumps(manifest(report, digest), ensure_ascii=False))
    doc.addPageTemplates([PageTemplate(id="first", frames=[frame], onPage=first_page, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[frame], onPage=later_pages)])
    qr = _qr(report, digest)
    doc.build(story, canvasmaker=lambda *a, **k: _LastPageCanvas(*a, qr=qr, **k))
    return doc.page


def _appendix_day(settings) -> str:
    """The report's date as the appendix cites it; a draft's is left to fill."""
    if not settings.doc_date:
        return f"...../...../{settings.document_date().year}"
    return f"{settings.document_date():%d/%m/%Y}"


DRAFT_MARK = "DỰ THẢO"


def _draft_mark(canvas) -> None:
    """"DỰ THẢO" across the page, in light grey under the text: a draft is never signed."""
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.82, 0.82, 0.82))
    canvas.setFont(f"{FONT}-Bold", 96)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -30, DRAFT_MARK)
    canvas.restoreState()


def _footer(canvas, code: str) -> None:
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
    canvas.drawRightString(PAGE_WIDTH - MARGINS["right"], 8 * mm,
                           f"Mã kiểm tra {code} — đối chiếu bằng chức năng Kiểm tra bản in của chương trình")
    canvas.setFillColor(colors.black)
