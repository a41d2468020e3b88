"""Figures written the way a Vietnamese report writes them, and text fields.

Staff write the report text with fields that expand from the records:

    {postal.revenue}           69,3 tỷ đồng
    {postal.revenue:value}     69,3 tỷ đồng   (same as above)
    {postal.revenue:number}    69,3           (the number alone, in the unit of :value)
    {postal.revenue:status}    ước đạt        ("đạt" for a final figure)
    {postal.revenue:change}    tăng 18% so với năm 2023
    {postal.revenue:full}      ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023
    {postal.revenue:previous}  58,73 tỷ đồng  (the same period a year before)
    {postal.revenue:target}    the planned value
    {postal.revenue:ytd}       the year to date ("lũy kế từ đầu năm"): from the start of the
                               year to the end of the period, by the indicator's time rule
    {postal.revenue:ytdchange} the year to date against the same months a year before

Every figure comes from the figure engine (models/figures.py): typed, rolled up from the
units below, accumulated from shorter periods, counted from records. A field naming an
unknown indicator or form is an error reported before printing; a known one without a
figure is a warning and prints as "(chưa có số liệu)".
"""

from __future__ import annotations

import dataclasses
import re

from collections.abc import Callable

from models.catalog import Indicator
from models.figures import Figure, FigureEngine
from models.numbers import format_count, format_money, format_number
from models.periods import Period
from models.values import change, targets_for
from models.errors import UserError

FIELD = re.compile(r"\{([A-Za-z0-9_.\-]+)(?::([a-z]+))?\}")
FORMS = ("value", "number", "status", "change", "full", "previous", "target", "ytd", "ytdchange")
MISSING = "(chưa có số liệu)"


class FieldError(UserError, ValueError):
    """Unknown fields in a text; ``problems`` lists (field, reason)."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{field}: {reason}" for field, reason in problems))


@dataclasses.dataclass
class Figures:
    """What fields expand from: one org unit and period (see :func:`read`)."""

    period: Period
    indicators: dict[str, Indicator]
    current: dict[int, Figure]
    previous: dict[int, Figure]
    targets: dict[int, float]
    leading_zero: bool = True
    warnings: list[str] = dataclasses.field(default_factory=list)
    used: set[str] = dataclasses.field(default_factory=set)  # the indicator codes phrases were made of
    # The year to date of an indicator, and of the same months a year before.
    year_to_date: Callable[[Indicator], Figure | None] = lambda _indicator: None
    year_to_date_before: Callable[[Indicator], Figure | None] = lambda _indicator: None


def read(engine: FigureEngine, org_unit_id: int, period: Period, indicators: dict[str, Indicator], *,
         leading_zero: bool = True) -> Figures:
    """The figures of an org unit's period and of the same period a year before, by the engine."""
    before = period.previous_comparable()
    return Figures(period, indicators, engine.figures(org_unit_id, period),
                   engine.figures(org_unit_id, before), targets_for(engine.db, org_unit_id, period.key), leading_zero,
                   year_to_date=lambda i: engine.year_to_date(i, org_unit_id, period),
                   year_to_date_before=lambda i: engine.year_to_date(i, org_unit_id, before))


def number_text(indicator: Indicator, value: float, *, leading_zero: bool = True) -> str:
    """The number alone, as it stands before the unit (money in the unit of :value)."""
    if indicator.kind == "money":
        return format_money(value).rsplit(" ", 2)[0] if abs(value) >= 1e6 else format_number(value)
    if indicator.kind == "count":
        return format_count(value, leading_zero=leading_zero)
    return format_number(value)


def value_phrase(indicator: Indicator, value: float, *, leading_zero: bool = True) -> str:
    """"69,3 tỷ đồng", "316.272 thuê bao", "94,7%", "08 cuộc", "3,23 km/điểm"."""
    if indicator.kind == "money":
        return format_money(value)
    if indicator.kind == "percent":
        return f"{format_number(value)}%"
    number = format_count(value, leading_zero=leading_zero) if indicator.kind == "count" else format_number(value)
    return f"{number} {indicator.unit}".strip()


def change_phrase(indicator: Indicator, current: float, previous: float | None, period: Period, *,
                  same_period: bool = False) -> str | None:
    """"tăng 18% so với năm 2023", "giảm 2,5 điểm phần trăm so với cùng kỳ năm 2023", "bằng năm 2023";
    with ``same_period``, always "so với cùng kỳ năm 2023"."""
    delta = change(indicator, current, previous)
    if delta is None:
        return None
    compared = f"cùng kỳ năm {period.year - 1}" if same_period else period.comparison_vi()
    if indicator.change_rule == "relative":
        magnitude = round(abs(delta), 1)
        if magnitude == 0:
            return f"bằng {compared}"
        amount = f"{format_number(magnitude)}%"
    else:
        magnitude = round(abs(delta), 2)
        if magnitude == 0:
            return f"bằng {compared}"
        if indicator.kind == "percent":
            amount = f"{format_number(magnitude)} điểm phần trăm"
        elif indicator.kind == "money":
            amount = format_money(magnitude)
        else:
            amount = f"{format_number(magnitude)} {indicator.unit}".strip()
    verb = "tăng" if delta > 0 else "giảm"
    return f"{verb} {amount} so với {compared}"


def status_word(figure: Figure) -> str:
    return "ước đạt" if figure.status == "estimate" else "đạt"


def phrase(figures: Figures, code: str, form: str = "value") -> str:
    """Expand one field; raises KeyError for an unknown code or form."""
    indicator = figures.indicators[code]
    if form not in FORMS:
        raise KeyError(form)
    figures.used.add(code)
    current = figures.current.get(indicator.id)
    previous = figures.previous.get(indicator.id)
    lead = figures.leading_zero
    if form == "previous":
        return value_phrase(indicator, previous.value, leading_zero=lead) if previous else _missing(figures, code, form)
    if form == "target":
        target = figures.targets.get(indicator.id)
        return value_phrase(indicator, target, leading_zero=lead) if target is not None else _missing(figures, code, form)
    if form in ("ytd", "ytdchange"):
        so_far = figures.year_to_date(indicator)
        if so_far is None:
            return _missing(figures, code, form)
        if form == "ytd":
            return value_phrase(indicator, so_far.value, leading_zero=lead)
        before = figures.year_to_date_before(indicator)
        changed = change_phrase(indicator, so_far.value, before.value if before else None, figures.period,
                                same_period=True)
        return changed or _missing(figures, code, form)
    if current is None:
        return _missing(figures, code, form)
    if form == "value":
        return value_phrase(indicator, current.value, leading_zero=lead)
    if form == "number":
        return number_text(indicator, current.value, leading_zero=lead)
    if form == "status":
        return status_word(current)
    changed = change_phrase(indicator, current.value, previous.value if previous else None, figures.period)
    if form == "change":
        return changed or _missing(figures, code, form)
    full = f"{status_word(current)} {value_phrase(indicator, current.value, leading_zero=lead)}"
    return f"{full}, {changed}" if changed else full


def _missing(figures: Figures, code: str, form: str) -> str:
    figures.warnings.append(f"{{{code}:{form}}}: {MISSING}")
    return MISSING


def check(text: str, figures: Figures) -> list[tuple[str, str]]:
    """Fields of ``text`` that cannot expand: (field, reason)."""
    problems = []
    for match in FIELD.finditer(text or ""):
        code, form = match.group(1), match.group(2) or "value"
        if code not in figures.indicators:
            problems.append((match.group(0), "không có chỉ tiêu mã này"))
        elif form not in FORMS:
            problems.append((match.group(0), f"dạng «{form}» không có (dùng: {', '.join(FORMS)})"))
    return problems


def expand(text: str, figures: Figures) -> str:
    """Replace every field of ``text``; raises FieldError listing the unknown ones."""
    problems = check(text, figures)
    if problems:
        raise FieldError(problems)
    return FIELD.sub(lambda m: phrase(figures, m.group(1), m.group(2) or "value"), text or "")
