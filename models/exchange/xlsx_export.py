"""Export a list to .xlsx: a header row, then the rows, never a formula.

The rows are streamed into the sheet's XML as they come, so memory holds only the distinct
texts (the shared strings). Every text is written as text, so that a spreadsheet never
evaluates what a user typed ("=1+1" stays those four characters); numbers stay numbers, dates
become dates. A list longer than Excel's 1,048,576 rows goes on across sheets ("so-lieu",
"so-lieu (2)", ...), each with the header row, frozen.

Why the XML is written here and not by a library: a long table is the simplest workbook there
is (text, numbers, dates, one bold header, column widths), and a province's whole history of
figures is hundreds of thousands of rows. XlsxWriter, pyexcelerate and openpyxl spend 25-60
microseconds of Python calls on each row: a province's three years took 13 s, 9 s and 22 s;
written here, 2.6 s (bench/history.py, #19). Richer workbooks (the template with its
validations, the catalog) stay with openpyxl. What is written follows ECMA-376 Part 1
(SpreadsheetML): the parts and their relationships, the shared-string table, the 1900 date
system, and the ``_xHHHH_`` escape for characters XML cannot carry. LibreOffice, openpyxl and
the program's own reader read it back (tests/unit/test_xlsx_export.py).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import zipfile
from collections.abc import Iterable, Sequence, Sized
from xml.sax.saxutils import escape, quoteattr

from models.output import written
from models.text import nfc

MAX_SHEET_TITLE = 31
EXCEL_ROWS = 1_048_576  # a sheet's rows in Excel and LibreOffice, the header included
MAX_TEXT = 32_767  # a cell's characters in Excel
_BUFFERED_ROWS = 2_000  # rows joined before each write into the zip

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_EPOCH = dt.datetime(1899, 12, 30)  # day 0 of Excel's 1900 date system, for dates after February 1900

# Styles by their index in cellXfs: 0 plain, 1 date, 2 date and time, 3 the header (bold).
_DATE, _DATETIME, _BOLD = 1, 2, 3
_STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>')

# Text that already looks like an escape is itself escaped; characters XML 1.0 cannot carry
# (control characters but tab and line breaks, U+FFFE, U+FFFF) are written as _xHHHH_.
_LOOKS_ESCAPED = re.compile(r"_x[0-9A-Fa-f]{4}_")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def export_rows(path: str | os.PathLike, *, title: str, headers: Sequence[str], rows: Iterable[Sequence],
                widths: Sequence[int] | None = None, rows_per_sheet: int = EXCEL_ROWS - 1) -> int:
    """Write the rows under the header, a sheet per ``rows_per_sheet`` of them; returns how many."""
    total = len(rows) if isinstance(rows, Sized) else None
    base = _sheet_title(title)
    strings = _SharedStrings()
    header = [strings.index(str(h)) for h in headers]
    columns = [_column_letter(i) for i in range(1, max(len(headers), 1) + 1)]
    names: list[str] = []
    count = 0
    iterator = iter(rows)
    row = next(iterator, None)
    with written(path) as temporary, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as book:
        while True:  # a sheet at a time; the header alone when there are no rows
            suffix = "" if not names else f" ({len(names) + 1})"
            names.append(base[:MAX_SHEET_TITLE - len(suffix)] + suffix)
            size = None if total is None else min(rows_per_sheet, total - count)
            with book.open(f"xl/worksheets/sheet{len(names)}.xml", "w", force_zip64=True) as sheet:
                sheet.write(_sheet_start(len(names) == 1, header, columns, widths, size).encode())
                pending: list[str] = []
                in_sheet = 0
                while row is not None and in_sheet < rows_per_sheet:
                    in_sheet += 1
                    pending.append(_row(in_sheet + 1, row, columns, strings))
                    if len(pending) == _BUFFERED_ROWS:
                        sheet.write("".join(pending).encode())
                        pending.clear()
                    row = next(iterator, None)
                sheet.write(("".join(pending) + _SHEET_END).encode())
            count += in_sheet
            if row is None:
                break
        book.writestr("xl/sharedStrings.xml", strings.xml())
        book.writestr("xl/styles.xml", _STYLES)
        book.writestr("xl/workbook.xml", _workbook(names))
        book.writestr("xl/_rels/workbook.xml.rels", _workbook_relationships(len(names)))
        book.writestr("_rels/.rels", f'{_HEAD}<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">'
                                     f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/officeDocument" '
                                     'Target="xl/workbook.xml"/></Relationships>')
        book.writestr("[Content_Types].xml", _content_types(len(names)))
    return count


class _SharedStrings:
    """The workbook's distinct texts, each escaped once; a cell refers to its index."""

    def __init__(self):
        self._index: dict[str, int] = {}
        self._items: list[str] = []
        self.references = 0

    def index(self, text: str) -> int:
        self.references += 1
        found = self._index.get(text)
        if found is None:
            found = self._index[text] = len(self._items)
            self._items.append(_string_item(text))
        return found

    def xml(self) -> str:
        return (f'{_HEAD}<sst xmlns="{_MAIN}" count="{self.references}" uniqueCount="{len(self._items)}">'
                f'{"".join(self._items)}</sst>')


def _string_item(text: str) -> str:
    text = nfc(text)[:MAX_TEXT]
    text = _LOOKS_ESCAPED.sub(r"_x005F\g<0>", text)
    text = _NOT_XML.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<si><t{space}>{escape(text)}</t></si>"


def _row(number: int, values: Sequence, columns: list[str], strings: _SharedStrings) -> str:
    if len(values) > len(columns):  # a row wider than the header keeps its cells
        columns.extend(_column_letter(i) for i in range(len(columns) + 1, len(values) + 1))
    cells = []
    for letter, value in zip(columns, values):
        kind = type(value)
        if kind is str:
            if value:
                cells.append(f'<c r="{letter}{number}" t="s"><v>{strings.index(value)}</v></c>')
        elif kind is int or (kind is float and math.isfinite(value)):
            cells.append(f'<c r="{letter}{number}"><v>{value!r}</v></c>')
        elif value is not None:
            cells.append(_other(f"{letter}{number}", value, strings))
    return f'<row r="{number}">{"".join(cells)}</row>'


def _other(reference: str, value, strings: _SharedStrings) -> str:
    """A cell of any other type: yes/no as words, dates as dates, numbers as numbers, else its text."""
    if isinstance(value, bool):
        value = "có" if value else "không"
    elif isinstance(value, dt.datetime):
        serial = (value.replace(tzinfo=None) - _EPOCH) / dt.timedelta(days=1)
        return f'<c r="{reference}" s="{_DATETIME}"><v>{serial!r}</v></c>'
    elif isinstance(value, dt.date):
        return f'<c r="{reference}" s="{_DATE}"><v>{(value - _EPOCH.date()).days}</v></c>'
    elif isinstance(value, (int, float)) and math.isfinite(value):
        return f'<c r="{reference}"><v>{float(value)!r}</v></c>'
    return f'<c r="{reference}" t="s"><v>{strings.index(str(value))}</v></c>'


def _sheet_start(first: bool, header: list[int], columns: list[str], widths: Sequence[int] | None,
                 rows: int | None) -> str:
    """A sheet's XML up to its header row: the size when known, the header frozen, the widths."""
    dimension = "" if rows is None else f'<dimension ref="A1:{columns[-1]}{rows + 1}"/>'
    selected = ' tabSelected="1"' if first else ""
    view = (f'<sheetViews><sheetView{selected} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
            'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>')
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                   for i, w in enumerate(widths or [], start=1))
    cells = "".join(f'<c r="{letter}1" t="s" s="{_BOLD}"><v>{index}</v></c>' for letter, index in zip(columns, header))
    return (f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}">{dimension}{view}'
            f'<sheetFormatPr defaultRowHeight="15"/>{f"<cols>{cols}</cols>" if cols else ""}'
            f'<sheetData><row r="1">{cells}</row>')


_SHEET_END = ('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
              '</worksheet>')


def _workbook(names: list[str]) -> str:
    sheets = "".join(f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
                     for i, name in enumerate(names, start=1))
    return (f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}"><bookViews><workbookView/></bookViews>'
            f'<sheets>{sheets}</sheets></workbook>')


def _workbook_relationships(sheets: int) -> str:
    parts = [f'<Relationship Id="rId{i}" Type="{_RELATIONSHIPS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
             for i in range(1, sheets + 1)]
    parts.append(f'<Relationship Id="rId{sheets + 1}" Type="{_RELATIONSHIPS}/styles" Target="styles.xml"/>')
    parts.append(f'<Relationship Id="rId{sheets + 2}" Type="{_RELATIONSHIPS}/sharedStrings" '
                 'Target="sharedStrings.xml"/>')
    return f'{_HEAD}<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">{"".join(parts)}</Relationships>'


def _content_types(sheets: int) -> str:
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = [f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{kind}.worksheet+xml"/>'
             for i in range(1, sheets + 1)]
    return (f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{kind}.sheet.main+xml"/>{"".join(parts)}'
            f'<Override PartName="/xl/styles.xml" ContentType="{kind}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}.sharedStrings+xml"/></Types>')


def _sheet_title(title: str) -> str:
    clean = "".join(c for c in nfc(title) if c not in '[]:*?/\\').strip("'")
    return clean[:MAX_SHEET_TITLE] or "Sheet"


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
