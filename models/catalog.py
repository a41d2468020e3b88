"""The catalog: sectors, indicators and the org-unit tree, all data.

Nothing about provinces, districts or the sector list is in code: the
defaults come from resources/catalog/*.csv on first run, and an office edits
them afterwards (add, rename, reorder, deactivate). A record that has data
is never deleted, only deactivated.
"""

from __future__ import annotations

import csv
import dataclasses
import weakref
import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from models import access
from models.resources import resource
from models.text import nfc
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

KINDS = ("count", "decimal", "percent", "money")
ROLLUPS = ("sum", "mean", "none")
TIME_RULES = ("sum", "last", "mean", "none")  # over the months of a quarter, the quarters of a year...
CHANGE_RULES = ("relative", "absolute")
LEVELS = ("province", "district", "commune", "office")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class CatalogError(UserError, ValueError):
    """An edit to the catalog that cannot be made; the message names the field."""


@dataclasses.dataclass(frozen=True)
class Sector:
    id: int
    code: str
    name_vi: str
    name_en: str
    position: int
    active: bool
    report_group: str = ""
    report_heading: str = ""

    @property
    def heading(self) -> str:
        """The sector's heading in the printed report."""
        return self.report_heading or self.name_vi

    def name(self, language: str = "vi") -> str:
        return self.name_en if language == "en" and self.name_en else self.name_vi


@dataclasses.dataclass(frozen=True)
class Indicator:
    id: int
    code: str
    sector_id: int
    name_vi: str
    name_en: str
    unit: str
    kind: str
    rollup: str
    change_rule: str
    min_value: float | None
    max_value: float | None
    position: int
    active: bool
    time_rule: str = "sum"  # sum (flows), last (stocks), mean or none (rates)
    numerator_id: int | None = None  # a rate computed from two indicators: numerator / denominator
    denominator_id: int | None = None
    unit_en: str = ""

    def name(self, language: str = "vi") -> str:
        return self.name_en if language == "en" and self.name_en else self.name_vi

    def unit_in(self, language: str = "vi") -> str:
        """The unit as the interface shows it; printed reports always use the Vietnamese one."""
        return self.unit_en if language == "en" and self.unit_en else self.unit

    @property
    def is_ratio(self) -> bool:
        """A rate whose value follows from its numerator and denominator (×100 for a percentage)."""
        return self.numerator_id is not None and self.denominator_id is not None

    @property
    def is_integer(self) -> bool:
        """Counts and amounts of đồng are whole numbers."""
        return self.kind in ("count", "money")


@dataclasses.dataclass(frozen=True)
class OrgUnit:
    id: int
    code: str
    name_vi: str
    name_en: str
    level: str
    parent_id: int | None
    position: int
    active: bool
    valid_from: str | None = None  # ISO dates; None: open (the unit always existed / still exists)
    valid_to: str | None = None

    def name(self, language: str = "vi") -> str:
        return self.name_en if language == "en" and self.name_en else self.name_vi

    def exists_on(self, day: str) -> bool:
        """Whether the unit existed on ``day`` (ISO)."""
        return (self.valid_from or "") <= day and (self.valid_to is None or day <= self.valid_to)

    def exists_during(self, start: str, end: str) -> bool:
        """Whether the unit existed at some time from ``start`` to ``end`` (ISO dates)."""
        return (self.valid_from or "") <= end and (self.valid_to is None or start <= self.valid_to)


def _build(cls, row: dict):
    fields = {f.name for f in dataclasses.fields(cls)}
    values = {k: v for k, v in row.items() if k in fields}
    values["active"] = bool(values["active"])
    return cls(**values)


# ---------------------------------------------------------------- reading


def sectors(db: Database, *, include_inactive: bool = False) -> list[Sector]:
    """Sectors in report order."""
    where = "" if include_inactive else "WHERE active = 1"
    rows = db.execute_returning_dicts(f"SELECT * FROM sectors {where} ORDER BY position, id")
    return [_build(Sector, r) for r in rows]


def indicators(
    db: Database, sector_id: int | None = None, *, include_inactive: bool = False
) -> list[Indicator]:
    """Indicators in report order, of one sector or all."""
    clauses, params = [], []
    if sector_id is not None:
        clauses.append("sector_id = ?")
        params.append(sector_id)
    if not include_inactive:
        clauses.append("active = 1")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.execute_returning_dicts(
        f"SELECT * FROM indicators {where} ORDER BY position, id", params
    )
    return [_build(Indicator, r) for r in rows]


def indicator_by_code(db: Database, code: str) -> Indicator | None:
    rows = db.execute_returning_dicts("SELECT * FROM indicators WHERE code = ?", [code])
    return _build(Indicator, rows[0]) if rows else None


def indicator(db: Database, indicator_id: int) -> Indicator:
    rows = db.execute_returning_dicts("SELECT * FROM indicators WHERE id = ?", [indicator_id])
    if not rows:
        raise CatalogError(f"Không có chỉ tiêu mã số {indicator_id}")
    return _build(Indicator, rows[0])


def org_units(db: Database, *, include_inactive: bool = False) -> list[OrgUnit]:
    """Org units in tree order (each parent before its children)."""
    return [unit for unit, _depth in org_unit_tree(db, include_inactive=include_inactive)]


# The tree as last built, per connection: read again only once something was written to the file
# (every screen refresh asks for it: 1,000 units took 10 ms to build, twice per click on a province).
_trees: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def org_unit_tree(db: Database, *, include_inactive: bool = False) -> list[tuple[OrgUnit, int]]:
    """(org unit, depth) pairs, depth-first in position order; roots have depth 0."""
    # total_changes counts this connection's writes, data_version moves with every other's commit.
    state = (db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0], include_inactive)
    kept = _trees.get(db)
    if kept is not None and kept[0] == state:
        return list(kept[1])
    tree = _build_tree(db, include_inactive)
    _trees[db] = (state, tree)
    return list(tree)


def _build_tree(db: Database, include_inactive: bool) -> list[tuple[OrgUnit, int]]:
    where = "" if include_inactive else "WHERE active = 1"
    rows = db.execute_returning_dicts(f"SELECT * FROM org_units {where} ORDER BY position, id")
    units = [_build(OrgUnit, r) for r in rows]
    ids = {u.id for u in units}
    children: dict[int | None, list[OrgUnit]] = {}
    for unit in units:
        parent = unit.parent_id if unit.parent_id in ids else None
        children.setdefault(parent, []).append(unit)
    out: list[tuple[OrgUnit, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for unit in children.get(parent, []):
            out.append((unit, depth))
            walk(unit.id, depth + 1)

    walk(None, 0)
    return out


def org_unit_by_code(db: Database, code: str) -> OrgUnit | None:
    rows = db.execute_returning_dicts("SELECT * FROM org_units WHERE code = ?", [code])
    return _build(OrgUnit, rows[0]) if rows else None


def org_unit(db: Database, unit_id: int) -> OrgUnit:
    rows = db.execute_returning_dicts("SELECT * FROM org_units WHERE id = ?", [unit_id])
    if not rows:
        raise CatalogError(f"Không có đơn vị mã số {unit_id}")
    return _build(OrgUnit, rows[0])


def child_units(db: Database, unit_id: int) -> list[OrgUnit]:
    """The active direct children of an org unit."""
    rows = db.execute_returning_dicts(
        "SELECT * FROM org_units WHERE parent_id = ? AND active = 1 ORDER BY position, id",
        [unit_id],
    )
    return [_build(OrgUnit, r) for r in rows]


def top_org_unit(db: Database) -> OrgUnit | None:
    """The first root of the tree (the province, by default)."""
    tree = org_unit_tree(db)
    return tree[0][0] if tree else None


# ---------------------------------------------------------------- defaults


def is_empty(db: Database) -> bool:
    return db.execute("SELECT COUNT(*) FROM sectors").fetchone()[0] == 0


def load_default_catalog(db: Database) -> None:
    """Fill an empty catalog's sectors and indicators from resources/catalog/, in one
    transaction. Org units are the office's own: chosen from the official list at first start
    (models/office_setup.py), imported, or the sample data's."""
    with db.atomic():
        if not is_empty(db):
            return
        for pos, row in enumerate(resource_rows("sectors.csv")):
            _insert(db, "sectors", {"code": row["code"], "name_vi": row["name_vi"],
                                     "name_en": row["name_en"], "report_group": row["report_group"],
                                     "report_heading": row["report_heading"], "position": pos})
        sector_ids = {s.code: s.id for s in sectors(db)}
        for pos, row in enumerate(resource_rows("indicators.csv")):
            if row["sector"] not in sector_ids:
                raise CatalogError(f"indicators.csv: lĩnh vực «{row['sector']}» không có")
            _insert(db, "indicators", {
                "code": row["code"], "sector_id": sector_ids[row["sector"]],
                "name_vi": row["name_vi"], "name_en": row["name_en"], "unit": row["unit"],
                "unit_en": row.get("unit_en", ""),
                "kind": row["kind"], "rollup": row["rollup"], "change_rule": row["change_rule"],
                "min_value": _float_or_none(row["min_value"]),
                "max_value": _float_or_none(row["max_value"]), "position": pos,
                "time_rule": row.get("time_rule") or "sum",
            })
        ids = {i.code: i.id for i in indicators(db, include_inactive=True)}
        for row in resource_rows("indicators.csv"):
            if row.get("numerator") or row.get("denominator"):
                db.execute("UPDATE indicators SET numerator_id = ?, denominator_id = ? WHERE code = ?",
                           [ids[row["numerator"]], ids[row["denominator"]], row["code"]])
        if not db.execute("SELECT 1 FROM rules LIMIT 1").fetchone():  # the validation rules it implies
            for row in resource_rows("rules.csv"):
                _insert(db, "rules", {k: row[k] for k in ("code", "left", "op", "right", "importance", "message")})


def load_org_units(db: Database, rows: Iterable[dict]) -> None:
    """Add org units from rows with code, name_vi, name_en, level, parent (a code, empty for a
    root) and, optionally, valid_from and valid_to; a parent comes before its children."""
    with db.atomic():
        start = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM org_units").fetchone()[0]
        for pos, row in enumerate(rows, start):
            parent = org_unit_by_code(db, row["parent"]) if row.get("parent") else None
            _insert(db, "org_units", {
                "code": row["code"], "name_vi": row["name_vi"], "name_en": row.get("name_en", ""),
                "level": row["level"], "parent_id": parent.id if parent else None, "position": pos,
                "valid_from": row.get("valid_from") or None, "valid_to": row.get("valid_to") or None,
            })


def resource_rows(name: str, folder: str = "catalog") -> Iterable[dict]:
    with open(resource(folder, name), encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _float_or_none(text: str) -> float | None:
    return float(text) if text not in (None, "") else None


def _insert(db: Database, table: str, record: dict) -> int:
    record = {k: nfc(v) if isinstance(v, str) else v for k, v in record.items()}
    return db[table].insert(record).last_pk


# ---------------------------------------------------------------- editing

_TABLES = {"sector": "sectors", "indicator": "indicators", "org_unit": "org_units"}
_EDITABLE = {
    "sectors": {"code", "name_vi", "name_en", "report_group", "report_heading", "active"},
    "indicators": {"code", "sector_id", "name_vi", "name_en", "unit", "unit_en", "kind", "rollup",
                   "change_rule", "min_value", "max_value", "active", "time_rule", "numerator_id",
                   "denominator_id"},
    "org_units": {"code", "name_vi", "name_en", "level", "parent_id", "active", "valid_from", "valid_to"},
}
_FIELD_NAMES = {"code": "Mã", "name_vi": "Tên tiếng Việt", "kind": "Loại",
                "rollup": "Cách tổng hợp", "change_rule": "Cách so sánh", "level": "Cấp",
                "time_rule": "Cách cộng dồn theo thời gian", "numerator_id": "Tử số",
                "denominator_id": "Mẫu số",
                "min_value": "Giá trị nhỏ nhất", "max_value": "Giá trị lớn nhất",
                "parent_id": "Đơn vị cấp trên", "sector_id": "Lĩnh vực",
                "valid_from": "Có hiệu lực từ", "valid_to": "Hết hiệu lực từ sau ngày"}


def _validate(db: Database, table: str, record: dict, record_id: int | None) -> dict:
    clean = {k: (nfc(v.strip()) if isinstance(v, str) else v) for k, v in record.items()}
    unknown = set(clean) - _EDITABLE[table]
    if unknown:
        raise CatalogError(f"Trường không sửa được: {', '.join(sorted(unknown))}")
    if "code" in clean:
        code = clean["code"] or ""
        if not _CODE.match(code):
            raise CatalogError(f"{_FIELD_NAMES['code']}: «{code}» chỉ gồm chữ không dấu, số, '.', '-', '_'")
        clash = db.execute(f"SELECT id FROM {table} WHERE code = ?", [code]).fetchone()
        if clash and clash[0] != record_id:
            raise CatalogError(f"{_FIELD_NAMES['code']}: «{code}» đã được dùng")
    if "name_vi" in clean and not clean["name_vi"]:
        raise CatalogError(f"{_FIELD_NAMES['name_vi']}: không được để trống")
    for field, allowed in (("kind", KINDS), ("rollup", ROLLUPS), ("time_rule", TIME_RULES),
                           ("change_rule", CHANGE_RULES), ("level", LEVELS)):
        if field in clean and clean[field] not in allowed:
            raise CatalogError(f"{_FIELD_NAMES[field]}: «{clean[field]}» không hợp lệ ({', '.join(allowed)})")
    if table == "indicators":
        current = dict(db["indicators"].get(record_id)) if record_id else {}
        low = clean.get("min_value", current.get("min_value"))
        high = clean.get("max_value", current.get("max_value"))
        if low is not None and high is not None and low > high:
            raise CatalogError(f"{_FIELD_NAMES['min_value']} lớn hơn {_FIELD_NAMES['max_value'].lower()}")
        if "sector_id" in clean and not db.execute(
                "SELECT 1 FROM sectors WHERE id = ?", [clean["sector_id"]]).fetchone():
            raise CatalogError(f"{_FIELD_NAMES['sector_id']}: không có")
        _check_ratio(db, record_id, clean.get("numerator_id", current.get("numerator_id")),
                     clean.get("denominator_id", current.get("denominator_id")))
    if table == "org_units" and clean.get("parent_id") is not None:
        parent = clean["parent_id"]
        ancestor = parent
        while ancestor is not None:
            if ancestor == record_id:
                raise CatalogError(f"{_FIELD_NAMES['parent_id']}: một đơn vị không thể nằm dưới chính nó")
            row = db.execute("SELECT parent_id FROM org_units WHERE id = ?", [ancestor]).fetchone()
            if row is None:
                raise CatalogError(f"{_FIELD_NAMES['parent_id']}: không có")
            ancestor = row[0]
    if table == "org_units":
        current = dict(db["org_units"].get(record_id)) if record_id else {}
        for field in ("valid_from", "valid_to"):
            if field in clean:
                clean[field] = clean[field] or None
                if clean[field] is not None:
                    try:
                        clean[field] = dt.date.fromisoformat(str(clean[field])).isoformat()
                    except ValueError:
                        raise CatalogError(f"{_FIELD_NAMES[field]}: «{clean[field]}» không phải ngày") from None
        start = clean.get("valid_from", current.get("valid_from"))
        end = clean.get("valid_to", current.get("valid_to"))
        if start and end and end < start:
            raise CatalogError(f"{_FIELD_NAMES['valid_to']} ({end}) trước {_FIELD_NAMES['valid_from'].lower()} "
                               f"({start})")
    if "active" in clean:
        clean["active"] = 1 if clean["active"] else 0
    return clean


def _check_ratio(db: Database, record_id: int | None, numerator: int | None, denominator: int | None) -> None:
    """A rate's parts: both or neither, other indicators that are not rates of parts themselves."""
    if (numerator is None) != (denominator is None):
        raise CatalogError(f"{_FIELD_NAMES['numerator_id']}, {_FIELD_NAMES['denominator_id']}: cần cả hai hoặc "
                           "không cái nào")
    for field, part in (("numerator_id", numerator), ("denominator_id", denominator)):
        if part is None:
            continue
        row = db.execute("SELECT numerator_id FROM indicators WHERE id = ?", [part]).fetchone()
        if row is None:
            raise CatalogError(f"{_FIELD_NAMES[field]}: không có chỉ tiêu này")
        if part == record_id or row[0] is not None:
            raise CatalogError(f"{_FIELD_NAMES[field]}: phải là một chỉ tiêu khác, không tính từ tử số, mẫu số")


def add(db: Database, entity: str, **fields) -> int:
    """Add a sector, indicator or org unit at the end of its list; returns its id."""
    access.require(db, "edit_catalog")
    table = _TABLES[entity]
    required = {"sectors": ("code", "name_vi"), "indicators": ("code", "sector_id", "name_vi", "kind"),
                "org_units": ("code", "name_vi")}[table]
    for field in required:
        if fields.get(field) in (None, ""):
            raise CatalogError(f"{_FIELD_NAMES.get(field, field)}: không được để trống")
    with db.atomic():
        clean = _validate(db, table, fields, None)
        clean["position"] = db.execute(f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table}").fetchone()[0]
        return db[table].insert(clean).last_pk


def update(db: Database, entity: str, record_id: int, **fields) -> None:
    """Change fields of one catalog record (rename, deactivate, ...)."""
    access.require(db, "edit_catalog")
    table = _TABLES[entity]
    with db.atomic():
        if not db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone():
            raise CatalogError(f"Không có bản ghi {record_id}")
        clean = _validate(db, table, fields, record_id)
        if clean:
            db[table].update(record_id, clean)


def reorder(db: Database, entity: str, ordered_ids: list[int]) -> None:
    """Set the order of records to ``ordered_ids`` (others keep theirs, after them)."""
    access.require(db, "edit_catalog")
    table = _TABLES[entity]
    with db.atomic():
        for pos, record_id in enumerate(ordered_ids):
            db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [pos, record_id])
        rest = db.execute(
            f"SELECT id FROM {table} WHERE id NOT IN ({','.join('?' * len(ordered_ids)) or 'NULL'}) "
            "ORDER BY position, id", ordered_ids).fetchall()
        for offset, (record_id,) in enumerate(rest):
            db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [len(ordered_ids) + offset, record_id])


_REFERENCES = {
    "sectors": [("indicators", "sector_id"), ("activities", "sector_id"), ("narratives", "sector_id"),
                ("establishments", "sector_id"), ("inspections", "sector_id"), ("violations", "sector_id"),
                ("petitions", "sector_id")],
    "indicators": [("indicator_values", "indicator_id"), ("targets", "indicator_id")],
    "org_units": [("org_units", "parent_id"), ("indicator_values", "org_unit_id"),
                  ("targets", "org_unit_id"), ("activities", "org_unit_id"),
                  ("narratives", "org_unit_id"), ("establishments", "org_unit_id"),
                  ("inspections", "org_unit_id"), ("violations", "org_unit_id"), ("petitions", "org_unit_id"),
                  ("successions", "from_id"), ("successions", "to_id"), ("letterheads", "org_unit_id"),
                  ("register", "org_unit_id"), ("trusted_keys", "org_unit_id")],
}


def has_data(db: Database, entity: str, record_id: int) -> bool:
    """True when anything refers to the record: it may then only be deactivated."""
    table = _TABLES[entity]
    for other, column in _REFERENCES[table]:
        if other in db.table_names() and db.execute(
                f"SELECT 1 FROM {other} WHERE {column} = ? LIMIT 1", [record_id]).fetchone():
            return True
    return False


def delete(db: Database, entity: str, record_id: int) -> None:
    """Delete a record nothing refers to; raises CatalogError otherwise."""
    access.require(db, "edit_catalog")
    table = _TABLES[entity]
    with db.atomic():
        if has_data(db, entity, record_id):
            raise CatalogError("Bản ghi đã có dữ liệu: chỉ có thể ngừng sử dụng, không xóa được")
        db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
