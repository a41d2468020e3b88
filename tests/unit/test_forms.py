"""The legal forms' templates and the order in time records keep (issue #14)."""

import dataclasses
import json

import pytest

from models import catalog
from models.inspection.common import RecordError
from models.inspection.inspections import get_inspection, save_inspection
from models.inspection.violations import Violation, get_violation, save_violation
from models.reports import forms
from models.reports.forms import FormError, amount_in_words
from tests.paperwork import person_record


@pytest.mark.parametrize("kind", ["violation-record", "penalty-decision", "inspection-minutes"])
def test_shipped_templates_load_and_name_their_legal_source(kind):
    form = forms.load_form(kind)
    assert form.source and form.title and form.fields


def test_a_template_naming_an_unknown_field_is_refused(tmp_path, monkeypatch):
    from models import resources

    folder = tmp_path / "resources" / "forms"
    folder.mkdir(parents=True)
    (folder / "bad.json").write_text(json.dumps({
        "title": "BIÊN BẢN", "fields": [{"key": "place", "label": "Nơi"}],
        "body": ["Tại {place}, ông {nguoi_lap} lập biên bản."]}), encoding="utf-8")
    monkeypatch.setattr(resources, "resource_dir", lambda: tmp_path / "resources")
    forms.load_form.cache_clear()
    try:
        with pytest.raises(FormError, match="nguoi_lap"):
            forms.load_form("bad")
        (folder / "bad.json").write_text(json.dumps({
            "title": "X", "fields": [{"key": "d", "label": "Ngày"}], "body": ["{d:weekday}"]}), encoding="utf-8")
        with pytest.raises(FormError, match="weekday"):
            forms.load_form("bad")
    finally:
        forms.load_form.cache_clear()


def test_required_fields_apply_only_when_their_condition_holds():
    form = forms.load_form("violation-record")
    person = forms.missing(form, {"offender_kind": "person"})
    assert "Quốc tịch" in person and "Địa chỉ trụ sở chính" not in person
    organisation = forms.missing(form, {"offender_kind": "organisation"})
    assert "Địa chỉ trụ sở chính" in organisation and "Quốc tịch" not in organisation
    assert "Người nhận giải trình (họ tên, chức vụ, cơ quan)" in forms.missing(form, {"explain_mode": "written"})
    assert "Người nhận giải trình (họ tên, chức vụ, cơ quan)" not in forms.missing(form, {"explain_mode": "none"})


@pytest.mark.parametrize("amount, words", [
    (5_000_000, "Năm triệu đồng"), (17_000_000, "Mười bảy triệu đồng"), (7_500_000, "Bảy triệu năm trăm nghìn đồng"),
    (105_000, "Một trăm lẻ năm nghìn đồng"), (21_000, "Hai mươi mốt nghìn đồng"), (15_000, "Mười lăm nghìn đồng"),
    (1_000_000_000, "Một tỷ đồng"), (2_024_000, "Hai triệu không trăm hai mươi tư nghìn đồng")])
def test_amounts_in_words(amount, words):
    assert amount_in_words(amount) == words


# ---------------------------------------------------------------- order in time


@pytest.fixture
def violation(demo_db):
    return get_violation(demo_db, 1)


@pytest.mark.parametrize("change, field", [
    ({"details": {"recorded_at": "2024-03-13T09:00"}}, "recorded_at"),  # the record before the violation (09:30)
    ({"details": {"recorded_at": "2024-03-13T10:00", "closed_at": "2024-03-13T09:59"}}, "closed_at"),
    ({"decision_date": "2024-03-12"}, "decision_date"),  # the decision before its record (13/03)
    ({"payment_deadline": "2024-03-20"}, "payment_deadline"),  # before the decision (25/03)
])
def test_a_violation_out_of_order_is_refused_with_the_reason(demo_db, violation, change, field):
    if "details" in change:
        change = {"details": {**violation.details, **change["details"]}}
    with pytest.raises(RecordError) as refused:
        save_violation(demo_db, dataclasses.replace(violation, **change))
    assert refused.value.field == field
    assert "trước" in str(refused.value)
    assert get_violation(demo_db, 1) == violation  # nothing written


@pytest.mark.parametrize("change, field", [
    ({"start_date": "2024-03-01"}, "start_date"),  # before its decision (05/03)
    ({"end_date": "2024-03-11"}, "end_date"),  # before its start (12/03)
    ({"details": {"session_at": "2024-03-20T08:00"}}, "session_at"),  # after the inspection ended (14/03)
])
def test_an_inspection_out_of_order_is_refused(demo_db, change, field):
    item = get_inspection(demo_db, 1)
    if "details" in change:
        change = {"details": {**item.details, **change["details"]}}
    with pytest.raises(RecordError) as refused:
        save_inspection(demo_db, dataclasses.replace(item, **change))
    assert refused.value.field == field


def test_a_package_carrying_a_record_out_of_order_is_refused(demo_db, tmp_path):
    """The same rule on import: a package whose record predates its violation is refused whole."""
    import zipfile

    from models.exchange.packages import PackageError, _content_hash, export_package, import_package, read_package

    path = tmp_path / "goi.tttpkg"
    export_package(demo_db, catalog.top_org_unit(demo_db).id, "2024", path)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
        photos = {n: archive.read(n) for n in archive.namelist() if n.startswith("photos/")}
    record = next(v for v in data["violations"] if v["decision_number"])
    details = json.loads(record["details"])
    details["recorded_at"] = "2020-01-01T08:00"
    record["details"] = json.dumps(details, ensure_ascii=False)
    record["updated_at"] = "2099-01-01T00:00:00Z"
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    manifest["content_hash"] = _content_hash(payload, {n.split("/")[1].removesuffix(".bin"): b
                                                       for n, b in photos.items()})
    from models.exchange import signing

    manifest = signing.sign(demo_db, manifest)  # signed by the office itself: only the record is wrong
    forged = tmp_path / "sai.tttpkg"
    with zipfile.ZipFile(forged, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", payload)
        for name, blob in photos.items():
            archive.writestr(name, blob)
    before = get_violation(demo_db, 1)
    with pytest.raises(PackageError, match="Thời điểm lập biên bản"):
        # A record edited here is a conflict whatever its date says (2099): the user takes theirs.
        import_package(demo_db, read_package(forged), resolutions={f"violations:{record['uid']}": "theirs"})
    assert get_violation(demo_db, 1) == before


def test_a_finished_record_of_a_person(db):
    unit = catalog.top_org_unit(db).id
    moment = "2024-09-01T08:00"
    violation_id = save_violation(db, Violation(None, unit, moment, "Ông A", "Chợ", "Bán sim kích hoạt sẵn",
                                                details=person_record(moment)))
    item = get_violation(db, violation_id)
    assert item.missing == "Quy định tại (điểm, khoản, điều, nghị định)"  # no legal basis chosen yet


def test_what_records_lack_is_worked_out_again_when_a_template_changes(tmp_path):
    """An office follows a change in the law by editing a template: the next start lists, for
    every record, what the new form asks that it lacks."""
    from models.inspection import paperwork
    from ops.session import open_session

    path = tmp_path / "office.sqlite3"
    session = open_session(path, demo=True)
    try:
        assert session.read(lambda db: get_violation(db, 1).complete)
        session.write(lambda db: db.execute("UPDATE violations SET missing = 'x', complete = 0 WHERE id = 1"))
        assert session.read(paperwork.refresh_missing) == 0  # templates unchanged: nothing to do
        session.write(lambda db: db.execute("DELETE FROM settings WHERE key = 'forms_digest'"))
        assert session.write(paperwork.refresh_missing) == 12  # 4 violations, 8 inspections
        assert session.read(lambda db: get_violation(db, 1).complete)
    finally:
        session.close()
