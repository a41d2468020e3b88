"""Charts: time to the first chart after start, and a redraw after a selection change.

    uv run python bench/charts.py [--runs 5] [--redraws 30]

1. First chart: from process launch until the Trends page has drawn its first
   chart (Matplotlib imported then), beside a baseline process that only
   shows a bare PySide6 window with a Matplotlib canvas drawing one line.
2. Redraw: in one process, on the demo database, the Trends page redrawn
   after a check box changes (query, draw_trend, synchronous canvas draw),
   beside the same canvas redrawing a plain line. Budget: under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import sys
import tempfile
import time

from _launch import ROOT, demo_database, launch, program

sys.path.insert(0, str(ROOT))

BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
app = QApplication([])
window = QMainWindow()
figure = Figure(layout="constrained")
canvas = FigureCanvasQTAgg(figure)
figure.add_subplot().plot([2020, 2021, 2022, 2023, 2024], [1, 3, 2, 4, 5])
window.setCentralWidget(canvas)
window.resize(1366, 768)
window.show()
canvas.draw()
app.processEvents()
print("drawn", flush=True)
"""

TRENDS = """
page = shell.window.show_trends()
page.draw()
page.canvas.draw_now()
app.processEvents()
print("drawn", flush=True)
"""


def first_chart(code: str, env: dict) -> float:
    return launch(code, env, ("drawn",))[0][0]


def redraws(db_path: str, count: int) -> tuple[float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from models import catalog
    from ops.session import open_session
    from ui.runner import Runner
    from ui.trends_tab import TrendsTab

    app = QApplication.instance() or QApplication([])
    session = open_session(db_path)
    db = session.db
    page = TrendsTab(session=session, runner=Runner(), scope=lambda: (None, "2024"))
    page.resize(1100, 700)
    page.show()
    page.draw()
    page.canvas.draw_now()
    app.processEvents()
    bk = catalog.top_org_unit(db).id
    district = catalog.org_unit_by_code(db, "BK-CD").id
    timings = []
    for i in range(count):
        units = [bk, district] if i % 2 else [bk]
        start = time.perf_counter()
        page.set_checked(page.units, units)  # what a click on a check box does...
        page.draw()  # ...then the scheduled redraw, done here at once
        page.canvas.draw_now()
        timings.append(time.perf_counter() - start)
    figure = page.canvas.figure
    plain = []
    for i in range(count):
        start = time.perf_counter()
        figure.clear()
        figure.add_subplot().plot([2020, 2021, 2022, 2023, 2024], [1, 3, 2, 4, 5 + i % 2])
        page.canvas.draw_now()
        plain.append(time.perf_counter() - start)
    return statistics.median(timings), statistics.median(plain)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--redraws", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TTTT_DATA_DIR=tmp)
        os.environ["TTTT_DATA_DIR"] = tmp
        db = str(pathlib.Path(tmp) / "bench.sqlite3")
        demo_database(pathlib.Path(db), env)
        baseline, started = [], []
        for _ in range(args.runs):
            baseline.append(first_chart(BASELINE, env))
            started.append(first_chart(program(db, ready=TRENDS), env))
        redraw, plain = redraws(db, args.redraws)
    b, p = statistics.median(baseline), statistics.median(started)
    print(f"runs: {args.runs} launches each, alternating; {args.redraws} redraws; medians")
    print(f"first chart, baseline (bare window + one Matplotlib line): {b * 1000:6.0f} ms")
    print(f"first chart, program (start, open demo, Trends page):      {p * 1000:6.0f} ms   ratio {p / b:5.2f}")
    print(f"redraw after a selection change, program:                  {redraw * 1000:6.1f} ms   (budget 100 ms)")
    print(f"redraw of a plain line on the same canvas, baseline:       {plain * 1000:6.1f} ms   ratio {redraw / plain:5.2f}")


if __name__ == "__main__":
    main()
