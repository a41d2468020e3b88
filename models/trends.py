"""Figures over time and across org units, as plain data for charts and tables.

Every point is a figure of the engine (models/figures.py): typed, rolled up or accumulated.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from models import catalog
from models.catalog import Indicator
from models.figures import Figure, FigureEngine
from models.periods import HALF, MONTH, NINE_MONTHS, QUARTER, YEAR, Period, parse_period

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


@dataclasses.dataclass(frozen=True)
class Point:
    period: str
    value: float | None  # None: no figure for the period (a gap, never a zero)
    status: str | None = None  # "estimate" or "final"; None with no value
    complete: bool = True  # False: added up from only some of its units or months


@dataclasses.dataclass(frozen=True)
class Series:
    label: str
    points: tuple[Point, ...]
    targets: tuple[float | None, ...] = ()

    @property
    def has_data(self) -> bool:
        return any(p.value is not None for p in self.points)


def first_indicator_with_history(db: Database) -> int | None:
    """The first indicator (in report order) with figures for two periods or more: asked of each
    indicator in turn, through its index, stopping at the first value of a second period (not a
    count of the distinct periods of every indicator over the whole table)."""
    for (indicator_id,) in db.execute(
            "SELECT i.id FROM indicators i JOIN sectors s ON s.id = i.sector_id WHERE i.active = 1 AND s.active = 1 "
            "ORDER BY s.position, i.position").fetchall():
        if db.execute("SELECT 1 FROM indicator_values WHERE indicator_id = ? AND period != "
                      "(SELECT period FROM indicator_values WHERE indicator_id = ? LIMIT 1) LIMIT 1",
                      [indicator_id, indicator_id]).fetchone():
            return indicator_id
    return None


def periods_ending(end: Period | str, count: int) -> list[Period]:
    """The ``count`` periods of ``end``'s kind that end with ``end``, oldest first."""
    end = parse_period(end) if isinstance(end, str) else end
    out = [end]
    while len(out) < count:
        out.append(_previous(out[-1]))
    return list(reversed(out))


def _previous(period: Period) -> Period:
    if period.kind in (YEAR, NINE_MONTHS):
        return dataclasses.replace(period, year=period.year - 1)
    size = {HALF: 2, QUARTER: 4, MONTH: 12}[period.kind]
    if period.index > 1:
        return dataclasses.replace(period, index=period.index - 1)
    return Period(period.year - 1, period.kind, size)


def _point(label: str, figure: Figure | None) -> Point:
    if figure is None:
        return Point(label, None)
    return Point(label, figure.value, figure.status, figure.complete)


def indicator_series(db: Database, indicator: Indicator, org_unit_id: int, periods: list[Period], *,
                     label: str | None = None, engine: FigureEngine | None = None) -> Series:
    """The figures and targets of one indicator and org unit over ``periods``."""
    engine = engine or FigureEngine(db)
    keys = [p.key for p in periods]
    targets = {row[0]: row[1] for row in db.execute(
        f"SELECT period, value FROM targets WHERE indicator_id = ? AND org_unit_id = ? "
        f"AND period IN ({','.join('?' * len(keys))})", [indicator.id, org_unit_id, *keys])}
    points = tuple(_point(p.key, f) for p, f in zip(periods, engine.over(indicator, org_unit_id, periods)))
    unit = catalog.org_unit(db, org_unit_id)
    return Series(label or unit.name_vi, points, tuple(targets.get(k) for k in keys))


def comparison(db: Database, indicator: Indicator, org_unit_ids: list[int], period: str, *,
               engine: FigureEngine | None = None) -> Series:
    """One indicator across org units for one period; points are labelled by org unit."""
    engine = engine or FigureEngine(db)
    names = {u.id: u.name_vi for u in catalog.org_units(db, include_inactive=True)}
    points = [_point(names[unit_id], engine.figure(indicator, unit_id, period)) for unit_id in org_unit_ids]
    return Series(f"{indicator.name_vi} — {period}", tuple(points))
