"""Inspection documents from the records: the minutes of an inspection, the record of an
administrative violation and its penalty decision, written from the legal forms' templates
(resources/forms/, models/reports/forms.py), and the list of violations and fines of a
period. They share the period report's layout (pdf.py): the agency header, then either
signature blocks for each party (minutes, record) or the signer's block (decision, list).
A record that lacks what its form requires prints as a draft ("DỰ THẢO"), listing the gaps.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from models import catalog, settings as office_settings
from models.inspection import computed, paperwork
from models.inspection.inspections import get_inspection
from models.inspection.legal import get_legal_basis
from models.inspection.violations import STATUSES, get_violation, photos_of
from models.numbers import format_money, format_number
from models.periods import parse_period
from models.reports.content import Heading, Paragraph, Report, Table
from models.reports.forms import fill, load_form
from models.reports.letterhead import ReportSettings, load as load_settings
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

KINDS = ("inspection-minutes", "violation-record", "penalty-decision", "violations")


class DocumentError(UserError, ValueError):
    """The record a document is about does not exist; the message says which."""


def _day(value: str | None) -> str:
    return dt.date.fromisoformat(value).strftime("%d/%m/%Y") if value else "....../....../......"


def _dated(settings: ReportSettings, day: str | None, symbol: str) -> ReportSettings:
    """The settings of a record: no number (written by hand) and the record's own date."""
    return dataclasses.replace(settings, doc_number=0, doc_symbol=symbol, doc_date=day or settings.doc_date)


def _blocks(filled) -> list:
    """The filled template's paragraphs as report blocks."""
    out = []
    for style, text in filled.blocks:
        out.append(Heading(text, 2) if style == "heading" else Paragraph(text, style))
    return out


def _number(settings: ReportSettings, number: str | None, symbol: str, day: str | None) -> ReportSettings:
    """A record's header: its own number (as the office's book gives it) and symbol; its date is
    in its text, not under the national motto."""
    digits = "".join(c for c in str(number or "") if c.isdigit())
    return dataclasses.replace(settings, doc_number=int(digits) if digits else 0, doc_symbol=symbol,
                               doc_date=(day or "")[:10] or settings.doc_date)


def build_inspection_minutes(db: Database, inspection_id: int, *, settings: ReportSettings | None = None) -> Report:
    """Biên bản kiểm tra (resources/forms/inspection-minutes.json): session, team and each
    establishment's representative, what was checked, found and said there, the conclusion,
    and a signature block for each establishment and the head of the team."""
    item = get_inspection(db, inspection_id) if inspection_id is not None else None
    if item is None:
        raise DocumentError(f"Không có cuộc kiểm tra mã số {inspection_id}")
    form = load_form(paperwork.MINUTES)
    details = paperwork.details_of(item.details)
    day = (details.get("session_at") or item.start_date or item.decision_date)[:10]
    letterhead = settings or load_settings(db, None, day)  # the office inspects: its letterhead that day
    values = paperwork.minutes_values(db, item, agency=letterhead.agency)
    filled = fill(form, values)
    settings = _number(letterhead, details.get("number"), form.symbol, day)
    unit = catalog.org_unit(db, item.org_unit_id)
    return Report("inspection-minutes", unit.code, unit.name_vi, item.decision_date[:4], settings, form.title,
                  _subject(form, values), _blocks(filled), [], {"decision": item.decision_number,
                                                                "conclusion": item.conclusion},
                  [], record_id=inspection_id, parties=filled.parties, missing=filled.missing, dated=False)


def _subject(form, values: dict) -> str:
    from models.reports.forms import _fill_text

    return _fill_text(form.subject, values)


def build_violation_record(db: Database, violation_id: int, *, settings: ReportSettings | None = None) -> Report:
    """Biên bản vi phạm hành chính (form MBB01, resources/forms/violation-record.json)."""
    item = get_violation(db, violation_id) if violation_id is not None else None
    if item is None:
        raise DocumentError(f"Không có vi phạm mã số {violation_id}")
    form = load_form(paperwork.RECORD)
    values = paperwork.record_values(db, item)
    day = (values.get("recorded_at") or item.occurred_at)[:10]
    letterhead = settings or load_settings(db, None, day)
    filled = fill(form, values)
    body = _blocks(filled)
    photos = photos_of(db, violation_id)
    if photos:
        body.append(Paragraph(f"Ảnh hiện trường kèm theo: {len(photos):02d} ảnh, lưu cùng hồ sơ (mã SHA-256: "
                              + "; ".join(p.sha256[:16] for p in photos) + ")."))
    unit = catalog.org_unit(db, item.org_unit_id)
    return Report("violation-record", unit.code, unit.name_vi, item.occurred_at[:4],
                  _number(letterhead, values.get("record_number"), form.symbol, day), form.title,
                  _subject(form, values), body, [],
                  {"offender": item.offender, "fine": format_number(item.fine) if item.fine else "",
                   "status": item.status, "photos": ",".join(p.sha256 for p in photos)}, [],
                  record_id=violation_id, parties=filled.parties, missing=filled.missing, dated=False)


def build_penalty_decision(db: Database, violation_id: int, *, settings: ReportSettings | None = None) -> Report:
    """Quyết định xử phạt vi phạm hành chính (form MQĐ02, resources/forms/penalty-decision.json),
    dated after its record, signed by the one who decides."""
    item = get_violation(db, violation_id) if violation_id is not None else None
    if item is None:
        raise DocumentError(f"Không có vi phạm mã số {violation_id}")
    form = load_form(paperwork.DECISION)
    values = paperwork.decision_values(db, item)
    letterhead = settings or load_settings(db, None, item.decision_date)
    filled = fill(form, values)
    lacking = tuple(paperwork.decision_missing(db, item))
    decided = dataclasses.replace(
        _number(letterhead, item.decision_number, form.symbol, item.decision_date),
        signer_authority="", signer_title=values.get("signer_title") or letterhead.signer_title,
        signer_name=values.get("signer_name") or "", recipients=("Như Điều 2",), archive="Hồ sơ, VT")
    unit = catalog.org_unit(db, item.org_unit_id)
    return Report("penalty-decision", unit.code, unit.name_vi, (item.decision_date or item.occurred_at)[:4],
                  decided, form.title, form.subject, _blocks(filled), [],
                  {"offender": item.offender, "fine": format_number(item.fine) if item.fine else "",
                   "decision": item.decision_number}, [], record_id=violation_id, missing=lacking)


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
    if kind == "penalty-decision":
        return build_penalty_decision(db, record_id, settings=settings)
    if kind == "violations":
        return build_violation_list(db, org_unit_id, period, settings=settings)
    raise DocumentError(f"Không có loại văn bản «{kind}»")
