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


def restore(path: str | os.PathLike, backup_path: str | os.PathLike, *, username: str | None = None,
            password: str | None = None) -> pathlib.Path:
    """Put a backup in place of the (closed) database, the current file kept aside; where it is
    kept. Without a session (the command line): when the file requires a login, only with the
    name and password of an account that may restore (an administrator), checked against the
    file about to be replaced."""
    authorise_restore(pathlib.Path(path), username, password)
    return backup.restore(path, backup_path)


def unchecked_restore(path: str | os.PathLike, backup_path: str | os.PathLike) -> pathlib.Path:
    """:func:`restore` once :func:`may_restore` said yes for the signed-in user (the window)."""
    return backup.restore(path, backup_path)


def authorise_restore(path: pathlib.Path, username: str | None, password: str | None) -> None:
    """AccessError unless the file at ``path`` requires no login (and no name was given), or the
    name and password are those of an account that may restore. A file that cannot be read as
    this program's (missing, damaged, foreign) asks for nothing: a restore is how it is mended."""
    import sqlite3

    import sqlite_utils

    from models import access

    if not path.exists():
        return
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        db = sqlite_utils.Database(conn)
        try:
            required = access.login_required(db)
        except sqlite3.Error:
            return
        if username is None:
            if required:
                raise access.AccessError("Khôi phục: tệp này yêu cầu đăng nhập; hãy cho biết tài khoản Quản trị "
                                         "(--user NAME, mật khẩu trong TTTT_PASSWORD)")
            return
        access.act_as(db, access.verify(db, username, password or ""))
        access.require(db, "restore")
    finally:
        conn.close()
