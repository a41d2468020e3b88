"""The printed period report, read back from the PDF (pdfplumber, pypdf)."""

import re

import pdfplumber
import pytest
from pypdf import PdfReader

from models import catalog, demo, narratives
from models.database import open_database
from models.reports.content import build_period_report
from models.reports.fields import FieldError
from models.reports.pdf import render
from models.reports.verify import VerifyError, verify
from models.values import ValueChange, get_value, write_values

MM = 72 / 25.4


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    db = open_database(":memory:")
    demo.load_demo(db)
    out = tmp_path_factory.mktemp("report") / "bao-cao-2024.pdf"
    report = build_period_report(db, catalog.top_org_unit(db).id, "2024")
    pages = render(report, out)
    with pdfplumber.open(out) as pdf:
        texts = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
        words = [page.extract_words(extra_attrs=["fontname", "size"]) for page in pdf.pages]
        sizes = [(page.width, page.height) for page in pdf.pages]
    yield {"db": db, "path": out, "report": report, "pages": pages, "texts": texts, "words": words,
           "sizes": sizes}
    db.close()


def find(words, text):
    found = [w for w in words if w["text"] == text]
    assert found, f"{text!r} not on the page"
    return found[0]


def test_a4_portrait(printed):
    assert all(w == pytest.approx(595.28, abs=0.5) and h == pytest.approx(841.89, abs=0.5)
               for w, h in printed["sizes"])


def test_margins(printed):
    for number, words in enumerate(printed["words"], start=1):
        body = [w for w in words if w["size"] > 8.5 and not (number > 1 and w["top"] < 20 * MM)]
        if not body:  # a page holding only a chart
            continue
        assert min(w["x0"] for w in body) >= 30 * MM - 0.5, number
        assert max(w["x1"] for w in body) <= 595.28 - 15 * MM + 0.5, number
        assert min(w["top"] for w in body) >= 20 * MM - 0.5, number
        assert max(w["bottom"] for w in body) <= 841.89 - 20 * MM + 0.5, number


def test_fonts_are_embedded_serif(printed):
    names = {w["fontname"].split("+")[-1] for words in printed["words"] for w in words}
    assert names <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                     "LiberationSerif-BoldItalic", "TimesNewRoman", "TimesNewRoman-Bold",
                     "TimesNewRoman-Italic", "TimesNewRoman-BoldItalic"}
    reader = PdfReader(str(printed["path"]))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    serif = [ref.get_object() for ref in fonts.values()
             if "Serif" in ref.get_object()["/BaseFont"] or "Times" in ref.get_object()["/BaseFont"]]
    assert len(serif) >= 3
    for font in serif:
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_header_in_two_columns(printed):
    words = printed["words"][0]
    superior, agency = find(words, "UBND"), find(words, "SỞ")
    nation, motto = find(words, "CỘNG"), find(words, "Độc")
    assert superior["x0"] < nation["x0"] and agency["x0"] < motto["x0"]
    assert abs(superior["top"] - nation["top"]) < 3  # side by side
    assert superior["size"] == 13 and "Bold" not in superior["fontname"]
    assert agency["size"] == 13 and "Bold" in agency["fontname"]
    assert nation["size"] in (12, 13) and "Bold" in nation["fontname"]
    assert motto["size"] in (13, 14) and "Bold" in motto["fontname"]
    text = printed["texts"][0]
    assert "UBND TỈNH BẮC KẠN" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text and "Số: 05/BC-STTTT" in text


def test_date_line_in_italics_under_the_motto(printed):
    words = printed["words"][0]
    assert "Bắc Kạn, ngày 05 tháng 01 năm 2025" in printed["texts"][0]
    day = find(words, "ngày")
    assert "Italic" in day["fontname"] and day["size"] == 14
    assert day["top"] > find(words, "Độc")["top"]
    number = find(words, "Số:")
    assert abs(number["top"] - day["top"]) < 4  # number and date on the same line


def test_type_and_subject(printed):
    words = printed["words"][0]
    kind = find(words, "BÁO")
    assert "Bold" in kind["fontname"] and kind["size"] == 14
    assert "Kết quả thực hiện nhiệm vụ năm 2024 và nhiệm vụ trọng tâm năm 2025" in printed["texts"][0]


def test_body_is_14pt(printed):
    sizes = [w["size"] for w in printed["words"][1] if w["top"] > 20 * MM]
    assert max(set(sizes), key=sizes.count) == 14


def test_page_numbers_from_page_two_only(printed):
    first = [w for w in printed["words"][0] if w["top"] < 20 * MM]
    assert not any(re.fullmatch(r"\d+", w["text"]) for w in first)
    for number, words in enumerate(printed["words"][1:], start=2):
        top = [w for w in words if w["top"] < 20 * MM]
        assert [w["text"] for w in top] == [str(number)]
        centre = (top[0]["x0"] + top[0]["x1"]) / 2
        assert centre == pytest.approx(30 * MM + (595.28 - 45 * MM) / 2, abs=3)


def test_signature_block_and_recipients_on_one_page(printed):
    pages = [i for i, t in enumerate(printed["texts"]) if "Nơi nhận:" in t]
    assert len(pages) == 1
    text = printed["texts"][pages[0]]
    assert "KT. GIÁM ĐỐC" in text and "PHÓ GIÁM ĐỐC" in text and "Nguyễn Văn Mẫu" in text
    assert "- Lưu: VT, VP." in text
    words = printed["words"][pages[0]]
    title = find(words, "Nơi")
    assert "BoldItalic" in title["fontname"] and title["size"] == 12
    assert find(words, "Lưu:")["size"] == 11


def test_figure_sentences_of_the_demo(printed):
    text = " ".join(printed["texts"])
    assert "Doanh thu dịch vụ bưu chính năm 2024 ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023" in text
    assert "316.272 thuê bao" in text
    assert "ước đạt 50,3 tỷ đồng, tăng 6,7% so với năm 2023" in text
    assert "08 cuộc kiểm tra chuyên ngành" in text
    assert "1.896.340 giao dịch" in text
    assert "{" not in text  # no field printed raw


def test_structure_follows_the_source(printed):
    text = " ".join(printed["texts"])
    order = ["I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "1.1. Hoạt động báo chí", "2.1. Hoạt động bưu chính",
             "3.2. Về an toàn thông tin", "Khó khăn, hạn chế", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", "PHỤ LỤC"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_appendix_table_and_charts(printed):
    appendix = " ".join(t for t in printed["texts"] if "PHỤ LỤC" in t or "% kế hoạch" in t)
    for column in ("Chỉ tiêu", "Năm 2023", "Năm 2024", "So sánh", "Kế hoạch", "% kế"):  # the last wraps
        assert column in appendix
    reader = PdfReader(str(printed["path"]))
    images = sum(len(page.images) for page in reader.pages)
    assert images == 3  # the three charts the demo settings select


def test_verification_code_on_every_page_and_qr_on_the_last(printed):
    code = printed["report"].verification_code
    assert all(code in t for t in printed["texts"])
    assert "Mã kiểm tra" in printed["texts"][-1] and "Kiểm tra bản in" in printed["texts"][-1]
    assert "main.py" not in printed["texts"][-1]  # the reader is told of the program's function, not a command


def test_verify_accepts_then_names_the_changed_figure(printed, tmp_path):
    db = printed["db"]
    assert verify(db, printed["path"]).matches
    revenue = catalog.indicator_by_code(db, "postal.revenue")
    unit = catalog.top_org_unit(db).id
    old = get_value(db, revenue.id, unit, "2024")
    write_values(db, [ValueChange(revenue.id, unit, "2024", 70_000_000_000, "final")])
    try:
        verdict = verify(db, printed["path"])
        assert not verdict.matches
        assert len(verdict.differences) == 1 and verdict.differences[0].startswith("postal.revenue")
    finally:
        write_values(db, [ValueChange(revenue.id, unit, "2024", old.value, old.status, old.note)])
    assert verify(db, printed["path"]).matches


def test_verify_refuses_another_pdf(tmp_path, printed):
    other = tmp_path / "other.pdf"
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(other))
    canvas.drawString(100, 100, "hello")
    canvas.save()
    with pytest.raises(VerifyError, match="không phải báo cáo"):
        verify(printed["db"], other)


def test_user_text_prints_literally(tmp_path):
    db = open_database(":memory:")
    demo.load_demo(db)
    unit = catalog.top_org_unit(db).id
    postal = next(s for s in catalog.sectors(db) if s.code == "postal")
    narratives.save_narrative(db, postal.id, unit, "2024", "difficulties", "Ghi chú <b>& thử nghiệm")
    out = tmp_path / "r.pdf"
    render(build_period_report(db, unit, "2024"), out, charts=False)
    with pdfplumber.open(out) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "Ghi chú <b>& thử nghiệm" in text


def test_unknown_field_reported_before_printing():
    db = open_database(":memory:")
    demo.load_demo(db)
    unit = catalog.top_org_unit(db).id
    postal = next(s for s in catalog.sectors(db) if s.code == "postal")
    narratives.save_narrative(db, postal.id, unit, "2024", "results", "Doanh thu {postal.revenu}.")
    with pytest.raises(FieldError, match="postal.revenu"):
        build_period_report(db, unit, "2024")


def test_a_quarter_report_of_a_district_without_text(tmp_path):
    db = open_database(":memory:")
    demo.load_demo(db)
    district = catalog.org_unit_by_code(db, "BK-CD").id
    points = catalog.indicator_by_code(db, "postal.service_points")
    write_values(db, [ValueChange(points.id, district, "2024-Q3", 31), ValueChange(points.id, district, "2023-Q3", 30)])
    report = build_period_report(db, district, "2024-Q3")
    out = tmp_path / "q3.pdf"
    render(report, out, charts=False)
    with pdfplumber.open(out) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2024" in text
    assert "Điểm phục vụ bưu chính: đạt 31 điểm, tăng 3,3% so với cùng kỳ năm 2023." in text


def test_a_province_report_from_its_districts_figures_alone(db, tmp_path):
    """The province typed nothing: its report prints the sum of the districts' figures, says
    it is made of 6 of 8 districts and names the two missing, in the text and the appendix."""
    from models.reports.content import build_period_report
    from models.reports.pdf import render

    items = catalog.indicator_by_code(db, "postal.items")
    revenue = catalog.indicator_by_code(db, "postal.revenue")
    province = catalog.top_org_unit(db).id
    districts = catalog.child_units(db, province)
    write_values(db, [ValueChange(items.id, d.id, "2024", 100_000 * (n + 1), "estimate" if n == 0 else "final")
                      for n, d in enumerate(districts[:6])])
    write_values(db, [ValueChange(revenue.id, d.id, "2024", 1_000_000_000) for d in districts])
    report = build_period_report(db, province, "2024")
    lines = [b.text for b in report.body if hasattr(b, "style")]
    assert "Sản lượng bưu gửi: ước đạt 2.100.000 bưu gửi." in lines  # an estimate makes the sum one
    assert "Doanh thu dịch vụ bưu chính: đạt 8 tỷ đồng." in lines
    missing = ", ".join(d.name_vi for d in districts[6:])
    assert (f"(*) Sản lượng bưu gửi: số liệu tổng hợp từ 6/8 đơn vị (chưa có: {missing})." in lines)
    assert not any("Doanh thu dịch vụ bưu chính: số liệu" in line for line in lines)  # whole: no note
    table = next(b for b in report.appendix if getattr(b, "title", "") == "Hoạt động bưu chính")
    row = next(r for r in table.rows if r[0] == "Sản lượng bưu gửi")
    assert row[3] == "2.100.000 (ư) (*)" and any("6/8 đơn vị" in note for note in table.notes)
    out = tmp_path / "tong-hop.pdf"
    render(report, out)
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "6/8 đơn vị" in text and "2.100.000" in text


def test_every_period_has_both_parts_and_the_appendix_states_money_units(demo_db):
    """A half-year report has sections I and II (a blank to fill where no text was written);
    the appendix writes money in tỷ or triệu đồng, stated in the unit column, and explains (ư)."""
    from models.reports.content import Heading, Table, build_period_report

    unit = catalog.top_org_unit(demo_db).id
    half = build_period_report(demo_db, unit, "2024-H1")
    headings = [b.text for b in half.body if isinstance(b, Heading) and b.level == 1]
    assert headings == ["I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024",
                        "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024"]
    year = build_period_report(demo_db, unit, "2024")
    tables = [b for b in year.appendix if isinstance(b, Table)]
    postal = next(t for t in tables if t.title == "Hoạt động bưu chính")
    revenue = next(r for r in postal.rows if r[0] == "Doanh thu dịch vụ bưu chính")
    assert revenue[1:4] == ("tỷ đồng", "58,73", "69,3 (ư)")
    tax = next(r for r in postal.rows if r[0].startswith("Nộp ngân sách"))
    assert tax[1] == "triệu đồng"
    legends = [t for t in tables if any(n.startswith("(ư):") for n in t.notes)]
    assert len(legends) == 1  # said once, under the first table with an estimate
    digits = [re.sub(r"\D", "", cell.split(" ")[0]) for t in tables for r in t.rows for cell in r[2:4]]
    assert max(len(d) for d in digits) <= 9  # no twelve-digit amounts of đồng
