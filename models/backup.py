"""Backups of the database file, taken with SQLite's backup API.

A backup is written to a temporary file beside its final name, checked with
``PRAGMA quick_check``, flushed to disk, then renamed into place: a backup
interrupted at any instant leaves the earlier ones as they were. Backups go
to the folder ``<database>.backups/`` and are named after the moment and the
reason (``start``, ``timer``, ``migration``, ``import``, ``repair``,
``manual``, ``restore``).

Kept by a policy: everything from today and yesterday, except that of the
backups taken before an operation (an import, a package, an upgrade, a
restore) only the newest five are kept, whatever their day; then the newest
of each of the 12 days before, of each of the 10 weeks before those, and of
each of the 9 months before those (:func:`prune`, after every backup).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import glob
import os
import pathlib
import re
import sqlite3
from typing import TYPE_CHECKING

from models import audit, audit_head
from models.errors import StorageError, UserError
from models.output import written

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

DAILY, WEEKLY, MONTHLY = 12, 10, 9
PRE_OPERATION = frozenset({"import", "migration", "restore", "repair"})  # taken before an operation
KEEP_PRE_OPERATION = 5  # a day of fifty imports into a 600 MB file kept 30 GB of copies
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z]+)\.sqlite3$")


class BackupError(UserError, OSError):
    """A backup could not be taken or restored; the message says why."""


@dataclasses.dataclass(frozen=True)
class Backup:
    path: pathlib.Path
    taken_at: dt.datetime
    reason: str
    size: int


def backup_dir(db_path: str | os.PathLike) -> pathlib.Path:
    path = pathlib.Path(db_path)
    return path.with_name(path.name + ".backups")


def list_backups(db_path: str | os.PathLike) -> list[Backup]:
    """The backups of a database, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
            found.append(Backup(entry, taken, match["reason"], entry.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


# SQLite's primary result codes that mean the file itself is damaged (SQLITE_CORRUPT,
# SQLITE_NOTADB); any other failure to read it (busy, locked, I/O, full, read-only, cannot
# open, no permission) is the disk's or another program's and says nothing of the file.
_DAMAGE_CODES = (11, 26)
BUSY_SECONDS = 5.0  # how long a check waits for another program's lock before saying so


def quick_check(path: str | os.PathLike) -> str:
    """"ok", or what ``PRAGMA quick_check`` found, for a file opened read-only.

    Only damage is reported: when the file cannot be read for another reason (another
    program holds a lock, the disk is busy, full or failing) StorageError is raised,
    naming the cause, so that nobody takes a healthy file for a damaged one."""
    try:
        conn = sqlite3.connect(f"file:{pathlib.Path(path).as_posix()}?mode=ro", uri=True, timeout=BUSY_SECONDS)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _DAMAGE_CODES:
            return str(exc)
        raise StorageError(f"{pathlib.Path(path).name}: không đọc được tệp ({exc}); tệp được giữ nguyên. "
                           "Hãy đóng chương trình khác đang dùng tệp hoặc kiểm tra ổ đĩa rồi thử lại") from exc
    return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:5])


def is_program_database(path: str | os.PathLike) -> bool:
    """True for this program's database (its migrations recorded), or an SQLite file with no
    tables yet; False for another program's SQLite file."""
    conn = sqlite3.connect(f"file:{pathlib.Path(path).as_posix()}?mode=ro", uri=True, timeout=5.0)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return True
        if "_sqlite_migrations" not in tables:
            return False
        return conn.execute("SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'tttt' LIMIT 1").fetchone() \
            is not None
    finally:
        conn.close()


def clean_partials(db_path: str | os.PathLike) -> list[pathlib.Path]:
    """Delete what an interrupted backup or restore left (``*.partial`` beside the database, its
    kept-aside copies and among its backups); called with the file's lock held, so none is being
    written. Returns what was deleted."""
    path = pathlib.Path(db_path)
    found = [p for p in path.parent.glob(f"{glob.escape(path.name)}*.partial") if p.is_file()]
    if backup_dir(path).is_dir():
        found += [p for p in backup_dir(path).glob("*.partial") if p.is_file()]
    for leftover in found:
        leftover.unlink(missing_ok=True)
    return found


def _fsync_file(path: pathlib.Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: pathlib.Path) -> None:
    if os.name == "posix":  # Windows has no directory handles to flush
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def copy_database(source: sqlite3.Connection, target: pathlib.Path) -> None:
    """Copy an open database into a file: written through a temporary file (models.output),
    checked and flushed before it is renamed into place. A failure leaves no temporary file;
    SQLite's (a full disk) raises BackupError naming the target."""
    try:
        with written(target) as temporary:
            temporary.unlink(missing_ok=True)
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
                # A self-contained file: no -wal beside it to lose when it is copied or renamed.
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
            verdict = quick_check(temporary)
            if verdict != "ok":
                raise BackupError(f"{target.name}: bản sao lưu không đạt kiểm tra ({verdict})")
            _fsync_file(temporary)
    except sqlite3.Error as exc:
        raise BackupError(f"{target}: không ghi được bản sao ({exc}); không có tệp nào được tạo") from exc
    _fsync_dir(target.parent)


def take_backup(db: Database, db_path: str | os.PathLike, reason: str, *,
                now: dt.datetime | None = None) -> Backup:
    """Back the database up now; returns the backup. Raises BackupError (the earlier backups stay)."""
    now = now or dt.datetime.now()
    folder = backup_dir(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{pathlib.Path(db_path).stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
        copy_database(db.conn, target)
    except (OSError, sqlite3.Error) as exc:
        if isinstance(exc, BackupError):
            raise
        raise BackupError(f"{folder}: không sao lưu được ({exc})") from exc
    taken = Backup(target, now, reason, target.stat().st_size)
    try:
        prune(db_path, now)  # the policy, after every backup (a failed delete: the next one tries again)
    except OSError:
        pass
    return taken


def _last_change(path: pathlib.Path) -> int:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return audit.last_id(conn)
    except sqlite3.DatabaseError:
        return -1
    finally:
        conn.close()


def changed_since_last_backup(db: Database, db_path: str | os.PathLike) -> bool:
    """True when the audit log has entries the newest backup lacks (or there is no backup)."""
    backups = list_backups(db_path)
    if not backups:
        return True
    return audit.last_id(db) != _last_change(backups[0].path)


def backup_if_changed(db: Database, db_path: str | os.PathLike, reason: str) -> Backup | None:
    """Take a backup when something changed since the last, then prune; None otherwise."""
    if not changed_since_last_backup(db, db_path):
        return None
    backup = take_backup(db, db_path, reason)
    prune(db_path)
    return backup


def to_keep(taken: list[dt.datetime], now: dt.datetime,
            pre_operation: frozenset[dt.datetime] | set[dt.datetime] = frozenset()) -> set[dt.datetime]:
    """The moments the policy keeps, out of ``taken`` (``pre_operation``: those taken before an operation)."""
    newest_first = sorted(taken, reverse=True)
    yesterday = now.date() - dt.timedelta(days=1)
    keep = {t for t in newest_first if t.date() >= yesterday and t not in pre_operation}
    keep.update([t for t in newest_first if t in pre_operation][:KEEP_PRE_OPERATION])
    older = [t for t in newest_first if t.date() < yesterday]
    for size, group in ((DAILY, lambda t: t.date()), (WEEKLY, lambda t: t.isocalendar()[:2]),
                        (MONTHLY, lambda t: (t.year, t.month))):
        chosen: dict = {}
        for moment in older:
            key = group(moment)
            if key not in chosen and len(chosen) < size:
                chosen[key] = moment  # the newest of its day, week or month
        keep.update(chosen.values())
        if chosen:
            oldest_kept = min(chosen.values())
            older = [t for t in older if t < oldest_kept and group(t) not in chosen]
    return keep


def prune(db_path: str | os.PathLike, now: dt.datetime | None = None) -> list[pathlib.Path]:
    """Delete the backups the policy does not keep; returns what was deleted."""
    backups = list_backups(db_path)
    keep = to_keep([b.taken_at for b in backups], now or dt.datetime.now(),
                   {b.taken_at for b in backups if b.reason in PRE_OPERATION})
    removed = []
    for backup in backups:
        if backup.taken_at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore(db_path: str | os.PathLike, backup_path: str | os.PathLike, *,
            now: dt.datetime | None = None) -> pathlib.Path:
    """Put a backup in place of the database (closed), keeping the current file aside first.

    Returns where the current file was kept. The backup is checked before
    anything is touched.
    """
    db_path, backup_path = pathlib.Path(db_path), pathlib.Path(backup_path)
    verdict = quick_check(backup_path)
    if verdict != "ok":
        raise BackupError(f"{backup_path.name}: bản sao lưu bị hỏng ({verdict}), không khôi phục")
    if not is_program_database(backup_path) or backup_path.stat().st_size == 0:
        raise BackupError(f"{backup_path.name}: không phải cơ sở dữ liệu của chương trình, không khôi phục")
    now = now or dt.datetime.now()
    aside = db_path.with_name(f"{db_path.name}.before-restore-{now:%Y%m%d-%H%M%S}")
    if db_path.exists():
        current = sqlite3.connect(db_path)
        try:
            copy_database(current, aside)
        finally:
            current.close()
    source = sqlite3.connect(f"file:{backup_path.as_posix()}?mode=ro", uri=True)
    try:
        for suffix in ("-wal", "-shm"):
            pathlib.Path(str(db_path) + suffix).unlink(missing_ok=True)
        copy_database(source, db_path)
        audit_head.record(source, db_path, fresh=True)  # an older log in place on purpose: its head anew
    finally:
        source.close()
    return aside
