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


def session_for(args, *, sign_in: bool = True):
    """The session a command works in (the file checked, locked, upgraded; demo data with --demo),
    signed in as ``--user`` when given or when the file requires a login: then a command without
    ``--user``, with a wrong password or with a role lacking the right is refused, nothing written.
    ``sign_in=False`` only for ``reset-login``, the way back in for whoever holds the file."""
    from models import access
    from ops import accounts
    from ops.session import open_session

    def authenticate(session) -> None:
        name = getattr(args, "user", None)
        if sign_in and (name or access.login_required(session.db)):
            if not name:
                raise CommandError("this file requires a login: give --user NAME (the password from "
                                   "TTTT_PASSWORD or typed when asked)")
            accounts.sign_in(session, name, password(name, "TTTT_PASSWORD"))

    return open_session(db_path(args), demo=args.demo, authenticate=authenticate)


def password(name: str, variable: str, *, twice: bool = False) -> str:
    """A password from the environment variable, else typed at a prompt (asked twice for a new
    one); refused when there is neither (no terminal to ask on)."""
    import getpass
    import os
    import sys

    given = os.environ.get(variable)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CommandError(f"{name}: no password: set {variable} or run the command in a terminal")
    typed = getpass.getpass(f"Mật khẩu của {name}: ")
    if twice and getpass.getpass("Nhập lại mật khẩu: ") != typed:
        raise CommandError(f"{name}: the two passwords differ; nothing changed")
    return typed


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
