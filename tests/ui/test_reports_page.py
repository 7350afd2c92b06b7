"""The Reports page on the demo: every kind shows a chart and a table, filters change
the figures, and the public view never shows a count from 1 to 4."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.reports.model import REPORT_KINDS
from app.reports.tables import Audience
from tests.ui.conftest import press, settle, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def open_reports(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_9, CTRL)
    page = window.section("reports")
    settle(qtbot, lambda: page.kind() in page.built)
    return page


def shown_cells(view) -> list[str]:
    model = view.view.model()
    return [model.index(r, c).data() for r in range(model.rowCount())
            for c in range(model.columnCount())]


def test_each_kind_shows_a_chart_and_a_table(qtbot, app_window):
    _ctx, window = app_window
    page = open_reports(qtbot, window)
    assert window.stack.currentWidget() is page
    for n, kind in enumerate(REPORT_KINDS):
        assert page.tabs.currentIndex() == n
        settle(qtbot, lambda kind=kind: kind in page.built)
        view = page.views[kind]
        assert view.view.model().rowCount() > 0, kind
        assert view.chart.chart().series(), kind  # the first table of each kind has a chart
        press(qtbot, Qt.Key.Key_Tab, CTRL)  # Ctrl+Tab: the next kind


def test_a_country_filter_changes_the_figures(qtbot, app_window):
    _ctx, window = app_window
    page = open_reports(qtbot, window)
    page.tabs.setCurrentIndex(REPORT_KINDS.index("attendance"))
    settle(qtbot, lambda: "attendance" in page.built)
    everywhere = page.built["attendance"]
    page.filters.country.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the first country after "All countries"
    settle(qtbot, lambda: page.built["attendance"] is not everywhere)
    one = page.built["attendance"]
    assert one.filters.country == page.filters.country.currentData() is not None
    assert one.table("attendance_by_gender_age").rows != everywhere.table(
        "attendance_by_gender_age").rows


def test_a_typed_period_changes_the_figures(qtbot, app_window):
    _ctx, window = app_window
    page = open_reports(qtbot, window)
    before = page.built[page.kind()]
    page.filters.date_to.setFocus()
    type_text(qtbot, "2000-01-01")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: page.built[page.kind()] is not before)
    after = page.built[page.kind()]
    assert str(after.filters.date_to) == "2000-01-01"
    assert after.tables[0].rows != before.tables[0].rows


def small_counts(page, kind) -> list[str]:
    view = page.views[kind]
    found = []
    for n in range(view.choice.count()):
        view.choice.setCurrentIndex(n)
        found += [cell for cell in shown_cells(view) if cell in {"1", "2", "3", "4"}
                  and view.table().columns]
    return found


def test_the_public_view_never_shows_1_to_4_and_the_internal_one_does(qtbot, app_window):
    _ctx, window = app_window
    page = open_reports(qtbot, window)
    assert page.filters.chosen_audience() == Audience.PUBLIC
    page.tabs.setCurrentIndex(REPORT_KINDS.index("attendance"))
    settle(qtbot, lambda: "attendance" in page.built
           and page.built["attendance"].audience == Audience.PUBLIC)
    public = small_counts(page, "attendance")
    assert public == []
    assert "<5" in "".join(shown_cells(page.views["attendance"])) or any(
        "<5" in str(cell) for t in page.built["attendance"].tables for row in t.rows
        for cell in row)
    page.filters.audience.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Internal: a coordinator may choose it
    settle(qtbot, lambda: page.built["attendance"].audience == Audience.INTERNAL)
    assert small_counts(page, "attendance") != []


def test_an_intern_gets_the_public_view_only(qtbot, app_window):
    from tests.ui.conftest import use_role

    ctx, window = app_window
    use_role(ctx, "intern")
    page = open_reports(qtbot, window)
    assert page.filters.audience.count() == 1
    assert page.filters.chosen_audience() == Audience.PUBLIC
