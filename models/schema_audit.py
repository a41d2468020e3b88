"""The audit triggers exactly as the shipped migrations created them: frozen, never edited.

A migration that shipped must do the same thing forever, whatever models/audit.py
becomes; so 0005-0008 and 0010 call these copies, not the live code. A change to the
triggers is a new migration with a new frozen copy here.
"""

from __future__ import annotations

# Audited tables and the columns that identify a record in them (as of migration 0010).
_AUDITED = {
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
_GENESIS = "0" * 64
_PAYLOAD = ("{p}at || char(31) || {p}user || char(31) || {p}table_name || char(31) || {p}record_key || char(31) || "
            "{p}action || char(31) || COALESCE({p}old, '') || char(31) || COALESCE({p}new, '')")


# Migration 0014 adds the successions between org units and the letterheads by unit and date.
_AUDITED_0014 = {**_AUDITED, "successions": ("id",), "letterheads": ("id",)}
# Migration 0016 adds the register of documents issued (its PDF copies are BLOBs: not copied).
_AUDITED_0016 = {**_AUDITED_0014, "register": ("id",)}
# Migration 0017 adds the validation rules.
_AUDITED_0017 = {**_AUDITED_0016, "rules": ("id",)}
# Migration 0018 adds the keys trusted for received packages (the office's own key is not audited).
_AUDITED_0018 = {**_AUDITED_0017, "trusted_keys": ("id",)}


def _install(db, *, quiet: bool, tables: dict = _AUDITED) -> None:
    for table, key in tables.items():
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
            old_json = ("json_object(" + ", ".join(f"'{c}', {old}.\"{c}\"" for c in columns) + ")") if old else "NULL"
            new_json = ("json_object(" + ", ".join(f"'{c}', {new}.\"{c}\"" for c in columns) + ")") if new else "NULL"
            conditions = [f"NOT tttt_quiet('{table}')"] if quiet else []
            if action == "update":  # a no-op update leaves no trace
                conditions.append("(" + " OR ".join(f"OLD.\"{c}\" IS NOT NEW.\"{c}\"" for c in columns) + ")"
                                  if quiet else " OR ".join(f"OLD.\"{c}\" IS NOT NEW.\"{c}\"" for c in columns))
            when = ("WHEN " + " AND ".join(conditions)) if conditions else ""
            db.execute(f"""
                CREATE TRIGGER {name} AFTER {action.upper()} ON {table} {when}
                BEGIN
                    INSERT INTO audit_log (at, user, table_name, record_key, action, old, new, prev_hash, hash)
                    SELECT e.at, e.user, e.table_name, e.record_key, e.action, e.old, e.new, e.prev,
                           tttt_chain(e.prev, {_PAYLOAD.format(p="e.")})
                    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, tttt_user() AS user,
                                 '{table}' AS table_name, {record_key} AS record_key, '{action}' AS action,
                                 {old_json} AS old, {new_json} AS new,
                                 COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '{_GENESIS}')
                                     AS prev) AS e;
                END""")


def triggers_0005(db) -> None:
    """Migrations 0005-0008: a trigger per action on every audited table that exists."""
    _install(db, quiet=False)


def triggers_0010(db) -> None:
    """Migration 0010: the same, standing down while tttt_quiet(table) (bulk writes audit themselves);
    0011 runs it again after adding columns, so that the entries copy them."""
    _install(db, quiet=True)


def triggers_0014(db) -> None:
    """Migration 0014: as 0010, on the tables of 0010 and the two that 0014 creates."""
    _install(db, quiet=True, tables=_AUDITED_0014)


def triggers_0016(db) -> None:
    """Migration 0016: as 0014, and the register of documents issued."""
    _install(db, quiet=True, tables=_AUDITED_0016)


def triggers_0017(db) -> None:
    """Migration 0017: as 0016, and the validation rules."""
    _install(db, quiet=True, tables=_AUDITED_0017)


def triggers_0018(db) -> None:
    """Migration 0018: as 0017, and the keys trusted for received packages."""
    _install(db, quiet=True, tables=_AUDITED_0018)
