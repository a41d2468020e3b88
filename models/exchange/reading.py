"""What reading a spreadsheet produces, shared by the templates and the long tables:
every problem by sheet, row and column, the changes read, and how one cell becomes a number.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from models.activities import Activity
from models.catalog import Indicator
from models.errors import UserError
from models.numbers import NumberError, parse_number
from models.values import ValueChange, check_value

LONG_COLUMNS = ("indicator_code", "org_unit_code", "period", "value", "status", "note")
META_SHEET = "_meta"


# A spreadsheet program runs a CSV cell that begins with one of these as a formula (OWASP, CSV
# injection): text that does is exported behind an apostrophe (exporting.csv_cell), which the
# spreadsheet shows as text and our own reader takes off again (importing.csv_text).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclasses.dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = [self.sheet] + ([f"dòng {self.row}"] if self.row else []) + \
            ([f"cột {self.column}"] if self.column else [])
        return f"{', '.join(where)}: {self.reason}"


@dataclasses.dataclass
class ImportResult:
    source: str
    changes: list[ValueChange] = dataclasses.field(default_factory=list)
    activities: list[Activity] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    checks: list | None = None  # what the checks would find once written (models.validation.preview)
    digest: str = ""  # the file's SHA-256 (read_any), named in the import's audit entry

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportRefused(UserError, ValueError):
    """Some rows are bad; nothing was written. ``problems`` lists them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        more = f" (và {len(problems) - 1} lỗi khác)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}")


def read_number(value, data_type: str | None) -> tuple[float | None, str | None]:
    """A cell's number, or why it is not one (a formula is never evaluated)."""
    if data_type == "f" or (isinstance(value, str) and value.startswith("=")):
        return None, "ô chứa công thức, chỉ nhận số"
    if isinstance(value, bool) or isinstance(value, (dt.date, dt.datetime)):
        return None, "không phải là số"
    if isinstance(value, (int, float)):
        return float(value), None
    try:
        return parse_number(str(value)), None
    except NumberError:
        return None, f"«{value}» không phải là số"


def check_figure(indicator: Indicator, value: float) -> str | None:
    problem = check_value(indicator, value)
    return problem.split(": ", 1)[-1] if problem else None


def decode_csv(raw: bytes, name: str) -> str:
    """A CSV's text, whichever encoding an office's spreadsheet saved it in: UTF-8 with or
    without a BOM, UTF-16 (with its BOM), or Windows-1258, the Vietnamese code page (its
    tone marks come apart, and are put back together: NFC). Refused, naming the file, when
    it is none of them."""
    import codecs

    from models.errors import UserError
    from models.text import nfc

    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise UserError(f"{name}: tệp UTF-16 hỏng, không đọc được") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return nfc(raw.decode("cp1258"))
    except UnicodeDecodeError:
        raise UserError(f"{name}: không nhận ra bảng mã (chỉ nhận UTF-8, UTF-16 hoặc Windows-1258); "
                        "hãy lưu lại tệp dạng CSV UTF-8") from None
