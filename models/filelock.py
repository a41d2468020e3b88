"""One program per database file, and never on a network share.

A second instance on the same file is told the file is in use instead of
writing into it: the first holds an operating-system lock on
``<database>.lock`` for as long as it has the file open. SQLite's own locking
is unreliable over network file systems, so a database on a share (UNC path,
mapped network drive, NFS or SMB mount) is refused.
"""

from __future__ import annotations

import os
import pathlib
import sys
from models.errors import UserError

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "afs", "9p",
                       "fuse.rclone", "davfs", "fuse.davfs2", "ncpfs", "coda", "glusterfs", "ceph"}


class DatabaseInUse(UserError, OSError):
    """Another copy of the program has the file open."""


class NetworkShareRefused(UserError, OSError):
    """The file is on a network share."""


def is_network_path(path: str | os.PathLike, *, mounts: str | None = None) -> bool:
    """True for a UNC path or mapped network drive (Windows), or a path under a network mount."""
    path = pathlib.Path(os.path.abspath(path))
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    if mounts is None:
        try:
            mounts = pathlib.Path("/proc/mounts").read_text()
        except OSError:
            return False
    best, best_type = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (text == point or text.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best, best_type = point, parts[2]
    return best_type in NETWORK_FILESYSTEMS


class FileLock:
    """An exclusive lock on ``<database>.lock``, held until :meth:`release`."""

    def __init__(self, db_path: str | os.PathLike):
        self.path = pathlib.Path(str(db_path) + ".lock")
        self._handle = None

    def acquire(self) -> "FileLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise DatabaseInUse(f"{self.path.with_suffix('')}: tệp đang được một chương trình khác sử dụng "
                                "(đóng chương trình đó trước)") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases the lock
            self._handle = None
