"""The inspection sector's indicators, computed from the records.

For an org unit (and the units under it) and a period, under the office's
period rule: inspections by their decision date, violations recorded by the
time they happened (cancelled ones left out), penalty decisions, their fines
and the fines paid by the decision date (cancelled ones left out), petitions
handled by the date they were answered. Each is shown beside the figure typed by hand.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from models import catalog, settings, values
from models.periods import parse_period

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

# Indicator code -> what computes it.
COMPUTED = ("inspection.inspections", "inspection.violations", "inspection.penalty_decisions", "inspection.fines",
            "inspection.fines_paid", "inspection.complaints")


@dataclasses.dataclass(frozen=True)
class Comparison:
    code: str
    name: str
    computed: float
    entered: float | None

    @property
    def differs(self) -> bool:
        return self.entered is not None and abs(self.entered - self.computed) > 1e-9


def unit_and_below(db: Database, org_unit_id: int) -> list[int]:
    """The org unit and every unit under it."""
    tree = catalog.org_unit_tree(db, include_inactive=True)
    ids, frontier = {org_unit_id}, [org_unit_id]
    while frontier:
        parent = frontier.pop()
        for unit, _depth in tree:
            if unit.parent_id == parent and unit.id not in ids:
                ids.add(unit.id)
                frontier.append(unit.id)
    return sorted(ids)


def compute(db: Database, org_unit_id: int, period: str, *, rule: str | None = None) -> dict[str, float]:
    """The six inspection indicators for the org unit (and below) and period."""
    rule = rule or settings.get_setting(db, "period_rule")
    start, end = (d.isoformat() for d in parse_period(period).date_range(rule))
    units = unit_and_below(db, org_unit_id)
    marks = ",".join("?" * len(units))

    def one(sql: str) -> float:
        return db.execute(sql, [*units, start, end]).fetchone()[0] or 0

    return {
        "inspection.inspections": one(
            f"SELECT COUNT(*) FROM inspections WHERE deleted_at IS NULL AND org_unit_id IN ({marks}) "
            "AND decision_date BETWEEN ? AND ?"),
        "inspection.penalty_decisions": one(
            f"SELECT COUNT(DISTINCT decision_number) FROM violations WHERE deleted_at IS NULL "
            f"AND org_unit_id IN ({marks}) AND decision_date BETWEEN ? AND ? "
            "AND status IN ('decided', 'paid', 'appealed')"),
        "inspection.fines": one(
            f"SELECT SUM(fine) FROM violations WHERE deleted_at IS NULL AND org_unit_id IN ({marks}) "
            "AND decision_date BETWEEN ? AND ? AND status IN ('decided', 'paid', 'appealed')"),
        "inspection.violations": one(
            f"SELECT COUNT(*) FROM violations WHERE deleted_at IS NULL AND org_unit_id IN ({marks}) "
            "AND substr(occurred_at, 1, 10) BETWEEN ? AND ? AND status <> 'cancelled'"),
        "inspection.fines_paid": one(
            f"SELECT SUM(fine) FROM violations WHERE deleted_at IS NULL AND org_unit_id IN ({marks}) "
            "AND decision_date BETWEEN ? AND ? AND status = 'paid'"),
        "inspection.complaints": one(
            f"SELECT COUNT(*) FROM petitions WHERE deleted_at IS NULL AND org_unit_id IN ({marks}) "
            "AND answered_date BETWEEN ? AND ? AND status = 'answered'"),
    }


def compare(db: Database, org_unit_id: int, period: str, *, rule: str | None = None) -> list[Comparison]:
    """Computed figures beside the ones typed by hand (None where none was typed)."""
    computed = compute(db, org_unit_id, period, rule=rule)
    out = []
    for code in COMPUTED:
        indicator = catalog.indicator_by_code(db, code)
        if indicator is None:
            continue
        entered = values.get_value(db, indicator.id, org_unit_id, period)
        out.append(Comparison(code, indicator.name_vi, computed[code], entered.value if entered else None))
    return out
