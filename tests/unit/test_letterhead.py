"""Letterheads by issuing unit and date; a document with an incomplete one is refused."""

import dataclasses

import pytest

from models import catalog
from models.reports import letterhead
from models.reports.letterhead import ReportSettings, ReportSettingsError
from ops import reports
from ops.reports import ReportRefused
from ops.session import Session

OLD = ReportSettings(superior_agency="UBND TỈNH BẮC KẠN", agency="SỞ THÔNG TIN VÀ TRUYỀN THÔNG", doc_symbol="BC-STTTT",
                     place="Bắc Kạn", signer_title="GIÁM ĐỐC", signer_name="Nguyễn Văn A")
NEW = dataclasses.replace(OLD, agency="SỞ KHOA HỌC VÀ CÔNG NGHỆ", doc_symbol="BC-SKHCN")


def test_the_letterhead_in_force_on_the_documents_day(db):
    top = catalog.top_org_unit(db).id
    letterhead.save(db, OLD, top)
    letterhead.save(db, NEW, top, "2025-03-01")  # the departments merged on 1 March 2025
    assert letterhead.load(db, top, "2025-01-05").agency == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert letterhead.load(db, top, "2025-03-01").agency == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert letterhead.load(db, top, "2026-01-10").doc_symbol == "BC-SKHCN"
    assert [e.valid_from for e in letterhead.entries(db, top)] == ["", "2025-03-01"]
    entry = letterhead.in_force(db, top, "2025-06-30")
    assert (entry.valid_from, entry.settings.agency) == ("2025-03-01", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    with pytest.raises(ReportSettingsError, match="Áp dụng từ ngày"):
        letterhead.save(db, NEW, top, "01/03/2025")


def test_each_unit_has_its_own_letterhead(db):
    """Setting the district's header does not change the province's (it used to be one setting)."""
    province = catalog.org_unit_by_code(db, "BK").id
    district = catalog.org_unit_by_code(db, "BK-CD").id
    letterhead.save(db, OLD, province)
    assert letterhead.load(db, district).superior_agency == "UBND HUYỆN CHỢ ĐỒN"  # its level's suggestion
    assert letterhead.load(db, district).agency == "PHÒNG VĂN HÓA VÀ THÔNG TIN"
    letterhead.save(db, dataclasses.replace(OLD, superior_agency="UBND HUYỆN CHỢ ĐỒN", agency="PHÒNG VĂN HÓA VÀ "
                                            "THÔNG TIN", place="Chợ Đồn"), district)
    assert letterhead.load(db, province).superior_agency == "UBND TỈNH BẮC KẠN"
    assert letterhead.load(db, district).place == "Chợ Đồn"


def test_a_report_whose_letterhead_is_incomplete_is_refused(demo_db, tmp_path):
    session = Session(demo_db, path=None)
    district = catalog.org_unit_by_code(demo_db, "BK-CD").id  # never given a letterhead: no signer
    with pytest.raises(ReportRefused, match="Họ tên người ký"):
        reports.build_report(session, "annual", district, "2024")
    unsigned = dataclasses.replace(letterhead.load(demo_db), signer_name="", place=" ")
    with pytest.raises(ReportRefused, match="Địa danh, Họ tên người ký"):
        reports.build_report(session, "annual", catalog.top_org_unit(demo_db).id, "2024", settings=unsigned)
    assert reports.build_report(session, "annual", catalog.top_org_unit(demo_db).id, "2024").settings.signer_name


def test_the_old_single_letterhead_becomes_the_top_units(tmp_path):
    """Migration 0014 moves the one letterhead kept before (settings key 'report') to the top unit."""
    import json
    import sqlite3

    import sqlite_utils

    from models import audit, schema
    from models.database import open_database

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    audit.register(conn)
    old = sqlite_utils.Database(conn)
    schema.migrations.apply(old, stop_before="0014_units_in_time")
    with old.atomic():
        old["org_units"].insert({"code": "BK", "name_vi": "Tỉnh Bắc Kạn", "level": "province"})
        old["settings"].insert({"key": "report", "value": json.dumps(dataclasses.asdict(OLD), ensure_ascii=False)})
    old.close()
    db = open_database(path)
    assert letterhead.load(db, catalog.org_unit_by_code(db, "BK").id).agency == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert db.execute("SELECT COUNT(*) FROM settings WHERE key = 'report'").fetchone()[0] == 0
    db.close()
