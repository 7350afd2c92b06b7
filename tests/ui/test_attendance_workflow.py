"""The intern's workflow at the door, driven by key clicks only.

Every key goes to whichever widget has the keyboard focus, as it would for a
person typing: if focus ended up in the wrong place, the test fails.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import press, settle, type_text, use_role

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_attendance(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_1, CTRL)  # somewhere else first
    press(qtbot, Qt.Key.Key_4, CTRL)
    page = window.section("attendance")
    settle(qtbot, lambda: page.session_id is not None and len(page.model.rows) > 0)
    return page


def answer_confirmation(qtbot, page, key) -> str:
    """The question is window-modal (`open()`): press a key in it, as a person would."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    question = box.text()
    qtbot.keyClick(box, key)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None
                    and QApplication.focusWidget() is page.entry)
    return question


def test_an_intern_takes_attendance_without_touching_the_mouse(qtbot, app_window):
    ctx, window = app_window
    use_role(ctx, "intern")
    page = open_attendance(qtbot, window)
    attendance = ctx.services.attendance
    session_id = page.session_id
    assert QApplication.focusWidget() is page.entry

    # Part of a code + Enter marks that participant present.
    absent = [row for row in page.model.rows if not row.present]
    target = absent[0]
    type_text(qtbot, target.code[-4:])
    press(qtbot, Qt.Key.Key_Return)
    assert page.entry.text() == ""  # at once; the writer stores the mark meanwhile
    settle(qtbot)
    assert target.participant_id in attendance.present_ids(session_id)
    assert page.counts.values["present"].text().startswith(str(attendance.counts(session_id)
                                                              .present))

    # Arrow keys move in the roster, Space toggles.
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.view
    press(qtbot, Qt.Key.Key_Down)
    row = page.view.currentIndex().row()
    before = page.model.rows[row].present
    press(qtbot, Qt.Key.Key_Space)
    settle(qtbot)
    assert (page.model.rows[row].participant_id in attendance.present_ids(session_id)) \
        is (not before)

    # A walk-in: Ctrl+N, code, Enter: a new participant, on the roster, present.
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is page.walk_in.code
    type_text(qtbot, "OSH-WALKIN-1")
    press(qtbot, Qt.Key.Key_Tab)  # name: left empty
    press(qtbot, Qt.Key.Key_Tab)  # gender: from "not disclosed" up to "male"
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: any(r.code == "OSH-WALKIN-1" for r in page.model.rows))
    person = ctx.services.participants.list(filters={"code": "OSH-WALKIN-1"})[0]
    assert person.gender == "male"
    assert person.id in {p.id for p in attendance.roster(page.training_id)}
    assert person.id in attendance.present_ids(session_id)
    assert QApplication.focusWidget() is page.entry

    # Ctrl+Shift+C asks, Enter marks the session complete.
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    answer_confirmation(qtbot, page, Qt.Key.Key_Return)
    settle(qtbot)
    assert ctx.services.sessions.get(session_id).completed


def test_a_walk_in_without_a_code_is_refused_in_words_and_nothing_is_added(qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    before = ctx.services.participants.count()
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: page.walk_in.error.text())
    assert page.walk_in.error.text() == "Code: Required."
    assert page.walk_in.isVisible() and ctx.services.participants.count() == before
    press(qtbot, Qt.Key.Key_Escape)
    assert not page.walk_in.isVisible() and QApplication.focusWidget() is page.entry


def test_a_code_that_matched_no_one_carries_into_the_walk_in_form(qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    type_text(qtbot, "NEW-777")
    press(qtbot, Qt.Key.Key_Return)
    assert "No one on the roster matches" in page.feedback.text()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert page.walk_in.code.text() == "NEW-777"
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: any(r.code == "NEW-777" for r in page.model.rows))
    assert ctx.services.participants.count(filters={"code": "NEW-777"}) == 1


def test_a_walk_in_known_from_another_training_joins_this_roster(qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    roster = {row.participant_id for row in page.model.rows}
    other = next(p for p in ctx.services.participants.list(limit=500) if p.id not in roster)
    before = ctx.services.participants.count()
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, other.code)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: any(r.participant_id == other.id for r in page.model.rows))
    assert ctx.services.participants.count() == before
    assert other.id in ctx.services.attendance.present_ids(page.session_id)


def test_marking_is_undone_and_redone_from_the_keyboard(qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    target = next(row for row in page.model.rows if not row.present)
    type_text(qtbot, target.code)
    press(qtbot, Qt.Key.Key_Return)
    present = ctx.services.attendance.present_ids
    settle(qtbot)
    assert target.participant_id in present(page.session_id)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot)
    assert target.participant_id not in present(page.session_id)
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    settle(qtbot)
    assert target.participant_id in present(page.session_id)


def test_names_are_hidden_from_interns_and_shown_to_staff_only_on_demand(qtbot, app_window):
    ctx, window = app_window
    use_role(ctx, "intern")
    page = open_attendance(qtbot, window)
    assert not page.buttons["names"].isVisible() and page.view.isColumnHidden(2)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    settle(qtbot)
    assert page.model.rows and all(row.name == "" for row in page.model.rows)
    use_role(ctx, "coordinator")
    settle(qtbot)
    assert page.buttons["names"].isVisible()
    assert all(row.name == "" for row in page.model.rows)  # not until asked
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    settle(qtbot)
    assert all(row.name for row in page.model.rows) and not page.view.isColumnHidden(2)


def test_a_name_finds_the_participant_once_names_are_shown(qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    settle(qtbot)
    target = next(row for row in page.model.rows if not row.present
                  and len(page.model.find(row.name.lower(), names=True)) == 1)
    assert QApplication.focusWidget() is page.entry
    type_text(qtbot, target.name.lower())
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot)
    assert target.participant_id in ctx.services.attendance.present_ids(page.session_id)


def test_digits_typed_while_the_roster_has_focus_go_on_in_the_code_box(qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    target = next(row for row in page.model.rows if not row.present
                  and len(page.model.find(row.code[-4:], names=False)) == 1)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.view
    for digit in target.code[-4:]:
        press(qtbot, Qt.Key(ord(digit)))
    assert QApplication.focusWidget() is page.entry
    assert page.entry.text() == target.code[-4:]
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot)
    assert target.participant_id in ctx.services.attendance.present_ids(page.session_id)
