"""The province's annual report of the demo data, charts included.

    uv run python bench/report.py [--runs 5]

Times building the content from the database and laying it out as PDF with its three
charts, beside two baselines rendered in the same run: the budget's, a plain reportlab
document of the same page count carrying the same three charts drawn plainly with
Matplotlib (issue #15: within 1.3x of it, and under 3 s); and, for information, the same
plain document without charts. Nothing is kept between reports (the drawing cache was
removed once the budget was met without it).
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


def command_runs(runs: int) -> list[float]:
    """`main.py report` in new processes on a demo database file."""
    root = pathlib.Path(__file__).resolve().parent.parent
    times = []
    with tempfile.TemporaryDirectory() as folder:
        db = pathlib.Path(folder) / "demo.sqlite3"
        database = open_database(db)
        demo.load_demo(database)
        database.close()
        for _run in range(runs):
            env = {**os.environ, "TTTT_DATA_DIR": f"{folder}/data", "QT_QPA_PLATFORM": "offscreen"}
            start = time.perf_counter()
            subprocess.run([sys.executable, str(root / "main.py"), "--db", str(db), "report",
                            "--period", "2024", "--out", f"{folder}/r.pdf"], env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    return times


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
    times = {name: [] for name in ("report", "plain", "with charts", "minimal chart")}
    for _ in range(args.runs):
        # Each run measures the baselines and the report back to back, so a ratio is taken
        # within one run: the machine's speed drifts between runs more than within one.
        seconds, plain_pages = plain_document(pages)
        times["plain"].append(seconds)
        start = time.perf_counter()
        render(build_period_report(db, province, "2024"), io.BytesIO())
        times["report"].append(time.perf_counter() - start)
        times["with charts"].append(plain_document(pages, charts)[0])
        times["minimal chart"].append(minimal_chart())
    median = {name: statistics.median(values) for name, values in times.items()}

    def ratio(name: str, base: str) -> str:
        ratios = sorted(a / b for a, b in zip(times[name], times[base]))
        return f"ratio {statistics.median(ratios):5.2f} (runs {ratios[0]:.2f}–{ratios[-1]:.2f})"

    ms = {name: value * 1000 for name, value in median.items()}
    print(f"runs: {args.runs}, medians; ratios within each run; report of {pages} pages with {len(charts)} charts; "
          f"plain documents of {plain_pages} pages")
    print(f"annual report (content + PDF, charts drawn): {ms['report']:6.0f} ms   "
          f"{ratio('report', 'with charts')} to the plain document with charts   budgets 3000 ms, 1.30")
    print(f"plain document + {len(charts)} plain Matplotlib charts:  {ms['with charts']:6.0f} ms   (the budget's baseline)")
    print(f"plain reportlab document, same pages, no charts: {ms['plain']:5.0f} ms   "
          f"(information: report {ratio('report', 'plain')})")
    print(f"one minimal Matplotlib chart (5 points, Agg): {ms['minimal chart']:5.1f} ms")
    if args.processes:
        runs = command_runs(args.processes)
        print(f"`main.py report` in a new process:           {statistics.median(runs) * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
