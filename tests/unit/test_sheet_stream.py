"""The streaming sheet reader: the values openpyxl reads, from any writer's XML, refusing DTDs."""

import datetime as dt
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from models.exchange.safe_xlsx import UnsafeFile
from models.exchange.sheet_stream import SheetReader

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def workbook_with(tmp_path, sheet: str, shared: str | None = None, *, name="Trang 1", prefix=""):
    """A hand-written workbook: one sheet's XML (and optionally the shared strings)."""
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    rels = (f'<Relationship Id="rId7" Type="{REL}/worksheet" Target="/xl/worksheets/data.xml"/>'
            + (f'<Relationship Id="rId8" Type="{REL}/sharedStrings" Target="strings.xml"/>' if shared else ""))
    members = {
        "[Content_Types].xml": "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>",
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="a" Type="{REL}/officeDocument" '
                       f'Target="xl/book.xml"/></Relationships>',
        "xl/book.xml": f'<{p}workbook {ns} xmlns:r="{REL}"><{p}sheets><{p}sheet name="{name}" sheetId="3" '
                       f'r:id="rId7"/></{p}sheets></{p}workbook>',
        "xl/_rels/book.xml.rels": f'<Relationships xmlns="{PKG}">{rels}</Relationships>',
        "xl/worksheets/data.xml": f'<{p}worksheet {ns}><{p}sheetData>{sheet}</{p}sheetData></{p}worksheet>',
    }
    if shared:
        members["xl/strings.xml"] = f'<sst xmlns="{MAIN}">{shared}</sst>'
    path = tmp_path / "hand.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def read(path):
    with SheetReader(path) as reader:
        return reader.sheet_names, list(reader.rows(reader.sheets[0]))


def test_every_kind_of_cell(tmp_path):
    shared = ("<si><t>Chợ Đồn</t></si>"
              "<si><r><t>Bắc </t></r><r><rPr><b/></rPr><t>Kạn</t></r><rPh><t>ふりがな</t></rPh></si>"
              "<si><t xml:space='preserve'> a &amp; &lt;b&gt; </t></si>")
    sheet = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>'
             '<row r="4"><c r="B4"><v>1896340</v></c><c r="C4"><v>66.4</v></c><c r="D4" t="b"><v>1</v></c>'
             '<c r="E4" t="e"><v>#DIV/0!</v></c><c r="F4" t="inlineStr"><is><t>trực </t><r><t>tiếp</t></r></is></c>'
             '</row>'
             '<row><c><f>SUM(B4:C4)</f><v>1896406.4</v></c><c t="str"><f t="shared" si="0"/><v>x</v></c>'
             '<c t="d"><v>2024-07-01T00:00:00</v></c><c r="E5"/></row>')
    names, rows = read(workbook_with(tmp_path, sheet, shared))
    assert names == ["Trang 1"]
    assert rows == [
        (1, ("Chợ Đồn", None, "Bắc Kạn", " a & <b> ")),
        (4, (None, 1896340, 66.4, True, "#DIV/0!", "trực tiếp")),
        (5, ("=SUM(B4:C4)", "=", dt.datetime(2024, 7, 1))),  # formulas as their text, never evaluated
    ]


def test_a_prefixed_namespace_reads_the_same(tmp_path):
    sheet = '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>BK</x:t></x:is></x:c></x:row>'
    assert read(workbook_with(tmp_path, sheet, prefix="x")) == (["Trang 1"], [(2, (None, "BK"))])


@pytest.mark.parametrize("prolog", [
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE x SYSTEM "http://example.com/x.dtd">',
])
def test_any_document_type_declaration_is_refused(tmp_path, prolog):
    path = workbook_with(tmp_path, '<row r="1"><c r="A1"><v>1</v></c></row>')
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["xl/worksheets/data.xml"] = prolog + members["xl/worksheets/data.xml"]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(UnsafeFile, match="hand.xlsx.*Trang 1.*DTDForbidden"):
        read(path)


def test_malformed_xml_and_bad_references_are_named(tmp_path):
    with pytest.raises(UnsafeFile, match="hand.xlsx"):
        read(workbook_with(tmp_path, '<row r="1"><c r="A1"><v>1</v></row>'))
    with pytest.raises(UnsafeFile, match="ô «1A» không hợp lệ"):
        read(workbook_with(tmp_path, '<row r="1"><c r="1A"><v>1</v></c></row>'))
    with pytest.raises(UnsafeFile, match="IndexError"):  # a shared string that is not there
        read(workbook_with(tmp_path, '<row r="1"><c r="A1" t="s"><v>3</v></c></row>', "<si><t>a</t></si>"))


def test_a_workbook_without_a_worksheet(tmp_path):
    path = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}"><sheets/></workbook>')
    with pytest.raises(UnsafeFile, match="empty.xlsx: không có trang tính nào"):
        read(path)


def _same_as_openpyxl(path):
    workbook = openpyxl.load_workbook(path, read_only=True)
    expected = []
    for number, row in enumerate(workbook.worksheets[0].iter_rows(values_only=True), start=1):
        while row and row[-1] is None:  # openpyxl pads every row to the widest
            row = row[:-1]
        if row:
            expected.append((number, row))
    names = workbook.sheetnames
    workbook.close()
    assert read(path) == (names, expected)


def test_the_same_values_as_openpyxl_from_openpyxl(tmp_path):
    path = tmp_path / "o.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Số liệu"
    sheet.append(["indicator_code", "org_unit_code", "period", "value", "status", "note"])
    sheet.append(["postal.revenue", "BK", "2024", 69_300_000_000, "estimate", "ghi chú <b>&"])
    sheet.append(["postal.staffed_pct", "CD", "2024-Q3", 94.7, "final", None])
    sheet["A6"] = "sau hai dòng trống"
    sheet["D6"] = True
    workbook.save(path)
    _same_as_openpyxl(path)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_same_values_as_openpyxl_from_libreoffice(tmp_path):
    source = tmp_path / "src.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["mã", "giá trị", "ghi chú"], ["postal.revenue", 69_300_000_000, "ước đạt"],
                ["postal.radius_km", 3.23, "Chợ Đồn"], ["postal.revenue", 1, "ước đạt"]):
        sheet.append(row)
    workbook.save(source)
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(source)], check=True, capture_output=True, timeout=120)
    resaved = out / "src.xlsx"
    with zipfile.ZipFile(resaved) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()  # LibreOffice writes text as shared strings
    _same_as_openpyxl(resaved)


@pytest.mark.parametrize("text", ["NaN", "INF", "-inf"])
def test_a_number_cell_that_is_not_finite_is_refused_by_name(db, tmp_path, text):
    from models.exchange.importing import read_long_table

    header = "".join(f'<c t="inlineStr"><is><t>{name}</t></is></c>' for name in
                     ("indicator_code", "org_unit_code", "period", "value", "status"))
    row = ('<c t="inlineStr"><is><t>postal.revenue</t></is></c><c t="inlineStr"><is><t>BK</t></is></c>'
           f'<c t="inlineStr"><is><t>2024</t></is></c><c><v>{text}</v></c>')
    result = read_long_table(db, workbook_with(tmp_path, f"<row>{header}</row><row>{row}</row>"))
    (problem,) = result.problems
    assert (problem.row, problem.column) == (2, "value") and "không phải là số" in problem.reason


def test_an_oversized_workbook_part_is_refused_before_parsing(tmp_path):
    path = workbook_with(tmp_path, '<row r="1"><c r="A1"><v>1</v></c></row>')
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["xl/book.xml"] = members["xl/book.xml"].replace(b"<sheets>", b"<sheets>" + b" " * (11 << 20))
    with zipfile.ZipFile(path, "w") as archive:  # stored: no compression ratio to give it away
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(UnsafeFile, match="hand.xlsx: workbook .* lớn bất thường"):
        read(path)
