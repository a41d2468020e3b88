"""Importing the country's org units: 34 provinces and their 3,321 communes (issue #16).

    uv run python bench/catalog_import.py [--runs 3]

The workbook is built from the official list the program bundles (vietnamadminunits):
one sheet ``org_units`` with the provinces and the communes under them. Timed in the same
run: reading the file with openpyxl alone (read-only, every cell: the baseline), and the
catalog import into a new database (read, every row checked, then written in one
transaction through the catalog's own edits). Budget: under 5 s.
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from openpyxl import Workbook, load_workbook  # noqa: E402

from models import admin_units, catalog  # noqa: E402
from models.catalog_io import TABLES, apply, plan  # noqa: E402
from models.database import open_database  # noqa: E402


def build(path: pathlib.Path) -> int:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "org_units"
    sheet.append(list(TABLES["org_units"]))
    count = 0
    for province in admin_units.provinces():
        sheet.append([f"T{province.code}", "", province.name, "", "province", "2025-07-01", "", 1])
        count += 1
        for commune in admin_units.communes(province.code):
            sheet.append([f"X{commune.code}", f"T{province.code}", commune.name, "", "commune", "2025-07-01", "", 1])
            count += 1
    workbook.save(path)
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        path = tmp / "don-vi.xlsx"
        units = build(path)
        read_times, import_times = [], []
        for run in range(args.runs):
            start = time.perf_counter()
            workbook = load_workbook(path, read_only=True)
            cells = sum(1 for row in workbook["org_units"].iter_rows(values_only=True) for _cell in row)
            workbook.close()
            read_times.append(time.perf_counter() - start)
            db = open_database(tmp / f"run{run}.sqlite3")
            catalog.load_default_catalog(db)
            start = time.perf_counter()
            found = plan(db, path)
            assert found.ok, found.problems[:3]
            apply(db, found)
            import_times.append(time.perf_counter() - start)
            assert len(catalog.org_units(db)) == units
            db.close()
        read, done = statistics.median(read_times), statistics.median(import_times)
        print(f"runs: {args.runs}, medians; {units} org units ({cells} cells)")
        print(f"openpyxl alone, read-only, every cell:   {read * 1000:7.0f} ms")
        print(f"catalog import (plan + apply), new file: {done * 1000:7.0f} ms   ratio {done / read:5.1f}   budget 5000 ms")


if __name__ == "__main__":
    main()
