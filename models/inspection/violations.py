"""Violations found in the field: who, where, when, what, legal basis, fine,
penalty decision and payment; evidence photos kept with the record.

A violation is *complete* when its record has everything the legal form asks
(resources/forms/violation-record.json, models/inspection/paperwork.py); the quick entry
of the field saves one with only the essentials, listed with what it still lacks (and
printed only as a draft) until it is completed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import pathlib
from typing import TYPE_CHECKING

from models import access
from models.clock import now_iso
from models.inspection.common import (RecordError, check_exists, clean_text, filter_clauses, from_row,
                                      iso_date, insert_or_update, search_text)
from models.inspection.legal import check_fine, get_legal_basis

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

STATUSES = {"recorded": "Đã lập biên bản", "decided": "Đã ra quyết định xử phạt", "paid": "Đã nộp phạt",
            "appealed": "Đang khiếu nại", "cancelled": "Đã hủy"}
DECIDED = ("decided", "paid", "appealed")
PAYMENT_DAYS = 10  # days to pay from the penalty decision, when no deadline is given
PHOTO_MAX_BYTES = 20 * 1024 * 1024
PHOTO_MAX_PIXELS = 60_000_000  # a phone's photo is 12-50 million; a 'bomb' of a few KB can claim billions
PHOTO_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp",
                 "BMP": "image/bmp", "TIFF": "image/tiff"}
THUMBNAIL_SIZE = (160, 160)


@dataclasses.dataclass(frozen=True)
class Violation:
    id: int | None
    org_unit_id: int
    occurred_at: str  # "2024-05-02T09:30"
    offender: str = ""
    place: str = ""
    description: str = ""
    inspection_id: int | None = None
    establishment_id: int | None = None
    legal_basis_id: int | None = None
    fine: float | None = None
    decision_number: str = ""
    decision_date: str | None = None
    payment_deadline: str | None = None
    status: str = "recorded"
    remedy: str = ""
    sector_id: int | None = None
    complete: bool = False
    sample: bool = False
    details: dict = dataclasses.field(default_factory=dict, compare=False)  # the record's form (MBB01)
    decision_details: dict = dataclasses.field(default_factory=dict, compare=False)  # the decision's (MQĐ02)
    missing: str = ""  # what the record still lacks, as saved


def _moment(value: str, field: str, label: str) -> str:
    try:
        return dt.datetime.fromisoformat(str(value)).isoformat(timespec="minutes")
    except (TypeError, ValueError):
        raise RecordError(field, f"{label}: «{value}» không phải ngày giờ hợp lệ") from None


def save_violation(db: Database, item: Violation) -> int:
    """Insert or update a violation, validated, in one transaction; returns its id.

    A fine outside its legal basis' range is refused with the range.
    """
    access.require(db, "edit_inspection")
    occurred = _moment(item.occurred_at, "occurred_at", "Thời điểm vi phạm")
    if item.status not in STATUSES:
        raise RecordError("status", f"Trạng thái: «{item.status}» không có")
    offender, place, description = clean_text(item.offender), clean_text(item.place), clean_text(item.description)
    if item.establishment_id is not None and not offender:
        row = db.execute("SELECT name FROM establishments WHERE id = ?", [item.establishment_id]).fetchone()
        offender = row[0] if row else ""
    if not offender:
        raise RecordError("offender", "Tổ chức, cá nhân vi phạm: không được để trống")
    basis = get_legal_basis(db, item.legal_basis_id) if item.legal_basis_id is not None else None
    if item.legal_basis_id is not None and basis is None:
        raise RecordError("legal_basis_id", "Căn cứ pháp lý: không có")
    if item.fine is not None:
        if item.fine < 0:
            raise RecordError("fine", "Số tiền phạt: không được âm")
        if basis is None:
            raise RecordError("legal_basis_id", "Căn cứ pháp lý: cần chọn trước khi ghi số tiền phạt")
        problem = check_fine(basis, item.fine)
        if problem:
            raise RecordError("fine", problem)
    decision_date = iso_date(item.decision_date, "decision_date", "Ngày quyết định xử phạt")
    deadline = iso_date(item.payment_deadline, "payment_deadline", "Hạn nộp phạt")
    number = clean_text(item.decision_number)
    if item.status in DECIDED:
        if not number:
            raise RecordError("decision_number", "Số quyết định xử phạt: cần có khi đã ra quyết định")
        if not decision_date:
            raise RecordError("decision_date", "Ngày quyết định xử phạt: cần có khi đã ra quyết định")
        if deadline is None:
            deadline = (dt.date.fromisoformat(decision_date) + dt.timedelta(days=PAYMENT_DAYS)).isoformat()
    from models.inspection import paperwork

    details = _clean_details(item.details)
    decision_details = _clean_details(item.decision_details)
    for key in ("recorded_at", "closed_at"):
        if details.get(key):
            details[key] = _moment(details[key], key, {"recorded_at": "Thời điểm lập biên bản",
                                                       "closed_at": "Thời điểm lập xong biên bản"}[key])
    paperwork.check_violation_order({**details, "occurred_at": occurred, "decision_date": decision_date,
                                     "payment_deadline": deadline})
    sector_id = item.sector_id
    if sector_id is None and item.inspection_id is not None:  # found during an inspection: its sector
        row = db.execute("SELECT sector_id FROM inspections WHERE id = ?", [item.inspection_id]).fetchone()
        sector_id = row[0] if row else None
    saved = dataclasses.replace(item, occurred_at=occurred, offender=offender, place=place,
                                description=description, decision_number=number, decision_date=decision_date,
                                payment_deadline=deadline, sector_id=sector_id, details=details,
                                decision_details=decision_details)
    lacking = paperwork.violation_missing(db, saved)
    record = {"org_unit_id": item.org_unit_id, "occurred_at": occurred, "offender": offender, "place": place,
              "description": description, "inspection_id": item.inspection_id,
              "establishment_id": item.establishment_id, "legal_basis_id": item.legal_basis_id,
              "fine": item.fine, "decision_number": number, "decision_date": decision_date,
              "payment_deadline": deadline, "status": item.status, "remedy": clean_text(item.remedy),
              "sector_id": sector_id, "complete": int(not lacking), "sample": int(item.sample),
              "details": json.dumps(details, ensure_ascii=False, sort_keys=True),
              "decision_details": json.dumps(decision_details, ensure_ascii=False, sort_keys=True),
              "missing": "; ".join(lacking),
              "search": search_text(offender, place, description, number), "updated_at": now_iso()}
    with db.atomic():
        check_exists(db, "org_units", item.org_unit_id, "org_unit_id", "Đơn vị")
        check_exists(db, "inspections", item.inspection_id, "inspection_id", "Cuộc kiểm tra")
        check_exists(db, "establishments", item.establishment_id, "establishment_id", "Cơ sở")
        return insert_or_update(db, "violations", item.id, record, "Vi phạm")


def _clean_details(details: dict | None) -> dict:
    """The form's fields as typed: text in NFC and trimmed, lists of people without empty rows."""
    out = {}
    for key, value in (details or {}).items():
        if isinstance(value, str):
            value = clean_text(value)
        elif isinstance(value, list):
            value = [{k: clean_text(v) if isinstance(v, str) else v for k, v in entry.items()}
                     for entry in value if isinstance(entry, dict) and any(str(v).strip() for v in entry.values())]
        if value not in ("", None, []):
            out[key] = value
    return out


def save_with_photos(db: Database, item: Violation, photos: tuple[str, ...] = ()) -> int:
    """Save a violation and attach the image files ``photos`` to it, in one transaction."""
    with db.atomic():
        violation_id = save_violation(db, item)
        for path in photos:
            add_photo(db, violation_id, path)
    return violation_id


def quick_entry(db: Database, *, org_unit_id: int, offender: str, place: str, description: str = "",
                occurred_at: str | None = None, photos: tuple[str, ...] = ()) -> int:
    """Record a violation in the field with only the essentials (and photos), in one transaction."""
    moment = occurred_at or dt.datetime.now().isoformat(timespec="minutes")
    with db.atomic():
        violation_id = save_violation(db, Violation(None, org_unit_id, moment, offender, place, description))
        for path in photos:
            add_photo(db, violation_id, path)
    return violation_id


def overdue(item: Violation, today: dt.date | None = None) -> bool:
    """An unpaid fine past its payment deadline."""
    today = today or dt.date.today()
    return item.status == "decided" and bool(item.payment_deadline) and \
        dt.date.fromisoformat(item.payment_deadline) < today


def get_violation(db: Database, violation_id: int) -> Violation | None:
    rows = db.execute_returning_dicts("SELECT * FROM violations WHERE id = ?", [violation_id])
    if not rows:
        return None
    row = rows[0]
    return from_row(Violation, {**row, "details": json.loads(row.get("details") or "{}"),
                                "decision_details": json.loads(row.get("decision_details") or "{}")})


# ---------------------------------------------------------------- listing


@dataclasses.dataclass(frozen=True)
class ViolationFilter:
    query: str = ""
    status: str | None = None
    sector_id: int | None = None
    org_unit_id: int | None = None
    overdue_only: bool = False
    incomplete_only: bool = False
    today: str | None = None  # ISO; None: today

    def where(self) -> tuple[str, list]:
        clauses, params = filter_clauses(self.query, status=self.status, sector_id=self.sector_id,
                                         org_unit_id=self.org_unit_id)
        if self.overdue_only:
            clauses.append("status = 'decided' AND payment_deadline < ?")
            params.append(self.today or dt.date.today().isoformat())
        if self.incomplete_only:
            clauses.append("complete = 0")
        return " AND ".join(clauses), params


LIST_COLUMNS = ("id", "occurred_at", "offender", "place", "fine", "status", "decision_number",
                "payment_deadline", "complete", "missing")
SORTABLE = {"occurred_at", "offender", "place", "fine", "status", "decision_number", "payment_deadline"}


def count_violations(db: Database, where: ViolationFilter) -> int:
    sql, params = where.where()
    return db.execute(f"SELECT COUNT(*) FROM violations WHERE {sql}", params).fetchone()[0]


def page_violations(db: Database, where: ViolationFilter, *, order_by: str = "occurred_at",
                    descending: bool = True, offset: int = 0, limit: int = 200) -> list[tuple]:
    """One page of the list, as tuples of LIST_COLUMNS (cheap enough for 100,000 rows)."""
    if order_by not in SORTABLE:
        raise ValueError(order_by)
    sql, params = where.where()
    direction = "DESC" if descending else "ASC"
    return db.execute(
        f"SELECT {', '.join(LIST_COLUMNS)} FROM violations WHERE {sql} "
        f"ORDER BY {order_by} {direction}, id {direction} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()


# ---------------------------------------------------------------- photos


@dataclasses.dataclass(frozen=True)
class Photo:
    id: int
    file_name: str
    media_type: str
    sha256: str
    thumbnail: bytes


def thumbnail(data: bytes) -> bytes:
    """A PNG no larger than THUMBNAIL_SIZE of an image's bytes."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.thumbnail(THUMBNAIL_SIZE)
        out = io.BytesIO()
        image.convert("RGB").save(out, format="PNG")
        return out.getvalue()


def read_image(path: str | pathlib.Path) -> tuple[bytes, str, bytes]:
    """(data, media type, PNG thumbnail) of an image file; RecordError naming the file otherwise."""
    from PIL import Image, UnidentifiedImageError

    path = pathlib.Path(path)
    try:
        size = path.stat().st_size
        if size > PHOTO_MAX_BYTES:
            raise RecordError("photos", f"{path.name}: ảnh lớn hơn {PHOTO_MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
        with Image.open(io.BytesIO(data)) as probe:  # reads the header only: nothing decoded yet
            kind = probe.format
            if probe.width * probe.height > PHOTO_MAX_PIXELS:
                raise RecordError("photos", f"{path.name}: ảnh {probe.width}×{probe.height} điểm ảnh, quá "
                                            f"{PHOTO_MAX_PIXELS // 1_000_000} triệu điểm ảnh")
            probe.verify()
        small = thumbnail(data)
    except RecordError:
        raise
    except Image.DecompressionBombError:  # Pillow's own guard, from the header, before decoding
        raise RecordError("photos", f"{path.name}: ảnh khai báo quá {PHOTO_MAX_PIXELS // 1_000_000} triệu "
                                    "điểm ảnh") from None
    except (UnidentifiedImageError, SyntaxError, ValueError):
        raise RecordError("photos", f"{path.name}: không phải tệp ảnh") from None
    except OSError as exc:
        raise RecordError("photos", f"{path.name}: không đọc được ({exc.strerror or exc})") from None
    if kind not in PHOTO_FORMATS:
        raise RecordError("photos", f"{path.name}: định dạng ảnh {kind} không được nhận")
    return data, PHOTO_FORMATS[kind], small


def add_photo(db: Database, violation_id: int, path: str | pathlib.Path) -> int:
    """Attach an image file to a violation (stored in the database with its SHA-256)."""
    access.require(db, "edit_inspection")
    data, media_type, thumbnail = read_image(path)
    with db.atomic():
        check_exists(db, "violations", violation_id, "violation_id", "Vi phạm")
        return db["violation_photos"].insert({
            "violation_id": violation_id, "file_name": pathlib.Path(path).name, "media_type": media_type,
            "sha256": hashlib.sha256(data).hexdigest(), "data": data, "thumbnail": thumbnail,
            "added_at": now_iso()}).last_pk


def photos_of(db: Database, violation_id: int) -> list[Photo]:
    return [Photo(*row) for row in db.execute(
        "SELECT id, file_name, media_type, sha256, thumbnail FROM violation_photos WHERE violation_id = ? "
        "ORDER BY id", [violation_id])]


def photo_data(db: Database, photo_id: int) -> bytes:
    row = db.execute("SELECT data FROM violation_photos WHERE id = ?", [photo_id]).fetchone()
    return row[0] if row else b""


def remove_photo(db: Database, photo_id: int) -> None:
    access.require(db, "edit_inspection")
    with db.atomic():
        db.execute("DELETE FROM violation_photos WHERE id = ?", [photo_id])


def photo_intact(db: Database, photo_id: int) -> bool:
    """True when the stored image still matches the SHA-256 kept with it."""
    row = db.execute("SELECT data, sha256 FROM violation_photos WHERE id = ?", [photo_id]).fetchone()
    return bool(row) and hashlib.sha256(row[0]).hexdigest() == row[1]
