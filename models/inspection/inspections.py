"""Inspections: decision, planned or unscheduled, team, dates, establishments, findings."""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING

from models import access
from models.clock import now_iso
from models.inspection.common import (RecordError, check_exists, clean_text, filter_clauses, from_row,
                                      iso_date, insert_or_update, required, search_text)

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

STATUSES = {"planned": "Theo kế hoạch, chưa tiến hành", "in_progress": "Đang tiến hành",
            "concluded": "Đã kết luận"}


@dataclasses.dataclass(frozen=True)
class Inspection:
    id: int | None
    decision_number: str
    decision_date: str
    org_unit_id: int
    planned: bool = True
    sector_id: int | None = None
    team: str = ""
    start_date: str | None = None
    end_date: str | None = None
    findings: str = ""
    conclusion: str = ""
    status: str = "planned"
    establishment_ids: tuple[int, ...] = ()
    sample: bool = False
    details: dict = dataclasses.field(default_factory=dict, compare=False)  # the minutes' fields
    # Per establishment inspected: its representative, what was checked, found and said.
    target_details: dict = dataclasses.field(default_factory=dict, compare=False)
    missing: str = ""


def save_inspection(db: Database, item: Inspection) -> int:
    """Insert or update an inspection and its establishments in one transaction."""
    access.require(db, "edit_inspection")
    number = required(item.decision_number, "decision_number", "Số quyết định kiểm tra")
    decided = iso_date(item.decision_date, "decision_date", "Ngày quyết định", optional=False)
    start = iso_date(item.start_date, "start_date", "Ngày bắt đầu")
    end = iso_date(item.end_date, "end_date", "Ngày kết thúc")
    if item.status not in STATUSES:
        raise RecordError("status", f"Trạng thái: «{item.status}» không có")
    from models.inspection import paperwork
    from models.inspection.violations import _clean_details, _moment

    details = _clean_details(item.details)
    for key, label in (("session_at", "Thời điểm bắt đầu buổi kiểm tra"), ("closed_at", "Thời điểm kết thúc")):
        if details.get(key):
            details[key] = _moment(details[key], key, label)
    paperwork.check_inspection_order({**details, "decision_date": decided, "start_date": start, "end_date": end})
    targets = {int(k): _clean_details(v) for k, v in (item.target_details or {}).items()
               if int(k) in item.establishment_ids}
    lacking = paperwork.inspection_missing(db, dataclasses.replace(
        item, decision_number=number, decision_date=decided, start_date=start, end_date=end, details=details,
        target_details=targets))
    record = {"decision_number": number, "decision_date": decided, "planned": int(item.planned),
              "sector_id": item.sector_id, "org_unit_id": item.org_unit_id, "team": clean_text(item.team),
              "start_date": start, "end_date": end, "findings": clean_text(item.findings),
              "conclusion": clean_text(item.conclusion), "status": item.status, "sample": int(item.sample),
              "details": json.dumps(details, ensure_ascii=False, sort_keys=True), "missing": "; ".join(lacking),
              "search": search_text(number, item.team, item.findings), "updated_at": now_iso()}
    with db.atomic():
        check_exists(db, "org_units", item.org_unit_id, "org_unit_id", "Đơn vị")
        for establishment_id in item.establishment_ids:
            check_exists(db, "establishments", establishment_id, "establishment_ids", "Cơ sở được kiểm tra")
        inspection_id = insert_or_update(db, "inspections", item.id, record, "Cuộc kiểm tra")
        db.execute("DELETE FROM inspection_targets WHERE inspection_id = ?", [inspection_id])
        for establishment_id in dict.fromkeys(item.establishment_ids):
            db.execute("INSERT INTO inspection_targets (inspection_id, establishment_id, details) VALUES (?, ?, ?)",
                       [inspection_id, establishment_id,
                        json.dumps(targets.get(establishment_id, {}), ensure_ascii=False, sort_keys=True)])
        return inspection_id


def _from_row(db: Database, row: dict) -> Inspection:
    rows = db.execute("SELECT establishment_id, details FROM inspection_targets WHERE inspection_id = ? "
                      "ORDER BY establishment_id", [row["id"]]).fetchall()
    return from_row(Inspection, {k: v for k, v in row.items() if k not in ("establishment_ids", "details")},
                    establishment_ids=tuple(r[0] for r in rows), details=json.loads(row.get("details") or "{}"),
                    target_details={r[0]: json.loads(r[1] or "{}") for r in rows})


def get_inspection(db: Database, inspection_id: int) -> Inspection | None:
    rows = db.execute_returning_dicts("SELECT * FROM inspections WHERE id = ?", [inspection_id])
    return _from_row(db, rows[0]) if rows else None


def list_inspections(db: Database, *, query: str = "", sector_id: int | None = None,
                     org_unit_id: int | None = None, status: str | None = None) -> list[Inspection]:
    clauses, params = filter_clauses(query, sector_id=sector_id, org_unit_id=org_unit_id, status=status)
    rows = db.execute_returning_dicts(
        f"SELECT * FROM inspections WHERE {' AND '.join(clauses)} ORDER BY decision_date DESC, id DESC", params)
    return [_from_row(db, r) for r in rows]
