"""Indicator values: reading, validating, writing, comparing and rolling up.

One value per (indicator, org unit, period), with its status (``estimate``
for "ước đạt", ``final``) and a note. Writes go through :func:`write_values`,
which validates every change before touching the file and then applies them
all in one transaction: a single edit and a pasted block alike.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from models import access, approvals, audit
from models import catalog
from models.catalog import Indicator
from models.clock import now_iso
from models.dates import format_date
from models.numbers import NumberError, format_number, parse_number
from models.periods import PeriodError, parse_period
from models.progress import NONE as NO_PROGRESS, Progress
from models.text import fold, nfc
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

STATUSES = ("estimate", "final")
# What people type or paste for each status (folded: no diacritics); empty means final.
STATUS_WORDS = {
    "estimate": ("estimate", "uoc", "uoc tinh", "uoc dat", "e"),
    "final": ("final", "chinh thuc", "dat", "f", ""),
}


def read_status(text) -> str | None:
    """"estimate" or "final" from what a user typed, pasted or put in a cell ("ước tính",
    "chính thức", "uoc"...), else None."""
    folded = fold(str(text or "")).strip()
    return next((status for status, words in STATUS_WORDS.items() if folded in words), None)


class ValueRefused(UserError, ValueError):
    """Base for refusals of values; the message is for the user."""


class ValidationError(ValueRefused):
    """One or more changes were refused; nothing was written.

    ``problems`` lists ``(index, field, message)``: the position of the
    change in the batch, the field at fault and why.
    """

    def __init__(self, problems: list[tuple[int, str, str]]):
        self.problems = problems
        first = problems[0]
        more = f" (và {len(problems) - 1} lỗi khác)" if len(problems) > 1 else ""
        super().__init__(f"{first[2]}{more}")


@dataclasses.dataclass(frozen=True)
class IndicatorValue:
    indicator_id: int
    org_unit_id: int
    period: str
    value: float
    status: str
    note: str
    updated_by: str = ""
    updated_at: str = ""


@dataclasses.dataclass(frozen=True)
class ValueChange:
    """A requested change; ``value`` None removes the stored value."""

    indicator_id: int
    org_unit_id: int
    period: str
    value: float | None
    status: str = "final"
    note: str = ""

    @classmethod
    def from_value(cls, stored: IndicatorValue | None, *, indicator_id: int,
                   org_unit_id: int, period: str) -> "ValueChange":
        """The change that restores ``stored`` (or its absence): used by undo."""
        if stored is None:
            return cls(indicator_id, org_unit_id, period, None)
        return cls(indicator_id, org_unit_id, period, stored.value, stored.status, stored.note)


@dataclasses.dataclass(frozen=True)
class TargetChange:
    """A requested change of a target (planned value); ``value`` None removes it."""

    indicator_id: int
    org_unit_id: int
    period: str
    value: float | None

    @classmethod
    def restoring(cls, stored: float | None, *, indicator_id: int, org_unit_id: int,
                  period: str) -> "TargetChange":
        return cls(indicator_id, org_unit_id, period, stored)


Change = ValueChange | TargetChange


# No figure of an office comes near this (a million tỷ đồng); far below where sums of every unit
# and month would lose their digits or overflow (a 400-digit number typed by mistake).
CEILING = 1e15
MAX_NOTE_CHARS = 1_000  # a figure's note is a line or two


def check_value(indicator: Indicator, value: float) -> str | None:
    """Why ``value`` is not acceptable for ``indicator``, or None when it is."""
    if not math.isfinite(value):  # "NaN" or "INF" in a spreadsheet cell
        return f"{indicator.name_vi}: «{value}» không phải là số"
    if abs(value) > CEILING:
        return (f"{indicator.name_vi}: {format_number(value)} vượt quá giới hạn của chương trình "
                f"({format_number(CEILING)})")
    if indicator.is_integer and float(value) != int(value):
        return f"{indicator.name_vi}: phải là số nguyên"
    low, high = indicator.min_value, indicator.max_value
    if low is not None and value < low:
        return f"{indicator.name_vi}: {format_number(value)} nhỏ hơn mức tối thiểu {format_number(low)}"
    if high is not None and value > high:
        return f"{indicator.name_vi}: {format_number(value)} vượt mức tối đa {format_number(high)}"
    return None


def outside_validity(db: Database, unit, period: str) -> str | None:
    """Why a figure of ``unit`` cannot be for ``period`` (the unit did not exist then, naming
    who took over), or None when the period meets the unit's time."""
    if unit.valid_from is None and unit.valid_to is None:
        return None
    start, end = (day.isoformat() for day in parse_period(period).date_range())
    if unit.exists_during(start, end):
        return None
    if unit.valid_to is not None and start > unit.valid_to:
        successors = [row[0] for row in db.execute(
            "SELECT u.name_vi FROM successions s JOIN org_units u ON u.id = s.to_id WHERE s.from_id = ? "
            "ORDER BY u.position", [unit.id])]
        after = f"; từ sau ngày đó số liệu thuộc {', '.join(successors)}" if successors else ""
        return f"{unit.name_vi}: kỳ {period} sau ngày đơn vị thôi hoạt động ({format_date(unit.valid_to)}){after}"
    return f"{unit.name_vi}: kỳ {period} trước ngày đơn vị được thành lập ({format_date(unit.valid_from)})"


def read_value(indicator: Indicator, text: str) -> float:
    """Parse what a user typed for ``indicator``; raises ValueError with the reason."""
    try:
        value = parse_number(text)
    except NumberError as exc:
        raise ValueRefused(f"{indicator.name_vi}: {exc}") from None
    problem = check_value(indicator, value)
    if problem:
        raise ValueRefused(problem)
    return value


BATCH = 5_000  # rows sent to SQLite at a time; a cancel is looked for between batches


def typed_change(indicator: Indicator, current: IndicatorValue | None, org_unit_id: int, period: str, *,
                 value: str | None = None, status: str | None = None, note: str | None = None) -> ValueChange | None:
    """What typing (or pasting) texts into a figure's cells means: ``value``, ``status`` and
    ``note`` are the texts typed, None for a cell not typed. None when nothing changes;
    ValueRefused says why the texts cannot be taken (an empty value removes the figure; a
    status or a note needs a value)."""
    new_value = current.value if current else None
    new_status = current.status if current else "final"
    new_note = current.note if current else ""
    if value is not None:
        new_value = None if value.strip() == "" else read_value(indicator, value)
    if status is not None and status.strip():
        new_status = read_status(status)
        if new_status is None:
            raise ValueRefused(f"Trạng thái: «{status.strip()}» không hợp lệ (ước tính hoặc chính thức)")
    if note is not None:
        new_note = nfc(note.strip())
    if new_value is None and ((status or "").strip() or (note or "").strip()):
        raise ValueRefused(f"{indicator.name_vi}: cần nhập giá trị trước")
    if current is None and new_value is None:
        return None
    if current is not None and (new_value, new_status, new_note) == (current.value, current.status, current.note):
        return None
    return ValueChange(indicator.id, org_unit_id, period, new_value, new_status, new_note)


def typed_target(indicator: Indicator, current: float | None, org_unit_id: int, period: str,
                 text: str) -> TargetChange | None:
    """What typing ``text`` into a figure's target cell means (None: nothing changes)."""
    target = None if text.strip() == "" else read_value(indicator, text)
    return None if target == current else TargetChange(indicator.id, org_unit_id, period, target)


def write_values(db: Database, changes: Sequence[Change], *, source: str | None = None,
                 progress: Progress = NO_PROGRESS, about: dict | None = None) -> None:
    """Validate every change (values and targets), then apply them all in one transaction.

    Raises ValidationError listing each refused change; nothing is written
    unless every change is valid. ``source`` is what a figure's ``updated_by``
    records ("import", "package:ORIGIN:ID"), by default the user acting on
    ``db``. A cancel through ``progress`` between batches rolls everything back. The write
    is one entry of the audit log, naming ``source`` and ``about`` (the file and its digest, the
    package), with a compact row per figure changed (models.audit.figures_recorded).
    """
    access.require(db, "edit_figures")
    problems: list[tuple[int, str, str]] = []
    indicators = {i.id: i for i in catalog.indicators(db, include_inactive=True)}
    units = {u.id: u for u in catalog.org_units(db, include_inactive=True)}
    checked_periods: dict[str, str | None] = {}
    in_time: dict[tuple[int, str], str | None] = {}
    for index, change in enumerate(changes):
        indicator = indicators.get(change.indicator_id)
        if indicator is None:
            problems.append((index, "indicator", f"Chỉ tiêu mã số {change.indicator_id} không có"))
            continue
        if change.org_unit_id not in units:
            problems.append((index, "org_unit", f"Đơn vị mã số {change.org_unit_id} không có"))
        if change.period not in checked_periods:  # a batch repeats few periods: check each once
            try:
                parse_period(change.period)
                checked_periods[change.period] = None
            except PeriodError as exc:
                checked_periods[change.period] = str(exc)
        if checked_periods[change.period]:
            problems.append((index, "period", checked_periods[change.period]))
        elif change.value is not None and change.org_unit_id in units:
            scope = (change.org_unit_id, change.period)
            if scope not in in_time:
                in_time[scope] = outside_validity(db, units[change.org_unit_id], change.period)
            if in_time[scope]:
                problems.append((index, "period", in_time[scope]))
        if change.value is None and isinstance(change, ValueChange) and change.note:
            problems.append((index, "note", f"{indicator.name_vi}: ghi chú cần có giá trị"))
        if isinstance(change, ValueChange) and change.note and len(change.note) > MAX_NOTE_CHARS:
            problems.append((index, "note", f"{indicator.name_vi}: ghi chú dài quá {MAX_NOTE_CHARS} ký tự"))
        if change.value is not None:
            if isinstance(change, ValueChange) and change.status not in STATUSES:
                problems.append((index, "status", f"Trạng thái «{change.status}» không hợp lệ"))
            problem = check_value(indicator, change.value)
            if problem:
                field = "value" if isinstance(change, ValueChange) else "target"
                problems.append((index, field, problem))
    if problems:
        raise ValidationError(problems)
    approvals.check_open(db, ((c.org_unit_id, c.period) for c in changes))
    stamp = now_iso()
    user = source if source is not None else audit.name_of(db)
    integer = {i.id for i in indicators.values() if i.is_integer}
    statements: list[tuple[str, tuple]] = []
    append = statements.append
    for change in changes:
        is_value = isinstance(change, ValueChange)
        if change.value is None:
            append((_DELETE_VALUE if is_value else _DELETE_TARGET,
                    (change.indicator_id, change.org_unit_id, change.period)))
            continue
        value = float(int(change.value)) if change.indicator_id in integer else float(change.value)
        if is_value:
            append((_UPSERT_VALUE, (change.indicator_id, change.org_unit_id, change.period, value, change.status,
                                    nfc(change.note) if change.note else "", user, stamp)))
        else:
            append((_UPSERT_TARGET, (change.indicator_id, change.org_unit_id, change.period, value)))
    # The figures' audit entries are written in one batch (an import writes 100,000 rows).
    with _transaction(db), audit.figures_recorded(db, _scopes(changes), {"source": user, **(about or {})}):
        # Runs of the same statement go to SQLite together, a batch at a time.
        start = 0
        while start < len(statements):
            progress.step(start, len(statements))
            end = start
            while end < len(statements) and end - start < BATCH and statements[end][0] == statements[start][0]:
                end += 1
            db.conn.executemany(statements[start][0], [params for _sql, params in statements[start:end]])
            start = end
        progress.step(len(statements), len(statements))


@contextlib.contextmanager
def _transaction(db: Database) -> Iterator[None]:
    """A transaction of its own, or a part of the caller's (an import, a package) when one is open.

    Not a savepoint inside the caller's: SQLite keeps every page a savepoint changes in a
    sub-journal, and on a file with years of history an import of one year then took 12×
    as long as into an empty file (33 s against 2.8 s; bench/history.py). A failure still
    writes nothing: it reaches the caller, whose transaction rolls back whole."""
    if db.conn.in_transaction:
        yield
    else:
        with db.atomic():
            yield


def _scopes(changes: Sequence[Change]) -> list[tuple[str, list]]:
    """WHERE clauses that cover every (org unit, period) the figures of a batch touch."""
    by_period: dict[str, dict[int, None]] = {}
    for change in changes:
        if isinstance(change, ValueChange):
            by_period.setdefault(change.period, {})[change.org_unit_id] = None
    scopes = []
    for period, units in by_period.items():
        ids = list(units)
        for start in range(0, len(ids), 500):  # well under SQLite's limit of parameters
            part = ids[start:start + 500]
            scopes.append((f"r.period = ? AND r.org_unit_id IN ({', '.join('?' * len(part))})", [period, *part]))
    return scopes


_DELETE_VALUE = "DELETE FROM indicator_values WHERE indicator_id = ? AND org_unit_id = ? AND period = ?"
_DELETE_TARGET = "DELETE FROM targets WHERE indicator_id = ? AND org_unit_id = ? AND period = ?"
_UPSERT_TARGET = """INSERT INTO targets (indicator_id, org_unit_id, period, value) VALUES (?, ?, ?, ?)
    ON CONFLICT (indicator_id, org_unit_id, period) DO UPDATE SET value = excluded.value"""
_UPSERT_VALUE = """INSERT INTO indicator_values
        (indicator_id, org_unit_id, period, value, status, note, updated_by, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (indicator_id, org_unit_id, period) DO UPDATE SET
        value = excluded.value, status = excluded.status, note = excluded.note,
        updated_by = excluded.updated_by, updated_at = excluded.updated_at"""


def targets_for(db: Database, org_unit_id: int, period: str) -> dict[int, float]:
    """Targets of one org unit and period, by indicator id."""
    return {row[0]: row[1] for row in db.execute(
        "SELECT indicator_id, value FROM targets WHERE org_unit_id = ? AND period = ?",
        [org_unit_id, period])}


def values_for(db: Database, org_unit_id: int, period: str,
               indicator_ids: Iterable[int] | None = None) -> dict[int, IndicatorValue]:
    """Stored values of one org unit and period, by indicator id."""
    sql = "SELECT * FROM indicator_values WHERE org_unit_id = ? AND period = ?"
    params: list = [org_unit_id, period]
    if indicator_ids is not None:
        ids = list(indicator_ids)
        sql += f" AND indicator_id IN ({','.join('?' * len(ids)) or 'NULL'})"
        params += ids
    return {r["indicator_id"]: _value(r) for r in db.execute_returning_dicts(sql, params)}


def get_value(db: Database, indicator_id: int, org_unit_id: int, period: str) -> IndicatorValue | None:
    rows = db.execute_returning_dicts(
        "SELECT * FROM indicator_values WHERE indicator_id = ? AND org_unit_id = ? AND period = ?",
        [indicator_id, org_unit_id, period])
    return _value(rows[0]) if rows else None


def _value(row: dict) -> IndicatorValue:
    return IndicatorValue(row["indicator_id"], row["org_unit_id"], row["period"], row["value"],
                          row["status"], row["note"], row["updated_by"], row["updated_at"])


# ---------------------------------------------------------------- comparing


def change(indicator: Indicator, current: float | None, previous: float | None) -> float | None:
    """The change from ``previous`` to ``current`` by the indicator's rule.

    ``relative``: in percent of the previous value (None when it is 0);
    ``absolute``: the difference, in the indicator's unit (percentage points
    for a percentage).
    """
    if current is None or previous is None:
        return None
    if indicator.change_rule == "absolute":
        return current - previous
    if previous == 0:
        return None
    return (current - previous) / abs(previous) * 100.0


def format_change(indicator: Indicator, delta: float | None) -> str:
    """The change as the grid shows it: "+18%", "−17%", "+3", "+2,5 điểm %"."""
    if delta is None:
        return ""
    sign = "+" if delta > 0 else ("−" if delta < 0 else "±")
    magnitude = abs(delta)
    if indicator.change_rule == "relative":
        return f"{sign}{format_number(round(magnitude, 1))}%"
    if indicator.kind == "percent":
        return f"{sign}{format_number(round(magnitude, 2))} điểm %"
    return f"{sign}{format_number(round(magnitude, 2))}"


def latest_period(db: Database) -> str | None:
    """The most recent year that has any value, as a period key (None if none)."""
    # Every period key starts with its year, so the largest key has the latest year; MAX of the
    # column itself is one step down the index that leads with the period (not a read of all values).
    row = db.execute("SELECT substr(MAX(period), 1, 4) FROM indicator_values").fetchone()
    return row[0] if row and row[0] else None
