"""Looking after the file: backups, restoring one, checking it, getting back in."""

from __future__ import annotations

import sys

from cli.common import CommandError, db_path, password, session_for
from ops import accounts, safety


def backup(args) -> int:
    session = session_for(args)
    try:
        print(safety.back_up(session, "manual", out=args.out))
    finally:
        session.close()
    return 0


def restore(args) -> int:
    from models.filelock import FileLock

    path = db_path(args)
    lock = FileLock(path).acquire()
    try:
        secret = password(args.user, "TTTT_PASSWORD") if args.user else None
        aside = safety.restore(path, args.file, username=args.user, password=secret)  # refused without one if required
    finally:
        lock.release()
    print(f"{path}: restored from {args.file}; the previous file is kept as {aside}")
    return 0


def check(args) -> int:
    """Checks read the file without changing it (no migration, no lock needed)."""
    import sqlite3

    import sqlite_utils

    from models import audit
    from models.integrity import full_check

    path = db_path(args)
    if not path.exists():
        raise CommandError(f"{path}: no such database")
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        audit.register(conn)
        results = full_check(sqlite_utils.Database(conn, execute_plugins=False), path)
        conn.close()
    except sqlite3.DatabaseError as exc:
        print(f"integrity_check: FAILED {exc}")
        return 1
    for result in results:
        print(f"{result.name}: {'ok' if result.ok else 'FAILED ' + result.detail}")
    return 0 if all(r.ok for r in results) else 1


def reset_login(args) -> int:
    from models.text import fold

    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError("reset-login: confirm with --yes (no terminal to ask on)")
        answer = input("Tắt đăng nhập và mở khóa mọi tài khoản của tệp này? Việc này được ghi vào nhật ký. "
                       "Gõ «dong y» để tiếp tục: ")
        if fold(answer).strip() not in ("dong y", "yes"):
            raise CommandError("reset-login: not confirmed, nothing changed")
    session = session_for(args, sign_in=False)  # the way back in when nobody can sign in
    try:
        accounts.reset_login(session)
    finally:
        session.close()
    print("login switched off; sign in is no longer asked for until an administrator switches it on again")
    return 0
