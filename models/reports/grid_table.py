"""A ruled table of plain text cells, laid out and drawn in one pass.

The report's tables hold plain wrapped lines (see ``pdf._cell``): no
paragraphs, no spans, one grid. reportlab's ``Table`` handles far more than
that and pays for it on every cell (a style object, a text object and a font
switch each); this flowable draws every cell of a page's part of the table
through one text object and the whole grid as one path, which takes the
appendix's 17 tables from about a fifth of the report's layout time to a
small part of it. It looks the same as the ``Table`` it replaces: a 0.5 pt
grid, a grey header row repeated on every page the table runs onto, cells
centred vertically, 3 pt side padding.
"""

from __future__ import annotations

import dataclasses
import itertools

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

PADDING = 3.0  # left and right
TOP_PADDING, BOTTOM_PADDING = 2.0, 3.0
HEADER_FILL = colors.Color(0.93, 0.93, 0.93)
LEFT, RIGHT, CENTER = "LEFT", "RIGHT", "CENTER"


@dataclasses.dataclass(frozen=True)
class Cell:
    lines: tuple[str, ...]
    font: str
    size: float
    leading: float
    align: str = LEFT


def row_height(row: list[Cell]) -> float:
    return max(len(cell.lines) * cell.leading for cell in row) + TOP_PADDING + BOTTOM_PADDING


class GridTable(Flowable):
    """A header row and body rows of ``Cell``, in columns of the given widths.

    Splits between rows, never inside one, and repeats the header on each part.
    """

    def __init__(self, header: list[Cell], rows: list[list[Cell]], widths: list[float],
                 heights: list[float] | None = None):
        super().__init__()
        self.header, self.rows, self.widths = header, rows, widths
        self.heights = heights or [row_height(row) for row in [header, *rows]]
        self.width, self.height = sum(widths), sum(self.heights)

    def wrap(self, _available_width, _available_height):
        return self.width, self.height

    def split(self, _available_width, available_height):
        if self.height <= available_height:
            return [self]
        used, count = self.heights[0], 0
        for height in self.heights[1:]:
            if used + height > available_height:
                break
            used += height
            count += 1
        if count == 0:  # not even the header and one row: the frame moves on
            return []
        head = self.heights[0]
        return [GridTable(self.header, self.rows[:count], self.widths, [head, *self.heights[1:count + 1]]),
                GridTable(self.header, self.rows[count:], self.widths, [head, *self.heights[count + 1:]])]

    def draw(self):
        canvas = self.canv
        lefts = [0.0, *itertools.accumulate(self.widths)]
        tops = [self.height - used for used in [0.0, *itertools.accumulate(self.heights)]]
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, tops[1], self.width, self.heights[0], stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        font = None
        for row, top, height in zip([self.header, *self.rows], tops, self.heights):
            for cell, left, width in zip(row, lefts, self.widths):
                if (cell.font, cell.size, cell.leading) != font:
                    font = (cell.font, cell.size, cell.leading)
                    text.setFont(*font)
                bottom = top - height
                y = bottom + (BOTTOM_PADDING + height - TOP_PADDING + len(cell.lines) * cell.leading) / 2 - cell.size
                for line in cell.lines:
                    if cell.align == LEFT:
                        x = left + PADDING
                    elif cell.align == RIGHT:
                        x = left + width - PADDING - stringWidth(line, cell.font, cell.size)
                    else:
                        x = left + (width - stringWidth(line, cell.font, cell.size)) / 2
                    text.setTextOrigin(x, y)
                    text.textOut(line)
                    y -= cell.leading
        canvas.drawText(text)
        canvas.setLineWidth(0.5)
        grid = canvas.beginPath()
        for y in tops:
            grid.moveTo(0, y)
            grid.lineTo(self.width, y)
        for x in lefts:
            grid.moveTo(x, 0)
            grid.lineTo(x, self.height)
        canvas.drawPath(grid, stroke=1, fill=0)
        canvas.restoreState()
