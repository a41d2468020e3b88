"""Backups, retention, restore, damage at start, the lock, network shares."""

import datetime as dt
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from models import backup, catalog, demo
from models.database import open_database
from models.filelock import FileLock, is_network_path
from models.integrity import DamagedDatabase, check_at_start, full_check
from models.values import ValueChange, get_value, write_values

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    catalog.load_default_catalog(db)
    demo.load_demo_units(db)  # the sample org tree
    yield db, path
    db.close()


def set_value(db, n, period="2024"):
    indicator = catalog.indicator_by_code(db, "postal.providers").id
    write_values(db, [ValueChange(indicator, catalog.top_org_unit(db).id, period, n)])


def value_in(path, period="2024"):
    db = open_database(path)
    try:
        indicator = catalog.indicator_by_code(db, "postal.providers").id
        stored = get_value(db, indicator, catalog.top_org_unit(db).id, period)
        return stored.value if stored else None
    finally:
        db.close()


def test_backup_is_checked_and_listed(store):
    db, path = store
    set_value(db, 12)
    taken = backup.take_backup(db, path, "manual")
    assert backup.quick_check(taken.path) == "ok"
    assert [b.path for b in backup.list_backups(path)] == [taken.path]
    assert not list(backup.backup_dir(path).glob("*.partial*"))
    assert value_in(taken.path) == 12


def test_backup_only_when_something_changed(store):
    db, path = store
    assert backup.backup_if_changed(db, path, "start") is not None
    assert backup.backup_if_changed(db, path, "timer") is None
    set_value(db, 3)
    assert backup.backup_if_changed(db, path, "timer") is not None


@pytest.mark.slow
def test_backup_taken_while_a_writer_runs_holds_every_acknowledged_edit(store, tmp_path):
    _db, path = store
    writer = subprocess.Popen([sys.executable, str(ROOT / "tests" / "crash" / "writer.py"), str(path)],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    acked = 0
    while acked < 30:
        acked = int(writer.stdout.readline().split()[1])
    reader = open_database(path)
    taken = backup.take_backup(reader, path, "manual")  # the writer keeps writing meanwhile
    reader.close()
    writer.kill()
    writer.wait()
    writer.stdout.close()
    assert value_in(taken.path) >= acked


@pytest.mark.slow
def test_a_backup_killed_halfway_leaves_the_previous_ones(store):
    db, path = store
    with db.atomic():  # enough pages that the copy takes a moment
        db["activities"].insert_all(
            {"sector_id": 1, "org_unit_id": 1, "period": "2024", "date": "2024-01-01", "title": "x" * 500,
             "updated_at": "x"} for _ in range(20000))
    first = backup.take_backup(db, path, "manual")
    digest = hashlib.sha256(first.path.read_bytes()).hexdigest()
    rng = random.Random(3)
    code = ("import sys, pathlib; sys.path.insert(0, %r)\n"
            "from models.database import open_database\nfrom models import backup\n"
            "db = open_database(%r)\nprint('go', flush=True)\n"
            "while True: backup.take_backup(db, %r, 'timer')\n") % (str(ROOT), str(path), str(path))
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        proc.stdout.readline()
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        proc.wait()
        proc.stdout.close()
    assert hashlib.sha256(first.path.read_bytes()).hexdigest() == digest
    for taken in backup.list_backups(path):  # every backup listed is whole
        assert backup.quick_check(taken.path) == "ok"


def test_backups_before_operations_are_capped_the_others_kept(store):
    """A day of twenty imports keeps the last five copies taken before them, beside every
    start, timer and manual backup of today and yesterday, and each older day's newest."""
    db, path = store
    start = dt.datetime(2026, 11, 29, 8, 0)
    for n in range(20):
        backup.take_backup(db, path, "import", now=start + dt.timedelta(minutes=10 * n))
        backup.take_backup(db, path, "manual" if n % 5 == 0 else "timer", now=start + dt.timedelta(minutes=10 * n + 5))
    kept = backup.list_backups(path)
    imports = [b for b in kept if b.reason == "import"]
    assert len(imports) == 5 and imports[0].taken_at == start + dt.timedelta(minutes=190)
    assert len([b for b in kept if b.reason != "import"]) == 20
    later = start + dt.timedelta(days=3)
    backup.take_backup(db, path, "start", now=later)
    kept = backup.list_backups(path)
    assert [b.reason for b in kept] == ["start", "timer", *["import"] * 5]  # the last five, whatever their day


def test_400_days_leave_exactly_what_the_policy_keeps(store):
    _db, path = store
    folder = backup.backup_dir(path)
    folder.mkdir()
    start = dt.datetime(2025, 1, 1, 9, 0)
    for day in range(400):
        for hour in (9, 16):  # two backups a day
            moment = start + dt.timedelta(days=day, hours=hour - 9)
            (folder / f"office-{moment:%Y%m%d-%H%M%S-%f}-timer.sqlite3").write_bytes(b"x")
            backup.prune(path, now=moment)
    now = start + dt.timedelta(days=399, hours=7)
    kept = sorted((b.taken_at for b in backup.list_backups(path)), reverse=True)
    yesterday = now.date() - dt.timedelta(days=1)
    recent = [t for t in kept if t.date() >= yesterday]
    assert len(recent) == 4  # all of today and yesterday
    older = [t for t in kept if t.date() < yesterday]
    daily, rest = older[:12], older[12:]
    assert len({t.date() for t in daily}) == 12
    assert all(t.hour == 16 for t in daily)  # the newest of each day
    assert [t.date() for t in daily] == [yesterday - dt.timedelta(days=n) for n in range(1, 13)]
    weekly, monthly = rest[:10], rest[10:]
    assert len({t.isocalendar()[:2] for t in weekly}) == 10
    assert len({(t.year, t.month) for t in monthly}) == 9 and len(monthly) == 9
    assert len(kept) == 4 + 12 + 10 + 9
    assert backup.prune(path, now=now) == []  # the policy is stable


def test_restore_keeps_the_current_file_aside(store):
    db, path = store
    set_value(db, 5)
    taken = backup.take_backup(db, path, "manual")
    set_value(db, 9)
    db.close()
    aside = backup.restore(path, taken.path)
    assert value_in(path) == 5
    assert value_in(aside) == 9


def test_a_damaged_backup_is_not_restored(store, tmp_path):
    db, path = store
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    db.close()
    with pytest.raises(backup.BackupError, match="bị hỏng"):
        backup.restore(path, bad)
    assert backup.quick_check(path) == "ok"


def test_a_flipped_byte_is_caught_at_start_and_nothing_written(store):
    db, path = store
    set_value(db, 7)
    good = backup.take_backup(db, path, "manual")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'indicator_values'").fetchone()[0]
    page = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(path.read_bytes())
    data[page * (root - 1)] ^= 0xFF  # one byte: the type of the table's b-tree page
    path.write_bytes(bytes(data))
    before = hashlib.sha256(bytes(data)).hexdigest()
    with pytest.raises(DamagedDatabase) as info:
        check_at_start(path)
    assert not path.exists()
    assert hashlib.sha256(info.value.kept_as.read_bytes()).hexdigest() == before  # not written to
    assert info.value.backup.path == good.path


def test_full_check_reports_each_check(store):
    db, path = store
    results = {r.name: r for r in full_check(db)}
    assert all(r.ok for r in results.values())
    db.execute("PRAGMA foreign_keys=OFF")
    with db.atomic():
        db.execute("INSERT INTO indicator_values (indicator_id, org_unit_id, period, value, updated_at) "
                   "VALUES (99999, 1, '2024', 1, 'x')")
    results = {r.name: r for r in full_check(db)}
    assert not results["foreign_key_check"].ok and results["integrity_check"].ok


@pytest.mark.slow
def test_a_second_instance_is_told_the_file_is_in_use(tmp_path):
    path = tmp_path / "office.sqlite3"
    first = FileLock(path).acquire()
    code = ("import sys; sys.path.insert(0, %r)\nfrom models.filelock import FileLock, DatabaseInUse\n"
            "try:\n    FileLock(%r).acquire()\nexcept DatabaseInUse as e:\n    print('in use'); sys.exit(3)\n"
            "print('acquired')\n") % (str(ROOT), str(path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 3 and "in use" in result.stdout
    first.release()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "acquired"


@pytest.mark.parametrize("path, expected", [
    ("/mnt/share/office.sqlite3", True), ("/home/an/office.sqlite3", False),
    ("/mnt/sharepoint/x.sqlite3", False), ("//server/share/x.sqlite3", True),
])
def test_network_paths(path, expected):
    mounts = ("/dev/sda1 / ext4 rw 0 0\n"
              "//server/office /mnt/share cifs rw 0 0\n"
              "/dev/sdb1 /home ext4 rw 0 0\n")
    assert is_network_path(path, mounts=mounts) is expected


def _command_line(db_path, data_dir):
    """main.py on ``db_path`` in a process of its own, as a user runs it."""
    env = dict(os.environ, TTTT_DATA_DIR=str(data_dir))

    def run(*args):
        return subprocess.run([sys.executable, "main.py", "--db", str(db_path), *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    return run


@pytest.mark.slow
def test_cli_backup_restore_check(tmp_path):
    db_path = tmp_path / "office.sqlite3"
    run = _command_line(db_path, tmp_path / "data")

    assert run("--demo", "backup", str(tmp_path / "copy.sqlite3")).returncode == 0
    assert backup.quick_check(tmp_path / "copy.sqlite3") == "ok"
    assert run("check").stdout.splitlines() == ["integrity_check: ok", "foreign_key_check: ok", "audit_chain: ok",
                                               "audit_head: ok"]
    restored = run("restore", str(tmp_path / "copy.sqlite3"))
    assert restored.returncode == 0 and "kept as" in restored.stdout
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET user = 'intruder' WHERE id = 10")
    conn.commit()
    conn.close()
    checked = run("check")
    assert checked.returncode == 1 and "audit_chain: FAILED mục nhật ký số 10" in checked.stdout


def _parts(path):
    """The database's files beside it (a file set aside would show as .damaged-…)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and ".lock" not in p.name)


def test_a_file_another_program_holds_is_not_taken_for_damaged(store, monkeypatch):
    """Busy is not damage: the file stays where it is, and the message names the cause."""
    from models.errors import StorageError

    monkeypatch.setattr(backup, "BUSY_SECONDS", 0.2)  # the program waits 5 s for the other to let go

    db, path = store
    set_value(db, 7)
    db.close()
    before = _parts(path)
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="database is locked.*giữ nguyên"):
            check_at_start(path)
    finally:
        holder.rollback()
        holder.close()
    assert _parts(path) == before and not any("damaged" in name for name in _parts(path))
    check_at_start(path)  # once the other program lets go, the same file opens


def test_a_disk_error_is_not_taken_for_damage(store, monkeypatch):
    from models.errors import StorageError

    db, path = store
    db.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    real_connect = sqlite3.connect

    def failing(target, *args, **kwargs):
        if str(target).startswith("file:"):
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode = 10  # SQLITE_IOERR
            raise error
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", failing)
    with pytest.raises(StorageError, match="disk I/O error"):
        check_at_start(path)
    monkeypatch.undo()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before and path.exists()


def test_an_empty_or_foreign_file_is_refused_and_left_alone(tmp_path):
    """A 0-byte file or another program's SQLite file is not turned into a new database."""
    from models.integrity import NotOurDatabase
    from ops.session import open_session

    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(NotOurDatabase, match="0 byte"):
        open_session(empty)
    assert empty.stat().st_size == 0
    foreign = tmp_path / "khac.sqlite3"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('An')")
    other.commit()
    other.close()
    before = foreign.read_bytes()
    with pytest.raises(NotOurDatabase, match="chương trình khác"):
        open_session(foreign)
    assert foreign.read_bytes() == before


def test_restore_refuses_a_file_that_is_not_the_programs(store, tmp_path):
    db, path = store
    db.close()
    foreign = tmp_path / "khac.sqlite3"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(backup.BackupError, match="không phải cơ sở dữ liệu của chương trình"):
        backup.restore(path, foreign)
    empty = tmp_path / "rong.sqlite3"
    empty.touch()
    with pytest.raises(backup.BackupError, match="không phải cơ sở dữ liệu của chương trình"):
        backup.restore(path, empty)
    assert path.read_bytes() == before


@pytest.mark.slow
def test_the_command_line_cannot_restore_a_file_that_requires_a_login(tmp_path):
    """A file with the login switched on is restored on the command line only with --user of an
    administrator (tests/unit/test_cli_roles.py), or after reset-login, which the audit log records."""
    from models import access, settings

    db_path = tmp_path / "office.sqlite3"
    run = _command_line(db_path, tmp_path / "data")

    assert run("--demo", "backup", str(tmp_path / "old.sqlite3")).returncode == 0
    db = open_database(db_path)
    access.save_user(db, username="quantri", full_name="Quản trị", role="admin", password="matkhau123")
    settings.store_setting(db, "login_required", True)
    db.close()
    before = db_path.read_bytes()
    refused = run("restore", str(tmp_path / "old.sqlite3"))
    assert refused.returncode == 1 and "--user" in refused.stderr and "Traceback" not in refused.stderr
    assert db_path.read_bytes() == before
    assert run("reset-login", "--yes").returncode == 0
    assert run("restore", str(tmp_path / "old.sqlite3")).returncode == 0


def test_a_hard_link_or_symbolic_link_cannot_open_a_second_writer(tmp_path):
    from models.filelock import DatabaseInUse
    from ops.session import open_session

    path = tmp_path / "office.sqlite3"
    first = open_session(path)
    try:
        os.link(path, tmp_path / "other-name.sqlite3")
        os.symlink(path, tmp_path / "shortcut.sqlite3")
        for name in ("other-name.sqlite3", "shortcut.sqlite3"):
            with pytest.raises(DatabaseInUse):
                open_session(tmp_path / name)
        first.write(lambda db: db.execute("CREATE TABLE still_writable (x)"))  # the first one works on
    finally:
        first.close()
    second = open_session(tmp_path / "other-name.sqlite3")  # once the first closed, the file is free
    second.close()


def test_leftovers_of_an_interrupted_backup_or_restore_are_removed_at_open(tmp_path):
    from ops.session import open_session

    path = tmp_path / "office.sqlite3"
    open_session(path).close()
    folder = backup.backup_dir(path)
    folder.mkdir(exist_ok=True)
    leftovers = [tmp_path / "office.sqlite3.partial", tmp_path / "office.sqlite3.before-restore-20261130-101010.partial",
                 folder / "office-20261130-101010-000001-import.sqlite3.partial"]
    for leftover in leftovers:
        leftover.write_bytes(b"half a copy")
    unrelated = tmp_path / "report.pdf.partial"
    unrelated.write_bytes(b"not ours")
    open_session(path).close()
    assert not any(p.exists() for p in leftovers)
    assert unrelated.exists()


def test_the_start_skips_the_full_read_after_a_clean_close_only(tmp_path, monkeypatch):
    from models import integrity
    from ops.session import open_session

    checked = []
    real = integrity.quick_check
    monkeypatch.setattr(integrity, "quick_check", lambda path: checked.append(path) or real(path))
    path = tmp_path / "office.sqlite3"
    open_session(path).close()  # a new file: nothing to check
    open_session(path).close()
    assert checked == []  # closed cleanly, untouched since: not read whole
    crashed = open_session(path)
    crashed.writer.close()  # the process dies: connections gone, no clean close noted
    crashed.db.close()
    crashed.lock.release()
    open_session(path).close()
    assert len(checked) == 1
    open_session(path).close()
    assert len(checked) == 1
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # touched by something else
    open_session(path).close()
    assert len(checked) == 2


def test_a_read_only_file_is_a_clear_message_and_stays_as_it_was(store, monkeypatch):
    """A file the program may read but not write (a read-only disk, a file marked read-only):
    one line naming the file and the cause; nothing set aside, nothing written."""
    from models.errors import describe, is_user_error
    from ops.session import open_session

    db, path = store
    set_value(db, 7)
    db.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    real_connect = sqlite3.connect

    def read_only(target, *args, **kwargs):
        if str(target) == str(path):  # what the operating system would give: reading only
            kwargs["uri"] = True
            return real_connect(f"file:{path.as_posix()}?mode=ro", *args, **kwargs)
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    with pytest.raises(Exception) as refused:
        open_session(path).close()
    monkeypatch.undo()
    assert is_user_error(refused.value) and "\n" not in describe(refused.value)
    assert str(path) in describe(refused.value) and "readonly" in describe(refused.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not any("damaged" in name for name in _parts(path))
    assert value_in(path) == 7


def test_a_full_disk_refuses_the_write_whole_and_the_file_opens_again(store):
    """SQLite's "database or disk is full" in the middle of an import: a user's message, none of
    the import written, the file healthy and not set aside."""
    from models.errors import describe, is_user_error
    from ops import figures
    from ops.session import open_session

    db, path = store
    set_value(db, 7)
    db.close()
    session = open_session(path)
    pages = session.write(lambda d: d.execute("PRAGMA page_count").fetchone()[0])
    session.write(lambda d: d.execute(f"PRAGMA max_page_count = {pages + 2}"))  # the disk fills up
    indicator = catalog.indicator_by_code(session.db, "postal.providers").id
    units = [u.id for u in catalog.org_units(session.db)]
    many = [ValueChange(indicator, unit, f"{year}", 1) for unit in units for year in range(1990, 2024)]
    with pytest.raises(Exception) as refused:
        figures.write_figures(session, many)
    assert is_user_error(refused.value) and "full" in describe(refused.value)
    session.close()
    assert not any("damaged" in name for name in _parts(path))
    assert value_in(path) == 7 and value_in(path, "1995") is None
    check_at_start(path)
