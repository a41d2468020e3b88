"""The audit log: every change traced in its transaction; a tamper-evident chain."""

import sqlite3

import pytest

from models import access, audit, catalog
from models.values import ValidationError, ValueChange, write_values


def ids(db, code="postal.providers"):
    return catalog.indicator_by_code(db, code).id, catalog.top_org_unit(db).id


def test_insert_update_delete_are_traced_with_old_and_new(db):
    access.act_as(db, access.User(1, "chuyen.vien", "Chuyên viên", "data_entry"))
    ind, unit = ids(db)
    write_values(db, [ValueChange(ind, unit, "2024", 12)])
    write_values(db, [ValueChange(ind, unit, "2024", 13, "estimate")])
    write_values(db, [ValueChange(ind, unit, "2024", None)])
    entries = audit.value_history(db, ind, unit, "2024")
    assert [e.action for e in entries] == ["insert", "update", "delete"]
    assert entries[0].new["value"] == 12 and entries[0].old is None
    assert (entries[1].old["value"], entries[1].new["value"], entries[1].new["status"]) == (12, 13, "estimate")
    assert entries[2].old["value"] == 13 and entries[2].new is None
    assert {e.user for e in entries} == {"chuyen.vien"}


def test_a_refused_or_failed_change_leaves_no_trace(db):
    ind, unit = ids(db)
    before = audit.last_id(db)
    with pytest.raises(ValidationError):
        write_values(db, [ValueChange(ind, unit, "2024", -5)])
    assert audit.last_id(db) == before
    db.execute("CREATE TEMP TRIGGER fail_2025 BEFORE INSERT ON indicator_values WHEN NEW.period = '2025' "
               "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(sqlite3.IntegrityError):
        write_values(db, [ValueChange(ind, unit, "2024", 1), ValueChange(ind, unit, "2025", 2)])
    assert audit.last_id(db) == before  # the change and its trace are one transaction


def test_the_log_is_append_only(db):
    ind, unit = ids(db)
    write_values(db, [ValueChange(ind, unit, "2024", 12)])
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET user = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log")


@pytest.mark.parametrize("tamper", ["edit", "delete", "insert"])
def test_the_chain_names_the_first_altered_entry(demo_db, tamper):
    assert audit.verify_chain(demo_db) is None
    total = audit.last_id(demo_db)
    target = total // 2
    demo_db.execute("DROP TRIGGER audit_log_no_update")  # what an out-of-band edit would do
    demo_db.execute("DROP TRIGGER audit_log_no_delete")
    if tamper == "edit":
        demo_db.execute("UPDATE audit_log SET new = json_set(new, '$.value', 1) WHERE id = ?", [target])
        assert audit.verify_chain(demo_db) == target
    elif tamper == "delete":
        demo_db.execute("DELETE FROM audit_log WHERE id = ?", [target])
        assert audit.verify_chain(demo_db) == target + 1
    else:
        row = demo_db.execute("SELECT at, user, table_name, record_key, action, old, new, prev_hash, hash "
                              "FROM audit_log WHERE id = ?", [target]).fetchone()
        demo_db.execute("INSERT INTO audit_log (at, user, table_name, record_key, action, old, new, prev_hash, hash) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        assert audit.verify_chain(demo_db) == total + 1


def test_period_history(db):
    from models.activities import Activity, save_activity
    from models.narratives import save_narrative

    ind, unit = ids(db)
    sector = catalog.sectors(db)[0].id
    write_values(db, [ValueChange(ind, unit, "2024", 12), ValueChange(ind, unit, "2023", 9)])
    save_activity(db, Activity(None, sector, unit, "2024", "2024-03-01", "Tập huấn"))
    save_narrative(db, sector, unit, "2024", "results", "Kết quả")
    tables = [e.table_name for e in audit.period_history(db, unit, "2024")]
    assert tables == ["indicator_values", "activities", "narratives"]


def test_photo_data_is_not_copied_into_the_log(db, tmp_path):
    from PIL import Image

    from models.inspection.violations import quick_entry

    path = tmp_path / "a.png"
    Image.new("RGB", (50, 50)).save(path)
    quick_entry(db, org_unit_id=catalog.top_org_unit(db).id, offender="A", place="B", photos=(str(path),))
    (entry,) = [e for e in audit.history(db, "violation_photos", "1")]
    assert "data" not in entry.new and entry.new["sha256"]



def test_a_write_of_figures_is_one_entry_and_a_compact_row_per_change(db):
    """write_values logs a write as one entry of the chain (who, source, count, digest) and each
    changed figure as a row of typed columns; the histories read them as they read the others."""
    ind, unit = ids(db)
    other, _ = ids(db, "postal.revenue")
    batches = [[(ind, 12, "final", ""), (other, 5e9, "estimate", "ghi chú <b>&")],
               [(ind, 13, "final", ""), (other, 5e9, "estimate", "ghi chú <b>&")],  # revenue: unchanged
               [(ind, None, "", "")]]
    start = audit.last_id(db)
    for batch in batches:
        write_values(db, [ValueChange(i, unit, "2024", v, s, n) for i, v, s, n in batch], source="u",
                     about={"file": "bang.xlsx"})
    assert audit.last_id(db) == start + 3  # one entry per write, however many figures it changed
    writes = audit.history(db, "figure_changes", "*")[-3:]
    assert [w.new["changes"] for w in writes] == [2, 1, 1]
    assert {(w.new["source"], w.new["file"]) for w in writes} == {("u", "bang.xlsx")}
    mine = audit.value_history(db, ind, unit, "2024")
    assert [(e.action, (e.old or {}).get("value"), (e.new or {}).get("value")) for e in mine] == \
        [("insert", None, 12), ("update", 12, 13), ("delete", 13, None)]
    (revenue,) = audit.value_history(db, other, unit, "2024")
    assert (revenue.new["value"], revenue.new["status"], revenue.new["note"]) == (5e9, "estimate", "ghi chú <b>&")
    assert audit.verify_chain(db) is None
    rows = db.execute("SELECT COUNT(*) FROM figure_changes").fetchone()[0]
    assert rows == 4


@pytest.mark.parametrize("tamper", ["edit", "delete", "insert"])
def test_an_altered_figure_change_breaks_the_chain_at_its_entry(db, tamper):
    ind, unit = ids(db)
    write_values(db, [ValueChange(ind, unit, "2024", 12)])
    write_values(db, [ValueChange(ind, unit, "2024", 13)])
    entry = db.execute("SELECT MAX(entry_id) FROM figure_changes").fetchone()[0]
    db.execute("DROP TRIGGER figure_changes_no_update")
    db.execute("DROP TRIGGER figure_changes_no_delete")
    if tamper == "edit":
        db.execute("UPDATE figure_changes SET new_value = 99 WHERE entry_id = ?", [entry])
    elif tamper == "delete":
        db.execute("DELETE FROM figure_changes WHERE entry_id = ?", [entry])
    else:
        db.execute("INSERT INTO figure_changes (entry_id, indicator_id, org_unit_id, period, new_value, "
                   "new_estimate) VALUES (?, ?, ?, '2023', 5, 0)", [entry, ind, unit])
    assert audit.verify_chain(db) == entry


def test_a_bulk_block_that_fails_writes_no_entry_and_lets_the_triggers_back(db):
    ind, unit = ids(db)
    start = audit.last_id(db)
    scopes = [("r.org_unit_id = ? AND r.period = ?", (unit, "2024"))]
    with pytest.raises(RuntimeError, match="transaction"):
        with audit.figures_recorded(db, scopes):
            pass
    with pytest.raises(ZeroDivisionError):
        with db.atomic(), audit.figures_recorded(db, scopes):
            db.execute("INSERT INTO indicator_values (indicator_id, org_unit_id, period, value, updated_at) "
                       "VALUES (?, ?, '2024', 1, 't')", [ind, unit])
            1 / 0
    assert audit.last_id(db) == start and db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0] == 0
    db.execute("INSERT INTO indicator_values (indicator_id, org_unit_id, period, value, updated_at) "
               "VALUES (?, ?, '2024', 1, 't')", [ind, unit])
    assert [e.action for e in audit.value_history(db, ind, unit, "2024")] == ["insert"]  # the trigger is back



def _write_figures(session, count):
    from models import catalog, demo
    from models.values import ValueChange, write_values

    if catalog.top_org_unit(session.db) is None:
        session.write(demo.load_demo_units)
    indicator = catalog.indicator_by_code(session.db, "postal.providers")
    unit = catalog.top_org_unit(session.db)
    for number in range(count):
        session.write(write_values, [ValueChange(indicator.id, unit.id, "2024", number + 1)])


def _cut_tail(path, entries):
    import sqlite3

    conn = sqlite3.connect(path)  # someone with the file and a database tool: the guard is no obstacle
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id > (SELECT MAX(id) FROM audit_log) - ?", [entries])
    conn.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                 "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    conn.execute("DROP TRIGGER figure_changes_no_delete")  # and the figures' rows of those entries
    conn.execute("DELETE FROM figure_changes WHERE entry_id > (SELECT MAX(id) FROM audit_log)")
    conn.commit()
    conn.close()


def _check(path):
    import sqlite3

    import sqlite_utils

    from models import audit
    from models.integrity import full_check

    conn = sqlite3.connect(path)
    audit.register(conn)
    try:
        return {r.name: r for r in full_check(sqlite_utils.Database(conn), path)}
    finally:
        conn.close()


def test_a_cut_tail_of_the_log_is_caught_by_the_head_kept_beside_the_file(tmp_path):
    from models import audit_head
    from ops.session import open_session

    path = tmp_path / "office.sqlite3"
    session = open_session(path)
    _write_figures(session, 3)
    head = audit_head.read(path)
    assert head is not None and head.id == audit_head.last_entry(session.db)[0]
    session.close()
    assert _check(path)["audit_head"].ok
    _cut_tail(path, 2)
    results = _check(path)
    assert results["audit_chain"].ok  # what is left is still a valid chain ...
    assert not results["audit_head"].ok and "mục cuối đã bị xóa" in results["audit_head"].detail  # ... but short


def test_the_newest_backup_catches_it_when_the_head_file_went_too(tmp_path):
    from models import audit_head
    from ops import safety
    from ops.session import open_session

    path = tmp_path / "office.sqlite3"
    session = open_session(path)
    _write_figures(session, 2)
    safety.back_up(session, "manual")
    session.close()
    _cut_tail(path, 1)
    audit_head.head_path(path).unlink()
    assert not _check(path)["audit_head"].ok


def test_a_restore_starts_the_head_afresh(tmp_path):
    from models import backup
    from ops import safety
    from ops.session import open_session

    path = tmp_path / "office.sqlite3"
    session = open_session(path)
    _write_figures(session, 1)
    older = safety.back_up(session, "manual")
    _write_figures(session, 3)
    session.close()
    safety.restore(path, older)  # the log goes back on purpose: no alarm
    assert _check(path)["audit_head"].ok
    session = open_session(path)
    _write_figures(session, 1)
    session.close()
    assert all(r.ok for r in _check(path).values())
    assert backup.list_backups(path)
