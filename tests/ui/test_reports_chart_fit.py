"""Sideways bars show their names: QtCharts writes "…" for a bar's name when its row
is too low, so the page's chart draws as many bars as its height has room for (the
table below it has every row) and draws more when it grows."""

from __future__ import annotations

from app.reports.model import ChartSpec, Column, Table
from app.ui.reports.chart_view import MAX_CATEGORIES, ReportChartView, bars_that_fit

NAMES = [f"Advocacy workshop series {n}" for n in range(12)]
TABLE = Table("progress", (Column("indicator"), Column("value", "count")),
              tuple((name, 10 + n) for n, name in enumerate(NAMES)))
SPEC = ChartSpec("bar", "progress", "indicator", ("value",))
SHORT = Table("by_year", (Column("year"), Column("value", "count")),
              tuple((str(2020 + n), n) for n in range(6)))


def label(key: str) -> str:
    return key.split(":", 1)[-1]


def drawn(view: ReportChartView) -> list[str]:
    axis = next(a for a in view.chart().axes() if hasattr(a, "categories"))
    return list(axis.categories())


def test_a_low_chart_draws_fewer_sideways_bars_and_all_of_them_when_it_grows(qtbot):
    view = ReportChartView()
    qtbot.addWidget(view)
    view.resize(790, 300)
    view.show_table(TABLE, SPEC, label)
    view.show()
    low = drawn(view)
    assert 3 <= len(low) == bars_that_fit(TABLE, SPEC, label, view.height()) < MAX_CATEGORIES
    assert sorted(low) == sorted(NAMES[:len(low)])  # the first rows, as in the table
    view.resize(790, 34 * MAX_CATEGORIES + 80)
    qtbot.waitUntil(lambda: len(drawn(view)) == MAX_CATEGORIES)
    assert sorted(drawn(view)) == sorted(NAMES)


def test_upright_bars_with_short_names_are_not_cut_by_height(qtbot):
    view = ReportChartView()
    qtbot.addWidget(view)
    view.resize(790, 200)
    view.show_table(SHORT, ChartSpec("bar", "by_year", "year", ("value",)), label)
    view.show()
    assert drawn(view) == [str(2020 + n) for n in range(6)]
