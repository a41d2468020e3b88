"""Changing the office's settings as a user does: the role check, then the value checked.

Kept apart from :mod:`models.settings` (storage), which :mod:`models.access` reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from models import access
from models.errors import UserError
from models.periods import RULES
from models.settings import store_setting

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

# What a role needs to change each setting; others are the administrator's.
RIGHTS = {"login_required": "manage_users"}


class SettingError(UserError, ValueError):
    """A setting that cannot take this value; the message names it."""


def set_setting(db: Database, key: str, value) -> None:
    """Change one setting (administrators), checked, in one transaction."""
    access.require(db, RIGHTS.get(key, "edit_settings"))
    if key == "period_rule" and value not in RULES:
        raise SettingError(f"Cách tính kỳ báo cáo «{value}» không hợp lệ")
    if key == "login_required" and not isinstance(value, bool):
        raise SettingError("Đăng nhập: chỉ bật hoặc tắt")
    store_setting(db, key, value)
