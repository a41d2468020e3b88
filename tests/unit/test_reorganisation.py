"""The sample of the 2025 merger: Bắc Kạn and the former Thái Nguyên become the new Thái Nguyên.
Its 2025 report compares with their 2024 figures, says so, and carries the new agency's header."""

import pytest

from models import catalog, demo
from models.figures import SUCCEEDED, FigureEngine
from models.reports import letterhead
from models.reports.content import build_period_report


@pytest.fixture
def reorg_db(demo_db):
    demo.load_reorg(demo_db)
    return demo_db


def test_the_new_province_compares_with_the_two_it_took_over(reorg_db):
    tn = catalog.org_unit_by_code(reorg_db, "TN")
    engine = FigureEngine(reorg_db)
    points = engine.figure(catalog.indicator_by_code(reorg_db, "postal.service_points"), tn.id, "2024")
    assert (points.value, points.origin, points.parts, points.of) == (254 + 412, SUCCEEDED, 2, 2)
    revenue = engine.figure(catalog.indicator_by_code(reorg_db, "postal.revenue"), tn.id, "2024")
    assert revenue.value == 69_300_000_000 + 185_000_000_000 and revenue.estimate  # Bắc Kạn's was an estimate


def test_its_report_says_where_the_comparison_comes_from(reorg_db):
    tn = catalog.org_unit_by_code(reorg_db, "TN")
    report = build_period_report(reorg_db, tn.id, "2025")
    text = " ".join(getattr(block, "text", "") for block in report.body)
    assert "ước đạt 650 điểm, giảm 2,4% so với năm 2024" in text
    assert ("Số liệu năm 2024 dùng để so sánh là số liệu của các đơn vị trước sắp xếp: Tỉnh Bắc Kạn, "
            "Tỉnh Thái Nguyên (trước sắp xếp)") in text


def test_the_agency_changes_with_the_date_and_old_reports_keep_theirs(reorg_db):
    tn, bk = (catalog.org_unit_by_code(reorg_db, code) for code in ("TN", "BK"))
    assert letterhead.load(reorg_db, tn.id, "2026-01-10").agency == "Sở Khoa học và Công nghệ"
    assert letterhead.load(reorg_db, bk.id, "2025-01-05").agency == "Sở Thông tin và Truyền thông"


def test_the_reorganisation_loads_once_through_the_catalog_import(reorg_db):
    """Loaded again, the catalog import finds nothing to change."""
    from models.catalog_io import plan
    from models.resources import resource

    for name in ("org_units.csv", "successions.csv"):
        found = plan(reorg_db, resource("demo", "reorg", name))
        assert found.ok and found.empty, (found.problems, found.changed)
    assert catalog.org_unit_by_code(reorg_db, "BK-CD").valid_to == "2025-06-30"


def test_a_trend_runs_across_the_merger(reorg_db):
    """The new province's line: 2024 is its predecessors', 2025 its own."""
    from models.trends import indicator_series, periods_ending

    tn = catalog.org_unit_by_code(reorg_db, "TN")
    revenue = catalog.indicator_by_code(reorg_db, "postal.revenue")
    series = indicator_series(reorg_db, revenue, tn.id, periods_ending("2025", 2))
    assert [p.value for p in series.points] == [254_300_000_000, 272_000_000_000]


def test_completeness_counts_the_units_of_the_period(reorg_db):
    """Bắc Kạn's districts ended on 30 June 2025: they are expected for 2024, not for 2025-Q3."""
    from models.exchange.completeness import completeness

    bk = catalog.org_unit_by_code(reorg_db, "BK").id
    assert len(completeness(reorg_db, bk, "2024")) == 8
    assert [row.name for row in completeness(reorg_db, bk, "2025-Q3")] == ["Tỉnh Bắc Kạn"]
