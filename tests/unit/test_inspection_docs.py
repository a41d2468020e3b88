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
    """The minutes of the inspection of two establishments (sample k4): the session's hour and
    place, the team by name and position, each establishment's representative, what was
    checked, found and said, and a signature block for each establishment."""
    out = tmp_path / "bien-ban-kiem-tra.pdf"
    render(build_inspection_minutes(demo_db, 4), out)
    text = text_of(out)
    for expected in (
            "BIÊN BẢN KIỂM TRA", "Số: 38/BB-KT",
            "Căn cứ Quyết định số 38/QĐ-TTr ngày 03/06/2024 của Sở Thông tin và Truyền thông",
            "Hôm nay, hồi 08 giờ 30 phút, ngày 11 tháng 06 năm 2024, tại Trụ sở cơ sở được kiểm tra",
            "Ông (bà) Lường Thị Mai, Thanh tra viên, Trưởng đoàn.",
            "Cơ sở in Minh Khai: ông (bà) Nông Văn Đức, Chủ cơ sở.",
            "Cơ sở in Thành Công: ông (bà) Hoàng Thị Lan, Chủ cơ sở.",
            "Nội dung đã kiểm tra: Giấy phép, đăng ký hoạt động in",
            "Kết quả kiểm tra: Chưa đăng ký hoạt động in",
            "Ý kiến của cơ sở được kiểm tra: Nhất trí với kết quả kiểm tra, cam kết khắc phục.",
            "Buổi kiểm tra kết thúc hồi 11 giờ 30 phút, ngày 11 tháng 06 năm 2024. Biên bản gồm 03 tờ",
            "ĐẠI DIỆN CƠ SỞ IN MINH KHAI", "ĐẠI DIỆN CƠ SỞ IN THÀNH CÔNG", "TRƯỞNG ĐOÀN KIỂM TRA"):
        assert expected in text, expected
    assert "DỰ THẢO" not in text  # a finished record prints clean
    assert verify(demo_db, out).matches


def test_violation_record_follows_form_mbb01(demo_db, tmp_path):
    """Every element Article 58 and form MBB01 ask for, in the form's order (sample record 2)."""
    out = tmp_path / "bien-ban-vi-pham.pdf"
    render(build_violation_record(demo_db, 2), out)
    text = text_of(out)
    expected = [
        "Số: 33/BB-VPHC", "BIÊN BẢN VI PHẠM HÀNH CHÍNH", "Về lĩnh vực xuất bản, in, phát hành",
        "Hôm nay, hồi 14 giờ 40 phút, ngày 12 tháng 06 năm 2024, tại Cơ sở in Thành Công",
        "Căn cứ: Quyết định kiểm tra số 38/QĐ-TTr ngày 03/06/2024.",
        "1. Người có thẩm quyền lập biên bản:", "Họ và tên: Lường Thị Mai; chức vụ: Thanh tra viên; cơ quan:",
        "Tiến hành lập biên bản vi phạm hành chính đối với tổ chức có tên sau đây:",
        "1. Tên của tổ chức: Cơ sở in Thành Công.", "Địa chỉ trụ sở chính: Thị trấn Chợ Rã, Ba Bể.",
        "Mã số doanh nghiệp: 4700234567.", "09/GP-STTTT; ngày cấp: 01/06/2019; nơi cấp: Sở Thông tin và Truyền thông",
        "Người đại diện theo pháp luật: Hoàng Thị Lan; giới tính: Nữ.", "Chức danh: Chủ cơ sở.",
        "2. Đã có các hành vi vi phạm hành chính: Hoạt động in khi chưa đăng ký với cơ quan quản lý, xảy ra hồi "
        "14 giờ 00 phút, ngày 12 tháng 06 năm 2024, tại Thị trấn Chợ Rã, Ba Bể.",
        "3. Quy định tại: điểm b khoản 2 Điều 25 Nghị định 119/2020/NĐ-CP.",
        "4. Cá nhân/tổ chức bị thiệt hại: không có.",
        "5. Ý kiến trình bày của cá nhân vi phạm/người đại diện của tổ chức vi phạm: Thừa nhận hành vi",
        "6. Ý kiến trình bày của người chứng kiến:", "7. Ý kiến trình bày của cá nhân/người đại diện của tổ chức bị "
        "thiệt hại", "8. Người có thẩm quyền lập biên bản đã yêu cầu cá nhân/tổ chức vi phạm chấm dứt ngay hành vi",
        "9. Các biện pháp ngăn chặn và bảo đảm xử lý vi phạm hành chính",
        "10. Tang vật, phương tiện, giấy phép, chứng chỉ hành nghề bị tạm giữ",
        "11. Hành vi vi phạm nêu trên không thuộc trường hợp được giải trình",
        "Biên bản lập xong hồi 15 giờ 40 phút, ngày 12 tháng 06 năm 2024, gồm 02 tờ, được lập thành 02 bản",
        "giao cho ông (bà) Hoàng Thị Lan là cá nhân vi phạm/người đại diện của tổ chức vi phạm 01 bản",
        "CÁ NHÂN VI PHẠM HOẶC", "NGƯỜI LẬP BIÊN BẢN"]
    positions = [text.find(e) for e in expected]
    assert -1 not in positions, [e for e, p in zip(expected, positions) if p == -1]
    assert positions == sorted(positions)  # in the form's order
    assert "QĐ-XPHC" not in text  # a record never quotes the decision that comes after it
    assert verify(demo_db, out).matches
    item = get_violation(demo_db, 2)
    save_violation(demo_db, item.__class__(**{**item.__dict__, "fine": 4_000_000}))
    verdict = verify(demo_db, out)
    assert not verdict.matches and verdict.differences[0].startswith("fine:")


def test_a_person_record_names_the_person_and_the_right_to_explain(demo_db, tmp_path):
    from tests.paperwork import person_record

    item = get_violation(demo_db, 4)  # the quick entry: a draft
    details = person_record(item.occurred_at, explain_mode="written", explain_to="Ông Phạm Minh Tuấn, Chánh Thanh tra",
                            witnesses=[{"name": "Lò Văn Tám", "occupation": "Nông dân", "residence": "Chợ Đồn"}],
                            statement_witness="Tôi chứng kiến sự việc.", refused_to_sign=True,
                            refusal_reason="Không đồng ý ký.")
    save_violation(demo_db, item.__class__(**{**item.__dict__, "details": details, "legal_basis_id": 1}))
    out = tmp_path / "ca-nhan.pdf"
    render(build_violation_record(demo_db, 4), out)
    text = text_of(out)
    for expected in ("đối với ông (bà) có tên sau đây:", "1. Họ và tên: Cửa hàng photocopy không biển hiệu; giới "
                     "tính: Nam.", "Ngày, tháng, năm sinh: 02/04/1985; quốc tịch: Việt Nam.", "Nghề nghiệp: Kinh doanh.",
                     "Nơi ở hiện tại: Thôn Nà Pài", "Số định danh cá nhân/CMND/Hộ chiếu: 006085001234",
                     "2. Với sự chứng kiến của:", "Họ và tên: Lò Văn Tám; nghề nghiệp: Nông dân",
                     "6. Ý kiến trình bày của người chứng kiến: Tôi chứng kiến sự việc.",
                     "11. Trong thời hạn 05 ngày làm việc, kể từ ngày lập biên bản này",
                     "có quyền gửi văn bản giải trình đến Ông Phạm Minh Tuấn, Chánh Thanh tra",
                     "không ký biên bản: Không đồng ý ký.", "NGƯỜI CHỨNG KIẾN"):
        assert expected in text, expected
    assert "DỰ THẢO" not in text


def test_an_unfinished_record_prints_only_as_a_draft(demo_db, tmp_path):
    """The quick entry of the sample data: "DỰ THẢO" on every page, what it lacks on the last."""
    report = build_violation_record(demo_db, 4)
    assert "Số biên bản" in report.missing and "Người có thẩm quyền lập biên bản" in report.missing
    out = tmp_path / "nhap.pdf"
    pages = render(report, out)
    with pdfplumber.open(out) as pdf:
        texts = [" ".join((p.extract_text() or "").split()) for p in pdf.pages]
        marks = ["".join(c["text"] for c in p.chars if c["size"] > 90) for p in pdf.pages]
    assert pages == len(texts) >= 2
    assert marks == ["DỰTHẢO"] * pages  # the mark across every page
    assert "DỰ THẢO — CÒN THIẾU CÁC NỘI DUNG SAU" in texts[-1] and "- Số biên bản" in texts[-1]
    assert "Số: ......./BB-VPHC" in texts[0]


def test_penalty_decision_follows_form_mqd02(demo_db, tmp_path):
    from models.reports.inspection_docs import build_penalty_decision

    out = tmp_path / "quyet-dinh.pdf"
    report = build_penalty_decision(demo_db, 1)
    assert report.missing == ()
    render(report, out)
    text = text_of(out)
    expected = ["Số: 18/QĐ-XPHC", "Bắc Kạn, ngày 25 tháng 3 năm 2024", "QUYẾT ĐỊNH", "Xử phạt vi phạm hành chính",
                "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                "Căn cứ Điều 57, Điều 68 Luật Xử lý vi phạm hành chính", "Căn cứ Nghị định 15/2020/NĐ-CP;",
                "Căn cứ Biên bản vi phạm hành chính số 21/BB-VPHC lập ngày 13/03/2024;", "QUYẾT ĐỊNH:",
                "Điều 1. Xử phạt vi phạm hành chính đối với tổ chức có tên sau đây:",
                "1. Tên của tổ chức: Chi nhánh chuyển phát nhanh Bắc Kạn.",
                "2. Đã thực hiện hành vi vi phạm hành chính: Không niêm yết giá cước",
                "3. Quy định tại: khoản 1 Điều 8 Nghị định 15/2020/NĐ-CP.", "4. Các tình tiết tăng nặng: không có.",
                "5. Các tình tiết giảm nhẹ: Tự nguyện khắc phục hậu quả",
                "a) Hình thức xử phạt chính: Phạt tiền. Mức phạt: 5.000.000 đồng (Bằng chữ: Năm triệu đồng).",
                "c) Biện pháp khắc phục hậu quả: Niêm yết giá cước theo quy định.",
                "Điều 2. Quyết định này được giao cho ông (bà) Trần Văn Bình",
                "phải nộp tiền phạt tại Kho bạc Nhà nước tỉnh Bắc Kạn chậm nhất ngày 04/04/2024",
                "có quyền khiếu nại hoặc khởi kiện hành chính",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "Như Điều 2;", "Nguyễn Văn Mẫu"]
    positions = [text.find(e) for e in expected]
    assert -1 not in positions, [e for e, p in zip(expected, positions) if p == -1]
    assert positions == sorted(positions)
    assert verify(demo_db, out).matches


def test_the_three_sample_decisions_add_up_to_17_million(demo_db):
    from models.inspection import paperwork
    from models.reports.inspection_docs import build_penalty_decision

    decided = [get_violation(demo_db, i) for (i,) in demo_db.execute(
        "SELECT id FROM violations WHERE decision_number <> ''").fetchall()]
    assert len(decided) == 3 and sum(v.fine for v in decided) == 17_000_000
    for item in decided:
        assert item.complete and paperwork.decision_missing(demo_db, item) == []
        record = paperwork.record_values(demo_db, item)
        assert item.occurred_at <= record["recorded_at"] < record["closed_at"]
        assert record["recorded_at"][:10] <= item.decision_date <= item.payment_deadline
        assert build_penalty_decision(demo_db, item.id).missing == ()


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
