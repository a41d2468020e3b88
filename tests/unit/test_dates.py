"""Dates typed the Vietnamese way."""

import datetime as dt

import pytest

from models.dates import DateError, format_date, format_datetime, parse_date, parse_time


@pytest.mark.parametrize("text", ["15/03/2025", "15/3/2025", "15-03-2025", "15.03.2025", "15 03 2025",
                                  "15032025", "150325", " 15 / 03 / 2025 "])
def test_a_date_is_read_day_first(text):
    assert parse_date(text) == dt.date(2025, 3, 15)


@pytest.mark.parametrize("text,reason", [("", "chưa nhập"), ("32/01/2025", "không có ngày này"),
                                         ("29/02/2025", "không có ngày này"), ("2025-03-15", "không đúng dạng"),
                                         ("15/01/00003/2025", "không đúng dạng"), ("1503", "không đúng dạng")])
def test_a_text_that_is_no_date_says_why(text, reason):
    with pytest.raises(DateError, match=reason):
        parse_date(text)


@pytest.mark.parametrize("text,expected", [("09:30", (9, 30)), ("9:30", (9, 30)), ("9h30", (9, 30)),
                                           ("0930", (9, 30)), ("9", (9, 0)), ("23.59", (23, 59))])
def test_a_time_is_read(text, expected):
    assert parse_time(text) == dt.time(*expected)


def test_times_out_of_range_are_refused():
    for text in ("24:00", "9:60", "nine"):
        with pytest.raises(DateError):
            parse_time(text)


def test_written_dd_mm_yyyy():
    assert format_date(dt.date(2025, 3, 5)) == "05/03/2025"
    assert format_date("2025-03-05") == "05/03/2025"
    assert format_date(None) == ""
    assert format_datetime("2024-07-10T10:15") == "10/07/2024 10:15"
