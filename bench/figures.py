"""The figure engine on a province's data: a grid switch and the annual report.

    uv run python bench/figures.py [--db M.sqlite3] [--runs 7]

On a province of 9 districts and 100 communes whose communes typed every indicator for
every month of 10 years (bench/dataset.py builds it when --db is not given), measured in
the same run:

* the grid switch: the province's postal grid moved to another year (the model read and
  the view painted), with the engine (figures rolled up from 100 communes and accumulated
  from their months), against the same grid reading typed figures only;
* the same with the province's own figures typed too (what the engine costs where it has
  nothing to work out);
* the annual report's content (every figure, the previous year's, the appendix, the
  charts' series), engine against typed only, and the whole report with its PDF.

Typed-only means the engine with every other source switched off, reading the unit's own
figures of the period asked for (no units below, no shorter periods): what a screen
without the engine reads. The ratio is what working figures out costs.
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

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def typed_only_engine():
    from models.figures import FigureEngine

    class TypedOnly(FigureEngine):
        """The figures as typed, nothing worked out: the baseline reads the unit's own figures of
        the period asked for, as a screen without the engine would."""

        def _subtree(self, org_unit_id):
            return [org_unit_id]

        def _prepare(self, org_unit_id, periods, indicators):
            super()._prepare(org_unit_id, periods, indicators, nested=False)

        def _from_records(self, *_a):
            return None

        _ratio = _rolled_up = _accumulated = _from_records

    return TypedOnly


def sql_alone(db, runs: int, *, sector: str | None) -> list[float]:
    """Seconds to read, with the engine's own query, the typed rows the province's figures of a year
    and the year before are made of (a sector's indicators, or all), and nothing else: the floor."""
    from models import catalog
    from models.figures import FigureEngine
    from models.periods import parse_period

    province = catalog.top_org_unit(db).id
    indicators = [i for i in catalog.indicators(db) if sector is None or i.code.startswith(sector + ".")]
    times = []
    for n in range(runs):
        year = 2015 + n % 10 if sector else 2024 - n % 3
        engine = FigureEngine(db)
        start = time.perf_counter()
        engine._prepare(province, [parse_period(str(year)), parse_period(str(year - 1))], indicators)
        times.append(time.perf_counter() - start)
    return times


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def grid_switches(db, runs: int, engine_class) -> list[float]:
    """Seconds per switch of the province's postal grid between years, painted."""
    from PySide6.QtWidgets import QApplication, QTableView

    import models.figures as figures_module
    from models import catalog
    from ui.indicator_model import IndicatorGridModel

    app = QApplication.instance() or QApplication([])
    real = figures_module.FigureEngine
    import ui.indicator_model as grid_module

    grid_module.FigureEngine = engine_class
    try:
        postal = next(s for s in catalog.sectors(db) if s.code == "postal")
        model = IndicatorGridModel(db=db, sector_id=postal.id, apply=lambda *a: True)
        view = QTableView()
        view.setModel(model)
        view.resize(1000, 500)
        view.show()
        province = catalog.top_org_unit(db).id
        times = []
        for n in range(runs):
            start = time.perf_counter()
            model.set_scope(province, str(2015 + n % 10))
            view.viewport().repaint()
            app.processEvents()
            times.append(time.perf_counter() - start)
        return times
    finally:
        grid_module.FigureEngine = real


def report_times(db, runs: int, engine_class, *, render: bool) -> list[float]:
    import models.reports.content as content

    from models import catalog
    from models.reports.pdf import render as render_pdf

    real = content.FigureEngine
    content.FigureEngine = engine_class
    try:
        province = catalog.top_org_unit(db).id
        times = []
        with tempfile.TemporaryDirectory() as tmp:
            for n in range(runs):
                start = time.perf_counter()
                report = content.build_period_report(db, province, str(2024 - n % 3))
                if render:
                    render_pdf(report, pathlib.Path(tmp) / f"r{n}.pdf")
                times.append(time.perf_counter() - start)
        return times
    finally:
        content.FigureEngine = real


def type_province_years(path: pathlib.Path) -> None:
    """The province's own figures for every year, typed (as the engine worked them out)."""
    from models import catalog
    from models.figures import FigureEngine
    from models.values import ValueChange
    from ops import figures
    from ops.session import open_session

    session = open_session(path)
    try:
        db = session.db
        province = catalog.top_org_unit(db).id
        engine = FigureEngine(db)
        changes = [ValueChange(i, province, str(year), f.value, f.status)
                   for year in range(2015, 2025) for i, f in engine.figures(province, str(year)).items()
                   if catalog.indicator(db, i).kind not in ("count", "money") or f.value == int(f.value)]
        figures.write_figures(session, changes)
    finally:
        session.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from models.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TTTT_DATA_DIR"] = tmp
        path = pathlib.Path(tmp) / "m.sqlite3"
        if args.db:
            shutil.copy(args.db, path)
        else:
            from dataset import build

            start = time.perf_counter()
            print("building:", build(path), f"in {time.perf_counter() - start:.0f} s")
        from models.figures import FigureEngine

        typed_only = typed_only_engine()
        db = open_database(path)
        rows = []
        engine_grid = grid_switches(db, args.runs, FigureEngine)
        typed_grid = grid_switches(db, args.runs, typed_only)
        rows.append(("grid switch, province from 100 communes' months", engine_grid, typed_grid))
        rows.append(("  the SQL alone reading the rows that grid is made of", sql_alone(db, args.runs, sector="postal"),
                     None))
        engine_content = report_times(db, 3, FigureEngine, render=False)
        typed_content = report_times(db, 3, typed_only, render=False)
        rows.append(("annual report content, province from communes' months", engine_content, typed_content))
        rows.append(("  the SQL alone reading the rows that report is made of", sql_alone(db, 3, sector=None), None))
        engine_report = report_times(db, 3, FigureEngine, render=True)
        rows.append(("annual report with its PDF, province from communes' months", engine_report, None))
        db.close()
        type_province_years(path)
        db = open_database(path)
        rows.append(("grid switch, the province's own figures typed too", grid_switches(db, args.runs, FigureEngine),
                     grid_switches(db, args.runs, typed_only)))
        rows.append(("annual report content, the province's figures typed too", report_times(db, 3, FigureEngine,
                                                                                             render=False),
                     report_times(db, 3, typed_only, render=False)))
        rows.append(("annual report with its PDF, typed too", report_times(db, 3, FigureEngine, render=True),
                     report_times(db, 3, typed_only, render=True)))
        db.close()
    print(f"medians of {args.runs} grid switches and 3 reports, engine against typed only, same run")
    for label, engine, typed in rows:
        line = f"{label:62s} {median_ms(engine):8.0f} ms"
        if typed is not None:
            line += f"   typed only {median_ms(typed):7.0f} ms   ratio {median_ms(engine) / median_ms(typed):5.2f}"
        print(line)


if __name__ == "__main__":
    main()
