"""The demo data set: the source report's 2024 province figures.

resources/demo/ holds the province's 2024 values (with the 2023 values that
the report's stated changes imply, only where it states one), its activities
and its text per sector. A database filled from it is marked as sample data.
"""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING

from models import catalog, settings
from models.activities import Activity, save_activity
from models.inspection.demo import load_sample_inspections
from models.narratives import save_narrative
from models.reports.letterhead import load_demo_settings
from models.resources import resource
from models.values import ValueChange, write_values

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


def has_records(db: Database) -> bool:
    """True when the file holds any figure, activity or text."""
    return any(db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()
               for t in ("indicator_values", "activities", "narratives"))


def load_demo_units(db: Database) -> None:
    """The sample data's org tree (resources/demo/org_units.csv): the province of the source
    report and its districts, as they were in 2024."""
    if not catalog.org_units(db, include_inactive=True):
        catalog.load_org_units(db, catalog.resource_rows("org_units.csv", "demo"))


def load_demo(db: Database) -> None:
    """Fill an empty database with the demo data, in one transaction."""
    with db.atomic():
        if has_records(db):
            raise ValueError("Cơ sở dữ liệu đã có số liệu: không nạp dữ liệu mẫu đè lên")
        catalog.load_default_catalog(db)
        load_demo_units(db)
        indicators = {i.code: i for i in catalog.indicators(db, include_inactive=True)}
        units = {u.code: u for u in catalog.org_units(db, include_inactive=True)}
        sectors = {s.code: s for s in catalog.sectors(db, include_inactive=True)}
        with open(resource("demo", "values.csv"), encoding="utf-8", newline="") as handle:
            changes = [
                ValueChange(indicators[r["indicator_code"]].id, units[r["org_unit_code"]].id,
                            r["period"], float(r["value"]), r["status"], r["note"])
                for r in csv.DictReader(handle)
            ]
        write_values(db, changes, source="demo")
        with open(resource("demo", "activities.csv"), encoding="utf-8", newline="") as handle:
            for r in csv.DictReader(handle):
                save_activity(db, Activity(
                    None, sectors[r["sector"]].id, units[r["org_unit_code"]].id, r["period"],
                    r["date"], r["title"], r["kind"],
                    int(r["participants"]) if r["participants"] else None, r["note"]))
        text = json.loads(resource("demo", "narratives.json").read_text(encoding="utf-8"))
        unit = units[text["org_unit"]]
        for sector_code, parts in text["sectors"].items():
            for part, body in parts.items():
                save_narrative(db, sectors[sector_code].id, unit.id, text["period"], part, body)
        load_demo_settings(db)
        load_sample_inspections(db)
        settings.store_setting(db, "sample_data", True)


def load_reorg(db: Database) -> None:
    """The 2025 merger on top of the sample data (resources/demo/reorg/): Bắc Kạn and its
    districts end on 30 June 2025; with the former Thái Nguyên (its 2024 figures illustrative)
    they pass to the new Tỉnh Thái Nguyên from 1 July 2025, whose 2025 report compares with
    their 2024 figures, under the new agency's letterhead. Loaded through the catalog import,
    as an office would load it. In one transaction."""
    from models.catalog_io import apply, plan
    from models.reports.letterhead import _from_dict, save

    folder = resource("demo", "reorg")
    with db.atomic():
        for name in ("org_units.csv", "successions.csv"):
            apply(db, plan(db, folder / name))
        indicators = {i.code: i for i in catalog.indicators(db, include_inactive=True)}
        units = {u.code: u for u in catalog.org_units(db, include_inactive=True)}
        with open(folder / "values.csv", encoding="utf-8", newline="") as handle:
            write_values(db, [ValueChange(indicators[r["indicator_code"]].id, units[r["org_unit_code"]].id,
                                          r["period"], float(r["value"]), r["status"], r["note"])
                              for r in csv.DictReader(handle)], source="demo")
        text = json.loads((folder / "narratives.json").read_text(encoding="utf-8"))
        sectors = {s.code: s for s in catalog.sectors(db, include_inactive=True)}
        for sector_code, parts in text["sectors"].items():
            for part, body in parts.items():
                save_narrative(db, sectors[sector_code].id, units[text["org_unit"]].id, text["period"], part, body)
        head = json.loads((folder / "letterhead.json").read_text(encoding="utf-8"))
        unit, valid_from = units[head.pop("org_unit")], head.pop("valid_from")
        save(db, _from_dict(head), unit.id, valid_from)
        settings.store_setting(db, "sample_reorg", True)
