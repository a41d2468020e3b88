"""Vietnam's official administrative units, read from a kept list rather than typed by us.

The list is the data of the ``vietnamadminunits`` package (MIT licence, PyPI): the 34
provinces and 3,321 communes (phường, xã, đặc khu) in force since 1 July 2025 with their
GSO codes, the 63 provinces, their districts and communes before, and which old communes
each new one was formed from. Only its data files are read (its own modules are not
imported: they pull in geometry libraries this program has no use for). The program works
without it: :func:`available` says whether it is installed, and every other function
raises :class:`AdminUnitsMissing` when it is not.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import json
import pathlib
import sqlite3

from models.errors import UserError
from models.text import fold

NEW_ORDER_FROM = "2025-07-01"  # the day the 34 provinces and 3,321 communes took effect
_KINDS_EN = {"Tỉnh": "province", "Thành phố": "city", "Phường": "ward", "Xã": "commune", "Đặc khu": "special zone",
             "Huyện": "district", "Quận": "urban district", "Thị xã": "town", "Thị trấn": "township"}


class AdminUnitsMissing(UserError, LookupError):
    """The official list is not installed, or has no such unit."""


@dataclasses.dataclass(frozen=True)
class AdminUnit:
    code: str          # the GSO code: "19" for a province, "01840" for a commune
    name: str          # "Tỉnh Thái Nguyên", "Phường Đức Xuân"
    short: str         # "Thái Nguyên", "Đức Xuân"
    kind: str          # "Tỉnh", "Phường", ...
    province_code: str
    key: str = ""      # the package's own key, to follow its old→new table

    @property
    def name_en(self) -> str:
        """"Thai Nguyen province", "Duc Xuan ward": the short name without diacritics."""
        words = " ".join(w.capitalize() for w in fold(self.short).split())
        return f"{words} {_KINDS_EN.get(self.kind, '')}".strip()


def _data_dir() -> pathlib.Path | None:
    from models.resources import resource

    bundled = resource("admin_units")  # a frozen build carries the data there (build.spec)
    if (bundled / "dataset.db").is_file():
        return bundled
    spec = importlib.util.find_spec("vietnamadminunits")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = pathlib.Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder if (folder / "dataset.db").is_file() else None


def available() -> bool:
    return _data_dir() is not None


def _connect() -> sqlite3.Connection:
    folder = _data_dir()
    if folder is None:
        raise AdminUnitsMissing("Chưa cài danh mục đơn vị hành chính chính thức (gói vietnamadminunits)")
    return sqlite3.connect(f"file:{(folder / 'dataset.db').as_posix()}?mode=ro&immutable=1", uri=True)


def _kind_of(name: str, short: str) -> str:
    return name[: len(name) - len(short)].strip() if name.endswith(short) else name.split(" ")[0]


@functools.cache
def provinces() -> tuple[AdminUnit, ...]:
    """The 34 provinces and centrally-run cities since 1 July 2025, by GSO code."""
    with _connect() as db:
        rows = db.execute("SELECT DISTINCT provinceCode, province, provinceShort, provinceKey FROM admin_units "
                          "ORDER BY provinceCode").fetchall()
    return tuple(AdminUnit(code, name, short, _kind_of(name, short), code, key) for code, name, short, key in rows)


def province(code: str) -> AdminUnit:
    found = next((p for p in provinces() if p.code == code), None)
    if found is None:
        raise AdminUnitsMissing(f"Không có tỉnh, thành phố mã {code} trong danh mục")
    return found


@functools.cache
def communes(province_code: str) -> tuple[AdminUnit, ...]:
    """A province's communes, wards and special zones since 1 July 2025, by GSO code."""
    with _connect() as db:
        rows = db.execute("SELECT wardCode, ward, wardShort, wardType, wardKey FROM admin_units "
                          "WHERE provinceCode = ? ORDER BY wardCode", [province_code]).fetchall()
    return tuple(AdminUnit(code, name, short, kind, province_code, key) for code, name, short, kind, key in rows)


def commune(province_code: str, code: str) -> AdminUnit:
    found = next((c for c in communes(province_code) if c.code == code), None)
    if found is None:
        raise AdminUnitsMissing(f"Không có xã, phường mã {code} thuộc tỉnh mã {province_code}")
    return found


@dataclasses.dataclass(frozen=True)
class FormerUnit:
    """A unit from before 1 July 2025 (a province, or a commune with its district)."""

    code: str
    name: str
    district: str
    province: str
    key: str

    @property
    def name_en(self) -> str:
        return " ".join(w.capitalize() for w in fold(self.name).split())


def former_provinces(province_code: str) -> tuple[FormerUnit, ...]:
    """The provinces a province was formed from on 1 July 2025 (Thái Nguyên: Bắc Kạn and the
    former Thái Nguyên); one for a province that did not merge."""
    new = province(province_code)
    keys = _converter()["DICT_PROVINCE"].get(new.key, [])
    with _connect() as db:
        rows = db.execute(f"SELECT DISTINCT provinceCode, province, provinceKey FROM admin_units_legacy "
                          f"WHERE provinceKey IN ({','.join('?' * len(keys))}) ORDER BY provinceCode", keys).fetchall()
    return tuple(FormerUnit(code, name, "", name, key) for code, name, key in rows)


@dataclasses.dataclass(frozen=True)
class Formation:
    """A new commune and the former communes it was formed from. ``whole`` lists those that
    went into it entirely; ``part`` those divided between several new communes, whose figures
    the user must share out (the list says which new commune took most of it: ``main``)."""

    commune: AdminUnit
    whole: tuple[FormerUnit, ...]
    part: tuple[tuple[FormerUnit, bool], ...]  # (former commune, is this its main successor)


def formations(province_code: str) -> tuple[Formation, ...]:
    """What each of a province's new communes was formed from: a proposal for the user to
    confirm before it becomes the catalog's successions."""
    new = province(province_code)
    table = _converter()
    whole_by_new = table["DICT_PROVINCE_WARD_NO_DIVIDED"].get(new.key, {})
    divided = table["DICT_PROVINCE_WARD_DIVIDED"].get(new.key, {})
    keys = {k for olds in whole_by_new.values() for k in olds} | set(divided)
    former = _former_communes(keys)
    out = []
    for unit in communes(province_code):
        whole = tuple(former[k] for k in whole_by_new.get(unit.key, ()) if k in former)
        part = tuple((former[old], target["isDefaultNewWard"]) for old, targets in divided.items() if old in former
                     for target in targets if target["newWardKey"] == unit.key)
        out.append(Formation(unit, whole, part))
    return tuple(out)


def _former_communes(keys: set[str]) -> dict[str, FormerUnit]:
    """Former communes by the package's key (province_district_commune)."""
    if not keys:
        return {}
    with _connect() as db:
        rows = db.execute("SELECT provinceKey || '_' || districtKey || '_' || wardKey, wardCode, ward, district, "
                          "province FROM admin_units_legacy").fetchall()
    return {key: FormerUnit(code, name, district, prov, key) for key, code, name, district, prov in rows
            if key in keys}


@functools.cache
def _converter() -> dict:
    folder = _data_dir()
    if folder is None:
        raise AdminUnitsMissing("Chưa cài danh mục đơn vị hành chính chính thức (gói vietnamadminunits)")
    return json.loads((folder / "converter_2025.json").read_text(encoding="utf-8"))
