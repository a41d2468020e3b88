import pytest

from models.numbers import NumberError, format_count, format_money, format_number, parse_number


@pytest.mark.parametrize("text, expected", [
    ("1.896.340", 1896340),      # Vietnamese thousands
    ("66,4", 66.4),              # Vietnamese decimal
    ("3,23", 3.23),
    ("66.4", 66.4),              # plain decimal, unambiguous (not three digits)
    ("0.5", 0.5),
    ("1.234", 1234),             # ambiguous: the Vietnamese reading wins
    ("12.345", 12345),
    ("0.500", 0.5),              # a thousands group never follows a leading 0
    ("1234.567", 1234.567),      # four digits before the dot: not a group
    ("1,234", 1.234),            # a single comma is the decimal mark
    ("1,896,340", 1896340),      # several commas: English thousands
    ("1,234.5", 1234.5),         # English, both marks
    ("1.234,5", 1234.5),         # Vietnamese, both marks
    ("  2 243 ", 2243),          # spaces as separators
    ("94,7%", 94.7),
    ("-17", -17),
    ("+3", 3),
    (",5", 0.5),
    ("316272", 316272),
])
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "  ", "abc", "1.2.3", "1.23.456", "12,34,5", "1,234,5.6",
                                  "1.234.5", "--3", "1e5", "1..2"])
def test_parse_number_refuses(text):
    with pytest.raises(NumberError) as info:
        parse_number(text)
    assert str(info.value)


@pytest.mark.parametrize("value, expected", [
    (1896340, "1.896.340"), (66.4, "66,4"), (3.23, "3,23"), (2243, "2.243"), (0, "0"),
    (-17.5, "-17,5"), (100.0, "100"), (None, ""),
])
def test_format_number(value, expected):
    assert format_number(value) == expected


def test_format_number_with_decimals():
    assert format_number(1234.5, 2) == "1.234,50"


@pytest.mark.parametrize("value, expected", [
    (69_300_000_000, "69,3 tỷ đồng"), (706_000_000, "706 triệu đồng"),
    (17_000_000, "17 triệu đồng"), (12_500_000_000, "12,5 tỷ đồng"), (500_000, "500.000 đồng"),
])
def test_format_money(value, expected):
    assert format_money(value) == expected


def test_format_count_leading_zero():
    assert format_count(8, leading_zero=True) == "08"
    assert format_count(8) == "8"
    assert format_count(17, leading_zero=True) == "17"


@pytest.mark.parametrize("value", [1896340, 66.4, 3.23, 0.5, 1234.5, 94.7])
def test_round_trip(value):
    assert parse_number(format_number(value)) == pytest.approx(value)
