"""Export a list to .xlsx: a header row, then the rows, never a formula.

Written with XlsxWriter in its constant-memory mode (rows go to disk as they come): 4-5x
faster than openpyxl's write-only mode on a province's long table, in bounded memory.
Every text is written as text, so that a spreadsheet never evaluates what a user typed
("=1+1" stays those four characters); numbers stay numbers, dates become dates. A list
longer than Excel's 1,048,576 rows goes on across sheets ("so-lieu", "so-lieu (2)", ...),
each with the header row.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence

from models.output import written
from models.text import nfc

MAX_SHEET_TITLE = 31
EXCEL_ROWS = 1_048_576  # a sheet's rows in Excel and LibreOffice, the header included


def export_rows(path: str | os.PathLike, *, title: str, headers: Sequence[str], rows: Iterable[Sequence],
                widths: Sequence[int] | None = None, rows_per_sheet: int = EXCEL_ROWS - 1) -> int:
    """Write the rows under the header, a sheet per ``rows_per_sheet`` of them; returns how many."""
    import xlsxwriter

    with written(path) as temporary:
        workbook = xlsxwriter.Workbook(os.fspath(temporary), {"constant_memory": True, "strings_to_formulas": False,
                                                              "strings_to_numbers": False, "strings_to_urls": False})
        try:
            bold = workbook.add_format({"bold": True})
            dated = workbook.add_format({"num_format": "dd/mm/yyyy"})
            timed = workbook.add_format({"num_format": "dd/mm/yyyy hh:mm"})
            base = _sheet_title(title)
            header = [nfc(str(h)) for h in headers]
            sheet, row_number, sheets, count = None, 0, 0, 0
            for row in rows:
                if sheet is None or row_number > rows_per_sheet:
                    sheets += 1
                    suffix = "" if sheets == 1 else f" ({sheets})"
                    sheet = workbook.add_worksheet(base[:MAX_SHEET_TITLE - len(suffix)] + suffix)
                    for column, width in enumerate(widths or []):
                        sheet.set_column(column, column, width)
                    sheet.write_row(0, 0, header, bold)
                    row_number = 1
                for column, value in enumerate(row):
                    _write(sheet, row_number, column, value, dated, timed)
                row_number += 1
                count += 1
            if sheet is None:  # no rows: the header alone
                sheet = workbook.add_worksheet(base)
                sheet.write_row(0, 0, header, bold)
        finally:
            _close(workbook)
    return count


def _close(workbook) -> None:
    """Close (write) the workbook; the disk's error as the OSError it is (XlsxWriter wraps it)."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        workbook.close()
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args else None
        raise cause if isinstance(cause, OSError) else OSError(str(exc)) from exc


def _write(sheet, row: int, column: int, value, dated, timed) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        sheet.write_string(row, column, "có" if value else "không")
    elif isinstance(value, (int, float)):
        sheet.write_number(row, column, value)
    elif isinstance(value, dt.datetime):
        sheet.write_datetime(row, column, value, timed)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, column, dt.datetime(value.year, value.month, value.day), dated)
    else:
        sheet.write_string(row, column, nfc(str(value)))  # never a formula, whatever the text starts with


def _sheet_title(title: str) -> str:
    clean = "".join(c for c in nfc(title) if c not in '[]:*?/\\')
    return clean[:MAX_SHEET_TITLE] or "Sheet"
