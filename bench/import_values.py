"""Importing 100,000 indicator values from an .xlsx long table.

    uv run python bench/import_values.py [--rows 100000] [--runs 3]

Times reading and validating the file (read_long_table) and writing it
(apply, one transaction), beside merely iterating the same file with
openpyxl in read-only mode, in the same run. Budget: the import's rate at
least 0.7x the bare iteration's.

Two files hold the same table: one as Excel and LibreOffice write a sheet
(shared strings, a declared dimension), one as openpyxl's write-only mode
does (inline strings, no dimension: openpyxl then reads the whole sheet once
more when it opens it, looking for one).
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from models import catalog, demo  # noqa: E402
from models.database import open_database  # noqa: E402
from models.exchange.importing import apply, read_long_table  # noqa: E402


def table(rows: int, db) -> list[list]:
    codes = [i.code for i in catalog.indicators(db)]
    units = [u.code for u in catalog.org_units(db)]
    result = [["indicator_code", "org_unit_code", "period", "value", "status", "note"]]
    for year in range(2000, 2100):
        for month in range(1, 13):
            for unit in units:
                for code in codes:
                    if len(result) > rows:
                        return result
                    result.append([code, unit, f"{year}-{month:02d}", (len(result) - 1) % 97, "final", ""])
    return result


def make_file(path: pathlib.Path, rows: list[list]) -> None:
    """As openpyxl's write-only mode writes it."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("so-lieu")
    for row in rows:
        sheet.append(row)
    workbook.save(path)


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def make_excel_style_file(path: pathlib.Path, rows: list[list]) -> None:
    """As Excel and LibreOffice write a sheet: text in the shared strings table, a dimension."""
    strings: dict[str, int] = {}
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{_MAIN}" '
           f'xmlns:r="{_REL}"><dimension ref="A1:F{len(rows)}"/><sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for column, value in zip("ABCDEF", row):
            if value == "":
                continue
            if isinstance(value, str):
                index = strings.setdefault(value, len(strings))
                out.append(f'<c r="{column}{r}" t="s"><v>{index}</v></c>')
            else:
                out.append(f'<c r="{column}{r}"><v>{value}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    members = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>'),
        "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}"><Relationship '
                        f'Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
                            '<sheets><sheet name="so-lieu" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
            f'Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
            f'Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        "xl/sharedStrings.xml": (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}" '
                                 f'count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'),
        "xl/worksheets/sheet1.xml": "".join(out),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def iterate(path: pathlib.Path) -> float:
    start = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True)
    for _row in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - start


def measure(path: pathlib.Path, folder: pathlib.Path, rows: int, runs: int) -> tuple[float, float, float]:
    bare, reading, writing = [], [], []
    for run in range(runs):
        bare.append(iterate(path))
        db = open_database(folder / f"{path.stem}-{run}.sqlite3")
        catalog.load_default_catalog(db)
        demo.load_demo_units(db)  # the sample org tree
        start = time.perf_counter()
        result = read_long_table(db, path)
        reading.append(time.perf_counter() - start)
        assert result.ok and len(result.changes) == rows, result.problems[:3]
        start = time.perf_counter()
        apply(db, result)
        writing.append(time.perf_counter() - start)
        db.close()
    return statistics.median(bare), statistics.median(reading), statistics.median(writing)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"runs: {args.runs}; {args.rows} values; medians")
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        seed = open_database(":memory:")
        catalog.load_default_catalog(seed)
        demo.load_demo_units(seed)  # the sample org tree
        rows = table(args.rows, seed)
        files = {"as Excel writes it": folder / "excel.xlsx", "as openpyxl writes it": folder / "openpyxl.xlsx"}
        make_excel_style_file(files["as Excel writes it"], rows)
        make_file(files["as openpyxl writes it"], rows)
        for label, path in files.items():
            b, r, w = measure(path, folder, args.rows, args.runs)
            rate_bare, rate_import = args.rows / b, args.rows / (r + w)
            print(f"file {label}:")
            print(f"  openpyxl read-only iteration:    {b:6.2f} s   {rate_bare:9.0f} rows/s")
            print(f"  import: read and validate:       {r:6.2f} s")
            print(f"  import: write (one transaction): {w:6.2f} s")
            print(f"  import in all:                   {r + w:6.2f} s   {rate_import:9.0f} rows/s   "
                  f"ratio {rate_import / rate_bare:4.2f} (budget >= 0.70)")


if __name__ == "__main__":
    main()
