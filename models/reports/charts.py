"""Charts drawn on a matplotlib Figure from plain data: no Qt, no pyplot.

The same functions draw in the window (through widgets/chart_canvas.py) and
into printed reports (with the Agg canvas); give the Figure a layout engine
(``layout="constrained"``) so labels are not cut. Importing this module imports
matplotlib, so the screens import it only when a chart is first needed.

Artists carry a ``gid`` so that tests and callers can find them:
``values:<label>`` (the line, gaps as NaN), ``final:<label>`` and
``estimate:<label>`` (the markers), ``target:<label>`` (the target line),
``bars`` (the comparison bars).
"""

from __future__ import annotations

import dataclasses
import math

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from models.fonts import serif_fonts
from models.numbers import format_number
from models.periods import HALF, MONTH, NINE_MONTHS, QUARTER, parse_period
from models.trends import Series

NO_DATA = "Chưa có số liệu"
LEGEND_MAX = 12  # more lines than this: no legend in the chart (the screen's table names each line's colour)
ESTIMATE_LABEL = "Ước tính"
TARGET_LABEL = "Kế hoạch"


@dataclasses.dataclass(frozen=True)
class Words:
    """The few words a chart writes itself. Printed reports are Vietnamese; the window's charts
    speak the interface's language (the screens pass ENGLISH in the English interface)."""

    no_data: str = NO_DATA
    estimate: str = ESTIMATE_LABEL
    target: str = TARGET_LABEL
    money: tuple[str, str, str] = ("tỷ đồng", "triệu đồng", "đồng")  # billions, millions, units
    english: bool = False


VIETNAMESE = Words()
ENGLISH = Words("No figures yet", "Estimate", "Target", ("billion VND", "million VND", "VND"), english=True)
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _setup_fonts() -> str:
    fonts = serif_fonts()
    for path in fonts.files():
        font_manager.fontManager.addfont(str(path))
    matplotlib.rcParams["font.family"] = fonts.family
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.fonttype"] = "path"
    matplotlib.rcParams["pdf.fonttype"] = 42  # embed TrueType, keeps Vietnamese letters
    return fonts.family


FONT_FAMILY = _setup_fonts()


def scale_for(kind: str, unit: str, values: list[float], words: Words = VIETNAMESE) -> tuple[float, str]:
    """Divisor and unit label for an axis: money in triệu or tỷ đồng, others as they are."""
    if kind == "money":
        largest = max((abs(v) for v in values), default=0)
        if largest >= 1e9:
            return 1e9, words.money[0]
        if largest >= 1e6:
            return 1e6, words.money[1]
        return 1.0, words.money[2]
    return 1.0, unit


def tick_formatter(kind: str, divisor: float = 1.0) -> FuncFormatter:
    """Vietnamese-style tick labels: 1.896.340; 66,4%; 69,3 (in the axis' unit)."""
    suffix = "%" if kind == "percent" else ""

    def fmt(value, _pos=None):
        return f"{format_number(round(value / divisor, 2))}{suffix}"

    return FuncFormatter(fmt)


def period_label(key: str, words: Words = VIETNAMESE) -> str:
    """Short label for an axis: 2024, Quý 3/2024, T7/2024, 6T đầu 2024, 9T/2024
    (in English: 2024, Q3/2024, Jul 2024, H1 2024, 9M/2024)."""
    period = parse_period(key)
    if words.english:
        return {QUARTER: f"Q{period.index}/{period.year}", HALF: f"H{period.index} {period.year}",
                NINE_MONTHS: f"9M/{period.year}"}.get(
            period.kind, f"{_MONTHS_EN[period.index - 1]} {period.year}" if period.kind == MONTH else str(period.year))
    if period.kind == QUARTER:
        return f"Quý {period.index}/{period.year}"
    if period.kind == MONTH:
        return f"T{period.index}/{period.year}"
    if period.kind == HALF:
        return f"6T {'đầu' if period.index == 1 else 'cuối'} {period.year}"
    if period.kind == NINE_MONTHS:
        return f"9T/{period.year}"
    return str(period.year)


def _no_data(fig: Figure, title: str, words: Words):
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, words.no_data, ha="center", va="center", fontsize=13, color="#666666",
            transform=ax.transAxes, gid="no-data")
    return ax


def draw_trend(fig: Figure, *, name: str, unit: str, kind: str, series: list[Series], words: Words = VIETNAMESE,
               legend_inside: bool = False):
    """Line chart of one indicator over periods, one line per series.

    Missing periods are gaps (NaN), never zeros; estimates are hollow
    markers, final values filled; targets a dashed line. The legend stands beside the axes;
    with more than LEGEND_MAX lines there is none (a reader cannot match 90 colours to a list;
    the caller shows each line's colour in its table: :func:`line_colours`); ``legend_inside``
    puts it in the upper left corner instead (a printed chart of fixed margins). Returns the Axes.
    """
    fig.clear()
    values = [p.value for s in series for p in s.points if p.value is not None]
    targets = [t for s in series for t in s.targets if t is not None]
    divisor, unit_label = scale_for(kind, unit, values + targets, words)
    title = f"{name} ({unit_label})" if unit_label else name
    if not values:
        return _no_data(fig, title, words)
    ax = fig.add_subplot()
    periods = [p.period for p in series[0].points]
    x = list(range(len(periods)))
    any_estimate = False
    for s in series:
        y = [p.value / divisor if p.value is not None else math.nan for p in s.points]
        (line,) = ax.plot(x, y, linewidth=2, label=s.label, gid=f"values:{s.label}")
        color = line.get_color()
        finals = [(i, v) for i, (p, v) in enumerate(zip(s.points, y)) if p.value is not None and p.status != "estimate"]
        estimates = [(i, v) for i, (p, v) in enumerate(zip(s.points, y)) if p.value is not None and p.status == "estimate"]
        any_estimate = any_estimate or bool(estimates)
        ax.plot([i for i, _ in finals], [v for _, v in finals], "o", color=color, markersize=6,
                gid=f"final:{s.label}")
        ax.plot([i for i, _ in estimates], [v for _, v in estimates], "o", markerfacecolor="white",
                markeredgecolor=color, markeredgewidth=2, markersize=7, gid=f"estimate:{s.label}")
        if any(t is not None for t in s.targets):
            ty = [t / divisor if t is not None else math.nan for t in s.targets]
            ax.plot(x, ty, linestyle="--", linewidth=1.3, color=color, alpha=0.8,
                    label=f"{words.target} — {s.label}", gid=f"target:{s.label}")
    if any_estimate:
        ax.plot([], [], "o", markerfacecolor="white", markeredgecolor="#444444", label=words.estimate)
    ax.set_title(title)
    ax.set_xticks(x, [period_label(p, words) for p in periods])
    ax.set_xlim(-0.5, len(x) - 0.5)
    ax.yaxis.set_major_formatter(tick_formatter(kind))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6))
    ax.grid(axis="y", alpha=0.3)
    scaled = [v / divisor for v in values + targets]
    low, high = min(scaled), max(scaled)
    if low >= 0 and kind in ("count", "money", "percent"):
        # Counts and amounts read against zero; leave room above the top point.
        ax.set_ylim(0, high * 1.12 if high > 0 else 1)
    if len(series) <= LEGEND_MAX:
        # A fixed place beside the axes: "best" searched every line for the emptiest corner
        # (most of a redraw's time with many lines) and could cover a point.
        if legend_inside:
            ax.legend(loc="upper left", fontsize=9)
        else:
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0, fontsize=9, frameon=False)
    if len(x) > 6:
        for label in ax.get_xticklabels():
            label.set_rotation(30)
            label.set_horizontalalignment("right")
    return ax


def line_colours(ax) -> dict[str, str]:
    """Each series' label and the colour of its line, as drawn by :func:`draw_trend`."""
    return {line.get_gid()[len("values:"):]: matplotlib.colors.to_hex(line.get_color())
            for line in ax.get_lines() if (line.get_gid() or "").startswith("values:")}


def draw_comparison(fig: Figure, *, name: str, unit: str, kind: str, series: Series, period: str,
                    words: Words = VIETNAMESE):
    """Bar chart of one indicator across org units for one period. Returns the Axes.

    Units without a figure get no bar and a "—" label; estimates are hatched.
    """
    fig.clear()
    values = [p.value for p in series.points if p.value is not None]
    divisor, unit_label = scale_for(kind, unit, values, words)
    when = period_label(period, words)
    title = f"{name}, {when} ({unit_label})" if unit_label else f"{name}, {when}"
    if not values:
        return _no_data(fig, title, words)
    ax = fig.add_subplot()
    labels = [p.period for p in series.points]
    heights = [p.value / divisor if p.value is not None else 0.0 for p in series.points]
    bars = ax.bar(range(len(labels)), heights, color="#2f6db5", gid="bars")
    for bar, point in zip(bars, series.points):
        if point.value is None:
            bar.set_visible(False)
            ax.annotate("—", (bar.get_x() + bar.get_width() / 2, 0), ha="center", va="bottom")
        else:
            if point.status == "estimate":
                bar.set_hatch("//")
                bar.set_facecolor("#9bbbe0")
            ax.annotate(format_number(round(point.value / divisor, 2)) + ("%" if kind == "percent" else ""),
                        (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        ha="center", va="bottom", fontsize=9)
    ax.set_title(title)
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.yaxis.set_major_formatter(tick_formatter(kind))
    ax.grid(axis="y", alpha=0.3)
    return ax
