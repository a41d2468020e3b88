"""Writing the long table of figures (the columns of LONG_COLUMNS) as .xlsx or .csv."""

from __future__ import annotations

import csv
import os
import pathlib
from typing import TYPE_CHECKING

from models.exchange.reading import LONG_COLUMNS

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


def export_table(db: Database, path: str | os.PathLike, *, org_unit_ids: list[int] | None = None,
                 periods: list[str] | None = None) -> int:
    """Write the long table (the columns of LONG_COLUMNS) for a selection, as .xlsx or .csv."""
    clauses, params = [], []
    if org_unit_ids:
        clauses.append(f"v.org_unit_id IN ({','.join('?' * len(org_unit_ids))})")
        params += org_unit_ids
    if periods:
        clauses.append(f"v.period IN ({','.join('?' * len(periods))})")
        params += periods
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = [(code, unit, period, int(value) if kind in ("count", "money") else value, status, note)
            for code, unit, period, value, status, note, kind in db.execute(
                "SELECT i.code, u.code, v.period, v.value, v.status, v.note, i.kind FROM indicator_values v "
                "JOIN indicators i ON i.id = v.indicator_id JOIN org_units u ON u.id = v.org_unit_id "
                f"{where} ORDER BY v.period, u.position, i.position", params)]
    path = pathlib.Path(path)
    if path.suffix.lower() == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(LONG_COLUMNS)
            writer.writerows(rows)
        return len(rows)
    from models.exchange.xlsx_export import export_rows

    return export_rows(path, title="so-lieu", headers=LONG_COLUMNS, rows=rows)
