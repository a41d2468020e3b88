"""The operations: each writes through the session's one writer, acts as its user, and says
what it changed."""

import threading

import pytest

from models import access, activities, approvals, audit, catalog, narratives, values
from models.database import memory_copy
from models.errors import Cancelled
from models.exchange.importing import read_any
from models.inspection import violations
from models.progress import Progress
from ops import accounts, approval, catalog as catalog_ops, exchange, figures, inspection, reports, safety
from ops import settings as settings_ops
from ops import texts
from ops.changes import (ACCOUNTS, APPROVALS, CATALOG, FIGURES, IMPORTED, INSPECTION, SETTINGS, TEXTS,
                         Changes)
from ops.session import Session, open_session


@pytest.fixture
def session(demo_db):
    return Session(demo_db, path=None)


@pytest.fixture
def file_session(tmp_path, _templates):
    """A session on a file, with its writer thread."""
    path = tmp_path / "office.sqlite3"
    copy = memory_copy(_templates["demo"])
    copy.conn.backup(__import__("sqlite3").connect(path))
    copy.close()
    opened = open_session(path)
    yield opened
    opened.close()


def ids(db, code="postal.items", unit="BK"):
    return catalog.indicator_by_code(db, code).id, catalog.org_unit_by_code(db, unit).id


def test_every_write_of_a_file_session_runs_on_its_one_writer(file_session, monkeypatch):
    threads = []
    real = values.write_values
    monkeypatch.setattr(values, "write_values", lambda *a, **k: (threads.append(threading.current_thread()),
                                                                 real(*a, **k))[1])
    indicator, unit = ids(file_session.db)
    changes = figures.write_figures(file_session, [values.ValueChange(indicator, unit, "2025", 7)])
    assert threads[0].name == "tttt-writer" and threads[0] is not threading.current_thread()
    assert changes.kinds == {FIGURES} and changes.org_units == {unit} and changes.periods == {"2025"}
    assert values.get_value(file_session.db, indicator, unit, "2025").value == 7  # the reads see it


def test_two_writes_from_two_threads_never_interleave(file_session):
    indicator, unit = ids(file_session.db)
    order = []

    def slow(db, label):
        with db.atomic():
            order.append(f"{label} start")
            values.write_values(db, [values.ValueChange(indicator, unit, f"20{30 + len(order)}", 1)])
            threading.Event().wait(0.05)
            order.append(f"{label} end")

    other = threading.Thread(target=lambda: file_session.write(slow, "b"))
    file_session.write(lambda db: (other.start(), slow(db, "a")))
    other.join()
    assert order == ["a start", "a end", "b start", "b end"]


def test_the_writer_acts_as_the_signed_in_user(file_session):
    accounts.save_user(file_session, username="quantri", full_name="", role="admin", password="matkhau-qt")
    accounts.save_user(file_session, username="nhap", full_name="Chuyên viên Nhập", role="data_entry",
                       password="matkhau-nhap")
    user = accounts.sign_in(file_session, "nhap", "matkhau-nhap")
    assert file_session.user == user
    indicator, unit = ids(file_session.db)
    figures.write_figures(file_session, [values.ValueChange(indicator, unit, "2025", 9)])
    assert values.get_value(file_session.db, indicator, unit, "2025").updated_by == "nhap"
    assert audit.value_history(file_session.db, indicator, unit, "2025")[-1].user == "nhap"
    with pytest.raises(access.AccessError):  # a data-entry account approves nothing
        approval.approve(file_session, unit, "2025")


def test_a_refused_write_writes_nothing_and_raises_the_users_error(session):
    indicator, unit = ids(session.db)
    before = audit.last_id(session.db)
    with pytest.raises(values.ValidationError):
        figures.write_figures(session, [values.ValueChange(indicator, unit, "2025", -1)])
    assert audit.last_id(session.db) == before


def test_texts_and_activities(session):
    sector = catalog.sectors(session.db)[0].id
    unit = catalog.top_org_unit(session.db).id
    assert texts.save_text(session, sector, unit, "2025", "results", "Kết quả").kinds == {TEXTS}
    assert narratives.get_narrative(session.db, sector, unit, "2025")["results"] == "Kết quả"
    made = texts.save_activity(session, activities.Activity(None, sector, unit, "2025", "2025-02-03", "Hội nghị"))
    assert made.record_id and made.kinds == {TEXTS}
    saved = activities.list_activities(session.db, sector, unit, "2025")[0]
    texts.delete_activity(session, saved)
    assert activities.list_activities(session.db, sector, unit, "2025") == []


def test_approve_and_revoke(session):
    unit = catalog.top_org_unit(session.db).id
    assert approval.approve(session, unit, "2024").kinds == {APPROVALS}
    assert approvals.current(session.db, unit, "2024") is not None
    approval.revoke(session, unit, "2024", "Sửa số liệu")
    assert approvals.current(session.db, unit, "2024") is None


def test_an_import_cancelled_between_batches_writes_nothing(session, tmp_path):
    path = tmp_path / "bang.csv"
    rows = [f"postal.items,BK-CD,{year}-{month:02d},{year},final," for year in range(1900, 2100)
            for month in range(1, 13)]
    path.write_text("indicator_code,org_unit_code,period,value,status,note\n" + "\n".join(rows), encoding="utf-8")
    result = exchange.read_spreadsheet(session, path)
    assert len(result.changes) == 2400
    before = session.db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0]
    progress = Progress()
    real_step = progress.step
    progress.step = lambda done=None, total=None: (done and progress.cancel(), real_step(done, total))
    with pytest.raises(Cancelled):
        exchange.import_spreadsheet(session, result, progress=progress)
    assert session.db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0] == before
    changes = exchange.import_spreadsheet(session, result)
    assert changes.count == 2400 and changes.touches(IMPORTED) and changes.touches(FIGURES)


def test_a_package_round_trip(session, tmp_path, _templates):
    district = catalog.org_unit_by_code(session.db, "BK-CD").id
    figures.write_figures(session, [values.ValueChange(*ids(session.db, "postal.items", "BK-CD"), "2025", 5)])
    manifest = exchange.export_package(session, district, "2025", tmp_path / "p.tttpkg")
    receiver = Session(memory_copy(_templates["catalog"]), path=None)
    package, items = exchange.read_package(receiver, tmp_path / "p.tttpkg", trust_new=True)
    # The figure, and the establishment registered in the district (the registry travels whole).
    assert sorted(i.kind for i in items) == ["establishments", "values"] and {i.state for i in items} == {"new"}
    assert package.manifest["package_id"] == manifest["package_id"]
    changes = exchange.import_package(receiver, package, trust_new=True)
    assert changes.count == 2 and changes.touches(IMPORTED)


def test_inspection_records_and_the_trash(session, tmp_path):
    from PIL import Image

    photo = tmp_path / "anh.png"
    Image.new("RGB", (40, 30), "red").save(photo)
    unit = catalog.top_org_unit(session.db).id
    made = inspection.quick_entry(session, org_unit_id=unit, offender="A", place="Chợ", photos=(str(photo),))
    assert made.kinds == {INSPECTION} and len(violations.photos_of(session.db, made.record_id)) == 1
    item = violations.get_violation(session.db, made.record_id)
    inspection.save_record(session, violations.Violation(**{**item.__dict__, "description": "Bán hàng"}))
    assert violations.get_violation(session.db, made.record_id).description == "Bán hàng"
    inspection.move_to_trash(session, "violations", made.record_id)
    inspection.restore_from_trash(session, "violations", made.record_id)
    inspection.move_to_trash(session, "violations", made.record_id)
    assert inspection.empty_trash(session).count == 1
    assert violations.get_violation(session.db, made.record_id) is None


def test_catalog_accounts_and_settings(session):
    added = catalog_ops.add(session, "sector", code="science", name_vi="Khoa học và công nghệ")
    assert added.kinds == {CATALOG} and catalog.sectors(session.db)[-1].code == "science"
    catalog_ops.update(session, "sector", added.record_id, active=False)
    assert "science" not in [s.code for s in catalog.sectors(session.db)]
    assert accounts.save_user(session, username="quantri", full_name="", role="admin",
                              password="matkhau-qt").kinds == {ACCOUNTS}
    assert accounts.set_login_required(session, False).touches(SETTINGS)
    assert settings_ops.set_period_rule(session, "decree09") == Changes.of(SETTINGS)


def test_backup_and_report_read_through_the_session(file_session, tmp_path):
    taken = safety.back_up(file_session, "manual")
    assert taken.exists() and "manual" in taken.name
    unit, period = reports.default_scope(file_session, None, None)
    report = reports.build_report(file_session, "annual", unit, period)
    assert report.period == "2024" and reports.render_pdf(report, tmp_path / "r.pdf") > 1
    with pytest.raises(reports.ReportRefused, match="--org NOPE"):
        reports.default_scope(file_session, "NOPE", None)
