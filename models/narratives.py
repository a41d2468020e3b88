"""The report's text per sector, org unit and period, in three parts."""

from __future__ import annotations
from typing import TYPE_CHECKING

from models import access, approvals
from models.clock import now_iso
from models.text import nfc

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

PARTS = ("results", "difficulties", "tasks")


def get_narrative(db: Database, sector_id: int, org_unit_id: int, period: str) -> dict[str, str]:
    """The three parts of the text (empty strings where nothing was written)."""
    out = dict.fromkeys(PARTS, "")
    for part, body in db.execute(
        "SELECT part, body FROM narratives WHERE sector_id = ? AND org_unit_id = ? AND period = ?",
        [sector_id, org_unit_id, period],
    ):
        out[part] = body
    return out


def save_narrative(db: Database, sector_id: int, org_unit_id: int, period: str,
                   part: str, body: str) -> None:
    """Store one part of the text, in NFC, in one transaction."""
    access.require(db, "edit_text")
    if part not in PARTS:
        raise ValueError(f"Phần văn bản «{part}» không có")
    approvals.check_open(db, [(org_unit_id, period)])
    with db.atomic():
        db.execute(
            """INSERT INTO narratives (sector_id, org_unit_id, period, part, body, updated_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (sector_id, org_unit_id, period, part)
               DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""",
            [sector_id, org_unit_id, period, part, nfc(body), now_iso()],
        )
