"""The window across the 2025 merger: the unit picker lists the units of the period (the retired
ones on request), and the new province's grid shows its predecessors' 2024 beside its 2025."""

import pytest

from models import catalog, demo
from models.database import open_database
from ui.indicator_model import PREVIOUS


@pytest.fixture
def file_db(tmp_path):
    db = open_database(tmp_path / "office.sqlite3")
    demo.load_demo(db)
    demo.load_reorg(db)
    yield db
    db.close()


def _listed(window):
    picker = window.org_picker
    return [picker.itemData(i) for i in range(picker.count())]


def test_the_picker_lists_the_units_of_the_period(qtbot, window, file_db):
    bk, tn = (catalog.org_unit_by_code(file_db, code).id for code in ("BK", "TN"))
    window.org_picker.set_current_id(bk)
    window.period_picker.set_period("2024")
    assert bk in _listed(window) and tn not in _listed(window)
    window.org_picker.set_current_id(catalog.org_unit_by_code(file_db, "BK-CD").id)
    window.period_picker.set_period("2025-Q3")
    listed = _listed(window)
    assert tn in listed and bk not in listed  # Bắc Kạn ended on 30 June 2025
    assert catalog.org_unit_by_code(file_db, "BK-CD").id in listed  # the unit being shown stays
    window.retired_action.trigger()
    assert bk in _listed(window)
    window.retired_action.trigger()
    assert bk not in _listed(window)


def test_the_new_provinces_grid_compares_with_its_predecessors(qtbot, window, file_db):
    tn = catalog.org_unit_by_code(file_db, "TN").id
    window.period_picker.set_period("2025")
    window.org_picker.set_current_id(tn)
    tab = window.sector_tab("postal")
    row = next(r for r in range(tab.model.rowCount()) if tab.model.indicator_at(r).code == "postal.service_points")
    assert tab.model.index(row, PREVIOUS).data() == "666"
    tip = tab.model.index(row, PREVIOUS).data(0x03)  # ToolTipRole
    assert "Tỉnh Bắc Kạn" in tip and "Tỉnh Thái Nguyên (trước sắp xếp)" in tip
