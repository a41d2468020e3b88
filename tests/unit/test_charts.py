"""Chart functions on the Agg canvas: read back what they drew."""

import math
import subprocess
import sys
import pathlib

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from models import catalog, trends
from models.periods import parse_period
from models.reports.charts import (NO_DATA, draw_comparison, draw_trend, period_label, scale_for,
                                   tick_formatter)
from models.trends import Point, Series
from models.values import TargetChange, ValueChange, write_values


def figure():
    fig = Figure(figsize=(6, 4))
    FigureCanvasAgg(fig)
    return fig


def artist(ax, gid):
    found = [a for a in ax.get_children() + ax.lines if a.get_gid() == gid]
    assert found, f"no artist {gid}"
    return found[0]


def test_trend_reads_back_values_gaps_estimates_and_target():
    series = Series("Tỉnh", (Point("2021", 10, "final"), Point("2022", None), Point("2023", 12, "final"),
                             Point("2024", 15, "estimate")), targets=(None, None, 14, 16))
    fig = figure()
    ax = draw_trend(fig, name="Điểm phục vụ", unit="điểm", kind="count", series=[series])
    fig.canvas.draw()
    line = artist(ax, "values:Tỉnh")
    assert list(line.get_xdata()) == [0, 1, 2, 3]
    y = list(line.get_ydata())
    assert y[0] == 10 and math.isnan(y[1]) and y[2:] == [12, 15]  # a gap, never a zero
    assert list(artist(ax, "final:Tỉnh").get_ydata()) == [10, 12]
    estimate = artist(ax, "estimate:Tỉnh")
    assert list(estimate.get_ydata()) == [15]
    assert estimate.get_markerfacecolor() == "white"
    target = artist(ax, "target:Tỉnh")
    assert target.get_linestyle() == "--"
    ty = list(target.get_ydata())
    assert math.isnan(ty[0]) and ty[2:] == [14, 16]
    assert ax.get_title() == "Điểm phục vụ (điểm)"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2021", "2022", "2023", "2024"]


def test_money_is_drawn_in_ty_dong_with_vietnamese_ticks():
    series = Series("Tỉnh", (Point("2023", 58_728_813_559, "final"), Point("2024", 69_300_000_000, "estimate")))
    fig = figure()
    ax = draw_trend(fig, name="Doanh thu dịch vụ bưu chính", unit="đồng", kind="money", series=[series])
    fig.canvas.draw()
    assert ax.get_title() == "Doanh thu dịch vụ bưu chính (tỷ đồng)"
    assert artist(ax, "estimate:Tỉnh").get_ydata()[0] == pytest.approx(69.3)
    labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert labels and all("." not in label for label in labels)


@pytest.mark.parametrize("kind, value, divisor, expected", [
    ("count", 1_896_340, 1, "1.896.340"), ("percent", 66.4, 1, "66,4%"), ("money", 69_300_000_000, 1e9, "69,3"),
    ("decimal", 3.23, 1, "3,23"),
])
def test_tick_formatter(kind, value, divisor, expected):
    assert tick_formatter(kind, divisor)(value) == expected


def test_scale_for_money():
    assert scale_for("money", "đồng", [706_000_000]) == (1e6, "triệu đồng")
    assert scale_for("money", "đồng", [69.3e9]) == (1e9, "tỷ đồng")
    assert scale_for("percent", "%", [50]) == (1, "%")


def test_empty_data_says_so():
    fig = figure()
    ax = draw_trend(fig, name="X", unit="cơ sở", kind="count",
                    series=[Series("Tỉnh", (Point("2023", None), Point("2024", None)))])
    texts = [t.get_text() for t in ax.texts]
    assert NO_DATA in texts
    fig2 = figure()
    ax2 = draw_comparison(fig2, name="X", unit="cơ sở", kind="count", period="2024",
                          series=Series("x", (Point("Huyện A", None),)))
    assert NO_DATA in [t.get_text() for t in ax2.texts]


def test_comparison_bars_with_missing_unit():
    series = Series("x", (Point("Huyện Ba Bể", 30, "final"), Point("Huyện Chợ Đồn", None),
                          Point("Huyện Na Rì", 45.5, "estimate")))
    fig = figure()
    ax = draw_comparison(fig, name="Điểm phục vụ", unit="điểm", kind="count", series=series, period="2024-Q3")
    bars = [p for p in ax.patches]
    assert [b.get_height() for b in bars] == [30, 0, 45.5]
    assert not bars[1].get_visible()
    assert bars[2].get_hatch() == "//"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Huyện Ba Bể", "Huyện Chợ Đồn", "Huyện Na Rì"]
    assert "45,5" in [t.get_text() for t in ax.texts]
    assert ax.get_title() == "Điểm phục vụ, Quý 3/2024 (điểm)"


@pytest.mark.parametrize("key, label", [("2024", "2024"), ("2024-Q3", "Quý 3/2024"), ("2024-07", "T7/2024"),
                                        ("2024-H1", "6T đầu 2024"), ("2024-9M", "9T/2024")])
def test_period_labels(key, label):
    assert period_label(key) == label


def test_periods_ending_steps_back_by_kind():
    assert [p.key for p in trends.periods_ending("2024-02", 4)] == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert [p.key for p in trends.periods_ending("2024-Q1", 3)] == ["2023-Q3", "2023-Q4", "2024-Q1"]
    assert [p.key for p in trends.periods_ending(parse_period("2024-9M"), 2)] == ["2023-9M", "2024-9M"]


def test_series_from_the_database_keeps_gaps_and_targets(db):
    indicator = catalog.indicator_by_code(db, "postal.service_points")
    unit = catalog.top_org_unit(db).id
    write_values(db, [ValueChange(indicator.id, unit, "2022", 240), ValueChange(indicator.id, unit, "2024", 254,
                                                                               "estimate"),
                      TargetChange(indicator.id, unit, "2024", 260)])
    series = trends.indicator_series(db, indicator, unit, trends.periods_ending("2024", 3))
    assert [p.value for p in series.points] == [240, None, 254]
    assert series.points[2].status == "estimate"
    assert series.targets == (None, None, 260)


def test_vietnamese_glyphs_render_with_the_report_font(tmp_path):
    """Every letter is drawn by the serif font, with no missing-glyph warning."""
    code = (
        "import warnings, sys\n"
        "sys.path.insert(0, '.')\n"
        "warnings.simplefilter('error')\n"
        "from matplotlib.figure import Figure\n"
        "from matplotlib.backends.backend_agg import FigureCanvasAgg\n"
        "from models.reports.charts import FONT_FAMILY\n"
        "from models.fonts import VIETNAMESE_SAMPLE\n"
        "fig = Figure(); FigureCanvasAgg(fig)\n"
        "fig.text(0.1, 0.5, VIETNAMESE_SAMPLE + ' Phóng viên thường trú')\n"
        "fig.canvas.draw()\n"
        "print(FONT_FAMILY)\n"
    )
    root = pathlib.Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() in ("Liberation Serif", "Times New Roman")
