"""Importing 100,000 indicator values from an .xlsx long table.

    uv run python bench/import_values.py [--rows 100000]

Times reading and validating the file (read_long_table) and writing it
(apply, one transaction), beside merely iterating the same file with
openpyxl in read-only mode, in the same run. Budget: the import's rate at
least 0.7x the bare iteration's.
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from models import catalog  # noqa: E402
from models.database import open_database  # noqa: E402
from models.exchange.importing import apply, read_long_table  # noqa: E402


def make_file(path: pathlib.Path, rows: int, db) -> None:
    codes = [i.code for i in catalog.indicators(db)]
    units = [u.code for u in catalog.org_units(db)]
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("so-lieu")
    sheet.append(["indicator_code", "org_unit_code", "period", "value", "status", "note"])
    n = 0
    for year in range(2000, 2100):
        for month in range(1, 13):
            for unit in units:
                for code in codes:
                    if n == rows:
                        workbook.save(path)
                        return
                    sheet.append([code, unit, f"{year}-{month:02d}", n % 97, "final", ""])
                    n += 1
    workbook.save(path)


def iterate(path: pathlib.Path) -> float:
    start = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True)
    for _row in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        seed = open_database(":memory:")
        catalog.load_default_catalog(seed)
        path = folder / "values.xlsx"
        make_file(path, args.rows, seed)
        bare, reading, writing = [], [], []
        for run in range(args.runs):
            bare.append(iterate(path))
            db = open_database(folder / f"run{run}.sqlite3")
            catalog.load_default_catalog(db)
            start = time.perf_counter()
            result = read_long_table(db, path)
            reading.append(time.perf_counter() - start)
            assert result.ok and len(result.changes) == args.rows, result.problems[:3]
            start = time.perf_counter()
            apply(db, result)
            writing.append(time.perf_counter() - start)
            db.close()
    b, r, w = statistics.median(bare), statistics.median(reading), statistics.median(writing)
    rate_bare, rate_import = args.rows / b, args.rows / (r + w)
    print(f"runs: {args.runs}; {args.rows} values; medians")
    print(f"openpyxl read-only iteration:   {b:6.2f} s   {rate_bare:9.0f} rows/s")
    print(f"import: read and validate:      {r:6.2f} s")
    print(f"import: write (one transaction): {w:5.2f} s")
    print(f"import in all:                  {r + w:6.2f} s   {rate_import:9.0f} rows/s   "
          f"ratio {rate_import / rate_bare:4.2f} (budget >= 0.70)")


if __name__ == "__main__":
    main()
