"""Typed dates: every accepted way of writing a date reads back as that date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.typed_dates import (
    PAST_YEARS,
    NotADateError,
    order_of_format,
    parse_typed_date,
)

TODAY = date(2026, 12, 2)
ANY_DAY = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
NEAR_DAY = st.dates(min_value=date(TODAY.year - PAST_YEARS, 1, 1),
                    max_value=date(TODAY.year + 19, 12, 31))


def _in_order(day: date, order: str, separator: str, padded: bool, year: str) -> str:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    parts = {"DMY": (d, m, year), "MDY": (m, d, year), "YMD": (year, m, d)}[order]
    return separator.join(parts)


@given(ANY_DAY, st.sampled_from(["DMY", "MDY", "YMD"]))
def test_iso_dates_read_back_in_every_order(day, order):
    assert parse_typed_date(day.isoformat(), order, TODAY) == day


@given(ANY_DAY, st.sampled_from(["DMY", "MDY"]), st.sampled_from([".", "/", "-", " ", ". "]),
       st.booleans())
def test_a_date_written_in_the_locale_order_with_a_full_year_reads_back(day, order, sep,
                                                                       padded):
    text = _in_order(day, order, sep, padded, f"{day.year:04d}")
    assert parse_typed_date(text, order, TODAY) == day


@given(NEAR_DAY, st.sampled_from(["DMY", "MDY", "YMD"]), st.sampled_from([".", "/", "-"]),
       st.booleans())
def test_a_two_digit_year_reads_back_within_its_window(day, order, sep, padded):
    text = _in_order(day, order, sep, padded, f"{day.year % 100:02d}")
    assert parse_typed_date(text, order, TODAY) == day


@given(ANY_DAY, st.sampled_from(["DMY", "MDY", "YMD"]))
def test_eight_digits_without_separators_read_back(day, order):
    assert parse_typed_date(_in_order(day, order, "", True, f"{day.year:04d}"), order,
                            TODAY) == day


@given(NEAR_DAY, st.sampled_from(["DMY", "MDY", "YMD"]))
def test_six_digits_without_separators_read_back(day, order):
    assert parse_typed_date(_in_order(day, order, "", True, f"{day.year % 100:02d}"), order,
                            TODAY) == day


@given(st.dates(min_value=date(TODAY.year, 1, 1), max_value=date(TODAY.year, 12, 31)),
       st.sampled_from(["DMY", "MDY"]))
def test_a_day_and_month_alone_are_in_this_year(day, order):
    text = _in_order(day, order, ".", False, "")[: -1 if order != "YMD" else None]
    assert parse_typed_date(text, order, TODAY) == day


@given(st.integers(min_value=0, max_value=99))
def test_a_two_digit_year_is_never_more_than_the_window_away(two):
    year = parse_typed_date(f"1.1.{two:02d}", "DMY", TODAY).year
    assert year % 100 == two
    assert TODAY.year - PAST_YEARS <= year < TODAY.year - PAST_YEARS + 100


def test_the_examples_of_the_issue_are_the_second_of_december():
    for text in ("02.12.2026", "2026-12-02", "2/12/2026", "2.12.26", " 2. 12. 2026 "):
        assert parse_typed_date(text, "DMY", TODAY) == date(2026, 12, 2), text
    assert parse_typed_date("12/2/2026", "MDY", TODAY) == date(2026, 12, 2)
    assert parse_typed_date("20261202", "DMY", TODAY) == date(2026, 12, 2)


@pytest.mark.parametrize("text", ["", "  ", "31.02.2026", "2026-13-01", "abc", "1.2.3.4",
                                  "12", "1.1.202", "2 dec 2026", "0.0.2026", "123.1.2026",
                                  "2026-12-02T10:00"])
def test_texts_that_are_not_dates_are_refused(text):
    with pytest.raises(NotADateError):
        parse_typed_date(text, "DMY", TODAY)


@pytest.mark.parametrize(("qt_format", "order"), [
    ("dd/MM/yyyy", "DMY"), ("yyyy-MM-dd", "DMY"), ("dd.MM.yyyy", "DMY"), ("M/d/yy", "MDY"),
    ("dd.MM.yy", "DMY"), ("yyyy/M/d", "DMY")])
def test_the_order_follows_the_locale_format_with_the_year_typed_last(qt_format, order):
    assert order_of_format(qt_format) == order


def test_a_two_digit_year_nineteen_years_ahead_is_in_the_future():
    assert parse_typed_date(f"1.1.{(TODAY.year + 19) % 100:02d}", "DMY",
                            TODAY) == date(TODAY.year + 19, 1, 1)
    assert parse_typed_date(f"1.1.{(TODAY.year + 20) % 100:02d}", "DMY",
                            TODAY) == date(TODAY.year + 20 - 100, 1, 1)
    assert TODAY - timedelta(days=366 * PAST_YEARS) > date(TODAY.year + 20 - 100, 1, 1)
