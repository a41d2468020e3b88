"""What the commands share: opening the session the arguments name, and finding org units."""

from __future__ import annotations

import pathlib

from models.errors import UserError


class CommandError(UserError):
    """A command cannot run as asked; the message is its one line."""


def db_path(args) -> pathlib.Path:
    """The database the arguments name: --db, the demo's own file with --demo, or the default."""
    from ops.session import database_path

    return database_path(args.db, demo=args.demo)


def session_for(args):
    """The session a command works in (the file checked, locked, upgraded; demo data with --demo)."""
    from ops.session import open_session

    return open_session(db_path(args), demo=args.demo)


def unit_id(session, code: str | None) -> int:
    """The org unit with this code, or the top of the tree when no code is given."""
    from models import catalog

    unit = catalog.org_unit_by_code(session.db, code) if code else catalog.top_org_unit(session.db)
    if unit is None:
        raise CommandError(f"--org {code}: no such org unit")
    return unit.id


def period_key(text: str) -> str:
    from models.periods import parse_period

    return parse_period(text).key
