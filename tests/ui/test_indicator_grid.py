"""The breakdown grid: whole numbers for counts, every problem at its own cell."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _new_value_form(qtbot, app_window, indicator_name: str):
    ctx, window = app_window
    window.show_section("indicators")
    section = window.section("indicators")
    page = section.lists["indicator_value"]
    section.tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    page.new_record()
    form = page.form
    chooser = form.editors["indicator_id"]
    chooser.widget.edit.setFocus()  # the picker searches what is typed; Enter takes it
    type_text(qtbot, indicator_name)  # (QTest has no keys for Cyrillic)
    qtbot.keyClick(chooser.widget.edit, Qt.Key.Key_Return)
    settle(qtbot, lambda: chooser.get() is not None)
    form.editors["period_start"].set(date(2027, 1, 1))
    form.editors["period_end"].set(date(2027, 3, 31))
    return ctx, form


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _save(qtbot, form) -> None:
    assert form.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    settle(qtbot)


def test_every_breakdown_problem_shows_at_its_own_cells_at_once(qtbot, app_window):
    ctx, form = _new_value_form(qtbot, app_window, "Trained participants")
    grid = form.editors["breakdown"]
    before = ctx.services.indicator_values.count()
    _type(qtbot, form.editors["value"].widget, "20")
    for key, text in (("gender:female", "15"), ("gender:male", "10"),
                      ("age_band:18_24", "5"), ("age_band:25_34", "3")):
        _type(qtbot, grid.edits[key], text)
    assert grid.sums["gender"].text() == "Sum: 25"
    _save(qtbot, form)
    assert ctx.services.indicator_values.count() == before  # nothing saved
    assert grid.problem_cells() == {"gender:female", "gender:male", "age_band:18_24",
                                    "age_band:25_34"}
    assert grid.group_errors["gender"].isVisible()
    assert grid.group_errors["gender"].text() == \
        "Gender breakdown adds up to 25, value is 20."
    assert grid.group_errors["age_band"].text() == \
        "Age band breakdown adds up to 8, value is 20."
    assert not form.errors["breakdown"].isVisible()  # not repeated under the field

    _type(qtbot, grid.edits["gender:male"], "5")
    _type(qtbot, grid.edits["age_band:25_34"], "15")
    _save(qtbot, form)
    assert grid.problem_cells() == set()
    assert not grid.group_errors["gender"].isVisible()
    saved = ctx.services.indicator_values.get(form.row_id)
    assert saved.value == Decimal(20) and str(saved.value) == "20"
    assert saved.breakdown == {"gender:female": 15, "gender:male": 5, "age_band:18_24": 5,
                               "age_band:25_34": 15}
    assert grid.edits["gender:female"].text() == "15"  # shown back without decimals


def test_a_count_takes_only_whole_numbers_as_typed(qtbot, app_window):
    _ctx, form = _new_value_form(qtbot, app_window, "Trained participants")
    grid = form.editors["breakdown"]
    _type(qtbot, grid.edits["gender:female"], "9.5")
    _type(qtbot, form.editors["value"].widget, "-12,5")
    assert grid.edits["gender:female"].text() == "95"
    assert form.editors["value"].widget.text() == "125"


def test_a_percentage_without_breakdowns_hides_the_grid_and_takes_fractions(qtbot,
                                                                           app_window):
    ctx, form = _new_value_form(qtbot, app_window, "Доля")
    grid = form.editors["breakdown"]
    assert not any(edit.isVisible() for edit in grid.edits.values())
    _type(qtbot, form.editors["value"].widget, "42.5")
    _save(qtbot, form)
    assert ctx.services.indicator_values.get(form.row_id).value == Decimal("42.5")


def test_a_cell_problem_is_shown_under_that_cell(qtbot, app_window):
    """A percentage broken down by gender: a cell above 100 is refused at that cell."""
    ctx, form = _new_value_form(qtbot, app_window, "Доля")
    indicator = form.editors["indicator_id"].get()
    ctx.services.indicators.update(indicator, by_gender=True)
    form.editors["indicator_id"].widget.sig_changed.emit()  # the form follows its choice
    grid = form.editors["breakdown"]
    assert grid.edits["gender:male"].isVisible() and not grid.edits["age_band:18_24"].isVisible()
    _type(qtbot, form.editors["value"].widget, "40")
    _type(qtbot, grid.edits["gender:female"], "140")
    _type(qtbot, grid.edits["gender:male"], "30")
    _save(qtbot, form)
    assert grid.problem_cells() == {"gender:female"}
    assert grid.cell_errors["gender:female"].text() == "Must be between 0 and 100."
    assert grid.cell_errors["gender:female"].isVisible()
    assert not grid.cell_errors["gender:male"].isVisible()
