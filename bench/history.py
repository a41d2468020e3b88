"""A province's years stay fast: what issue #19 measures, each against its baseline in the same run.

    uv run python bench/history.py [--communes 100] [--years 3] [--runs 5] [--keep DIR]
    uv run python bench/history.py --communes 990 --years 10 --years-only    # L

Builds M (a province, 9 districts, ``--communes`` communes; every commune's figures for every
month, quarter, half and year of ``--years`` years ending in 2024) through the program's own
import operation, a year at a time, then measures on it:

1. import: each year's import (the write: models.exchange.importing.apply, without the file
   reading or the backup before it) into the file as it grows; the last year's against the
   first's. Baseline: the last year imported again on a copy the way it was before (a
   savepoint inside the import's transaction). And the peak memory of a process that imports
   one more year;
2. the window with every sector tab built: a period switch, an org-unit switch, and a figure
   typed with Enter (written, the visible grid read again); baseline: the same with only the
   visible tab built;
3. the history of a period (budget 100 ms), the Trends page's first indicator, the latest
   year: the queries now against those before (whole-table reads);
4. start: the check of a file closed cleanly against the full quick_check it replaced, and
   launch to data shown on M against the demo (each closed cleanly first);
5. the audit log's size (audit_log and figure_changes) against the figures' table (dbstat);
7. a trend chart of 90 lines redrawn, against the same chart with the legend searched
   for its place ("best") as before;
8. export-table to .xlsx against the same export as it was (openpyxl's write-only mode), and as .csv.

The database is built in a temporary folder and deleted (``--keep DIR`` keeps it); never
committed. The machines are noisy: compare the ratios.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import random
import shutil
import statistics
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from models import catalog  # noqa: E402
from models.inspection.computed import COMPUTED  # noqa: E402
from models.periods import HALF, MONTH, QUARTER, YEAR, periods_of_kind  # noqa: E402
from models.values import ValueChange  # noqa: E402


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def median_ms_pair(first, second, runs: int) -> tuple[float, float]:
    """Medians of ``first`` and ``second`` run in turn (each undoes the other)."""
    a, b = [], []
    for _ in range(runs):
        for fn, into in ((first, a), (second, b)):
            start = time.perf_counter()
            fn()
            into.append(time.perf_counter() - start)
    return statistics.median(a) * 1000, statistics.median(b) * 1000


def year_of_changes(db, year: int) -> list[ValueChange]:
    indicators = [i for i in catalog.indicators(db) if i.code not in COMPUTED]
    communes = [u.id for u in catalog.org_units(db) if u.level == "commune"]
    kinds = (YEAR,) if os.environ.get("TTTT_BENCH_TYPED") == "years" else (MONTH, QUARTER, HALF, YEAR)
    keys = [p.key for kind in kinds for p in periods_of_kind(year, kind)]
    rng = random.Random(year)
    return [ValueChange(i.id, u, k, float(rng.randint(0, 100)), "final") for u in communes for i in indicators
            for k in keys]


def import_year(session, year: int, *, savepoint: bool = False) -> float:
    """Seconds to write one year as an import writes it (one transaction)."""
    from models.exchange.importing import apply
    from models.exchange.reading import ImportResult

    result = ImportResult("bench.xlsx", changes=year_of_changes(session.db, year))

    def run(db):
        start = time.perf_counter()
        if savepoint:  # before: the figures' write opened a savepoint inside the import's transaction
            from models.values import write_values

            with db.atomic(), db.atomic():  # the outer BEGIN, the inner a SAVEPOINT (write_values joins it)
                write_values(db, result.changes, source="import")
        else:
            apply(db, result)
        return time.perf_counter() - start

    return session.write(run)


def build(folder: pathlib.Path, communes: int, years: int) -> tuple[pathlib.Path, list[float], float]:
    """M, built a year at a time; each year's import time, and the last year's the old way."""
    import dataset
    from ops.session import open_session

    path = folder / "m.sqlite3"
    dataset.build(path, communes=communes, years=0)  # the units, no figures
    seconds = []
    first_year = 2024 - years + 1
    for year in range(first_year, 2025):
        if year == 2024:
            shutil.copy(path, folder / "before-last.sqlite3")
        session = open_session(path)
        seconds.append(import_year(session, year))
        session.close()
    session = open_session(folder / "before-last.sqlite3")
    old_way = import_year(session, 2024, savepoint=True)
    session.close()
    for leftover in folder.glob("before-last.sqlite3*"):
        leftover.unlink()
    return path, seconds, old_way


def window_timings(path: pathlib.Path, runs: int) -> dict[str, tuple[float, float]]:
    """(all tabs built, visible tab only) for a period switch, an org-unit switch and an Enter."""
    from PySide6.QtWidgets import QApplication

    from ops.session import open_session
    from ui.app import Shell, application, make_prefs
    from ui.indicator_model import VALUE

    app = application()
    out: dict[str, list[float]] = {}
    for built in ("all", "one"):
        session = open_session(path)
        shell = Shell(session=session, prefs=make_prefs())
        window = shell.window
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        if built == "all":
            for sector in window.sectors:
                window.sector_tab(sector.code)
        tab = window.sector_tab("postal")
        app.processEvents()
        province = catalog.top_org_unit(session.db).id
        district = catalog.child_units(session.db, province)[0].id

        window.org_picker.set_current_id(province)
        app.processEvents()

        def switch_period():  # the province's grid: figures rolled up from every commune's months
            window.period_picker.set_period("2023" if window.scope()[1] == "2024" else "2024")
            app.processEvents()

        def to_unit(unit):
            def run():
                window.org_picker.set_current_id(unit)
                app.processEvents()
            return run

        values = iter(range(10_000))

        def enter():
            tab.model.setData(tab.model.index(0, VALUE), str(next(values)))
            QApplication.processEvents()

        out.setdefault("period switch (province)", []).append(median_ms(switch_period, runs))
        down, up = median_ms_pair(to_unit(district), to_unit(province), runs)
        out.setdefault("org unit: to a district", []).append(down)
        out.setdefault("org unit: to the province", []).append(up)
        window.org_picker.set_current_id(district)
        window.period_picker.set_period("2024")
        app.processEvents()
        out.setdefault("Enter (a district's figure)", []).append(median_ms(enter, runs))
        window.close()
        session.close()
    return {name: (pair[0], pair[1]) for name, pair in out.items()}


def query_timings(path: pathlib.Path, runs: int) -> dict[str, tuple[float, float]]:
    """(now, before) for the history of a period, the first trend, the latest year."""
    from models import audit, trends, values
    from models.database import open_database

    db = open_database(path)
    unit = [u.id for u in catalog.org_units(db) if u.level == "commune"][0]

    def old_first_trend():
        db.execute("SELECT v.indicator_id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
                   "JOIN sectors s ON s.id = i.sector_id WHERE i.active = 1 AND s.active = 1 "
                   "GROUP BY v.indicator_id HAVING COUNT(DISTINCT v.period) >= 2 "
                   "ORDER BY s.position, i.position LIMIT 1").fetchone()

    out = {
        # (before: a LIKE '%|unit|period' over every entry of the log; its figures now live in
        # figure_changes, so the old query has nothing left to compare with: see bench/README.md)
        "history of a period": (median_ms(lambda: audit.period_history(db, unit, "2024"), runs), None),
        "Trends' first indicator": (median_ms(lambda: trends.first_indicator_with_history(db), runs),
                                    median_ms(old_first_trend, runs)),
        "latest year": (median_ms(lambda: values.latest_period(db), runs),
                        median_ms(lambda: db.execute("SELECT MAX(substr(period, 1, 4)) FROM indicator_values")
                                  .fetchone(), runs)),
    }
    db.close()
    return out


def start_timings(path: pathlib.Path, runs: int) -> tuple[float, float]:
    from models.backup import quick_check
    from models.integrity import check_at_start
    from ops.session import open_session

    def clean_start():
        open_session(path).close()  # noted as closed cleanly
        start = time.perf_counter()
        check_at_start(path)
        return time.perf_counter() - start

    clean = statistics.median(clean_start() for _ in range(runs)) * 1000
    return clean, median_ms(lambda: quick_check(path), max(1, runs // 2))


def start_to_data(path: pathlib.Path, folder: pathlib.Path, runs: int) -> tuple[float, float]:
    """Seconds from launch to the data shown (the window's first tab filled), on M and on the demo,
    alternating; each file closed cleanly before its start, as after a day's work."""
    from _launch import demo_database, launch, program

    from ops.session import open_session

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TTTT_DATA_DIR=str(folder / "data"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    demo = folder / "demo.sqlite3"
    demo_database(demo, env)
    marks = ("shown", "ready")
    child = {db: program(str(db), shown='print("shown", flush=True)', ready='print("ready", flush=True)')
             for db in (path, demo)}
    times: dict[pathlib.Path, list[float]] = {path: [], demo: []}
    for turn in range(runs + 1):
        for db in (path, demo):
            open_session(db).close()  # closed cleanly (the launched child is killed once it has shown)
            taken = launch(child[db], env, marks)[1][0]
            if turn:  # the first turn writes the compiled modules
                times[db].append(taken)
    return statistics.median(times[path]), statistics.median(times[demo])


def memory_of_an_import(path: pathlib.Path, folder: pathlib.Path) -> float:
    """Peak resident memory (MB) of a process that imports one more year into a copy of M."""
    import subprocess

    copy = folder / "memory.sqlite3"
    shutil.copy(path, copy)
    code = (f"import sys, resource; sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
            "from history import import_year\nfrom ops.session import open_session\n"
            f"session = open_session({str(copy)!r}); import_year(session, 2025); session.close()\n"
            # VmHWM: the high-water mark of this program's own memory (ru_maxrss would count the
            # parent's pages the child shared between fork and exec)
            "import pathlib\nstatus = pathlib.Path('/proc/self/status')\n"
            "peak = [l.split()[1] for l in status.read_text().splitlines() if l.startswith('VmHWM')] "
            "if status.exists() else []\n"
            "print(peak[0] if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    for leftover in folder.glob("memory.sqlite3*"):
        leftover.unlink()
    return int(done.stdout.split()[-1]) / 1024


def sizes(path: pathlib.Path) -> dict[str, float]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return {name: size / 1e6 for name, size in conn.execute(
            "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")}
    finally:
        conn.close()


def chart_timings(runs: int) -> tuple[float, float]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from models.reports.charts import draw_trend
    from models.trends import Point, Series

    rng = random.Random(90)
    periods = [f"2024-{m:02d}" for m in range(1, 13)]
    series = [Series(f"Xã {k:03d}", tuple(Point(p, rng.uniform(10, 100), "final") for p in periods))
              for k in range(90)]
    figure = Figure(figsize=(8, 4.5), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)

    def now():
        draw_trend(figure, name="Doanh thu", unit="triệu đồng", kind="money", series=series)
        figure.canvas.draw()

    def before():
        axes = draw_trend(figure, name="Doanh thu", unit="triệu đồng", kind="money", series=series)
        axes.legend(loc="best", fontsize=9)
        figure.canvas.draw()

    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "constrained_layout not applied": the old way's 90-line legend
        return median_ms(now, runs), median_ms(before, runs)


def export_timings(path: pathlib.Path, folder: pathlib.Path) -> tuple[float, float, float, int]:
    """Seconds: export-table to .xlsx now; the same export as it was when #19 was filed (its sheet
    written through openpyxl's write-only mode, a WriteOnlyCell per text); as .csv."""
    from models.database import open_database
    from models.exchange import exporting, xlsx_export

    db = open_database(path)
    start = time.perf_counter()
    count = exporting.export_table(db, folder / "now.xlsx")
    now = time.perf_counter() - start
    start = time.perf_counter()
    exporting.export_table(db, folder / "now.csv")
    as_csv = time.perf_counter() - start
    ours = xlsx_export.export_rows
    xlsx_export.export_rows = openpyxl_export_rows
    try:
        start = time.perf_counter()
        exporting.export_table(db, folder / "before.xlsx")
        before = time.perf_counter() - start
    finally:
        xlsx_export.export_rows = ours
    db.close()
    return now, before, as_csv, count


def openpyxl_export_rows(path, *, title, headers, rows, widths=None) -> int:
    """models.exchange.xlsx_export.export_rows as it was when #19 was filed (the baseline)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from models.text import nfc

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title)
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=nfc(str(header)))
        cell.font = bold
        cell.data_type = "s"
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=nfc(value))
                cell.data_type = "s"  # never a formula
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=100)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=pathlib.Path, help="build in DIR and leave the database there")
    parser.add_argument("--years-only", action="store_true",
                        help="the communes type their years only (L: --communes 990 --years 10 --years-only)")
    args = parser.parse_args()
    os.environ["TTTT_BENCH_TYPED"] = "years" if args.years_only else "all"  # (the memory child reads it too)
    folder = args.keep or pathlib.Path(tempfile.mkdtemp(prefix="tttt-history-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        start = time.perf_counter()
        path, seconds, old_way = build(folder, args.communes, args.years)
        import sqlite3

        conn = sqlite3.connect(path)
        held = conn.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0]
        conn.close()
        print(f"{'L' if args.communes > 500 else 'M'}: {args.communes} communes, {args.years} years"
              f"{' (years only)' if args.years_only else ''}, {held:,} values, "
              f"{path.stat().st_size / 1e6:.0f} MB, built in {time.perf_counter() - start:.0f} s")
        print()
        print("1. import of one year (write), as the file grows")
        for year, taken in zip(range(2024 - args.years + 1, 2025), seconds):
            print(f"   {year}: {taken:6.2f} s")
        print(f"   last / first: {seconds[-1] / seconds[0]:.2f} (budget 1.2); the last year the old way "
              f"(a savepoint inside the transaction): {old_way:.2f} s = {old_way / seconds[0]:.1f}x the first")
        print(f"   peak memory of a process importing one more year: {memory_of_an_import(path, folder):.0f} MB "
              "(budget 250 MB on L)")
        print()
        print("2. the window, every sector tab built (baseline: the visible tab only); median ms")
        for name, (everything, one) in window_timings(path, args.runs).items():
            print(f"   {name:24} {everything:7.1f}   visible tab only {one:7.1f}   ratio {everything / one:.2f}")
        print()
        print("3. queries now and before; median ms")
        for name, (now, before) in query_timings(path, args.runs).items():
            compared = f"before {before:8.2f}   {before / max(now, 1e-3):.0f}x faster" if before else "(budget 100)"
            print(f"   {name:24} {now:7.2f}   {compared}")
        print()
        clean, full = start_timings(path, args.runs)
        print(f"4. start's check: after a clean close {clean:.2f} ms; the full quick_check it skips {full:.0f} ms")
        on_m, on_demo = start_to_data(path, folder, args.runs)
        print(f"   launch to data shown: {'L' if args.communes > 500 else 'M'} {on_m * 1000:.0f} ms, the demo "
              f"{on_demo * 1000:.0f} ms: ratio "
              f"{on_m / on_demo:.2f} (budget 1.2)")
        print()
        table_sizes = sizes(path)
        log = table_sizes.get("audit_log", 0) + table_sizes.get("figure_changes", 0)
        print(f"5. the audit log (audit_log {table_sizes.get('audit_log', 0):.1f} MB + figure_changes "
              f"{table_sizes.get('figure_changes', 0):.1f} MB; its indexes {table_sizes.get('figure_changes_scope', 0):.1f}"
              f" + {table_sizes.get('audit_log_record', 0):.1f} MB); indicator_values "
              f"{table_sizes.get('indicator_values', 0):.1f} MB: ratio {log / table_sizes.get('indicator_values', 1):.2f}"
              " (budget 1.0)")
        print()
        now, before = chart_timings(args.runs)
        print(f"7. a 90-line trend redrawn: {now:.0f} ms (budget 300); before (legend 'best'): {before:.0f} ms")
        print()
        now, before, as_csv, rows = export_timings(path, folder)
        print(f"8. export-table .xlsx, {rows:,} rows: {now:.1f} s; as it was (openpyxl write-only): {before:.1f} s "
              f"({before / now:.1f}x faster; budget 3x); the same export as .csv: {as_csv:.1f} s "
              f"(.xlsx / .csv {now / as_csv:.1f})")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
