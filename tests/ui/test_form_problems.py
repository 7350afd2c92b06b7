"""Validation in one round: every problem of a form at once, each under its own field,
the first field focused; text fields show and keep their length limit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.limits import max_length
from tests.ui.conftest import press, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def _list(qtbot, window, section: str, entity: str):
    window.show_section(section)
    page = window.section(section).lists[entity]
    window.section(section).tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    return page


def test_every_problem_of_a_new_project_shows_at_once_under_its_field(qtbot, app_window):
    ctx, window = app_window
    page = _list(qtbot, window, "projects", "project")
    before = ctx.services.projects.count()
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    form = page.form
    budget = form.editors["budget"].widget
    budget.setFocus()
    qtbot.keyClicks(budget, "a lot")
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    shown = {name: label.text() for name, label in form.errors.items() if not label.isHidden()}
    assert shown["budget"].startswith("Not a valid")  # its words are h6-values' matter
    assert shown["title"] == "Required."
    assert shown["partner_id"] == "Required."
    first = next(name for name in form.editors if name in shown)
    focus, widget = QApplication.focusWidget(), form.editors[first].widget
    assert focus is widget or widget.isAncestorOf(focus)  # (a picker's own text box)
    assert ctx.services.projects.count() == before


def test_a_pasted_5000_character_title_is_refused_with_the_limit_shown(qtbot, app_window):
    ctx, window = app_window
    page = _list(qtbot, window, "projects", "project")
    page.view.selectRow(0)
    settle(qtbot)
    form = page.form
    title = form.editors["title"].widget
    stored = ctx.services.projects.get(form.row_id).title
    limit = max_length("project", "title")
    assert title.maxLength() == limit
    QApplication.clipboard().setText("x" * 5000)
    title.setFocus()
    title.selectAll()
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert title.text() == stored and not form.is_dirty()  # nothing half pasted
    note = form.limits["title"].label
    assert not note.isHidden() and note.text() == f"Too long: at most {limit} characters."
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert ctx.services.projects.get(form.row_id).title == stored


def test_typing_stops_at_a_line_limit_and_the_counter_shows_the_room_left(qtbot, app_window):
    ctx, window = app_window
    page = _list(qtbot, window, "partners", "partner")
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    name = page.form.editors["name"].widget
    limit = max_length("partner", "name")
    QApplication.clipboard().setText("n" * (limit - 3))
    press(qtbot, Qt.Key.Key_V, CTRL)  # fits: taken whole
    qtbot.keyClicks(name, "abcdef")
    assert name.text() == "n" * (limit - 3) + "abc"
    assert page.form.limits["name"].label.text() == f"{limit} / {limit}"


def test_a_long_note_refuses_typing_past_its_limit_and_shows_a_counter(qtbot, app_window):
    ctx, window = app_window
    page = _list(qtbot, window, "projects", "field_report")
    page.view.selectRow(0)
    settle(qtbot)
    form = page.form
    notes = next(name for name in ("notes", "note", "description") if name in form.limits)
    editor = form.editors[notes].widget
    limit = max_length("field_report", notes)
    editor.setFocus()
    editor.setPlainText("")
    QApplication.clipboard().setText("w" * (limit - 2))
    press(qtbot, Qt.Key.Key_V, CTRL)
    qtbot.keyClicks(editor, "xyz")
    assert len(editor.toPlainText()) == limit
    label = form.limits[notes].label
    assert not label.isHidden()
    assert "characters" in label.text() and f"{limit:,}" in label.text()
    QApplication.clipboard().setText("more")
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert len(editor.toPlainText()) == limit


def test_a_note_over_its_limit_that_got_in_anyway_is_refused_on_save(qtbot, app_window):
    ctx, window = app_window
    page = _list(qtbot, window, "projects", "field_report")
    page.view.selectRow(0)
    settle(qtbot)
    form = page.form
    notes = next(name for name in ("notes", "note", "description") if name in form.limits)
    stored = getattr(ctx.services.for_table("field_report").get(form.row_id), notes)
    limit = max_length("field_report", notes)
    form.editors[notes].widget.setPlainText("d" * (limit + 10))  # as a drop puts it there
    form.editors[notes].widget.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert form.errors[notes].text() == f"Too long: at most {limit:,} characters."
    assert getattr(ctx.services.for_table("field_report").get(form.row_id), notes) == stored
