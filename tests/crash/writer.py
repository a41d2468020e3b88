"""A writer for the crash harness: edits through the program's own models/ code.

    python tests/crash/writer.py DB [--broken]

Each logical record sets two indicator values to the same number n, in one
transaction (write_values), then prints "ack n". With --broken it writes the
two values in two transactions, the mistake the harness must catch.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))

from models import catalog, demo  # noqa: E402
from models.database import open_database  # noqa: E402
from models.values import ValueChange, write_values  # noqa: E402

PAIR = ("postal.providers", "postal.service_points")


def main() -> None:
    db = open_database(sys.argv[1])
    broken = "--broken" in sys.argv
    if catalog.is_empty(db):
        catalog.load_default_catalog(db)
        demo.load_demo_units(db)  # the sample org tree
    unit = catalog.top_org_unit(db).id
    first, second = (catalog.indicator_by_code(db, code).id for code in PAIR)
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        a, b = ValueChange(first, unit, "2024", n), ValueChange(second, unit, "2024", n)
        if broken:
            write_values(db, [a])
            time.sleep(0.002)  # widen the window the harness must find
            write_values(db, [b])
        else:
            write_values(db, [a, b])
        print(f"ack {n}", flush=True)


if __name__ == "__main__":
    main()
