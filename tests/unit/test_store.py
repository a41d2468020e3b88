"""The database file: pragmas, migrations, transactions."""

import sqlite3
import subprocess
import sys

import pytest

from models import catalog, schema, demo
from models.database import DatabaseError, open_database, pragma


def test_fresh_file_gets_schema_and_pragmas(tmp_path):
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    expected = {"settings", "org_units", "sectors", "indicators", "indicator_values", "targets",
                "activities", "narratives"}
    assert expected <= set(db.table_names())
    assert [m.name for m in schema.migrations.applied(db)] == [m.name for m in schema.migrations._migrations]


def test_migrations_reapplied_change_nothing(tmp_path):
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    catalog.load_default_catalog(db)
    demo.load_demo_units(db)  # the sample org tree
    before = db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    applied = schema.migrations.applied(db)
    db.close()
    again = open_database(path)
    assert again.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == before
    assert schema.migrations.applied(again) == applied
    assert len(catalog.sectors(again)) == 14


def test_before_migrate_called_only_for_existing_schema(tmp_path):
    path = tmp_path / "office.sqlite3"
    calls = []
    open_database(path, before_migrate=lambda db, names: calls.append(names)).close()
    assert calls == []  # a new file has nothing to back up


def test_file_from_newer_program_is_refused(tmp_path):
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    with db.atomic():
        db["_sqlite_migrations"].insert({"migration_set": "tttt", "name": "9999_future", "applied_at": "x"})
    db.close()
    with pytest.raises(DatabaseError, match="mới hơn"):
        open_database(path)


def test_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="notes.sqlite3"):
        open_database(path)


def test_foreign_keys_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db.execute("INSERT INTO indicator_values (indicator_id, org_unit_id, period, value, updated_at) "
                       "VALUES (99999, 1, '2024', 1, 'x')")


def test_upgrade_from_0001_gives_default_sectors_their_report_headings(tmp_path):
    import sqlite3 as sq

    import sqlite_utils

    path = tmp_path / "old.sqlite3"
    old = sqlite_utils.Database(sq.connect(path))
    schema.migrations.apply(old, stop_before="0002_sector_report_headings")
    with old.atomic():
        old["sectors"].insert({"code": "postal", "name_vi": "Bưu chính"})
        old["sectors"].insert({"code": "local", "name_vi": "Lĩnh vực riêng"})
    old.close()
    calls = []
    db = open_database(path, before_migrate=lambda _db, names: calls.append(names))
    assert calls[0][0] == "0002_sector_report_headings"  # a backup can be taken first
    by_code = {s.code: s for s in catalog.sectors(db)}
    assert by_code["postal"].report_group == "Lĩnh vực bưu chính, viễn thông"
    assert by_code["postal"].heading == "Hoạt động bưu chính"
    assert by_code["local"].heading == "Lĩnh vực riêng"
