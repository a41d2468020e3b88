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
name), ``tttt_chain(prev, payload)`` and ``tttt_quiet(table)``.

The figures, nearly all of what a province's file holds, are logged compactly instead
(:func:`figures_recorded`, migration 0020): the table's triggers stand down on the
writing connection for the block (``tttt_quiet``), and a write of figures is one entry of the chain
(table ``figure_changes``: who, when, its source, how many changes and their digest) and each
changed figure one row of typed columns in ``figure_changes``; :func:`verify_chain`
recomputes each entry's digest from its rows. The histories read both kinds alike.
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
# triggers stand down while figures_recorded logs the figures itself.
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


FIGURE_TABLE = "figure_changes"  # a write of figures: its entry's table (action "insert": rows added there)


def _figure_text(row: Sequence) -> str:
    """One figure change as its digest reads it, the same at writing and at checking."""
    return "\x1f".join("" if x is None else repr(float(x)) if isinstance(x, float) else str(x) for x in row)


def figures_digest(rows: Sequence[Sequence]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(_figure_text(row).encode("utf-8") + b"\x1e")
    return digest.hexdigest()


@contextlib.contextmanager
def figures_recorded(db: Database, scopes: Sequence[tuple[str, Sequence]], about: dict | None = None) -> Iterator[None]:
    """Audit the figures written inside the block as one entry and a compact row per change.

    ``scopes`` (WHERE clauses on ``indicator_values AS r`` with their parameters) cover every
    figure the block may write; they are read before and after it. A figure whose value,
    estimate flag or note differs gets a row in ``figure_changes``; all of them one entry in the
    chain, whose ``new`` names ``about`` (the file or package), the count and the digest.
    Inside the writer's transaction: an exception in the block writes nothing."""
    if not db.conn.in_transaction:
        raise RuntimeError("figures_recorded runs inside the writer's transaction")
    select = ("SELECT indicator_id, org_unit_id, period, value, status = 'estimate', NULLIF(note, '') "
              "FROM indicator_values AS r WHERE ")

    def read() -> dict[tuple, tuple]:
        rows: dict[tuple, tuple] = {}
        for where, params in scopes:
            rows.update(((i, u, p), (v, e, n)) for i, u, p, v, e, n in db.execute(select + where, params))
        return rows

    before = read()
    quiet = _quiet[id(db.conn)]
    quiet.add("indicator_values")
    try:
        yield
    finally:
        quiet.discard("indicator_values")
    after = read()
    nothing = (None, None, None)
    changes = [(*key, *before.get(key, nothing), *after.get(key, nothing))
               for key in sorted(before.keys() | after.keys()) if before.get(key) != after.get(key)]
    if not changes:
        return
    summary = {**(about or {}), "changes": len(changes), "digest": figures_digest(changes)}
    _append(db, FIGURE_TABLE, [("*", "insert", None, json.dumps(summary, ensure_ascii=False, sort_keys=True))])
    entry_id = db.execute("SELECT MAX(id) FROM audit_log").fetchone()[0]
    db.conn.executemany("INSERT INTO figure_changes (entry_id, indicator_id, org_unit_id, period, old_value, "
                        "old_estimate, old_note, new_value, new_estimate, new_note) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(entry_id, *row) for row in changes])


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
    """The changes of one indicator value (and its target), oldest first."""
    key = f"{indicator_id}|{org_unit_id}|{period}"
    rows = [_entry(r) for r in db.execute(
        f"{_SELECT} WHERE table_name IN ('indicator_values', 'targets') AND record_key = ? ORDER BY id", [key])]
    rows += _figure_entries(db, "c.org_unit_id = ? AND c.period = ? AND c.indicator_id = ?",
                            [org_unit_id, period, indicator_id])
    return sorted(rows, key=lambda e: e.id)


def _figure_entries(db: Database, where: str, params: list) -> list[Entry]:
    """The compact figure changes (figure_changes) as entries like the others."""
    out = []
    for (entry_id, at, user, indicator_id, org_unit_id, period, old_value, old_estimate, old_note, new_value,
         new_estimate, new_note) in db.execute(
            "SELECT a.id, a.at, a.user, c.indicator_id, c.org_unit_id, c.period, c.old_value, c.old_estimate, "
            "c.old_note, c.new_value, c.new_estimate, c.new_note FROM figure_changes c "
            f"JOIN audit_log a ON a.id = c.entry_id WHERE {where} ORDER BY c.rowid", params):
        ids = {"indicator_id": indicator_id, "org_unit_id": org_unit_id, "period": period}
        old = None if old_value is None else {**ids, "value": old_value, "status": _status(old_estimate),
                                               "note": old_note or ""}
        new = None if new_value is None else {**ids, "value": new_value, "status": _status(new_estimate),
                                               "note": new_note or "", "updated_by": user, "updated_at": at}
        action = "insert" if old is None else "delete" if new is None else "update"
        out.append(Entry(entry_id, at, user, "indicator_values", f"{indicator_id}|{org_unit_id}|{period}", action,
                         old, new))
    return out


def _status(estimate) -> str:
    return "estimate" if estimate else "final"


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
    entries = [_entry(r) for r in rows] + _figure_entries(db, "c.org_unit_id = ? AND c.period = ?",
                                                          [org_unit_id, period])
    return sorted(entries, key=lambda e: e.id)


def last_id(db: Database) -> int:
    return db.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0]


def verify_chain(db: Database) -> int | None:
    """The id of the first entry whose hash does not follow from its content and the
    entry before it (altered, removed or inserted out of band), or whose figure changes no
    longer give the digest it names; None when the chain holds."""
    previous = GENESIS
    digests: dict[int, str] = {}
    # SQLite rebuilds each payload exactly as the trigger wrote it.
    for entry_id, payload, prev_hash, stored, table, new in db.execute(
            f"SELECT id, {PAYLOAD.format(p='')}, prev_hash, hash, table_name, new FROM audit_log ORDER BY id"):
        if prev_hash != previous or chain(prev_hash, payload) != stored:
            return entry_id
        if table == FIGURE_TABLE:
            try:
                digests[entry_id] = json.loads(new)["digest"]
            except (ValueError, KeyError, TypeError):
                return entry_id
        previous = stored
    return _verify_figures(db, digests)


def _verify_figures(db: Database, digests: dict[int, str]) -> int | None:
    """The first figures entry whose rows do not give its digest (a row altered, removed or added)."""
    if "figure_changes" not in db.table_names():
        return None
    found: dict[int, str] = {}
    current, digest = None, None
    for row in db.execute("SELECT entry_id, indicator_id, org_unit_id, period, old_value, old_estimate, old_note, "
                          "new_value, new_estimate, new_note FROM figure_changes ORDER BY entry_id, rowid"):
        if row[0] != current:
            if current is not None:
                found[current] = digest.hexdigest()
            current, digest = row[0], hashlib.sha256()
        digest.update(_figure_text(row[1:]).encode("utf-8") + b"\x1e")
    if current is not None:
        found[current] = digest.hexdigest()
    broken = [entry for entry in digests.keys() | found.keys() if digests.get(entry) != found.get(entry)]
    return min(broken) if broken else None
