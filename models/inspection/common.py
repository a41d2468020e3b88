"""What the inspection records share: validation, search text, the trash."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import TYPE_CHECKING

from models import access
from models.clock import now_iso
from models.text import nfc, words_of
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

# Tables whose records go to the trash when deleted.
TRASH_TABLES = ("establishments", "inspections", "violations", "petitions")


class RecordError(UserError, ValueError):
    """A record that cannot be saved; ``field`` names the field at fault."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


def clean_text(value: str | None) -> str:
    return nfc((value or "").strip())


def required(value: str | None, field: str, label: str) -> str:
    text = clean_text(value)
    if not text:
        raise RecordError(field, f"{label}: không được để trống")
    return text


def iso_date(value: str | dt.date | None, field: str, label: str, *, optional: bool = True) -> str | None:
    """An ISO date (yyyy-mm-dd) from a date or its text; None when empty and optional."""
    if value in (None, ""):
        if optional:
            return None
        raise RecordError(field, f"{label}: không được để trống")
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise RecordError(field, f"{label}: «{value}» không phải ngày hợp lệ") from None


def search_text(*parts) -> str:
    """The text a record is searched by: its folded words (diacritics ignored, đ as d), each
    after a space, so that a word start is found as " " + word."""
    return " " + " ".join(w for p in parts if p for w in words_of(str(p)))


def from_row(cls, row: dict, **extra):
    """A record dataclass from a table row: its own columns, 0/1 flags as booleans, plus ``extra``."""
    values = {}
    for field in dataclasses.fields(cls):
        if field.name in row:
            value = row[field.name]
            values[field.name] = bool(value) if field.type in ("bool", bool) else value
    return cls(**values, **extra)


def filter_clauses(query: str = "", **equal) -> tuple[list[str], list]:
    """WHERE clauses (and their parameters) for a list not in the trash: every word of
    ``query`` starting a word of the ``search`` column, and each column equal to its value
    when given."""
    clauses, params = ["deleted_at IS NULL"], []
    for word in words_of(query):
        # ``search`` holds folded words each after a space: a word start is " " + word.
        clauses.append("instr(search, ?) > 0")
        params.append(" " + word)
    for column, value in equal.items():
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    return clauses, params


def new_uid() -> str:
    """A global id: the same record carries it into every office's database."""
    return uuid.uuid4().hex


def check_exists(db: Database, table: str, record_id: int | None, field: str, label: str) -> None:
    if record_id is not None and not db.execute(
            f"SELECT 1 FROM {table} WHERE id = ? AND {'deleted_at IS NULL' if table in TRASH_TABLES else '1'}",
            [record_id]).fetchone():
        raise RecordError(field, f"{label}: không có")


def insert_or_update(db: Database, table: str, record_id: int | None, record: dict, label: str) -> int:
    """Insert ``record`` as a new row (with its global id) or update row ``record_id``; its id.

    Call inside the transaction that checked the record's references.
    """
    if record_id is None:
        return db[table].insert({**record, "uid": new_uid()}).last_pk
    check_exists(db, table, record_id, "id", label)
    db[table].update(record_id, record)
    return record_id


def latest_id(db: Database, table: str) -> int | None:
    """The newest record of a table, not in the trash (None when there is none)."""
    if table not in TRASH_TABLES:
        raise ValueError(table)
    return db.execute(f"SELECT MAX(id) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def move_to_trash(db: Database, table: str, record_id: int) -> None:
    """Delete a record into the trash (it can be restored until the trash is emptied)."""
    access.require(db, "edit_inspection")
    if table not in TRASH_TABLES:
        raise ValueError(table)
    with db.atomic():
        db.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", [now_iso(), record_id])


def restore(db: Database, table: str, record_id: int) -> None:
    access.require(db, "edit_inspection")
    if table not in TRASH_TABLES:
        raise ValueError(table)
    with db.atomic():
        db.execute(f"UPDATE {table} SET deleted_at = NULL WHERE id = ?", [record_id])


def trash(db: Database) -> list[dict]:
    """What is in the trash: table, id, a label and when it was deleted, newest first."""
    labels = {"establishments": "name", "inspections": "decision_number", "violations": "offender",
              "petitions": "sender"}
    rows = []
    for table in TRASH_TABLES:
        for record_id, label, deleted in db.execute(
                f"SELECT id, {labels[table]}, deleted_at FROM {table} WHERE deleted_at IS NOT NULL"):
            rows.append({"table": table, "id": record_id, "label": label, "deleted_at": deleted})
    return sorted(rows, key=lambda r: r["deleted_at"], reverse=True)


def empty_trash(db: Database) -> int:
    """Remove for good everything in the trash, in one transaction; returns how many."""
    access.require(db, "edit_inspection")
    removed = 0
    with db.atomic():
        # Links first: a violation may point at a trashed inspection or establishment.
        db.execute("UPDATE violations SET inspection_id = NULL WHERE inspection_id IN "
                   "(SELECT id FROM inspections WHERE deleted_at IS NOT NULL)")
        db.execute("UPDATE violations SET establishment_id = NULL WHERE establishment_id IN "
                   "(SELECT id FROM establishments WHERE deleted_at IS NOT NULL)")
        db.execute("DELETE FROM inspection_targets WHERE establishment_id IN "
                   "(SELECT id FROM establishments WHERE deleted_at IS NOT NULL)")
        for table in ("violations", "petitions", "inspections", "establishments"):
            removed += db.execute(f"DELETE FROM {table} WHERE deleted_at IS NOT NULL").rowcount
    return removed
