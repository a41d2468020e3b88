"""The indicator grid: typing, Enter moving down, refusals, undo and redo, paste."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox

from models import catalog, values
from ui.indicator_model import CHANGE, COMPUTED, DIFFERS, NOTE, PARTIAL, PREVIOUS, STATUS, TARGET, VALUE


def stored(db, code, unit="BK", period="2024"):
    indicator = catalog.indicator_by_code(db, code)
    return values.get_value(db, indicator.id, catalog.org_unit_by_code(db, unit).id, period)


def row_of(tab, code):
    return next(r for r in range(tab.model.rowCount()) if tab.model.indicator_at(r).code == code)


def type_into(qtbot, tab, row, column, text):
    grid = tab.grid
    index = tab.model.index(row, column)
    grid.setCurrentIndex(index)
    grid.edit(index)
    editors = [e for e in grid.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest can only type ASCII; an input method would insert the rest
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call
    return editor


def choose_status(qtbot, tab, row, text):
    """Open the status cell's list and choose ``text`` in it, as with the keyboard."""
    index = tab.model.index(row, STATUS)
    tab.grid.setCurrentIndex(index)
    tab.grid.edit(index)
    combo = next(e for e in tab.grid.findChildren(QComboBox) if e.isVisible())
    assert [combo.itemText(i) for i in range(combo.count())] == ["Estimate", "Final"]
    combo.setCurrentIndex(combo.findText(text))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_typing_saves_and_enter_moves_down(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.service_points")
    type_into(qtbot, tab, row, VALUE, "1.255")
    assert stored(file_db, "postal.service_points").value == 1255
    assert tab.grid.currentIndex().row() == row + 1
    assert "Saved" in window.statusBar().currentMessage()
    assert tab.model.index(row, VALUE).data() == "1.255"


def test_refused_input_stays_in_place_and_stores_nothing(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.staffed_pct")
    editor = type_into(qtbot, tab, row, VALUE, "120")
    assert stored(file_db, "postal.staffed_pct").value == pytest.approx(94.7)
    assert tab.grid.currentIndex().row() == row  # did not move on
    assert editor.isVisible()
    assert "100" in tab.message.text()
    assert tab.message.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "abc" in tab.message.text()
    assert stored(file_db, "postal.staffed_pct").value == pytest.approx(94.7)


def test_undo_and_redo_a_single_edit(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.providers")
    type_into(qtbot, tab, row, VALUE, "15")
    assert stored(file_db, "postal.providers").value == 15
    window.undo_action.trigger()
    assert stored(file_db, "postal.providers").value == 12
    assert tab.model.index(row, VALUE).data() == "12"
    window.redo_action.trigger()
    assert stored(file_db, "postal.providers").value == 15


def test_undo_removes_a_new_value(qtbot, window, file_db):
    window.period_picker.set_period("2025")
    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.providers")
    type_into(qtbot, tab, row, VALUE, "14")
    assert stored(file_db, "postal.providers", period="2025").value == 14
    window.undo_action.trigger()
    assert stored(file_db, "postal.providers", period="2025") is None


def test_status_and_note_columns(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.providers")
    choose_status(qtbot, tab, row, "Estimate")
    assert stored(file_db, "postal.providers").status == "estimate"
    type_into(qtbot, tab, row, NOTE, "nhận nhượng quyền")
    assert stored(file_db, "postal.providers").note == "nhận nhượng quyền"


def test_paste_a_block_is_one_undo_step(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    first = row_of(tab, "postal.providers")
    tab.grid.setCurrentIndex(tab.model.index(first, VALUE))
    tab.grid.paste("13\n260\n3,5\n")
    assert stored(file_db, "postal.providers").value == 13
    assert stored(file_db, "postal.service_points").value == 260
    assert stored(file_db, "postal.radius_km").value == pytest.approx(3.5)
    window.undo_action.trigger()
    assert stored(file_db, "postal.providers").value == 12
    assert stored(file_db, "postal.service_points").value == 254
    assert stored(file_db, "postal.radius_km").value == pytest.approx(3.23)
    window.redo_action.trigger()
    assert stored(file_db, "postal.service_points").value == 260


def test_paste_with_value_status_and_note_columns(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    first = row_of(tab, "postal.providers")
    tab.grid.setCurrentIndex(tab.model.index(first, VALUE))
    tab.grid.paste("13\t\t\t\tƯớc tính\tghi chú\n")  # typed, computed, change, target, status, note
    value = stored(file_db, "postal.providers")
    assert (value.value, value.status, value.note) == (13, "estimate", "ghi chú")


def test_paste_with_a_bad_cell_stores_nothing(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    first = row_of(tab, "postal.providers")
    tab.grid.setCurrentIndex(tab.model.index(first, VALUE))
    tab.grid.paste("13\nabc\n3,5")
    assert stored(file_db, "postal.providers").value == 12
    assert stored(file_db, "postal.radius_km").value == pytest.approx(3.23)
    assert "abc" in tab.message.text()
    assert f"{first + 2}" in tab.message.text()


def test_the_computed_column_says_where_it_comes_from(qtbot, window, file_db):
    """One district's figure: the province's computed figure is it, from 1 of 8 units, shown as
    partial and different from the province's own typed figure."""
    tab = window.sector_tab("postal")
    points = catalog.indicator_by_code(file_db, "postal.service_points")
    district = catalog.org_unit_by_code(file_db, "BK-CD").id
    values.write_values(file_db, [values.ValueChange(points.id, district, "2024", 40)])
    tab.model.reload()
    row = row_of(tab, "postal.service_points")
    computed = tab.model.index(row, COMPUTED)
    assert computed.data() == "40"
    assert "1 of 8 units" in computed.data(Qt.ItemDataRole.ToolTipRole)
    assert "Huyện Ba Bể" in computed.data(Qt.ItemDataRole.ToolTipRole)  # a unit still missing
    assert computed.data(Qt.ItemDataRole.BackgroundRole).color().name() == PARTIAL
    typed = tab.model.index(row, VALUE)
    assert typed.data() == "254" and typed.data(Qt.ItemDataRole.BackgroundRole).color().name() == DIFFERS


def test_a_district_typing_months_sees_its_quarter(qtbot, window, file_db):
    district = catalog.org_unit_by_code(file_db, "BK-CD").id
    window.org_picker.set_current_id(district)
    window.period_picker.set_period("2024-07")
    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.items")
    for month, text in (("2024-07", "1.000"), ("2024-08", "2.000"), ("2024-09", "3.000")):
        window.period_picker.set_period(month)
        type_into(qtbot, tab, row, VALUE, text)
    window.period_picker.set_period("2024-Q3")
    assert tab.model.index(row, VALUE).data() == ""
    assert tab.model.index(row, COMPUTED).data() == "6.000"
    assert "3 of 3 months" in tab.model.index(row, COMPUTED).data(Qt.ItemDataRole.ToolTipRole)
    window.period_picker.set_period("2025-Q3")
    assert tab.model.index(row, PREVIOUS).data() == "6.000"  # the same quarter a year before, computed


def test_tab_skips_cells_that_take_no_typing(qtbot, window):
    tab = window.sector_tab("postal")
    window.activateWindow()
    tab.grid.setFocus()
    tab.grid.setCurrentIndex(tab.model.index(0, VALUE))
    qtbot.keyClick(tab.grid, Qt.Key.Key_Tab)
    assert tab.grid.currentIndex().column() == TARGET  # past the computed figure and the change
    qtbot.keyClick(tab.grid, Qt.Key.Key_Tab)
    assert tab.grid.currentIndex().column() == STATUS
    qtbot.keyClick(tab.grid, Qt.Key.Key_Tab)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Tab)
    assert (tab.grid.currentIndex().row(), tab.grid.currentIndex().column()) == (1, VALUE)


def test_typing_into_a_read_only_cell_says_why_in_place(qtbot, window):
    tab = window.sector_tab("postal")
    tab.grid.setCurrentIndex(tab.model.index(0, CHANGE))
    qtbot.keyClicks(tab.grid, "5")
    assert tab.message.isVisible() and "worked out" in tab.message.text()
    type_into(qtbot, tab, 0, VALUE, "13")  # a good edit clears the stale message
    assert not tab.message.isVisible()


def target(db, code, unit="BK", period="2024"):
    indicator = catalog.indicator_by_code(db, code)
    return values.targets_for(db, catalog.org_unit_by_code(db, unit).id, period).get(indicator.id)


def test_target_typed_undone_and_pasted(qtbot, window, file_db):
    tab = window.sector_tab("postal")
    row = row_of(tab, "postal.staffed_pct")
    type_into(qtbot, tab, row, TARGET, "100")
    assert target(file_db, "postal.staffed_pct") == 100
    assert tab.model.index(row, TARGET).data() == "100"
    window.undo_action.trigger()
    assert target(file_db, "postal.staffed_pct") is None
    tab.grid.setCurrentIndex(tab.model.index(row_of(tab, "postal.providers"), VALUE))
    tab.grid.paste("13\t\t\t15\n")
    assert stored(file_db, "postal.providers").value == 13
    assert target(file_db, "postal.providers") == 15
    window.undo_action.trigger()
    assert stored(file_db, "postal.providers").value == 12
    assert target(file_db, "postal.providers") is None


def test_a_period_switch_reads_the_figures_below_in_one_query_per_period(qtbot, window, file_db):
    """#12: set-based reading, one query per screen, not one per row: the province's grid reads the
    units and months below once for the period shown and once for the year before, however many
    indicators the sector has."""
    tab = window.sector_tab("postal")
    assert tab.model.rowCount() > 5
    statements = []
    connection = tab.model._db.conn
    connection.set_trace_callback(lambda sql: statements.append(sql) if "WHERE period IN" in sql else None)
    assert tab.model.scope[1] == "2024"
    year = window.period_picker.findChild(QSpinBox)
    try:
        qtbot.keyClick(year, Qt.Key.Key_Down)  # the year one back, as a user steps it
        QApplication.processEvents()
    finally:
        connection.set_trace_callback(None)
    assert tab.model.scope[1] == "2023"
    assert len(statements) == 2, statements
