"""Reports and documents: what they say, built from the records, and their PDF."""

from __future__ import annotations

import dataclasses
import os

from models import catalog, values
from models.errors import UserError
from models.output import written
from models.inspection.common import latest_id
from models.periods import parse_period
from models.reports.content import Report, build_period_report
from models.reports.inspection_docs import KINDS as DOCUMENT_KINDS, build_document
from models.reports import letterhead
from models.reports.letterhead import ReportSettings
from ops.changes import REGISTER, Changes
from ops.session import Session

KINDS = ("annual", *DOCUMENT_KINDS)  # "annual": the period report, for any kind of period


class ReportRefused(UserError, ValueError):
    """A report that cannot be made as asked; the message says why."""


def default_scope(session: Session, org_code: str | None, period: str | None) -> tuple[int, str]:
    """The org unit (by code; default the top of the tree) and period (default the latest year
    with figures, else this year) a report is for; ReportRefused names what is unknown."""
    import datetime as dt

    unit = catalog.org_unit_by_code(session.db, org_code) if org_code else catalog.top_org_unit(session.db)
    if unit is None:
        raise ReportRefused(f"--org {org_code}: không có đơn vị mã này")
    key = period or values.latest_period(session.db) or str(dt.date.today().year)
    return unit.id, parse_period(key).key


def build_report(session: Session, kind: str, org_unit_id: int, period: str, *, record_id: int | None = None,
                 settings: ReportSettings | None = None) -> Report:
    """The content of a report or document (FieldError, DocumentError: nothing to print;
    ReportRefused when its letterhead lacks what a document cannot go out without)."""
    report = _build(session, kind, org_unit_id, period, record_id=record_id, settings=settings)
    if report.kind == "period" and not report.settings.is_draft:  # a draft: numbered and dated when issued
        report = dataclasses.replace(report, settings=dataclasses.replace(report.settings, doc_number=0,
                                                                          doc_date=""))
    lacking = letterhead.missing(report.settings)
    if lacking:
        raise ReportRefused("Tiêu đề và chữ ký của văn bản còn thiếu: " + ", ".join(lacking)
                            + " (điền ở thẻ Báo cáo, rồi Lưu thiết lập)")
    return report


def _build(session: Session, kind: str, org_unit_id: int, period: str, *, record_id: int | None,
           settings: ReportSettings | None) -> Report:
    if kind in ("annual", "period"):
        return session.read(build_period_report, org_unit_id, period, settings=settings)
    if kind not in DOCUMENT_KINDS:
        raise ReportRefused(f"Không có loại văn bản «{kind}»")
    if record_id is None and kind == "penalty-decision":
        record_id = session.read(lambda db: (db.execute(
            "SELECT id FROM violations WHERE deleted_at IS NULL AND decision_number <> '' "
            "ORDER BY decision_date DESC, id DESC LIMIT 1").fetchone() or [None])[0])
        if record_id is None:
            raise ReportRefused(f"--kind {kind}: chưa có quyết định xử phạt nào để in")
    if record_id is None and kind != "violations":
        table = "inspections" if kind == "inspection-minutes" else "violations"
        record_id = session.read(latest_id, table)
        if record_id is None:
            raise ReportRefused(f"--kind {kind}: chưa có hồ sơ nào để in")
    return session.read(build_document, kind, org_unit_id=org_unit_id, period=period, record_id=record_id,
                        settings=settings)


def check_copy(session: Session, path: str | os.PathLike):
    """Whether a printed report (its PDF) still matches the records, and which figures changed."""
    from models.reports.verify import verify

    return session.read(verify, path)


def render_pdf(report: Report, path: str | os.PathLike) -> int:
    """Lay the report out as a PDF (reportlab; Matplotlib for a chart not drawn before); its pages."""
    from models.reports.pdf import render

    if not isinstance(path, (str, os.PathLike)):  # a buffer (the register keeps the issued PDF)
        return render(report, path)
    with written(path) as temporary:
        return render(report, temporary)


def issue(session: Session, report: Report, path: str | os.PathLike, *, org_unit_id: int | None = None,
          number: int | None = None, issued_on: str | None = None):
    """Issue ``report``: its number from the register (or ``number``, one issued by hand) and
    its date (default today), laid out, kept in the register with its PDF, and written to
    ``path``; the Changes name the register's entry. RegisterError when the number is taken."""
    import io

    from models import register

    def render(issued: Report) -> bytes:
        out = io.BytesIO()
        render_pdf(issued, out)
        return out.getvalue()

    def issue_it(db):  # on the writer: the number is taken where it is kept
        return register.issue(db, report, render, org_unit_id=org_unit_id or _issuer(db, report), number=number,
                              issued_on=issued_on)

    entry, _issued, pdf = session.write(issue_it)
    with written(path) as temporary:
        temporary.write_bytes(pdf)
    return Changes.of(REGISTER, record_id=entry.id)


def issuer_of(session: Session, report: Report) -> int:
    """The unit whose register numbers ``report``."""
    return session.read(_issuer, report)


def _issuer(db, report: Report) -> int:
    """The unit whose register numbers a document: a period report's own unit; a record's, the office."""
    if report.kind == "period":
        return catalog.org_unit_by_code(db, report.org_unit_code).id
    return catalog.top_org_unit(db).id


def reprint(session: Session, entry_id: int, path: str | os.PathLike) -> str:
    """Write the PDF of an issued document, exactly as it was issued."""

    from models import register

    pdf = session.read(register.pdf_of, entry_id)
    with written(path) as temporary:
        temporary.write_bytes(pdf)
    return str(path)


def render_docx(report: Report, path: str | os.PathLike) -> None:
    """The same document as an editable Word file (python-docx), written whole or not at all."""

    from models.reports.docx import write_docx

    with written(path) as temporary:
        write_docx(report, temporary)
