import datetime as dt

import pytest

from models.periods import (CALENDAR, DECREE09, HALF, MONTH, NINE_MONTHS, QUARTER, YEAR, Period,
                            PeriodError, parse_period, periods_of_kind)

D = dt.date


@pytest.mark.parametrize("key, kind, index", [
    ("2024", YEAR, 1), ("2024-H1", HALF, 1), ("2024-H2", HALF, 2), ("2024-Q3", QUARTER, 3),
    ("2024-07", MONTH, 7), ("2024-12", MONTH, 12), ("2024-9M", NINE_MONTHS, 1),
])
def test_keys_round_trip(key, kind, index):
    period = parse_period(key)
    assert (period.year, period.kind, period.index) == (2024, kind, index)
    assert period.key == key


@pytest.mark.parametrize("key", ["", "24", "2024-Q5", "2024-13", "2024-H3", "2024-7", "2024-9m", "2024/07", "2024-00"])
def test_malformed_keys(key):
    with pytest.raises(PeriodError):
        parse_period(key)


@pytest.mark.parametrize("key, start, end", [
    ("2024", D(2024, 1, 1), D(2024, 12, 31)),
    ("2024-H1", D(2024, 1, 1), D(2024, 6, 30)),
    ("2024-H2", D(2024, 7, 1), D(2024, 12, 31)),
    ("2024-Q1", D(2024, 1, 1), D(2024, 3, 31)),
    ("2024-Q3", D(2024, 7, 1), D(2024, 9, 30)),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("2023-02", D(2023, 2, 1), D(2023, 2, 28)),
    ("2024-12", D(2024, 12, 1), D(2024, 12, 31)),
    ("2024-9M", D(2024, 1, 1), D(2024, 9, 30)),
])
def test_calendar_ranges(key, start, end):
    assert parse_period(key).date_range(CALENDAR) == (start, end)


@pytest.mark.parametrize("key, start, end", [
    ("2024", D(2023, 12, 15), D(2024, 12, 14)),
    ("2024-H1", D(2023, 12, 15), D(2024, 6, 14)),
    ("2024-H2", D(2024, 6, 15), D(2024, 12, 14)),
    ("2024-Q1", D(2023, 12, 15), D(2024, 3, 14)),
    ("2024-Q3", D(2024, 6, 15), D(2024, 9, 14)),
    ("2024-01", D(2023, 12, 15), D(2024, 1, 14)),
    ("2024-07", D(2024, 6, 15), D(2024, 7, 14)),
    ("2024-9M", D(2023, 12, 15), D(2024, 9, 14)),
])
def test_decree09_ranges(key, start, end):
    assert parse_period(key).date_range(DECREE09) == (start, end)


def test_decree09_months_tile_the_year():
    months = periods_of_kind(2024, MONTH)
    ranges = [m.date_range(DECREE09) for m in months]
    assert ranges[0][0] == parse_period("2024").date_range(DECREE09)[0]
    assert ranges[-1][1] == parse_period("2024").date_range(DECREE09)[1]
    for (_s1, e1), (s2, _e2) in zip(ranges, ranges[1:]):
        assert s2 - e1 == dt.timedelta(days=1)


@pytest.mark.parametrize("key, previous", [
    ("2024", "2023"), ("2024-H1", "2023-H1"), ("2024-Q3", "2023-Q3"), ("2024-07", "2023-07"),
    ("2024-9M", "2023-9M"),
])
def test_previous_comparable(key, previous):
    assert parse_period(key).previous_comparable().key == previous


def test_contains_under_both_rules():
    december_20 = D(2024, 12, 20)
    assert parse_period("2024").contains(december_20, CALENDAR)
    assert not parse_period("2024").contains(december_20, DECREE09)
    assert parse_period("2025").contains(december_20, DECREE09)


def test_vietnamese_labels():
    assert Period(2024, YEAR).label_vi() == "năm 2024"
    assert parse_period("2024-Q3").label_vi() == "quý III năm 2024"
    assert parse_period("2024-9M").label_vi() == "9 tháng năm 2024"
