"""Figures that check each other: rules per operator and expression, rules across time,
outliers on small histories, and the sample data passing their own rules."""

import pytest

from models import catalog
from models.validation import (ERROR, WARNING, RuleError, check_rule, evaluate, parse_expression, rules, validate,
                               validate_tree)
from models.values import ValueChange, write_values


def put(db, code, unit, period, value, status="final"):
    write_values(db, [ValueChange(catalog.indicator_by_code(db, code).id, unit, period, value, status)])


@pytest.fixture
def bk(db):
    return catalog.org_unit_by_code(db, "BK").id


@pytest.mark.parametrize("text, figures, expected", [
    ("a.b", {"a.b": 3}, 3),
    ("a.b + c.d", {"a.b": 3, "c.d": 4}, 7),
    ("a.b - c.d * 2", {"a.b": 10, "c.d": 4}, 2),
    ("2 * a.b / 4", {"a.b": 10}, 5),
    ("-a.b + 100", {"a.b": 30}, 70),
    ("a.b + c.d", {"a.b": 3}, None),  # a missing figure: not judged
    ("a.b / 0", {"a.b": 3}, None),
])
def test_expressions(text, figures, expected):
    assert evaluate(parse_expression(text), figures) == expected


@pytest.mark.parametrize("text", ["a.b * c.d", "a.b ** 2", "max(a.b)", "a.b <", "'x'"])
def test_expressions_refused(text):
    with pytest.raises(RuleError):
        parse_expression(text)


def test_a_rule_naming_an_unknown_indicator_is_refused():
    assert check_rule("postal.items", "<=", "postal.nope", {"postal.items"}) == [
        ("right", "mã chỉ tiêu không có: postal.nope")]
    assert check_rule("postal.items", "≤", "1", {"postal.items"})[0][0] == "op"


@pytest.mark.parametrize("op, left, right, broken", [
    ("<=", 5, 4, True), ("<=", 4, 4, False), ("<", 4, 4, True), ("=", 4, 4, False), ("=", 4, 5, True),
    (">=", 3, 4, True), (">", 4, 4, True), ("!=", 4, 4, True), ("!=", 4, 5, False),
])
def test_each_operator(db, bk, op, left, right, broken):
    db.execute("DELETE FROM rules")
    db.execute("INSERT INTO rules (code, left, op, right, importance, message) VALUES ('t', 'postal.items', ?, "
               "'postal.kt1_items', 'warning', 'thử')", [op])
    put(db, "postal.items", bk, "2024", left)
    put(db, "postal.kt1_items", bk, "2024", right)
    found = [p for p in validate(db, bk, "2024") if p.kind == "rule"]
    assert bool(found) == broken
    if broken:
        assert (found[0].importance, found[0].left, found[0].right, found[0].rule) == (WARNING, left, right, "t")


def test_shipped_rule_part_larger_than_whole(db, bk):
    """KT1 items are part of all postal items."""
    assert {r.code for r in rules(db)} >= {"postal.kt1_le_items", "postal.public_le_points"}
    put(db, "postal.items", bk, "2024", 1000)
    put(db, "postal.kt1_items", bk, "2024", 1500)
    problem = next(p for p in validate(db, bk, "2024") if p.rule == "postal.kt1_le_items")
    assert problem.importance == ERROR and problem.codes == ("postal.kt1_items", "postal.items")
    assert "1.500 <= 1.000 không đúng" in problem.message


def test_a_rule_is_judged_on_rolled_up_figures(db, bk):
    """The province typed nothing: its districts' sums break the rule."""
    cho_don, ba_be = (catalog.org_unit_by_code(db, c).id for c in ("BK-CD", "BK-BB"))
    put(db, "postal.items", cho_don, "2024", 100)
    put(db, "postal.kt1_items", cho_don, "2024", 90)
    put(db, "postal.items", ba_be, "2024", 100)
    put(db, "postal.kt1_items", ba_be, "2024", 150)
    assert any(p.rule == "postal.kt1_le_items" for p in validate(db, bk, "2024"))
    tree = validate_tree(db, bk, "2024")
    assert {unit for unit, p in tree if p.rule == "postal.kt1_le_items"} == {bk, ba_be}


def test_nine_months_larger_than_the_year(db, bk):
    """The report's own contradiction: a published nine-month figure over the full year's."""
    put(db, "postal.revenue", bk, "2024", 69_300_000_000)
    put(db, "postal.revenue", bk, "2024-9M", 70_000_000_000)
    put(db, "postal.revenue", bk, "2024-Q1", 10_000_000_000)
    for period in ("2024", "2024-9M"):
        found = [p for p in validate(db, bk, period) if p.kind == "time"]
        assert [(p.periods, p.importance) for p in found] == [(("2024-9M", "2024"), ERROR)]
    assert not [p for p in validate(db, bk, "2024-Q1") if p.kind == "time"]


def test_stocks_have_no_time_rule(db, bk):
    put(db, "telecom.mobile_subscribers", bk, "2024", 300_000)
    put(db, "telecom.mobile_subscribers", bk, "2024-9M", 310_000)  # a stock may fall by the year's end
    assert not [p for p in validate(db, bk, "2024") if p.kind == "time"]


@pytest.mark.parametrize("history, value, flagged", [
    ([], 1_000, False),                                  # no history: nothing to compare
    ([100], 1_000, True),                                # one year: ×10 the year before
    ([100], 400, False),
    ([100], 15, True),                                   # a fifth of it or less
    ([100, 104, 98, 101], 160, True),                    # four years: far from their median
    ([100, 104, 98, 101], 108, False),
])
def test_outliers_on_small_histories(db, bk, history, value, flagged):
    for offset, past in enumerate(reversed(history), start=1):
        put(db, "postal.service_points", bk, str(2024 - offset), past)
    put(db, "postal.service_points", bk, "2024", value)
    found = [p for p in validate(db, bk, "2024") if p.kind == "outlier"]
    assert bool(found) == flagged
    if flagged:
        assert found[0].importance == WARNING and "các năm trước" in found[0].message


def test_a_unit_typed_in_trieu_for_ty_is_an_outlier(db, bk):
    """Revenue typed in triệu where tỷ was meant jumps a thousandfold."""
    put(db, "postal.revenue", bk, "2023", 58_728_813_559)
    put(db, "postal.revenue", bk, "2024", 69_300)
    assert any(p.kind == "outlier" and "postal.revenue" in p.codes for p in validate(db, bk, "2024"))


def test_the_sample_data_pass_their_own_rules(demo_db):
    bk = catalog.org_unit_by_code(demo_db, "BK").id
    problems = validate_tree(demo_db, bk, "2024")
    assert problems == [], [p.line() for _u, p in problems]


def test_the_records_check_each_other(demo_db):
    """Fines paid never exceed the fines decided: a figure typed by hand over the records' is an error."""
    bk = catalog.org_unit_by_code(demo_db, "BK").id
    put(demo_db, "inspection.fines_paid", bk, "2024", 20_000_000)  # typed: the records say 17.000.000 decided
    problem = next(p for p in validate(demo_db, bk, "2024") if p.rule == "inspection.paid_le_fines")
    assert (problem.importance, problem.left, problem.right) == (ERROR, 20_000_000, 17_000_000)


def test_a_rate_far_from_its_sibling_units(db):
    """Seven districts report their staffed share; one typed 9,5 for 95: a warning naming the median."""
    districts = ["BK-TP", "BK-BB", "BK-BT", "BK-CD", "BK-CM", "BK-NR", "BK-NS"]
    for code, share in zip(districts, (95, 93, 96, 94, 97, 92, 9.5)):
        put(db, "postal.staffed_pct", catalog.org_unit_by_code(db, code).id, "2024", share)
    odd = catalog.org_unit_by_code(db, "BK-NS").id
    found = [p for p in validate(db, odd, "2024") if p.kind == "outlier"]
    assert len(found) == 1 and "xa các đơn vị cùng cấp (trung vị 94,5%, 6 đơn vị)" in found[0].message
    assert not [p for p in validate(db, catalog.org_unit_by_code(db, "BK-CD").id, "2024") if p.kind == "outlier"]
