"""Reporting periods: keys, date ranges and the comparable period a year before.

Keys: ``2024`` (year), ``2024-H1``/``2024-H2`` (half-years), ``2024-Q1`` to
``2024-Q4`` (quarters), ``2024-01`` to ``2024-12`` (months) and ``2024-9M``
(the first nine months). Two ways of cutting dates are supported:

* ``calendar``: a month is the calendar month, the year 1 January to
  31 December;
* ``decree09``: the reporting cut-off of Decree 09/2019/NĐ-CP: a month runs
  from the 15th of the previous month to the 14th, the year from 15 December
  of the previous year to 14 December.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from models.errors import UserError

CALENDAR = "calendar"
DECREE09 = "decree09"
RULES = (CALENDAR, DECREE09)

YEAR, HALF, QUARTER, MONTH, NINE_MONTHS = "year", "half", "quarter", "month", "9m"
KINDS = (YEAR, HALF, QUARTER, MONTH, NINE_MONTHS)

_KEY = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]|9M))?$")

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


class PeriodError(UserError, ValueError):
    """A period key that cannot be read; the message names the key."""


@dataclasses.dataclass(frozen=True, order=True)
class Period:
    """One reporting period: a year plus which part of it."""

    year: int
    kind: str
    index: int = 1  # half 1-2, quarter 1-4, month 1-12; 1 for year and 9m

    @functools.cached_property  # asked for often (the figure engine keys everything by it)
    def key(self) -> str:
        if self.kind == YEAR:
            return f"{self.year}"
        if self.kind == HALF:
            return f"{self.year}-H{self.index}"
        if self.kind == QUARTER:
            return f"{self.year}-Q{self.index}"
        if self.kind == MONTH:
            return f"{self.year}-{self.index:02d}"
        return f"{self.year}-9M"

    def __str__(self) -> str:
        return self.key

    @property
    def months(self) -> tuple[int, int]:
        """First and last calendar month the period covers."""
        if self.kind == YEAR:
            return 1, 12
        if self.kind == HALF:
            return (1, 6) if self.index == 1 else (7, 12)
        if self.kind == QUARTER:
            return 3 * self.index - 2, 3 * self.index
        if self.kind == MONTH:
            return self.index, self.index
        return 1, 9

    def date_range(self, rule: str = CALENDAR) -> tuple[dt.date, dt.date]:
        """First and last day (both inclusive) under ``rule``."""
        first, last = self.months
        if rule == CALENDAR:
            start = dt.date(self.year, first, 1)
            end = _last_day(self.year, last)
        elif rule == DECREE09:
            start = _shift_month(self.year, first, -1).replace(day=15)
            end = dt.date(self.year, last, 14)
        else:
            raise PeriodError(f"Unknown period rule {rule!r}")
        return start, end

    def contains(self, day: dt.date, rule: str = CALENDAR) -> bool:
        start, end = self.date_range(rule)
        return start <= day <= end

    def previous_comparable(self) -> "Period":
        """The same period a year before ("cùng kỳ")."""
        return dataclasses.replace(self, year=self.year - 1)

    def label_vi(self) -> str:
        """How a Vietnamese report names the period: "năm 2024", "quý III năm 2024"."""
        if self.kind == YEAR:
            return f"năm {self.year}"
        if self.kind == HALF:
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.year}"
        if self.kind == QUARTER:
            return f"quý {_ROMAN[self.index]} năm {self.year}"
        if self.kind == MONTH:
            return f"tháng {self.index} năm {self.year}"
        return f"9 tháng năm {self.year}"

    def label_en(self) -> str:
        """The period in the English interface: "2024", "Q3 2024", "first half of 2024"."""
        if self.kind == YEAR:
            return str(self.year)
        if self.kind == HALF:
            return f"{'first' if self.index == 1 else 'second'} half of {self.year}"
        if self.kind == QUARTER:
            return f"Q{self.index} {self.year}"
        if self.kind == MONTH:
            return f"{_MONTHS_EN[self.index - 1]} {self.year}"
        return f"first 9 months of {self.year}"

    def label(self, language: str = "vi") -> str:
        return self.label_en() if language == "en" else self.label_vi()

    def next_label_vi(self) -> str:
        """The period a report's "next tasks" are for: năm 2025 after năm 2024, quý IV after quý III."""
        if self.kind == YEAR:
            return f"năm {self.year + 1}"
        if self.kind == HALF:
            return f"6 tháng cuối năm {self.year}" if self.index == 1 else f"6 tháng đầu năm {self.year + 1}"
        if self.kind == QUARTER:
            return Period(self.year + self.index // 4, QUARTER, self.index % 4 + 1).label_vi()
        if self.kind == MONTH:
            return Period(self.year + self.index // 12, MONTH, self.index % 12 + 1).label_vi()
        return f"quý IV năm {self.year}"

    def comparison_vi(self) -> str:
        """What a figure is compared with: "năm 2023", "cùng kỳ năm 2023"."""
        previous = self.previous_comparable()
        return f"năm {previous.year}" if self.kind == YEAR else f"cùng kỳ năm {previous.year}"


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@functools.cache
def parts_of(period: Period) -> tuple[Period, ...]:
    """The shorter periods a period is made of, in order, each made of shorter ones in turn:
    a year of two halves, a half of two quarters, nine months of the first half and the third
    quarter, a quarter of three months; a month of nothing."""
    if period.kind == YEAR:
        return Period(period.year, HALF, 1), Period(period.year, HALF, 2)
    if period.kind == HALF:
        return Period(period.year, QUARTER, 2 * period.index - 1), Period(period.year, QUARTER, 2 * period.index)
    if period.kind == NINE_MONTHS:
        return Period(period.year, HALF, 1), Period(period.year, QUARTER, 3)
    if period.kind == QUARTER:
        return tuple(Period(period.year, MONTH, m) for m in range(3 * period.index - 2, 3 * period.index + 1))
    return ()


@functools.cache
def within(period: Period) -> tuple[Period, ...]:
    """Every period inside ``period`` that its parts are read from (its parts, theirs...)."""
    out: list[Period] = []
    frontier = list(parts_of(period))
    while frontier:
        out += frontier
        frontier = [p for part in frontier for p in parts_of(part)]
    return tuple(out)


@functools.cache
def months_in(period: Period) -> tuple[Period, ...]:
    """The months a period covers, in order."""
    first, last = period.months
    return tuple(Period(period.year, MONTH, m) for m in range(first, last + 1))


def year_to_date(period: Period) -> list[Period]:
    """The periods that together cover 1 January (or the year's cut-off) to the end of
    ``period``: the year, the nine months, the first half or the first quarter when one of
    them ends there; else those whole quarters and the months after them."""
    last = period.months[1]
    whole = {12: Period(period.year, YEAR), 9: Period(period.year, NINE_MONTHS), 6: Period(period.year, HALF, 1),
             3: Period(period.year, QUARTER, 1)}
    if last in whole:
        return [whole[last]]
    quarters = last // 3
    return ([Period(period.year, QUARTER, q) for q in range(1, quarters + 1)]
            + [Period(period.year, MONTH, m) for m in range(3 * quarters + 1, last + 1)])


def parse_period(key: str) -> Period:
    """Read a period key such as ``2024-Q3``; raises PeriodError when malformed."""
    match = _KEY.match((key or "").strip())
    if not match:
        raise PeriodError(
            f"Kỳ «{key}» không đúng dạng (ví dụ: 2024, 2024-H1, 2024-Q3, 2024-07, 2024-9M)"
        )
    year, part = int(match.group(1)), match.group(2)
    if part is None:
        return Period(year, YEAR)
    if part.startswith("H"):
        return Period(year, HALF, int(part[1]))
    if part.startswith("Q"):
        return Period(year, QUARTER, int(part[1]))
    if part == "9M":
        return Period(year, NINE_MONTHS)
    return Period(year, MONTH, int(part))


def periods_of_kind(year: int, kind: str) -> list[Period]:
    """Every period of ``kind`` in ``year``, in order."""
    count = {YEAR: 1, HALF: 2, QUARTER: 4, MONTH: 12, NINE_MONTHS: 1}[kind]
    return [Period(year, kind, i) for i in range(1, count + 1)]


def _last_day(year: int, month: int) -> dt.date:
    return _shift_month(year, month, 1) - dt.timedelta(days=1)


def _shift_month(year: int, month: int, delta: int) -> dt.date:
    """First day of the month ``delta`` months from ``year``-``month``."""
    total = year * 12 + (month - 1) + delta
    return dt.date(total // 12, total % 12 + 1, 1)
