"""The province's annual report of the demo data, charts included.

    uv run python bench/report.py [--runs 5]

Times building the content from the database and laying it out as PDF with
its three charts, beside a plain reportlab document of the same page count
(paragraphs of Vietnamese text in the same embedded font, no tables, no
charts) rendered in the same run. Budgets: under 3 s, and under 2x the
plain document.

Three figures for the report:
- first rendering: the charts drawn by Matplotlib and the QR code encoded
  (nothing kept yet, as after the figures behind a chart change);
- kept on disk: what is kept in memory dropped, as in a new session or a
  `report` command, so the chart images and the QR code come from the disk
  cache (models/reports/drawing_cache.py);
- laid out again: the same report once more in the same process, as the
  Reports tab does for each preview, save and print.
"""

from __future__ import annotations

import argparse
import io
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate  # noqa: E402

from models import catalog, demo  # noqa: E402
from models.database import open_database  # noqa: E402
from models.reports.drawing_cache import DrawingCache, forget_kept  # noqa: E402
from models.reports.content import Chart, build_period_report  # noqa: E402
from models.reports.pdf import render, styles  # noqa: E402

SENTENCE = ("Doanh thu dịch vụ bưu chính năm 2024 ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023; "
            "toàn tỉnh hiện có 316.272 thuê bao di động và 254 điểm phục vụ bưu chính. ")


def _line_chart(chart) -> Image:
    """A plain Matplotlib line chart of a chart's series, as a naive program would draw it."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6.3, 3.0), dpi=150)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for series in chart.series:
        axes.plot([p.period for p in series.points], [p.value for p in series.points], marker="o",
                  label=series.label)
    axes.set_title(chart.name)
    axes.legend()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    buffer.seek(0)
    return Image(buffer, width=16 * cm, height=16 * cm * 3.0 / 6.3)


def _plain(paragraphs: int, charts=()) -> tuple[float, int]:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    style = styles()["body"]
    start = time.perf_counter()
    doc.build([Paragraph(SENTENCE * 4, style) for _ in range(paragraphs)] + [_line_chart(c) for c in charts])
    return time.perf_counter() - start, doc.page


def plain_document(pages: int, charts=()) -> tuple[float, int]:
    """Time a plain document of exactly ``pages`` pages (fewest paragraphs that fill them),
    optionally ending with plain Matplotlib line charts of the given charts' series."""
    low, high = 1, pages * 12
    while low < high:  # smallest paragraph count that reaches the page count
        middle = (low + high) // 2
        if _plain(middle, charts)[1] >= pages:
            high = middle
        else:
            low = middle + 1
    return _plain(low, charts)


def minimal_chart() -> float:
    """One line of five points on a Figure of the report's chart size, drawn by Agg: the least
    a Matplotlib chart can cost, whatever it shows."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    start = time.perf_counter()
    figure = Figure(figsize=(6.3, 3.0), dpi=150)
    canvas = FigureCanvasAgg(figure)
    figure.add_subplot().plot([0, 1, 2, 3, 4], [1, 3, 2, 5, 4])
    canvas.draw()
    return time.perf_counter() - start


def command_runs(runs: int) -> tuple[list[float], list[float]]:
    """`main.py report` in new processes on a demo database file: with nothing kept (each
    time a new cache folder), then with the drawings of an earlier run kept."""
    root = pathlib.Path(__file__).resolve().parent.parent
    fresh, kept = [], []
    with tempfile.TemporaryDirectory() as folder:
        db = pathlib.Path(folder) / "demo.sqlite3"
        database = open_database(db)
        demo.load_demo(database)
        database.close()
        for run in range(runs):
            for times, data in ((fresh, f"{folder}/fresh{run}"), (kept, f"{folder}/kept")):
                env = {**os.environ, "TTTT_DATA_DIR": data, "QT_QPA_PLATFORM": "offscreen"}
                start = time.perf_counter()
                subprocess.run([sys.executable, str(root / "main.py"), "--db", str(db), "report",
                                "--period", "2024", "--out", f"{folder}/r.pdf"], env=env, check=True,
                               capture_output=True)
                times.append(time.perf_counter() - start)
    return fresh, kept[1:] if runs > 1 else kept  # the first "kept" run filled the cache


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--processes", type=int, default=3, help="runs of the report command (0: none)")
    args = parser.parse_args()
    db = open_database(":memory:")
    demo.load_demo(db)
    province = catalog.top_org_unit(db).id
    pages = render(build_period_report(db, province, "2024"), io.BytesIO())  # warm: fonts, matplotlib
    charts = [b for b in build_period_report(db, province, "2024").appendix if isinstance(b, Chart)]
    times = {name: [] for name in ("first", "disk", "again", "plain", "with charts", "minimal chart")}

    def timed(cache) -> float:
        start = time.perf_counter()
        render(build_period_report(db, province, "2024"), io.BytesIO(), cache=cache)
        return time.perf_counter() - start

    for _ in range(args.runs):
        # Each run measures the baseline and the report back to back, so a ratio is taken
        # within one run: the machine's speed drifts between runs more than within one.
        seconds, plain_pages = plain_document(pages)
        times["plain"].append(seconds)
        with tempfile.TemporaryDirectory() as folder:
            cache = DrawingCache(folder)
            forget_kept()
            times["first"].append(timed(cache))
            forget_kept()
            times["disk"].append(timed(cache))
            times["again"].append(timed(cache))
        times["with charts"].append(plain_document(pages, charts)[0])
        times["minimal chart"].append(minimal_chart())
    median = {name: statistics.median(values) for name, values in times.items()}

    def ratio(name: str) -> str:
        ratios = sorted(a / b for a, b in zip(times[name], times["plain"]))
        return f"ratio {statistics.median(ratios):5.2f} (runs {ratios[0]:.2f}–{ratios[-1]:.2f})"

    ms = {name: value * 1000 for name, value in median.items()}
    print(f"runs: {args.runs}, medians; ratios to the plain document of the same run; report of {pages} pages "
          f"with {len(charts)} charts; plain documents of {plain_pages} pages")
    print(f"annual report, charts drawn (first):   {ms['first']:6.0f} ms   {ratio('first')}  budgets 3000 ms, 2.00")
    print(f"annual report, drawings kept on disk:  {ms['disk']:6.0f} ms   {ratio('disk')}")
    print(f"annual report laid out again:          {ms['again']:6.0f} ms   {ratio('again')}")
    print(f"plain reportlab document, same pages:  {ms['plain']:6.0f} ms")
    print(f"plain document + {len(charts)} plain Matplotlib charts: {ms['with charts']:5.0f} ms   "
          f"(first rendering against it: ratio {median['first'] / median['with charts']:4.2f})")
    print(f"one minimal Matplotlib chart (5 points, Agg): {ms['minimal chart']:5.1f} ms; {len(charts)} of them: "
          f"ratio {len(charts) * median['minimal chart'] / median['plain']:4.2f} to the plain document")
    if args.processes:
        fresh, kept = command_runs(args.processes)
        print(f"`main.py report` in a new process, nothing kept:     {statistics.median(fresh) * 1000:6.0f} ms")
        print(f"`main.py report` in a new process, drawings kept:    {statistics.median(kept) * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
