"""A new office's org tree, chosen from the official list of administrative units.

A provincial department's tree is its province and the province's communes; a commune's
culture office's tree is its commune alone. Both as in force since 1 July 2025, with the
GSO codes as the catalog's codes (``T19`` for a province, ``X01840`` for a commune), so the
files a commune sends its province carry codes the province knows.

The units before the 2025 reorganisation, and which new unit took each one's figures, are
proposed from the same list (:func:`propose_former_units`) for the user to confirm.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from models import access, admin_units, catalog
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

FORMER_SUFFIX = "-cu"  # "cũ": the code of a unit before 1 July 2025 (its GSO code was reused)


class OfficeSetupError(UserError, ValueError):
    """The office cannot be set up so; the message says why."""


def province_code(code: str) -> str:
    return f"T{code}"


def commune_code(code: str) -> str:
    return f"X{code}"


def set_up_office(db: Database, province: str, commune: str | None = None) -> int:
    """Fill an empty org tree with a province (GSO code) and its communes, or with one commune
    of it; returns the top unit's id. Refused when the file already has org units."""
    access.require(db, "edit_catalog")
    if catalog.org_units(db, include_inactive=True):
        raise OfficeSetupError("Tệp này đã có danh mục đơn vị; thêm, sửa đơn vị ở Danh mục")
    chosen = admin_units.province(province)
    start = admin_units.NEW_ORDER_FROM
    if commune:
        unit = admin_units.commune(province, commune)
        rows = [{"code": commune_code(unit.code), "name_vi": unit.name, "name_en": unit.name_en,
                 "level": "commune", "parent": "", "valid_from": start}]
    else:
        rows = [{"code": province_code(chosen.code), "name_vi": chosen.name, "name_en": chosen.name_en,
                 "level": "province", "parent": "", "valid_from": start}]
        rows += [{"code": commune_code(c.code), "name_vi": c.name, "name_en": c.name_en, "level": "commune",
                  "parent": province_code(chosen.code), "valid_from": start}
                 for c in admin_units.communes(chosen.code)]
    with db.atomic():
        catalog.load_org_units(db, rows)
        return catalog.org_unit_by_code(db, rows[0]["code"]).id


def propose_former_units(province: str, commune: str | None = None) -> dict[str, list[dict]]:
    """The units before 1 July 2025 and their successions, from the official list, as catalog
    records (models.catalog_io.write_workbook) for the office to check and then import: the
    former provinces and the former communes under them, ended on 30 June 2025, each passing
    to the new unit that took it. A former commune divided between new communes is proposed
    with equal shares and a note asking for the real ones. For one commune's office, only what
    formed that commune."""
    new = admin_units.province(province)
    end = (dt.date.fromisoformat(admin_units.NEW_ORDER_FROM) - dt.timedelta(days=1)).isoformat()
    start = admin_units.NEW_ORDER_FROM
    units: dict[str, dict] = {}
    successions: list[dict] = []
    for old in admin_units.former_provinces(new.code):
        code = province_code(old.code) + FORMER_SUFFIX
        units[code] = {"code": code, "parent_code": "", "name_vi": f"{old.name} (trước sắp xếp)",
                       "name_en": f"{old.name_en} (before the merger)", "level": "province", "valid_to": end,
                       "active": 1}
        if commune is None:
            successions.append({"from_code": code, "to_code": province_code(new.code), "date": start, "share": 1,
                                "note": "hợp nhất, sắp xếp đơn vị hành chính cấp tỉnh từ 01/07/2025"})
    divided: dict[str, list[str]] = {}
    for formation in admin_units.formations(new.code):
        if commune is not None and formation.commune.code != commune:
            continue
        target = commune_code(formation.commune.code)
        for old in formation.whole:
            _former(units, old, end)
            successions.append({"from_code": commune_code(old.code) + FORMER_SUFFIX, "to_code": target,
                                "date": start, "share": 1, "note": "nhập toàn bộ"})
        for old, _main in formation.part:
            _former(units, old, end)
            divided.setdefault(commune_code(old.code) + FORMER_SUFFIX, []).append(target)
    for code, targets in divided.items():
        for target in targets:
            successions.append({"from_code": code, "to_code": target, "date": start,
                                "share": round(1 / len(targets), 6) if target != targets[-1] else
                                round(1 - round(1 / len(targets), 6) * (len(targets) - 1), 6),
                                "note": "chia tách: tỷ lệ chia đều, hãy sửa theo thực tế trước khi nhập"})
    return {"org_units": list(units.values()), "successions": successions}


def _former(units: dict[str, dict], old, end: str) -> None:
    code = commune_code(old.code) + FORMER_SUFFIX
    parent = next((c for c, u in units.items() if u["level"] == "province" and u["name_vi"].startswith(old.province)),
                  "")
    units.setdefault(code, {"code": code, "parent_code": parent, "name_vi": f"{old.name}, {old.district}",
                            "name_en": old.name_en, "level": "commune", "valid_to": end, "active": 1})
