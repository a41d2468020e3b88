"""Opening the SQLite file: pragmas, migrations, and where the file lives.

One database file holds everything an office records. It is opened with
WAL journaling (readers never block the writer), ``synchronous=FULL`` (an
acknowledged commit survives a power cut) and foreign keys enforced. The
schema is created and upgraded by the numbered migrations in
:mod:`models.schema`.
"""

from __future__ import annotations

import os
import pathlib
import sqlite3
from collections.abc import Callable

import sqlite_utils

from models import audit, schema
from models.resources import default_db_path, user_data_dir  # noqa: F401 (re-exported)
from models.errors import UserError

class DatabaseError(UserError):
    """The file cannot be used as this program's database; the message says why."""


def open_database(
    path: str | os.PathLike,
    *,
    before_migrate: Callable[[sqlite_utils.Database, list[str]], None] | None = None,
) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    ``before_migrate(db, pending_names)`` is called when migrations are
    pending on a file that already has a schema, so that a backup can be
    taken first. Raises DatabaseError when the file is not a usable SQLite
    database or was written by a newer version of the program.
    """
    path = str(path)
    if path != ":memory:":
        pathlib.Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=5.0)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        # Before anything writes: the audit triggers call these functions. Changes are
        # attributed to the user acting on this connection (models.access.act_as).
        audit.register(conn, who=lambda: audit.name_of(db))
        _configure(db, in_memory=(path == ":memory:"))
        pending = [m.name for m in schema.migrations.pending(db)]
        if pending and before_migrate and schema.migrations.applied(db):
            before_migrate(db, pending)
        schema.migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: không mở được cơ sở dữ liệu ({exc})") from exc
    _check_not_newer(db, path)
    return db


def check_writable(db: sqlite_utils.Database, path: str | os.PathLike) -> None:
    """DatabaseError naming the file when it can be read but not written (a read-only disk or
    file): said when the file is opened for work, not at the first edit. A write that changes
    nothing, in a transaction rolled back; once per open (ops.session.open_session), not per
    connection: a worker's connection would wait here for the writer's lock."""
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        with db.ensure_autocommit_on():
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute(f"PRAGMA user_version = {int(version)}")
            finally:
                db.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        if "readonly" not in str(exc):
            raise
        raise DatabaseError(f"{path}: tệp chỉ đọc, chương trình không ghi được vào đó ({exc}); tệp được giữ "
                            "nguyên. Hãy chép tệp sang ổ đĩa cho phép ghi hoặc bỏ thuộc tính chỉ đọc") from exc


def memory_copy(source: sqlite_utils.Database) -> sqlite_utils.Database:
    """A new in-memory database holding what ``source`` holds (SQLite's backup API), set up as
    :func:`open_database` sets one up: a test's fresh copy of a prepared database."""
    conn = sqlite3.connect(":memory:")
    db = sqlite_utils.Database(conn, execute_plugins=False)
    audit.register(conn, who=lambda: audit.name_of(db))
    source.conn.backup(conn)
    _configure(db, in_memory=True)
    return db


def _configure(db: sqlite_utils.Database, *, in_memory: bool) -> None:
    with db.ensure_autocommit_on():
        if not in_memory:
            mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise DatabaseError(f"WAL journal mode refused (got {mode})")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=5000")
        # Temporary tables, sorts and a savepoint's sub-journal in memory rather than in a
        # temporary file (an import no longer nests a savepoint: models.values._transaction).
        db.execute("PRAGMA temp_store=MEMORY")
        # 32 MB of page cache (SQLite's default is 2 MB): a year's import into a province's ten years
        # then keeps the indexes it inserts into in memory (1.8 s to 1.4 s on L; bench/history.py).
        db.execute("PRAGMA cache_size=-32768")


def _check_not_newer(db: sqlite_utils.Database, path: str) -> None:
    known = {m.name for m in schema.migrations._migrations}
    applied = {m.name for m in schema.migrations.applied(db)}
    unknown = sorted(applied - known)
    if unknown:
        db.close()
        raise DatabaseError(
            f"{path}: tệp được tạo bởi phiên bản mới hơn của chương trình "
            f"(lược đồ {', '.join(unknown)})"
        )


def pragma(db: sqlite_utils.Database, name: str):
    """Read one pragma's value (used by tests and ``main.py check``)."""
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def file_of(db: sqlite_utils.Database) -> str | None:
    """The file behind a connection, for a worker to open its own; None when in memory."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None
