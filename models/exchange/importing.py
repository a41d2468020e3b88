"""Reading figures from spreadsheets: the office's templates and plain long tables.

Every bad cell or row is reported by file, sheet, row and column with the
reason, and nothing is written unless every row is valid; the user may then
choose to import only the valid rows, having seen the list (:func:`apply`).

A long table has the columns ``indicator_code, org_unit_code, period, value,
status, note`` (status ``estimate``, ``final``, or ``target`` for the planned value; a value in Vietnamese or
plain notation), as .xlsx or .csv (UTF-8).
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import pathlib
import re
from typing import TYPE_CHECKING

from models import catalog
from models.activities import ActivityError, save_activity
from models.backup import take_backup
from models.exchange.reading import (FORMULA_STARTS, LONG_COLUMNS, META_SHEET, ImportRefused,  # noqa: F401
                                     ImportResult, Problem, check_figure, decode_csv, read_number)
from models.exchange.safe_xlsx import UnsafeFile
from models.exchange.sheet_stream import SheetReader
from models.exchange.templates import read_template
from models.periods import PeriodError, parse_period
from models.progress import NONE as NO_PROGRESS, Progress
from models.text import fold, nfc
from models.values import TargetChange, ValueChange, read_status, write_values

TARGET_WORDS = ("target", "ke hoach", "chi tieu ke hoach", "k")  # a row that sets the planned value

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

MAX_CSV_BYTES = 100 * 1024 * 1024


# ---------------------------------------------------------------- long tables


def csv_text(cell: str) -> str:
    """A CSV cell as it was before export: the apostrophe that kept a formula-like text from
    running in a spreadsheet (models.exchange.exporting.csv_cell) is taken off."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def read_long_table(db: Database, path: str | os.PathLike) -> ImportResult:
    """Read a long table (.xlsx or .csv); every problem is listed, nothing is written."""
    path = pathlib.Path(path)
    result = ImportResult(path.name)
    if path.suffix.lower() == ".csv":
        if path.stat().st_size > MAX_CSV_BYTES:
            raise UnsafeFile(f"{path.name}: tệp quá lớn")
        text = decode_csv(path.read_bytes(), path.name)
        rows = ([csv_text(cell) for cell in row] for row in csv.reader(io.StringIO(text, newline="")))
        _read_rows(db, enumerate(rows, start=1), path.name, result)
        return result
    with SheetReader(path) as reader:  # values streamed, formulas as their text "=..."
        first = reader.sheets[0]
        # A table longer than a sheet was exported across "so-lieu", "so-lieu (2)", ...: all of it read.
        for sheet in reader.sheets:
            more = re.fullmatch(r"(.+) \((\d+)\)", sheet.name)
            if sheet is first or (more and first.name.startswith(more[1])):
                _read_rows(db, reader.rows(sheet), sheet.name, result)
    return result


def _read_rows(db: Database, rows, sheet_name: str, result: ImportResult) -> None:
    """``rows`` yields (row number, values); the first is the header."""
    header_row, first = next(rows, (None, None))
    if first is None:
        result.problems.append(Problem(sheet_name, None, None, "bảng trống"))
        return
    header = [fold(str(v or "")).strip().replace(" ", "_") for v in first]
    missing = [c for c in LONG_COLUMNS[:4] if c not in header]
    if missing:
        result.problems.append(Problem(sheet_name, header_row, None, f"thiếu cột {', '.join(missing)}"))
        return
    position = [header.index(name) if name in header else None for name in LONG_COLUMNS]
    origin_at = header.index("origin") if "origin" in header else None
    indicators = {i.code: i for i in catalog.indicators(db, include_inactive=True)}
    units = {u.code: u.id for u in catalog.org_units(db, include_inactive=True)}
    periods: dict[str, str | None] = {}
    statuses: dict[object, str | None] = {}
    for number, row in rows:
        if all(v in (None, "") for v in row):
            continue
        code, unit_code, period_text, raw_value, status_text, note = (
            row[i] if i is not None and i < len(row) else None for i in position)
        origin = str(row[origin_at] or "").strip() if origin_at is not None and origin_at < len(row) else ""
        if origin not in ("", "typed"):
            result.problems.append(Problem(sheet_name, number, "origin",
                                           f"số liệu do chương trình tính ({origin}), không nhập lại được"))
            continue
        code, unit_code, period_text = (str(v or "").strip() for v in (code, unit_code, period_text))
        indicator = indicators.get(code)
        bad = False
        if indicator is None:
            result.problems.append(Problem(sheet_name, number, "indicator_code", f"mã chỉ tiêu «{code}» không có"))
            bad = True
        if unit_code not in units:
            result.problems.append(Problem(sheet_name, number, "org_unit_code", f"đơn vị «{unit_code}» không có"))
            bad = True
        if period_text not in periods:  # a long table repeats few periods: read each once
            try:
                periods[period_text] = parse_period(period_text).key
            except PeriodError:
                periods[period_text] = None
        period = periods[period_text]
        if period is None:
            result.problems.append(Problem(sheet_name, number, "period", f"kỳ «{period_text}» không đúng dạng"))
            bad = True
        value, problem = read_number(raw_value, None)
        if problem:
            result.problems.append(Problem(sheet_name, number, "value", problem))
            bad = True
        elif indicator is not None and value is not None:
            problem = check_figure(indicator, value)
            if problem:
                result.problems.append(Problem(sheet_name, number, "value", problem))
                bad = True
        if status_text not in statuses:
            is_target = fold(str(status_text or "")).strip() in TARGET_WORDS
            statuses[status_text] = "target" if is_target else read_status(status_text)
        status = statuses[status_text]
        if status is None:
            result.problems.append(Problem(sheet_name, number, "status",
                                           f"trạng thái «{status_text}» không hợp lệ (estimate, final, target)"))
            bad = True
        if not bad and status == "target":  # the planned value of the indicator for the unit and period
            result.changes.append(TargetChange(indicator.id, units[unit_code], period, value))
        elif not bad:
            result.changes.append(ValueChange(indicator.id, units[unit_code], period, value, status,
                                              nfc(str(note)) if note else ""))


# ---------------------------------------------------------------- applying


def apply(db: Database, result: ImportResult, *, valid_only: bool = False,
          db_path: str | os.PathLike | None = None, progress: Progress = NO_PROGRESS) -> int:
    """Write what was read, in one transaction, after a backup; returns the rows written.

    With problems, ImportRefused unless ``valid_only`` (the user saw the list). A cancel
    through ``progress`` rolls the whole import back.
    """
    if result.problems and not valid_only:
        raise ImportRefused(result.problems)
    if db_path is not None:
        take_backup(db, db_path, "import")
    progress.step()
    with db.atomic():
        write_values(db, result.changes, source="import", progress=progress,
                     about={"file": result.source, **({"sha256": result.digest} if result.digest else {})})
        for activity in result.activities:
            try:
                save_activity(db, activity)
            except ActivityError as exc:  # read_template checked them: a bug if it happens
                raise ImportRefused([Problem(result.source, None, None, str(exc))]) from None
    return len(result.changes) + len(result.activities)


def read_any(db: Database, path: str | os.PathLike) -> ImportResult:
    """A template (it has the hidden sheet the program writes) or a long table, with the file's SHA-256."""
    path = pathlib.Path(path)
    if path.suffix.lower() == ".csv":
        result = read_long_table(db, path)
    elif path.suffix.lower() != ".xlsx":
        raise UnsafeFile(f"{path.name}: chỉ nhận tệp .xlsx hoặc .csv")
    else:
        with SheetReader(path) as reader:
            is_template = META_SHEET in reader.sheet_names
        result = read_template(db, path) if is_template else read_long_table(db, path)
    result.digest = file_digest(path)
    return result


def file_digest(path: pathlib.Path) -> str:
    """The file's SHA-256: the audit log names what an import read."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
