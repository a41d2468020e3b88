"""Opening spreadsheets that came from elsewhere, without trusting them.

* XML is parsed through defusedxml (openpyxl uses it when it is installed,
  which pyproject.toml makes sure of; :func:`open_workbook` refuses to run
  without it), so entity bombs and external entities are refused. Long
  tables are streamed by :mod:`models.exchange.sheet_stream`, which refuses
  any DTD outright (defusedxml's DTDForbidden).
* The zip container is inspected before anything is decompressed: too many
  members, a member or a total above the size limits, or a compression ratio
  no spreadsheet needs (a zip bomb) is refused with a message.
* Rows are read as they are in the file, not as the sheet's declared
  dimension claims, so a dimension that hides rows hides nothing.
"""

from __future__ import annotations

import os
import pathlib
import zipfile

import openpyxl
import openpyxl.xml
from models.errors import UserError

MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_RATIO = 150  # uncompressed / compressed, for members above 1 MB


class UnsafeFile(UserError, ValueError):
    """A file refused before it was opened; the message names the file and why."""


def check_container(path: str | os.PathLike) -> None:
    """Refuse a zip whose declared sizes would not fit the limits (nothing is decompressed)."""
    path = pathlib.Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeFile(f"{path.name}: không phải tệp Excel .xlsx hợp lệ ({exc})") from None
    if len(members) > MAX_MEMBERS:
        raise UnsafeFile(f"{path.name}: có {len(members)} thành phần, quá giới hạn {MAX_MEMBERS}")
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_MEMBER_BYTES:
            raise UnsafeFile(f"{path.name}: thành phần {member.filename} giải nén ra "
                             f"{member.file_size // 1_048_576} MB, quá giới hạn")
        if member.file_size > 1_048_576 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise UnsafeFile(f"{path.name}: thành phần {member.filename} nén bất thường (nghi là bom nén)")
    if total > MAX_TOTAL_BYTES:
        raise UnsafeFile(f"{path.name}: giải nén ra {total // 1_048_576} MB, quá giới hạn")


def open_workbook(path: str | os.PathLike):
    """A read-only openpyxl workbook of a checked file, formulas kept as formulas (never evaluated)."""
    if not openpyxl.xml.DEFUSEDXML:
        raise RuntimeError("defusedxml is not installed: refusing to parse untrusted spreadsheets")
    check_container(path)
    try:
        return openpyxl.load_workbook(os.fspath(path), read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for malformed or hostile XML
        raise UnsafeFile(f"{pathlib.Path(path).name}: không đọc được ({type(exc).__name__}: {exc})") from None


def rows_of(sheet, *, values_only: bool = False):
    """Every row the sheet really holds, whatever its declared dimension says."""
    sheet.reset_dimensions()
    return sheet.iter_rows(values_only=values_only)
