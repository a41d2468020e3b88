"""Inspection documents from the records: the minutes of an inspection, the
record of an administrative violation, and the list of violations and fines
of a period. They share the period report's layout (pdf.py): the agency
header, then either signature lines for each party (minutes, record) or the
agency's signature block (the list).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from models import catalog, settings as office_settings
from models.inspection import computed
from models.inspection.inspections import get_inspection
from models.inspection.legal import get_legal_basis
from models.inspection.registry import get_establishment
from models.inspection.violations import STATUSES, get_violation, photos_of
from models.numbers import format_money, format_number
from models.periods import parse_period
from models.reports.content import Heading, Paragraph, Report, Table
from models.reports.letterhead import ReportSettings, load as load_settings
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

KINDS = ("inspection-minutes", "violation-record", "violations")


class DocumentError(UserError, ValueError):
    """The record a document is about does not exist; the message says which."""


def _day(value: str | None) -> str:
    return dt.date.fromisoformat(value).strftime("%d/%m/%Y") if value else "....../....../......"


def _dated(settings: ReportSettings, day: str | None, symbol: str) -> ReportSettings:
    """The settings of a record: no number (written by hand) and the record's own date."""
    return dataclasses.replace(settings, doc_number=0, doc_symbol=symbol, doc_date=day or settings.doc_date)


def _sector_name(db: Database, sector_id: int | None) -> str:
    if sector_id is None:
        return "thông tin và truyền thông"
    sector = next((s for s in catalog.sectors(db, include_inactive=True) if s.id == sector_id), None)
    return sector.name_vi.lower() if sector else "thông tin và truyền thông"


def build_inspection_minutes(db: Database, inspection_id: int, *, settings: ReportSettings | None = None) -> Report:
    """Biên bản kiểm tra: decision, team, establishments, findings, conclusion, violations found."""
    item = get_inspection(db, inspection_id) if inspection_id is not None else None
    if item is None:
        raise DocumentError(f"Không có cuộc kiểm tra mã số {inspection_id}")
    day = item.start_date or item.decision_date
    settings = _dated(settings or load_settings(db, None, day), day, "BB-KT")  # the office inspects
    unit = catalog.org_unit(db, item.org_unit_id)
    kind = "theo kế hoạch" if item.planned else "đột xuất"
    body = [Paragraph(f"Căn cứ Quyết định số {item.decision_number} ngày {_day(item.decision_date)} của "
                      f"{settings.agency} về việc kiểm tra {kind} trong lĩnh vực {_sector_name(db, item.sector_id)};"),
            Paragraph(f"Hôm nay, ngày {_day(item.start_date)}, Đoàn kiểm tra gồm: {item.team or '...'}"),
            Paragraph("Tiến hành kiểm tra tại:")]
    for establishment_id in item.establishment_ids:
        place = get_establishment(db, establishment_id)
        if place is not None:
            address = f", địa chỉ: {place.address}" if place.address else ""
            licence = f", giấy phép số {place.licence_number}" if place.licence_number else ""
            body.append(Paragraph(f"{place.name}{address}{licence}.", "bullet"))
    body.append(Heading("1. Kết quả kiểm tra", 2))
    body += [Paragraph(line) for line in (item.findings or "...").splitlines() if line.strip()]
    body.append(Heading("2. Kết luận", 2))
    body += [Paragraph(line) for line in (item.conclusion or "...").splitlines() if line.strip()]
    found = db.execute("SELECT id FROM violations WHERE inspection_id = ? AND deleted_at IS NULL ORDER BY occurred_at",
                       [inspection_id]).fetchall()
    if found:
        body.append(Heading("3. Vi phạm được lập biên bản", 2))
        for (violation_id,) in found:
            violation = get_violation(db, violation_id)
            basis = get_legal_basis(db, violation.legal_basis_id) if violation.legal_basis_id else None
            cited = f" (quy định tại {basis.citation})" if basis else ""
            body.append(Paragraph(f"{violation.offender}: {violation.description.rstrip('.')}{cited}.", "bullet"))
    body.append(Paragraph(f"Việc kiểm tra kết thúc ngày {_day(item.end_date or item.start_date)}. Biên bản được "
                          "lập thành 02 bản có nội dung và giá trị như nhau, đã đọc cho các bên cùng nghe, "
                          "thống nhất và ký tên dưới đây; cơ sở được kiểm tra giữ 01 bản."))
    return Report("inspection-minutes", unit.code, unit.name_vi, item.decision_date[:4], settings,
                  "BIÊN BẢN KIỂM TRA", f"Việc chấp hành pháp luật trong lĩnh vực {_sector_name(db, item.sector_id)}",
                  body, [], {"decision": item.decision_number, "findings": item.findings,
                             "conclusion": item.conclusion}, [], record_id=inspection_id,
                  parties=(("Đại diện cơ sở được kiểm tra", ""), ("Trưởng đoàn kiểm tra", "")))


def build_violation_record(db: Database, violation_id: int, *, settings: ReportSettings | None = None) -> Report:
    """Biên bản vi phạm hành chính: when, where, who, what, legal basis, remedy, evidence."""
    item = get_violation(db, violation_id) if violation_id is not None else None
    if item is None:
        raise DocumentError(f"Không có vi phạm mã số {violation_id}")
    moment = dt.datetime.fromisoformat(item.occurred_at)
    settings = _dated(settings or load_settings(db, None, moment.date()), moment.date().isoformat(), "BB-VPHC")
    unit = catalog.org_unit(db, item.org_unit_id)
    basis = get_legal_basis(db, item.legal_basis_id) if item.legal_basis_id else None
    inspection = get_inspection(db, item.inspection_id) if item.inspection_id else None
    place = get_establishment(db, item.establishment_id) if item.establishment_id else None
    body = [Paragraph(f"Hôm nay, hồi {moment:%H} giờ {moment:%M} phút, ngày {moment:%d/%m/%Y}, tại "
                      f"{item.place or '...'}.")]
    if inspection is not None:
        body.append(Paragraph(f"Thực hiện Quyết định kiểm tra số {inspection.decision_number} ngày "
                              f"{_day(inspection.decision_date)}, chúng tôi gồm: {inspection.team or '...'}"))
    else:
        body.append(Paragraph("Chúng tôi gồm: ..........................................................."))
    who = item.offender + (f", địa chỉ: {place.address}" if place and place.address else "")
    body += [Paragraph(f"Tiến hành lập biên bản vi phạm hành chính đối với: {who}."),
             Paragraph(f"Đã có hành vi vi phạm hành chính: {(item.description or '...').rstrip('.')}.")]
    if basis is not None:
        body += [Paragraph(f"Quy định tại: {basis.citation}."),
                 Paragraph(f"Mức phạt tiền theo quy định: {basis.range_text}.")]
    if item.remedy:
        body.append(Paragraph(f"Biện pháp khắc phục hậu quả: {item.remedy}"))
    photos = photos_of(db, violation_id)
    if photos:
        body.append(Paragraph(f"Ảnh hiện trường kèm theo: {len(photos):02d} ảnh, lưu cùng hồ sơ (mã SHA-256: "
                              + "; ".join(p.sha256[:16] for p in photos) + ")."))
    if item.status in ("decided", "paid", "appealed") and item.decision_number:
        fine = f", số tiền phạt {format_money(item.fine)}" if item.fine else ""
        body.append(Paragraph(f"Quyết định xử phạt số {item.decision_number} ngày {_day(item.decision_date)}{fine}"
                              f", hạn nộp phạt {_day(item.payment_deadline)}."))
    body.append(Paragraph("Biên bản được lập thành 02 bản có nội dung và giá trị như nhau, đã đọc lại cho những "
                          "người có tên trên cùng nghe, công nhận là đúng và cùng ký; giao cho tổ chức, cá nhân vi "
                          "phạm 01 bản."))
    return Report("violation-record", unit.code, unit.name_vi, item.occurred_at[:4], settings,
                  "BIÊN BẢN VI PHẠM HÀNH CHÍNH", f"Trong lĩnh vực {_sector_name(db, item.sector_id)}", body, [],
                  {"offender": item.offender, "fine": format_number(item.fine) if item.fine else "",
                   "status": item.status, "photos": ",".join(p.sha256 for p in photos)}, [],
                  record_id=violation_id,
                  parties=(("Tổ chức, cá nhân vi phạm", item.offender if place is None else ""),
                           ("Người chứng kiến", ""), ("Người lập biên bản", "")))


def build_violation_list(db: Database, org_unit_id: int, period_key: str, *,
                         settings: ReportSettings | None = None) -> Report:
    """The violations found in a period (by when they occurred) in the org unit and below, with totals."""
    settings = settings or load_settings(db)
    period = parse_period(period_key)
    unit = catalog.org_unit(db, org_unit_id)
    start, end = period.date_range(office_settings.get_setting(db, "period_rule"))
    units = computed.unit_and_below(db, org_unit_id)
    rows = db.execute(
        f"SELECT id FROM violations WHERE deleted_at IS NULL AND org_unit_id IN ({','.join('?' * len(units))}) "
        "AND substr(occurred_at, 1, 10) BETWEEN ? AND ? ORDER BY occurred_at, id",
        [*units, start.isoformat(), end.isoformat()]).fetchall()
    table_rows, decisions, total = [], set(), 0.0
    for number, (violation_id,) in enumerate(rows, start=1):
        item = get_violation(db, violation_id)
        basis = get_legal_basis(db, item.legal_basis_id) if item.legal_basis_id else None
        decided = item.status in ("decided", "paid", "appealed")
        if decided and item.decision_number:
            decisions.add(item.decision_number)
            total += item.fine or 0
        what = item.description + (f" ({basis.citation})" if basis else "")
        decision = f"{item.decision_number} ngày {_day(item.decision_date)}" if item.decision_number else ""
        table_rows.append((str(number), _day(item.occurred_at[:10]), f"{item.offender}, {item.place}".strip(", "),
                           what, format_number(item.fine) if item.fine else "", decision, STATUSES[item.status]))
    body = [Heading(f"I. VI PHẠM HÀNH CHÍNH {period.label_vi().upper()}", 1),
            Paragraph(f"Tổng số: {len(rows):02d} vụ việc vi phạm; {len(decisions):02d} quyết định xử phạt vi phạm "
                      f"hành chính; tổng số tiền xử phạt {format_money(total) if total else '0 đồng'}."),
            Table("", ("STT", "Ngày", "Tổ chức, cá nhân vi phạm", "Hành vi, căn cứ", "Tiền phạt (đồng)",
                       "Quyết định xử phạt", "Tình trạng"), tuple(table_rows), (7, 15, 22, 31, 13, 18, 12))]
    figures = {"violations": str(len(rows)), "decisions": str(len(decisions)), "fines": format_number(total)}
    return Report("violations", unit.code, unit.name_vi, period.key, settings, "BÁO CÁO",
                  f"Danh sách vi phạm hành chính và xử phạt {period.label_vi()}", body, [], figures, [])


def build_document(db: Database, kind: str, *, org_unit_id: int | None = None, period: str | None = None,
                   record_id: int | None = None, settings: ReportSettings | None = None) -> Report:
    """One of KINDS, by name (used by the command line, the Reports tab and verify)."""
    if kind == "inspection-minutes":
        return build_inspection_minutes(db, record_id, settings=settings)
    if kind == "violation-record":
        return build_violation_record(db, record_id, settings=settings)
    if kind == "violations":
        return build_violation_list(db, org_unit_id, period, settings=settings)
    raise DocumentError(f"Không có loại văn bản «{kind}»")
