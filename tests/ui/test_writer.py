"""One writer: every write of the UI runs on one thread, one at a time, in order, and the
window neither waits on a database lock nor sees a lock error."""

from __future__ import annotations

import sqlite3
import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.ui.base.changes import OpChanges
from app.ui.base.writer import WriteOp
from tests.ui.conftest import press, settle, type_text
from tests.ui.test_attendance_workflow import open_attendance

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_writes_run_one_at_a_time_in_order_on_one_thread_off_the_ui_thread(qtbot, app_window):
    ctx, _window = app_window
    runs: list[tuple[int, int, float, float]] = []

    def write(n):
        def work():
            start = time.perf_counter()
            time.sleep(0.002)
            runs.append((n, threading.get_ident(), start, time.perf_counter()))
        return work

    for n in range(12):
        WriteOp(ctx, write(n)).run_in_background()
    settle(qtbot, lambda: len(runs) == 12)
    assert [n for n, *_ in runs] == list(range(12))
    threads = {ident for _, ident, *_ in runs}
    assert len(threads) == 1 and threading.main_thread().ident not in threads
    assert all(a[3] <= b[2] for a, b in zip(runs, runs[1:], strict=False))  # never overlap


def test_a_write_announces_what_it_changed_before_its_success_callback(qtbot, app_window):
    ctx, _window = app_window
    owner = QWidget()
    qtbot.addWidget(owner)
    heard = []
    ctx.sig_changes.connect(lambda changes: heard.append(changes))
    WriteOp(ctx, lambda: "done", parent=owner).changes(OpChanges.rows("partner", ["p1"])).success(
        lambda result: heard.append(result)).run_in_background()
    settle(qtbot, lambda: "done" in heard)
    assert heard == [OpChanges.rows("partner", ["p1"]), "done"]


def _locked(ctx) -> sqlite3.Connection:
    """Another writer (another process, a merge) holding the database's write lock."""
    holder = sqlite3.connect(ctx.db.paths.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_saving_while_the_database_is_locked_neither_freezes_nor_fails(qtbot, app_window):
    ctx, window = app_window
    window.show_section("partners")
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None)
    page.view.selectRow(0)
    row_id = page.form.row_id
    editor = page.form.editors["name"].widget
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Saved behind a lock")

    holder = _locked(ctx)
    started = time.perf_counter()
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    qtbot.keyClicks(page.search, "abc")  # the window keeps taking keys meanwhile
    returned = time.perf_counter() - started
    qtbot.wait(300)
    assert ctx.services.partners.get(row_id).name != "Saved behind a lock"  # still queued
    assert page.search.text() == "abc" and editor.text() == "Saved behind a lock"
    holder.execute("COMMIT")
    holder.close()
    settle(qtbot)
    assert ctx.services.partners.get(row_id).name == "Saved behind a lock"
    assert page.form.general_error.text() == ""
    print(f"\nCtrl+S and three keys behind a held lock returned in {returned * 1000:.0f} ms")


def test_marks_undo_and_redo_behind_a_lock_land_in_the_order_they_were_pressed(
        qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    present = ctx.services.attendance.present_ids
    target = next(row for row in page.model.rows if not row.present)
    type_text(qtbot, target.code)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot)
    assert target.participant_id in present(page.session_id)

    holder = _locked(ctx)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo, redo, undo: queued behind the lock
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.wait(200)
    assert target.participant_id in present(page.session_id)  # nothing written yet
    holder.execute("COMMIT")
    holder.close()
    settle(qtbot)
    assert target.participant_id not in present(page.session_id)
    assert ctx.undo_stack.index() == 0
