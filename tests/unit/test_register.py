"""The register of documents issued: drafts take no number, issuing takes the next one, a
number is never used twice, an issued document reprints identically (issue #15, point 1)."""

import dataclasses
import threading

import pytest

from models import catalog, register
from models.register import RegisterError
from models.reports import letterhead
from ops import reports
from ops.session import Session, open_session


@pytest.fixture
def session(tmp_path):
    opened = open_session(tmp_path / "office.sqlite3", demo=True)
    yield opened
    opened.close()


def _report(session, kind="annual", record=None):
    unit_id, period = reports.default_scope(session, None, "2024")
    return reports.build_report(session, kind, unit_id, period, record_id=record)


def test_a_draft_takes_no_number_and_no_day(session):
    report = _report(session)
    assert report.settings.is_draft
    assert report.settings.number_line() == "Số: ......./BC-STTTT"
    assert report.settings.date_line().startswith("Bắc Kạn, ngày ..... tháng ..... năm ")


def test_issuing_takes_the_next_number_and_keeps_the_pdf(session, tmp_path):
    first = session.read(register.get_entry, reports.issue(session, _report(session), tmp_path / "a.pdf",
                                                           issued_on="2025-01-05").record_id)
    second = session.read(register.get_entry, reports.issue(session, _report(session), tmp_path / "b.pdf",
                                                            issued_on="2025-01-07").record_id)
    assert (first.number_text, second.number_text) == ("01/BC-STTTT", "02/BC-STTTT")
    assert first.summary.startswith("BÁO CÁO Kết quả thực hiện nhiệm vụ năm 2024")
    assert first.signer == "PHÓ GIÁM ĐỐC Nguyễn Văn Mẫu" and "UBND tỉnh (b/c)" in first.recipients
    reports.reprint(session, first.id, tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "a.pdf").read_bytes()  # byte for byte
    import pdfplumber

    with pdfplumber.open(tmp_path / "a.pdf") as pdf:
        text = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "Số: 01/BC-STTTT" in text and "Bắc Kạn, ngày 05 tháng 01 năm 2025" in text
    verdict = reports.check_copy(session, tmp_path / "a.pdf")
    assert verdict.matches


def test_a_number_given_by_hand_is_registered_once(session, tmp_path):
    reports.issue(session, _report(session), tmp_path / "a.pdf", number=5, issued_on="2025-01-05")
    with pytest.raises(RegisterError, match="05/BC-STTTT năm 2025 đã cấp ngày 05/01/2025"):
        reports.issue(session, _report(session), tmp_path / "b.pdf", number=5, issued_on="2025-03-01")
    assert not (tmp_path / "b.pdf").exists()  # nothing written
    entry = session.read(register.get_entry, reports.issue(session, _report(session), tmp_path / "c.pdf",
                                                           issued_on="2025-03-02").record_id)
    assert entry.number == 6  # the next after the highest
    assert [e.number for e in session.read(register.entries, year=2025, doc_type="BC")] == [6, 5]
    assert session.read(register.entries, doc_type="QĐ") == []


def test_two_documents_issued_at_once_never_share_a_number(session, tmp_path):
    results, errors = [], []
    drafts = [_report(session) for _ in range(3)]  # made on this thread, issued from three others

    def issue(n):
        try:
            results.append(reports.issue(session, drafts[n], tmp_path / f"{n}.pdf").record_id)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = [session.read(register.get_entry, i).number for i in results]
    assert sorted(numbers) == [1, 2, 3]


def test_two_connections_racing_for_one_number_leave_one_winner(tmp_path):
    """Without the program's single writer, the table's own constraint still holds."""
    from models.database import open_database

    path = tmp_path / "office.sqlite3"
    open_session(path, demo=True).close()
    first, second = open_database(path), open_database(path)
    try:
        session = Session(first, path=None)
        report = _report(session)
        render = lambda issued: b"%PDF-1.4 test"  # noqa: E731
        register.issue(first, report, render, org_unit_id=catalog.top_org_unit(first).id, number=3)
        with pytest.raises(RegisterError, match="03/BC-STTTT"):
            register.issue(second, report, render, org_unit_id=catalog.top_org_unit(second).id, number=3)
    finally:
        first.close()
        second.close()


def test_a_document_with_gaps_or_no_signer_is_not_issued(session, tmp_path):
    draft = _report(session, "violation-record", 4)  # the unfinished quick entry
    with pytest.raises(RegisterError, match="chỉ in được bản dự thảo"):
        reports.issue(session, draft, tmp_path / "x.pdf")
    unsigned = dataclasses.replace(_report(session), settings=dataclasses.replace(
        letterhead.load(session.db), signer_name=""))
    with pytest.raises(RegisterError, match="Họ tên người ký"):
        reports.issue(session, unsigned, tmp_path / "y.pdf")
    assert session.read(register.entries) == []


def test_a_record_is_registered_under_its_own_number(session, tmp_path):
    entry = session.read(register.get_entry, reports.issue(
        session, _report(session, "violation-record", 1), tmp_path / "bb.pdf", number=21,
        issued_on="2024-03-13").record_id)
    assert entry.number_text == "21/BB-VPHC" and entry.kind == "violation-record"
