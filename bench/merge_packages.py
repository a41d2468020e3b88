"""Merging 100 district packages into the province's database.

    uv run python bench/merge_packages.py [--districts 100]

A sender database holds N districts (added to the catalog) with the 68
figures of 2024 each; one package is exported per district. The receiving
database, with the same catalog, imports them all (each package read,
previewed and committed, with its backup skipped as in a batch run). Budget:
under 10 s in all. Baseline in the same run: writing the same figures
directly with write_values, one district at a time.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from models import catalog, demo  # noqa: E402
from models.database import open_database  # noqa: E402
from models.exchange.packages import export_package, import_package, read_and_preview  # noqa: E402
from models.values import ValueChange, write_values  # noqa: E402


def setup(path: pathlib.Path, districts: int):
    db = open_database(path)
    catalog.load_default_catalog(db)
    demo.load_demo_units(db)  # the sample org tree
    province = catalog.top_org_unit(db).id
    for n in range(districts):
        catalog.add(db, "org_unit", code=f"D{n:03d}", name_vi=f"Huyện {n}", level="district", parent_id=province)
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--districts", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        sender = setup(folder / "sender.sqlite3", args.districts)
        indicators = [i for i in catalog.indicators(sender) if i.kind != "percent"]
        for n in range(args.districts):
            unit = catalog.org_unit_by_code(sender, f"D{n:03d}").id
            write_values(sender, [ValueChange(i.id, unit, "2024", (n + k) % 50) for k, i in enumerate(indicators)])
        paths = []
        for n in range(args.districts):
            path = folder / f"D{n:03d}.tttpkg"
            export_package(sender, catalog.org_unit_by_code(sender, f"D{n:03d}").id, "2024", path)
            paths.append(path)
        receiver = setup(folder / "receiver.sqlite3", args.districts)
        start = time.perf_counter()
        taken = 0
        for path in paths:
            package, _items = read_and_preview(receiver, path)
            taken += import_package(receiver, package)["taken"]
        merged = time.perf_counter() - start
        baseline_db = setup(folder / "baseline.sqlite3", args.districts)
        start = time.perf_counter()
        for n in range(args.districts):
            unit = catalog.org_unit_by_code(baseline_db, f"D{n:03d}").id
            write_values(baseline_db, [ValueChange(i.id, unit, "2024", (n + k) % 50)
                                       for k, i in enumerate(indicators)])
        direct = time.perf_counter() - start
    print(f"{args.districts} packages, {taken} records")
    print(f"merge all packages:               {merged:6.2f} s   (budget 10 s)")
    print(f"write the same figures directly:  {direct:6.2f} s   ratio {merged / direct:5.1f}")


if __name__ == "__main__":
    main()
