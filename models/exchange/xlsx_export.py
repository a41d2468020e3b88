"""Export a list to .xlsx: a header row, then the rows, never a formula.

Text that starts with "=" (or "+", "-", "@") is written as text, so that a
spreadsheet never evaluates what a user typed. Numbers stay numbers, dates
become dates.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from models.text import nfc
from models.output import written

MAX_SHEET_TITLE = 31


def export_rows(path: str | os.PathLike, *, title: str, headers: Sequence[str], rows: Iterable[Sequence],
                widths: Sequence[int] | None = None) -> int:
    """Write one sheet; returns the number of data rows written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(title))
    for index, width in enumerate(widths or [], start=1):
        sheet.column_dimensions[_column_letter(index)].width = width
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=nfc(str(header)))
        cell.font = bold
        cell.data_type = "s"
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
        count += 1
    with written(path) as temporary:
        workbook.save(os.fspath(temporary))
    return count


def _cell(sheet, value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    cell = WriteOnlyCell(sheet, value=nfc(str(value)))
    cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def _sheet_title(title: str) -> str:
    clean = "".join(c for c in nfc(title) if c not in '[]:*?/\\')
    return clean[:MAX_SHEET_TITLE] or "Sheet"


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
