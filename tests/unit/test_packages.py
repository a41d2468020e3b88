"""Data packages between two databases: round trip with photos; duplicate,
tampered and conflicting packages; approvals travel and protect."""

import json
import zipfile

import pytest

from models import approvals, catalog, values
from models.database import open_database
from models.exchange.packages import (CHANGED, CONFLICT, IDENTICAL, NEW, PackageError, export_package,
                                      import_package, preview, read_package)
from models.inspection.violations import add_photo, photos_of, quick_entry
from models.values import ValueChange, write_values


@pytest.fixture
def district_db(tmp_path, _templates):
    """A district office with figures, text and a violation with a photo."""
    from PIL import Image

    from models.database import memory_copy

    db = memory_copy(_templates["catalog"])  # the default catalog and the sample org tree
    unit = catalog.org_unit_by_code(db, "BK-CD").id
    points = catalog.indicator_by_code(db, "postal.service_points").id
    write_values(db, [ValueChange(points, unit, "2024", 31, "estimate", "ước")])
    from models.narratives import save_narrative

    save_narrative(db, catalog.sectors(db)[5].id, unit, "2024", "results", "Bưu chính huyện ổn định.")
    photo = tmp_path / "anh.png"
    Image.new("RGB", (40, 30), "green").save(photo)
    violation = quick_entry(db, org_unit_id=unit, offender="Đại lý sim A", place="Bằng Lũng",
                            occurred_at="2024-05-02T09:00")
    add_photo(db, violation, photo)
    yield db, unit
    db.close()


@pytest.fixture
def province_db(tmp_path, _templates):
    from models.database import memory_copy

    db = memory_copy(_templates["catalog"])  # the default catalog and the sample org tree
    yield db
    db.close()


def package_of(db, unit, tmp_path, name="p.tttpkg"):
    path = tmp_path / name
    export_package(db, unit, "2024", path)
    return path


def test_round_trip_between_two_databases_with_photos(district_db, province_db, tmp_path):
    db, unit = district_db
    package = read_package(package_of(db, unit, tmp_path))
    assert {i.state for i in preview(province_db, package, trust_new=True)} == {NEW}
    counts = import_package(province_db, package, trust_new=True)
    assert counts["taken"] == counts[NEW] == 3  # the figure, the text, the violation
    points = catalog.indicator_by_code(province_db, "postal.service_points").id
    stored = values.get_value(province_db, points, unit, "2024")
    assert (stored.value, stored.status, stored.note, stored.updated_by) == (
        31, "estimate", "ước", f"package:BK-CD:{package.manifest['package_id']}")
    (violation_id,) = [r[0] for r in province_db.execute("SELECT id FROM violations")]
    (photo,) = photos_of(province_db, violation_id)
    assert photo.sha256 == photos_of(db, 1)[0].sha256
    assert all(i.state == IDENTICAL for i in preview(province_db, read_package(package_of(db, unit, tmp_path,
                                                                                           "again.tttpkg"))))
    assert province_db.execute("SELECT COUNT(*) FROM trusted_keys").fetchone()[0] == 1  # the first one confirmed


def test_a_package_imported_twice_is_refused(district_db, province_db, tmp_path):
    db, unit = district_db
    path = package_of(db, unit, tmp_path)
    import_package(province_db, read_package(path), trust_new=True)
    with pytest.raises(PackageError, match="đã được nhập"):
        import_package(province_db, read_package(path), trust_new=True)


def test_a_tampered_package_is_refused(district_db, tmp_path):
    db, unit = district_db
    path = package_of(db, unit, tmp_path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    data = json.loads(members["data.json"])
    data["values"][0]["value"] = 999
    members["data.json"] = json.dumps(data).encode()
    tampered = tmp_path / "tampered.tttpkg"
    with zipfile.ZipFile(tampered, "w") as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    with pytest.raises(PackageError, match="không khớp mã băm"):
        read_package(tampered)


def test_members_outside_the_allow_list_are_refused(district_db, tmp_path):
    db, unit = district_db
    path = package_of(db, unit, tmp_path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("../../etc/evil.sh", b"rm -rf /")
    with pytest.raises(PackageError, match="thành phần lạ"):
        read_package(path)


def test_conflicts_are_shown_and_settled_never_overwritten(district_db, province_db, tmp_path):
    db, unit = district_db
    import_package(province_db, read_package(package_of(db, unit, tmp_path)), trust_new=True)
    points = catalog.indicator_by_code(db, "postal.service_points").id
    # The province corrects the figure itself; the district changes it too.
    write_values(province_db, [ValueChange(points, unit, "2024", 30)])
    write_values(db, [ValueChange(points, unit, "2024", 32)])
    package = read_package(package_of(db, unit, tmp_path, "second.tttpkg"))
    items = {i.key: i for i in preview(province_db, package, trust_new=True)}
    conflict = items["postal.service_points|BK-CD|2024"]
    assert conflict.state == CONFLICT and conflict.ours["value"] == 30 and conflict.theirs["value"] == 32
    with pytest.raises(PackageError, match="xung đột"):
        import_package(province_db, package, trust_new=True)
    assert values.get_value(province_db, points, unit, "2024").value == 30  # nothing written
    import_package(province_db, package, resolutions={f"values:{conflict.key}": "ours"}, trust_new=True)
    assert values.get_value(province_db, points, unit, "2024").value == 30


def test_a_change_from_the_same_origin_is_not_a_conflict(district_db, province_db, tmp_path):
    db, unit = district_db
    import_package(province_db, read_package(package_of(db, unit, tmp_path)), trust_new=True)
    points = catalog.indicator_by_code(db, "postal.service_points").id
    write_values(db, [ValueChange(points, unit, "2024", 33)])
    package = read_package(package_of(db, unit, tmp_path, "second.tttpkg"))
    item = next(i for i in preview(province_db, package, trust_new=True) if i.kind == "values")
    assert item.state == CHANGED
    import_package(province_db, package, trust_new=True)
    assert values.get_value(province_db, points, unit, "2024").value == 33


def test_approvals_travel_and_protect(district_db, province_db, tmp_path):
    db, unit = district_db
    approvals.approve(db, unit, "2024")
    import_package(province_db, read_package(package_of(db, unit, tmp_path)), trust_new=True)
    assert approvals.current(province_db, unit, "2024") is not None
    points = catalog.indicator_by_code(province_db, "postal.service_points").id
    with pytest.raises(approvals.ApprovedError):
        write_values(province_db, [ValueChange(points, unit, "2024", 1)])


def test_an_approved_receiver_refuses_the_whole_package(district_db, province_db, tmp_path):
    db, unit = district_db
    approvals.approve(province_db, unit, "2024")
    package = read_package(package_of(db, unit, tmp_path))
    with pytest.raises(approvals.ApprovedError):
        import_package(province_db, package, trust_new=True)
    assert province_db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0] == 0
    assert province_db.execute("SELECT COUNT(*) FROM violations").fetchone()[0] == 0


def test_completeness_names_the_package_a_sectors_figures_came_with(district_db, province_db, tmp_path):
    from models.exchange.completeness import completeness

    db, unit = district_db
    package = read_package(package_of(db, unit, tmp_path))
    import_package(province_db, package, trust_new=True)
    postal = next(s for s in catalog.sectors(province_db) if s.code == "postal")
    row = next(r for r in completeness(province_db, catalog.top_org_unit(province_db).id, "2024")
               if r.org_unit_id == unit)
    ref = row.cells[postal.id].package
    assert (ref.origin, ref.package_id, ref.created_at) == (
        "BK-CD", package.manifest["package_id"], package.manifest["created_at"])
    assert ref.imported_at
    other = next(s for s in catalog.sectors(province_db) if s.code == "telecom")
    assert row.cells[other.id].package is None  # nothing arrived for it


def test_a_planned_value_travels_in_the_package(district_db, province_db, tmp_path):
    """The district's plan (kế hoạch) reaches the province with its figures."""
    from models.values import TargetChange, targets_for

    db, unit = district_db
    revenue = catalog.indicator_by_code(db, "postal.revenue").id
    write_values(db, [TargetChange(revenue, unit, "2024", 1_200_000_000)])
    package = read_package(package_of(db, unit, tmp_path))
    assert any(item.kind == "targets" and item.state == NEW for item in preview(province_db, package, trust_new=True))
    import_package(province_db, package, trust_new=True)
    there = catalog.org_unit_by_code(province_db, "BK-CD").id
    assert targets_for(province_db, there, "2024")[catalog.indicator_by_code(province_db, "postal.revenue").id] \
        == 1_200_000_000


def test_a_package_from_a_unit_merged_away_is_refused_naming_who_took_over(district_db, province_db, tmp_path):
    """The province ended Chợ Đồn on 30 June 2025 (it passed to a new commune); a package of its
    2025-Q3 figures is refused whole, naming the successor."""
    from models.values import ValidationError

    db, unit = district_db
    points = catalog.indicator_by_code(db, "postal.service_points").id
    write_values(db, [ValueChange(points, unit, "2025-Q3", 30, "final", "")])
    path = tmp_path / "q3.tttpkg"
    export_package(db, unit, "2025-Q3", path)
    there = catalog.org_unit_by_code(province_db, "BK-CD").id
    catalog.update(province_db, "org_unit", there, valid_to="2025-06-30")
    new = catalog.add(province_db, "org_unit", code="X01000", name_vi="Xã Chợ Đồn", level="commune",
                      valid_from="2025-07-01")
    province_db.execute("INSERT INTO successions (from_id, to_id, date, share) VALUES (?, ?, '2025-07-01', 1)",
                        [there, new])
    with pytest.raises(ValidationError, match="thuộc Xã Chợ Đồn"):
        import_package(province_db, read_package(path), trust_new=True)
    assert values.get_value(province_db, catalog.indicator_by_code(province_db, "postal.service_points").id,
                            there, "2025-Q3") is None


def _rewrite(path, out, change, *, sign_with=None):
    """A copy of a package with ``change(manifest, data)`` applied and the content hash recomputed
    (as a forger would), signed again with ``sign_with``'s key if given."""
    from models.exchange import signing
    from models.exchange.packages import _content_hash

    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
        photos = {n: archive.read(n) for n in archive.namelist() if n.startswith("photos/")}
    change(manifest, data)
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    manifest["content_hash"] = _content_hash(payload, {n[7:-4]: b for n, b in photos.items()})
    if sign_with is not None:
        manifest = signing.sign(sign_with, manifest)
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", payload)
        for name, blob in photos.items():
            archive.writestr(name, blob)
    return out


def _more_points(manifest, data):
    data["values"][0]["value"] = 999


def test_a_forged_package_is_refused(district_db, province_db, tmp_path):
    """A figure changed and the hash recomputed: the signature no longer holds."""
    from models.exchange.signing import SignatureError

    db, unit = district_db
    forged = _rewrite(package_of(db, unit, tmp_path), tmp_path / "forged.tttpkg", _more_points)
    with pytest.raises(SignatureError, match="Chữ ký số của gói không đúng"):
        read_package(forged)


def test_the_first_key_needs_confirming_and_another_key_is_refused(district_db, province_db, tmp_path):
    from models.exchange.signing import SignatureError, UntrustedKey, fingerprint

    db, unit = district_db
    package = read_package(package_of(db, unit, tmp_path))
    with pytest.raises(UntrustedKey) as first:
        preview(province_db, package)
    assert first.value.fingerprint == fingerprint(package.public_key)
    assert province_db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0] == 0
    import_package(province_db, package, trust_new=True)
    impostor = open_database(tmp_path / "impostor.sqlite3")
    catalog.load_default_catalog(impostor)
    resigned = _rewrite(package_of(db, unit, tmp_path, "again.tttpkg"), tmp_path / "resigned.tttpkg",
                        _more_points, sign_with=impostor)
    with pytest.raises(SignatureError, match="khác khóa đã tin cậy"):
        import_package(province_db, read_package(resigned), trust_new=True)
    impostor.close()


@pytest.mark.parametrize("change, refusal", [
    (lambda m, d: d["values"][0].update(org_unit="BK-BB"), "ngoài phạm vi của mình: BK-BB"),
    (lambda m, d: d["approvals"].append({"org_unit": "BK", "period": "2024", "approved_by": "x",
                                         "approved_at": "2025-01-01T00:00:00Z"}), "ngoài phạm vi của mình: BK"),
])
def test_a_package_speaks_only_for_its_own_units(district_db, province_db, tmp_path, change, refusal):
    """A district cannot send a neighbour's figures, nor the province's approval, even signed."""
    db, unit = district_db
    out = _rewrite(package_of(db, unit, tmp_path), tmp_path / "scope.tttpkg", change, sign_with=db)
    with pytest.raises(PackageError, match=refusal):
        import_package(province_db, read_package(out), trust_new=True)
    assert province_db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0] == 0


def test_an_older_package_is_refused_whatever_its_clock_says(district_db, province_db, tmp_path):
    """Packages are numbered per unit and period by their sender: the second one imported, the
    first one (even re-dated) is refused; a record edited here is a conflict even against 2099."""
    db, unit = district_db
    first = package_of(db, unit, tmp_path, "first.tttpkg")
    points = catalog.indicator_by_code(db, "postal.service_points").id
    write_values(db, [ValueChange(points, unit, "2024", 33, "final", "")])
    second = package_of(db, unit, tmp_path, "second.tttpkg")
    assert read_package(first).manifest["sequence"] == 1 and read_package(second).manifest["sequence"] == 2
    import_package(province_db, read_package(second), trust_new=True)
    redated = _rewrite(first, tmp_path / "redated.tttpkg",
                       lambda m, d: m.update(created_at="2099-01-01T00:00:00Z"), sign_with=db)
    with pytest.raises(PackageError, match="Gói số 1 của «BK-CD», kỳ 2024 cũ hơn gói số 2 đã nhập ngày"):
        import_package(province_db, read_package(redated))
    there = catalog.org_unit_by_code(province_db, "BK-CD").id
    assert values.get_value(province_db, catalog.indicator_by_code(province_db, "postal.service_points").id,
                            there, "2024").value == 33


def test_a_record_edited_here_is_a_conflict_even_against_a_later_date(district_db, province_db, tmp_path):
    db, unit = district_db
    import_package(province_db, read_package(package_of(db, unit, tmp_path, "one.tttpkg")), trust_new=True)
    province_db.execute("UPDATE violations SET offender = 'Đại lý sim A (sửa ở tỉnh)', "
                        "updated_at = '2020-01-01T00:00:00Z'")  # edited here, an old clock
    db.execute("UPDATE violations SET offender = 'Đại lý sim A (huyện sửa)', updated_at = '2099-01-01T00:00:00Z'")
    items = preview(province_db, read_package(package_of(db, unit, tmp_path, "two.tttpkg")))
    assert [i.state for i in items if i.kind == "violations"] == [CONFLICT]
    db.execute("UPDATE violations SET offender = 'Đại lý sim A (huyện sửa lần 2)'")
    province_db.execute("UPDATE violations SET offender = 'Đại lý sim A (huyện sửa)', "
                        "updated_at = (SELECT updated_at FROM received_records WHERE kind = 'violations')")
    items = preview(province_db, read_package(package_of(db, unit, tmp_path, "three.tttpkg")))
    assert [i.state for i in items if i.kind == "violations"] == [CHANGED]  # as last received: updated


def test_a_package_meets_the_forms_rules_and_rights(district_db, province_db, tmp_path):
    """A fine far outside its legal range, or inspection records brought in by an account
    without the inspector's right, are refused as the forms would refuse them."""
    from models import access
    from models.inspection.legal import list_legal_bases, load_sample_legal_bases

    db, unit = district_db
    load_sample_legal_bases(db)
    basis = list_legal_bases(db)[0]
    db.execute("UPDATE violations SET legal_basis_id = ?, fine = ?", [basis.id, basis.fine_max * 100])
    with pytest.raises(PackageError, match="ngoài khung"):
        import_package(province_db, read_package(package_of(db, unit, tmp_path, "fine.tttpkg")), trust_new=True)
    db.execute("UPDATE violations SET legal_basis_id = NULL, fine = NULL")
    access.save_user(province_db, username="quantri", full_name="Quản trị", role="admin", password="matkhau123")
    access.save_user(province_db, username="nhap", full_name="Người nhập", role="data_entry", password="matkhau123")
    access.act_as(province_db, access.sign_in(province_db, "nhap", "matkhau123"))
    with pytest.raises(access.AccessError):
        import_package(province_db, read_package(package_of(db, unit, tmp_path, "rights.tttpkg")), trust_new=True)
    assert province_db.execute("SELECT COUNT(*) FROM violations").fetchone()[0] == 0


def test_a_package_too_large_unpacked_is_refused_before_reading(district_db, tmp_path, monkeypatch):
    from models.exchange import packages

    db, unit = district_db
    path = package_of(db, unit, tmp_path)
    monkeypatch.setattr(packages, "MAX_TOTAL", 1000)
    with pytest.raises(PackageError, match="quá giới hạn"):
        read_package(path)


HOSTILE = {
    "manifest without a period": lambda m, d: m.pop("period"),
    "origin a number": lambda m, d: m.update(origin=12),
    "sequence a word": lambda m, d: m.update(sequence="abc"),
    "package id a list": lambda m, d: m.update(package_id=[1]),
    "created_at missing": lambda m, d: m.pop("created_at"),
    "values not a list": lambda m, d: d.update(values={"a": 1}),
    "a value row without its indicator": lambda m, d: d["values"][0].pop("indicator"),
    "a value that is text": lambda m, d: d["values"][0].update(value="nhiều"),
    "a value row that is a number": lambda m, d: d["values"].append(7),
    "approvals a string": lambda m, d: d.update(approvals="all"),
    "a violation without its fields": lambda m, d: d["violations"].append({}),
    "values null": lambda m, d: d.update(values=None),
    "a legal basis of the wrong shape": lambda m, d: d["violations"][0].update(legal_basis_id={"a": 1}),
    "a nested list in a record": lambda m, d: d["violations"][0].update(offender=["a", "b"]),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_malformed_package_ends_in_one_message_and_writes_nothing(district_db, province_db, tmp_path, name):
    """Even signed by its sender's own key, a package with fields missing or of the wrong type is
    refused with a message naming the package, never a crash; nothing is written."""
    from models.errors import is_user_error

    db, unit = district_db
    out = _rewrite(package_of(db, unit, tmp_path), tmp_path / "bad.tttpkg", HOSTILE[name], sign_with=db)
    with pytest.raises(Exception) as refused:
        package = read_package(out)
        preview(province_db, package, trust_new=True)
        import_package(province_db, package, trust_new=True)
    assert is_user_error(refused.value), repr(refused.value)
    assert "bad.tttpkg" in str(refused.value) or "Gói" in str(refused.value), str(refused.value)
    for table in ("indicator_values", "violations", "imported_packages", "trusted_keys"):
        assert province_db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
