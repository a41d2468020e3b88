"""Figures that add up: the one answer to "what is indicator I for org unit U in period P,
and where does it come from", used by every screen, report and export.

In this order, the first that gives a figure:

1. typed: the value stored for (U, P);
2. records: for the inspection indicators (models.inspection.computed), counted from the
   inspection records of U and the units under it, when they keep such records;
3. ratio: a rate whose numerator and denominator are in the catalog, computed from their
   figures for (U, P) (so a province's rate is the ratio of its sums, not a mean of rates);
4. rolled up from U's children by the indicator's roll-up rule (sum, mean; none: not
   rolled up), each child contributing its own figure, found the same way;
0. succeeded: for a period that ended before U took over from the units it succeeds (a
   merger, a split, a rename of 2025: the ``successions`` table), the figure of those
   predecessors, found the same way: shares of a sum (a split unit passes ``share`` of
   its counts and amounts), the plain mean of rates (a rate is never split). So the
   "same period a year before" of a 2025 province is its predecessors' 2024;
5. accumulated from the shorter periods inside P by the indicator's time rule: ``sum`` for
   flows, ``last`` for stocks (the latest part that has a figure), ``mean`` for rates,
   ``none`` for figures that never accumulate. A year is made of halves, a half of
   quarters, nine months of the first half and the third quarter, a quarter of months;
   each part is found the same way, so months typed by a commune become its quarter,
   its year and, rolled up, the province's year.

Every Figure carries its provenance: how it was found, from how many of how many
contributors (units or months), whether every one of them had a figure all the way
down, and whether any was an estimate (then the figure is one, "ước đạt").

An engine reads typed values with set-based SQL: one query per request, for the whole
subtree of the org unit and every period inside the one asked for; what it has worked
out is remembered for the engine's life (one screen refresh or one report).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from models import catalog
from models.catalog import Indicator
from models.inspection.computed import COMPUTED
from models.periods import MONTH, Period, months_in, parse_period, parts_of, within, year_to_date

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

TYPED, RECORDS, RATIO, ROLLED_UP, ACCUMULATED = "typed", "records", "ratio", "rolled_up", "accumulated"
SUCCEEDED = "succeeded"
_CHUNK = 900  # org units per query: well under SQLite's limit of parameters


@dataclasses.dataclass(frozen=True)
class Figure:
    value: float
    origin: str  # TYPED, RECORDS, RATIO, ROLLED_UP or ACCUMULATED
    estimate: bool = False  # an estimate anywhere in what it is made of
    parts: int = 1  # contributors that had a figure: child units (rolled up) or months (accumulated)
    of: int = 1  # contributors expected
    complete: bool = True  # every contributor had a figure, all the way down
    missing: tuple[int, ...] = ()  # child org units (rolled up) or predecessors (succeeded) without a figure
    sources: tuple[int, ...] = ()  # the predecessors a succeeded figure comes from

    @property
    def status(self) -> str:
        return "estimate" if self.estimate else "final"

    def provenance_vi(self, unit_names: dict[int, str] | None = None) -> str:
        """Where the figure comes from, as a report's footnote says it."""
        if self.origin == TYPED:
            return "số liệu nhập trực tiếp"
        if self.origin == RECORDS:
            return "tính từ hồ sơ thanh tra, kiểm tra"
        if self.origin == RATIO:
            return "tính từ tử số và mẫu số"
        if self.origin == SUCCEEDED:
            names = ", ".join((unit_names or {}).get(u, str(u)) for u in self.sources)
            return f"số liệu của các đơn vị trước sắp xếp: {names}"
        if self.origin == ROLLED_UP:
            text = f"số liệu tổng hợp từ {self.parts}/{self.of} đơn vị"
            if self.missing and unit_names:
                text += " (chưa có: " + ", ".join(unit_names.get(u, str(u)) for u in self.missing) + ")"
            return text
        return f"số liệu lũy kế từ {self.parts}/{self.of} tháng"


class FigureEngine:
    """Figures of one database as it stands (make a new engine after a write)."""

    def __init__(self, db: Database, *, indicators: Iterable[Indicator] | None = None):
        self.db = self._db = db
        self._indicators = {i.id: i for i in (indicators or catalog.indicators(db, include_inactive=True))}
        self._children: dict[int, list[int]] = {}
        units = [unit for unit, _depth in catalog.org_unit_tree(db)]
        self._unit_count = len(units)
        for unit in units:
            if unit.parent_id is not None:
                self._children.setdefault(unit.parent_id, []).append(unit.id)
        self._typed: dict[tuple[int, int, str], tuple[float, bool]] = {}  # (value, an estimate)
        self._ever_typed: set[int] = set()  # indicators with a typed value among those read
        self._prepared: set[tuple[int, str, int]] = set()  # (top unit, period key, indicator id) read
        self._own_read: set[tuple[int, str]] = set()  # (unit, period key) whose own values were read
        self._memo: dict[tuple, Figure | None] = {}
        self._records: dict[tuple[int, str], dict[str, float] | None] = {}
        self._keeps_records: dict[int, bool] = {}
        self._predecessors: dict[int, list[tuple[int, str, float]]] = {}  # unit: (from unit, date, share)
        if "successions" in db.table_names():
            for from_id, to_id, date, share in db.execute("SELECT from_id, to_id, date, share FROM successions "
                                                          "ORDER BY to_id, date, from_id"):
                self._predecessors.setdefault(to_id, []).append((from_id, date, share))
        # Units whose typed figure is their figure, nothing to work out: no units under them, none before them
        self._leaves = {u.id for u in units} - self._children.keys() - self._predecessors.keys()

    # ------------------------------------------------------------ asking

    def figures(self, org_unit_id: int, period: str | Period,
                indicators: Sequence[Indicator] | None = None) -> dict[int, Figure]:
        """The figures of ``indicators`` (default: all) for an org unit and period, by indicator id;
        an indicator with no figure by any way is left out."""
        period = parse_period(period) if isinstance(period, str) else period
        indicators = list(indicators) if indicators is not None else list(self._indicators.values())
        self._read_own(org_unit_id, period)
        # What was typed for this very cell is the answer: only the others need the units below
        # and the shorter periods (a province that types its own figures reads nothing more).
        lacking = [i for i in indicators if (i.id, org_unit_id, period.key) not in self._typed]
        if lacking:
            self._prepare(org_unit_id, [period], lacking)
        out = {}
        for indicator in indicators:
            found = self._figure(indicator, org_unit_id, period)
            if found is not None:
                out[indicator.id] = found
        return out

    def figure(self, indicator: Indicator, org_unit_id: int, period: str | Period) -> Figure | None:
        return self.figures(org_unit_id, period, [indicator]).get(indicator.id)

    def over(self, indicator: Indicator, org_unit_id: int, periods: Sequence[Period]) -> list[Figure | None]:
        """One indicator's figures over several periods (a trend); what the unit typed itself is
        read first, the units and months below only for the periods that lack it."""
        for period in periods:
            self._read_own(org_unit_id, period)
        lacking = [p for p in periods if (indicator.id, org_unit_id, p.key) not in self._typed]
        if lacking:
            self._prepare(org_unit_id, lacking, [indicator])
        return [self._figure(indicator, org_unit_id, period) for period in periods]

    def computed(self, indicator: Indicator, org_unit_id: int, period: str | Period) -> Figure | None:
        """The figure as the engine works it out without the value typed for this very cell (what the
        grid shows beside the typed one)."""
        return self.computed_figures(org_unit_id, period, [indicator]).get(indicator.id)

    def computed_figures(self, org_unit_id: int, period: str | Period,
                         indicators: Sequence[Indicator]) -> dict[int, Figure]:
        """:meth:`computed` for several indicators, read in one query; by indicator id, those
        with no figure left out."""
        period = parse_period(period) if isinstance(period, str) else period
        self._prepare(org_unit_id, [period], indicators)
        found = {i.id: self._figure(i, org_unit_id, period, own=False) for i in indicators}
        return {key: figure for key, figure in found.items() if figure is not None}

    def year_to_date(self, indicator: Indicator, org_unit_id: int, period: str | Period) -> Figure | None:
        """From the start of the year to the end of ``period``, by the indicator's time rule
        ("lũy kế từ đầu năm")."""
        period = parse_period(period) if isinstance(period, str) else period
        pieces = year_to_date(period)
        self._prepare(org_unit_id, pieces, [indicator])
        if len(pieces) == 1:
            return self._figure(indicator, org_unit_id, pieces[0])
        return self._combine(indicator, org_unit_id, pieces, 1, period.months[1])

    # ------------------------------------------------------------ reading

    def _subtree(self, org_unit_id: int, *, predecessors: bool = True) -> list[int]:
        """The unit, the units under it and (unless not ``predecessors``) the units they succeeded
        with theirs, each once."""
        out, seen, frontier = [org_unit_id], {org_unit_id}, [org_unit_id]
        while frontier:
            frontier = [other for unit in frontier
                        for other in (*self._children.get(unit, []),
                                      *((p[0] for p in self._predecessors.get(unit, [])) if predecessors else ()))
                        if other not in seen]
            seen.update(frontier)
            out += frontier
        return out

    def _read_own(self, org_unit_id: int, period: Period) -> None:
        """The values typed for the unit itself in this period, in one small query."""
        if (org_unit_id, period.key) in self._own_read:
            return
        self._own_read.add((org_unit_id, period.key))
        rows = self._db.execute("SELECT indicator_id, value, status = 'estimate' FROM indicator_values "
                                "WHERE org_unit_id = ? AND period = ?", [org_unit_id, period.key]).fetchall()
        self._typed.update(((row[0], org_unit_id, period.key), (row[1], row[2])) for row in rows)
        self._ever_typed.update(row[0] for row in rows)

    def _prepare(self, org_unit_id: int, periods: Sequence[Period], indicators: Sequence[Indicator], *,
                 nested: bool = True) -> None:
        """Read, in one query, the typed values needed for these figures: the unit's subtree, the
        periods and every period inside them (unless not ``nested``), the indicators and the parts
        of the rates among them."""
        wanted = {i.id for i in indicators}
        wanted |= {part for i in indicators if i.is_ratio for part in (i.numerator_id, i.denominator_id)}
        keys = {p.key for period in periods for p in ((period, *within(period)) if nested else (period,))}
        needed = {(org_unit_id, k, i) for k in keys for i in wanted} - self._prepared
        if not needed:
            return
        keys = sorted({k for _u, k, _i in needed})
        ids = sorted({i for _u, _k, i in needed})
        units = self._subtree(org_unit_id)
        select = ("SELECT indicator_id, org_unit_id, period, value, status = 'estimate' FROM indicator_values "
                  "{index} WHERE period IN ({keys}) AND indicator_id IN ({ids})").format
        marks = {"keys": ",".join("?" * len(keys)), "ids": ",".join("?" * len(ids))}
        if len(units) * 2 >= self._unit_count:
            # Most of the tree (a province): the rows of these periods, down the period index, rather
            # than a probe of the unique index for every unit, indicator and period (on a province
            # whose 990 communes typed only their years, 1.2 million probes found 64,000 rows: 4x slower)
            inside = set(units)
            rows = [row for row in self._db.execute(select(index="INDEXED BY indicator_values_period", **marks),
                                                    [*keys, *ids]) if row[1] in inside]
        else:
            rows = []
            for start in range(0, len(units), _CHUNK):
                chunk = units[start:start + _CHUNK]
                rows += self._db.execute(select(index="", **marks) + f" AND org_unit_id IN ({','.join('?' * len(chunk))})",
                                         [*keys, *ids, *chunk]).fetchall()
        self._typed.update(((row[0], row[1], row[2]), (row[3], row[4])) for row in rows)
        self._ever_typed.update(row[0] for row in rows)
        self._prepared |= needed

    def _record_figures(self, org_unit_id: int, period: Period) -> dict[str, float] | None:
        """The inspection indicators counted from the records, when the unit (or one under it)
        keeps inspection records at all; None otherwise (a 0 would be a false figure)."""
        from models.inspection import computed

        if org_unit_id not in self._keeps_records:  # its own records: a predecessor's are its own
            units = self._subtree(org_unit_id, predecessors=False)
            marks = ",".join("?" * len(units))
            self._keeps_records[org_unit_id] = any(self._db.execute(
                f"SELECT 1 FROM {table} WHERE deleted_at IS NULL AND org_unit_id IN ({marks}) LIMIT 1",
                units).fetchone() for table in ("inspections", "violations", "petitions"))
        if not self._keeps_records[org_unit_id]:
            return None
        key = (org_unit_id, period.key)
        if key not in self._records:
            self._records[key] = computed.compute(self._db, org_unit_id, period.key)
        return self._records[key]

    # ------------------------------------------------------------ working out

    def _figure(self, indicator: Indicator, unit: int, period: Period, *, own: bool = True) -> Figure | None:
        key = (indicator.id, unit, period.key, own)
        if key in self._memo:
            return self._memo[key]
        typed = self._typed.get(key[:3]) if own else None
        if typed is not None:
            found = Figure(typed[0], TYPED, typed[1])
        elif self._before_succession(unit, period):
            found = self._succeeded(indicator, unit, period)
        else:
            found = self._from_records(indicator, unit, period) or self._ratio(indicator, unit, period)
            if found is None and indicator.id in self._ever_typed:  # else nothing below to add up: not searched
                found = self._rolled_up(indicator, unit, period) or self._accumulated(indicator, unit, period)
        self._memo[key] = found
        return found

    def _before_succession(self, unit: int, period: Period) -> bool:
        """Whether the period ended before the unit took over from its predecessors."""
        predecessors = self._predecessors.get(unit)
        return bool(predecessors) and period.date_range()[1].isoformat() < min(date for _f, date, _s in predecessors)

    def _succeeded(self, indicator: Indicator, unit: int, period: Period) -> Figure | None:
        if indicator.is_ratio:  # the rate of the predecessors' summed parts, as for a roll-up
            return self._ratio(indicator, unit, period)
        sources = self._predecessors[unit]
        found = [(source, share, self._figure(indicator, source, period)) for source, _date, share in sources]
        present = [(share, f) for _source, share, f in found if f is not None]
        if not present:
            return None
        if indicator.rollup == "none" and len(sources) > 1:
            return None  # a figure that does not add across units (a rank, a count of offices) stays unknown
        if indicator.rollup == "sum":
            value = sum(share * f.value for share, f in present)
        else:  # a rate or a mean is not split: the mean of the predecessors' own values; a rename passes it
            value = sum(f.value for _share, f in present) / len(present)
        missing = tuple(source for source, _share, f in found if f is None)
        return Figure(value, SUCCEEDED, any(f.estimate for _s, f in present), len(present), len(sources),
                      not missing and all(f.complete for _s, f in present), missing,
                      tuple(source for source, _share, f in found if f is not None))

    def _from_records(self, indicator: Indicator, unit: int, period: Period) -> Figure | None:
        if indicator.code not in COMPUTED:
            return None
        counted = self._record_figures(unit, period)
        return None if counted is None else Figure(float(counted[indicator.code]), RECORDS)

    def _ratio(self, indicator: Indicator, unit: int, period: Period) -> Figure | None:
        if not indicator.is_ratio:
            return None
        numerator = self._figure(self._indicators[indicator.numerator_id], unit, period)
        denominator = self._figure(self._indicators[indicator.denominator_id], unit, period)
        if numerator is None or denominator is None or denominator.value == 0:
            return None
        scale = 100.0 if indicator.kind == "percent" else 1.0
        return Figure(numerator.value / denominator.value * scale, RATIO, numerator.estimate or denominator.estimate,
                      2, 2, numerator.complete and denominator.complete)

    def _rolled_up(self, indicator: Indicator, unit: int, period: Period) -> Figure | None:
        children = self._children.get(unit)
        if not children or indicator.rollup == "none":
            return None
        typed, leaves, indicator_id, key = self._typed, self._leaves, indicator.id, period.key
        total, present, estimate, complete, missing = 0.0, 0, False, True, []
        for child in children:
            # A leaf's typed figure read as it is (a province adds up a thousand of them per indicator);
            # anything else worked out by _figure.
            pair = typed.get((indicator_id, child, key)) if child in leaves else None
            if pair is not None:
                value, its_estimate, its_complete = pair[0], pair[1], True
            else:
                found = self._figure(indicator, child, period)
                if found is None:
                    missing.append(child)
                    continue
                value, its_estimate, its_complete = found.value, found.estimate, found.complete
            total += value
            present += 1
            estimate = estimate or bool(its_estimate)
            complete = complete and its_complete
        if not present:
            return None
        return Figure(total if indicator.rollup == "sum" else total / present, ROLLED_UP, estimate, present,
                      len(children), not missing and complete, tuple(missing))

    def _accumulated(self, indicator: Indicator, unit: int, period: Period) -> Figure | None:
        if period.kind == MONTH:
            return None
        first, last = period.months
        if (indicator.time_rule in ("sum", "last") and self._months_are_typed_only(indicator, unit)
                and not any((indicator.id, unit, p.key) in self._typed for p in within(period) if p.kind != MONTH)):
            # Only months typed: a sum or the latest is the same whichever way months are grouped.
            return self._typed_months(indicator, unit, months_in(period), first, last)
        return self._combine(indicator, unit, parts_of(period), first, last)

    def _combine(self, indicator: Indicator, unit: int, parts: Sequence[Period], first: int,
                 last: int) -> Figure | None:
        """The figure of months ``first``..``last`` from the figures of ``parts`` (which cover them,
        in order), by the indicator's time rule."""
        if indicator.time_rule == "none":
            return None
        if parts[0].kind == MONTH and self._months_are_typed_only(indicator, unit):
            return self._typed_months(indicator, unit, parts, first, last)
        found = [(part, self._figure(indicator, unit, part)) for part in parts]
        present = [(part, f) for part, f in found if f is not None]
        if not present:
            return None

        def months(part: Period, figure: Figure) -> int:  # the months of the part its figure covers
            return figure.parts if figure.origin == ACCUMULATED else part.months[1] - part.months[0] + 1

        of = last - first + 1
        if indicator.time_rule == "last":
            part, latest = present[-1]
            covered = part.months[0] - first + months(part, latest)
            return Figure(latest.value, ACCUMULATED, latest.estimate, covered, of,
                          part == parts[-1] and latest.complete)
        covered = sum(months(part, f) for part, f in present)
        values = [f.value for _p, f in present]
        value = sum(values) if indicator.time_rule == "sum" else sum(values) / len(values)
        return Figure(value, ACCUMULATED, any(f.estimate for _p, f in present), covered, of,
                      covered == of and all(f.complete for _p, f in present))

    def _months_are_typed_only(self, indicator: Indicator, unit: int) -> bool:
        """A unit with nothing under it, an indicator neither counted from records nor a ratio:
        its months' figures are what was typed, nothing else (the common case, worked out
        directly: a province's year reads some 15,000 typed months)."""
        return unit not in self._children and not indicator.is_ratio and indicator.code not in COMPUTED

    def _typed_months(self, indicator: Indicator, unit: int, months: Sequence[Period], first: int,
                      last: int) -> Figure | None:
        typed = self._typed
        found = [(month, typed.get((indicator.id, unit, month.key))) for month in months]
        present = [(month, pair) for month, pair in found if pair is not None]
        if not present:
            return None
        of = last - first + 1
        if indicator.time_rule == "last":
            month, (value, estimate) = present[-1]
            return Figure(value, ACCUMULATED, estimate, month.index - first + 1, of, month == months[-1])
        values = [pair[0] for _m, pair in present]
        value = sum(values) if indicator.time_rule == "sum" else sum(values) / len(values)
        return Figure(value, ACCUMULATED, any(pair[1] for _m, pair in present), len(present), of,
                      len(present) == of)
