"""The catalog as a workbook: export it, and import a workbook or one CSV into a live database.

A province loads its own org units, indicators and successions in bulk, and carries its
catalog to its offices, through one workbook with a sheet per table (``TABLES``): records
are matched by code and refer to each other by code (``parent_code``, ``sector_code``,
``numerator_code``, ``from_code`` ...). A CSV holds one table, which its header says.

:func:`plan` reads a file and works out what it would add, change and retire, or lists every
problem by sheet, row and column (unknown references, duplicate codes, a cycle in the tree,
a kind or rule that does not exist, a unit retired before figures it holds, successors'
shares that do not add up); nothing is written. :func:`apply` writes a plan without
problems in one transaction, through the catalog's own edits (the same rules as the Catalog
dialog). An unchanged file changes nothing.
"""

from __future__ import annotations

import csv
import io
import dataclasses
import datetime as dt
import os
import pathlib
from typing import TYPE_CHECKING

from models import catalog
from models.catalog import CHANGE_RULES, KINDS, LEVELS, ROLLUPS, TIME_RULES
from models.errors import UserError
from models.exchange.reading import ImportRefused, Problem
from models.text import nfc
from models.output import written
from models.validation import check_rule, rules

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

TABLES: dict[str, tuple[str, ...]] = {
    "sectors": ("code", "name_vi", "name_en", "report_group", "report_heading", "active"),
    "indicators": ("code", "sector_code", "name_vi", "name_en", "unit", "unit_en", "kind", "rollup", "time_rule",
                   "change_rule", "min_value", "max_value", "numerator_code", "denominator_code", "active"),
    "org_units": ("code", "parent_code", "name_vi", "name_en", "level", "valid_from", "valid_to", "active"),
    "successions": ("from_code", "to_code", "date", "share", "note"),
    "rules": ("code", "left", "op", "right", "importance", "message", "active"),
}
REQUIRED = {"sectors": ("code", "name_vi"), "indicators": ("code", "sector_code", "name_vi", "kind"),
            "org_units": ("code", "name_vi", "level"), "successions": ("from_code", "to_code", "date"),
            "rules": ("code", "left", "op", "right")}
CHOICES = {"kind": KINDS, "rollup": ROLLUPS, "time_rule": TIME_RULES, "change_rule": CHANGE_RULES, "level": LEVELS}
MAX_ROWS = 50_000  # per table: a country's communes are 3,321


class CatalogImportRefused(ImportRefused):
    """The catalog file has problems; nothing was written. ``problems`` lists them all."""


@dataclasses.dataclass
class Plan:
    """What an import would do: records added, changed (field: (before, after)), retired."""
    source: str
    rows: dict[str, list[tuple[int, dict]]] = dataclasses.field(default_factory=dict)  # table: (row, record)
    added: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    changed: list[tuple[str, str, dict]] = dataclasses.field(default_factory=list)
    retired: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.retired)

    def summary(self) -> str:
        return f"thêm {len(self.added)}, sửa {len(self.changed)}, ngừng {len(self.retired)}"


# ---------------------------------------------------------------- export


def current(db: Database) -> dict[str, list[dict]]:
    """The catalog as the workbook holds it: every table's records, references by code."""
    sector_code = {s.id: s.code for s in catalog.sectors(db, include_inactive=True)}
    indicators = catalog.indicators(db, include_inactive=True)
    indicator_code = {i.id: i.code for i in indicators}
    units = [u for u, _depth in catalog.org_unit_tree(db, include_inactive=True)]
    unit_code = {u.id: u.code for u in units}
    return {
        "sectors": [{"code": s.code, "name_vi": s.name_vi, "name_en": s.name_en, "report_group": s.report_group,
                     "report_heading": s.report_heading, "active": int(s.active)}
                    for s in catalog.sectors(db, include_inactive=True)],
        "indicators": [{"code": i.code, "sector_code": sector_code[i.sector_id], "name_vi": i.name_vi,
                        "name_en": i.name_en, "unit": i.unit, "unit_en": i.unit_en, "kind": i.kind,
                        "rollup": i.rollup, "time_rule": i.time_rule, "change_rule": i.change_rule,
                        "min_value": i.min_value, "max_value": i.max_value,
                        "numerator_code": indicator_code.get(i.numerator_id, ""),
                        "denominator_code": indicator_code.get(i.denominator_id, ""), "active": int(i.active)}
                       for i in indicators],
        "org_units": [{"code": u.code, "parent_code": unit_code.get(u.parent_id, ""), "name_vi": u.name_vi,
                       "name_en": u.name_en, "level": u.level, "valid_from": u.valid_from or "",
                       "valid_to": u.valid_to or "", "active": int(u.active)} for u in units],
        "successions": [{"from_code": unit_code[f], "to_code": unit_code[t], "date": date, "share": share,
                         "note": note} for f, t, date, share, note in db.execute(
                            "SELECT from_id, to_id, date, share, note FROM successions ORDER BY date, id")],
        "rules": [{"code": r.code, "left": r.left, "op": r.op, "right": r.right, "importance": r.importance,
                   "message": r.message, "active": int(r.active)} for r in rules(db, include_inactive=True)],
    }


def export_catalog(db: Database, path: str | os.PathLike) -> int:
    """Write the catalog as a workbook (a sheet per table); returns the records written."""
    return write_workbook(current(db), path)


def write_workbook(tables: dict[str, list[dict]], path: str | os.PathLike) -> int:
    """Write records as a catalog workbook (a sheet per table, the columns of TABLES), as
    :func:`plan` reads it back; returns the records written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    count = 0
    bold = Font(bold=True)
    for table, records in tables.items():
        sheet = workbook.create_sheet(table)
        header = []
        for name in TABLES[table]:
            cell = WriteOnlyCell(sheet, value=name)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for record in records:
            row = []
            for name in TABLES[table]:
                value = record.get(name)
                cell = WriteOnlyCell(sheet, value=value if value not in (None, "") else None)
                if isinstance(value, str) and value:
                    cell.data_type = "s"  # never a formula, whatever a name starts with
                row.append(cell)
            sheet.append(row)
            count += 1
    with written(path) as temporary:
        workbook.save(os.fspath(temporary))
    return count


# ---------------------------------------------------------------- reading


def read_file(path: str | os.PathLike) -> tuple[dict[str, list[tuple[int, dict]]], list[Problem]]:
    """The rows of a catalog workbook (sheets by table name) or of one CSV (its table from its header)."""
    path = pathlib.Path(path)
    tables: dict[str, list[tuple[int, dict]]] = {}
    problems: list[Problem] = []
    if path.suffix.lower() == ".csv":
        from models.exchange.importing import MAX_CSV_BYTES, csv_text

        if path.stat().st_size > MAX_CSV_BYTES:
            raise UserError(f"{path.name}: tệp quá lớn")
        from models.exchange.reading import decode_csv

        text = decode_csv(path.read_bytes(), path.name)
        rows = [[csv_text(cell) for cell in row] for row in csv.reader(io.StringIO(text, newline=""))]
        table = _table_of(rows[0] if rows else [])
        if table is None:
            problems.append(Problem(path.name, 1, None, "dòng tiêu đề không khớp bảng nào của danh mục "
                                                         f"({'; '.join(', '.join(REQUIRED[t]) for t in TABLES)})"))
            return tables, problems
        tables[table] = _records(path.name, rows, problems)
        return tables, problems
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"{path.name}: chỉ nhận tệp .xlsx hoặc .csv")
    from models.exchange.safe_xlsx import open_workbook, rows_of

    workbook = open_workbook(path)
    try:
        for sheet in workbook.worksheets:
            if sheet.title not in TABLES:
                continue
            rows = [[cell.value for cell in row] for row in rows_of(sheet)]
            tables[sheet.title] = _records(sheet.title, rows, problems)
    finally:
        workbook.close()
    if not tables:
        problems.append(Problem(path.name, None, None, f"không có trang nào tên {', '.join(TABLES)}"))
    return tables, problems


def _table_of(header: list) -> str | None:
    names = {str(cell or "").strip() for cell in header}
    for table, required in REQUIRED.items():
        if set(required) <= names and names <= set(TABLES[table]):
            return table
    return None


def _records(sheet: str, rows: list[list], problems: list[Problem]) -> list[tuple[int, dict]]:
    if not rows:
        return []
    header = [str(cell or "").strip() for cell in rows[0]]
    if len(rows) - 1 > MAX_ROWS:
        problems.append(Problem(sheet, None, None, f"quá {MAX_ROWS} dòng"))
        return []
    out = []
    for number, row in enumerate(rows[1:], start=2):
        record = {}
        for name, value in zip(header, row):
            if name:
                record[name] = nfc(value.strip()) if isinstance(value, str) else value
        if any(value not in (None, "") for value in record.values()):
            out.append((number, record))
    return out


# ---------------------------------------------------------------- planning


def plan(db: Database, path: str | os.PathLike) -> Plan:
    """What importing ``path`` would do, or every problem it has; nothing is written."""
    path = pathlib.Path(path)
    tables, problems = read_file(path)
    result = Plan(path.name, tables, problems=problems)
    now = current(db)
    known = {table: {r.get("code") or (r["from_code"], r["to_code"]): r for r in records}
             for table, records in now.items()}
    codes = {table: set(known[table]) for table in ("sectors", "indicators", "org_units", "rules")}
    for table in ("sectors", "indicators", "org_units", "rules"):
        seen: dict[str, int] = {}
        for number, record in tables.get(table, []):
            code = str(record.get("code") or "")
            if code in seen:
                problems.append(Problem(table, number, "code", f"mã «{code}» trùng với dòng {seen[code]}"))
            seen[code] = number
            codes[table].add(code)
    parents = {code: record["parent_code"] for code, record in known["org_units"].items()}
    for table in TABLES:
        for number, record in tables.get(table, []):
            _check_row(db, table, number, record, codes, problems)
            if table == "org_units":
                parents[str(record.get("code") or "")] = str(record.get("parent_code") or "")
    _check_tree(tables.get("org_units", []), parents, problems)
    _check_shares(tables.get("successions", []), known["successions"], problems)
    _check_retirements(db, tables.get("org_units", []), problems)
    if problems:
        return result
    for table in TABLES:
        for _number, record in tables.get(table, []):
            key = record.get("code") if table != "successions" else (record["from_code"], record["to_code"])
            before = known[table].get(key)
            after = _normal(table, record)
            name = key if isinstance(key, str) else f"{key[0]} → {key[1]}"
            if before is None:
                result.added.append((table, name))
                continue
            diff = {field: (before.get(field), value) for field, value in after.items()
                    if _normal(table, {field: before.get(field)})[field] != value}
            if not diff:
                continue
            result.changed.append((table, name, diff))
            if ("active" in diff and not after["active"]) or ("valid_to" in diff and after.get("valid_to")):
                result.retired.append((table, name))
    return result


def _normal(table: str, record: dict) -> dict:
    """A record's fields as they are stored (empty text as "", numbers as floats, flags as 0/1)."""
    out = {}
    for field in TABLES[table]:
        if field not in record:
            continue
        value = record[field]
        if field in ("min_value", "max_value", "share"):
            out[field] = None if value in (None, "") else float(str(value).replace(",", "."))
        elif field == "active":
            out[field] = 0 if str(value).strip().lower() in ("0", "false", "không", "khong", "no") else 1
        elif field in ("valid_from", "valid_to", "date"):
            out[field] = _date(value) or ""
        else:
            out[field] = "" if value is None else str(value)
    if table == "successions" and out.get("share") is None:
        out["share"] = 1.0
    return out


def _date(value) -> str | None:
    """An ISO date from a cell (a date, "2025-07-01" or "01/07/2025"); None for empty; raises ValueError."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        from models.dates import parse_date

        return parse_date(text).isoformat()


def _check_row(db, table: str, number: int, record: dict, codes: dict, problems: list[Problem]) -> None:
    def bad(column, reason):
        problems.append(Problem(table, number, column, reason))

    for field in REQUIRED[table]:
        if record.get(field) in (None, ""):
            bad(field, "không được để trống")
    if "code" in record and record.get("code") and not catalog._CODE.match(str(record["code"])):
        bad("code", f"«{record['code']}» chỉ gồm chữ không dấu, số, '.', '-', '_'")
    for field, allowed in CHOICES.items():
        if record.get(field) not in (None, "") and record[field] not in allowed:
            bad(field, f"«{record[field]}» không có ({', '.join(allowed)})")
    references = {"sector_code": "sectors", "numerator_code": "indicators", "denominator_code": "indicators",
                  "parent_code": "org_units", "from_code": "org_units", "to_code": "org_units"}
    for field, other in references.items():
        value = record.get(field)
        if value not in (None, "") and str(value) not in codes[other]:
            bad(field, f"«{value}» không có trong danh mục hay trong tệp")
    for field in ("min_value", "max_value", "share"):
        if record.get(field) not in (None, ""):
            try:
                float(str(record[field]).replace(",", "."))
            except ValueError:
                bad(field, f"«{record[field]}» không phải là số")
    for field in ("valid_from", "valid_to", "date"):
        try:
            _date(record.get(field))
        except ValueError:
            bad(field, f"«{record.get(field)}» không phải ngày")
    if table == "successions":
        if record.get("from_code") and record.get("from_code") == record.get("to_code"):
            bad("to_code", "một đơn vị không kế thừa chính nó")
        try:
            share = float(str(record.get("share") or 1).replace(",", "."))
            if not 0 < share <= 1:
                bad("share", f"tỷ lệ {share} phải lớn hơn 0 và không quá 1")
        except ValueError:
            pass
    if table == "rules":
        if record.get("importance") not in (None, "", "error", "warning"):
            bad("importance", f"«{record['importance']}» không có (error, warning)")
        for field, reason in check_rule(str(record.get("left") or ""), str(record.get("op") or ""),
                                        str(record.get("right") or ""), codes["indicators"]):
            bad(field, reason)
    if table == "indicators" and bool(record.get("numerator_code")) != bool(record.get("denominator_code")):
        bad("denominator_code", "tử số và mẫu số: cần cả hai hoặc không cái nào")
    if table == "org_units":
        try:
            start, end = _date(record.get("valid_from")), _date(record.get("valid_to"))
            if start and end and end < start:
                bad("valid_to", f"{end} trước ngày bắt đầu {start}")
        except ValueError:
            pass


def _check_tree(rows: list[tuple[int, dict]], parents: dict[str, str], problems: list[Problem]) -> None:
    for number, record in rows:
        code = str(record.get("code") or "")
        path, unit = [code], parents.get(code, "")
        while unit:
            if unit in path:
                loop = " → ".join(path + [unit])
                problems.append(Problem("org_units", number, "parent_code",
                                        f"vòng lặp: «{code}» nằm dưới chính nó ({loop})"))
                break
            path.append(unit)
            unit = parents.get(unit, "")


def _check_shares(rows: list[tuple[int, dict]], known: dict, problems: list[Problem]) -> None:
    """The successors of one unit take all of it: their shares add up to 1."""
    shares: dict[str, dict[str, float]] = {}
    for (from_code, to_code), record in known.items():
        shares.setdefault(from_code, {})[to_code] = float(record["share"])
    last_row: dict[str, int] = {}
    for number, record in rows:
        try:
            share = float(str(record.get("share") or 1).replace(",", "."))
        except ValueError:
            continue
        shares.setdefault(str(record.get("from_code")), {})[str(record.get("to_code"))] = share
        last_row[str(record.get("from_code"))] = number
    for from_code, number in last_row.items():
        total = sum(shares[from_code].values())
        if abs(total - 1) > 1e-6:
            message = f"tỷ lệ các đơn vị kế thừa «{from_code}» cộng lại {total:g}, phải bằng 1"
            problems.append(Problem("successions", number, "share", message))


def _check_retirements(db, rows: list[tuple[int, dict]], problems: list[Problem]) -> None:
    """A unit cannot end before figures it holds: they would fall outside its time."""
    for number, record in rows:
        try:
            end = _date(record.get("valid_to"))
        except ValueError:
            continue
        unit = catalog.org_unit_by_code(db, str(record.get("code") or ""))
        if not end or unit is None:
            continue
        from models.periods import parse_period

        for (period,) in db.execute("SELECT DISTINCT period FROM indicator_values WHERE org_unit_id = ?",
                                    [unit.id]):
            start = parse_period(period).date_range()[0].isoformat()
            if start > end:
                problems.append(Problem("org_units", number, "valid_to",
                                        f"«{unit.code}» có số liệu kỳ {period}, sau ngày {end}"))
                break


# ---------------------------------------------------------------- writing


def apply(db: Database, result: Plan) -> int:
    """Write a plan in one transaction; returns the records added or changed. Refused (nothing
    written) when the plan has problems."""
    if result.problems:
        raise CatalogImportRefused(result.problems)
    with db.atomic():
        sector_id = {s.code: s.id for s in catalog.sectors(db, include_inactive=True)}
        for _number, record in result.rows.get("sectors", []):
            sector_id[record["code"]] = _upsert(db, "sector", record["code"], _fields("sectors", record), sector_id)
        indicator_id = {i.code: i.id for i in catalog.indicators(db, include_inactive=True)}
        for _number, record in result.rows.get("indicators", []):  # parts of rates once all exist
            fields = _fields("indicators", record)
            fields["sector_id"] = sector_id[record["sector_code"]]
            indicator_id[record["code"]] = _upsert(db, "indicator", record["code"], fields, indicator_id)
        for _number, record in result.rows.get("indicators", []):
            parts = (indicator_id.get(record.get("numerator_code") or ""),
                     indicator_id.get(record.get("denominator_code") or ""))
            stored = db.execute("SELECT numerator_id, denominator_id FROM indicators WHERE id = ?",
                                [indicator_id[record["code"]]]).fetchone()
            if tuple(stored) != parts and ("numerator_code" in record or "denominator_code" in record):
                catalog.update(db, "indicator", indicator_id[record["code"]], numerator_id=parts[0],
                               denominator_id=parts[1])
        unit_id = {u.code: u.id for u in catalog.org_units(db, include_inactive=True)}
        pending = list(result.rows.get("org_units", []))
        while pending:  # a parent before its children
            ready = [(n, r) for n, r in pending if not r.get("parent_code") or r["parent_code"] in unit_id]
            for _number, record in ready:
                fields = _fields("org_units", record)
                fields["parent_id"] = unit_id[record["parent_code"]] if record.get("parent_code") else None
                unit_id[record["code"]] = _upsert(db, "org_unit", record["code"], fields, unit_id)
            pending = [item for item in pending if item not in ready]
            if not ready:
                break
        for _number, record in result.rows.get("rules", []):
            fields = _normal("rules", record)
            fields["importance"] = fields.get("importance") or "error"
            columns = [c for c in TABLES["rules"] if c in fields]
            stored = db.execute(f"SELECT {', '.join(columns)} FROM rules WHERE code = ?", [fields["code"]]).fetchone()
            if stored is None:
                db.execute(f"INSERT INTO rules ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                           [fields[c] for c in columns])
            elif list(stored) != [fields[c] for c in columns]:
                db.execute(f"UPDATE rules SET {', '.join(f'{c} = ?' for c in columns)} WHERE code = ?",
                           [*(fields[c] for c in columns), fields["code"]])
        for _number, record in result.rows.get("successions", []):
            fields = _normal("successions", record)
            db.execute("INSERT INTO successions (from_id, to_id, date, share, note) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (from_id, to_id) DO UPDATE SET date = excluded.date, share = excluded.share, "
                       "note = excluded.note",
                       [unit_id[record["from_code"]], unit_id[record["to_code"]], fields["date"], fields["share"],
                        fields.get("note", "")])
    return len(result.added) + len(result.changed)


def _fields(table: str, record: dict) -> dict:
    fields = _normal(table, record)
    for reference in ("sector_code", "parent_code", "numerator_code", "denominator_code"):
        fields.pop(reference, None)
    for field in ("valid_from", "valid_to"):
        if field in fields:
            fields[field] = fields[field] or None
    return fields


def _upsert(db, entity: str, code: str, fields: dict, ids: dict) -> int:
    """Add the record, or change the fields that differ; the catalog's own edits check them."""
    if code not in ids:
        return catalog.add(db, entity, **fields)
    record_id = ids[code]
    stored = dict(db[catalog._TABLES[entity]].get(record_id))
    differ = {field: value for field, value in fields.items() if stored.get(field) != value
              and not (stored.get(field) in (None, "") and value in (None, ""))}
    if differ:
        catalog.update(db, entity, record_id, **differ)
    return record_id
