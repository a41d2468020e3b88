"""Reading and writing numbers the Vietnamese way.

Vietnamese writing uses "." to group thousands and "," as the decimal mark:
1.896.340; 66,4; 3,23. Spreadsheets set to English send "66.4" and
"1,896,340", and staff paste from both. The rules:

* a form that only one convention can produce is read in that convention
  ("66.4", "1,896,340", "1,234.5", "1.234,5", "1.896.340");
* a single "." followed by exactly three digits ("1.234") could be either;
  the Vietnamese reading (one thousand two hundred thirty-four) wins, as the
  interface is Vietnamese. "0.500" is read as a decimal because a thousands
  group never follows a leading zero;
* likewise a single "," is the Vietnamese decimal mark ("1,234" is 1.234).
"""

from __future__ import annotations

import math
import re
from models.errors import UserError

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_DIGITS = re.compile(r"^\d+$")


class NumberError(UserError, ValueError):
    """Raised when a text is not a number; the message says why, in Vietnamese."""


def _grouped(text: str, sep: str) -> str | None:
    """Digits of ``text`` if it is digits grouped by ``sep`` in threes."""
    parts = text.split(sep)
    if not (1 <= len(parts[0]) <= 3 and _DIGITS.match(parts[0])):
        return None
    if not all(len(p) == 3 and _DIGITS.match(p) for p in parts[1:]):
        return None
    return "".join(parts)


def parse_number(text: str) -> float:
    """Read ``text`` as a number, by the rules in this module's docstring.

    Raises NumberError (a ValueError) with a message for the user when the
    text is empty or not a number. A trailing "%" is ignored.
    """
    if text is None:
        raise NumberError("Chưa nhập giá trị")
    raw = _SPACES.sub("", str(text))
    if raw.endswith("%"):
        raw = raw[:-1]
    if not raw:
        raise NumberError("Chưa nhập giá trị")
    sign = 1.0
    if raw[0] in "+-−":
        sign = -1.0 if raw[0] in "-−" else 1.0
        raw = raw[1:]
    value = _unsigned(raw)
    if value is None:
        raise NumberError(f"«{text}» không phải là số")
    return sign * value


def _unsigned(raw: str) -> float | None:
    if _DIGITS.match(raw):
        return float(raw)
    dots, commas = raw.count("."), raw.count(",")
    if not dots and not commas:
        return None
    if dots and commas:
        # Both marks: whichever comes last is the decimal mark.
        if raw.rfind(",") > raw.rfind("."):
            group, decimal = ".", ","
        else:
            group, decimal = ",", "."
        if raw.count(decimal) != 1:
            return None
        whole, frac = raw.split(decimal)
        digits = _grouped(whole, group)
        if digits is None or not _DIGITS.match(frac):
            return None
        return float(f"{digits}.{frac}")
    mark = "." if dots else ","
    count = dots or commas
    if count > 1:
        # Several of one mark can only be thousands groups.
        digits = _grouped(raw, mark)
        return None if digits is None else float(digits)
    whole, frac = raw.split(mark)
    if not _DIGITS.match(frac) or (whole and not _DIGITS.match(whole)):
        return None
    whole = whole or "0"
    if mark == ".":
        # "66.4" is a plain decimal; "1.234" is read the Vietnamese way.
        if len(frac) == 3 and whole != "0" and len(whole) <= 3:
            return float(whole + frac)
        return float(f"{whole}.{frac}")
    return float(f"{whole}.{frac}")


def format_number(value: float | int | None, decimals: int | None = None) -> str:
    """Write ``value`` in Vietnamese style: 1.896.340; 66,4; 3,23.

    With ``decimals`` None, integers print without decimals and other values
    with up to two, trailing zeros dropped. With ``decimals`` given, exactly
    that many.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if decimals is None:
        rounded = round(float(value), 2)
        if rounded == int(rounded):
            text = f"{int(rounded):,}"
        else:
            text = f"{rounded:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{float(value):,.{decimals}f}"
    # Swap the English marks for the Vietnamese ones through a placeholder.
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_money(value: float | int | None) -> str:
    """Write an amount of đồng as a Vietnamese report does.

    69_300_000_000 -> "69,3 tỷ đồng"; 706_000_000 -> "706 triệu đồng";
    17_000_000 -> "17 triệu đồng"; below a million, in đồng.
    """
    if value is None:
        return ""
    amount = float(value)
    if abs(amount) >= 1e9:
        return f"{format_number(round(amount / 1e9, 2))} tỷ đồng"
    if abs(amount) >= 1e6:
        return f"{format_number(round(amount / 1e6, 2))} triệu đồng"
    return f"{format_number(round(amount))} đồng"


def format_count(value: int | float, leading_zero: bool = False) -> str:
    """Write a count; with ``leading_zero``, counts under 10 as "08"."""
    if leading_zero and 0 <= value < 10 and float(value).is_integer():
        return f"{int(value):02d}"
    return format_number(value)
