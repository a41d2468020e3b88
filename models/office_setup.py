"""A new office's org tree, chosen from the official list of administrative units.

A provincial department's tree is its province and the province's communes; a commune's
culture office's tree is its commune alone. Both as in force since 1 July 2025, with the
GSO codes as the catalog's codes (``T19`` for a province, ``X01840`` for a commune), so the
files a commune sends its province carry codes the province knows.

The units before the 2025 reorganisation, and which new unit took each one's figures, are
proposed from the same list (:func:`propose_former_units`) for the user to confirm.
"""

from __future__ import annotations

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
