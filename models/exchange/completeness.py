"""Which org units have sent their figures: per unit, period and sector.

For the units under an org unit (the districts under the province), each
sector's count of figures entered against its active indicators, when and
by whom they last changed (``import`` for a spreadsheet, the package for a
data package: its origin, id and when it was made), and whether the period
is approved. The province's own figures roll up from these (models/figures.py).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from models import approvals, catalog
from models.figures import FigureEngine
from models.validation import validate

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


@dataclasses.dataclass(frozen=True)
class PackageRef:
    origin: str  # the org unit code that made it
    package_id: str
    created_at: str | None  # None when it is not among the imported packages
    imported_at: str | None


@dataclasses.dataclass(frozen=True)
class Cell:
    entered: int  # indicators with a figure, typed or worked out (models/figures.py)
    expected: int
    last_change: str | None
    last_by: str | None
    package: PackageRef | None = None  # when the last change came with a data package
    computed: int = 0  # of the figures, those worked out (rolled up, accumulated...) rather than typed
    partial: int = 0  # of the computed, those made from only some units or months

    @property
    def state(self) -> str:
        """"complete", "partial" or "missing"."""
        if self.entered == 0:
            return "missing"
        return "complete" if self.entered >= self.expected and not self.partial else "partial"


@dataclasses.dataclass(frozen=True)
class UnitRow:
    org_unit_id: int
    name: str
    approved: bool
    cells: dict[int, Cell]  # by sector id
    checks: tuple = ()  # what the figure checks find (models.validation.Problem)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.checks if p.importance == "error")

    @property
    def missing_sectors(self) -> int:
        return sum(1 for c in self.cells.values() if c.state == "missing")


def completeness(db: Database, parent_id: int, period: str) -> list[UnitRow]:
    """One row per active child of ``parent_id`` that existed during the period (or the unit
    itself when it has none): a district merged away is not counted as missing in 2025."""
    from models.periods import parse_period

    start, end = (day.isoformat() for day in parse_period(period).date_range())
    children = [u for u in catalog.child_units(db, parent_id) if u.exists_during(start, end)] \
        or [catalog.org_unit(db, parent_id)]
    sectors = catalog.sectors(db)
    by_sector = {s.id: catalog.indicators(db, s.id) for s in sectors}
    expected = {sector_id: len(found) for sector_id, found in by_sector.items()}
    engine = FigureEngine(db)
    imported = {package_id: (created, at) for package_id, created, at in db.execute(
        "SELECT package_id, created_at, imported_at FROM imported_packages")}
    rows = []
    for unit in children:
        found = {sector_id: (count, last, by) for sector_id, count, last, by in db.execute(
            "SELECT i.sector_id, COUNT(*), MAX(v.updated_at), "
            "(SELECT v2.updated_by FROM indicator_values v2 JOIN indicators i2 ON i2.id = v2.indicator_id "
            " WHERE v2.org_unit_id = v.org_unit_id AND v2.period = v.period AND i2.sector_id = i.sector_id "
            " ORDER BY v2.updated_at DESC LIMIT 1) "
            "FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
            "WHERE v.org_unit_id = ? AND v.period = ? AND i.active = 1 GROUP BY i.sector_id", [unit.id, period])}
        figures = engine.figures(unit.id, period)
        cells = {}
        for s in sectors:
            if expected[s.id]:
                _typed, last, by = found.get(s.id, (0, None, None))
                have = [figures[i.id] for i in by_sector[s.id] if i.id in figures]
                worked_out = [f for f in have if f.origin != "typed"]
                cells[s.id] = Cell(len(have), expected[s.id], last, by, package_ref(by, imported), len(worked_out),
                                   sum(1 for f in worked_out if not f.complete))
        rows.append(UnitRow(unit.id, unit.name_vi, approvals.current(db, unit.id, period) is not None, cells,
                            tuple(validate(db, unit.id, period, engine=engine))))
    return rows


def package_ref(updated_by: str | None, imported: dict[str, tuple[str, str]]) -> PackageRef | None:
    """The package a change came with, from its ``updated_by`` ("package:ORIGIN:ID") and the
    imported packages (id -> (created at, imported at))."""
    if not updated_by or not updated_by.startswith("package:"):
        return None
    _, origin, package_id = (updated_by.split(":", 2) + [""])[:3]
    return PackageRef(origin, package_id, *imported.get(package_id, (None, None)))
