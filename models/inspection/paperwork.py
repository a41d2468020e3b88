"""What the legal forms say of a record: the values each template is filled with, what a
record still lacks, and the order in time its dates must keep.

The templates (resources/forms/, models/reports/forms.py) decide which fields a document
needs; this module gathers them from the record, its registry entry, its legal basis and
its inspection, so the entry form, the list of what is missing and the printed document
agree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING

from models import catalog
from models.inspection.common import RecordError
from models.reports.forms import BLANK, load_form, missing
from models.resources import resource

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

    from models.inspection.inspections import Inspection
    from models.inspection.violations import Violation

RECORD, DECISION, MINUTES = "violation-record", "penalty-decision", "inspection-minutes"
_FROM_REGISTRY = ("business_code", "licence_number", "licence_issued", "licence_issuer", "representative",
                  "representative_title", "representative_sex")


def details_of(text_or_dict) -> dict:
    if isinstance(text_or_dict, dict):
        return dict(text_or_dict)
    try:
        value = json.loads(text_or_dict or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def subject_area(db: Database, sector_id: int | None) -> str:
    sector = next((s for s in catalog.sectors(db, include_inactive=True) if s.id == sector_id), None)
    return f"lĩnh vực {sector.name_vi[0].lower()}{sector.name_vi[1:]}" if sector else ""  # none: a blank to fill


def record_values(db: Database, item: Violation) -> dict:
    """Everything the violation record (MBB01) and the penalty decision (MQĐ02) print."""
    from models.inspection.inspections import get_inspection
    from models.inspection.legal import get_legal_basis
    from models.inspection.registry import get_establishment

    place = get_establishment(db, item.establishment_id) if item.establishment_id else None
    basis = get_legal_basis(db, item.legal_basis_id) if item.legal_basis_id else None
    inspection = get_inspection(db, item.inspection_id) if item.inspection_id else None
    values: dict = {"offender_kind": "organisation" if place else ""}
    if place is not None:  # the registry gives the establishment's identity, typed once
        values.update({"org_address": place.address, **{k: getattr(place, k) for k in _FROM_REGISTRY}})
    if inspection is not None:
        values["grounds"] = (f"Quyết định kiểm tra số {inspection.decision_number} ngày "
                             f"{dt.date.fromisoformat(inspection.decision_date):%d/%m/%Y}.")
    values.update({k: v for k, v in details_of(item.details).items() if v not in (None, "", [])})
    values.update({
        "offender": item.offender, "occurred_at": item.occurred_at, "place": item.place,
        "description": (item.description or "").rstrip("."), "provision": basis.citation if basis else "",
        "decree": basis.document if basis else "", "fine": item.fine, "fine_min": basis.fine_min if basis else None,
        "fine_max": basis.fine_max if basis else None, "decision_number": item.decision_number,
        "decision_date": item.decision_date, "payment_deadline": item.payment_deadline,
        "remedy": item.remedy, "subject_area": subject_area(db, item.sector_id),
        "record_symbol": load_form(RECORD).symbol,
    })
    officers = values.get("officers") or []
    values["first_officer"] = officers[0].get("name", "") if officers else ""
    values["signer_offender"] = (values.get("representative") if values.get("offender_kind") == "organisation"
                                 else item.offender) or ""
    return values


def decision_values(db: Database, item: Violation) -> dict:
    return {**record_values(db, item), **{k: v for k, v in details_of(item.decision_details).items()
                                          if v not in (None, "", [])}}


def violation_missing(db: Database, item: Violation) -> list[str]:
    """What the violation record still lacks to be printed as final."""
    return missing(load_form(RECORD), record_values(db, item))


def decision_missing(db: Database, item: Violation) -> list[str]:
    """What the penalty decision lacks (its record's own gaps are the record's)."""
    own = [label for field, label in (("decision_number", "Số quyết định xử phạt"),
                                      ("decision_date", "Ngày quyết định xử phạt"), ("fine", "Số tiền phạt"))
           if getattr(item, field) in (None, "")]
    return own + missing(load_form(DECISION), decision_values(db, item))


def minutes_values(db: Database, item: Inspection, agency: str = "") -> dict:
    """Everything the inspection minutes print, one entry per establishment inspected."""
    from models.inspection.legal import get_legal_basis
    from models.inspection.registry import get_establishment
    from models.inspection.violations import get_violation

    values = {k: v for k, v in details_of(item.details).items() if v not in (None, "", [])}
    establishments = []
    for establishment_id in item.establishment_ids:
        place = get_establishment(db, establishment_id)
        if place is None:
            continue
        own = details_of((item.target_details or {}).get(establishment_id, {}))
        establishments.append({"name": place.name, "address": place.address or BLANK,
                               "licence_number": place.licence_number or BLANK,
                               "representative": own.get("representative") or place.representative,
                               "representative_title": own.get("representative_title") or place.representative_title,
                               "checked": own.get("checked", ""), "findings": own.get("findings", ""),
                               "opinion": own.get("opinion", "")})
    found = []
    if item.id is not None:
        for (violation_id,) in db.execute("SELECT id FROM violations WHERE inspection_id = ? AND deleted_at IS NULL "
                                          "ORDER BY occurred_at", [item.id]).fetchall():
            violation = get_violation(db, violation_id)
            basis = get_legal_basis(db, violation.legal_basis_id) if violation.legal_basis_id else None
            cited = f" (quy định tại {basis.citation})" if basis else ""
            found.append({"text": f"{violation.offender}: {violation.description.rstrip('.')}{cited}."})
    members = values.get("members") or []
    values.update({"decision_number": item.decision_number, "decision_date": item.decision_date,
                   "decision_agency": agency, "inspection_kind": "theo kế hoạch" if item.planned else "đột xuất",
                   "subject_area": subject_area(db, item.sector_id).removeprefix("lĩnh vực "),
                   "conclusion": item.conclusion, "violations_found": found, "establishments": establishments,
                   "team_leader": members[0].get("name", "") if members else ""})
    return values


def inspection_missing(db: Database, item: Inspection) -> list[str]:
    return missing(load_form(MINUTES), minutes_values(db, item, agency="-"))


# ---------------------------------------------------------------- order in time


def _day(value) -> str | None:
    return str(value)[:10] if value else None


def check_violation_order(values: dict) -> None:
    """A record is not made before the violation, nor closed before it is opened; a decision
    does not precede its record; a payment deadline follows the decision. RecordError says
    which date and why."""
    occurred, recorded = values.get("occurred_at"), values.get("recorded_at")
    closed, decided = values.get("closed_at"), values.get("decision_date")
    if recorded and occurred and str(recorded) < str(occurred):
        raise RecordError("recorded_at", f"Thời điểm lập biên bản ({_show(recorded)}) trước thời điểm vi phạm "
                                         f"({_show(occurred)})")
    if closed and recorded and str(closed) < str(recorded):
        raise RecordError("closed_at", f"Thời điểm lập xong biên bản ({_show(closed)}) trước khi bắt đầu lập "
                                       f"({_show(recorded)})")
    record_day = _day(recorded) or _day(occurred)
    if decided and record_day and decided < record_day:
        raise RecordError("decision_date", f"Ngày quyết định xử phạt ({_show(decided)}) trước ngày lập biên bản "
                                           f"({_show(record_day)})")
    deadline = values.get("payment_deadline")
    if deadline and decided and deadline < decided:
        raise RecordError("payment_deadline", f"Hạn nộp phạt ({_show(deadline)}) trước ngày quyết định "
                                              f"({_show(decided)})")


def check_inspection_order(values: dict) -> None:
    """An inspection starts on or after its decision and ends after it starts; its session
    lies within it and closes after it opens."""
    decided, start, end = values.get("decision_date"), values.get("start_date"), values.get("end_date")
    session, closed = values.get("session_at"), values.get("closed_at")
    if start and decided and start < decided:
        raise RecordError("start_date", f"Ngày bắt đầu kiểm tra ({_show(start)}) trước ngày quyết định "
                                        f"({_show(decided)})")
    if start and end and end < start:
        raise RecordError("end_date", f"Ngày kết thúc ({_show(end)}) trước ngày bắt đầu ({_show(start)})")
    if session and start and _day(session) < start:
        raise RecordError("session_at", f"Buổi kiểm tra ({_show(session)}) trước ngày bắt đầu ({_show(start)})")
    if session and end and _day(session) > end:
        raise RecordError("session_at", f"Buổi kiểm tra ({_show(session)}) sau ngày kết thúc ({_show(end)})")
    if closed and session and str(closed) < str(session):
        raise RecordError("closed_at", f"Thời điểm kết thúc buổi kiểm tra ({_show(closed)}) trước khi bắt đầu "
                                       f"({_show(session)})")


def _show(value) -> str:
    text = str(value)
    try:
        if len(text) > 10:
            return dt.datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M")
        return dt.date.fromisoformat(text).strftime("%d/%m/%Y")
    except ValueError:
        return text


# ---------------------------------------------------------------- after a template changes


def templates_digest() -> str:
    digest = hashlib.sha256()
    for kind in (RECORD, DECISION, MINUTES):
        digest.update(resource("forms", f"{kind}.json").read_bytes())
    return digest.hexdigest()


def refresh_missing(db: Database) -> int:
    """Work out again what every record lacks when the templates changed since the last time
    (an office can follow a change in the law by editing them); returns how many were looked at."""
    from models.inspection.inspections import get_inspection
    from models.inspection.violations import get_violation
    from models.settings import get_setting, store_setting

    digest = templates_digest()
    if get_setting(db, "forms_digest") == digest:
        return 0
    count = 0
    with db.atomic():
        for (violation_id,) in db.execute("SELECT id FROM violations").fetchall():
            lacking = violation_missing(db, get_violation(db, violation_id))
            db.execute("UPDATE violations SET missing = ?, complete = ? WHERE id = ?",
                       ["; ".join(lacking), int(not lacking), violation_id])
            count += 1
        for (inspection_id,) in db.execute("SELECT id FROM inspections").fetchall():
            lacking = inspection_missing(db, get_inspection(db, inspection_id))
            db.execute("UPDATE inspections SET missing = ? WHERE id = ?", ["; ".join(lacking), inspection_id])
            count += 1
        store_setting(db, "forms_digest", digest)
    return count
