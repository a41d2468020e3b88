"""How catalog records, periods and moments read in the interface's language.

The language is the one the application chose at start (ui/app.py sets QLocale's default
with the translator), so a screen need not be handed it to name things the user's way.
Printed reports do not come here: they are Vietnamese documents whatever the interface.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from models.dates import format_date, format_datetime
from models.periods import Period, parse_period


def language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "vi"


def name(record) -> str:
    """A sector's, indicator's or org unit's name in the interface's language."""
    return record.name(language())


def unit(indicator) -> str:
    return indicator.unit_in(language())


def period(value: Period | str) -> str:
    """"quý III năm 2024" or "Q3 2024"."""
    return (parse_period(value) if isinstance(value, str) else value).label(language())


def moment(iso: str | None) -> str:
    """"30/11/2026 14:05", in local time, from a stored ISO moment (empty for none)."""
    return format_datetime(iso) if iso else ""


def day(iso: str | None) -> str:
    """"30/11/2026" from a stored ISO date or moment."""
    return format_date(iso[:10]) if iso else ""


def message(error: BaseException | str) -> str:
    """A user's error (or a message of models/) in the interface's language."""
    from models.errors import describe
    from models.messages import translate

    return translate(error if isinstance(error, str) else describe(error), language())


def problem_line(problem) -> str:
    """A check's problem (models.validation.Problem) as one line: "Lỗi: …" or "Cảnh báo: …"."""
    from PySide6.QtCore import QCoreApplication

    if problem.importance == "error":
        line = QCoreApplication.translate("Labels", "Error: %1")
    else:
        line = QCoreApplication.translate("Labels", "Warning: %1")
    return line.replace("%1", message(problem.message))
