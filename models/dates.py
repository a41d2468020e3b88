"""Dates as Vietnamese offices write them: dd/mm/yyyy, read from what people type.

Read: "15/03/2025", "15/3/2025", "15-03-2025", "15.03.2025", "15 03 2025",
"15032025" (eight digits), "150325" (six: the century is 20). Written:
"15/03/2025". Times: "09:30", "9:30", "9h30", "0930", "9".
"""

from __future__ import annotations

import datetime as dt
import re
from models.errors import UserError

_SEPARATED = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$")
_TIME = re.compile(r"^(\d{1,2})(?:\s*[:hH.]\s*(\d{1,2})|(\d{2}))?\s*(?:phút|p)?$")


class DateError(UserError, ValueError):
    """A text that is not a date (or time); the message says why, in Vietnamese."""


def parse_date(text: str) -> dt.date:
    """The date ``text`` names, day first; raises DateError with the reason."""
    raw = (text or "").strip()
    if not raw:
        raise DateError("chưa nhập ngày")
    match = _SEPARATED.match(raw)
    if match:
        day, month, year = match.groups()
    elif raw.isdigit() and len(raw) in (6, 8):
        day, month, year = raw[:2], raw[2:4], raw[4:]
    else:
        raise DateError(f"«{raw}» không đúng dạng ngày/tháng/năm (ví dụ 15/03/2025)")
    year_number = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return dt.date(year_number, int(month), int(day))
    except ValueError:
        raise DateError(f"«{raw}»: không có ngày này") from None


def parse_time(text: str) -> dt.time:
    """The time of day ``text`` names ("9:30", "0930", "9h"); raises DateError."""
    raw = (text or "").strip()
    match = _TIME.match(raw)
    if not match:
        raise DateError(f"«{raw}» không đúng dạng giờ:phút (ví dụ 09:30)")
    hour, minute = int(match.group(1)), int(match.group(2) or match.group(3) or 0)
    if raw.isdigit() and len(raw) == 4:
        hour, minute = int(raw[:2]), int(raw[2:])
    if hour > 23 or minute > 59:
        raise DateError(f"«{raw}»: không có giờ này")
    return dt.time(hour, minute)


def format_date(value: dt.date | str | None) -> str:
    """"15/03/2025" from a date or an ISO text; empty for None."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%d/%m/%Y")


def format_datetime(value: dt.datetime | str | None) -> str:
    """"15/03/2025 09:30" from a datetime or an ISO text; empty for None. A moment stamped with
    its zone (the audit log's "…Z") is shown in this computer's local time."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d/%m/%Y %H:%M")
