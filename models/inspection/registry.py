"""The registry of regulated establishments, with licence expiry flags."""

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

KINDS = {
    "printing": "Cơ sở in, photocopy",
    "press_agency": "Cơ quan báo chí",
    "resident_reporter": "Văn phòng đại diện, phóng viên thường trú",
    "einfo_site": "Trang thông tin điện tử",
    "postal_provider": "Doanh nghiệp bưu chính",
    "postal_point": "Điểm phục vụ bưu chính",
    "telecom_operator": "Doanh nghiệp viễn thông",
    "radio_station": "Đài truyền thanh cấp xã",
}
STATUSES = {"active": "Đang hoạt động", "suspended": "Tạm dừng", "closed": "Ngừng hoạt động"}
EXPIRING_DAYS = 60


@dataclasses.dataclass(frozen=True)
class Establishment:
    id: int | None
    kind: str
    name: str
    org_unit_id: int
    address: str = ""
    sector_id: int | None = None
    licence_number: str = ""
    licence_issued: str | None = None
    licence_expires: str | None = None
    status: str = "active"
    note: str = ""
    sample: bool = False
    # Its identity as a violation record or penalty decision names it (typed once, here).
    business_code: str = ""
    licence_issuer: str = ""
    representative: str = ""
    representative_title: str = ""
    representative_sex: str = ""


def licence_flag(establishment: Establishment, today: dt.date | None = None) -> str | None:
    """"expired", "expiring" (within 60 days) or None, for an active establishment."""
    if establishment.status == "closed" or not establishment.licence_expires:
        return None
    today = today or dt.date.today()
    expires = dt.date.fromisoformat(establishment.licence_expires)
    if expires < today:
        return "expired"
    if expires <= today + dt.timedelta(days=EXPIRING_DAYS):
        return "expiring"
    return None


def save_establishment(db: Database, item: Establishment) -> int:
    """Insert (id None) or update, validated, in one transaction; returns the id."""
    access.require(db, "edit_inspection")
    if item.kind not in KINDS:
        raise RecordError("kind", f"Loại cơ sở: «{item.kind}» không có")
    if item.status not in STATUSES:
        raise RecordError("status", f"Trạng thái: «{item.status}» không có")
    name = required(item.name, "name", "Tên cơ sở")
    issued = iso_date(item.licence_issued, "licence_issued", "Ngày cấp phép")
    expires = iso_date(item.licence_expires, "licence_expires", "Ngày hết hạn giấy phép")
    if issued and expires and expires < issued:
        raise RecordError("licence_expires", "Ngày hết hạn giấy phép: trước ngày cấp")
    record = {
        "kind": item.kind, "name": name, "address": clean_text(item.address), "org_unit_id": item.org_unit_id,
        "sector_id": item.sector_id, "licence_number": clean_text(item.licence_number),
        "licence_issued": issued, "licence_expires": expires, "status": item.status,
        "note": clean_text(item.note), "sample": int(item.sample), "updated_at": now_iso(),
        "business_code": clean_text(item.business_code), "licence_issuer": clean_text(item.licence_issuer),
        "representative": clean_text(item.representative),
        "representative_title": clean_text(item.representative_title),
        "representative_sex": clean_text(item.representative_sex),
        "search": search_text(name, item.address, item.licence_number, KINDS[item.kind]),
    }
    with db.atomic():
        check_exists(db, "org_units", item.org_unit_id, "org_unit_id", "Đơn vị")
        return insert_or_update(db, "establishments", item.id, record, "Cơ sở")


def get_establishment(db: Database, establishment_id: int) -> Establishment | None:
    rows = db.execute_returning_dicts("SELECT * FROM establishments WHERE id = ?", [establishment_id])
    return from_row(Establishment, rows[0]) if rows else None


def list_establishments(db: Database, *, query: str = "", kind: str | None = None,
                        sector_id: int | None = None, org_unit_id: int | None = None,
                        status: str | None = None, flagged_only: bool = False,
                        today: dt.date | None = None) -> list[Establishment]:
    """Establishments not in the trash, filtered; search ignores diacritics."""
    clauses, params = filter_clauses(query, kind=kind, sector_id=sector_id, org_unit_id=org_unit_id,
                                     status=status)
    rows = db.execute_returning_dicts(
        f"SELECT * FROM establishments WHERE {' AND '.join(clauses)} ORDER BY name", params)
    items = [from_row(Establishment, r) for r in rows]
    if flagged_only:
        items = [i for i in items if licence_flag(i, today)]
    return items
