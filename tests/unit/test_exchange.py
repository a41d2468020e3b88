"""Excel templates and long tables: round trips, each bad-cell reason, hostile files."""

import csv
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from models import catalog, values
from models.exchange.exporting import export_table
from models.exchange.reading import LONG_COLUMNS
from models.exchange.importing import ImportRefused, apply, read_any, read_long_table
from models.exchange.safe_xlsx import UnsafeFile
from models.exchange.templates import export_template, read_template


def unit(db, code="BK"):
    return catalog.org_unit_by_code(db, code).id


def write_long(path, rows, header=("indicator_code", "org_unit_code", "period", "value", "status", "note")):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)


def test_template_round_trip(demo_db, tmp_path):
    district = unit(demo_db, "BK-CD")
    path = tmp_path / "cho-don-2024-Q3.xlsx"
    assert export_template(demo_db, district, "2024-Q3", path) == 71
    workbook = openpyxl.load_workbook(path)
    postal = workbook["postal"]
    filled = {}
    for row in range(4, postal.max_row + 1):
        code = postal[f"A{row}"].value
        if code == "postal.service_points":
            postal[f"E{row}"] = 31
            filled[code] = 31
        elif code == "postal.staffed_pct":
            postal[f"E{row}"] = "94,7"  # Vietnamese notation typed as text
            postal[f"F{row}"] = "ước tính"
            filled[code] = 94.7
    workbook.save(path)
    result = read_template(demo_db, path)
    assert result.ok, result.problems
    apply(demo_db, result)
    for code, expected in filled.items():
        stored = values.get_value(demo_db, catalog.indicator_by_code(demo_db, code).id, district, "2024-Q3")
        assert stored.value == pytest.approx(expected)
    staffed = values.get_value(demo_db, catalog.indicator_by_code(demo_db, "postal.staffed_pct").id, district,
                               "2024-Q3")
    assert staffed.status == "estimate"


def test_template_carries_the_plan_out_and_back(demo_db, tmp_path):
    """Column H holds the period's planned value (kế hoạch): filled from the targets, read back as
    targets; a bad plan is refused naming its cell like a bad figure."""
    from models.values import TargetChange, targets_for, write_values

    district = unit(demo_db, "BK-CD")
    revenue = catalog.indicator_by_code(demo_db, "postal.revenue").id
    write_values(demo_db, [TargetChange(revenue, district, "2024", 1_000_000_000)])
    path = tmp_path / "t.xlsx"
    export_template(demo_db, district, "2024", path)
    workbook = openpyxl.load_workbook(path)
    postal = workbook["postal"]
    assert postal["H3"].value == "Kế hoạch 2024"
    rows = {postal[f"A{r}"].value: r for r in range(4, postal.max_row + 1)}
    assert postal[f"H{rows['postal.revenue']}"].value == 1_000_000_000
    postal[f"H{rows['postal.revenue']}"] = "1.500.000.000"
    postal[f"H{rows['postal.service_points']}"] = 40
    workbook.save(path)
    result = read_template(demo_db, path)
    assert result.ok, result.problems
    apply(demo_db, result)
    planned = targets_for(demo_db, district, "2024")
    assert planned[revenue] == 1_500_000_000
    assert planned[catalog.indicator_by_code(demo_db, "postal.service_points").id] == 40
    postal[f"H{rows['postal.staffed_pct']}"] = 140  # a percentage over 100
    workbook.save(path)
    refused = read_template(demo_db, path)
    assert [(p.sheet, p.row, p.column) for p in refused.problems] == [("postal", rows["postal.staffed_pct"], "H")]


def test_template_validation_follows_the_indicator(demo_db, tmp_path):
    path = tmp_path / "t.xlsx"
    export_template(demo_db, unit(demo_db), "2024", path)
    sheet = openpyxl.load_workbook(path)["postal"]
    rules = {str(dv.sqref): dv for dv in sheet.data_validations.dataValidation}
    row = next(r for r in range(4, sheet.max_row + 1) if sheet[f"A{r}"].value == "postal.staffed_pct")
    rule = rules[f"E{row}"]
    assert (rule.type, rule.formula1, rule.formula2) == ("decimal", "0.0", "100.0")
    assert "Tỷ lệ điểm bưu chính có người phục vụ" in rule.error and rule.showErrorMessage
    count_row = next(r for r in range(4, sheet.max_row + 1) if sheet[f"A{r}"].value == "postal.providers")
    assert rules[f"E{count_row}"].type == "whole"
    assert sheet[f"D{count_row}"].value == 9  # the same period a year before
    assert openpyxl.load_workbook(path)["_meta"].sheet_state == "hidden"


@pytest.mark.slow
def test_template_resaved_by_libreoffice_still_imports(demo_db, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs it)")
    path = tmp_path / "in.xlsx"
    export_template(demo_db, unit(demo_db), "2024", path)
    out = tmp_path / "out"
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(path)], check=True, capture_output=True, timeout=180)
    result = read_any(demo_db, out / "in.xlsx")
    assert result.ok and len(result.changes) == 69 and len(result.activities) == 14


def test_long_table_round_trip_xlsx_and_csv(demo_db, tmp_path):
    for name in ("bang.xlsx", "bang.csv"):
        path = tmp_path / name
        assert export_table(demo_db, path, periods=["2024"]) == 69
        result = read_any(demo_db, path)
        assert result.ok and len(result.changes) == 69
        revenue = next(c for c in result.changes
                       if c.indicator_id == catalog.indicator_by_code(demo_db, "postal.revenue").id)
        assert (revenue.value, revenue.status) == (69_300_000_000, "estimate")


FORMULAS = ("=1+1", "@SUM(1,1)", "+2+3", "-2+3", "\tcmd", "=HYPERLINK(\"http://x\",\"y\")")


def _with_formula_notes(db):
    from models.values import ValueChange, write_values

    unit_id = catalog.org_unit_by_code(db, "BK").id
    codes = ("postal.providers", "postal.service_points", "postal.radius_km", "postal.public_points",
             "postal.supported_points", "postal.inspected_points")
    write_values(db, [ValueChange(catalog.indicator_by_code(db, code).id, unit_id, "2030", 1, "final", note)
                      for code, note in zip(codes, FORMULAS)])


def test_csv_export_writes_no_formula_and_reads_back_the_same(db, tmp_path):
    """OWASP's rule: text starting with = + - @ tab or CR goes out behind an apostrophe; our own
    reader takes it off, so the note comes back as typed. Numbers (-5) are left as numbers."""
    _with_formula_notes(db)
    path = tmp_path / "bang.csv"
    export_table(db, path, periods=["2030"])
    cells = [row[5] for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines())][1:]
    assert all(cell.startswith("'") for cell in cells if cell), cells
    result = read_long_table(db, path)
    assert result.ok, result.problems
    assert sorted(c.note for c in result.changes) == sorted(FORMULAS)


@pytest.mark.slow
def test_libreoffice_runs_nothing_from_an_exported_csv(db, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs it)")
    _with_formula_notes(db)
    path = tmp_path / "bang.csv"
    export_table(db, path, periods=["2030"])
    out = tmp_path / "out"
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(path)], check=True, capture_output=True, timeout=180)
    sheet = openpyxl.load_workbook(out / "bang.xlsx").active
    notes = [sheet.cell(row=r, column=6) for r in range(2, sheet.max_row + 1)]
    assert len(notes) == len(FORMULAS)
    assert all(cell.data_type == "s" for cell in notes), [(c.value, c.data_type) for c in notes]
    assert {cell.value.lstrip("'") for cell in notes} == set(FORMULAS)


@pytest.mark.parametrize("row, column, reason", [
    (("nosuch.code", "BK", "2024", 1, "final", ""), "indicator_code", "mã chỉ tiêu «nosuch.code» không có"),
    (("postal.providers", "BK", "2024", "mười hai", "final", ""), "value", "không phải là số"),
    (("postal.staffed_pct", "BK", "2024", 120, "final", ""), "value", "vượt mức tối đa 100"),
    (("postal.providers", "BK", "2024-Q5", 1, "final", ""), "period", "không đúng dạng"),
    (("postal.providers", "XX", "2024", 1, "final", ""), "org_unit_code", "đơn vị «XX» không có"),
    (("postal.providers", "BK", "2024", "=1+1", "final", ""), "value", "công thức"),
    (("postal.providers", "BK", "2024", 1, "maybe", ""), "status", "không hợp lệ"),
])
def test_each_bad_cell_named_and_nothing_written(db, tmp_path, row, column, reason):
    path = tmp_path / "bad.xlsx"
    write_long(path, [("postal.service_points", "BK", "2024", 254, "final", ""), row])
    result = read_long_table(db, path)
    (problem,) = result.problems
    assert (problem.row, problem.column) == (3, column) and reason in problem.reason
    with pytest.raises(ImportRefused):
        apply(db, result)
    assert db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0] == 0
    assert apply(db, result, valid_only=True) == 1  # after seeing the list: only the good row


def test_vietnamese_and_plain_values_in_csv(db, tmp_path):
    path = tmp_path / "t.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["indicator_code", "org_unit_code", "period", "value", "status", "note"])
        writer.writerow(["digital.ioffice_transactions", "BK", "2024", "1.896.340", "final", ""])
        writer.writerow(["postal.radius_km", "BK", "2024", "3,23", "estimate", "ghi chú"])
        writer.writerow(["postal.staffed_pct", "BK", "2024", "94.7", "", ""])
    result = read_long_table(db, path)
    assert result.ok
    assert [c.value for c in result.changes] == [1896340, pytest.approx(3.23), pytest.approx(94.7)]


def zip_with(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def minimal_xlsx(tmp_path, sheet_xml: bytes):
    """A real workbook with its first sheet's XML replaced."""
    base = tmp_path / "base.xlsx"
    write_long(base, [("postal.providers", "BK", "2024", 1, "final", "")])
    with zipfile.ZipFile(base) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["xl/worksheets/sheet1.xml"] = sheet_xml
    path = tmp_path / "hostile.xlsx"
    zip_with(path, members)
    return path


def test_entity_bomb_refused(db, tmp_path):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')
    with pytest.raises(UnsafeFile):
        read_any(db, minimal_xlsx(tmp_path, bomb))


def test_external_entity_refused(db, tmp_path):
    xxe = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
           b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           b'<row r="1"><c r="A1" t="inlineStr"><is><t>&ext;</t></is></c></row></sheetData></worksheet>')
    with pytest.raises(UnsafeFile):
        read_any(db, minimal_xlsx(tmp_path, xxe))


def test_zip_bomb_refused_before_decompressing(db, tmp_path):
    path = tmp_path / "bomb.xlsx"
    zip_with(path, {"[Content_Types].xml": b"<Types/>", "xl/worksheets/sheet1.xml": b"\0" * (20 * 1024 * 1024)})
    with pytest.raises(UnsafeFile, match="bom nén|quá giới hạn"):
        read_any(db, path)


def test_declared_dimension_hides_no_rows(db, tmp_path):
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{code}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>BK</t></is></c><c r="C{r}" t="inlineStr"><is><t>2024</t></is></c>'
        f'<c r="D{r}"><v>{value}</v></c><c r="E{r}" t="inlineStr"><is><t>final</t></is></c></row>'
        for r, (code, value) in enumerate([("postal.providers", 12), ("postal.service_points", 254),
                                           ("postal.public_points", 114)], start=2))
    header = ('<row r="1">' + "".join(f'<c r="{c}1" t="inlineStr"><is><t>{name}</t></is></c>' for c, name in
                                      zip("ABCDE", ("indicator_code", "org_unit_code", "period", "value",
                                                    "status"))) + "</row>")
    sheet = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<dimension ref="A1:E2"/><sheetData>' + header + rows + "</sheetData></worksheet>").encode()
    result = read_any(db, minimal_xlsx(tmp_path, sheet))
    assert result.ok and len(result.changes) == 3  # the dimension said two rows


def test_formula_cell_in_a_template_is_refused(demo_db, tmp_path):
    path = tmp_path / "t.xlsx"
    export_template(demo_db, unit(demo_db), "2025", path)
    workbook = openpyxl.load_workbook(path)
    workbook["postal"]["E4"] = "=SUM(D4:D5)"
    workbook.save(path)
    result = read_template(demo_db, path)
    assert any(p.sheet == "postal" and p.row == 4 and p.column == "E" and "công thức" in p.reason
               for p in result.problems)


def test_not_a_spreadsheet(db, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"hello")
    with pytest.raises(UnsafeFile, match="x.xlsx"):
        read_any(db, path)


@pytest.mark.slow
def test_cli_import_dry_run_and_refusal(tmp_path):
    import os
    import pathlib
    import sys

    root = pathlib.Path(__file__).resolve().parents[2]
    env = dict(os.environ, TTTT_DATA_DIR=str(tmp_path / "d"))
    db_path = tmp_path / "office.sqlite3"
    from models import catalog, demo
    from models.database import open_database

    made = open_database(db_path)
    catalog.load_default_catalog(made)
    demo.load_demo_units(made)  # the office's units (the sample tree)
    made.close()
    bad = tmp_path / "bad.xlsx"
    write_long(bad, [("postal.providers", "BK", "2024", 12, "final", ""), ("x.y", "BK", "2024", 1, "final", "")])

    def run(*args):
        return subprocess.run([sys.executable, "main.py", "--db", str(db_path), *args], cwd=root, env=env,
                              capture_output=True, text=True, timeout=120)

    dry = run("import", str(bad), "--dry-run")
    assert dry.returncode == 1 and "1 problems" in dry.stdout and "dòng 3" in dry.stdout
    refused = run("import", str(bad))
    assert refused.returncode == 1 and "nothing imported" in refused.stderr
    assert run("import", str(bad), "--valid-only").returncode == 0


def test_computed_figures_go_out_with_their_origin_and_never_back_in(demo_db, tmp_path):
    """The province's 2024 figures are typed; a district's typed months give its year, exported
    with origin 'accumulated'; importing that table back refuses the computed rows."""
    from models.values import ValueChange, write_values

    items = catalog.indicator_by_code(demo_db, "postal.items")
    district = catalog.org_unit_by_code(demo_db, "BK-CD").id
    write_values(demo_db, [ValueChange(items.id, district, f"2024-{m:02d}", 100) for m in range(1, 13)])
    path = tmp_path / "bang.csv"
    export_table(demo_db, path, org_unit_ids=[district], periods=["2024"], with_computed=True)
    import csv as csv_module

    with open(path, encoding="utf-8-sig") as handle:
        rows = list(csv_module.DictReader(handle))
    year = next(r for r in rows if r["indicator_code"] == "postal.items")
    assert (year["value"], year["origin"]) == ("1200", "accumulated")
    result = read_any(demo_db, path)
    assert result.problems and all(p.column == "origin" for p in result.problems)
    assert "không nhập lại được" in str(result.problems[0])


def test_targets_travel_in_the_long_table(demo_db, db, tmp_path):
    """A row whose status is "target" carries the planned value, out and back in."""
    from models.exchange.exporting import export_table
    from models.exchange.importing import apply, read_long_table
    from models.values import TargetChange, targets_for, write_values

    unit = catalog.org_unit_by_code(demo_db, "BK").id
    revenue = catalog.indicator_by_code(demo_db, "postal.revenue").id
    write_values(demo_db, [TargetChange(revenue, unit, "2024", 65_000_000_000)])
    path = tmp_path / "bang.csv"
    export_table(demo_db, path)
    assert "postal.revenue,BK,2024,65000000000,target," in path.read_text(encoding="utf-8-sig")
    result = read_long_table(db, path)
    assert result.problems == []
    apply(db, result)
    assert targets_for(db, catalog.org_unit_by_code(db, "BK").id, "2024")[
        catalog.indicator_by_code(db, "postal.revenue").id] == 65_000_000_000
    path.write_text("indicator_code,org_unit_code,period,value,status,note\n"
                    "postal.revenue,BK,2025,70000000000,kế hoạch,\n", encoding="utf-8")
    typed = read_long_table(db, path)
    assert typed.problems == [] and isinstance(typed.changes[0], TargetChange)


def _cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: a base letter (â, ê, ô, ơ, ư, ă, đ precomposed), then its tone mark."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = b""
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return out


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_a_csv_in_any_encoding_an_office_saves(db, tmp_path, encoding):
    """The note comes back as typed (NFC), whichever encoding the spreadsheet used."""
    text = ("indicator_code,org_unit_code,period,value,status,note\n"
            "postal.service_points,BK,2024,254,final,Huyện Chợ Đồn ước đạt\n")
    path = tmp_path / "bang.csv"
    path.write_bytes(_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    result = read_long_table(db, path)
    assert result.ok, result.problems
    assert result.changes[0].note == "Huyện Chợ Đồn ước đạt"


def test_a_csv_in_no_known_encoding_is_refused_naming_it(db, tmp_path):
    from models.errors import UserError

    path = tmp_path / "la.csv"
    path.write_bytes(b"indicator_code,org_unit_code\n\x81\x8d\x8e\x8f\x90\x9d\x9e\n")
    with pytest.raises(UserError, match="la.csv: không nhận ra bảng mã"):
        read_long_table(db, path)


def test_an_xlsx_export_writes_no_formula_and_splits_at_the_sheet_limit(db, tmp_path):
    """Text goes in as text ("=1+1" is never evaluated); a table longer than a sheet goes on in
    "so-lieu (2)", ... each with its header, and the import reads every part back."""
    from models.exchange import xlsx_export

    _with_formula_notes(db)
    path = tmp_path / "bang.xlsx"
    rows = [("postal.providers", "BK", "2030", 1, "final", note) for note in FORMULAS]
    assert xlsx_export.export_rows(path, title="so-lieu", headers=LONG_COLUMNS, rows=rows, rows_per_sheet=4) == 6
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["so-lieu", "so-lieu (2)"]
    for sheet in book.worksheets:
        assert [c.value for c in sheet[1]] == list(LONG_COLUMNS)
    notes = [row[5] for sheet in book.worksheets for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in notes] == list(FORMULAS) and all(c.data_type == "s" for c in notes)
    assert [c.value for c in book.worksheets[1]["D"][1:]] == [1, 1]  # numbers stay numbers
    export_table(db, path, periods=["2030"])  # the real export, read back whole
    result = read_long_table(db, path)
    assert result.ok and sorted(c.note for c in result.changes) == sorted(FORMULAS)
    xlsx_export.export_rows(path, title="so-lieu", headers=LONG_COLUMNS, rows=[
        (code, "BK", "2030", 1, "final", "") for code in ("postal.providers", "postal.service_points",
                                                          "postal.radius_km")], rows_per_sheet=2)
    assert len(read_long_table(db, path).changes) == 3


def test_an_import_is_one_audit_entry_naming_its_file_and_digest(demo_db, db, tmp_path):
    import hashlib

    from models import audit

    path = tmp_path / "bang.xlsx"
    export_table(demo_db, path, periods=["2024"])
    before = audit.last_id(db)
    apply(db, read_any(db, path))
    (entry,) = [e for e in audit.history(db, "figure_changes", "*") if e.id > before]
    assert entry.new["file"] == "bang.xlsx" and entry.new["changes"] == 69
    assert entry.new["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert audit.last_id(db) == before + 1 and audit.verify_chain(db) is None
