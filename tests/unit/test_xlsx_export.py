"""The .xlsx the program writes for lists and long tables: every kind of value comes back as it
was from openpyxl, from the program's own reader and from LibreOffice."""

import datetime as dt
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from models.errors import StorageError
from models.exchange import xlsx_export
from models.exchange.sheet_stream import SheetReader

HEADERS = ("mã", "đơn vị", "ngày", "lúc", "số", "ghi chú")
TRICKY = ["=1+1", "@SUM(1,1)", " khoảng trắng ở hai đầu ", "a & <b> \"c\" 'd'", "_x0041_ viết như thế",
          "dòng một\ndòng hai\tcột", "ký tự điều khiển \x01\x1f", "Huyện Chợ Đồn"]
ROWS = [
    ("postal.revenue", "BK", dt.date(2024, 12, 31), dt.datetime(2025, 1, 2, 8, 30), 69_300_000_000, TRICKY[0]),
    ("postal.radius_km", "BK-CD", dt.date(2025, 7, 1), None, 3.23, TRICKY[1]),
    ("postal.staffed_pct", "", None, None, 94.7, TRICKY[2]),
    *[("x", "y", None, None, index, text) for index, text in enumerate(TRICKY[3:])],
    ("flag", "z", None, None, True, ""),
]


def expected(row):
    """A row as a reader gives it: an empty text is no cell, yes/no are words."""
    return tuple(None if v == "" else ("có" if v is True else v) for v in row)


def test_every_kind_of_value_reads_back_the_same(tmp_path):
    path = tmp_path / "danh-sach.xlsx"
    assert xlsx_export.export_rows(path, title="Danh sách: vi phạm?", headers=HEADERS, rows=ROWS,
                                   widths=[20, 10]) == len(ROWS)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert book.sheetnames == ["Danh sách vi phạm"] and sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == list(HEADERS) and all(c.font.b for c in sheet[1])
    assert sheet.column_dimensions["A"].width == 20 and sheet.dimensions == f"A1:F{len(ROWS) + 1}"
    got = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]
    # openpyxl reads dates as datetimes, and leaves control characters in their _xHHHH_ form
    want = [tuple(dt.datetime.combine(v, dt.time()) if type(v) is dt.date else v for v in expected(row))
            for row in ROWS]
    assert got == [(*row[:5], row[5].replace("\x01\x1f", "_x0001__x001F_")) if row[5] else row for row in want]
    assert sheet["C2"].number_format == "dd/mm/yyyy" and sheet["D2"].number_format == "dd/mm/yyyy hh:mm"
    assert all(sheet.cell(row=r, column=6).data_type == "s" for r in range(2, 5))  # never a formula
    with SheetReader(path) as reader:
        rows = [values for _, values in reader.rows(reader.sheets[0])]
    assert [row[5] for row in rows[1:-1]] == TRICKY  # the program's reader undoes the escape
    assert rows[1][4] == 69_300_000_000 and rows[2][4] == 3.23


def test_a_literal_escape_and_control_characters_are_escaped_in_the_xml(tmp_path):
    path = tmp_path / "a.xlsx"
    xlsx_export.export_rows(path, title="a", headers=["ghi chú"], rows=[("_x0041_\x01",)])
    with zipfile.ZipFile(path) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert "<t>_x005F_x0041__x0001_</t>" in strings


def test_rows_go_on_across_sheets_each_with_its_header(tmp_path):
    path = tmp_path / "dai.xlsx"
    rows = ((f"r{i}", i) for i in range(7))  # a generator: no size known ahead
    assert xlsx_export.export_rows(path, title="so-lieu", headers=["mã", "số"], rows=rows, rows_per_sheet=3) == 7
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["so-lieu", "so-lieu (2)", "so-lieu (3)"]
    assert [[c.value for c in row] for sheet in book.worksheets for row in sheet.iter_rows(min_row=2)] == \
        [[f"r{i}", i] for i in range(7)]
    assert all([c.value for c in sheet[1]] == ["mã", "số"] for sheet in book.worksheets)
    empty = tmp_path / "rong.xlsx"
    assert xlsx_export.export_rows(empty, title="so-lieu", headers=["mã"], rows=[]) == 0
    assert [[c.value for c in row] for row in openpyxl.load_workbook(empty).active.iter_rows()] == [["mã"]]


def test_a_failure_halfway_leaves_no_file_and_an_earlier_one_as_it_was(tmp_path, monkeypatch):
    import errno

    path = tmp_path / "bang.xlsx"
    path.write_bytes(b"earlier")

    def rows():
        yield ("a", 1)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(StorageError, match="bang.xlsx: không ghi được tệp \\(ổ đĩa đã đầy\\)"):
        xlsx_export.export_rows(path, title="t", headers=["a", "b"], rows=rows())
    assert path.read_bytes() == b"earlier" and list(tmp_path.iterdir()) == [path]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_it_as_written(tmp_path):
    path = tmp_path / "danh-sach.xlsx"
    xlsx_export.export_rows(path, title="Danh sách", headers=HEADERS, rows=ROWS, rows_per_sheet=4)
    out = tmp_path / "lo"
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"  # not shared with a parallel run
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                    str(out), str(path)], check=True, capture_output=True, timeout=180)
    book = openpyxl.load_workbook(out / "danh-sach.xlsx")
    assert book.sheetnames == ["Danh sách", "Danh sách (2)", "Danh sách (3)"]
    got = [tuple(c.value for c in row) for sheet in book.worksheets for row in sheet.iter_rows(min_row=2)]
    with SheetReader(out / "danh-sach.xlsx") as reader:
        ours = [values for sheet in reader.sheets for _, values in reader.rows(sheet) if values[0] != "mã"]
    notes = [row[5] for row in ours if len(row) > 5]
    assert notes[:len(TRICKY)] == TRICKY  # LibreOffice kept every text, the escaped ones too
    assert got[0][:5] == ("postal.revenue", "BK", dt.datetime(2024, 12, 31), dt.datetime(2025, 1, 2, 8, 30),
                          69_300_000_000)
    assert got[-1][4] == "có" and len(got) == len(ROWS)
