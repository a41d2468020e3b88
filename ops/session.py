"""A session: one open database, who works on it, and the one writer all its writes go through.

Made once (by main.py for the window or a command): :func:`open_session` refuses a file
on a network share or held by another copy of the program, checks the file before
anything writes to it, backs it up before a schema upgrade, and fills a new file's
catalog. Then

* ``session.db`` is the connection for reads on the thread that opened it (the UI thread);
* ``session.write(fn, ...)`` runs ``fn(db, ...)`` on the writer: one thread with a
  connection of its own that performs every write of the session in turn (as Datasette's
  ``execute_write_fn``), so that two writes never race and a long import cannot
  interleave with a grid edit. The caller waits for the result; an exception in ``fn``
  reaches the caller;
* ``session.read(fn, ...)`` runs ``fn(db, ...)`` for reading, with ``session.db`` on its own
  thread and with a connection of the worker's own elsewhere;
* ``session.connect()`` opens another connection, for work sent to a worker thread;
* ``session.user`` is the signed-in user (None: nobody, which means administrator while
  the login is off); every connection the session opens acts as that user, so roles are
  checked and the audit log names who changed what.

An in-memory database (tests) cannot be opened twice: its writes run at once on the
caller's thread, through the same connection.
"""

from __future__ import annotations

import concurrent.futures
import os
import pathlib
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from models import access, audit_head
from models.database import check_writable, open_database

if TYPE_CHECKING:
    from sqlite_utils import Database

    from models.access import User


class Writer:
    """One thread, one connection, every write in turn."""

    def __init__(self, connect: Callable[[], Database]):
        self._connect = connect
        self._jobs: queue.Queue = queue.Queue()
        self._db = None
        self._broken: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="tttt-writer", daemon=True)
        self._thread.start()

    def call(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        """``fn(db, *args, **kwargs)`` on the writer; waits and returns its result or raises its error."""
        if threading.current_thread() is self._thread:  # an operation that calls another
            return fn(self._db, *args, **kwargs)
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((future, fn, args, kwargs))
        return future.result()

    def _run(self) -> None:
        try:
            self._db = self._connect()
        except BaseException as exc:  # every job will be told
            self._broken = exc
        while True:
            job = self._jobs.get()
            if job is None:
                break
            future, fn, args, kwargs = job
            if not future.set_running_or_notify_cancel():
                continue
            if self._broken is not None:
                future.set_exception(self._broken)
                continue
            try:
                future.set_result(fn(self._db, *args, **kwargs))
            except BaseException as exc:  # delivered to the caller, who decides
                future.set_exception(exc)
        if self._db is not None:
            self._db.close()

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join()


class InlineWriter:
    """The writer of an in-memory database: at once, on the caller's thread."""

    def __init__(self, db: Database):
        self._db = db

    def call(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        return fn(self._db, *args, **kwargs)

    def close(self) -> None:
        pass


def _then_mark_head(db: Database, path: str, fn: Callable[..., Any], args, kwargs) -> Any:
    result = fn(db, *args, **kwargs)
    audit_head.record(db, path)
    return result


class Session:
    def __init__(self, db: Database, *, path: str | os.PathLike | None, user: User | None = None, lock=None):
        self.db = db
        self.path = str(path) if path else None
        self.lock = lock
        self._user = user
        self._home = threading.current_thread()  # the thread session.db belongs to
        access.act_as(db, user)
        self.writer = Writer(self.connect) if self.path else InlineWriter(db)

    @property
    def user(self) -> User | None:
        return self._user

    def sign_in(self, user: User | None) -> None:
        """Work as ``user`` from now on, on every connection of the session."""
        self._user = user
        access.act_as(self.db, user)
        self.writer.call(access.act_as, user)

    def connect(self) -> Database:
        """Another connection to the file, acting as the session's user (for a worker thread)."""
        if not self.path:
            raise RuntimeError("an in-memory database has no second connection")
        db = open_database(self.path)
        access.act_as(db, self._user)
        return db

    def read(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        """``fn(db, *args, **kwargs)`` for reading: with the session's connection on the thread that
        opened it (or for an in-memory database), else with a connection of this thread's own."""
        if self.path is None or threading.current_thread() is self._home:
            return fn(self.db, *args, **kwargs)
        db = self.connect()
        try:
            return fn(db, *args, **kwargs)
        finally:
            db.close()

    def write(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        """``fn(db, *args, **kwargs)`` on the one writer; its result, or its error raised here.
        Then the audit log's head is kept beside the file (models/audit_head.py)."""
        if self.path is None:
            return self.writer.call(fn, *args, **kwargs)
        return self.writer.call(_then_mark_head, self.path, fn, args, kwargs)

    def close(self) -> None:
        self.writer.close()
        self.db.close()
        if self.lock is not None:
            from models.integrity import mark_closed

            mark_closed(self.path)  # every connection closed: the next start may skip the full read
            self.lock.release()


def database_path(db: str | None = None, *, demo: bool | str = False) -> pathlib.Path:
    """The file to work on: ``db`` when given, the sample data's own file with ``demo`` (the
    sample with the 2025 merger, ``demo="reorg"``, has one more), else the office's file in
    the user's data folder."""
    from models.resources import default_db_path, user_data_dir

    if db:
        return pathlib.Path(db)
    if demo == "reorg":
        return user_data_dir() / "demo-reorg.sqlite3"
    return user_data_dir() / "demo.sqlite3" if demo else default_db_path()


def open_session(path: str | os.PathLike, *, user: User | None = None, demo: bool | str = False,
                 authenticate: Callable[[Session], None] | None = None) -> Session:
    """Open the database at ``path`` for work, as described in the module's docstring.

    ``demo`` fills an empty file with the sample data (and refuses a file that holds real
    records: the sample data have a file of their own); ``demo="reorg"`` adds the 2025 merger.
    ``authenticate(session)`` runs before the session's own first writes (the command line's
    sign-in): a command refused there leaves the file as it found it.
    """
    from models import catalog
    from models import demo as sample
    from models import settings
    from models import backup
    from models.backup import take_backup
    from models.database import DatabaseError
    from models.filelock import FileLock, NetworkShareRefused, is_network_path
    from models.integrity import check_at_start

    path = pathlib.Path(path)
    if is_network_path(path):
        raise NetworkShareRefused(f"{path}: tệp nằm trên ổ mạng; hãy chép về máy để làm việc")
    lock = FileLock(path).acquire()
    try:
        check_at_start(path)
        backup.clean_partials(path)
        db = open_database(path, before_migrate=lambda database, _names: take_backup(database, path, "migration"))
        try:
            check_writable(db, path)
        except BaseException:
            db.close()
            raise
        lock.hold_file()  # a new file exists now: its own lock too
    except BaseException:
        lock.release()
        raise
    session = Session(db, path=path, user=user, lock=lock)
    try:
        if authenticate is not None:
            authenticate(session)
        if demo:
            if sample.has_records(db) and not settings.get_setting(db, "sample_data"):
                raise DatabaseError(f"{path}: đã có số liệu thật; không nạp dữ liệu mẫu vào tệp này")
            if not sample.has_records(db):
                session.write(sample.load_demo)
            if demo == "reorg" and not settings.get_setting(db, "sample_reorg"):
                session.write(sample.load_reorg)  # the 2025 merger on top (bulk: the catalog's import)
        if catalog.is_empty(db):
            session.write(catalog.load_default_catalog)
        from models.inspection.paperwork import refresh_missing

        session.write(refresh_missing)  # what records lack, again if the legal forms' templates changed
    except BaseException:
        session.close()
        raise
    return session


def memory_session(*, user: User | None = None, fill: Callable[[Database], None] | None = None) -> Session:
    """A session on a new in-memory database (tests, previews), its catalog filled."""
    from models import catalog

    session = Session(open_database(":memory:"), path=None, user=user)
    session.write(fill or catalog.load_default_catalog)
    return session
