"""Dates are typed the way people write them, cleared, and picked from a calendar at today."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.ui.base.i18n import install_translation
from tests.ui.conftest import press, settle

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _new_record(qtbot, window, section: str, entity: str, title: str):
    window.show_section(section)
    page = window.section(section).lists[entity]
    window.section(section).tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    page.new_record()
    qtbot.keyClicks(QApplication.focusWidget(), title)
    return page.form


def _focus(qtbot, field):
    """Tab into the date field from the field before it, as a person would."""
    field.setFocus()
    qtbot.waitUntil(lambda: field.isAncestorOf(QApplication.focusWidget()))
    field.edit.selectAll()
    return field.edit


@pytest.mark.parametrize(("language", "typed", "shown"), [
    ("sv", "02.12.2026", "2026-12-02"),
    ("sv", "2.12.26", "2026-12-02"),
    ("ru", "2/12/2026", "02.12.2026"),
    ("en", "2026-12-02", "02/12/2026"),
])
def test_a_date_typed_into_an_empty_field_is_stored(qtbot, app_window, language, typed, shown):
    ctx, window = app_window
    install_translation(language)
    form = _new_record(qtbot, window, "advocacy", "publication", "Report on typed dates")
    field = form.editors["published_on"].widget
    assert field.edit.text() == ""
    edit = _focus(qtbot, field)
    qtbot.keyClicks(edit, typed)
    assert QApplication.focusWidget() is edit  # "/" and "." did not jump anywhere
    assert edit.text() == typed
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == shown
    qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert not form.problems
    assert ctx.services.publications.get(form.row_id).published_on == date(2026, 12, 2)


def test_a_date_typed_and_saved_without_enter_is_stored(qtbot, app_window):
    ctx, window = app_window
    form = _new_record(qtbot, window, "advocacy", "publication", "Saved at once")
    edit = _focus(qtbot, form.editors["published_on"].widget)
    qtbot.keyClicks(edit, "2/12/2026")
    qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert ctx.services.publications.get(form.row_id).published_on == date(2026, 12, 2)


def test_a_text_that_is_not_a_date_is_said_under_the_field_and_kept(qtbot, app_window):
    ctx, window = app_window
    before = ctx.services.publications.count()
    form = _new_record(qtbot, window, "advocacy", "publication", "Not on the 31st")
    field = form.editors["published_on"].widget
    edit = _focus(qtbot, field)
    qtbot.keyClicks(edit, "31.02.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "31.02.2026"
    assert field.problem.isVisibleTo(field)
    assert "31.02.2026" in field.problem.text() and "not a date" in field.problem.text()
    form.save()
    settle(qtbot)
    assert ctx.services.publications.count() == before
    assert form.errors["published_on"].text()  # refused by the service too
    edit = _focus(qtbot, field)
    qtbot.keyClicks(edit, "28.02.2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert field.problem.isHidden() and edit.text() == "28/02/2026"


def test_an_optional_date_is_cleared_with_delete(qtbot, app_window):
    ctx, window = app_window
    window.show_section("advocacy")
    page = window.section("advocacy").lists["publication"]
    window.section("advocacy").tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    page.view.selectRow(0)
    form = page.form
    row_id = form.row_id
    ctx.services.publications.update(row_id, published_on=date(2025, 5, 4))
    form.load(row_id)
    field = form.editors["published_on"].widget
    assert field.edit.text() == "04/05/2025"
    edit = _focus(qtbot, field)
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "" and field.problem.isHidden()
    assert edit.placeholderText() == "(none)"
    qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert ctx.services.publications.get(row_id).published_on is None


def test_a_required_date_emptied_says_required(qtbot, app_window):
    ctx, window = app_window
    form = _new_record(qtbot, window, "advocacy", "advocacy_event", "An event")
    field = form.editors["held_on"].widget
    assert form.editors["held_on"].get() == date.today()  # a new event starts today
    edit = _focus(qtbot, field)
    press(qtbot, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert field.problem.isVisibleTo(field) and field.problem.text() == "Required."
    assert form.editors["held_on"].get() is None


@pytest.mark.parametrize("key", [(Qt.Key.Key_Down, ALT), (Qt.Key.Key_F4, None)])
def test_the_calendar_of_an_empty_date_opens_at_today_and_picks_a_day(qtbot, app_window, key):
    ctx, window = app_window
    form = _new_record(qtbot, window, "advocacy", "publication", "Picked from the calendar")
    field = form.editors["published_on"].widget
    edit = _focus(qtbot, field)
    if key[1] is None:
        qtbot.keyClick(edit, key[0])
    else:
        qtbot.keyClick(edit, key[0], key[1])
    qtbot.waitUntil(lambda: field.popup is not None and field.popup.isVisible())
    calendar = field.popup.calendar
    today = QDate.currentDate()
    assert calendar.selectedDate() == today
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    tomorrow = today.addDays(1)
    assert form.editors["published_on"].get() == date(tomorrow.year(), tomorrow.month(),
                                                      tomorrow.day())
    assert QApplication.focusWidget() is edit


def test_the_calendar_of_a_date_opens_at_that_date_and_esc_keeps_it(qtbot, app_window):
    ctx, window = app_window
    form = _new_record(qtbot, window, "advocacy", "publication", "Calendar at the value")
    field = form.editors["published_on"].widget
    edit = _focus(qtbot, field)
    qtbot.keyClicks(edit, "7.3.2031")
    qtbot.keyClick(edit, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: field.popup is not None and field.popup.isVisible())
    assert field.popup.calendar.selectedDate() == QDate(2031, 3, 7)
    qtbot.keyClick(field.popup.calendar.focusWidget() or field.popup, Qt.Key.Key_Escape)
    assert not field.popup.isVisible()
    assert form.editors["published_on"].get() == date(2031, 3, 7)


@pytest.mark.parametrize(("language", "none", "problem"), [
    ("sv", "(inget)", "inget datum"), ("ru", "(нет)", "не дата")])
def test_the_empty_placeholder_and_the_problem_are_translated(qtbot, app_window, language,
                                                              none, problem):
    ctx, window = app_window
    form = _new_record(qtbot, window, "advocacy", "publication", "Translated")
    install_translation(language)
    settle(qtbot)
    field = form.editors["published_on"].widget
    assert field.edit.placeholderText() == none
    edit = _focus(qtbot, field)
    qtbot.keyClicks(edit, "45.45")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert problem in field.problem.text()
