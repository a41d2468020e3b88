"""The province's annual report of the demo data, charts included.

    uv run python bench/report.py [--runs 5]

Times building the content from the database and laying it out as PDF with
its three charts, beside a plain reportlab document of the same page count
(paragraphs of Vietnamese text in the same embedded font, no tables, no
charts) rendered in the same run. Budgets: under 3 s, and under 2x the
plain document.

Two figures for the report: cold (charts drawn by Matplotlib, as for the
first rendering of a report) and again (the same report laid out once more,
as the Reports tab does for each preview, save and print: the chart images
and the QR code are kept).
"""

from __future__ import annotations

import argparse
import io
import pathlib
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate  # noqa: E402

from models import catalog, demo  # noqa: E402
from models.database import open_database  # noqa: E402
from models.reports.content import Chart, build_period_report  # noqa: E402
from models.reports.pdf import chart_pixels, qr_modules, render, styles  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = open_database(":memory:")
    demo.load_demo(db)
    province = catalog.top_org_unit(db).id
    render(build_period_report(db, province, "2024"), io.BytesIO())  # warm: fonts, matplotlib import
    charts = [b for b in build_period_report(db, province, "2024").appendix if isinstance(b, Chart)]
    cold, again, plain, with_charts, pages = [], [], [], [], 0
    for _ in range(args.runs):
        chart_pixels.cache_clear()
        qr_modules.cache_clear()
        for times in (cold, again):
            start = time.perf_counter()
            report = build_period_report(db, province, "2024")
            pages = render(report, io.BytesIO())
            times.append(time.perf_counter() - start)
        seconds, plain_pages = plain_document(pages)
        plain.append(seconds)
        with_charts.append(plain_document(pages, charts)[0])
    c, a, b = statistics.median(cold), statistics.median(again), statistics.median(plain)
    w = statistics.median(with_charts)
    print(f"runs: {args.runs}, medians; report of {pages} pages with {len(charts)} charts; "
          f"plain documents of {plain_pages} pages")
    print(f"annual report, charts drawn (cold):   {c * 1000:6.0f} ms   ratio {c / b:5.2f} (budgets 3000 ms, 2.00)")
    print(f"annual report laid out again:         {a * 1000:6.0f} ms   ratio {a / b:5.2f}")
    print(f"plain reportlab document, same pages: {b * 1000:6.0f} ms")
    print(f"plain document + {len(charts)} plain Matplotlib charts: {w * 1000:5.0f} ms   "
          f"(cold report against it: ratio {c / w:4.2f})")


if __name__ == "__main__":
    main()
