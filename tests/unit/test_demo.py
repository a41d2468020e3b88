"""The demo data set reproduces the source report's figures, marked as sample data."""

import pytest

from models import activities, catalog, demo, narratives, settings, values
from models.database import open_database


def test_demo_holds_the_2024_province_figures(demo_db):
    bk = catalog.org_unit_by_code(demo_db, "BK").id
    stored = values.values_for(demo_db, bk, "2024")
    assert len(stored) == 69  # the 68 figures of the report, and the procedures its 66,4% implies
    by_code = {catalog.indicator(demo_db, i).code: v for i, v in stored.items()}
    assert by_code["telecom.mobile_subscribers"].value == 316272
    assert by_code["digital.ioffice_transactions"].value == 1896340
    assert by_code["postal.revenue"].value == 69_300_000_000
    assert by_code["postal.revenue"].status == "estimate"
    assert by_code["postal.radius_km"].value == pytest.approx(3.23)
    assert by_code["inspection.fines"].value == 17_000_000


def test_2023_only_where_the_report_states_a_change(demo_db):
    bk = catalog.org_unit_by_code(demo_db, "BK").id
    assert len(values.values_for(demo_db, bk, "2023")) == 10


def test_demo_has_activities_and_text_and_is_marked(demo_db):
    bk = catalog.org_unit_by_code(demo_db, "BK").id
    digital = next(s for s in catalog.sectors(demo_db) if s.code == "digital")
    listed = activities.list_activities(demo_db, digital.id, bk, "2024")
    assert any(a.participants == 27002 for a in listed)
    text = narratives.get_narrative(demo_db, digital.id, bk, "2024")
    assert "{digital.ioffice_transactions}" in text["results"]  # figures come from the records
    assert text["difficulties"] and text["tasks"]
    assert settings.get_setting(demo_db, "sample_data") is True


def test_demo_refuses_a_database_with_records(demo_db):
    with pytest.raises(ValueError):
        demo.load_demo(demo_db)


def test_fresh_database_is_not_sample(tmp_path):
    db = open_database(tmp_path / "x.sqlite3")
    assert settings.get_setting(db, "sample_data") is False
