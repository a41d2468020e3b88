"""The violations list on 100,000 records: first rows, and each filter keystroke.

    uv run python bench/violations.py [--rows 100000]

Fills a database file with N violations (one bulk transaction), then times:
opening the list (building the panel, counting, loading the first page and
painting it), and typing a search ("cho don", one keystroke at a time, then
"so 54321", which narrows to one record and so scans the table), each
keystroke re-querying; the count of matches waits for typing to pause. Baseline in the same run: the bare SQL of one page
with no count and no Qt. Budgets: first rows under 300 ms, each keystroke
under 150 ms.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import random
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

PLACES = ["Chợ Đồn", "Ba Bể", "Bạch Thông", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", "TP Bắc Kạn"]
WHO = ["Cửa hàng", "Cơ sở in", "Đại lý sim", "Điểm internet", "Hộ kinh doanh"]


def fill(db, rows: int) -> None:
    from models import catalog
    from models.inspection.common import search_text

    unit = catalog.top_org_unit(db).id
    rng = random.Random(7)
    statuses = ["recorded", "decided", "paid", "paid", "cancelled"]
    with db.atomic():
        batch = []
        for n in range(rows):
            offender = f"{rng.choice(WHO)} số {n}"
            place = f"{rng.choice(PLACES)}, thôn {n % 97}"
            status = rng.choice(statuses)
            batch.append((unit, f"20{18 + n % 7}-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00", offender, place,
                           "Vi phạm mẫu", status, rng.choice([None, 2e6, 5e6]), search_text(offender, place),
                           "2024-01-01T00:00:00"))
            if len(batch) == 5000:
                _insert(db, batch)
                batch = []
        if batch:
            _insert(db, batch)


def _insert(db, batch) -> None:
    db.conn.executemany(
        "INSERT INTO violations (org_unit_id, occurred_at, offender, place, description, status, fine, search, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from models import catalog, demo
    from models.database import open_database
    from models.inspection.violations import ViolationFilter, page_violations
    from ops.session import Session
    from ui.runner import Runner
    from ui.violation_list import ViolationListPanel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(pathlib.Path(tmp) / "bench.sqlite3")
        catalog.load_default_catalog(db)
        demo.load_demo_units(db)  # the sample org tree
        start = time.perf_counter()
        fill(db, args.rows)
        print(f"filled {args.rows} violations in {time.perf_counter() - start:.1f} s")
        unit = catalog.top_org_unit(db).id
        session = Session(db, path=None)  # reads only: the panel's writes are not measured
        opened, bare, keystrokes, rare = [], [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            page_violations(db, ViolationFilter(), limit=200)
            bare.append(time.perf_counter() - start)
            start = time.perf_counter()
            panel = ViolationListPanel(session=session, runner=Runner(), org_unit=lambda: unit)
            panel.resize(1100, 600)
            panel.apply_filter()
            panel.show()
            app.processEvents()
            opened.append(time.perf_counter() - start)
            assert panel.model.rowCount() == 200 and panel.model.total == args.rows
            for words in ("cho don", "so 54321"):  # common words, then one record in 100,000
                typed = ""
                for char in words:
                    typed += char
                    start = time.perf_counter()
                    panel.search.setText(typed)  # textChanged re-queries
                    app.processEvents()
                    (keystrokes if words == "cho don" else rare).append(time.perf_counter() - start)
            panel.close()
            panel.deleteLater()
            app.processEvents()
        db.close()
    o, b = statistics.median(opened), statistics.median(bare)
    k, worst = statistics.median(keystrokes), max(keystrokes)
    r, rare_worst = statistics.median(rare), max(rare)
    print(f"runs: {args.runs}; medians")
    print(f"open the list, first rows shown:   {o * 1000:6.1f} ms   (budget 300 ms)")
    print(f"bare SQL of the first page:        {b * 1000:6.1f} ms   ratio {o / b:5.1f}")
    print(f"filter keystroke, median:          {k * 1000:6.1f} ms   (budget 150 ms)")
    print(f"filter keystroke, slowest:         {worst * 1000:6.1f} ms")
    print(f"keystrokes narrowing to 1 record:  {r * 1000:6.1f} ms median, {rare_worst * 1000:.1f} ms slowest")


if __name__ == "__main__":
    main()
