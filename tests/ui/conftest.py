"""UI fixtures: one small demo database per test session, copied for each test.

The demo takes about a second to write, so it is written once; every test
gets its own copy in its own data folder and may change it freely.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.demo.generator import write_demo
from app.storage.database import Database
from app.storage.paths import DataPaths


@pytest.fixture(autouse=True)
def collector_on_ui_thread(qapp):
    """As in the app (app/ui/base/collector.py): only the UI thread collects garbage,
    here also after each test, so no Qt object is ever freed on a worker thread."""
    from app.ui.base.collector import collect_on_ui_thread

    collector = collect_on_ui_thread(qapp)
    yield
    collector.collect_if_due()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> DataPaths:
    paths = DataPaths(tmp_path_factory.mktemp("demo-master") / "data")
    db = Database.open(paths, create=True, device_name="demo")
    write_demo(db, "small", 1)
    db.close()
    return paths


@pytest.fixture
def demo_paths(demo_master, tmp_path) -> DataPaths:
    paths = DataPaths(tmp_path / "demo")
    paths.root.mkdir(parents=True)
    for source in demo_master.database_files():
        if source.exists():
            shutil.copy2(source, paths.root / source.name)
    return paths


@pytest.fixture
def app_window(qtbot, demo_paths):
    """The main window on a copy of the demo, in English, used by a coordinator."""
    from app.ui.shell.application import build

    ctx, window = build(demo_paths)
    use_role(ctx, "coordinator")
    qtbot.addWidget(window, before_close_func=discard_edits)  # a test may end mid-edit
    window.show()
    yield ctx, window
    close_window(ctx, window)


def close_window(ctx, window) -> None:
    """Stop the window's timers (nothing may start work on a closing database),
    close it, let background work finish, back to English, close the database."""
    from PySide6.QtCore import QTimer

    from app.ui.base.i18n import install_translation
    from app.ui.base.ops import wait_for_background

    for timer in window.findChildren(QTimer):
        timer.stop()
    discard_edits(window)
    window.close()
    wait_for_background()
    QApplication.processEvents()
    wait_for_background()
    install_translation("en")
    ctx.db.close()


def discard_edits(window) -> None:
    """Put every form back to its record, so closing asks nothing (a test ends)."""
    from app.ui.widgets.record_form import RecordFormWidget

    for form in window.findChildren(RecordFormWidget):
        if form.is_dirty():
            form.load(form.row_id)


def use_role(ctx, role: str) -> None:
    user = next(u for u in ctx.services.users.list(order_by="name") if u.role == role)
    ctx.set_user(user.id)


def settle(qtbot, condition=None, timeout=10_000) -> None:
    """Let background operations finish and their results arrive."""
    from app.ui.base.ops import running

    QApplication.processEvents()  # posted events first (LanguageChange, queued results)
    qtbot.waitUntil(lambda: running() == 0 and (condition is None or bool(condition())),
                    timeout=timeout)


def focus(qtbot, widget) -> None:
    """Give `widget` the keyboard focus in an active window, as a user's click would.
    Offscreen, a progress dialog that showed (the machine was slow) and closed leaves
    no window active, where a window manager gives activation back: a key pressed
    then reaches no shortcut."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    assert QApplication.focusWidget() is not None, "nothing has the keyboard focus"
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text):
    """Key presses with their text, one per character (QTest has no keys for Cyrillic)."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
