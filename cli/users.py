"""Accounts on the command line: what the window's Accounts dialog does, for an administrator."""

from __future__ import annotations

from cli.common import CommandError, password, session_for
from models import access
from models.text import nfc
from ops import accounts


def user(args) -> int:
    session = session_for(args)
    try:
        if args.action == "list":
            for account in accounts.list_users(session):
                state = "" if account.active else "  (ngừng sử dụng)"
                print(f"{account.username}\t{account.role}\t{account.full_name}{state}")
            return 0
        if not args.name:
            raise CommandError(f"user {args.action}: give the account's NAME")
        existing = {a.username: a for a in accounts.list_users(session)}.get(nfc(args.name.strip()))
        if args.action == "add":
            if args.role is None:
                raise CommandError(f"user add: give --role ({', '.join(access.ROLES)})")
            if existing is not None and existing.active:
                raise CommandError(f"user add: «{existing.username}» already exists")
            secret = password(args.name, "TTTT_NEW_PASSWORD", twice=True)
            accounts.save_user(session, username=args.name, full_name=args.full_name or "", role=args.role,
                               password=secret, user_id=existing.id if existing else None)
            print(f"{args.name}: added ({access.ROLES[args.role]})")
        else:  # remove: the account stops signing in; its name stays in the audit log's history
            if existing is None or not existing.active:
                raise CommandError(f"user remove: no account «{args.name}»")
            accounts.save_user(session, username=existing.username, full_name=existing.full_name,
                               role=existing.role, active=False, user_id=existing.id)
            print(f"{existing.username}: removed (can no longer sign in; the audit log keeps its name)")
    finally:
        session.close()
    return 0


def login_required(args) -> int:
    session = session_for(args)
    try:
        on = args.state == "on"
        if on and not any(a.active and a.role == "admin" for a in accounts.list_users(session)):
            raise CommandError("login-required on: add an administrator first (user add NAME --role admin)")
        accounts.set_login_required(session, on)
    finally:
        session.close()
    print("login required" if on else "login switched off: the program runs as administrator for everyone")
    return 0
