"""The report's chart images, drawn by Matplotlib's Agg as the PDF carries them (RGB rows,
Flate-compressed) and as the Word file carries them (a PNG of the same pixels).

Drawing the three charts of the annual report costs about what a plain document with the
same three Matplotlib charts costs (bench/report.py): nothing is kept between reports, as
nobody would see the difference. Matplotlib is imported only when a chart is drawn.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import zlib

SIZE_INCHES = (6.3, 3.0)
DPI = 150  # 945 pixels across 16 cm of paper: about 150 per inch, as printed
# Fixed margins rather than a layout engine: the size never changes, and
# constrained layout costs more than the drawing itself.
MARGINS = {"left": 0.11, "right": 0.98, "top": 0.89, "bottom": 0.12}


@dataclasses.dataclass(frozen=True)
class ChartImage:
    """A chart as a PDF image stream: 8-bit RGB rows, zlib-compressed."""

    width: int
    height: int
    data: bytes

    @functools.cached_property
    def name(self) -> str:
        """A name for the PDF's image resource, the same for the same pixels."""
        return "chart" + hashlib.sha1(self.data).hexdigest()[:20]

    def pixels(self) -> bytes:
        return zlib.decompress(self.data)


def chart_image(block) -> ChartImage:
    """Draw the chart with Matplotlib's Agg (the Trends page's own drawing function)."""
    import numpy  # Matplotlib's own dependency
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from models.reports.charts import draw_trend

    figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
    canvas = FigureCanvasAgg(figure)
    draw_trend(figure, name=block.name, unit=block.unit, kind=block.kind, series=list(block.series), legend_inside=True)
    figure.subplots_adjust(**MARGINS)
    canvas.draw()
    width, height = canvas.get_width_height()
    rgb = numpy.asarray(canvas.buffer_rgba())[:, :, :3]  # the figure is opaque: drop the alpha channel
    return ChartImage(width, height, zlib.compress(rgb.tobytes(), 6))
