"""The same Report as an editable Word document (python-docx), for leaders who edit before
they sign.

It follows the layout of the PDF (models/reports/pdf.py, Decree 30/2020/NĐ-CP Annex I):
A4, margins 20/20/30/15 mm, Times New Roman 14 pt; the two-column header without borders
(agencies left, national name and motto right, number and place-date under them); the
type and subject centred and bold; headings; body paragraphs justified with a 1.27 cm
first-line indent and 6 pt after; the appendix tables with their borders; the signature
block beside the recipients (or a signature block per party for a record); and "DỰ THẢO"
at the head of a draft. Charts are the same pictures the PDF carries.
"""

from __future__ import annotations

import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from models.reports.content import Chart, Heading, Paragraph, Report, Table

FONT = "Times New Roman"
INDENT = Cm(1.27)


def _run(paragraph, text: str, *, size: float = 14, bold=False, italic=False):
    run = paragraph.add_run(text)
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    run.font.size = Pt(size)
    run.bold, run.italic = bold, italic
    return run


def _para(container, text: str = "", *, size: float = 14, bold=False, italic=False, align=None, indent=False,
          after: float = 6, before: float = 0, left: float | None = None):
    paragraph = container.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_after, fmt.space_before = Pt(after), Pt(before)
    fmt.line_spacing = 1.1
    if indent:
        fmt.first_line_indent = INDENT
    if left is not None:
        fmt.left_indent = Cm(left)
    paragraph.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        _run(paragraph, text, size=size, bold=bold, italic=italic)
    return paragraph


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _cell_text(cell, text: str, *, size: float = 13, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.paragraphs[0].alignment = align
    fmt = cell.paragraphs[0].paragraph_format
    fmt.space_after = Pt(0)
    _run(cell.paragraphs[0], text, size=size, bold=bold, italic=italic)


def _header(document, report: Report) -> None:
    settings = report.settings
    table = document.add_table(rows=2, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.width, right.width = Mm(68), Mm(97)
    if settings.superior_agency:
        _cell_text(left, settings.superior_agency.upper(), size=13)
        left.add_paragraph()
        _run(left.paragraphs[-1], settings.agency.upper(), size=13, bold=True)
        left.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        _cell_text(left, settings.agency.upper(), size=13, bold=True)
    _cell_text(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True)
    right.add_paragraph()
    _run(right.paragraphs[-1], "Độc lập - Tự do - Hạnh phúc", size=13, bold=True)
    right.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _cell_text(table.cell(1, 0), settings.number_line(), size=13)
    if report.dated:
        _cell_text(table.cell(1, 1), settings.date_line(), size=14, italic=True)
    _para(document, report.title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=0)
    _para(document, report.subject, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)


def _table(document, block: Table) -> None:
    if block.title:
        _para(document, block.title, size=13, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=8, after=3)
    table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = "Table Grid"
    for column, text in enumerate(block.header):
        _cell_text(table.cell(0, column), text, size=10.5, bold=True)
    for row, values in enumerate(block.rows, start=1):
        for column, text in enumerate(values):
            align = WD_ALIGN_PARAGRAPH.LEFT if column in (0, 1) else WD_ALIGN_PARAGRAPH.RIGHT
            _cell_text(table.cell(row, column), text, size=10.5, align=align)
    for note in block.notes:
        _para(document, note, size=11, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)


def _signature(document, report: Report) -> None:
    settings = report.settings
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    recipients, signer = table.cell(0, 0), table.cell(0, 1)
    _cell_text(recipients, "Nơi nhận:", size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in [f"- {r};" for r in settings.recipients] + [f"- Lưu: {settings.archive}."]:
        _para(recipients, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    first = True
    for line in ([settings.signer_authority.upper()] if settings.signer_authority else []) + \
            [settings.signer_title.upper()]:
        if first:
            _cell_text(signer, line, size=14, bold=True)
            first = False
        else:
            _para(signer, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(signer, "", after=0).paragraph_format.space_before = Pt(72)  # signature and seal
    _para(signer, settings.signer_name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)


def _parties(document, report: Report) -> None:
    """Two signature blocks to a row, role, note, room to sign and name each on a row of their
    own so that a pair's names line up (as in the PDF)."""
    parties = [(p[0], p[1], p[2] if len(p) > 2 else "(Ký, ghi rõ họ và tên)") for p in report.parties]
    per_row = 1 if len(parties) == 1 else 2
    pairs = [parties[i:i + per_row] for i in range(0, len(parties), per_row)]
    table = document.add_table(rows=4 * len(pairs), cols=per_row)
    _no_borders(table)
    for number, pair in enumerate(pairs):
        for column, (role, name, note) in enumerate(pair):
            _cell_text(table.cell(4 * number, column), role.upper(), size=13, bold=True)
            _cell_text(table.cell(4 * number + 1, column), note, size=12, italic=True)
            table.cell(4 * number + 2, column).paragraphs[0].paragraph_format.space_before = Pt(60)
            _cell_text(table.cell(4 * number + 3, column), name, size=13, bold=True)
            table.cell(4 * number + 3, column).paragraphs[0].paragraph_format.space_after = Pt(12)


def write_docx(report: Report, out: str | os.PathLike | io.BytesIO) -> None:
    """Write ``report`` as an editable .docx."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if report.missing:
        _para(document, "DỰ THẢO", size=16, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    _header(document, report)
    for block in report.body:
        if isinstance(block, Heading):
            _para(document, block.text, bold=True, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                  before=6 if block.level == 1 else 0)
        elif isinstance(block, Paragraph):
            if block.style == "center_bold":
                _para(document, block.text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            elif block.style == "note":
                _para(document, block.text, size=12, italic=True, indent=True)
            elif block.style == "item":
                _para(document, block.text, left=1.27, after=3)
            else:
                prefix = "- " if block.style == "bullet" else ""
                _para(document, prefix + block.text, indent=True, bold=block.style == "bold")
        elif isinstance(block, Table):
            _table(document, block)
    if report.parties:
        _parties(document, report)
    else:
        _signature(document, report)
    if report.missing:
        _para(document, "DỰ THẢO — CÒN THIẾU CÁC NỘI DUNG SAU (chưa dùng để ký, ban hành):", size=13, bold=True,
              align=WD_ALIGN_PARAGRAPH.LEFT, before=12, after=2)
        for item in report.missing:
            _para(document, f"- {item}", size=12, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    if report.appendix:
        document.add_page_break()
        for line in ("PHỤ LỤC", f"SỐ LIỆU CHỈ TIÊU {report.period_label_upper()}"):
            _para(document, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        _para(document, f"(Kèm theo Báo cáo số {report.settings.number_line()[4:]} của {report.settings.agency})",
              size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
        for block in report.appendix:
            if isinstance(block, Table):
                _table(document, block)
            elif isinstance(block, Chart):
                _chart(document, block)
    document.core_properties.title = f"{report.title} {report.subject}"
    document.core_properties.author = report.settings.agency
    document.save(out if isinstance(out, io.BytesIO) else os.fspath(out))


def _chart(document, block: Chart) -> None:
    from models.reports.chart_images import chart_image

    from PIL import Image

    image = chart_image(block)  # the same pixels the PDF carries, as a PNG
    png = io.BytesIO()
    Image.frombytes("RGB", (image.width, image.height), image.pixels()).save(png, format="PNG")
    png.seek(0)
    document.add_picture(png, width=Mm(165))
