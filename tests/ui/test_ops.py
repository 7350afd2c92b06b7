"""The background helper: results come back on the UI thread, or not at all."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.ui.base.ops import Op, running
from tests.ui.conftest import settle


def test_success_runs_on_the_ui_thread_with_the_result(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    seen = []
    Op(owner, lambda: threading.get_ident()).success(
        lambda worker: seen.append((worker, threading.get_ident()))).run_in_background()
    settle(qtbot, lambda: seen)
    worker, ui = seen[0]
    assert worker != ui == threading.main_thread().ident


def test_failure_receives_the_error(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    errors = []

    def broken():
        raise ValueError("no")

    Op(owner, broken).success(lambda _r: errors.append("success?")).failure(
        errors.append).run_in_background()
    settle(qtbot, lambda: errors)
    assert isinstance(errors[0], ValueError)


def test_a_cancelled_operation_delivers_nothing_and_its_work_can_stop_early(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    started, release, seen = threading.Event(), threading.Event(), []

    def work(token):
        started.set()
        release.wait(5)
        return "stopped early" if token.cancelled else "finished"

    op = Op(owner, work).success(seen.append).run_in_background()
    assert started.wait(5)
    op.cancel()
    release.set()
    settle(qtbot)
    assert seen == [] and running() == 0


def test_nothing_is_delivered_to_a_widget_that_is_gone(qtbot):
    owner = QWidget()
    release, seen = threading.Event(), []
    Op(owner, lambda: release.wait(5)).success(seen.append).run_in_background()
    owner.deleteLater()
    qtbot.wait(10)
    release.set()
    settle(qtbot)
    assert seen == []


def test_a_slow_operation_shows_a_progress_dialog_that_cancels(qtbot):
    from PySide6.QtWidgets import QProgressDialog

    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    release, seen = threading.Event(), []
    op = Op(owner, lambda: release.wait(5)).success(seen.append).with_progress(
        "Working").run_in_background()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in owner.findChildren(QProgressDialog)),
                    timeout=3000)
    dialog = next(d for d in owner.findChildren(QProgressDialog) if d.isVisible())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert op.cancelled
    release.set()
    settle(qtbot)
    assert seen == []
