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


def restore(path: str | os.PathLike, backup_path: str | os.PathLike) -> pathlib.Path:
    """Put a backup in place of the (closed) database, the current file kept aside; where it is kept."""
    return backup.restore(path, backup_path)
