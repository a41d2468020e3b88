"""Completeness: which units sent which sectors' figures, and when, and by what."""

from models import approvals, catalog
from models.exchange.completeness import completeness
from models.values import ValueChange, write_values


def test_cells_count_entered_against_expected(db):
    province = catalog.top_org_unit(db).id
    district = catalog.org_unit_by_code(db, "BK-CD").id
    postal = next(s for s in catalog.sectors(db) if s.code == "postal")
    indicators = catalog.indicators(db, postal.id)
    write_values(db, [ValueChange(i.id, district, "2024", 1) for i in indicators[:5]], source="import")
    rows = {r.name: r for r in completeness(db, province, "2024")}
    assert len(rows) == 8
    cell = rows["Huyện Chợ Đồn"].cells[postal.id]
    assert (cell.entered, cell.expected, cell.state, cell.last_by) == (5, 12, "partial", "import")
    assert rows["Huyện Na Rì"].cells[postal.id].state == "missing"
    write_values(db, [ValueChange(i.id, district, "2024", 1) for i in indicators[5:]])
    assert completeness(db, province, "2024")[3].cells[postal.id].state == "complete"
    approvals.approve(db, district, "2024")
    assert {r.name: r.approved for r in completeness(db, province, "2024")}["Huyện Chợ Đồn"]


def test_a_unit_without_children_shows_itself(db):
    district = catalog.org_unit_by_code(db, "BK-CD").id
    (row,) = completeness(db, district, "2024")
    assert row.org_unit_id == district and row.missing_sectors == len(row.cells)
