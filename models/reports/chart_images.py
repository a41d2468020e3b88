"""The report's chart images: drawn by Matplotlib's Agg, kept as the PDF carries them.

Drawing one chart costs Matplotlib ~40 ms (figure, axes, ticks, text layout),
about what reportlab needs for a whole plain 20-page document, and
compressing its pixels for the PDF a few more. So each chart is kept, as the
PDF will carry it (RGB rows, Flate-compressed), under a key made of its
figures and of everything that decides how it is drawn: the drawing code, the
font, Matplotlib's version (see models/reports/drawing_cache.py for where).
Matplotlib is imported only when a chart really has to be drawn.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.util
import json
import os
import pathlib
import sys
import zlib

from models.fonts import serif_fonts
from models.reports.drawing_cache import DrawingCache, kept

SIZE_INCHES = (6.3, 3.0)
DPI = 150  # 945 pixels across 16 cm of paper: about 150 per inch, as printed
# Fixed margins rather than a layout engine: the size never changes, and
# constrained layout costs more than the drawing itself.
MARGINS = {"left": 0.11, "right": 0.98, "top": 0.89, "bottom": 0.12}
# The sources that decide how a chart looks; their bytes are part of every key.
_DRAWING_SOURCES = ("reports/charts.py", "reports/chart_images.py", "numbers.py", "periods.py")


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


def drawing_sources() -> list[pathlib.Path]:
    models_dir = pathlib.Path(__file__).resolve().parent.parent
    return [models_dir / name for name in _DRAWING_SOURCES]


@functools.cache
def _fingerprint() -> str:
    """What, besides the figures, decides how a chart is drawn: the drawing code, the font,
    Matplotlib's version. In a frozen build the code is inside the executable."""
    digest = hashlib.sha256(json.dumps([SIZE_INCHES, DPI, MARGINS]).encode())
    sources = drawing_sources()
    if getattr(sys, "frozen", False) or not all(p.is_file() for p in sources):
        stat = os.stat(sys.executable)
        digest.update(f"{sys.executable}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    for path in sources:
        if path.is_file():
            digest.update(path.read_bytes())
    fonts = serif_fonts()
    for path in fonts.files():
        stat = path.stat()
        digest.update(f"{fonts.family}|{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    # Matplotlib's version, read from its own file without importing it (importing
    # importlib.metadata alone costs more than the rest of this key).
    spec = importlib.util.find_spec("matplotlib")
    version_file = pathlib.Path(spec.origin).with_name("_version.py") if spec and spec.origin else None
    if version_file is not None and version_file.is_file():
        digest.update(version_file.read_bytes())
    else:  # a frozen build: the executable's stamp stands for it
        digest.update(b"matplotlib ?")
    return digest.hexdigest()


def chart_key(block) -> str:
    """The key of a chart: its figures (name, unit, kind, every point and target) and how it is drawn."""
    figures = json.dumps(dataclasses.asdict(block), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(f"{_fingerprint()}\n{figures}".encode()).hexdigest()


def draw(block) -> ChartImage:
    """Draw the chart with Matplotlib's Agg (the Trends page's own drawing function)."""
    import numpy  # Matplotlib's own dependency
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from models.reports.charts import draw_trend

    figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
    canvas = FigureCanvasAgg(figure)
    draw_trend(figure, name=block.name, unit=block.unit, kind=block.kind, series=list(block.series))
    figure.subplots_adjust(**MARGINS)
    canvas.draw()
    width, height = canvas.get_width_height()
    rgb = numpy.asarray(canvas.buffer_rgba())[:, :, :3]  # the figure is opaque: drop the alpha channel
    return ChartImage(width, height, zlib.compress(rgb.tobytes(), 6))


def _encode(image: ChartImage) -> bytes:
    return json.dumps({"width": image.width, "height": image.height}).encode() + b"\n" + image.data


def _decode(raw: bytes) -> ChartImage | None:
    header, _, data = raw.partition(b"\n")
    try:
        meta = json.loads(header)
        width, height = int(meta["width"]), int(meta["height"])
    except (ValueError, KeyError, TypeError):
        return None
    return ChartImage(width, height, data) if width > 0 and height > 0 and data else None


def chart_image(block, cache: DrawingCache | None = None) -> ChartImage:
    """The chart's image: kept in memory, else from the disk cache, else drawn (and kept)."""
    return kept(chart_key(block), lambda: draw(block), _encode, _decode, cache)
