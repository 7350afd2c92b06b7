"""The indicators page: progress by cumulative or latest, readings per period, flags."""

from __future__ import annotations

from tests.ui.conftest import settle


def _page(qtbot, app_window):
    ctx, window = app_window
    window.show_section("indicators")
    section = window.section("indicators")
    section.tabs.setCurrentIndex(0)
    page = section.tabs.currentWidget()
    settle(qtbot, lambda: bool(page.model.rows))
    return ctx, page


def _cell(model, row: int, column: str) -> str:
    from app.ui.records.indicators_page import COLUMNS

    return model.index(row, COLUMNS.index(column)).data()


def test_readings_per_period_with_the_cumulative_of_an_accumulating_indicator(qtbot,
                                                                               app_window):
    from app.ui.records.indicator_history import COLUMNS

    _ctx, page = _page(qtbot, app_window)
    rows = page.model.rows
    counting = next(n for n, r in enumerate(rows) if r.accumulates)
    level = next(n for n, r in enumerate(rows) if not r.accumulates)
    assert _cell(page.model, counting, "cumulative") == str(rows[counting].cumulative)
    assert _cell(page.model, level, "cumulative") == ""
    page.view.selectRow(counting)
    history = page.history
    readings = rows[counting].readings
    assert history.rowCount() == len(readings) == 4
    column = {name: n for n, name in enumerate(COLUMNS)}
    values = [int(history.index(n, column["value"]).data()) for n in range(4)]
    totals = [int(history.index(n, column["cumulative"]).data()) for n in range(4)]
    assert totals == [sum(values[:n + 1]) for n in range(4)]
    assert history.index(0, column["breakdown"]).data().startswith("Gender: Female ")
    assert "Trained participants" in page.history_heading.text()
    assert not page.inconsistent.isVisible()


def test_a_value_that_no_longer_fits_is_flagged_on_the_page(qtbot, app_window):
    from app.ui.records.indicator_history import COLUMNS

    ctx, page = _page(qtbot, app_window)
    counting = next(r for r in page.model.rows if r.accumulates)
    ctx.services.indicators.update(counting.indicator_id, by_age_band=False)
    ctx.sig_data_changed.emit("indicator")
    settle(qtbot, lambda: page.inconsistent.isVisible())
    assert "4" in page.inconsistent.text()
    row = [r.indicator_id for r in page.model.rows].index(counting.indicator_id)
    page.view.selectRow(row)
    problems = page.history.index(0, COLUMNS.index("problems")).data()
    assert problems == "This indicator is not broken down by age band."
