"""Writing the long table of figures (the columns of LONG_COLUMNS) as .xlsx or .csv.

With ``with_computed`` the table also holds the figures the engine works out where nothing
was typed (rolled up, accumulated, counted from records), in an extra ``origin`` column
("typed" for the others); importing refuses a row whose origin is not typed, so a computed
figure is never typed back by accident.
"""

from __future__ import annotations

import csv
import os
import pathlib
from typing import TYPE_CHECKING

from models.exchange.reading import FORMULA_STARTS, LONG_COLUMNS
from models.output import written

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


def export_table(db: Database, path: str | os.PathLike, *, org_unit_ids: list[int] | None = None,
                 periods: list[str] | None = None, with_computed: bool = False) -> int:
    """Write the long table (the columns of LONG_COLUMNS) for a selection, as .xlsx or .csv;
    returns the rows written."""
    clauses, params = [], []
    if org_unit_ids:
        clauses.append(f"v.org_unit_id IN ({','.join('?' * len(org_unit_ids))})")
        params += org_unit_ids
    if periods:
        clauses.append(f"v.period IN ({','.join('?' * len(periods))})")
        params += periods
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = [(code, unit, period, _number(kind, value), status, note)
            for code, unit, period, value, status, note, kind in db.execute(
                "SELECT i.code, u.code, v.period, v.value, v.status, v.note, i.kind FROM indicator_values v "
                "JOIN indicators i ON i.id = v.indicator_id JOIN org_units u ON u.id = v.org_unit_id "
                f"{where} ORDER BY v.period, u.position, i.position", params)]
    # The planned values, as rows whose status is "target" (imported back as targets).
    rows += [(code, unit, period, _number(kind, value), "target", "")
             for code, unit, period, value, kind in db.execute(
                 "SELECT i.code, u.code, v.period, v.value, i.kind FROM targets v "
                 "JOIN indicators i ON i.id = v.indicator_id JOIN org_units u ON u.id = v.org_unit_id "
                 f"{where} ORDER BY v.period, u.position, i.position", params)]
    headers = LONG_COLUMNS
    if with_computed:
        headers = (*LONG_COLUMNS, "origin")
        rows = [(*row, "typed") for row in rows] + _computed_rows(db, org_unit_ids, periods, rows)
    path = pathlib.Path(path)
    if path.suffix.lower() == ".csv":
        with written(path) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            writer.writerows([csv_cell(value) for value in row] for row in rows)
        return len(rows)
    from models.exchange.xlsx_export import export_rows

    # Wide enough for the longest code and for 69,300,000,000 in full (not 6.93E+10)
    return export_rows(path, title="so-lieu", headers=headers, rows=rows, widths=[30, 14, 10, 18, 10, 40, 12])


def csv_cell(value):
    """A value as a CSV cell no spreadsheet program will run: text starting like a formula is
    prefixed with an apostrophe; numbers are written as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _number(kind: str, value: float):
    return int(value) if kind in ("count", "money") else value


def _computed_rows(db: Database, org_unit_ids, periods, typed_rows) -> list[tuple]:
    """The figures the engine works out for the selection where nothing was typed."""
    from models import catalog
    from models.figures import FigureEngine

    units = [u for u in catalog.org_units(db) if not org_unit_ids or u.id in org_unit_ids]
    if periods is None:
        periods = [row[0] for row in db.execute("SELECT DISTINCT period FROM indicator_values ORDER BY period")]
    typed = {(row[0], row[1], row[2]) for row in typed_rows}
    indicators = catalog.indicators(db)
    engine = FigureEngine(db, indicators=catalog.indicators(db, include_inactive=True))
    out = []
    for period in periods:
        for unit in units:
            figures = engine.figures(unit.id, period, indicators)
            for indicator in indicators:
                found = figures.get(indicator.id)
                if found is not None and (indicator.code, unit.code, period) not in typed:
                    out.append((indicator.code, unit.code, period, _number(indicator.kind, found.value),
                                found.status, "", found.origin))
    return out
