"""Inspection documents printed from the records, read back, and verified."""

import pdfplumber
import pytest

from models import catalog
from models.inspection.violations import get_violation, save_violation
from models.reports.inspection_docs import (DocumentError, build_inspection_minutes, build_violation_list,
                                            build_violation_record)
from models.reports.pdf import render
from models.reports.verify import verify


def text_of(path):
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_inspection_minutes(demo_db, tmp_path):
    out = tmp_path / "bien-ban-kiem-tra.pdf"
    render(build_inspection_minutes(demo_db, 1), out)
    text = text_of(out)
    assert "BIÊN BẢN KIỂM TRA" in text
    assert "Căn cứ Quyết định số 15/QĐ-TTr ngày 05/03/2024 của Sở Thông tin và Truyền thông" in text
    assert "Chi nhánh chuyển phát nhanh Bắc Kạn" in text
    assert "ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM" in text and "TRƯỞNG ĐOÀN KIỂM TRA" in text  # the first wraps
    assert "Bắc Kạn, ngày 12 tháng 3 năm 2024" in text
    assert verify(demo_db, out).matches


def test_violation_record_and_its_verification(demo_db, tmp_path):
    out = tmp_path / "bien-ban-vi-pham.pdf"
    render(build_violation_record(demo_db, 2), out)
    text = text_of(out)
    assert "BIÊN BẢN VI PHẠM HÀNH CHÍNH" in text
    assert "Hôm nay, hồi 14 giờ 00 phút, ngày 12/06/2024, tại Thị trấn Chợ Rã, Ba Bể." in text
    assert "Quy định tại: điểm b khoản 2 Điều 25 Nghị định 119/2020/NĐ-CP." in text
    assert "Mức phạt tiền theo quy định: từ 3.000.000 đến 5.000.000 đồng." in text
    assert "số tiền phạt 5 triệu đồng" in text
    for role in ("TỔ CHỨC, CÁ NHÂN", "NGƯỜI CHỨNG KIẾN", "NGƯỜI LẬP BIÊN BẢN"):
        assert role in text
    assert verify(demo_db, out).matches
    item = get_violation(demo_db, 2)
    save_violation(demo_db, item.__class__(**{**item.__dict__, "fine": 4_000_000}))
    verdict = verify(demo_db, out)
    assert not verdict.matches and verdict.differences[0].startswith("fine:")


def test_violation_list_of_the_period(demo_db, tmp_path):
    out = tmp_path / "danh-sach.pdf"
    report = build_violation_list(demo_db, catalog.top_org_unit(demo_db).id, "2024")
    render(report, out)
    text = text_of(out)
    assert "Danh sách vi phạm hành chính và xử phạt năm 2024" in text
    assert "Tổng số: 04 vụ việc vi phạm; 03 quyết định xử phạt vi phạm hành chính; tổng số tiền xử phạt " \
           "17 triệu đồng." in text
    assert "Nơi nhận:" in text
    assert verify(demo_db, out).matches
    empty = build_violation_list(demo_db, catalog.top_org_unit(demo_db).id, "2023")
    assert empty.figures["violations"] == "0"


def test_unknown_record_refused(demo_db):
    with pytest.raises(DocumentError, match="999"):
        build_violation_record(demo_db, 999)
    with pytest.raises(DocumentError):
        build_inspection_minutes(demo_db, None)
