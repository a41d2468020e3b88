"""The report's ruled table: rows never cut, the header on every page, cells where they belong."""

import io
import re

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from models.reports.grid_table import CENTER, LEFT, RIGHT, Cell, GridTable, row_height
from models.reports.pdf import FONT, register_fonts


def _table(count: int) -> GridTable:
    register_fonts()
    header = [Cell(("Chỉ tiêu",), FONT, 10.5, 12.5, CENTER), Cell(("Năm 2024",), FONT, 10.5, 12.5, CENTER)]
    rows = [[Cell((f"Dòng {n}", "dòng hai") if n % 3 == 0 else (f"Dòng {n}",), FONT, 10.5, 12.5, LEFT),
             Cell((f"{n}.000",), FONT, 10.5, 12.5, RIGHT)] for n in range(1, count + 1)]
    return GridTable(header, rows, [300.0, 150.0])


def test_heights_follow_the_lines():
    table = _table(6)
    assert table.heights[1] == 12.5 + 5 and table.heights[3] == 2 * 12.5 + 5
    assert table.height == sum(row_height(r) for r in [table.header, *table.rows])
    assert table.wrap(500, 800) == (450.0, table.height)


def test_split_between_rows_with_the_header_repeated():
    table = _table(40)
    first, rest = table.split(450, 200)
    assert first.height <= 200
    assert first.header is table.header and rest.header is table.header
    assert first.rows + rest.rows == table.rows  # every row once, none cut
    assert first.height + rest.height == table.height + table.heights[0]
    assert table.split(450, table.heights[0] + 1) == []  # not one row fits: move on
    assert table.split(450, table.height) == [table]


def test_drawn_across_pages_with_the_header_on_each_and_figures_right_aligned():
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([_table(120)])
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) >= 3
        texts = [page.extract_text() for page in pdf.pages]
        assert all(t.count("Chỉ tiêu") == 1 for t in texts)
        words = pdf.pages[0].extract_words()
        lines = pdf.pages[0].lines + pdf.pages[0].rects
    everything = " ".join(texts)
    assert [int(n) for n in re.findall(r"Dòng (\d+)", everything)] == list(range(1, 121))  # each once, in order
    right_edges = {round(w["x1"], 1) for w in words if w["text"].endswith(".000")}
    assert len(right_edges) == 1  # right-aligned: the figures end at the same x
    lefts = {round(w["x0"], 1) for w in words if w["text"] == "Dòng"}
    assert len(lefts) == 1
    assert lines  # the grid is drawn
