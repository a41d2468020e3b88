"""Figures written as the source report writes them, and text fields."""

import pytest

from models import catalog, values
from models.periods import parse_period
from models.reports import fields
from models.reports.fields import FieldError
from models.values import ValueChange, write_values


def figures_for(db, period="2024", leading_zero=True):
    unit = catalog.top_org_unit(db).id
    p = parse_period(period)
    return fields.Figures(p, {i.code: i for i in catalog.indicators(db)},
                          values.values_for(db, unit, p.key), values.values_for(db, unit, p.previous_comparable().key),
                          values.targets_for(db, unit, p.key), leading_zero)


def test_the_source_reports_sentences(demo_db):
    f = figures_for(demo_db)
    assert fields.phrase(f, "postal.revenue", "full") == "ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023"
    assert fields.phrase(f, "postal.tax", "full") == "ước đạt 706 triệu đồng, tăng 1,5% so với năm 2023"
    assert fields.phrase(f, "postal.kt1_items", "change") == "giảm 17% so với năm 2023"
    assert fields.phrase(f, "telecom.mobile_subscribers") == "316.272 thuê bao"
    assert fields.phrase(f, "postal.radius_km") == "3,23 km/điểm"
    assert fields.phrase(f, "postal.staffed_pct") == "94,7%"
    assert fields.phrase(f, "inspection.inspections") == "08 cuộc"
    assert fields.phrase(f, "inspection.fines") == "17 triệu đồng"
    assert fields.phrase(f, "press.resident_reporters", "change") == "tăng 3 người so với năm 2023"
    assert fields.phrase(f, "postal.revenue", "status") == "ước đạt"
    assert fields.phrase(f, "telecom.mobile_subscribers", "status") == "đạt"
    assert fields.phrase(f, "postal.revenue", "number") == "69,3"


def test_leading_zero_follows_the_setting(demo_db):
    assert fields.phrase(figures_for(demo_db, leading_zero=False), "inspection.inspections") == "8 cuộc"


def test_points_and_same_period_wording(db):
    staffed = catalog.indicator_by_code(db, "postal.staffed_pct")
    unit = catalog.top_org_unit(db).id
    write_values(db, [ValueChange(staffed.id, unit, "2024-Q3", 94.7), ValueChange(staffed.id, unit, "2023-Q3", 92.2)])
    f = figures_for(db, "2024-Q3")
    assert fields.phrase(f, "postal.staffed_pct", "change") == "tăng 2,5 điểm phần trăm so với cùng kỳ năm 2023"
    write_values(db, [ValueChange(staffed.id, unit, "2023-Q3", 94.7)])
    assert fields.phrase(figures_for(db, "2024-Q3"), "postal.staffed_pct", "change") == \
        "bằng cùng kỳ năm 2023"


def test_expand_and_unknown_fields(demo_db):
    f = figures_for(demo_db)
    text = "Doanh thu {postal.revenue:full}; thuê bao {telecom.mobile_subscribers}."
    assert fields.expand(text, f) == ("Doanh thu ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023; "
                                      "thuê bao 316.272 thuê bao.")
    with pytest.raises(FieldError) as info:
        fields.expand("{postal.revenu} và {postal.revenue:weird}", f)
    assert [p[0] for p in info.value.problems] == ["{postal.revenu}", "{postal.revenue:weird}"]


def test_missing_figure_is_a_warning_not_raw_text(db):
    f = figures_for(db)
    assert fields.expand("Có {postal.providers} đơn vị", f) == "Có (chưa có số liệu) đơn vị"
    assert f.warnings == ["{postal.providers:value}: (chưa có số liệu)"]
