"""The catalog is data: loaded from resources, edited, never deleted with data."""

import csv
import unicodedata

import pytest

from models import catalog
from models.catalog import CatalogError
from models.resources import resource
from models.values import ValueChange, write_values


def test_default_catalog_from_resources(db):
    sectors = catalog.sectors(db)
    assert [s.code for s in sectors][:12] == [
        "press", "einfo", "extinfo", "grassroots", "publishing", "postal", "telecom", "digital",
        "infosec", "inspection", "services", "programs"]
    assert len(catalog.indicators(db)) == 71  # the 68 read off the report, the procedures it implies, two from records
    with open(resource("catalog", "indicators.csv"), encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 71
    tree = catalog.org_unit_tree(db)
    assert tree[0][0].code == "BK" and tree[0][1] == 0
    assert all(depth == 1 for _unit, depth in tree[1:])
    revenue = catalog.indicator_by_code(db, "postal.revenue")
    assert (revenue.kind, revenue.rollup, revenue.change_rule, revenue.unit) == ("money", "sum", "relative", "đồng")


def test_loading_twice_adds_nothing(db):
    catalog.load_default_catalog(db)
    assert len(catalog.indicators(db)) == 71  # the 68 read off the report, the procedures it implies, two from records


def test_add_rename_reorder_deactivate_sector(db):
    new_id = catalog.add(db, "sector", code="science", name_vi="Khoa học và công nghệ", name_en="Science")
    assert catalog.sectors(db)[-1].id == new_id
    catalog.update(db, "sector", new_id, name_vi=unicodedata.normalize("NFD", "Khoa học, công nghệ"))
    assert catalog.sectors(db)[-1].name_vi == "Khoa học, công nghệ"  # stored NFC
    order = [s.id for s in catalog.sectors(db)]
    catalog.reorder(db, "sector", [new_id] + order[:-1])
    assert catalog.sectors(db)[0].id == new_id
    catalog.update(db, "sector", new_id, active=False)
    assert new_id not in [s.id for s in catalog.sectors(db)]
    assert new_id in [s.id for s in catalog.sectors(db, include_inactive=True)]


def test_org_unit_tree_is_editable(db):
    province = catalog.org_unit_by_code(db, "BK").id
    # 2025: districts abolished, communes merged — the tree is data.
    commune = catalog.add(db, "org_unit", code="BK-X1", name_vi="Xã Chợ Đồn mới", level="commune",
                          parent_id=province)
    assert (catalog.org_unit(db, commune).parent_id) == province
    with pytest.raises(CatalogError, match="Đơn vị cấp trên"):
        catalog.update(db, "org_unit", province, parent_id=commune)


@pytest.mark.parametrize("fields, message", [
    (dict(code="", name_vi="X"), "Mã"),
    (dict(code="bad code", name_vi="X"), "Mã"),
    (dict(code="postal", name_vi="X"), "đã được dùng"),
    (dict(code="new", name_vi=""), "Tên tiếng Việt"),
])
def test_sector_refusals_name_the_field(db, fields, message):
    before = len(catalog.sectors(db, include_inactive=True))
    with pytest.raises(CatalogError, match=message):
        catalog.add(db, "sector", **fields)
    assert len(catalog.sectors(db, include_inactive=True)) == before


def test_indicator_range_and_kind_checked(db):
    postal = catalog.sectors(db)[5].id
    with pytest.raises(CatalogError, match="Loại"):
        catalog.add(db, "indicator", code="x.y", sector_id=postal, name_vi="X", kind="weird")
    with pytest.raises(CatalogError, match="Giá trị nhỏ nhất"):
        catalog.add(db, "indicator", code="x.y", sector_id=postal, name_vi="X", kind="count",
                    min_value=10, max_value=1)
    new = catalog.add(db, "indicator", code="postal.new", sector_id=postal, name_vi="Mới", kind="count")
    assert catalog.indicator(db, new).rollup == "sum"


def test_what_has_data_is_never_deleted(db):
    indicator = catalog.indicator_by_code(db, "postal.providers")
    unit = catalog.org_unit_by_code(db, "BK-CD")
    write_values(db, [ValueChange(indicator.id, unit.id, "2024", 3)])
    for entity, record_id in (("indicator", indicator.id), ("org_unit", unit.id),
                              ("sector", indicator.sector_id)):
        assert catalog.has_data(db, entity, record_id)
        with pytest.raises(CatalogError, match="ngừng sử dụng"):
            catalog.delete(db, entity, record_id)
    unused = catalog.add(db, "sector", code="unused", name_vi="Chưa dùng")
    catalog.delete(db, "sector", unused)
    assert unused not in [s.id for s in catalog.sectors(db, include_inactive=True)]


def test_units_have_english_names(db):
    """Migration 0013 and the shipped catalog give every unit an English name for the English
    interface; the Vietnamese unit stays what reports print."""
    revenue = catalog.indicator_by_code(db, "postal.revenue")
    assert (revenue.unit, revenue.unit_in("vi"), revenue.unit_in("en")) == ("đồng", "đồng", "VND")
    assert all(i.unit_en for i in catalog.indicators(db, include_inactive=True))
