"""The letterhead of reports and documents: every name, title, number, place and recipient.

Kept in the database per issuing org unit and from a date (table ``letterheads``): a
district's report carries the district office's header, not the province's, and a unit
whose agency changed (2025: the Departments of Information and Communications joined the
Departments of Science and Technology) prints the new agency on documents dated after the
change and the old one before. A unit that has none starts from the defaults of its level
(resources/catalog/letterheads.json), filled with its name. Nothing here is printed from code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import TYPE_CHECKING

from models import access
from models.resources import resource
from models.text import nfc
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

_REQUIRED = ("superior_agency", "agency", "place", "signer_title", "signer_name")


class ReportSettingsError(UserError, ValueError):
    """A setting that cannot be printed; the message names the field."""


@dataclasses.dataclass(frozen=True)
class ReportSettings:
    superior_agency: str = ""          # "UBND TỈNH BẮC KẠN"
    agency: str = ""                   # "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    doc_number: int = 0                # printed "05"; 0: a draft, numbered when issued (models/register.py)
    doc_symbol: str = "BC"             # "BC-STTTT"
    place: str = ""                    # "Bắc Kạn"
    doc_date: str = ""                 # ISO date; empty: a draft, dated when issued
    subject: str = ""                  # empty: made from the period
    signer_authority: str = ""         # "KT. GIÁM ĐỐC" (may be empty)
    signer_title: str = ""             # "PHÓ GIÁM ĐỐC"
    signer_name: str = ""
    recipients: tuple[str, ...] = ()   # without the final "Lưu: ..."
    archive: str = "VT"                # "- Lưu: VT, ..."
    leading_zero: bool = True          # counts under 10 as "08"
    chart_indicators: tuple[str, ...] = ()

    def document_date(self) -> dt.date:
        return dt.date.fromisoformat(self.doc_date) if self.doc_date else dt.date.today()

    def number_line(self) -> str:
        """"Số: 05/BC-STTTT" (numbers under 10 with a leading zero); a number 0 is left to fill by hand."""
        if not self.doc_number:
            return f"Số: ......./{self.doc_symbol}"
        return f"Số: {self.doc_number:02d}/{self.doc_symbol}"

    @property
    def is_draft(self) -> bool:
        return not self.doc_number or not self.doc_date

    def date_line(self) -> str:
        """"Bắc Kạn, ngày 05 tháng 01 năm 2025": day under 10 and months 1–2 with a leading zero;
        a draft leaves day and month to be filled when it is issued."""
        if not self.doc_date:
            return f"{self.place}, ngày ..... tháng ..... năm {dt.date.today().year}"
        day = self.document_date()
        month = f"{day.month:02d}" if day.month < 3 else str(day.month)
        return f"{self.place}, ngày {day.day:02d} tháng {month} năm {day.year}"


_TEXT_FIELDS = ("superior_agency", "agency", "doc_symbol", "place", "subject", "signer_authority",
                "signer_title", "signer_name", "archive")
_LABELS = {"superior_agency": "Cơ quan chủ quản", "agency": "Cơ quan ban hành", "doc_number": "Số văn bản",
           "doc_symbol": "Ký hiệu", "place": "Địa danh", "doc_date": "Ngày ban hành",
           "signer_title": "Chức vụ người ký", "signer_name": "Họ tên người ký"}


def validate(settings: ReportSettings) -> ReportSettings:
    """Normalise (NFC, trimmed) and check; raises ReportSettingsError naming the field."""
    values = {f: nfc(str(getattr(settings, f)).strip()) for f in _TEXT_FIELDS}
    for field in ("agency", "doc_symbol", "place", "signer_title", "signer_name"):
        if not values[field]:
            raise ReportSettingsError(f"{_LABELS[field]}: không được để trống")
    if not isinstance(settings.doc_number, int) or settings.doc_number < 0:
        raise ReportSettingsError(f"{_LABELS['doc_number']}: phải là số nguyên dương")
    if settings.doc_date:
        try:
            dt.date.fromisoformat(settings.doc_date)
        except ValueError:
            raise ReportSettingsError(f"{_LABELS['doc_date']}: «{settings.doc_date}» không phải ngày") from None
    recipients = tuple(nfc(r.strip().rstrip(";").strip()) for r in settings.recipients if r.strip())
    charts = tuple(c.strip() for c in settings.chart_indicators if c.strip())
    return dataclasses.replace(settings, recipients=recipients, chart_indicators=charts, **values)


def _from_dict(stored: dict) -> ReportSettings:
    known = {f.name for f in dataclasses.fields(ReportSettings)}
    return ReportSettings(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in stored.items() if k in known})


@dataclasses.dataclass(frozen=True)
class Letterhead:
    """One stored letterhead: whose, from when (empty: from the start), what it says."""

    org_unit_id: int
    valid_from: str
    settings: ReportSettings


def entries(db: Database, org_unit_id: int) -> list[Letterhead]:
    """A unit's letterheads, oldest first."""
    rows = db.execute("SELECT valid_from, data FROM letterheads WHERE org_unit_id = ? ORDER BY valid_from",
                      [org_unit_id]).fetchall()
    return [Letterhead(org_unit_id, row[0], _from_dict(json.loads(row[1]))) for row in rows]


def in_force(db: Database, org_unit_id: int | None = None, on: str | dt.date | None = None) -> Letterhead:
    """The letterhead a document of ``org_unit_id`` dated ``on`` (default today) carries: the
    unit's letterhead in force that day (before its first one: the first), else the defaults
    of its level, valid from the start. Without a unit: the top unit's (the office's own)."""
    from models import catalog

    if org_unit_id is None:
        top = catalog.top_org_unit(db)
        if top is None:
            return Letterhead(0, "", ReportSettings())
        org_unit_id = top.id
    day = (on.isoformat() if isinstance(on, dt.date) else on) or dt.date.today().isoformat()
    row = db.execute("SELECT valid_from, data FROM letterheads WHERE org_unit_id = ? AND valid_from <= ? "
                     "ORDER BY valid_from DESC LIMIT 1", [org_unit_id, day[:10]]).fetchone()
    if row is None:
        row = db.execute("SELECT valid_from, data FROM letterheads WHERE org_unit_id = ? ORDER BY valid_from "
                         "LIMIT 1", [org_unit_id]).fetchone()
    if row is not None:
        return Letterhead(org_unit_id, row[0], _from_dict(json.loads(row[1])))
    return Letterhead(org_unit_id, "", defaults_for(catalog.org_unit(db, org_unit_id)))


def load(db: Database, org_unit_id: int | None = None, on: str | dt.date | None = None) -> ReportSettings:
    """What :func:`in_force` says, without its date."""
    return in_force(db, org_unit_id, on).settings


def defaults_for(unit) -> ReportSettings:
    """The letterhead a unit of this level starts with (resources/catalog/letterheads.json)."""
    data = json.loads(resource("catalog", "letterheads.json").read_text(encoding="utf-8"))
    template = data.get(unit.level, {})
    short = unit.name_vi
    for kind in data.get("_kinds", ()):
        if short.startswith(kind + " "):
            short = short[len(kind) + 1:]
            break

    def fill(text: str) -> str:
        return text.replace("{NAME}", unit.name_vi.upper()).replace("{name}", unit.name_vi).replace("{short}", short)

    values = {k: (tuple(fill(x) for x in v) if isinstance(v, list) else fill(v) if isinstance(v, str) else v)
              for k, v in template.items()}
    return _from_dict(values)


def missing(settings: ReportSettings) -> list[str]:
    """What a document cannot go out without, by name (empty when complete)."""
    labels = {**_LABELS, "signer_title": "Chức vụ người ký", "signer_name": "Họ tên người ký"}
    return [labels[f] for f in _REQUIRED if not str(getattr(settings, f)).strip()]


def save(db: Database, settings: ReportSettings, org_unit_id: int | None = None,
         valid_from: str = "") -> ReportSettings:
    """Validate and store a unit's letterhead from ``valid_from`` (ISO date, empty: from the
    start), in one transaction; returns what was stored. Without a unit: the top unit's."""
    from models import catalog

    access.require(db, "edit_report_settings")
    clean = validate(settings)
    if valid_from:
        try:
            dt.date.fromisoformat(valid_from)
        except ValueError:
            raise ReportSettingsError(f"Áp dụng từ ngày: «{valid_from}» không phải ngày") from None
    if org_unit_id is None:
        top = catalog.top_org_unit(db)
        if top is None:
            raise ReportSettingsError("Chưa có đơn vị nào: hãy chọn đơn vị của mình trước")
        org_unit_id = top.id
    with db.atomic():
        db.execute("INSERT INTO letterheads (org_unit_id, valid_from, data) VALUES (?, ?, ?) "
                   "ON CONFLICT (org_unit_id, valid_from) DO UPDATE SET data = excluded.data",
                   [org_unit_id, valid_from, json.dumps(dataclasses.asdict(clean), ensure_ascii=False)])
    return clean


def load_demo_settings(db: Database) -> None:
    """The demo data's letterhead (resources/demo/report_settings.json), the top unit's."""
    data = json.loads(resource("demo", "report_settings.json").read_text(encoding="utf-8"))
    save(db, _from_dict(data))
