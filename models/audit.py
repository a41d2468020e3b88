"""The audit log: every change to a record, who, when, old and new values.

Triggers on every audited table (created by the migrations, models/schema_audit.py)
append to ``audit_log`` in the same transaction as the change, so a change and its trace are never apart. Each
entry carries the SHA-256 of the previous entry's hash and its own content:
the log is a hash chain, and :func:`verify_chain` names the first entry that
was altered, removed or inserted out of band. The log itself refuses UPDATE
and DELETE.

The triggers call functions that :func:`register` installs on each
connection: ``tttt_user()`` (who is working on that connection: the user a
session signed in, see :func:`models.access.act_as`, else the system's login
name), ``tttt_chain(prev, payload)`` and ``tttt_quiet(table)``. A writer of many rows (an import of 100,000
figures) may instead record its changes with :func:`recorded_in_bulk`: the
table's triggers stand down on that connection for the block, and the same
entries (the same JSON, built by the same SQL expressions, chained the same
way) are appended in one batch at its end, inside the writer's transaction.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import getpass
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
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
    "successions": ("id",),
    "letterheads": ("id",),
    "register": ("id",),
}
GENESIS = "0" * 64
# What each entry's hash covers, built the same way by the trigger and by verify_chain
# (plain concatenation: the JSON functions cost more than the rest of a write).
PAYLOAD = ("{p}at || char(31) || {p}user || char(31) || {p}table_name || char(31) || {p}record_key || char(31) || "
           "{p}action || char(31) || COALESCE({p}old, '') || char(31) || COALESCE({p}new, '')")

# Per connection (by id: sqlite3 connections take no weak references), the tables whose
# triggers stand down while recorded_in_bulk writes their entries itself.
_quiet: dict[int, set[str]] = {}


def name_of(db) -> str:
    """Who the changes made through ``db`` are attributed to: the user acting on that
    connection (models.access.act_as), else the system's login name."""
    user = getattr(db, "acting_user", None)
    return user.username if user is not None else _os_user()


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


def register(conn, who: Callable[[], str] = _os_user) -> None:
    """Install the functions the audit triggers call, on one sqlite3 connection; ``who()``
    names the user its changes are attributed to."""
    quiet = _quiet[id(conn)] = set()
    conn.create_function("tttt_user", 0, who)
    conn.create_function("tttt_chain", 2, chain, deterministic=True)
    conn.create_function("tttt_quiet", 1, quiet.__contains__)


def _payload_sql(prefix: str, columns: list[str]) -> str:
    pairs = ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in columns)
    return f"json_object({pairs})"


def _record_key_sql(prefix: str, key: Sequence[str]) -> str:
    return "CAST(" + " || '|' || ".join(f"COALESCE({prefix}.\"{k}\", '')" for k in key) + " AS TEXT)"


def _columns(db: Database, table: str) -> list[str]:
    """The columns an entry copies: BLOB columns (photos) are traced by their hash
    column, not copied; nor are password hashes."""
    info = db.execute(f"PRAGMA table_info({table})").fetchall()
    return [row[1] for row in info if (row[2] or "").upper() != "BLOB" and row[1] != "password"]


@contextlib.contextmanager
def recorded_in_bulk(db: Database, table: str, scopes: Sequence[tuple[str, Sequence]]) -> Iterator[None]:
    """Audit the writes to ``table`` made inside the block in one batch, not row by row.

    ``scopes`` are WHERE clauses with their parameters that together cover
    every row the block may insert, change or delete. The rows they select are
    read before and after the block; each record that differs gets the entry
    its trigger would have written (a record changed twice in the block gets
    one entry, from its state before to its state after). Call it inside the
    writer's transaction: entries and changes commit or roll back together.
    An exception in the block writes no entry.
    """
    if not db.conn.in_transaction:
        raise RuntimeError("recorded_in_bulk runs inside the writer's transaction")
    select = (f"SELECT {_record_key_sql('r', AUDITED[table])}, {_payload_sql('r', _columns(db, table))} "
              f"FROM {table} AS r WHERE ")

    def read() -> dict[str, str]:
        rows: dict[str, str] = {}
        for where, params in scopes:
            rows.update(db.execute(select + where, params).fetchall())
        return rows

    before = read()
    quiet = _quiet[id(db.conn)]
    quiet.add(table)
    try:
        yield
    finally:
        quiet.discard(table)
    after = read()
    entries = [(key, "update" if key in before else "insert", before.get(key), new)
               for key, new in after.items() if before.get(key) != new]
    entries += [(key, "delete", old, None) for key, old in before.items() if key not in after]
    _append(db, table, entries)


def _append(db: Database, table: str, entries: list[tuple[str, str, str | None, str | None]]) -> None:
    """Append entries to the log, chained as the triggers chain them (see PAYLOAD)."""
    if not entries:
        return
    at = db.execute("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')").fetchone()[0]
    user = name_of(db)
    last = db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    previous = last[0] if last else GENESIS
    rows = []
    for key, action, old, new in entries:
        payload = "\x1f".join((at, user, table, key, action, old or "", new or ""))
        digest = chain(previous, payload)
        rows.append((at, user, table, key, action, old, new, previous, digest))
        previous = digest
    db.conn.executemany("INSERT INTO audit_log (at, user, table_name, record_key, action, old, new, "
                        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


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
    """The changes of the figures, targets, activities, texts and approvals of one org unit and
    period, oldest first. Every part is found through an index (the record key, or the unit and
    period an activity's or approval's entry names: migration 0019), never by reading the whole log."""
    figure_keys = [f"{i}|{org_unit_id}|{period}" for (i,) in db.execute("SELECT id FROM indicators")]
    text_keys = [f"{s}|{org_unit_id}|{period}|{part}" for (s,) in db.execute("SELECT id FROM sectors")
                 for part in ("results", "difficulties", "tasks")]
    rows = []
    for table_names, keys in ((("indicator_values", "targets"), figure_keys), (("narratives",), text_keys)):
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            rows += db.execute(f"{_SELECT} WHERE record_key IN ({','.join('?' * len(part))}) "
                               f"AND table_name IN ({','.join('?' * len(table_names))})",
                               [*part, *table_names]).fetchall()
    rows += db.execute(f"{_SELECT} WHERE table_name IN ('activities', 'approvals') "
                       "AND json_extract(COALESCE(new, old), '$.org_unit_id') = ? "
                       "AND json_extract(COALESCE(new, old), '$.period') = ?", [org_unit_id, period]).fetchall()
    return [_entry(r) for r in sorted(rows, key=lambda r: r[0])]


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
