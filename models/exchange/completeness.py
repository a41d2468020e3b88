"""Which org units have sent their figures: per unit, period and sector.

For the units under an org unit (the districts under the province), each
sector's count of figures entered against its active indicators, when and
by whom they last changed (``import`` for an import), and whether the
period is approved. The province's own figures roll up from these
(models.values.roll_up).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from models import approvals, catalog

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


@dataclasses.dataclass(frozen=True)
class Cell:
    entered: int
    expected: int
    last_change: str | None
    last_by: str | None

    @property
    def state(self) -> str:
        """"complete", "partial" or "missing"."""
        if self.entered == 0:
            return "missing"
        return "complete" if self.entered >= self.expected else "partial"


@dataclasses.dataclass(frozen=True)
class UnitRow:
    org_unit_id: int
    name: str
    approved: bool
    cells: dict[int, Cell]  # by sector id

    @property
    def missing_sectors(self) -> int:
        return sum(1 for c in self.cells.values() if c.state == "missing")


def completeness(db: Database, parent_id: int, period: str) -> list[UnitRow]:
    """One row per active child of ``parent_id`` (or the unit itself when it has none)."""
    children = catalog.child_units(db, parent_id) or [catalog.org_unit(db, parent_id)]
    sectors = catalog.sectors(db)
    expected = {s.id: len(catalog.indicators(db, s.id)) for s in sectors}
    rows = []
    for unit in children:
        found = {sector_id: (count, last, by) for sector_id, count, last, by in db.execute(
            "SELECT i.sector_id, COUNT(*), MAX(v.updated_at), "
            "(SELECT v2.updated_by FROM indicator_values v2 JOIN indicators i2 ON i2.id = v2.indicator_id "
            " WHERE v2.org_unit_id = v.org_unit_id AND v2.period = v.period AND i2.sector_id = i.sector_id "
            " ORDER BY v2.updated_at DESC LIMIT 1) "
            "FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
            "WHERE v.org_unit_id = ? AND v.period = ? AND i.active = 1 GROUP BY i.sector_id", [unit.id, period])}
        cells = {s.id: Cell(found.get(s.id, (0, None, None))[0], expected[s.id],
                            found.get(s.id, (0, None, None))[1], found.get(s.id, (0, None, None))[2])
                 for s in sectors if expected[s.id]}
        rows.append(UnitRow(unit.id, unit.name_vi, approvals.current(db, unit.id, period) is not None, cells))
    return rows
