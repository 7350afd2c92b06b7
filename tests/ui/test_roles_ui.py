"""Roles in the UI, with real key presses: an intern's Settings show no wipe, no
passphrase buttons and no role change; switching to a coordinator asks for the
coordinator PIN, refuses a wrong one and accepts the right one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import roles
from app.services.audit import AuditService
from app.services.current_user import current_user
from tests.ui.conftest import settle, use_role

PIN = "975310"


def settings_of(qtbot, ctx, window):
    window.show_section("settings")
    window.activateWindow()
    page = window.section("settings")
    settle(qtbot)
    return page


def test_an_interns_settings_show_no_wipe_and_no_role_change(qtbot, app_window):
    ctx, window = app_window
    page = settings_of(qtbot, ctx, window)
    box, picker = page.protection, page.picker
    assert box.wipe_button.isVisibleTo(page) and page.tabs.isTabVisible(0)
    use_role(ctx, "intern")
    settle(qtbot)
    assert not box.wipe_button.isVisibleTo(page)
    assert not page.tabs.isTabVisible(0)  # the users' list, where roles are edited
    assert not picker.role.isVisibleTo(page) and not picker.create_button.isVisibleTo(page)
    assert box.rights_note.isVisibleTo(page) and "coordinator" in box.rights_note.text()
    assert picker.rights_note.isVisibleTo(page)


def test_without_a_pin_or_passphrase_the_ui_says_roles_are_unprotected(qtbot, app_window):
    ctx, window = app_window
    page = settings_of(qtbot, ctx, window)
    picker = page.picker
    assert picker.roles_note.isVisibleTo(page) and "not protected" in picker.roles_note.text()
    qtbot.keyClick(picker.pin_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: picker.pin_dialog is not None and picker.pin_dialog.isVisible())
    dialog = picker.pin_dialog
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.keyClicks(dialog.again, PIN)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.error.text() == ""
    settle(qtbot, lambda: roles.pin_is_set(ctx.db))
    assert not picker.roles_note.isVisibleTo(page)
    use_role(ctx, "intern")  # now protected: an intern may not set a new passphrase
    settle(qtbot)
    assert not page.protection.set_button.isVisibleTo(page)
    assert not picker.pin_button.isVisibleTo(page)


def choose_coordinator(qtbot, picker) -> None:
    index = next(n for n in range(picker.users.count())
                 if (picker.users.itemData(n, 0x0101) or ("", ""))[1] == "coordinator")
    picker.users.setCurrentIndex(index)
    qtbot.keyClick(picker.use_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: picker.secret_dialog is not None
                    and picker.secret_dialog.isVisible())


def test_switching_to_a_coordinator_asks_for_the_pin(qtbot, app_window):
    ctx, window = app_window
    roles.set_pin(ctx.db, ctx.user, PIN, log_n=10)
    use_role(ctx, "intern")
    page = settings_of(qtbot, ctx, window)
    picker = page.picker
    intern = ctx.user
    choose_coordinator(qtbot, picker)
    qtbot.keyClicks(picker.secret_dialog.secret, "000000")
    qtbot.keyClick(picker.secret_dialog.secret, Qt.Key.Key_Return)
    settle(qtbot, lambda: picker.error.text())
    assert "Wrong coordinator PIN" in picker.error.text()
    assert ctx.user.id == intern.id and current_user(ctx.db).id == intern.id
    assert roles.pin_failures(ctx.db) == 1
    assert not page.protection.wipe_button.isVisibleTo(page)
    first = picker.secret_dialog
    choose_coordinator(qtbot, picker)
    assert picker.secret_dialog is not first
    qtbot.keyClicks(picker.secret_dialog.secret, PIN)
    qtbot.keyClick(picker.secret_dialog.secret, Qt.Key.Key_Return)
    settle(qtbot, lambda: ctx.is_coordinator())
    assert current_user(ctx.db).role == "coordinator"
    assert page.protection.wipe_button.isVisibleTo(page) and page.tabs.isTabVisible(0)
    assert [e.user_id for e in AuditService(ctx.db).list(action="role_change")] == [ctx.user.id]
