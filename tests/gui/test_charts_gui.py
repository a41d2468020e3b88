"""Charts in the window: redrawn on selection, saved, copied; Matplotlib loaded late."""

import pathlib
import subprocess
import sys

import pytest
from PySide6.QtGui import QGuiApplication

from models import catalog
from ui.indicator_model import VALUE

ROOT = pathlib.Path(__file__).resolve().parents[2]


def values_line(canvas):
    ax = canvas.figure.axes[0]
    lines = [line for line in ax.lines if (line.get_gid() or "").startswith("values:")]
    return ax, lines


def test_sector_chart_follows_the_selected_indicator(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    tab.lower.setCurrentWidget(tab.chart)
    qtbot.waitUntil(lambda: tab.chart.canvas is not None)
    revenue = next(r for r in range(tab.model.rowCount()) if tab.model.indicator_at(r).code == "postal.revenue")
    tab.grid.setCurrentIndex(tab.model.index(revenue, VALUE))
    ax, lines = values_line(tab.chart.canvas)
    assert ax.get_title() == "Doanh thu dịch vụ bưu chính (tỷ đồng)"
    assert list(lines[0].get_ydata())[-2:] == pytest.approx([58.728813559, 69.3])
    tab.grid.setCurrentIndex(tab.model.index(revenue + 1, VALUE))
    ax, _lines = values_line(tab.chart.canvas)
    assert ax.get_title().startswith("Nộp ngân sách")


def test_sector_chart_follows_the_org_unit(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    tab.lower.setCurrentWidget(tab.chart)
    qtbot.waitUntil(lambda: tab.chart.canvas is not None)
    window.org_picker.set_current_id(catalog.org_unit_by_code(file_db, "BK-CD").id)
    ax = tab.chart.canvas.figure.axes[0]
    assert "Chưa có số liệu" in [t.get_text() for t in ax.texts]


def test_trends_page_redraws_on_selection(qtbot, window, file_db):
    page = window.show_page(window.TRENDS)
    qtbot.waitUntil(lambda: page.canvas is not None and bool(page.canvas.figure.axes))
    ax, lines = values_line(page.canvas)
    assert len(lines) == 1
    districts = [u.id for u in catalog.org_units(file_db) if u.level == "district"][:2]
    bk = catalog.top_org_unit(file_db).id
    page.set_checked(page.units, [bk, *districts])
    qtbot.waitUntil(lambda: len(values_line(page.canvas)[1]) == 3)
    assert page.table.columnCount() == 3
    revenue = catalog.indicator_by_code(file_db, "postal.revenue").id
    page.set_checked(page.indicators, [revenue])
    page.mode.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    ax = page.canvas.figure.axes[0]
    assert ax.get_title().startswith("Doanh thu dịch vụ bưu chính, 2024")
    assert len(ax.patches) == 3
    assert page.table.item(0, 0).text().startswith("69.300.000.000")


@pytest.mark.parametrize("suffix, magic", [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")])
def test_trends_chart_saved(qtbot, window, tmp_path, suffix, magic):
    page = window.show_page(window.TRENDS)
    qtbot.waitUntil(lambda: page.canvas is not None)
    out = tmp_path / f"chart.{suffix}"
    page.save(str(out))
    assert out.read_bytes().startswith(magic)


def test_trends_chart_copied(qtbot, window):
    page = window.show_page(window.TRENDS)
    qtbot.waitUntil(lambda: page.canvas is not None)
    page.copy()
    assert not QGuiApplication.clipboard().image().isNull()


def test_matplotlib_not_loaded_until_a_chart_is_needed(tmp_path):
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from models import demo\n"
        "from ops.session import memory_session\n"
        "session = memory_session(fill=demo.load_demo)\n"
        "from ui.main_window import MainWindow\n"
        f"w = MainWindow(session=session, prefs=QSettings({str(tmp_path / 'p.ini')!r}, QSettings.Format.IniFormat))\n"
        "w.show(); tab = w.sector_tab('postal'); app.processEvents()\n"
        "before = 'matplotlib' in sys.modules\n"
        "tab.lower.setCurrentWidget(tab.chart); app.processEvents()\n"
        "print(before, 'matplotlib' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["False", "True"], result.stderr


def test_a_chart_of_many_lines_has_its_legend_in_the_table(qtbot, window, file_db):
    """Beyond a dozen lines the chart carries no legend (nobody can match 14 colours to a list):
    each column of the table under it is headed by its line's colour instead."""
    from matplotlib.colors import to_hex

    page = window.show_page(window.TRENDS)
    qtbot.waitUntil(lambda: page.canvas is not None and bool(page.canvas.figure.axes))
    ax, _lines = values_line(page.canvas)
    assert ax.get_legend() is not None  # one line: a legend, beside the axes
    units = [u.id for u in catalog.org_units(file_db)][:7]
    pair = [catalog.indicator_by_code(file_db, code).id for code in ("postal.revenue", "postal.tax")]
    page.set_checked(page.units, units)
    page.set_checked(page.indicators, pair)
    qtbot.waitUntil(lambda: len(values_line(page.canvas)[1]) == 14)
    ax, lines = values_line(page.canvas)
    assert ax.get_legend() is None
    header = page.table.horizontalHeaderItem(3)
    line = next(li for li in lines if li.get_gid() == f"values:{header.text()[2:]}")
    assert header.text().startswith("■ ") and header.foreground().color().name() == to_hex(line.get_color())
    assert "14" in page.message.text()
