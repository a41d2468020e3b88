"""Accounts, roles and the login: signing in, adding and changing accounts, the way back in."""

from __future__ import annotations

from models import access, office
from models.access import User
from ops.changes import ACCOUNTS, SETTINGS, Changes
from ops.session import Session


def sign_in(session: Session, username: str, password: str) -> User:
    """Check a password (a failure counts against the account) and work as that user from now on."""
    user = session.write(access.sign_in, username, password)
    session.sign_in(user)
    return user


def save_user(session: Session, **fields) -> Changes:
    """Add or change an account (administrators); see models.access.save_user."""
    return Changes.of(ACCOUNTS, count=1, record_id=session.write(lambda db: access.save_user(db, **fields)))


def list_users(session: Session) -> list[User]:
    return session.read(access.list_users)


def set_login_required(session: Session, required: bool) -> Changes:
    session.write(office.set_setting, "login_required", bool(required))
    return Changes.of(ACCOUNTS, SETTINGS)


def reset_login(session: Session) -> Changes:
    """Switch the login off and lift lock-outs (recorded in the audit log)."""
    session.write(access.reset_login)
    return Changes.of(ACCOUNTS, SETTINGS)
