"""Accounts, roles and what each role may do.

Passwords are hashed with the standard library's scrypt at OWASP's cost (N=2^17, r=8,
p=1); the parameters are stored with each hash and compared in constant time, so a hash
made at a lower cost stays readable and is remade at the current cost at its next sign-in. Repeated failures slow
down: after three, each further failure locks the account for twice as long
(2 s, 4 s, 8 s ... up to 15 minutes).

While no account exists, or when an administrator switched the login off
(setting ``login_required``), the program runs as an administrator: a
one-person office needs no login. Otherwise the signed-in user's role decides
what :func:`require` lets through; models' write functions call it, so a role
without the right cannot change a record through the screens or the code.

Who acts is kept on the connection (:func:`act_as`), not in a module global: a
session signs its user in on each connection it opens, and the audit log names
that user for every change made through it.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import hmac
import os
from typing import TYPE_CHECKING

from models.settings import get_setting, store_setting
from models.text import nfc
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

ROLES = {"data_entry": "Nhập số liệu", "inspector": "Thanh tra viên", "leader": "Lãnh đạo (phê duyệt)",
         "admin": "Quản trị"}
PERMISSIONS = {
    "data_entry": {"edit_figures", "edit_text", "print"},
    "inspector": {"edit_inspection", "print"},
    "leader": {"approve", "print", "edit_report_settings"},
    "admin": {"edit_figures", "edit_text", "edit_inspection", "approve", "print", "edit_report_settings",
              "edit_catalog", "edit_settings", "manage_users", "restore"},
}
SCRYPT = {"n": 2 ** 17, "r": 8, "p": 1}
MAX_SCRYPT_N = 2 ** 20  # a stored hash asking for more is not computed (it would take seconds and GBs)
FREE_ATTEMPTS = 3
MAX_LOCK_SECONDS = 15 * 60


class AccessError(UserError, PermissionError):
    """Not allowed, or not signed in; the message says what."""


@dataclasses.dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    role: str
    active: bool = True


def hash_password(password: str, *, salt: bytes | None = None, n: int | None = None, r: int | None = None,
                  p: int | None = None) -> str:
    """"scrypt$n$r$p$salt$hash", base64 parts: the parameters travel with the hash."""
    n, r, p = n or SCRYPT["n"], r or SCRYPT["r"], p or SCRYPT["p"]
    salt = salt or os.urandom(16)
    digest = _scrypt(password, salt, n, r, p)
    return "$".join(["scrypt", str(n), str(r), str(p), base64.b64encode(salt).decode(),
                     base64.b64encode(digest).decode()])


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # scrypt needs 128·r·N bytes; the standard library's default ceiling (32 MiB) is below N=2^17
    return hashlib.scrypt(nfc(password).encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                          maxmem=2 * 128 * r * n * p + 2 ** 20)


def password_matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        n, r, p = int(n), int(r), int(p)
    except ValueError:
        return False
    if scheme != "scrypt" or not 1 < n <= MAX_SCRYPT_N or not 0 < r * p <= 64:
        return False
    return hmac.compare_digest(_scrypt(password, base64.b64decode(salt), n, r, p), base64.b64decode(digest))


def needs_rehash(stored: str) -> bool:
    """True for a hash made at a lower cost than today's (remade at the next sign-in)."""
    try:
        _scheme, n, r, p, _salt, _digest = stored.split("$")
        return (int(n), int(r), int(p)) < (SCRYPT["n"], SCRYPT["r"], SCRYPT["p"])
    except ValueError:
        return True


def accounts_exist(db: Database) -> bool:
    return db.execute("SELECT 1 FROM users WHERE active = 1 LIMIT 1").fetchone() is not None


def login_required(db: Database) -> bool:
    return accounts_exist(db) and get_setting(db, "login_required") is not False


def _checked(db: Database, username: str, password: str, now: dt.datetime) -> tuple[tuple | None, bool]:
    """The account's row (None: no such name) and whether the password opens it; AccessError while
    the account is locked out after repeated failures."""
    row = db.execute("SELECT id, username, full_name, role, password, active, failed_attempts, locked_until "
                     "FROM users WHERE username = ?", [nfc(username.strip())]).fetchone()
    if row and row[7] and dt.datetime.fromisoformat(row[7]) > now:
        wait = int((dt.datetime.fromisoformat(row[7]) - now).total_seconds()) + 1
        raise AccessError(f"Đăng nhập sai nhiều lần: thử lại sau {wait} giây")
    return row, row is not None and bool(row[5]) and password_matches(password, row[4])


def sign_in(db: Database, username: str, password: str, *, now: dt.datetime | None = None) -> User:
    """Check a password and open the session; AccessError says why not (the same for an unknown
    name and a wrong password, so names cannot be guessed)."""
    now = now or dt.datetime.now()
    row, ok = _checked(db, username, password, now)
    if not ok:
        if row is not None:
            failures = row[6] + 1
            locked = None
            if failures > FREE_ATTEMPTS:
                seconds = min(2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS)
                locked = (now + dt.timedelta(seconds=seconds)).isoformat()
            with db.atomic():
                db.execute("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                           [failures, locked, row[0]])
        raise AccessError("Tên đăng nhập hoặc mật khẩu không đúng")
    with db.atomic():
        db.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", [row[0]])
        if needs_rehash(row[4]):  # an older, cheaper hash: remade at today's cost now that the password is known
            db.execute("UPDATE users SET password = ? WHERE id = ?", [hash_password(password), row[0]])
    return User(row[0], row[1], row[2], row[3], True)


def verify(db: Database, username: str, password: str, *, now: dt.datetime | None = None) -> User:
    """The account these credentials name, checked as :func:`sign_in` checks them but without
    writing anything (a file about to be replaced, opened read-only)."""
    row, ok = _checked(db, username, password, now or dt.datetime.now())
    if not ok:
        raise AccessError("Tên đăng nhập hoặc mật khẩu không đúng")
    return User(row[0], row[1], row[2], row[3], True)


def act_as(db: Database, user: User | None) -> None:
    """Who works through this connection (None: nobody signed in, which means administrator
    while the login is off). Its changes are attributed to that user in the audit log."""
    db.acting_user = user


def acting_user(db: Database) -> User | None:
    return getattr(db, "acting_user", None)


def allowed(db: Database, permission: str) -> bool:
    user = acting_user(db)
    return user is None or permission in PERMISSIONS.get(user.role, set())


def require(db: Database, permission: str) -> None:
    """Raise AccessError unless the user acting on ``db`` may do ``permission``."""
    if not allowed(db, permission):
        user = acting_user(db)
        raise AccessError(f"Tài khoản {user.username} ({ROLES[user.role]}) không có quyền thực hiện việc này")


def save_user(db: Database, *, username: str, full_name: str, role: str, password: str | None = None,
              active: bool = True, user_id: int | None = None) -> int:
    """Add or change an account (administrators only); a new account needs a password of 8+ characters."""
    require(db, "manage_users")
    username = nfc(username.strip())
    if not username:
        raise AccessError("Tên đăng nhập: không được để trống")
    if role not in ROLES:
        raise AccessError(f"Vai trò «{role}» không có")
    if password is not None and len(password) < 8:
        raise AccessError("Mật khẩu: cần ít nhất 8 ký tự")
    if user_id is None and password is None:
        raise AccessError("Mật khẩu: cần có cho tài khoản mới")
    record = {"username": username, "full_name": nfc(full_name.strip()), "role": role, "active": int(active)}
    if password is not None:
        record["password"] = hash_password(password)
    with db.atomic():
        clash = db.execute("SELECT id FROM users WHERE username = ?", [username]).fetchone()
        if clash and clash[0] != user_id:
            raise AccessError(f"Tên đăng nhập «{username}» đã có")
        _keep_an_administrator(db, user_id, role, active)
        if user_id is None:
            return db["users"].insert(record).last_pk
        db["users"].update(user_id, record)
        return user_id


def _keep_an_administrator(db: Database, user_id: int | None, role: str, active: bool) -> None:
    """Refuse a change that would leave the office with no active administrator: the first
    account must be one, and the last one cannot be demoted or switched off (nobody could then
    manage the accounts)."""
    admins = [row[0] for row in db.execute("SELECT id FROM users WHERE role = 'admin' AND active = 1")]
    if user_id is None and not accounts_exist(db) and role != "admin":
        raise AccessError("Vai trò: tài khoản đầu tiên phải là Quản trị (để quản lý các tài khoản khác)")
    if admins == [user_id] and (role != "admin" or not active):
        raise AccessError("Vai trò: đây là tài khoản Quản trị cuối cùng, không thể đổi vai trò hay ngừng sử dụng")


def reset_login(db: Database) -> None:
    """Switch the login off and lift every lock-out: the way back in for whoever holds the file
    when no administrator can sign in. Recorded in the audit log (the settings and users
    changes are audited like any other)."""
    with db.atomic():
        store_setting(db, "login_required", False)
        db.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL "
                   "WHERE failed_attempts != 0 OR locked_until IS NOT NULL")


def list_users(db: Database) -> list[User]:
    return [User(r[0], r[1], r[2], r[3], bool(r[4])) for r in db.execute(
        "SELECT id, username, full_name, role, active FROM users ORDER BY username")]
