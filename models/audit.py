"""The audit log: every change to a record, who, when, old and new values.

Triggers on every audited table append to ``audit_log`` in the same
transaction as the change, so a change and its trace are never apart. Each
entry carries the SHA-256 of the previous entry's hash and its own content:
the log is a hash chain, and :func:`verify_chain` names the first entry that
was altered, removed or inserted out of band. The log itself refuses UPDATE
and DELETE.

The triggers call two functions that :func:`register` installs on each
connection: ``tttt_user()`` (who is working) and ``tttt_chain(prev, payload)``.
"""

from __future__ import annotations

import dataclasses
import functools
import getpass
import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

# Audited tables and the columns that identify a record in them.
AUDITED = {
    "settings": ("key",),
    "org_units": ("id",),
    "sectors": ("id",),
    "indicators": ("id",),
    "indicator_values": ("indicator_id", "org_unit_id", "period"),
    "targets": ("indicator_id", "org_unit_id", "period"),
    "activities": ("id",),
    "narratives": ("sector_id", "org_unit_id", "period", "part"),
    "establishments": ("id",),
    "legal_bases": ("id",),
    "inspections": ("id",),
    "inspection_targets": ("inspection_id", "establishment_id"),
    "violations": ("id",),
    "violation_photos": ("id",),
    "petitions": ("id",),
    "users": ("id",),
    "approvals": ("id",),
}
GENESIS = "0" * 64
# What each entry's hash covers, built the same way by the trigger and by verify_chain
# (plain concatenation: the JSON functions cost more than the rest of a write).
PAYLOAD = ("{p}at || char(31) || {p}user || char(31) || {p}table_name || char(31) || {p}record_key || char(31) || "
           "{p}action || char(31) || COALESCE({p}old, '') || char(31) || COALESCE({p}new, '')")

_current_user = {"name": ""}


def set_user(name: str) -> None:
    """Who the following changes are attributed to (the signed-in account)."""
    _current_user["name"] = name


def current_user() -> str:
    return _current_user["name"] or _os_user()


@functools.cache
def _os_user() -> str:
    """The login name, looked up once (the triggers ask for it on every row)."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment
        return ""


def chain(previous: str, payload: str) -> str:
    """The hash of an entry: SHA-256 of the previous hash and the entry's content."""
    return hashlib.sha256((previous + "\n" + payload).encode("utf-8")).hexdigest()


def register(conn) -> None:
    """Install the functions the audit triggers call, on one sqlite3 connection."""
    conn.create_function("tttt_user", 0, current_user)
    conn.create_function("tttt_chain", 2, chain, deterministic=True)


def _payload_sql(prefix: str, columns: list[str]) -> str:
    pairs = ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in columns)
    return f"json_object({pairs})"


def install_triggers(db: Database) -> None:
    """(Re)create the audit triggers of every audited table from its current columns."""
    for table, key in AUDITED.items():
        info = db.execute(f"PRAGMA table_info({table})").fetchall()
        if not info:  # a table a later migration creates
            continue
        # BLOB columns (photos) are traced by their hash column, not copied; nor are password hashes.
        columns = [row[1] for row in info if (row[2] or "").upper() != "BLOB" and row[1] != "password"]
        for action, old, new in (("insert", None, "NEW"), ("update", "OLD", "NEW"), ("delete", "OLD", None)):
            name = f"audit_{table}_{action}"
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
            row = new or old
            record_key = "CAST(" + " || '|' || ".join(f"COALESCE({row}.\"{k}\", '')" for k in key) + " AS TEXT)"
            old_json = _payload_sql(old, columns) if old else "NULL"
            new_json = _payload_sql(new, columns) if new else "NULL"
            when = ""
            if action == "update":  # a no-op update leaves no trace
                when = "WHEN " + " OR ".join(f"OLD.\"{c}\" IS NOT NEW.\"{c}\"" for c in columns)
            db.execute(f"""
                CREATE TRIGGER {name} AFTER {action.upper()} ON {table} {when}
                BEGIN
                    INSERT INTO audit_log (at, user, table_name, record_key, action, old, new, prev_hash, hash)
                    SELECT e.at, e.user, e.table_name, e.record_key, e.action, e.old, e.new, e.prev,
                           tttt_chain(e.prev, {PAYLOAD.format(p="e.")})
                    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, tttt_user() AS user,
                                 '{table}' AS table_name, {record_key} AS record_key, '{action}' AS action,
                                 {old_json} AS old, {new_json} AS new,
                                 COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '{GENESIS}')
                                     AS prev) AS e;
                END""")


@dataclasses.dataclass(frozen=True)
class Entry:
    id: int
    at: str
    user: str
    table_name: str
    record_key: str
    action: str
    old: dict | None
    new: dict | None


def _entry(row) -> Entry:
    return Entry(row[0], row[1], row[2], row[3], row[4], row[5],
                 json.loads(row[6]) if row[6] else None, json.loads(row[7]) if row[7] else None)


_SELECT = "SELECT id, at, user, table_name, record_key, action, old, new FROM audit_log"


def history(db: Database, table: str, record_key: str) -> list[Entry]:
    """Every change of one record, oldest first."""
    return [_entry(r) for r in db.execute(f"{_SELECT} WHERE table_name = ? AND record_key = ? ORDER BY id",
                                          [table, record_key])]


def value_history(db: Database, indicator_id: int, org_unit_id: int, period: str) -> list[Entry]:
    """The changes of one indicator value (and its target)."""
    key = f"{indicator_id}|{org_unit_id}|{period}"
    return [_entry(r) for r in db.execute(
        f"{_SELECT} WHERE table_name IN ('indicator_values', 'targets') AND record_key = ? ORDER BY id", [key])]


def period_history(db: Database, org_unit_id: int, period: str) -> list[Entry]:
    """The changes of the figures, targets, activities and texts of one org unit and period."""
    suffix = f"|{org_unit_id}|{period}"
    rows = db.execute(
        f"{_SELECT} WHERE (table_name IN ('indicator_values', 'targets') AND record_key LIKE ?) "
        "OR (table_name = 'narratives' AND record_key LIKE ?) "
        "OR (table_name = 'activities' AND json_extract(COALESCE(new, old), '$.org_unit_id') = ? "
        "    AND json_extract(COALESCE(new, old), '$.period') = ?) ORDER BY id",
        [f"%{suffix}", f"%{suffix}|%", org_unit_id, period])
    return [_entry(r) for r in rows]


def last_id(db: Database) -> int:
    return db.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0]


def verify_chain(db: Database) -> int | None:
    """The id of the first entry whose hash does not follow from its content and the
    entry before it (altered, removed or inserted out of band); None when the chain holds."""
    previous = GENESIS
    # SQLite rebuilds each payload exactly as the trigger wrote it.
    for entry_id, payload, prev_hash, stored in db.execute(
            f"SELECT id, {PAYLOAD.format(p='')}, prev_hash, hash FROM audit_log ORDER BY id"):
        if prev_hash != previous or chain(prev_hash, payload) != stored:
            return entry_id
        previous = stored
    return None
