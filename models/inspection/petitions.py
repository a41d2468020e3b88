"""Petitions and complaints: received, legal deadline, status, answer."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from models import access
from models.clock import now_iso
from models.inspection.common import (RecordError, check_exists, clean_text, filter_clauses, from_row,
                                      iso_date, insert_or_update, required, search_text)

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

STATUSES = {"received": "Đã tiếp nhận", "processing": "Đang giải quyết", "answered": "Đã trả lời",
            "withdrawn": "Đã rút đơn"}
DEFAULT_DAYS = 30  # when no legal deadline is given


@dataclasses.dataclass(frozen=True)
class Petition:
    id: int | None
    received_date: str
    sender: str
    org_unit_id: int
    sector_id: int | None = None
    channel: str = ""
    content: str = ""
    deadline: str | None = None
    status: str = "received"
    answer: str = ""
    answered_date: str | None = None
    sample: bool = False


def save_petition(db: Database, item: Petition) -> int:
    access.require(db, "edit_inspection")
    received = iso_date(item.received_date, "received_date", "Ngày tiếp nhận", optional=False)
    sender = required(item.sender, "sender", "Người gửi")
    if item.status not in STATUSES:
        raise RecordError("status", f"Trạng thái: «{item.status}» không có")
    deadline = iso_date(item.deadline, "deadline", "Hạn giải quyết") or \
        (dt.date.fromisoformat(received) + dt.timedelta(days=DEFAULT_DAYS)).isoformat()
    if deadline < received:
        raise RecordError("deadline", "Hạn giải quyết: trước ngày tiếp nhận")
    answered = iso_date(item.answered_date, "answered_date", "Ngày trả lời")
    if item.status == "answered" and not answered:
        raise RecordError("answered_date", "Ngày trả lời: cần có khi đã trả lời")
    if answered and answered < received:
        raise RecordError("answered_date", "Ngày trả lời: trước ngày tiếp nhận")
    record = {"received_date": received, "sender": sender, "org_unit_id": item.org_unit_id,
              "sector_id": item.sector_id, "channel": clean_text(item.channel), "content": clean_text(item.content),
              "deadline": deadline, "status": item.status, "answer": clean_text(item.answer),
              "answered_date": answered, "sample": int(item.sample), "updated_at": now_iso(),
              "search": search_text(sender, item.content, item.channel)}
    with db.atomic():
        check_exists(db, "org_units", item.org_unit_id, "org_unit_id", "Đơn vị")
        return insert_or_update(db, "petitions", item.id, record, "Đơn thư")


def overdue(item: Petition, today: dt.date | None = None) -> bool:
    """Not answered (nor withdrawn) and past its deadline."""
    today = today or dt.date.today()
    return item.status in ("received", "processing") and bool(item.deadline) and \
        dt.date.fromisoformat(item.deadline) < today


def get_petition(db: Database, petition_id: int) -> Petition | None:
    rows = db.execute_returning_dicts("SELECT * FROM petitions WHERE id = ?", [petition_id])
    return from_row(Petition, rows[0]) if rows else None


def list_petitions(db: Database, *, query: str = "", status: str | None = None,
                   sector_id: int | None = None, overdue_only: bool = False,
                   today: dt.date | None = None) -> list[Petition]:
    clauses, params = filter_clauses(query, status=status, sector_id=sector_id)
    rows = db.execute_returning_dicts(
        f"SELECT * FROM petitions WHERE {' AND '.join(clauses)} ORDER BY received_date DESC, id DESC", params)
    items = [from_row(Petition, r) for r in rows]
    return [i for i in items if overdue(i, today)] if overdue_only else items
