"""The report's text per sector, org unit and period, in three parts."""

from __future__ import annotations
from typing import TYPE_CHECKING

from models import access, approvals
from models.clock import now_iso
from models.errors import UserError
from models.numbers import format_number
from models.text import nfc

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

PARTS = ("results", "difficulties", "tasks")


class TextError(UserError, ValueError):
    """A text that cannot be stored so; the message says why."""


# A part of a sector's text of a real report runs to a page or two; this is some thirty pages
# (a megabyte pasted by mistake printed 401 pages in six minutes).
MAX_PART_CHARS = 60_000

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
        raise TextError(f"Phần văn bản «{part}» không có (dùng: {', '.join(PARTS)})")
    if len(body) > MAX_PART_CHARS:
        raise TextError(f"Phần văn bản dài {format_number(len(body))} ký tự, quá giới hạn "
                        f"{format_number(MAX_PART_CHARS)} (khoảng 30 trang); hãy rút gọn")
    approvals.check_open(db, [(org_unit_id, period)])
    with db.atomic():
        db.execute(
            """INSERT INTO narratives (sector_id, org_unit_id, period, part, body, updated_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (sector_id, org_unit_id, period, part)
               DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""",
            [sector_id, org_unit_id, period, part, nfc(body), now_iso()],
        )


def check_fields(db: Database, body: str) -> None:
    """Refuse a text whose fields name an indicator, form or option that does not exist."""
    from models import catalog
    from models.reports.fields import FIELD, FORMS, OPTIONS, parse_spec

    codes = {i.code for i in catalog.indicators(db, include_inactive=True)}
    problems = []
    for match in FIELD.finditer(body or ""):
        _form, _options, unknown = parse_spec(match.group(2))
        if match.group(1) not in codes:
            problems.append(f"{match.group(0)}: không có chỉ tiêu mã này")
        elif unknown:
            problems.append(f"{match.group(0)}: không có {', '.join(unknown)} (dạng: {', '.join(FORMS)}; "
                            f"tùy chọn: {', '.join(OPTIONS)})")
    if problems:
        raise TextError("Trường không hợp lệ trong văn bản: " + "; ".join(problems))


def copy_texts(db: Database, org_unit_id: int, source: str, target: str) -> int:
    """Start ``target``'s text from ``source``'s, part by part, for every sector: a part already
    written in ``target`` is kept (never overwritten). Returns how many parts were copied."""
    access.require(db, "edit_text")
    approvals.check_open(db, [(org_unit_id, target)])
    copied = 0
    with db.atomic():
        rows = db.execute("SELECT sector_id, part, body FROM narratives WHERE org_unit_id = ? AND period = ? "
                          "AND body <> ''", [org_unit_id, source]).fetchall()
        for sector_id, part, body in rows:
            if get_narrative(db, sector_id, org_unit_id, target)[part].strip():
                continue
            save_narrative(db, sector_id, org_unit_id, target, part, body)
            copied += 1
    return copied
