"""The register of documents issued (sổ đăng ký văn bản đi, Decree 30/2020/NĐ-CP).

Each issuing unit numbers its documents per year and type (the symbol: BC-STTTT,
BB-VPHC, QĐ-XPHC...), from 1, never twice. Issuing fixes a document's number and date
and keeps, with the entry, the letterhead as printed, the summary, the signer, the
recipients, the digest of the content and the PDF itself, so it can be reprinted exactly
and never renumbered. Until issued, a document is a draft with its number left blank.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from models import access, audit
from models.clock import now_iso
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

    from models.reports.content import Report


class RegisterError(UserError, ValueError):
    """A document that cannot be issued so (a number already used, a date unreadable)."""


@dataclasses.dataclass(frozen=True)
class Entry:
    id: int
    org_unit_id: int
    year: int
    doc_type: str
    number: int
    issued_on: str
    kind: str
    subject_org: str
    period: str
    record_id: int | None
    summary: str
    signer: str
    recipients: tuple[str, ...]
    digest: str
    pdf_sha256: str
    issued_at: str
    issued_by: str

    @property
    def number_text(self) -> str:
        return f"{self.number:02d}/{self.doc_type}"


_COLUMNS = ("id", "org_unit_id", "year", "doc_type", "number", "issued_on", "kind", "subject_org", "period",
            "record_id", "summary", "signer", "recipients", "digest", "pdf_sha256", "issued_at", "issued_by")


def _entry(row) -> Entry:
    values = dict(zip(_COLUMNS, row))
    values["recipients"] = tuple(json.loads(values["recipients"] or "[]"))
    return Entry(**values)


def next_number(db: Database, org_unit_id: int, year: int, doc_type: str) -> int:
    row = db.execute("SELECT MAX(number) FROM register WHERE org_unit_id = ? AND year = ? AND doc_type = ?",
                     [org_unit_id, year, doc_type]).fetchone()
    return (row[0] or 0) + 1


def issue(db: Database, report: Report, render: Callable[[Report], bytes], *, org_unit_id: int,
          number: int | None = None, issued_on: str | dt.date | None = None) -> tuple[Entry, Report, bytes]:
    """Give ``report`` the next number of its unit, year and type (or ``number``, for one issued
    by hand) and the date ``issued_on`` (default today), lay it out with ``render`` and keep it,
    all in one transaction. Returns the entry, the report as issued and its PDF.
    RegisterError when the number is taken."""
    from models.reports.letterhead import missing

    access.require(db, "edit_report_settings")
    day = _day(issued_on)
    lacking = missing(report.settings)
    if lacking:
        raise RegisterError("Tiêu đề và chữ ký của văn bản còn thiếu: " + ", ".join(lacking))
    if report.missing:
        raise RegisterError("Văn bản còn thiếu nội dung bắt buộc, chỉ in được bản dự thảo: "
                            + "; ".join(report.missing))
    doc_type = report.settings.doc_symbol
    with db.atomic():  # the number is taken and kept in the same transaction: never twice
        if number is None:
            number = next_number(db, org_unit_id, day.year, doc_type)
        elif number < 1:
            raise RegisterError(f"Số văn bản: {number} không hợp lệ")
        taken = db.execute("SELECT issued_on FROM register WHERE org_unit_id = ? AND year = ? AND doc_type = ? "
                           "AND number = ?", [org_unit_id, day.year, doc_type, number]).fetchone()
        if taken:
            raise RegisterError(f"Số {number:02d}/{doc_type} năm {day.year} đã cấp ngày "
                                f"{dt.date.fromisoformat(taken[0]):%d/%m/%Y}; một số không dùng hai lần")
        issued = dataclasses.replace(report, settings=dataclasses.replace(
            report.settings, doc_number=number, doc_date=day.isoformat()))
        pdf = render(issued)
        try:
            entry_id = _insert(db, {
            "org_unit_id": org_unit_id, "year": day.year, "doc_type": doc_type, "number": number,
            "issued_on": day.isoformat(), "kind": report.kind, "subject_org": report.org_unit_code,
            "period": report.period, "record_id": report.record_id,
            "summary": f"{report.title} {report.subject}".strip(),
            "signer": " ".join(p for p in (report.settings.signer_title, report.settings.signer_name) if p),
            "recipients": json.dumps(list(report.settings.recipients), ensure_ascii=False),
            "settings": json.dumps(dataclasses.asdict(issued.settings), ensure_ascii=False),
            "digest": issued.digest, "pdf": pdf, "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
            "issued_at": now_iso(), "issued_by": audit.name_of(db)})
        except sqlite3.IntegrityError:  # another connection took the number first: the constraint holds
            raise RegisterError(f"Số {number:02d}/{doc_type} năm {day.year} vừa được cấp cho văn bản khác; "
                                "hãy cấp số lại") from None
    return get_entry(db, entry_id), issued, pdf


def _insert(db: Database, record: dict) -> int:
    return db["register"].insert(record).last_pk


def _day(value) -> dt.date:
    if value in (None, ""):
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise RegisterError(f"Ngày ban hành: «{value}» không phải ngày") from None


def get_entry(db: Database, entry_id: int) -> Entry | None:
    row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM register WHERE id = ?", [entry_id]).fetchone()
    return _entry(row) if row else None


def entries(db: Database, *, year: int | None = None, doc_type: str | None = None,
            org_unit_id: int | None = None) -> list[Entry]:
    """The register, newest first; ``doc_type`` matches the symbol's start ("BC" finds BC-STTTT)."""
    clauses, params = ["1 = 1"], []
    if year is not None:
        clauses.append("year = ?")
        params.append(year)
    if doc_type:
        clauses.append("(doc_type = ? OR doc_type LIKE ?)")
        params += [doc_type, f"{doc_type}-%"]
    if org_unit_id is not None:
        clauses.append("org_unit_id = ?")
        params.append(org_unit_id)
    rows = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM register WHERE {' AND '.join(clauses)} "
                      "ORDER BY issued_on DESC, id DESC", params).fetchall()
    return [_entry(r) for r in rows]


def pdf_of(db: Database, entry_id: int) -> bytes:
    """The PDF as issued (checked against the digest kept with it)."""
    row = db.execute("SELECT pdf, pdf_sha256 FROM register WHERE id = ?", [entry_id]).fetchone()
    if row is None or row[0] is None:
        raise RegisterError(f"Sổ văn bản đi: không có bản lưu của mục {entry_id}")
    if hashlib.sha256(row[0]).hexdigest() != row[1]:
        raise RegisterError(f"Sổ văn bản đi: bản lưu của mục {entry_id} không còn nguyên vẹn")
    return row[0]
