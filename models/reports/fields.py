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
    {postal.revenue:plan}      đạt 123,4% kế hoạch (the figure against its target)
    {postal.revenue:delta}     tăng 10,57 tỷ đồng so với năm 2023 (the change in the unit)

Options follow the form, separated by commas — ``{postal.items:value,trieu,d1}``:

    d0 d1 d2 d3   decimals of the number or of the change (rounded half up: 70,149 → 70,15)
    cungky        compare with "cùng kỳ năm 2023" (a part of a year already does)
    nghin trieu ty  the scale word: "2,4 triệu bưu gửi", "158.674 triệu đồng"
    00 no00       counts under 10 with or without a leading zero ("08"), for this field

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
from models.numbers import format_count, format_number
from models.periods import Period
from models.values import change, targets_for
from models.errors import UserError

FIELD = re.compile(r"\{([A-Za-z0-9_.\-]+)(?::([a-z0-9,]+))?\}")
FORMS = ("value", "number", "status", "change", "full", "previous", "target", "ytd", "ytdchange", "plan", "delta")
SCALES = {"nghin": (1e3, "nghìn"), "trieu": (1e6, "triệu"), "ty": (1e9, "tỷ")}
OPTIONS = ("d0", "d1", "d2", "d3", "cungky", *SCALES, "00", "no00")


@dataclasses.dataclass(frozen=True)
class Options:
    """How one field writes its figure (see the module's docstring)."""

    decimals: int | None = None
    same_period: bool = False
    scale: tuple[float, str] | None = None
    leading_zero: bool | None = None


def parse_spec(spec: str | None) -> tuple[str, Options, list[str]]:
    """(form, options, unknown words) of what follows the code: "change,d2,cungky"."""
    words = [w for w in (spec or "").split(",") if w]
    form = words.pop(0) if words and words[0] in FORMS else "value"
    options, unknown = {}, []
    for word in words:
        if word in ("d0", "d1", "d2", "d3"):
            options["decimals"] = int(word[1])
        elif word == "cungky":
            options["same_period"] = True
        elif word in SCALES:
            options["scale"] = SCALES[word]
        elif word in ("00", "no00"):
            options["leading_zero"] = word == "00"
        else:
            unknown.append(word)
    return form, Options(**options), unknown


def rounded(value: float, decimals: int | None) -> str:
    """The number in Vietnamese style; with ``decimals``, rounded half up to that many and
    trailing zeros dropped (70,149 with two: 70,15)."""
    if decimals is None:
        return format_number(value)
    from decimal import ROUND_HALF_UP, Decimal

    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = format_number(float(exact), decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text
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


def _money_scale(value: float, opts: Options) -> tuple[float, str]:
    """The divisor and word money is written in: the option's, else as format_money does."""
    if opts.scale:
        return opts.scale
    if abs(value) >= 1e9:
        return SCALES["ty"]
    if abs(value) >= 1e6:
        return SCALES["trieu"]
    return (1.0, "")


def number_text(indicator: Indicator, value: float, *, leading_zero: bool = True, opts: Options = Options()) -> str:
    """The number alone, as it stands before the unit (money in the unit of :value)."""
    lead = leading_zero if opts.leading_zero is None else opts.leading_zero
    if indicator.kind == "money":
        divisor, _word = _money_scale(value, opts)
        return rounded(value / divisor, opts.decimals if opts.decimals is not None else 2)
    if opts.scale:
        return rounded(value / opts.scale[0], opts.decimals if opts.decimals is not None else 2)
    if indicator.kind == "count" and opts.decimals is None:
        return format_count(value, leading_zero=lead)
    return rounded(value, opts.decimals)


def value_phrase(indicator: Indicator, value: float, *, leading_zero: bool = True, opts: Options = Options()) -> str:
    """"69,3 tỷ đồng", "316.272 thuê bao", "94,7%", "08 cuộc", "3,23 km/điểm"; with a scale
    option "2,4 triệu bưu gửi", "158.674 triệu đồng"."""
    number = number_text(indicator, value, leading_zero=leading_zero, opts=opts)
    if indicator.kind == "money":
        word = _money_scale(value, opts)[1]
        return f"{number} {word} đồng".replace("  ", " ")
    if indicator.kind == "percent":
        return f"{number}%"
    word = f" {opts.scale[1]}" if opts.scale else ""
    return f"{number}{word} {indicator.unit}".strip()


def change_phrase(indicator: Indicator, current: float, previous: float | None, period: Period, *,
                  same_period: bool = False, opts: Options = Options(), in_units: bool = False) -> str | None:
    """"tăng 18% so với năm 2023", "giảm 2,5 điểm phần trăm so với cùng kỳ năm 2023", "bằng năm 2023";
    with ``same_period`` (or the cungky option), always "so với cùng kỳ năm 2023"; ``in_units``
    writes the change in the indicator's unit whatever its rule ("tăng 10,57 tỷ đồng")."""
    if previous is None:
        return None
    relative = indicator.change_rule == "relative" and not in_units
    delta = change(indicator, current, previous) if relative else current - previous
    if delta is None:
        return None
    compared = (f"cùng kỳ năm {period.year - 1}" if same_period or opts.same_period
                else period.comparison_vi())
    if relative:
        amount = f"{rounded(abs(delta), opts.decimals if opts.decimals is not None else 1)}%"
    elif indicator.kind == "percent":
        amount = f"{rounded(abs(delta), opts.decimals if opts.decimals is not None else 2)} điểm phần trăm"
    else:
        amount = value_phrase(indicator, abs(delta), leading_zero=False,
                              opts=dataclasses.replace(opts, decimals=opts.decimals if opts.decimals is not None
                                                       else (None if indicator.kind != "money" else 2)))
    if _is_zero(amount):  # nothing left once rounded as it is written
        return f"bằng {compared}"
    verb = "tăng" if delta > 0 else "giảm"
    return f"{verb} {amount} so với {compared}"


def _is_zero(amount: str) -> bool:
    digits = amount.split(" ")[0].rstrip("%")
    return digits.replace(".", "").replace(",", "").strip("0") == ""


def status_word(figure: Figure) -> str:
    return "ước đạt" if figure.status == "estimate" else "đạt"


def phrase(figures: Figures, code: str, form: str = "value") -> str:
    """Expand one field (``form`` with its options: "change,d2,cungky"); raises KeyError for an
    unknown code, form or option."""
    indicator = figures.indicators[code]
    form, opts, unknown = parse_spec(form)
    if unknown:
        raise KeyError(unknown[0])
    figures.used.add(code)
    current = figures.current.get(indicator.id)
    previous = figures.previous.get(indicator.id)
    lead = figures.leading_zero
    shown = lambda v: value_phrase(indicator, v, leading_zero=lead, opts=opts)  # noqa: E731
    if form == "previous":
        return shown(previous.value) if previous else _missing(figures, code, form)
    if form == "target":
        target = figures.targets.get(indicator.id)
        return shown(target) if target is not None else _missing(figures, code, form)
    if form in ("ytd", "ytdchange"):
        so_far = figures.year_to_date(indicator)
        if so_far is None:
            return _missing(figures, code, form)
        if form == "ytd":
            return shown(so_far.value)
        before = figures.year_to_date_before(indicator)
        changed = change_phrase(indicator, so_far.value, before.value if before else None, figures.period,
                                same_period=True, opts=opts)
        return changed or _missing(figures, code, form)
    if current is None:
        return _missing(figures, code, form)
    if form == "value":
        return shown(current.value)
    if form == "number":
        return number_text(indicator, current.value, leading_zero=lead, opts=opts)
    if form == "status":
        return status_word(current)
    if form == "plan":
        target = figures.targets.get(indicator.id)
        if not target:
            return _missing(figures, code, form)
        share = rounded(current.value / target * 100, opts.decimals if opts.decimals is not None else 1)
        return f"{status_word(current)} {share}% kế hoạch"
    before = previous.value if previous else None
    if form == "delta":
        return change_phrase(indicator, current.value, before, figures.period, opts=opts,
                             in_units=True) or _missing(figures, code, form)
    changed = change_phrase(indicator, current.value, before, figures.period, opts=opts)
    if form == "change":
        return changed or _missing(figures, code, form)
    full = f"{status_word(current)} {shown(current.value)}"
    return f"{full}, {changed}" if changed else full


def _missing(figures: Figures, code: str, form: str) -> str:
    figures.warnings.append(f"{{{code}:{form}}}: {MISSING}")
    return MISSING


def check(text: str, figures: Figures) -> list[tuple[str, str]]:
    """Fields of ``text`` that cannot expand: (field, reason)."""
    problems = []
    for match in FIELD.finditer(text or ""):
        code = match.group(1)
        form, _opts, unknown = parse_spec(match.group(2))
        if code not in figures.indicators:
            problems.append((match.group(0), "không có chỉ tiêu mã này"))
        elif unknown:
            words = ", ".join(f"«{w}»" for w in unknown)
            problems.append((match.group(0), f"dạng hoặc tùy chọn {words} không có (dạng: {', '.join(FORMS)}; "
                                             f"tùy chọn: {', '.join(OPTIONS)})"))
    return problems


def expand(text: str, figures: Figures) -> str:
    """Replace every field of ``text``; raises FieldError listing the unknown ones."""
    problems = check(text, figures)
    if problems:
        raise FieldError(problems)
    return FIELD.sub(lambda m: phrase(figures, m.group(1), m.group(2) or "value"), text or "")
