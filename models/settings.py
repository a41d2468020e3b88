"""Office settings kept in the database (they travel with the data): storage.

Values are JSON. Known keys and their defaults are in DEFAULTS; the period
rule (``calendar`` or ``decree09``) is the first of them. Changing a setting as
a user does, with its role check and validation, is :func:`models.office.set_setting`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

DEFAULTS = {
    "period_rule": "calendar",
    "sample_data": False,
}


def get_setting(db: Database, key: str):
    """The value of a setting, or its default."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row[0])


def store_setting(db: Database, key: str, value) -> None:
    """Write one setting in one transaction, without a role check (callers check)."""
    with db.atomic():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
