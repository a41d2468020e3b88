"""The report as an editable Word document (issue #15, point 8)."""

import shutil
import subprocess

import docx
import pytest
from docx.shared import Pt

from models import catalog
from models.reports.content import build_period_report
from models.reports.docx import write_docx
from models.reports.inspection_docs import build_violation_record


def _text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def test_the_period_report_as_word(demo_db, tmp_path):
    report = build_period_report(demo_db, catalog.top_org_unit(demo_db).id, "2024")
    out = tmp_path / "bao-cao.docx"
    write_docx(report, out)
    document = docx.Document(str(out))
    section = document.sections[0]
    size = [round(length.mm, 1) for length in (section.page_width, section.page_height, section.left_margin,
                                                 section.right_margin, section.top_margin)]
    assert size == [210, 297, 30, 15, 20]  # A4; Decree 30's margins
    text = _text(out)
    for expected in ("UBND TỈNH BẮC KẠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025",
                     "Nơi nhận:", "Nguyễn Văn Mẫu", "PHỤ LỤC", "Doanh thu dịch vụ bưu chính", "tỷ đồng"):
        assert expected in text, expected
    body = [p for p in document.paragraphs if p.text.startswith("Sở đã tham mưu")][0]
    assert body.paragraph_format.first_line_indent is not None and body.runs[0].font.size == Pt(14)
    assert body.runs[0].font.name == "Times New Roman"
    assert len(document.inline_shapes) == 3  # the three charts the settings ask for


def test_a_record_as_word_keeps_its_signature_blocks(demo_db, tmp_path):
    out = tmp_path / "bien-ban.docx"
    write_docx(build_violation_record(demo_db, 2), out)
    text = _text(out)
    assert "BIÊN BẢN VI PHẠM HÀNH CHÍNH" in text and "NGƯỜI LẬP BIÊN BẢN" in text and "Hoàng Thị Lan" in text
    draft = tmp_path / "nhap.docx"
    write_docx(build_violation_record(demo_db, 4), draft)
    assert "DỰ THẢO — CÒN THIẾU" in _text(draft)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by .ci/run")
def test_libreoffice_writer_opens_it_and_it_looks_like_the_pdf(demo_db, tmp_path):
    """A real word processor reads the file: its pages, turned into text, say what the PDF says."""
    import pdfplumber

    from models.reports.pdf import render

    report = build_violation_record(demo_db, 2)
    write_docx(report, tmp_path / "bb.docx")
    render(report, tmp_path / "bb-ours.pdf")
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                           "pdf", "--outdir", str(tmp_path / "writer"), str(tmp_path / "bb.docx")],
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(tmp_path / "writer" / "bb.pdf") as theirs, pdfplumber.open(tmp_path / "bb-ours.pdf") as ours:
        assert len(theirs.pages) == len(ours.pages) == 2
        words = lambda pdf: " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)  # noqa: E731
        written, printed = words(theirs), words(ours)
    for line in ("Hôm nay, hồi 14 giờ 40 phút", "3. Quy định tại: điểm b khoản 2 Điều 25 Nghị định 119/2020/NĐ-CP.",
                 "Biên bản lập xong hồi 15 giờ 40 phút"):
        assert line in written and line in printed
