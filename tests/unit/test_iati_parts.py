"""The pieces of the IATI file: sectors, budget periods, suppressed breakdowns."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from app.domain.enums import THEMES
from app.reports.iati import budget_periods
from app.reports.iati_results import add_actuals
from app.reports.iati_sectors import THEME_SECTORS, UnknownThemeError, sectors


def test_every_theme_has_a_five_digit_dac_code():
    assert set(THEME_SECTORS) == set(THEMES)
    assert all(len(code) == 5 and code.isdigit() for code in THEME_SECTORS.values())


@given(st.lists(st.sampled_from(THEMES), max_size=7))
def test_sector_percentages_add_up_to_exactly_one_hundred(themes):
    found = sectors(themes)
    assert [code for code, _p in found] == list(dict.fromkeys(THEME_SECTORS[t] for t in themes))
    if found:
        assert sum(p for _c, p in found) == 100
        assert max(p for _c, p in found) - min(p for _c, p in found) <= Decimal("0.01")


def test_a_theme_without_a_code_is_not_dropped_silently():
    with pytest.raises(UnknownThemeError):
        sectors(["feminism", "space_travel"])


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
       st.integers(min_value=0, max_value=3000),
       st.decimals(min_value=0, max_value=10**9, places=2))
def test_budget_periods_cover_the_project_in_years_and_add_up(start, days, budget):
    end = start + timedelta(days=days)
    periods = budget_periods(SimpleNamespace(start_date=start, end_date=end, budget=budget))
    assert periods[0][0] == start and periods[-1][1] == end
    assert sum(amount for _s, _e, amount in periods) == budget
    for (first, last, amount), following in zip(periods, periods[1:] + [None], strict=True):
        assert first <= last and (last - first).days < 366 and amount >= 0
        assert following is None or following[0] == last + timedelta(days=1)


def test_no_budget_without_dates_or_amount():
    assert budget_periods(SimpleNamespace(start_date=None, end_date=date(2026, 1, 1),
                                          budget=Decimal(5))) == []
    assert budget_periods(SimpleNamespace(start_date=date(2026, 1, 1),
                                          end_date=date(2026, 6, 1), budget=None)) == []


def _published(measure, value, breakdown):
    period = etree.Element("period")
    add_actuals(period, measure, Decimal(value), breakdown)
    return period.findall("actual")


@given(st.dictionaries(st.sampled_from(["female", "male", "non_binary", "undisclosed"]),
                       st.integers(min_value=0, max_value=40), min_size=1))
def test_a_breakdown_never_shows_one_to_four_nor_lets_it_be_subtracted(cells):
    total = sum(cells.values())
    actuals = _published("count", total, {f"gender:{k}": n for k, n in cells.items()})
    shown = [a.get("value") for a in actuals]
    assert not [v for v in shown if v is not None and 0 < int(v) < 5]
    hidden = [a for a in actuals[1:] if a.get("value") is None]
    headline_hidden = shown[0] is None
    assert len(hidden) + headline_hidden != 1  # one hidden figure could be worked out
    for actual in actuals:  # a figure shown is the true one
        if actual.get("value") is not None and actual.find("dimension") is not None:
            code = actual.find("dimension").get("value").replace("-", "_")
            assert int(actual.get("value")) == cells[code]
        if actual.get("value") is None:
            assert actual.find("comment/narrative").get(
                "{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_shares_are_published_as_they_are_without_their_breakdown():
    actuals = _published("percent", "3", {"gender:female": 2})
    assert [a.get("value") for a in actuals] == ["3"]


def test_a_breakdown_that_does_not_add_up_is_left_out():
    actuals = _published("count", 20, {"gender:female": 12, "gender:male": 3,
                                       "age_band:18_24": 20})
    assert [a.find("dimension").get("name") for a in actuals[1:]] == ["age"]
