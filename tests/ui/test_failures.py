"""Errors nobody expected: one sentence for the user, details in a log without names,
and what the user typed stays in the editor."""

from __future__ import annotations

import sqlite3
import sys
import threading

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.base import failures
from app.ui.base.ops import Op
from tests.ui.conftest import settle

NAME = "Айгерим Садыкова"


@pytest.fixture
def log_path(tmp_path, monkeypatch):
    """Hooks and log installed as at start; the test's own hooks come back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    failures.install(tmp_path / "data")
    yield failures.log_file(tmp_path / "data")
    failures.stop_log()
    box = failures.reporter().box
    if box is not None:
        box.hide()


def _reported(qtbot, before: int) -> None:
    QApplication.processEvents()
    qtbot.waitUntil(lambda: failures.reporter().reported > before)


def _refused_with_a_name():
    raise RuntimeError(f"could not store {NAME}")


def test_an_operation_without_a_failure_handler_shows_a_sentence_and_logs_no_name(
        qtbot, log_path):
    owner = QWidget()
    qtbot.addWidget(owner)
    before = failures.reporter().reported
    Op(owner, _refused_with_a_name).run_in_background()  # no .failure(...)
    settle(qtbot)
    _reported(qtbot, before)
    box = failures.reporter().box
    assert box.isVisible() and box.text() == failures.sentence()
    logged = log_path.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in logged and "_refused_with_a_name" in logged
    assert NAME not in logged and "could not store" not in logged


class _Emitter(QObject):
    sig_go = Signal()


def test_an_exception_escaping_a_slot_or_a_thread_is_logged_and_told(qtbot, log_path):
    emitter = _Emitter()
    emitter.sig_go.connect(_refused_with_a_name)
    before = failures.reporter().reported
    emitter.sig_go.emit()  # PySide hands the slot's exception to sys.excepthook
    _reported(qtbot, before)
    before = failures.reporter().reported
    worker = threading.Thread(target=_refused_with_a_name)
    worker.start()
    worker.join()
    _reported(qtbot, before)
    logged = log_path.read_text(encoding="utf-8")
    assert logged.count("builtins.RuntimeError") == 2 and NAME not in logged


def test_the_log_rotates_instead_of_growing_without_end(qtbot, log_path):
    for _ in range(3000):
        failures.log.error("unexpected error\n%s", "x" * 200)
    logs = sorted(p.name for p in log_path.parent.iterdir())
    assert logs[:2] == ["faltbok.log", "faltbok.log.1"]
    assert all(p.stat().st_size <= 300_000 for p in log_path.parent.iterdir())


def test_a_save_that_fails_unexpectedly_keeps_the_typed_text(qtbot, app_window, log_path):
    ctx, window = app_window
    window.show_section("partners")
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None)
    page.view.selectRow(0)
    row_id = page.form.row_id
    old = ctx.services.partners.get(row_id).name
    # a real failure inside SQLite: the update calls a function the database lacks
    with sqlite3.connect(ctx.db.paths.database) as raw:
        raw.execute("CREATE TRIGGER boom BEFORE UPDATE ON partner BEGIN "
                    "SELECT fb_no_such_function(); END")
    editor = page.form.editors["name"].widget
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Typed before the failure")
    before = failures.reporter().reported
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    _reported(qtbot, before)
    assert editor.text() == "Typed before the failure"
    assert page.form.general_error.text() == failures.sentence()
    assert ctx.services.partners.get(row_id).name == old
    assert "OperationalError" in log_path.read_text(encoding="utf-8")
