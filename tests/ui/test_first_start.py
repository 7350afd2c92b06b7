"""The first start asks who is using the laptop; the role decides about names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.current_user import current_user
from app.storage.database import Database
from app.ui.base.context import AppContext
from app.ui.protection.users import UserDialog
from app.ui.shell.application import settings_for
from tests.ui.conftest import press, settle, type_text


def test_a_fresh_laptop_creates_its_first_user_from_the_keyboard(qtbot, paths):
    db = Database.open(paths, create=True)
    ctx = AppContext(db, settings_for(paths))
    assert ctx.user is None
    dialog = UserDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.picker.name.setFocus()
    type_text(qtbot, "Айгерим")
    press(qtbot, Qt.Key.Key_Tab)  # role: field staff first; one down is intern
    assert QApplication.focusWidget() is dialog.picker.role
    press(qtbot, Qt.Key.Key_Down)
    dialog.picker.name.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: dialog.result() == dialog.DialogCode.Accepted)
    settle(qtbot)
    assert dialog.result() == dialog.DialogCode.Accepted
    user = current_user(db)
    assert (user.name, user.role) == ("Айгерим", "intern") and not ctx.may_view_names()
    db.close()


def test_a_user_without_a_name_is_refused_in_words(qtbot, paths):
    db = Database.open(paths, create=True)
    ctx = AppContext(db, settings_for(paths))
    dialog = UserDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.picker.create_user()
    settle(qtbot, lambda: dialog.picker.error.text())
    assert dialog.picker.error.text() == "Required."
    assert current_user(db) is None
    db.close()
