"""One program per database file, and never on a network share.

A second instance on the same file is told the file is in use instead of
writing into it: the first holds an operating-system lock on
``<database>.lock`` for as long as it has the file open, named after the file's real
path (a symbolic link leads to the same lock), and on Linux and macOS a lock on the
database file itself (``flock``), which every name of the file shares: a hard link
cannot open a second writer. Windows cannot lock the file itself without stopping the
rename that a restore or a set-aside needs, so there a file with more than one name
(hard link) is refused instead. SQLite's own locking
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
    """An exclusive lock on ``<database>.lock`` and on the database file, held until :meth:`release`."""

    def __init__(self, db_path: str | os.PathLike):
        self.db_path = pathlib.Path(os.path.realpath(db_path))
        self.path = pathlib.Path(str(self.db_path) + ".lock")
        self._handle = None
        self._file = None

    def acquire(self) -> "FileLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise self._in_use() from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        self._handle = handle
        try:
            self.hold_file()
        except BaseException:
            self.release()
            raise
        return self

    def hold_file(self) -> None:
        """Lock the database file itself, once it exists (a new file: after it is created)."""
        if self._file is not None or not self.db_path.exists():
            return
        if sys.platform == "win32":
            if os.stat(self.db_path).st_nlink > 1:
                raise DatabaseInUse(f"{self.db_path}: tệp có nhiều tên (liên kết cứng), có thể bị hai chương "
                                    "trình cùng ghi; hãy chép thành một tệp riêng rồi mở bản chép")
            return
        handle = open(self.db_path, "rb")  # never written through: only its lock is wanted
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise self._in_use() from None
        self._file = handle

    def _in_use(self) -> DatabaseInUse:
        return DatabaseInUse(f"{self.db_path}: tệp đang được một chương trình khác sử dụng "
                             "(đóng chương trình đó trước)")

    def release(self) -> None:
        # The database's own lock last: closing it after SQLite closed its connections (a POSIX
        # process drops its fcntl locks on a file when any of its handles to it closes).
        for name in ("_handle", "_file"):
            handle = getattr(self, name)
            if handle is not None:
                handle.close()  # closing releases the lock
                setattr(self, name, None)


def _lock(handle) -> None:
    """An exclusive, non-blocking lock on an open file; OSError when another holds it."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
