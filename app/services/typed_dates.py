"""Dates as people type them: `02.12.2026`, `2026-12-02`, `2/12/2026`, `2.12.26`.

A date field must take a date written the way its user writes dates, not
only the one format the program prints. The text is split into groups of
digits (any of `. / - ,` or spaces between them); the groups are read in the
order of the user's language (`DMY` for Swedish, Russian and most languages,
`MDY` for US English, `YMD` for the languages that write the year first).
A first group of four digits is always a year (ISO 8601, `2026-12-02`), in
every language. Without separators, eight digits are a full date and six
digits one with a two-digit year, in the language's order. A two-digit year
is the year ending in those digits nearest to `today` (up to 80 years back,
19 ahead); two groups are a day and month of `today`'s year.

Qt-free, so the command line and tests use it as they are; the UI passes the
order of its locale's short date format (`order_of_format`).
"""

from __future__ import annotations

import re
from datetime import date

ORDERS = ("DMY", "MDY", "YMD")
PAST_YEARS = 80  # how far back a two-digit year may reach; 19 years ahead otherwise

_SEPARATORS = re.compile(r"[\s./\-,\u2010-\u2015]+")


class NotADateError(ValueError):
    """The text is not a date in any accepted form (a typed error: the UI says it in words)."""


def order_of_format(qt_format: str) -> str:
    """The reading order of a locale's short date format (Qt's `dd.MM.yyyy` letters).

    Only month-before-day formats change the order of a day and a month; a
    format that starts with the year (Swedish `yyyy-MM-dd`) is read day first
    when the year is typed last, since such users write `2/12 2026` by hand.
    """
    letters = [c for c in qt_format if c in "dMy"]
    first = {c: letters.index(c) for c in "dMy" if c in letters}
    if len(first) < 3:
        return "DMY"
    if first["M"] < first["d"] and first["y"] > first["M"]:
        return "MDY"
    return "DMY"


def full_year(two_digits: int, today: date) -> int:
    """The year ending in `two_digits` nearest to today: at most PAST_YEARS back."""
    base = today.year - PAST_YEARS
    year = base - base % 100 + two_digits
    return year if year >= base else year + 100


def parse_typed_date(text: str, order: str = "DMY", today: date | None = None) -> date:
    """The date `text` stands for, read in `order`; NotADateError if it is none."""
    if order not in ORDERS:
        raise ValueError(order)
    today = today or date.today()
    stripped = text.strip()
    if not stripped or not re.fullmatch(r"[\d\s./\-,\u2010-\u2015]+", stripped):
        raise NotADateError(text)
    groups = [g for g in _SEPARATORS.split(stripped) if g]
    if len(groups) == 1 and len(groups[0]) == 8 and order != "YMD":
        try:
            return _make(*_read(_compact(groups[0], order), order), today, text)
        except NotADateError:  # ISO 8601 without separators, 20261202
            return _make(*_read(_compact(groups[0], "YMD"), "YMD"), today, text)
    if len(groups) == 1:
        groups = _compact(groups[0], order)
    if len(groups) == 2:
        day, month = (groups if order != "MDY" else groups[::-1])
        return _make(str(today.year), month, day, today, text)
    if len(groups) != 3:
        raise NotADateError(text)
    return _make(*_read(groups, order), today, text)


def _read(groups: list[str], order: str) -> tuple[str, str, str]:
    """Three groups as (year, month, day)."""
    if len(groups[0]) == 4 or order == "YMD":  # a four-digit year first: ISO 8601, always
        year, month, day = groups
    elif order == "MDY":
        month, day, year = groups
    else:
        day, month, year = groups
    return year, month, day


def _compact(digits: str, order: str) -> list[str]:
    """`02122026` / `021226` (or `20261202`, `261202` where the year comes first)."""
    if len(digits) == 8:
        if order == "YMD":
            return [digits[:4], digits[4:6], digits[6:]]
        return [digits[:2], digits[2:4], digits[4:]]
    if len(digits) == 6:
        return [digits[:2], digits[2:4], digits[4:]]
    return [digits]


def _make(year: str, month: str, day: str, today: date, text: str) -> date:
    if len(year) not in (2, 4) or not (1 <= len(month) <= 2 and 1 <= len(day) <= 2):
        raise NotADateError(text)
    number = int(year) if len(year) == 4 else full_year(int(year), today)
    try:
        return date(number, int(month), int(day))
    except ValueError as error:
        raise NotADateError(text) from error
