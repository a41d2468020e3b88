"""The letterhead of reports and documents: every name, title, number, place and recipient.

Kept in the database (settings key ``report``) and edited by the office in
the Reports tab; nothing here is printed from code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import TYPE_CHECKING

from models import access
from models.resources import resource
from models.settings import get_setting, store_setting
from models.text import nfc
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

KEY = "report"


class ReportSettingsError(UserError, ValueError):
    """A setting that cannot be printed; the message names the field."""


@dataclasses.dataclass(frozen=True)
class ReportSettings:
    superior_agency: str = ""          # "UBND TỈNH BẮC KẠN"
    agency: str = ""                   # "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    doc_number: int = 1                # printed "05"
    doc_symbol: str = "BC"             # "BC-STTTT"
    place: str = ""                    # "Bắc Kạn"
    doc_date: str = ""                 # ISO date; empty: today
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

    def date_line(self) -> str:
        """"Bắc Kạn, ngày 05 tháng 01 năm 2025": day under 10 and months 1–2 with a leading zero."""
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
    if not isinstance(settings.doc_number, int) or settings.doc_number < 1:
        raise ReportSettingsError(f"{_LABELS['doc_number']}: phải là số nguyên dương")
    if settings.doc_date:
        try:
            dt.date.fromisoformat(settings.doc_date)
        except ValueError:
            raise ReportSettingsError(f"{_LABELS['doc_date']}: «{settings.doc_date}» không phải ngày") from None
    recipients = tuple(nfc(r.strip().rstrip(";").strip()) for r in settings.recipients if r.strip())
    charts = tuple(c.strip() for c in settings.chart_indicators if c.strip())
    return dataclasses.replace(settings, recipients=recipients, chart_indicators=charts, **values)


def load(db: Database) -> ReportSettings:
    """The office's report settings (defaults where never saved)."""
    stored = get_setting(db, KEY) or {}
    known = {f.name for f in dataclasses.fields(ReportSettings)}
    values = {k: (tuple(v) if isinstance(v, list) else v) for k, v in stored.items() if k in known}
    return ReportSettings(**values)


def save(db: Database, settings: ReportSettings) -> ReportSettings:
    """Validate and store, in one transaction; returns what was stored."""
    access.require(db, "edit_report_settings")
    clean = validate(settings)
    store_setting(db, KEY, dataclasses.asdict(clean))
    return clean


def load_demo_settings(db: Database) -> None:
    """The demo data's settings (resources/demo/report_settings.json)."""
    data = json.loads(resource("demo", "report_settings.json").read_text(encoding="utf-8"))
    save(db, ReportSettings(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}))
