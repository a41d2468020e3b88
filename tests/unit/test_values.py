"""Indicator values: round trip, validation refusals, change, roll-up."""

import unicodedata

import pytest

from models import catalog, values
from models.figures import FigureEngine
from models.values import ValidationError, ValueChange, ValueRefused, write_values


def ids(db, code, unit="BK"):
    return catalog.indicator_by_code(db, code).id, catalog.org_unit_by_code(db, unit).id


def count_values(db):
    return db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0]


def test_round_trip(db):
    ind, unit = ids(db, "postal.revenue")
    write_values(db, [ValueChange(ind, unit, "2024", 69_300_000_000, "estimate", "ước đạt")], source="an")
    stored = values.get_value(db, ind, unit, "2024")
    assert stored.value == 69_300_000_000
    assert stored.status == "estimate"
    assert stored.note == "ước đạt"
    assert stored.updated_by == "an"
    assert stored.updated_at


def test_update_then_remove(db):
    ind, unit = ids(db, "postal.providers")
    write_values(db, [ValueChange(ind, unit, "2024", 12)])
    write_values(db, [ValueChange(ind, unit, "2024", 13)])
    assert values.get_value(db, ind, unit, "2024").value == 13
    write_values(db, [ValueChange(ind, unit, "2024", None)])
    assert values.get_value(db, ind, unit, "2024") is None


def test_note_stored_in_nfc(db):
    ind, unit = ids(db, "postal.providers")
    note = unicodedata.normalize("NFD", "ước đạt")
    write_values(db, [ValueChange(ind, unit, "2024", 12, "final", note)])
    assert values.get_value(db, ind, unit, "2024").note == unicodedata.normalize("NFC", note)


@pytest.mark.parametrize("change_kwargs, field", [
    (dict(value=-1), "value"),                      # below the minimum
    (dict(value=2.5), "value"),                     # a count must be whole
    (dict(period="2024-Q5"), "period"),             # malformed period
    (dict(org_unit_id=9999), "org_unit"),           # unknown org unit
    (dict(indicator_id=9999), "indicator"),         # unknown indicator
    (dict(status="maybe"), "status"),               # unknown status
])
def test_each_refusal_stores_nothing(db, change_kwargs, field):
    ind, unit = ids(db, "postal.providers")
    good = ValueChange(ind, unit, "2024", 12)
    fields = dict(indicator_id=ind, org_unit_id=unit, period="2024", value=12, status="final")
    fields.update(change_kwargs)
    with pytest.raises(ValidationError) as info:
        write_values(db, [good, ValueChange(**fields)])
    assert count_values(db) == 0
    assert info.value.problems[0][0] == 1
    assert info.value.problems[0][1] == field


def test_percent_above_100_refused(db):
    ind, unit = ids(db, "postal.staffed_pct")
    with pytest.raises(ValidationError, match="vượt mức tối đa 100"):
        write_values(db, [ValueChange(ind, unit, "2024", 100.5)])
    assert count_values(db) == 0


def test_read_value_gives_reasons(db):
    indicator = catalog.indicator_by_code(db, "postal.staffed_pct")
    assert values.read_value(indicator, "94,7") == pytest.approx(94.7)
    with pytest.raises(ValueRefused, match="không phải là số"):
        values.read_value(indicator, "abc")
    with pytest.raises(ValueRefused, match="vượt mức"):
        values.read_value(indicator, "120")


def test_batch_is_one_transaction(db):
    import sqlite3

    ind, unit = ids(db, "postal.providers")
    ind2, _ = ids(db, "postal.service_points")
    # The second row fails inside SQLite, after the first was written: both must go.
    db.execute("CREATE TEMP TRIGGER fail_2025 BEFORE INSERT ON indicator_values WHEN NEW.period = '2025' "
               "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        write_values(db, [ValueChange(ind, unit, "2024", 12), ValueChange(ind2, unit, "2025", 254)])
    assert count_values(db) == 0


def test_change_rules(db):
    revenue = catalog.indicator_by_code(db, "postal.revenue")
    staffed = catalog.indicator_by_code(db, "postal.staffed_pct")
    assert revenue.change_rule == "relative"
    assert values.change(revenue, 118, 100) == pytest.approx(18)
    assert values.format_change(revenue, 18.0) == "+18%"
    assert values.format_change(revenue, -17.0) == "−17%"
    assert values.change(revenue, 5, 0) is None
    assert staffed.change_rule == "absolute"
    assert values.change(staffed, 94.7, 92.2) == pytest.approx(2.5)
    assert values.format_change(staffed, 2.5) == "+2,5 điểm %"


def test_demo_changes_match_the_report(demo_db):
    bk = catalog.org_unit_by_code(demo_db, "BK").id
    stated = {"postal.revenue": "+18%", "postal.tax": "+1,5%", "postal.items": "+10%",
              "postal.kt1_items": "−17%", "telecom.revenue": "+6,7%", "telecom.tax": "+38%",
              "digital.online_filing_pct": "+29,4%", "digital.online_payment_pct": "+44,2%",
              "press.resident_reporters": "+3", "postal.providers": "+3"}
    for code, text in stated.items():
        indicator = catalog.indicator_by_code(demo_db, code)
        now = values.get_value(demo_db, indicator.id, bk, "2024").value
        before = values.get_value(demo_db, indicator.id, bk, "2023").value
        assert values.format_change(indicator, values.change(indicator, now, before)) == text, code


def test_roll_up_sum_mean_and_none(db):
    province = catalog.org_unit_by_code(db, "BK").id
    districts = [u.id for u in catalog.child_units(db, province)]
    assert len(districts) == 8
    points = catalog.indicator_by_code(db, "postal.service_points")
    staffed = catalog.indicator_by_code(db, "postal.staffed_pct")
    radius = catalog.indicator_by_code(db, "postal.radius_km")
    changes = []
    for n, district in enumerate(districts[:3], start=1):
        changes += [ValueChange(points.id, district, "2024", 10 * n),
                    ValueChange(staffed.id, district, "2024", 90 + n),
                    ValueChange(radius.id, district, "2024", n)]
    write_values(db, changes)
    rolled = FigureEngine(db).figures(province, "2024", [points, staffed, radius])
    assert rolled[points.id].value == 60
    assert (rolled[points.id].parts, rolled[points.id].of) == (3, 8)
    assert rolled[staffed.id].value == pytest.approx(92)
    assert radius.id not in rolled  # the shipped catalog does not roll the service radius up
    assert FigureEngine(db).figures(districts[4], "2024", [points]) == {}


def test_roll_up_through_levels(db):
    province = catalog.org_unit_by_code(db, "BK").id
    district = catalog.org_unit_by_code(db, "BK-CD").id
    commune = catalog.add(db, "org_unit", code="BK-CD-01", name_vi="Xã Bằng Lũng", level="commune",
                          parent_id=district)
    points = catalog.indicator_by_code(db, "postal.service_points")
    write_values(db, [ValueChange(points.id, commune, "2024", 7)])
    assert FigureEngine(db).figure(points, province, "2024").value == 7
    # An entered district figure takes precedence over its communes'.
    write_values(db, [ValueChange(points.id, district, "2024", 30)])
    assert FigureEngine(db).figure(points, province, "2024").value == 30


def test_targets_round_trip_and_refusal(db):
    from models.values import TargetChange

    ind, unit = ids(db, "postal.staffed_pct")
    write_values(db, [TargetChange(ind, unit, "2024", 100)])
    assert values.targets_for(db, unit, "2024") == {ind: 100}
    with pytest.raises(ValidationError) as info:
        write_values(db, [TargetChange(ind, unit, "2025", 120)])
    assert info.value.problems[0][1] == "target"
    write_values(db, [TargetChange(ind, unit, "2024", None)])
    assert values.targets_for(db, unit, "2024") == {}


@pytest.mark.parametrize("typed,expected", [
    ({"value": "1.255"}, (1255.0, "final", "")),            # a new figure, final by default
    ({"value": "4.000", "status": "uoc"}, (4000.0, "estimate", "")),
    ({"value": "12", "note": " theo báo cáo "}, (12.0, "final", "theo báo cáo")),
    ({"value": ""}, None),                                    # nothing typed where there is nothing
])
def test_typed_into_an_empty_figure(db, typed, expected):
    indicator = catalog.indicator_by_code(db, "postal.service_points")
    change = values.typed_change(indicator, None, 1, "2024", **typed)
    assert (None if change is None else (change.value, change.status, change.note)) == expected


@pytest.mark.parametrize("typed,reason", [
    ({"status": "ước tính"}, "cần nhập giá trị trước"),
    ({"note": "ghi chú"}, "cần nhập giá trị trước"),
    ({"value": "12", "status": "có lẽ"}, "không hợp lệ"),
    ({"value": "mười hai"}, "không phải là số"),
    ({"value": "-3"}, "nhỏ hơn mức tối thiểu"),
])
def test_what_cannot_be_typed_says_why(db, typed, reason):
    indicator = catalog.indicator_by_code(db, "postal.service_points")
    with pytest.raises(values.ValueRefused, match=reason):
        values.typed_change(indicator, None, 1, "2024", **typed)


def test_typing_over_a_figure_keeps_what_was_not_typed(db):
    indicator = catalog.indicator_by_code(db, "postal.items")
    current = values.IndicatorValue(indicator.id, 1, "2024", 4_000_000, "estimate", "ước")
    assert values.typed_change(indicator, current, 1, "2024", value="4.000.000") is None  # the same
    change = values.typed_change(indicator, current, 1, "2024", status="chính thức")
    assert (change.value, change.status, change.note) == (4_000_000, "final", "ước")
    removed = values.typed_change(indicator, current, 1, "2024", value="")
    assert removed.value is None  # an emptied value removes the figure


def test_a_note_needs_a_value_in_every_write(db):
    indicator = catalog.indicator_by_code(db, "postal.items")
    with pytest.raises(values.ValidationError, match="ghi chú cần có giá trị"):
        values.write_values(db, [values.ValueChange(indicator.id, 1, "2024", None, "final", "ghi chú mồ côi")])


def test_a_figure_outside_its_units_time_is_refused_naming_the_successor(db, tmp_path):
    """Bắc Kạn ended on 30 June 2025 (merged into the new Thái Nguyên): its 2025-Q3 figure is refused,
    typed or imported, and the message says who took over; its H1 and 2024 figures stand."""
    from models.exchange.importing import apply, read_long_table

    bk = catalog.org_unit_by_code(db, "BK")
    catalog.update(db, "org_unit", bk.id, valid_to="2025-06-30")
    new = catalog.add(db, "org_unit", code="TN", name_vi="Tỉnh Thái Nguyên", level="province",
                      valid_from="2025-07-01")
    db.execute("INSERT INTO successions (from_id, to_id, date, share) VALUES (?, ?, '2025-07-01', 1)", [bk.id, new])
    points = catalog.indicator_by_code(db, "postal.service_points").id
    write_values(db, [ValueChange(points, bk.id, "2025-H1", 250), ValueChange(points, bk.id, "2024", 254)])
    with pytest.raises(ValidationError, match="thuộc Tỉnh Thái Nguyên"):
        write_values(db, [ValueChange(points, bk.id, "2025-Q3", 251)])
    with pytest.raises(ValidationError, match="trước ngày đơn vị được thành lập"):
        write_values(db, [ValueChange(points, new, "2024", 1)])
    path = tmp_path / "bang.csv"
    path.write_text("indicator_code,org_unit_code,period,value,status,note\n"
                    "postal.service_points,BK,2025-09,252,final,\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="thôi hoạt động \\(30/06/2025\\)"):
        apply(db, read_long_table(db, path))
    assert values.get_value(db, points, bk.id, "2025-09") is None


@pytest.mark.parametrize("typed", ["1" * 400, "9" * 16, "1e300", "-2000000000000000"])
def test_a_number_beyond_any_office_figure_is_refused(db, typed):
    """A 400-digit number, or anything past a million tỷ, is refused in one line, never summed."""
    indicator = catalog.indicator_by_code(db, "postal.revenue")
    with pytest.raises(ValueRefused, match="giới hạn|không phải là số|không được nhỏ hơn|nhỏ hơn mức tối thiểu"):
        values.read_value(indicator, typed)
    unit = catalog.org_unit_by_code(db, "BK").id
    with pytest.raises(ValidationError):
        write_values(db, [ValueChange(indicator.id, unit, "2024", 1e300)])


def test_a_note_and_a_text_have_sensible_lengths(db):
    """A megabyte pasted into a text part printed 401 pages: refused, naming the limit."""
    from models.narratives import TextError, save_narrative

    unit = catalog.org_unit_by_code(db, "BK").id
    indicator = catalog.indicator_by_code(db, "postal.revenue").id
    with pytest.raises(ValidationError, match="ghi chú dài quá 1000"):
        write_values(db, [ValueChange(indicator, unit, "2024", 1, "final", "x" * 1001)])
    with pytest.raises(TextError, match="quá giới hạn 60.000"):
        save_narrative(db, catalog.sectors(db)[0].id, unit, "2024", "results", "chữ " * 250_000)
