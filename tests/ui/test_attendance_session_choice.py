"""The attendance page opens today's session, also after unlocking; any other
session is said in a line that cannot be missed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import Services
from app.storage.database import Database
from app.ui.base import words
from tests.ui.conftest import close_window, press, settle, use_role
from tests.ui.test_attendance_workflow import CTRL, SHIFT, open_attendance
from tests.ui.test_protection_ui import controller, encrypted_paths, unlocked  # noqa: F401

ALT = Qt.KeyboardModifier.AltModifier


def oldest_training(services: Services):
    return services.trainings.list(order_by="start_date", limit=1)[0]


@pytest.fixture
def demo_paths(demo_paths):
    """The demo with a session held today, of the training listed last (the
    oldest): the first unfinished session of the first training is elsewhere."""
    db = Database.open(demo_paths)
    services = Services(db)
    for other in services.sessions.list(filters={"held_on": date.today()}):
        services.sessions.update(other.id, held_on=date.today() - timedelta(days=1))
    services.sessions.create(training_id=oldest_training(services).id, held_on=date.today(),
                             topic="Today")
    db.close()
    return demo_paths


def todays_session(services: Services) -> tuple[str, str]:
    training = oldest_training(services)
    session = services.sessions.list(filters={"training_id": training.id,
                                              "held_on": date.today()})[0]
    return training.id, session.id


def test_attendance_opens_todays_session_and_says_when_another_one_is_open(qtbot, demo_paths):
    from app.ui.shell.application import build

    ctx, window = build(demo_paths)
    use_role(ctx, "intern")
    qtbot.addWidget(window)
    window.show()
    try:
        page = open_attendance(qtbot, window)
        assert (page.training_id, page.session_id) == todays_session(ctx.services)
        assert not page.picker.notice.isVisible()

        # another session, picked from the keyboard: the line says which, and not today
        press(qtbot, Qt.Key.Key_S, ALT)
        assert QApplication.focusWidget() is page.picker.session
        press(qtbot, Qt.Key.Key_Up)
        settle(qtbot)
        held_on = page.picker.session_row["held_on"]
        assert held_on != date.today()
        assert page.picker.notice.isVisible()
        assert page.picker.notice.text() == (
            f"This is the session of {words.format_date(held_on)}, "
            f"not today ({words.format_date(date.today())}).")
    finally:
        close_window(ctx, window)


def test_without_a_session_today_the_nearest_open_one_is_said_not_to_be_todays(
        qtbot, demo_paths):
    from app.services.attendance import pick_session
    from app.ui.shell.application import build

    db = Database.open(demo_paths)
    Services(db).sessions.delete(todays_session(Services(db))[1])
    db.close()
    ctx, window = build(demo_paths)
    qtbot.addWidget(window)
    window.show()
    try:
        page = open_attendance(qtbot, window)
        rows = ctx.services.sessions.list(filters={"training_id": page.training_id})
        assert page.session_id == pick_session(
            [(row.id, row.held_on, row.completed) for row in rows], date.today())
        held_on = page.picker.session_row["held_on"]
        assert page.picker.notice.isVisible()
        assert page.picker.notice.text() == (
            f"This is the session of {words.format_date(held_on)}, "
            f"not today ({words.format_date(date.today())}).")
    finally:
        close_window(ctx, window)


def test_after_unlocking_attendance_opens_todays_session_again(qtbot, controller):  # noqa: F811
    controller.start()
    ctx, window = unlocked(qtbot, controller)
    page = open_attendance(qtbot, window)
    expected = todays_session(ctx.services)
    assert (page.training_id, page.session_id) == expected
    press(qtbot, Qt.Key.Key_S, ALT)
    press(qtbot, Qt.Key.Key_Up)  # someone looked at another session before the lock
    settle(qtbot)
    assert page.session_id != expected[1]
    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.unlock_window is not None, timeout=10_000)
    ctx, window = unlocked(qtbot, controller)
    page = open_attendance(qtbot, window)
    assert (page.training_id, page.session_id) == expected
    assert not page.picker.notice.isVisible()


@pytest.mark.parametrize("language", ["en", "sv", "ru"])
def test_the_attendance_page_fits_1024_by_700_without_cutting_a_text(
        qtbot, app_window, language):
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

    from app.ui.base.i18n import install_translation

    ctx, window = app_window
    page = open_attendance(qtbot, window)
    assert install_translation(language)
    window.resize(1024, 700)
    settle(qtbot)
    qtbot.waitUntil(lambda: window.width() == 1024)

    def cut() -> list:
        found = []
        for widget in page.findChildren(QLabel) + page.findChildren(QPushButton):
            if (widget.isVisible() and widget.text() and widget.width() < widget.sizeHint()
                    .width() and not (isinstance(widget, QLabel) and widget.wordWrap())):
                found.append((widget.text(), widget.width(), widget.sizeHint().width()))
        for box in page.picker.findChildren(QComboBox):
            needed = box.fontMetrics().horizontalAdvance(box.currentText())
            if box.width() - 40 < needed:  # the arrow and the frame take about 40 px
                found.append((box.currentText(), box.width(), needed))
        return found

    try:  # the layouts follow the new words a few events later
        qtbot.waitUntil(lambda: not cut(), timeout=3000)
    finally:
        assert cut() == []
