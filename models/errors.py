"""The two kinds of error, decided where an error arises (as qutebrowser's KnownError/BugError).

A :class:`UserError` is something the user can act on: bad input, a rule that refuses
(a locked period, a role without the right), a file that cannot be read, a full or busy
disk. Its message is for the user and is shown as it is. Every user-facing error class
of models/ derives from it (besides the standard class it always was: ValueError,
PermissionError, OSError). Errors of the environment that Python raises itself (a file
that is missing, a disk that is full: OSError; SQLite's busy, locked, read-only or full
database) are the user's too: :func:`is_user_error` says so in one place.

Everything else is a bug: logged with its traceback and shown as unexpected.
"""

from __future__ import annotations

# SQLite's messages for a state of the disk or of another program, not of the data.
_ENVIRONMENT = ("database is locked", "database table is locked", "disk i/o error", "database or disk is full",
                "readonly database", "unable to open database file")


class UserError(Exception):
    """An error the user can act on; its message says what and is shown as it is."""


class StorageError(UserError, OSError):
    """The disk or another program stands in the way (full, busy, locked, read-only)."""


class Cancelled(UserError):
    """The user cancelled long work; nothing of it was written."""

    def __init__(self, message: str = "Đã hủy, không có gì được ghi"):
        super().__init__(message)


def is_user_error(exc: BaseException) -> bool:
    """True for an error whose message is for the user; False for a bug."""
    import sqlite3  # not at import: models.periods loads this module before the window paints

    if isinstance(exc, UserError):
        return True
    if isinstance(exc, sqlite3.OperationalError):
        return any(text in str(exc).lower() for text in _ENVIRONMENT)
    return isinstance(exc, OSError)


def describe(exc: BaseException) -> str:
    """The one-line message of a user error (an OSError names its file and the reason)."""
    import sqlite3

    if isinstance(exc, OSError) and not isinstance(exc, UserError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    if isinstance(exc, sqlite3.OperationalError):
        return f"Cơ sở dữ liệu: {exc}"
    return str(exc)
