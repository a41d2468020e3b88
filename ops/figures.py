"""Writing indicator figures and targets: a grid edit, a paste, an undo."""

from __future__ import annotations

from collections.abc import Sequence

from models import values
from models.values import Change
from ops.changes import FIGURES, Changes
from ops.session import Session


def write_figures(session: Session, changes: Sequence[Change]) -> Changes:
    """Validate and write figures and targets in one transaction (ValidationError: nothing written)."""
    session.write(values.write_values, list(changes))
    return Changes.of(FIGURES, org_units={c.org_unit_id for c in changes}, periods={c.period for c in changes},
                      count=len(changes))


def validate(session, org_unit_id: int, period: str, *, all_children: bool = False) -> list:
    """The problems of a unit's figures for a period (rules, time, outliers), as (unit id,
    Problem); with ``all_children`` those of every unit under it too. Writes nothing."""
    from models.validation import validate as check, validate_tree

    if all_children:
        return session.read(validate_tree, org_unit_id, period)
    return [(org_unit_id, problem) for problem in session.read(check, org_unit_id, period)]
