"""The reads that run on every click or at start use an index: no statement they send walks the
whole of indicator_values or audit_log (the two tables that grow with the years), whatever the
file holds. Checked with EXPLAIN QUERY PLAN on the very statements sent."""

import re

import pytest

from models import audit, catalog, trends, values
from models.activities import Activity, save_activity
from models.figures import FigureEngine
from models.narratives import save_narrative
from models.values import ValueChange, write_values

BIG = ("indicator_values", "audit_log")


@pytest.fixture
def filled(db):
    unit = catalog.org_unit_by_code(db, "BK-CD").id
    ids = [i.id for i in catalog.indicators(db)][:5]
    write_values(db, [ValueChange(i, unit, period, 3) for i in ids for period in ("2023", "2024", "2024-03")])
    sector = catalog.sectors(db)[0].id
    save_activity(db, Activity(None, sector, unit, "2024", "2024-03-01", "Tập huấn"))
    save_narrative(db, sector, unit, "2024", "results", "Kết quả")
    return db, unit


def _statements(db, work) -> list[str]:
    sent = []
    db.conn.set_trace_callback(sent.append)
    try:
        work()
    finally:
        db.conn.set_trace_callback(None)
    return [s for s in sent if s.lstrip().upper().startswith("SELECT") and any(t in s for t in BIG)]


def _scans(db, sql: str) -> list[str]:
    """The plan's steps that read a big table whole (a full scan, or a walk of a whole index)."""
    aliases = {alias for table, alias in re.findall(r"\b(indicator_values|audit_log)\s+(?:AS\s+)?(\w+)", sql)
               if alias.upper() not in ("WHERE", "JOIN", "ON", "ORDER", "GROUP", "LIMIT")}
    names = set(BIG) | aliases
    return [detail for *_ids, detail in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            if detail.startswith("SCAN ") and detail.split()[1] in names]


@pytest.mark.parametrize("name", ["period history", "figure history", "latest year", "first trend",
                                  "province's figures", "a unit's own figures"])
def test_the_reads_of_a_click_use_an_index(filled, name):
    db, unit = filled
    top = catalog.top_org_unit(db).id
    indicator = catalog.indicators(db)[0]
    work = {
        "period history": lambda: audit.period_history(db, unit, "2024"),
        "figure history": lambda: audit.value_history(db, indicator.id, unit, "2024"),
        "latest year": lambda: values.latest_period(db),
        "first trend": lambda: trends.first_indicator_with_history(db),
        "province's figures": lambda: FigureEngine(db).figures(top, "2024"),
        "a unit's own figures": lambda: FigureEngine(db).figures(unit, "2024"),
    }[name]
    statements = _statements(db, work)
    assert statements, "nothing read: the test would prove nothing"
    for sql in statements:
        assert _scans(db, sql) == [], sql


def test_the_check_itself_sees_a_scan(filled):
    """The detector works: a query with no usable index is reported."""
    db, _unit = filled
    assert _scans(db, "SELECT COUNT(*) FROM indicator_values WHERE note = 'x'")
    assert _scans(db, "SELECT * FROM audit_log a WHERE a.record_key LIKE '%|1|2024'")
