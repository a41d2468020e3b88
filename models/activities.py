"""Activities: dated events of a sector (trainings, conferences, contests...)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from models import access, approvals
from models.clock import now_iso
from models.periods import PeriodError, parse_period
from models.text import nfc
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


class ActivityError(UserError, ValueError):
    """An activity that cannot be saved; the message names the field."""


@dataclasses.dataclass(frozen=True)
class Activity:
    id: int | None
    sector_id: int
    org_unit_id: int
    period: str
    date: str  # ISO yyyy-mm-dd
    title: str
    kind: str = ""
    participants: int | None = None
    note: str = ""


_FIELDS = ("sector_id", "org_unit_id", "period", "date", "title", "kind", "participants", "note")


def _clean(activity: Activity) -> dict:
    title = nfc((activity.title or "").strip())
    if not title:
        raise ActivityError("Tên hoạt động: không được để trống")
    try:
        dt.date.fromisoformat(activity.date)
    except (TypeError, ValueError):
        raise ActivityError(f"Ngày: «{activity.date}» không phải ngày hợp lệ") from None
    try:
        parse_period(activity.period)
    except PeriodError as exc:
        raise ActivityError(str(exc)) from None
    if activity.participants is not None and activity.participants < 0:
        raise ActivityError("Số người tham gia: không được âm")
    record = {f: getattr(activity, f) for f in _FIELDS}
    record.update(title=title, kind=nfc((activity.kind or "").strip()),
                  note=nfc((activity.note or "").strip()), updated_at=now_iso())
    return record


def list_activities(db: Database, sector_id: int, org_unit_id: int, period: str) -> list[Activity]:
    """Activities of a sector, org unit and period, by date."""
    rows = db.execute_returning_dicts(
        "SELECT * FROM activities WHERE sector_id = ? AND org_unit_id = ? AND period = ? "
        "ORDER BY date, id", [sector_id, org_unit_id, period])
    return [Activity(**{k: r[k] for k in ("id", *_FIELDS)}) for r in rows]


def save_activity(db: Database, activity: Activity) -> int:
    """Insert (id None) or update an activity in one transaction; returns its id."""
    access.require(db, "edit_text")
    record = _clean(activity)
    approvals.check_open(db, [(activity.org_unit_id, activity.period)])
    with db.atomic():
        if activity.id is None:
            return db["activities"].insert(record).last_pk
        if not db.execute("SELECT 1 FROM activities WHERE id = ?", [activity.id]).fetchone():
            raise ActivityError(f"Hoạt động {activity.id} không còn")
        db["activities"].update(activity.id, record)
        return activity.id


def delete_activity(db: Database, activity_id: int) -> None:
    access.require(db, "edit_text")
    row = db.execute("SELECT org_unit_id, period FROM activities WHERE id = ?", [activity_id]).fetchone()
    if row:
        approvals.check_open(db, [tuple(row)])
    with db.atomic():
        db.execute("DELETE FROM activities WHERE id = ?", [activity_id])
