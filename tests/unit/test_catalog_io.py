"""The catalog as a workbook on a live database: export, import by code, every refusal, dry run."""

import csv

import openpyxl
import pytest

from models import audit, catalog
from models.catalog_io import CatalogImportRefused, apply, export_catalog, plan


def _sheet(path, table):
    workbook = openpyxl.load_workbook(path)
    return workbook, workbook[table]


def _row_of(sheet, code):
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == code)


def _column(sheet, name):
    return next(c for c in range(1, sheet.max_column + 1) if sheet.cell(row=1, column=c).value == name)


def test_an_unchanged_reimport_changes_nothing(demo_db, tmp_path):
    path = tmp_path / "danh-muc.xlsx"
    count = export_catalog(demo_db, path)
    from models.validation import rules

    assert count == len(catalog.sectors(demo_db, include_inactive=True)) + len(
        catalog.indicators(demo_db, include_inactive=True)) + len(catalog.org_units(demo_db, include_inactive=True)) \
        + len(rules(demo_db, include_inactive=True))
    before = audit.last_id(demo_db)
    found = plan(demo_db, path)
    assert found.ok and found.empty, (found.problems, found.added, found.changed)
    apply(demo_db, found)
    assert audit.last_id(demo_db) == before


def test_adds_changes_and_retires_by_code(demo_db, tmp_path):
    path = tmp_path / "danh-muc.xlsx"
    export_catalog(demo_db, path)
    workbook, units = _sheet(path, "org_units")
    units.append(["TN-moi", "", "Tỉnh Thái Nguyên", "Thai Nguyen province", "province", "01/07/2025", "", 1])
    units.append(["TN-X1", "TN-moi", "Xã Bằng Thành", "", "commune", "2025-07-01", "", 1])
    row = _row_of(units, "BK-PN")
    units.cell(row=row, column=_column(units, "name_vi"), value="Huyện Pác Nặm (cũ)")
    units.cell(row=_row_of(units, "BK"), column=_column(units, "valid_to"), value="30/06/2025")
    successions = workbook["successions"]
    successions.append(["BK", "TN-moi", "2025-07-01", 1, "hợp nhất tỉnh"])
    workbook.save(path)
    found = plan(demo_db, path)
    assert found.ok, found.problems
    assert ("org_units", "TN-moi") in found.added and ("org_units", "TN-X1") in found.added
    assert ("successions", "BK → TN-moi") in found.added
    assert [c[1] for c in found.changed] == ["BK", "BK-PN"]
    assert found.retired == [("org_units", "BK")]
    assert catalog.org_unit_by_code(demo_db, "TN-moi") is None  # planning writes nothing
    apply(demo_db, found)
    new = catalog.org_unit_by_code(demo_db, "TN-moi")
    assert (new.valid_from, new.level) == ("2025-07-01", "province")
    assert catalog.org_unit_by_code(demo_db, "TN-X1").parent_id == new.id
    assert catalog.org_unit_by_code(demo_db, "BK").valid_to == "2025-06-30"
    assert catalog.org_unit_by_code(demo_db, "BK-PN").name_vi == "Huyện Pác Nặm (cũ)"
    assert demo_db.execute("SELECT share, note FROM successions").fetchall() == [(1.0, "hợp nhất tỉnh")]
    again = plan(demo_db, path)
    assert again.ok and again.empty


@pytest.mark.parametrize("table, row, column, reason", [
    ("org_units", ["X1", "NOPE", "Xã Một", "", "commune", "", "", 1], "parent_code", "«NOPE» không có"),
    ("org_units", ["BK-CD", "BK", "Trùng", "", "district", "", "", 1], "code", "trùng với dòng"),
    ("org_units", ["X2", "BK", "Xã Hai", "", "hamlet", "", "", 1], "level", "«hamlet» không có"),
    ("org_units", ["X3", "BK", "Xã Ba", "", "commune", "31/02/2025", "", 1], "valid_from", "không phải ngày"),
    ("indicators", ["x.y", "postal", "Chỉ tiêu", "", "cái", "", "weight", "sum", "sum", "relative", "", "", "", "",
                    1], "kind", "«weight» không có"),
    ("indicators", ["x.z", "nosector", "Chỉ tiêu", "", "cái", "", "count", "sum", "sum", "relative", "", "", "",
                    "", 1], "sector_code", "«nosector» không có"),
    ("successions", ["BK-CD", "BK-BB", "2025-07-01", "0,5", ""], "share", "cộng lại 0.5"),
    ("successions", ["BK-CD", "BK-CD", "2025-07-01", "1", ""], "to_code", "không kế thừa chính nó"),
    ("rules", ["r.x", "postal.items", "<=", "postal.nope", "error", "thử", 1], "right", "không có: postal.nope"),
    ("rules", ["r.y", "postal.items * postal.kt1_items", "<=", "1", "error", "thử", 1], "left", "hằng số"),
    ("rules", ["r.z", "postal.items", "≤", "1", "error", "thử", 1], "op", "«≤» không có"),
    ("rules", ["r.w", "postal.items", "<=", "1", "fatal", "thử", 1], "importance", "«fatal» không có"),
])
def test_each_bad_row_is_named_and_nothing_is_written(demo_db, tmp_path, table, row, column, reason):
    path = tmp_path / "danh-muc.xlsx"
    export_catalog(demo_db, path)
    workbook, sheet = _sheet(path, table)
    sheet.append(row)
    workbook.save(path)
    found = plan(demo_db, path)
    assert [(p.sheet, p.column) for p in found.problems] == [(table, column)], found.problems
    assert reason in found.problems[0].reason and found.problems[0].row == sheet.max_row
    before = audit.last_id(demo_db)
    with pytest.raises(CatalogImportRefused):
        apply(demo_db, found)
    assert audit.last_id(demo_db) == before


def test_a_cycle_in_the_tree_is_refused(demo_db, tmp_path):
    path = tmp_path / "danh-muc.xlsx"
    export_catalog(demo_db, path)
    workbook, units = _sheet(path, "org_units")
    units.cell(row=_row_of(units, "BK"), column=_column(units, "parent_code"), value="BK-CD")
    workbook.save(path)
    found = plan(demo_db, path)
    assert any(p.column == "parent_code" and "vòng lặp" in p.reason for p in found.problems), found.problems


def test_a_unit_cannot_end_before_figures_it_holds(demo_db, tmp_path):
    path = tmp_path / "danh-muc.xlsx"
    export_catalog(demo_db, path)
    workbook, units = _sheet(path, "org_units")
    units.cell(row=_row_of(units, "BK"), column=_column(units, "valid_to"), value="2023-12-31")
    workbook.save(path)
    found = plan(demo_db, path)
    assert [(p.column, "có số liệu kỳ 2024" in p.reason) for p in found.problems] == [("valid_to", True)]


def test_one_csv_is_read_as_the_table_its_header_names(db, tmp_path):
    """3,321 communes can come as one CSV of org units; a successions CSV maps old to new."""
    path = tmp_path / "xa.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "parent_code", "name_vi", "level", "valid_from"])
        writer.writerow(["TN", "", "Tỉnh Thái Nguyên", "province", "2025-07-01"])
        writer.writerow(["TN-01", "TN", "Phường Phan Đình Phùng", "commune", "2025-07-01"])
    found = plan(db, path)
    assert found.ok and found.added == [("org_units", "TN"), ("org_units", "TN-01")]
    apply(db, found)
    assert catalog.org_unit_by_code(db, "TN-01").parent_id == catalog.org_unit_by_code(db, "TN").id
    wrong = tmp_path / "sai.csv"
    wrong.write_text("ma,ten\nA,B\n", encoding="utf-8")
    assert "không khớp bảng nào" in plan(db, wrong).problems[0].reason


def test_import_through_the_operation_needs_the_catalog_right(demo_db, tmp_path):
    from models import access
    from ops.session import memory_session

    session = memory_session(fill=lambda target: demo_db.conn.backup(target.conn))
    from ops import catalog as catalog_ops

    path = tmp_path / "danh-muc.xlsx"
    catalog_ops.export_catalog(session, path)
    workbook, sectors = _sheet(path, "sectors")
    sectors.append(["other2", "Lĩnh vực khác", "", "", "", 1])
    workbook.save(path)
    access.save_user(session.db, username="quantri", full_name="Quản trị", role="admin", password="matkhau123")
    access.save_user(session.db, username="nhap", full_name="Người nhập", role="data_entry", password="matkhau123")
    session.sign_in(access.sign_in(session.db, "nhap", "matkhau123"))
    with pytest.raises(access.AccessError):
        catalog_ops.import_catalog(session, path)
    assert catalog.sectors(session.db)[-1].code != "other2"


def test_rules_travel_in_the_workbook(demo_db, tmp_path):
    """A rule added in the workbook is checked on import and then judges the figures."""
    from models.validation import validate

    path = tmp_path / "danh-muc.xlsx"
    export_catalog(demo_db, path)
    workbook, sheet = _sheet(path, "rules")
    sheet.append(["postal.tax_le_revenue", "postal.tax", "<=", "postal.revenue / 100", "warning",
                  "Nộp ngân sách thường không quá 1% doanh thu", 1])
    workbook.save(path)
    found = plan(demo_db, path)
    assert found.ok and found.added == [("rules", "postal.tax_le_revenue")], found.problems
    apply(demo_db, found)
    bk = catalog.org_unit_by_code(demo_db, "BK").id
    problem = next(p for p in validate(demo_db, bk, "2024") if p.rule == "postal.tax_le_revenue")
    assert problem.importance == "warning" and problem.left == 706_000_000
    assert plan(demo_db, path).empty
