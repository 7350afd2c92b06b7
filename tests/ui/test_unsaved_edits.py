"""An unsaved edit never vanishes: every way out of a changed form asks Save / Discard /
Cancel, by real clicks and keys, and the answer is kept to exactly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.ui.conftest import press, settle
from tests.ui.test_protection_ui import controller, encrypted_paths  # noqa: F401 (fixtures)

CTRL = Qt.KeyboardModifier.ControlModifier


_TEST = [0]  # which test the answerers belong to: one left over never answers the next


@pytest.fixture(autouse=True)
def _answerers_of_this_test_only():
    _TEST[0] += 1
    yield
    _TEST[0] += 1


def answer_when_asked(how: str, tries: int = 400) -> dict:
    """Answer the unsaved-changes question as a person would once it is shown: "escape"
    (Cancel), "enter" (the default, Save), or a click on the button named `how`. The
    dict gets the question's text, and stays empty if nothing asked."""
    seen: dict = {}
    test = _TEST[0]

    def look(left: int) -> None:
        if test != _TEST[0]:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "unsaved_question":
            if left:
                QTimer.singleShot(25, lambda: look(left - 1))
            return
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        if how == "none":  # left open, as by someone who walked away
            return
        if how == "escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
        elif how == "enter":
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            QTest.mouseClick(box.findChild(QPushButton, how), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: look(tries))
    return seen


def click_row(qtbot, page, row: int) -> None:
    view = page.view
    rect = view.visualRect(page.model.index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def edit_name(qtbot, page, text: str):
    editor = page.form.editors["name"].widget
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


@pytest.fixture
def partners(qtbot, app_window):
    ctx, window = app_window
    window.show_section("partners")
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None and page.model.rowCount() > 2)
    click_row(qtbot, page, 0)
    settle(qtbot)
    assert page.form.row_id == page.model.row_id(0)
    return ctx, window, page


def test_clicking_another_row_asks_and_cancel_keeps_the_edit_and_the_selection(
        qtbot, partners):
    ctx, window, page = partners
    first = page.form.row_id
    old = ctx.services.partners.get(first).name
    edit_name(qtbot, page, "Unsaved new name")
    seen = answer_when_asked("escape")
    click_row(qtbot, page, 1)
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot)
    assert old in seen["text"]  # the question names the record
    assert page.form.row_id == first and page.view.currentIndex().row() == 0
    assert page.form.editors["name"].widget.text() == "Unsaved new name"
    assert ctx.services.partners.get(first).name == old


def test_discard_goes_to_the_row_clicked_and_stores_nothing(qtbot, partners):
    ctx, window, page = partners
    first, second = page.model.row_id(0), page.model.row_id(1)
    old = ctx.services.partners.get(first).name
    edit_name(qtbot, page, "Thrown away")
    seen = answer_when_asked("discard")
    click_row(qtbot, page, 1)
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot)
    assert page.form.row_id == second and page.view.currentIndex().row() == 1
    assert page.form.editors["name"].widget.text() == ctx.services.partners.get(second).name
    assert ctx.services.partners.get(first).name == old
    assert not page.form.is_dirty()


def test_save_stores_the_edit_and_then_goes_to_the_row_clicked(qtbot, partners):
    ctx, window, page = partners
    first, second = page.model.row_id(0), page.model.row_id(1)
    edit_name(qtbot, page, "Saved on the way out")
    seen = answer_when_asked("enter")  # Save is the default button
    click_row(qtbot, page, 1)
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot, lambda: page.form.row_id == second)
    assert ctx.services.partners.get(first).name == "Saved on the way out"
    assert page.view.currentIndex().row() == page.model.row_of(second)


def test_a_refused_save_stays_on_the_record_with_the_problem_under_its_field(
        qtbot, partners):
    ctx, window, page = partners
    first = page.form.row_id
    old = ctx.services.partners.get(first).name
    editor = edit_name(qtbot, page, "x")
    press(qtbot, Qt.Key.Key_Backspace)  # empty: the name is required
    seen = answer_when_asked("save")
    click_row(qtbot, page, 1)
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot)
    assert page.form.row_id == first and page.view.currentIndex().row() == 0
    assert page.form.errors["name"].text() == "Required."
    assert not page.form.errors["name"].isHidden()
    assert QApplication.focusWidget() is editor
    assert ctx.services.partners.get(first).name == old


def test_an_edit_typed_back_to_the_stored_value_is_not_unsaved(qtbot, partners):
    ctx, window, page = partners
    second = page.model.row_id(1)
    editor = page.form.editors["name"].widget
    editor.setFocus()
    editor.end(False)
    qtbot.keyClicks(editor, "abc")
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Backspace)
    assert not page.form.is_dirty()
    seen = answer_when_asked("escape", tries=8)
    click_row(qtbot, page, 1)
    settle(qtbot, lambda: page.form.row_id == second)
    qtbot.wait(300)  # long enough for a question to have shown
    assert seen == {}


def test_a_section_key_with_an_unsaved_edit_asks_and_cancel_stays(qtbot, partners):
    ctx, window, page = partners
    editor = edit_name(qtbot, page, "Still here")
    seen = answer_when_asked("escape")
    press(qtbot, Qt.Key.Key_1, CTRL)  # Projects
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot)
    assert window.stack.currentWidget() is window.section("partners")
    assert window.nav.currentRow() == 1
    assert editor.text() == "Still here"
    seen = answer_when_asked("discard")
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot, lambda: window.stack.currentWidget() is window.section("projects"))
    assert window.nav.currentRow() == 0 and not page.form.is_dirty()


def test_the_sidebar_with_an_unsaved_edit_asks_and_save_goes_on(qtbot, partners):
    ctx, window, page = partners
    first = page.form.row_id
    edit_name(qtbot, page, "Saved by the sidebar")
    seen = answer_when_asked("save")
    rect = window.nav.visualItemRect(window.nav.item(5))  # Advocacy
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot, lambda: window.stack.currentWidget() is window.pages.get("advocacy"))
    assert ctx.services.partners.get(first).name == "Saved by the sidebar"
    assert window.nav.currentRow() == 5


def test_another_tab_of_the_section_with_an_unsaved_edit_asks(qtbot, app_window):
    ctx, window = app_window
    window.show_section("projects")
    section = window.section("projects")
    page = section.lists["project"]
    settle(qtbot, lambda: page.model.total is not None)
    click_row(qtbot, page, 0)
    settle(qtbot)
    editor = page.form.editors["title"].widget
    editor.setFocus()
    qtbot.keyClicks(editor, " (edited)")
    bar = section.tabs.tabBar()
    goals = section.tabs.indexOf(section.lists["goal"])
    seen = answer_when_asked("escape")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(goals).center())
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot)
    assert section.tabs.currentWidget() is page and editor.text().endswith(" (edited)")
    seen = answer_when_asked("discard")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(goals).center())
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot, lambda: section.tabs.currentWidget() is section.lists["goal"])


def test_a_new_record_with_an_unsaved_edit_asks_first(qtbot, partners):
    ctx, window, page = partners
    first = page.form.row_id
    editor = edit_name(qtbot, page, "Not yet")
    seen = answer_when_asked("escape")
    qtbot.keyClick(editor, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: "text" in seen)
    assert page.form.row_id == first and editor.text() == "Not yet"


def test_a_new_record_typed_into_is_named_as_new_in_the_question(qtbot, partners):
    ctx, window, page = partners
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "Half made partner")
    seen = answer_when_asked("escape")
    click_row(qtbot, page, 1)
    qtbot.waitUntil(lambda: "text" in seen)
    settle(qtbot)
    assert "new record" in seen["text"] and "Partners" in seen["text"]
    assert page.form.row_id is None
    assert page.form.editors["name"].widget.text() == "Half made partner"


def test_quitting_with_an_unsaved_edit_asks_and_cancel_keeps_the_window(qtbot, partners):
    ctx, window, page = partners
    first = page.form.row_id
    editor = edit_name(qtbot, page, "Kept when quitting")
    seen = answer_when_asked("escape")
    press(qtbot, Qt.Key.Key_Q, CTRL)
    assert "text" in seen  # asked before the window went
    assert window.isVisible() and editor.text() == "Kept when quitting"
    seen = answer_when_asked("enter")
    window.close()  # the window's close button ends in the same closeEvent
    assert "text" in seen and not window.isVisible()
    assert ctx.services.partners.get(first).name == "Kept when quitting"


def test_quitting_without_an_edit_asks_nothing(qtbot, partners):
    ctx, window, page = partners
    seen = answer_when_asked("escape", tries=4)
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_Q, CTRL)
    assert seen == {} and not window.isVisible()


def test_a_list_reloading_under_an_unsaved_edit_keeps_it(qtbot, partners):
    ctx, window, page = partners
    editor = edit_name(qtbot, page, "Typed before a sync")
    ctx.services.partners.create(name="Arrived by sync", country="SE")
    ctx.changed("partner")  # as a merged return package announces it
    settle(qtbot)
    assert editor.text() == "Typed before a sync" and page.form.is_dirty()


def test_a_lock_keeps_the_unsaved_edit_in_memory_and_gives_it_back_at_unlock(
        qtbot, controller):  # noqa: F811 (the fixture imported above)
    from tests.ui.conftest import discard_edits
    from tests.ui.test_protection_ui import unlocked

    controller.start()
    ctx, window = unlocked(qtbot, controller)
    window.show_section("partners")
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None and page.model.rowCount() > 1)
    click_row(qtbot, page, 1)
    settle(qtbot)
    row_id = page.form.row_id
    old = ctx.services.partners.get(row_id).name
    editor = edit_name(qtbot, page, "Typed before the lock")
    qtbot.keyClick(editor, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: controller.unlock_window is not None, timeout=10_000)
    assert controller.window is None
    on_disk = b"".join(p.read_bytes() for p in controller.paths.root.rglob("*") if p.is_file())
    assert b"Typed before the lock" not in on_disk

    ctx, window = unlocked(qtbot, controller)
    page = window.section("partners").lists["partner"]
    assert window.stack.currentWidget() is window.section("partners")
    assert page.form.row_id == row_id and page.form.is_dirty()
    assert page.form.editors["name"].widget.text() == "Typed before the lock"
    settle(qtbot, lambda: page.view.currentIndex().row() >= 0)
    assert page.model.row_id(page.view.currentIndex().row()) == row_id
    assert ctx.services.partners.get(row_id).name == old
    discard_edits(window)


def test_after_a_new_record_clicking_the_row_shown_before_opens_it(qtbot, partners):
    ctx, window, page = partners
    first = page.form.row_id
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert page.form.row_id is None
    click_row(qtbot, page, 0)
    settle(qtbot)
    assert page.form.row_id == first


def test_quitting_with_save_that_is_refused_keeps_the_window_and_shows_why(qtbot, partners):
    ctx, window, page = partners
    first = page.form.row_id
    old = ctx.services.partners.get(first).name
    editor = edit_name(qtbot, page, "x")
    press(qtbot, Qt.Key.Key_Backspace)  # the name is required
    seen = answer_when_asked("save")
    press(qtbot, Qt.Key.Key_Q, CTRL)
    assert "text" in seen and window.isVisible()
    assert page.form.errors["name"].text() == "Required." and editor.text() == ""
    assert ctx.services.partners.get(first).name == old


def test_an_auto_lock_during_the_question_keeps_the_edit_for_after_unlocking(
        qtbot, controller):  # noqa: F811 (the fixture imported above)
    from app.ui.protection.protection_settings import IDLE_KEY
    from tests.ui.conftest import discard_edits
    from tests.ui.test_protection_ui import unlocked

    controller.start()
    ctx, window = unlocked(qtbot, controller)
    window.show_section("partners")
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None and page.model.rowCount() > 1)
    click_row(qtbot, page, 0)
    settle(qtbot)
    row_id = page.form.row_id
    edit_name(qtbot, page, "Asked, then locked")
    seen = answer_when_asked("none")
    controller.settings.setValue(IDLE_KEY, 0.01)  # 0.6 s without input
    controller.settings_changed()
    click_row(qtbot, page, 1)  # the question opens and nobody answers it
    qtbot.waitUntil(lambda: controller.window is None, timeout=10_000)
    assert "text" in seen
    controller.settings.setValue(IDLE_KEY, 10)
    controller.settings_changed()
    ctx, window = unlocked(qtbot, controller)
    page = window.section("partners").lists["partner"]
    assert page.form.row_id == row_id
    assert page.form.editors["name"].widget.text() == "Asked, then locked"
    discard_edits(window)


def test_switching_language_does_not_make_an_untouched_number_an_edit(qtbot, app_window):
    from app.ui.base.i18n import install_translation

    ctx, window = app_window
    window.show_section("projects")
    page = window.section("projects").lists["project"]
    settle(qtbot, lambda: page.model.total is not None)
    ctx.services.projects.update(page.model.row_id(0), budget="1234.5")
    install_translation("sv")
    click_row(qtbot, page, 0)
    settle(qtbot)
    assert page.form.editors["budget"].widget.text() == "1234,5"
    install_translation("en")  # "1234,5" would read as 12345 in English
    QApplication.processEvents()
    assert not page.form.is_dirty()
