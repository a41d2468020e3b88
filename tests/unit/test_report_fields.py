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


def _set(db, figures: dict, targets: dict | None = None):
    from models.values import TargetChange

    unit = catalog.top_org_unit(db).id
    changes = []
    for (code, period), value in figures.items():
        changes.append(ValueChange(catalog.indicator_by_code(db, code).id, unit, period, value, "final"))
    for code, value in (targets or {}).items():
        changes.append(TargetChange(catalog.indicator_by_code(db, code).id, unit, "2024", value))
    write_values(db, changes)


@pytest.mark.parametrize("field, expected", [
    ("{postal.items:change,d2}", "tăng 70,15% so với năm 2023"),  # 70,149 rounded half up
    ("{postal.items:change}", "tăng 70,1% so với năm 2023"),
    ("{postal.items:change,d0}", "tăng 70% so với năm 2023"),
    ("{postal.items:change,cungky}", "tăng 70,1% so với cùng kỳ năm 2023"),
    ("{postal.items:value,trieu,d1}", "1,7 triệu bưu gửi"),
    ("{postal.items:trieu}", "1,7 triệu bưu gửi"),
    ("{postal.items:number,nghin,d0}", "1.701"),
    ("{postal.items:delta}", "tăng 701.490 bưu gửi so với năm 2023"),
    ("{postal.items:delta,nghin,d0,cungky}", "tăng 701 nghìn bưu gửi so với cùng kỳ năm 2023"),
    ("{postal.revenue:trieu}", "158.674 triệu đồng"),
    ("{postal.revenue:value}", "158,67 tỷ đồng"),
    ("{postal.revenue:value,d1}", "158,7 tỷ đồng"),
    ("{postal.revenue:delta}", "tăng 100 tỷ đồng so với năm 2023"),
    ("{postal.revenue:plan}", "đạt 123,4% kế hoạch"),
    ("{postal.revenue:plan,d2}", "đạt 123,39% kế hoạch"),
    ("{postal.staffed_pct:change}", "tăng 2,5 điểm phần trăm so với năm 2023"),
    ("{postal.staffed_pct:delta,d1}", "tăng 2,5 điểm phần trăm so với năm 2023"),
    ("{inspection.inspections:value}", "08 cuộc"),
    ("{inspection.inspections:no00}", "8 cuộc"),
    ("{inspection.inspections:delta}", "tăng 3 cuộc so với năm 2023"),
])
def test_field_options(db, field, expected):
    _set(db, {("postal.items", "2024"): 1_701_490, ("postal.items", "2023"): 1_000_000,
              ("postal.revenue", "2024"): 158_674_000_000, ("postal.revenue", "2023"): 58_674_000_000,
              ("postal.staffed_pct", "2024"): 66.4, ("postal.staffed_pct", "2023"): 63.9,
              ("inspection.inspections", "2024"): 8, ("inspection.inspections", "2023"): 5},
         {"postal.revenue": 128_600_000_000})
    assert fields.expand(field, figures_for(db)) == expected


def test_unknown_options_are_reported_before_printing(db):
    problems = fields.check("{postal.items:value,xyz} {postal.items:d9}", figures_for(db))
    assert [p[0] for p in problems] == ["{postal.items:value,xyz}", "{postal.items:d9}"]
    assert "«xyz»" in problems[0][1] and "cungky" in problems[0][1]
    with pytest.raises(FieldError):
        fields.expand("{postal.items:value,xyz}", figures_for(db))
