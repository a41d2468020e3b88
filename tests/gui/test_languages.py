"""Each interface language all the way through: names, units, periods, dates, Qt's own buttons,
the chart toolbar and role names (issue #20, point 12)."""

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from models import catalog
from models.periods import parse_period
from ui.indicator_model import UNIT


def _row_of(tab, code):
    return next(r for r in range(tab.model.rowCount()) if tab.model.indicator_at(r).code == code)


def test_period_labels_in_both_languages():
    assert parse_period("2024-Q3").label("vi") == "quý III năm 2024"
    assert parse_period("2024-Q3").label("en") == "Q3 2024"
    assert parse_period("2024-H1").label("en") == "first half of 2024"
    assert parse_period("2024-03").label("en") == "March 2024"
    assert parse_period("2024").label("en") == "2024"


def test_vietnamese_standard_buttons_and_chart_toolbar(qtbot, vietnamese):
    box = QMessageBox(QMessageBox.Icon.Critical, "x", "y", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"

    from widgets.chart_canvas import ChartCanvas

    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    tips = {a.toolTip() for a in canvas.toolbar.actions() if a.toolTip()}
    assert "Lưu biểu đồ thành ảnh" in tips
    assert not any(re.search(r"\b(Pan|Zoom|Save|Reset|Back|Forward)\b", tip) for tip in tips), tips

    from ui.accounts_dialog import role_labels

    assert role_labels()["admin"] == "Quản trị"


def test_english_window_names_units_and_periods_in_english(qtbot, session, prefs):
    from ui.app import Shell

    shell = Shell(session=session, prefs=prefs)
    shell.switch_language("en")
    window = shell.window
    qtbot.addWidget(window)
    tab = window.sector_tab("postal")
    row = _row_of(tab, "postal.revenue")
    assert tab.model.index(row, UNIT).data() == "VND"
    assert tab.model.index(_row_of(tab, "postal.service_points"), UNIT).data() == "points"
    reports = window.show_page(window.REPORTS)
    scope = reports.scope_label.text()
    assert "năm" not in scope and "Huyện" not in scope and "Tỉnh" not in scope, scope
    unit = catalog.org_unit(session.db, window.org_picker.current_id())
    assert unit.name_en in scope


def test_english_chart_speaks_english(qtbot, session, prefs):
    from ui.app import Shell

    shell = Shell(session=session, prefs=prefs)
    shell.switch_language("en")
    window = shell.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tab = window.sector_tab("postal")
    window.tabs.setCurrentIndex(next(i for i, s in enumerate(window.sectors) if s.code == "postal"))
    tab.grid.setCurrentIndex(tab.model.index(_row_of(tab, "postal.revenue"), 0))
    tab.lower.setCurrentWidget(tab.chart)
    qtbot.waitUntil(lambda: tab.chart.canvas is not None and bool(tab.chart.canvas.figure.axes), timeout=10_000)
    title = tab.chart.canvas.figure.axes[0].get_title()
    assert "VND" in title and "đồng" not in title, title
    assert "Postal revenue" in title


def test_vietnamese_saved_time_is_day_month_year(qtbot, vietnamese, window):
    from tests.gui.test_grid import type_into
    from ui.indicator_model import VALUE

    tab = window.sector_tab("postal")
    row = _row_of(tab, "postal.service_points")
    type_into(qtbot, tab, row, VALUE, "1.300")
    tip = tab.model.index(row, VALUE).data(3)  # ToolTipRole
    assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", tip), tip
    assert not re.search(r"\d{4}-\d{2}-\d{2}", tip), tip


def test_vietnamese_message_box_ok_from_the_start_screen(qtbot, vietnamese):
    """The start's error boxes (QMessageBox.critical) carry Qt's OK button: Vietnamese too."""
    seen = []

    def answer():
        box = next(w for w in qtbot_app_windows() if isinstance(w, QMessageBox))
        seen.append(box.button(QMessageBox.StandardButton.Ok).text())
        box.accept()

    QTimer.singleShot(0, answer)
    QMessageBox.critical(None, "x", "y")
    assert seen == ["Đồng ý"]


def qtbot_app_windows():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_english_window_shows_the_cores_refusals_in_english(qtbot, session, prefs):
    """A message raised in models/ (Vietnamese at its source) reaches the English user in
    English: here a figure over its maximum and a word typed for a number, in the grid."""
    from PySide6.QtCore import Qt

    from tests.gui.test_grid import VALUE, type_into
    from ui.app import Shell

    shell = Shell(session=session, prefs=prefs)
    shell.switch_language("en")
    window = shell.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentIndex(next(i for i, s in enumerate(window.sectors) if s.code == "postal"))
    tab = window.sector_tab("postal")
    editor = type_into(qtbot, tab, _row_of(tab, "postal.staffed_pct"), VALUE, "120")
    assert "above the maximum 100" in tab.message.text(), tab.message.text()
    editor.selectAll()
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    text = tab.message.text()
    assert "«abc» is not a number" in text and "không phải" not in text, text


def test_every_message_of_the_core_has_english_that_takes_its_values():
    """tools/messages.py reads the templates off the source; each has English with as many
    places for values, and a message made from it comes back in English."""
    import json
    import string

    from models.messages import translate
    from tools.messages import CATALOG, templates

    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    found = templates()
    assert len(found) > 150
    lacking = [f"{where}: {text}" for text, where in found.items() if not catalog.get(text)]
    assert not lacking, "run tools/messages.py and give these English:\n" + "\n".join(lacking)
    for text in found:
        places = sum(1 for _lit, field, _spec, _conv in string.Formatter().parse(text) if field is not None)
        english = catalog[text]
        values = [f"V{n}x" for n in range(places)]
        made = english.format(*values)
        assert all(value in made for value in values), (text, english)
        message = text.format(*values)
        assert translate(message, "vi") == message
        assert translate(message, "en") == made or not re.search("[ạ-ỹđ]", translate(message, "en")), (message, english)
