"""The figure checks of a whole province: `validate --all-children` (issue #17).

    uv run python bench/validate.py --db M.sqlite3 [--runs 3]

On the province of bench/dataset.py (9 districts and 100 communes that typed every indicator
for every month of 10 years; give the file built by bench/figures.py's run, or let this
script build it), the checks of the province and every unit under it for 2024 (rules on the
engine's figures, rules across time, outliers), against the SQL alone reading the figures
they are made from (every value of the 110 units in 2024, and the same periods of the ten
years before for the outliers). Budget: under 2 s.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from models import catalog
    from models.database import open_database
    from models.validation import validate_tree

    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "m.sqlite3"
        if args.db:
            shutil.copy(args.db, path)
        else:
            sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
            from dataset import build

            build(path)
        db = open_database(path)
        top = catalog.top_org_unit(db)
        units = [u.id for u, _d in catalog.org_unit_tree(db)]
        keys = [str(year) for year in range(2014, 2025)]
        marks = ",".join("?" * len(units))

        def sql_alone():
            rows = db.execute(f"SELECT indicator_id, org_unit_id, period, value FROM indicator_values "
                              f"WHERE org_unit_id IN ({marks}) AND period LIKE '2024%'", units).fetchall()
            rows += db.execute(f"SELECT indicator_id, org_unit_id, period, value FROM indicator_values "
                               f"WHERE org_unit_id IN ({marks}) AND period IN ({','.join('?' * len(keys))})",
                               [*units, *keys]).fetchall()
            return len(rows)

        checks, reads = [], []
        for _run in range(args.runs):
            start = time.perf_counter()
            count = sql_alone()
            reads.append(time.perf_counter() - start)
            start = time.perf_counter()
            found = validate_tree(db, top.id, "2024")
            checks.append(time.perf_counter() - start)
        check, read = statistics.median(checks), statistics.median(reads)
        print(f"runs: {args.runs}, medians; {len(units)} units, {count} values read by the SQL alone; "
              f"{len(found)} problems found")
        print(f"the SQL alone reading those values:      {read * 1000:7.0f} ms")
        print(f"validate --all-children (2024):          {check * 1000:7.0f} ms   ratio {check / read:5.1f}   "
              f"budget 2000 ms")
        db.close()


if __name__ == "__main__":
    main()
