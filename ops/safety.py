"""Backups, restoring one, and checking the file."""

from __future__ import annotations

import os
import pathlib

from models import backup
from models.backup import Backup
from ops.session import Session


def back_up(session: Session, reason: str = "manual", *, out: str | os.PathLike | None = None) -> pathlib.Path:
    """A backup among the file's backups (then pruned by the policy), or a copy to ``out``."""
    def run(db):
        if out is not None:
            backup.copy_database(db.conn, pathlib.Path(out))
            return pathlib.Path(out)
        taken = backup.take_backup(db, session.path, reason)
        backup.prune(session.path)
        return taken.path

    return session.read(run)


def back_up_if_changed(session: Session, reason: str) -> Backup | None:
    """A backup when something changed since the newest (at start, every 30 minutes); None otherwise."""
    return session.read(backup.backup_if_changed, session.path, reason)


def may_restore(session: Session) -> None:
    """AccessError unless the signed-in user may restore (an administrator): a restore replaces
    every figure, record and account with an older copy's."""
    from models import access

    access.require(session.db, "restore")


def restore(path: str | os.PathLike, backup_path: str | os.PathLike) -> pathlib.Path:
    """Put a backup in place of the (closed) database, the current file kept aside; where it is
    kept. Without a session (the command line), refused when the file requires a login: only an
    administrator signed in to the window may restore it (or after `reset-login`)."""
    _refuse_when_login_required(pathlib.Path(path))
    return backup.restore(path, backup_path)


def unchecked_restore(path: str | os.PathLike, backup_path: str | os.PathLike) -> pathlib.Path:
    """:func:`restore` once :func:`may_restore` said yes for the signed-in user (the window)."""
    return backup.restore(path, backup_path)


def _refuse_when_login_required(path: pathlib.Path) -> None:
    import sqlite3

    import sqlite_utils

    from models import access

    if not path.exists():
        return
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # a file that cannot be read at all: the restore is how it is mended
    try:
        required = access.login_required(sqlite_utils.Database(conn))
    except sqlite3.Error:
        required = False  # damaged or foreign: nothing to sign in to
    finally:
        conn.close()
    if required:
        raise access.AccessError("Khôi phục: tệp này yêu cầu đăng nhập; hãy khôi phục trong cửa sổ bằng tài khoản "
                                 "Quản trị (Tệp → Sao lưu…)")
