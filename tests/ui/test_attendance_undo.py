"""Undo on the attendance page takes back exactly the action it names, from the keyboard.

A walk-in (new participant, roster entry, mark) is one step; undo goes by the
ids each action wrote, never by where a row sits in the roster.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.attendance_steps import AttendanceStep
from tests.ui.conftest import press, settle, type_text
from tests.ui.test_attendance_workflow import (
    CTRL,
    SHIFT,
    answer_confirmation,
    open_attendance,
)


def check_in_by_code(qtbot, page, code: str) -> None:
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot)


def add_walk_in(qtbot, page, code: str) -> None:
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: any(r.code == code for r in page.model.rows))


def test_undo_after_a_walk_in_takes_back_the_walk_in_and_leaves_every_check_in(
        qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    attendance, session_id = ctx.services.attendance, page.session_id
    absent = [row for row in page.model.rows if not row.present][:2]
    for row in absent:
        check_in_by_code(qtbot, page, row.code)
    present = attendance.present_ids(session_id)
    roster = {p.id for p in attendance.roster(page.training_id)}
    people = ctx.services.participants.count()
    add_walk_in(qtbot, page, "P-0107")
    walk_in = ctx.services.participants.list(filters={"code": "P-0107"})[0]
    assert attendance.present_ids(session_id) == present | {walk_in.id}

    press(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot, lambda: all(r.code != "P-0107" for r in page.model.rows))
    assert attendance.present_ids(session_id) == present
    assert {p.id for p in attendance.roster(page.training_id)} == roster
    assert ctx.services.participants.count() == people
    assert page.feedback.text() == "Undone: walk-in P-0107 added"

    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    settle(qtbot, lambda: any(r.code == "P-0107" for r in page.model.rows))
    assert attendance.present_ids(session_id) == present | {walk_in.id}
    assert page.feedback.text() == "Redone: walk-in P-0107 added"

    # then the check-ins, last first, each by the person it marked
    press(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot, lambda: all(r.code != "P-0107" for r in page.model.rows))
    press(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot)
    assert page.feedback.text() == f"Undone: checked in {absent[1].code}"
    assert attendance.present_ids(session_id) == present - {absent[1].participant_id}
    press(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot)
    assert page.feedback.text() == f"Undone: checked in {absent[0].code}"
    assert attendance.present_ids(session_id) == present - {r.participant_id for r in absent}


def test_undo_of_an_unmark_in_the_roster_marks_that_person_again_after_the_roster_moved(
        qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    attendance, session_id = ctx.services.attendance, page.session_id
    press(qtbot, Qt.Key.Key_Down)  # into the roster, first row
    target = page.model.rows[page.view.currentIndex().row()]
    if not target.present:
        press(qtbot, Qt.Key.Key_Space)
        settle(qtbot)
    press(qtbot, Qt.Key.Key_Space)  # unmark
    settle(qtbot)
    assert target.participant_id not in attendance.present_ids(session_id)
    page.entry.setFocus()
    add_walk_in(qtbot, page, "A-0000")  # sorts first: every row below moves down one
    assert page.model.rows[0].code == "A-0000"
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the walk-in
    settle(qtbot, lambda: page.model.rows[0].code != "A-0000")
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the unmark
    settle(qtbot)
    assert target.participant_id in attendance.present_ids(session_id)
    assert page.feedback.text() == f"Undone: {target.code} unmarked"


def test_checking_in_someone_already_present_says_so_and_adds_nothing_to_undo(
        qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    target = next(row for row in page.model.rows if row.present)
    steps = ctx.undo_stack.count()
    check_in_by_code(qtbot, page, target.code)
    assert page.feedback.text() == f"{target.code} is already present."
    assert ctx.undo_stack.count() == steps and page.entry.text() == ""
    add_walk_in(qtbot, page, target.code)  # the walk-in form knows it too
    assert page.feedback.text() == f"{target.code} is already present."
    assert ctx.undo_stack.count() == steps
    assert sum(r.code == target.code for r in page.model.rows) == 1


def test_marking_a_session_complete_asks_first_naming_it_and_is_undone(qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    sessions, session_id = ctx.services.sessions, page.session_id
    assert not sessions.get(session_id).completed
    label = page.picker.session_words()
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    question = answer_confirmation(qtbot, page, Qt.Key.Key_Escape)
    assert label in question and page.picker.training.currentText() in question
    settle(qtbot)
    assert not sessions.get(session_id).completed

    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    answer_confirmation(qtbot, page, Qt.Key.Key_Return)
    settle(qtbot)
    assert sessions.get(session_id).completed
    press(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot)
    assert not sessions.get(session_id).completed
    assert page.feedback.text() == f"Undone: session {label} marked complete"
    assert page.session_id == session_id
    assert not page.picker.session.currentText().endswith("✓")


STEP = AttendanceStep("walk_in_new", "s", "p", "P-0107", ())


@pytest.mark.parametrize(("language", "undone", "redone", "checked"), [
    ("en", "Undone: walk-in P-0107 added", "Redone: walk-in P-0107 added",
     "Undone: checked in P-0042"),
    ("sv", "Ångrat: ny deltagare P-0107 tillagd", "Gjort om: ny deltagare P-0107 tillagd",
     "Ångrat: P-0042 markerad närvarande"),
    ("ru", "Отменено: добавление нового участника P-0107",
     "Повторено: добавление нового участника P-0107", "Отменено: отметка присутствия P-0042"),
])
def test_what_was_undone_is_said_in_every_language(qtbot, language, undone, redone, checked):
    from app.ui.attendance.attendance_undo import redone_text, undone_text
    from app.ui.base.i18n import install_translation

    assert install_translation(language)
    try:
        said = [undone_text(STEP), redone_text(STEP),
                undone_text(AttendanceStep("check_in", "s", "p", "P-0042", ()))]
    finally:
        install_translation("en")
    assert said == [undone, redone, checked]
