"""Checking the database file: at start (quick), and in full for ``main.py check``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import pathlib
from typing import TYPE_CHECKING

from models import audit
from models.backup import Backup, is_program_database, list_backups, quick_check
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


class DamagedDatabase(UserError):
    """The file failed its check at start; it was set aside, nothing was written to it.

    ``kept_as`` is where it now is; ``backup`` the newest backup that passes
    the check (None when there is none).
    """

    def __init__(self, path: pathlib.Path, problem: str, kept_as: pathlib.Path, backup: Backup | None):
        self.path, self.problem, self.kept_as, self.backup = path, problem, kept_as, backup
        offer = (f"; bản sao lưu tốt gần nhất: {backup.path.name}" if backup
                 else "; không có bản sao lưu nào dùng được")
        super().__init__(f"{path}: cơ sở dữ liệu bị hỏng ({problem}), đã để riêng thành {kept_as.name}{offer}")


class NotOurDatabase(UserError):
    """The file given as the database is empty or another program's; it is left as it is."""


CLOSED_SUFFIX = ".closed"  # beside the file: it was closed cleanly, as it is now


def mark_closed(path: str | os.PathLike) -> None:
    """Note that the file was closed cleanly (every connection closed, the write-ahead log folded
    in), with its size, time and schema: the next start may skip reading it whole."""
    import json

    path = pathlib.Path(path)
    try:
        stat = path.stat()
        pathlib.Path(str(path) + CLOSED_SUFFIX).write_text(json.dumps(
            {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "migrations": _known_migrations()}))
    except OSError:
        pass  # then the next start checks the file: the safe side


def closed_cleanly(path: str | os.PathLike) -> bool:
    """True when the last run closed the file cleanly and nothing touched it since (same size and
    time, no write-ahead log left, the same program schema). The note is consumed: a run that then
    ends in a crash leaves none, and the next start checks the file in full."""
    import json

    path = pathlib.Path(path)
    note = pathlib.Path(str(path) + CLOSED_SUFFIX)
    try:
        data = json.loads(note.read_text())
        note.unlink()
        stat = path.stat()
    except (OSError, ValueError):
        return False
    wal = pathlib.Path(str(path) + "-wal")
    return (isinstance(data, dict) and data.get("size") == stat.st_size and data.get("mtime_ns") == stat.st_mtime_ns
            and data.get("migrations") == _known_migrations() and not (wal.exists() and wal.stat().st_size))


def _known_migrations() -> int:
    from models import schema

    return len(schema.migrations._migrations)


def check_at_start(path: str | os.PathLike) -> None:
    """Quick-check an existing file before it is opened for writing, unless the last run closed
    it cleanly and nothing touched it since (:func:`closed_cleanly`): the check reads the whole
    file (1.4 s of a 640 MB one). Restored, upgraded, copied in, or after a crash: checked.
    Damage that appears on the disk of a closed file is caught by the check of every backup's
    copy (at start when anything changed, every 30 minutes, before every import).

    Only damage that SQLite reports and its check confirms sets the file aside: it (with
    its -wal and -shm) is renamed ``.damaged-<time>`` and DamagedDatabase is raised,
    offering the newest good backup. A file that cannot be read for another reason (a
    lock, a busy or full disk) raises StorageError and stays where it is; an empty file,
    or an SQLite file of another program, raises NotOurDatabase and is not touched.
    """
    path = pathlib.Path(path)
    if not path.exists():
        return  # a new office: the file is created
    if path.stat().st_size == 0:
        raise NotOurDatabase(f"{path}: tệp rỗng (0 byte), không phải cơ sở dữ liệu của chương trình; "
                             "hãy chọn tệp khác hoặc xóa tệp này để tạo mới")
    if closed_cleanly(path):
        return
    problem = quick_check(path)
    if problem == "ok":
        if not is_program_database(path):
            raise NotOurDatabase(f"{path}: là cơ sở dữ liệu SQLite của chương trình khác, không mở; "
                                 "tệp được giữ nguyên")
        return
    kept_as = path.with_name(f"{path.name}.damaged-{dt.datetime.now():%Y%m%d-%H%M%S}")
    for suffix in ("", "-wal", "-shm"):
        part = pathlib.Path(str(path) + suffix)
        if part.exists():
            os.replace(part, pathlib.Path(str(kept_as) + suffix))
    good = next((b for b in list_backups(path) if _usable(b.path)), None)
    raise DamagedDatabase(path, problem, kept_as, good)


def _usable(path: pathlib.Path) -> bool:
    try:
        return quick_check(path) == "ok"
    except UserError:  # a backup that cannot be read now is not offered
        return False


@dataclasses.dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def full_check(db: Database, path: str | os.PathLike | None = None) -> list[CheckResult]:
    """The full integrity check, the foreign-key check and the audit-chain check; with the file's
    ``path``, the audit log's head against the one kept beside the file and in its newest backup."""
    integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    keys = db.execute("PRAGMA foreign_key_check").fetchall()
    broken = audit.verify_chain(db)
    return [
        CheckResult("integrity_check", integrity == ["ok"], "ok" if integrity == ["ok"] else "; ".join(integrity[:5])),
        CheckResult("foreign_key_check", not keys,
                    "ok" if not keys else "; ".join(f"{r[0]} rowid {r[1]} -> {r[2]}" for r in keys[:5])),
        CheckResult("audit_chain", broken is None,
                    "ok" if broken is None else f"mục nhật ký số {broken} đã bị sửa, xóa hoặc chèn ngoài chương trình"),
        *([] if path is None else [_head_result(db, path)]),
    ]


def _head_result(db: Database, path: str | os.PathLike) -> CheckResult:
    from models import audit_head

    problem = audit_head.check(db, path)
    return CheckResult("audit_head", problem is None, problem or "ok")
