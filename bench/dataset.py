"""Province-sized databases for the benchmarks, built through the program's own write path.

    uv run python bench/dataset.py OUT.sqlite3 [--communes 100] [--years 10] [--typed months]

A province, 9 districts and ``--communes`` communes under them; every commune types each
indicator's figure for every month of ``--years`` years ending in 2024 (``--typed
months,quarters,years`` also types quarters and years, as an office that reports each
period does). Figures go in through ops.figures.write_figures, a year at a time, with
their audit entries, as an import would write them. Never committed: the benchmarks build
what they measure.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models import catalog  # noqa: E402
from models.inspection.computed import COMPUTED  # noqa: E402
from models.periods import HALF, MONTH, QUARTER, YEAR, periods_of_kind  # noqa: E402
from models.values import ValueChange  # noqa: E402
from ops import figures  # noqa: E402
from ops.session import open_session  # noqa: E402

KINDS = {"months": [MONTH], "quarters": [QUARTER, HALF], "years": [YEAR]}


def build(path: pathlib.Path, *, communes: int = 100, years: int = 10, typed: tuple[str, ...] = ("months",),
          seed: int = 7) -> dict:
    """Make the database at ``path`` (which must not exist); returns what it holds."""
    random.seed(seed)
    session = open_session(path)
    try:
        db = session.db
        top = catalog.top_org_unit(db)  # a new file has only the catalog: the province made here
        province = top.id if top else session.write(lambda d: catalog.add(
            d, "org_unit", code="TINH", name_vi="Tỉnh", level="province"))
        districts = [u.id for u in catalog.child_units(db, province)]
        district_ids = districts + [
            session.write(lambda d, n=n: catalog.add(d, "org_unit", code=f"D{n}", name_vi=f"Huyện {n}",
                                                     level="district", parent_id=province))
            for n in range(max(0, 9 - len(districts)))]
        commune_ids = [session.write(lambda d, n=n: catalog.add(
            d, "org_unit", code=f"X{n:03d}", name_vi=f"Xã {n:03d}", level="commune",
            parent_id=district_ids[n % len(district_ids)])) for n in range(communes)]
        indicators = [i for i in catalog.indicators(db) if i.code not in COMPUTED]  # typed ones only
        denominators = {i.denominator_id for i in indicators if i.is_ratio}
        kinds = [kind for name in typed for kind in KINDS[name]]
        count = 0
        for year in range(2024 - years + 1, 2025):
            periods = [p.key for kind in kinds for p in periods_of_kind(year, kind)]
            changes = []
            for unit in commune_ids:
                for indicator in indicators:
                    for key in periods:
                        changes.append(ValueChange(indicator.id, unit, key,
                                                   _value(indicator) + (1000 if indicator.id in denominators else 0),
                                                   "estimate" if random.random() < 0.05 else "final"))
            figures.write_figures(session, changes)
            count += len(changes)
        return {"province": province, "districts": len(district_ids), "communes": communes,
                "indicators": len(indicators), "values": count}
    finally:
        session.close()


def _value(indicator) -> float:
    if indicator.kind == "percent":
        return round(random.uniform(40, 100), 1)
    if indicator.kind == "decimal":
        return round(random.uniform(1, 10), 2)
    high = indicator.max_value if indicator.max_value is not None else 1000
    return float(random.randint(0, int(min(high, 1000))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--communes", type=int, default=100)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--typed", default="months", help="comma-separated: months, quarters, years")
    args = parser.parse_args()
    if args.out.exists():
        raise SystemExit(f"{args.out}: exists; choose a new file")
    start = time.perf_counter()
    made = build(args.out, communes=args.communes, years=args.years, typed=tuple(args.typed.split(",")))
    print(f"{args.out}: {made} in {time.perf_counter() - start:.0f} s, "
          f"{args.out.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
