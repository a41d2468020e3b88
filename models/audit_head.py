"""The audit log's head, kept outside the database: truncating the log's tail shows.

The hash chain (models/audit.py) shows an entry altered, removed or inserted in the
middle, but not the last entries cut off: what remains is still a valid chain. So the
head (last id and hash) is also written beside the database, ``<database>.audit-head``,
after every write of a session (opening one writes too: ops.session); a backup carries the head of its own
log inside it. ``check`` then asks that the entry the head names is still in the log
with the same hash, and the same of the newest backup taken since the last restore (a
restore puts an older log in place on purpose: it starts the head afresh).

Written after the write commits, so a crash between the two leaves the head one write
behind, never ahead: the comparison allows the log to be longer than its head.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import pathlib
import sqlite3
from typing import TYPE_CHECKING

from models.errors import StorageError
from models.output import written

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

SUFFIX = ".audit-head"


@dataclasses.dataclass(frozen=True)
class Head:
    id: int
    hash: str
    since: str  # when the head was started afresh (a new file, or a restore): ISO time


def head_path(db_path: str | os.PathLike) -> pathlib.Path:
    return pathlib.Path(str(db_path) + SUFFIX)


def last_entry(conn) -> tuple[int, str] | None:
    """(id, hash) of the log's last entry, or None for an empty log; ``conn`` sqlite3 or sqlite-utils."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def read(db_path: str | os.PathLike) -> Head | None:
    """The head kept beside the file; None when there is none. ValueError for one that cannot be read."""
    path = head_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Head(int(data["id"]), str(data["hash"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path.name}: không đọc được ({exc})") from exc


def record(db: Database, db_path: str | os.PathLike, *, fresh: bool = False) -> bool:
    """Write the log's current head beside the file (``fresh``: a restore, the head starts again).
    False when it could not be written (a full disk): the write it follows has committed already,
    and the next write tries again."""
    entry = last_entry(db)
    if entry is None:
        return True
    try:
        previous = None if fresh else read(db_path)
    except ValueError:
        previous = None
    since = previous.since if previous else dt.datetime.now().isoformat(timespec="seconds")
    if previous and (previous.id, previous.hash) == entry:
        return True
    try:
        with written(head_path(db_path)) as temporary:
            temporary.write_text(json.dumps({"id": entry[0], "hash": entry[1], "since": since}), encoding="utf-8")
    except StorageError:
        return False
    return True


def compare(db: Database, head: tuple[int, str], where: str) -> str | None:
    """None when the log still holds entry ``head`` unchanged; else what is wrong, naming ``where``
    the head was kept."""
    entry_id, expected = head
    row = db.execute("SELECT hash FROM audit_log WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        last = last_entry(db)
        return (f"nhật ký dừng ở mục {last[0] if last else 0} nhưng {where} ghi đến mục {entry_id}: "
                "các mục cuối đã bị xóa, hoặc tệp bị thay bằng bản cũ ngoài chương trình")
    if row[0] != expected:
        return f"mục {entry_id} của nhật ký khác với {where}: nhật ký đã bị viết lại"
    return None


def check(db: Database, db_path: str | os.PathLike) -> str | None:
    """Compare the log with the head beside the file and with the newest backup taken since the
    last restore; None when both agree (or there is nothing to compare with)."""
    from models.backup import list_backups

    try:
        kept = read(db_path)
    except ValueError as exc:
        return str(exc)
    if kept is not None:
        problem = compare(db, (kept.id, kept.hash), f"tệp {head_path(db_path).name}")
        if problem:
            return problem
    since = dt.datetime.fromisoformat(kept.since) if kept else None
    for backup in list_backups(db_path):
        if since is not None and backup.taken_at < since:
            break
        try:
            conn = sqlite3.connect(f"file:{backup.path.as_posix()}?mode=ro", uri=True)
            try:
                entry = last_entry(conn)
            finally:
                conn.close()
        except sqlite3.Error:
            continue  # an unreadable backup says nothing of the file: the next one
        return compare(db, entry, f"bản sao lưu {backup.path.name}") if entry else None
    return None
