"""Excel templates: a workbook to fill in for one org unit and period, and reading it back.

One sheet per sector: indicator code, name, unit, the same period a year
before (typed, or worked out by the figure engine), and the cells to fill, whose data validation follows the indicator's
kind and range (with an error message in Vietnamese); then estimate or final,
a note, and the planned value (kế hoạch) of the period. A sheet for the activities. A hidden sheet ``_meta`` says which
org unit and period the workbook is for.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from models import catalog, values
from models.figures import FigureEngine
from models.activities import Activity, list_activities
from models.exchange.reading import META_SHEET, ImportResult, Problem, check_figure, read_number
from models.values import read_status
from models.exchange.safe_xlsx import open_workbook, rows_of
from models.numbers import format_number
from models.periods import PeriodError, parse_period
from models.text import nfc
from models.output import written

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

FIRST_ROW = 4  # data starts here; rows 1-3 hold the title and the headers
CODE, NAME, UNIT, PREVIOUS, VALUE, STATUS, NOTE, PLAN = "ABCDEFGH"  # PLAN last: older templates read the same
ACTIVITIES = "Hoạt động"
ACTIVITY_COLUMNS = ("Mã lĩnh vực", "Ngày (dd/mm/yyyy)", "Tên hoạt động", "Loại", "Số người tham gia", "Ghi chú",
                    "Mã (để trống khi thêm mới)")
STATUS_WORDS = "ước tính,chính thức"
INPUT_FILL = PatternFill("solid", fgColor="FFF9DB")


def _sheet_title(sector) -> str:
    title = sector.code[:31]
    return title


def _validation(indicator) -> DataValidation:
    whole = indicator.is_integer
    low = indicator.min_value if indicator.min_value is not None else -1e15
    high = indicator.max_value if indicator.max_value is not None else 1e15
    kind = "whole" if whole else "decimal"
    rule = DataValidation(type=kind, operator="between", formula1=str(low), formula2=str(high), allow_blank=True,
                          showErrorMessage=True, errorStyle="stop", errorTitle="Giá trị không hợp lệ")
    limits = []
    if indicator.min_value is not None:
        limits.append(f"từ {format_number(indicator.min_value)}")
    if indicator.max_value is not None:
        limits.append(f"đến {format_number(indicator.max_value)}")
    rule.error = (f"{indicator.name_vi}: cần {'số nguyên' if whole else 'một số'} "
                  f"{' '.join(limits)}".strip())[:255]
    return rule


def export_template(db: Database, org_unit_id: int, period: str, path: str | os.PathLike) -> int:
    """Write the template for an org unit and period; returns the number of indicators in it."""
    period = parse_period(period)
    unit = catalog.org_unit(db, org_unit_id)
    previous_key = period.previous_comparable().key
    current = values.values_for(db, org_unit_id, period.key)
    planned = values.targets_for(db, org_unit_id, period.key)
    previous = FigureEngine(db).figures(org_unit_id, previous_key)  # typed, or rolled up, accumulated
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    count = 0
    for sector in catalog.sectors(db):
        indicators = catalog.indicators(db, sector.id)
        if not indicators:
            continue
        sheet = workbook.create_sheet(_sheet_title(sector))
        sheet["A1"] = f"{sector.name_vi} — {unit.name_vi} — {period.label_vi()}"
        sheet["A1"].font = Font(bold=True, size=13)
        sheet["A1"].data_type = "s"  # names from the catalog are text, never formulas
        sheet["A2"] = "Nhập số vào cột E (dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân, hoặc số thường)."
        for column, text in zip(CODE + NAME + UNIT + PREVIOUS + VALUE + STATUS + NOTE + PLAN,
                                ("Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", f"Cùng kỳ {previous_key}",
                                 f"Kỳ này {period.key}", "Trạng thái", "Ghi chú", f"Kế hoạch {period.key}")):
            sheet[f"{column}3"] = text
            sheet[f"{column}3"].font = bold
        status_rule = DataValidation(type="list", formula1=f'"{STATUS_WORDS}"', allow_blank=True,
                                     showErrorMessage=True, error="Chọn «ước tính» hoặc «chính thức»")
        sheet.add_data_validation(status_rule)
        for offset, indicator in enumerate(indicators):
            row = FIRST_ROW + offset
            sheet[f"{CODE}{row}"] = indicator.code
            sheet[f"{NAME}{row}"] = indicator.name_vi
            sheet[f"{UNIT}{row}"] = indicator.unit
            if indicator.id in previous:
                sheet[f"{PREVIOUS}{row}"] = previous[indicator.id].value
            stored = current.get(indicator.id)
            cell = sheet[f"{VALUE}{row}"]
            if stored is not None:
                cell.value = stored.value
            cell.fill = INPUT_FILL
            cell.protection = Protection(locked=False)
            rule = _validation(indicator)
            sheet.add_data_validation(rule)
            rule.add(cell.coordinate)
            status_cell = sheet[f"{STATUS}{row}"]
            status_cell.value = ("ước tính" if stored and stored.status == "estimate" else "chính thức") \
                if stored else None
            status_rule.add(status_cell.coordinate)
            sheet[f"{NOTE}{row}"] = stored.note if stored else None
            plan_cell = sheet[f"{PLAN}{row}"]
            plan_cell.value = planned.get(indicator.id)
            plan_cell.fill = INPUT_FILL
            plan_cell.protection = Protection(locked=False)
            plan_rule = _validation(indicator)
            sheet.add_data_validation(plan_rule)
            plan_rule.add(plan_cell.coordinate)
            for column in (CODE + NAME + UNIT + STATUS + NOTE):  # text, never a formula
                sheet[f"{column}{row}"].data_type = "s" if sheet[f"{column}{row}"].value else "n"
            count += 1
        for column, width in zip(CODE + NAME + UNIT + PREVIOUS + VALUE + STATUS + NOTE + PLAN,
                                 (26, 48, 14, 16, 16, 14, 30, 16)):
            sheet.column_dimensions[column].width = width
        sheet[f"{NAME}3"].alignment = Alignment(wrap_text=True)
    activities = workbook.create_sheet(ACTIVITIES)
    for index, text in enumerate(ACTIVITY_COLUMNS, start=1):
        activities.cell(row=1, column=index, value=text).font = bold
    row = 2
    for sector in catalog.sectors(db):
        for activity in list_activities(db, sector.id, org_unit_id, period.key):
            for index, value in enumerate((sector.code, dt.date.fromisoformat(activity.date).strftime("%d/%m/%Y"),
                                           activity.title, activity.kind, activity.participants, activity.note,
                                           activity.id), start=1):
                cell = activities.cell(row=row, column=index, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"
            row += 1
    for column, width in zip("ABCDEFG", (14, 18, 60, 14, 18, 30, 20)):
        activities.column_dimensions[column].width = width
    meta = workbook.create_sheet(META_SHEET)
    meta.append(["org_unit_code", unit.code])
    meta.append(["period", period.key])
    meta.append(["template_version", 1])
    meta.sheet_state = "hidden"
    with written(path) as temporary:
        workbook.save(os.fspath(temporary))
    return count


def read_template(db: Database, path: str | os.PathLike) -> ImportResult:
    """Read a filled template: every problem listed by sheet, row and column; nothing written."""
    path = pathlib.Path(path)
    result = ImportResult(path.name)
    workbook = open_workbook(path)
    try:
        meta = {row[0].value: row[1].value for row in rows_of(workbook[META_SHEET]) if len(row) >= 2}
        unit = catalog.org_unit_by_code(db, str(meta.get("org_unit_code") or ""))
        if unit is None:
            result.problems.append(Problem(META_SHEET, None, None,
                                           f"đơn vị «{meta.get('org_unit_code')}» không có trong danh mục"))
            return result
        try:
            period = parse_period(str(meta.get("period") or "")).key
        except PeriodError:
            result.problems.append(Problem(META_SHEET, None, None, f"kỳ «{meta.get('period')}» không đúng dạng"))
            return result
        indicators = {i.code: i for i in catalog.indicators(db, include_inactive=True)}
        sectors = {s.code: s for s in catalog.sectors(db, include_inactive=True)}
        for sheet in workbook.worksheets:
            if sheet.title in (META_SHEET, ACTIVITIES):
                continue
            for number, row in enumerate(rows_of(sheet), start=1):
                if number < FIRST_ROW:
                    continue
                cells = {col: (row[i].value, row[i].data_type) if i < len(row) else (None, None)
                         for i, col in enumerate(CODE + NAME + UNIT + PREVIOUS + VALUE + STATUS + NOTE + PLAN)}
                code = str(cells[CODE][0] or "").strip()
                raw = cells[VALUE][0]
                plan = cells[PLAN][0]
                if not code and raw in (None, "") and plan in (None, ""):
                    continue
                indicator = indicators.get(code)
                if indicator is None:
                    result.problems.append(Problem(sheet.title, number, CODE, f"mã chỉ tiêu «{code}» không có"))
                    continue
                if plan not in (None, ""):  # the planned value of the period (kế hoạch)
                    target, problem = read_number(plan, cells[PLAN][1])
                    problem = problem or check_figure(indicator, target)
                    if problem:
                        result.problems.append(Problem(sheet.title, number, PLAN, problem))
                    else:
                        result.changes.append(values.TargetChange(indicator.id, unit.id, period, target))
                if raw in (None, ""):
                    continue  # left empty: nothing to change
                value, problem = read_number(raw, cells[VALUE][1])
                problem = problem or check_figure(indicator, value)
                status = read_status(cells[STATUS][0])
                if problem:
                    result.problems.append(Problem(sheet.title, number, VALUE, problem))
                elif status is None:
                    result.problems.append(Problem(sheet.title, number, STATUS,
                                                   f"trạng thái «{cells[STATUS][0]}» không hợp lệ"))
                else:
                    result.changes.append(values.ValueChange(indicator.id, unit.id, period, value, status,
                                                             nfc(str(cells[NOTE][0] or ""))))
        if ACTIVITIES in workbook.sheetnames:
            _read_activities(workbook[ACTIVITIES], sectors, unit.id, period, result)
    finally:
        workbook.close()
    return result


def _read_activities(sheet, sectors, org_unit_id: int, period: str, result: ImportResult) -> None:
    for number, row in enumerate(rows_of(sheet), start=1):
        if number == 1:
            continue
        cells = [c.value for c in row] + [None] * 7
        if all(v in (None, "") for v in cells[:7]):
            continue
        sector = sectors.get(str(cells[0] or "").strip())
        if sector is None:
            result.problems.append(Problem(sheet.title, number, "A", f"mã lĩnh vực «{cells[0]}» không có"))
            continue
        day = cells[1]
        try:
            if isinstance(day, dt.datetime):
                day = day.date()
            elif not isinstance(day, dt.date):
                day = dt.datetime.strptime(str(day).strip(), "%d/%m/%Y").date()
        except ValueError:
            result.problems.append(Problem(sheet.title, number, "B", f"ngày «{cells[1]}» không đúng dạng dd/mm/yyyy"))
            continue
        if not str(cells[2] or "").strip():
            result.problems.append(Problem(sheet.title, number, "C", "tên hoạt động trống"))
            continue
        participants = None
        if cells[4] not in (None, ""):
            count, problem = read_number(cells[4], None)
            if problem or count < 0 or count != int(count):
                result.problems.append(Problem(sheet.title, number, "E", problem or "số người phải là số nguyên ≥ 0"))
                continue
            participants = int(count)
        activity_id = int(cells[6]) if isinstance(cells[6], (int, float)) else None
        result.activities.append(Activity(activity_id, sector.id, org_unit_id, period, day.isoformat(),
                                          nfc(str(cells[2]).strip()), nfc(str(cells[3] or "")), participants,
                                          nfc(str(cells[5] or ""))))
