"""Keys of the main window, pressed for real: a section's own keys work right after
Ctrl+1…9 (Ctrl+0: Devices at headquarters), Ctrl+Tab walks a section's tabs from
anywhere in it, and Help ▸ Keyboard shortcuts lists every shortcut the window binds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator

from app.ui.base.i18n import install_translation
from app.ui.base.shortcuts import SHORTCUTS, key_text, sequences
from app.ui.shell.main_window import SECTIONS
from tests.ui import hq_fixtures
from tests.ui.conftest import press, settle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 9)]
hq_window = hq_fixtures.hq_window


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_n_creates_a_record_right_after_ctrl_digit(qtbot, app_window):
    ctx, window = app_window
    _active(qtbot, window)
    window.nav.setFocus()
    press(qtbot, DIGITS[SECTIONS.index("partners")], CTRL)
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None)
    assert page.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is page.form.editors["name"].widget
    assert page.form.row_id is None


def test_ctrl_f_searches_right_after_ctrl_digit_from_the_attendance_page(qtbot, app_window):
    ctx, window = app_window
    _active(qtbot, window)
    attendance = window.section("attendance")
    settle(qtbot)
    attendance.entry.setFocus()
    press(qtbot, DIGITS[SECTIONS.index("projects")], CTRL)
    settle(qtbot)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.section("projects").lists["project"].search


def test_ctrl_tab_walks_the_tabs_from_a_form_field_and_back(qtbot, app_window):
    ctx, window = app_window
    _active(qtbot, window)
    press(qtbot, DIGITS[SECTIONS.index("projects")], CTRL)
    section = window.section("projects")
    page = section.lists["project"]
    settle(qtbot, lambda: page.model.total is not None)
    page.new_record()
    assert page.form.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert section.tabs.currentWidget() is section.lists["goal"]
    assert section.lists["goal"].isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert section.tabs.currentWidget() is section.lists["field_report"]  # wraps round


def test_ctrl_tab_walks_the_tabs_from_a_button_above_them(qtbot, app_window):
    ctx, window = app_window
    _active(qtbot, window)
    press(qtbot, DIGITS[SECTIONS.index("sync")], CTRL)
    page = window.section("sync")
    settle(qtbot)
    page.export_button.setFocus()
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert page.tabs.currentWidget() is page.conflicts
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert page.tabs.currentWidget() is page.held


def _bound_sequences(window) -> set[str]:
    """Every key sequence of an action or shortcut anywhere in the built window."""
    found = set()
    for obj in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:
        keys = obj.shortcuts() if isinstance(obj, QAction) else obj.keys()
        found |= {k.toString() for k in keys if not k.isEmpty()}
    return found


def test_every_bound_shortcut_is_listed_in_the_one_table(qtbot, app_window):
    ctx, window = app_window
    for key in SECTIONS:
        window.section(key)
    window.section("attendance").walk_in.open_form()
    settle(qtbot)
    listed = {s.toString() for name in SHORTCUTS for s in sequences(name)}
    bound = _bound_sequences(window)
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+Tab", "Ctrl+R", "Ctrl+Shift+L", "F1"} <= bound
    assert bound - listed == set(), "add these keys to app/ui/base/shortcuts.py"


def test_f1_lists_every_shortcut_in_the_chosen_language(qtbot, app_window):
    ctx, window = app_window
    _active(qtbot, window)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_F1)
    dialog = window._shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)

    def rows():
        it, texts = QTreeWidgetItemIterator(dialog.tree), []
        while it.value():
            texts.append((it.value().text(0), it.value().text(1)))
            it += 1
        return texts

    shown = rows()
    for name, shortcut in SHORTCUTS.items():
        if key_text(name):  # a standard key this platform has (offscreen: no Quit key)
            assert (key_text(name), shortcut.what()) in shown, name
    assert ("Ctrl+N", "New record") in shown
    assert ("Ctrl+Tab / Ctrl+PgDown", "Next tab of the section") in shown
    metrics, tree = dialog.tree.fontMetrics(), dialog.tree
    assert all(metrics.horizontalAdvance(what) < tree.columnWidth(1)
               and metrics.horizontalAdvance(keys) < tree.columnWidth(0)
               for keys, what in shown if what), "the list is cut: widen the dialog"
    install_translation("sv")
    settle(qtbot)
    assert dialog.windowTitle() == "Kortkommandon"
    assert ("Ctrl+N", "Ny post") in rows()
    dialog.close()


def test_enter_on_a_section_name_goes_into_it(qtbot, app_window):
    ctx, window = app_window
    _active(qtbot, window)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_Up)  # from Attendance to Trainings & activities
    settle(qtbot)
    assert QApplication.focusWidget() is window.nav  # arrows browse the sections
    press(qtbot, Qt.Key.Key_Return)
    section = window.section("trainings")
    assert section.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_N, CTRL)
    first = section.lists["training"].form.editors[
        next(iter(section.lists["training"].form.editors))].widget
    focus = QApplication.focusWidget()
    assert focus is first or first.isAncestorOf(focus)  # (a picker's own text box)


def test_ctrl_0_goes_into_devices_at_headquarters(qtbot, hq_window):
    ctx, window = hq_window
    _active(qtbot, window)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_0, CTRL)
    page = window.section("devices")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    settle(qtbot, lambda: page.loaded)
    assert page.isAncestorOf(QApplication.focusWidget())
    assert window.nav.currentItem().toolTip() == "Devices (Ctrl+0)"
    assert "Ctrl+0" in _bound_sequences(window)


def test_ctrl_0_means_nothing_on_a_laptop(qtbot, app_window):
    ctx, window = app_window
    _active(qtbot, window)
    window.nav.setFocus()
    shown = window.stack.currentWidget()
    press(qtbot, Qt.Key.Key_0, CTRL)
    settle(qtbot)
    assert "devices" not in window.sections and window.stack.currentWidget() is shown
    assert "Ctrl+0" not in _bound_sequences(window)
