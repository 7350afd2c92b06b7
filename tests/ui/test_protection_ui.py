"""Protection screens on real encrypted databases: first run, unlock, lock, wipe.

Every test works on its own data folder; the encrypted ones are a copy of the
small demo with a passphrase set through the core, so the names the lock must
forget are real rows decrypted by SQLCipher.
"""

from __future__ import annotations

import gc
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.protection.attempts import attempts_file
from app.protection.service import ProtectionService
from app.protection.unlock import LockState
from app.services import Services
from app.services.current_user import set_current_user
from app.storage import keys
from app.storage.cipher import WrongPassphraseError
from app.storage.database import Database
from app.ui.base import words
from app.ui.base.i18n import install_translation
from app.ui.base.ops import wait_for_background
from app.ui.protection.passphrase_dialog import FirstRunDialog, PassphraseDialog
from app.ui.protection.protection_settings import IDLE_KEY, LIMIT_KEY
from app.ui.shell.application import settings_for
from app.ui.shell.lock import LockController
from tests.ui.conftest import press, settle, type_text, use_role

PASSPHRASE = "korova v ogorode 7"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def encrypted_paths(demo_paths):
    db = Database.open(demo_paths)
    coordinator = next(u for u in Services(db).users.list(order_by="name")
                       if u.role == "coordinator")
    set_current_user(db, coordinator.id)  # no "who is using it?" dialog
    db.close()
    ProtectionService(demo_paths).set_passphrase(PASSPHRASE)
    keys.forget(demo_paths)  # as after a restart: nothing of it in memory
    return demo_paths


@pytest.fixture
def controller(qtbot, encrypted_paths):
    settings = settings_for(encrypted_paths)
    settings.setValue(IDLE_KEY, 0)  # each test sets the idle time it needs
    made = LockController(encrypted_paths, settings)
    yield made
    wait_for_background()
    QApplication.processEvents()
    made.shutdown()
    for widget in (made.window, made.unlock_window, made.busy):
        if widget is not None and shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
    made.idle.stop()
    install_translation("en")


def unlock_with(qtbot, controller, passphrase: str) -> None:
    screen = controller.unlock_window
    assert screen is not None and screen.isVisible()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    qtbot.waitUntil(lambda: screen.passphrase.isEnabled())
    screen.passphrase.setFocus()
    type_text(qtbot, passphrase)
    press(qtbot, Qt.Key.Key_Return)


def unlocked(qtbot, controller):
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    settle(qtbot)
    return controller.ctx, controller.window


def cells(model) -> list[str]:
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # list models keep theirs private
        columns = 1
    return [str(model.index(r, c).data()) for r in range(model.rowCount(root))
            for c in range(columns)]


def shown_texts() -> str:
    """Everything any live widget shows: labels, fields, buttons, combo items, cells."""
    texts = []
    for widget in QApplication.allWidgets():
        texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(n) for n in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += cells(widget.model())
    return "\n".join(texts)


# -- first run ---------------------------------------------------------------
def test_first_run_sets_a_passphrase_typed_twice_from_the_keyboard(qtbot, paths):
    service = ProtectionService(paths)
    assert service.state() is LockState.MISSING
    dialog = FirstRunDialog(service)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    assert QApplication.focusWidget() is dialog.fields.passphrase
    assert "seized" in dialog.why.text()
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)  # on to the second field
    assert QApplication.focusWidget() is dialog.fields.confirm
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    db = dialog.database
    assert db.encrypted and service.state() is LockState.ENCRYPTED
    service.lock(db)
    with pytest.raises(WrongPassphraseError):
        Database.open(paths, passphrase="not it")
    service.lock(service.unlock(PASSPHRASE))


def test_first_run_refuses_two_different_passphrases_in_words(qtbot, paths):
    dialog = FirstRunDialog(ProtectionService(paths))
    qtbot.addWidget(dialog)
    dialog.fields.passphrase.setText(PASSPHRASE)
    dialog.fields.confirm.setText(PASSPHRASE + "!")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error.text()
    dialog.fields.passphrase.setText("short")
    dialog.fields.confirm.setText("short")
    dialog.set_passphrase()
    assert "at least 8" in dialog.error.text()
    assert not paths.database.exists()


def test_first_run_may_continue_without_a_passphrase(qtbot, paths):
    service = ProtectionService(paths)
    dialog = FirstRunDialog(service)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.without_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    assert not dialog.database.encrypted and service.state() is LockState.PLAIN
    service.lock(dialog.database)


# -- unlock ------------------------------------------------------------------
def test_a_wrong_passphrase_keeps_it_locked_and_is_counted_the_right_one_opens(
        qtbot, controller):
    assert controller.start()
    screen = controller.unlock_window
    unlock_with(qtbot, controller, "not the passphrase")
    qtbot.waitUntil(lambda: "not right" in screen.error.text(), timeout=10_000)
    assert controller.window is None and controller.ctx is None
    assert "1 wrong attempt" in screen.attempts.text()
    assert controller.service.wrong_attempts() == 1
    assert not screen.wipe_button.isVisible()
    ctx, window = unlocked(qtbot, controller)
    assert window.isVisible() and ctx.db.encrypted
    assert controller.unlock_window is None
    assert controller.service.wrong_attempts() == 0


def test_after_the_limit_of_wrong_attempts_the_wipe_is_offered_and_destroys_everything(
        qtbot, controller, encrypted_paths):
    controller.settings.setValue(LIMIT_KEY, 2)
    controller.settings_changed()
    assert controller.start()
    screen = controller.unlock_window
    for n in (1, 2):
        unlock_with(qtbot, controller, f"guess {n}")
        qtbot.waitUntil(lambda n=n: controller.service.wrong_attempts() == n
                        and not screen.busy, timeout=10_000)
    assert screen.wipe_button.isVisible() and screen.wipe_note.isVisible()
    qtbot.mouseClick(screen.wipe_button, Qt.MouseButton.LeftButton)
    dialog = controller.wipe_dialog
    qtbot.waitUntil(lambda: dialog.counted, timeout=10_000)
    assert "cannot count" in dialog.loss.text()  # locked: said plainly, not a zero
    qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(controller, "report_box", None) is not None, timeout=10_000)
    assert "could not count" in controller.report_box.text()
    assert_wiped(encrypted_paths)
    controller.report_box.close()


def assert_wiped(paths) -> None:
    db = paths.database
    left = [p for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                        db.with_name(db.name + "-journal"), attempts_file(paths))
            if p.exists()]
    for folder in (paths.keys, paths.backups, paths.bundles):
        if folder.exists():
            left += [p for p in folder.rglob("*") if p.is_file()]
    assert left == []


# -- lock ----------------------------------------------------------------------
def test_auto_lock_after_idle_time_drops_every_model_name_and_undo_step(qtbot, controller):
    controller.start()
    ctx, window = unlocked(qtbot, controller)
    use_role(ctx, "coordinator")
    window.show_section("attendance")
    page = window.section("attendance")
    settle(qtbot, lambda: page.session_id is not None and len(page.model.rows) > 0)
    page.show_names()
    settle(qtbot)
    names = [row.name for row in page.model.rows if row.name]
    codes = [row.code for row in page.model.rows]
    before = shown_texts()
    assert names and any(name in before for name in names)
    page.set_present(0, not page.model.rows[0].present)  # one step on the undo stack
    window.show_section("trainings")
    trainings = window.section("trainings")
    settle(qtbot)
    assert ctx.undo_stack.count() == 1
    models = [weakref.ref(m) for m in window.findChildren(QAbstractItemModel)]
    assert any(m().rowCount() > 0 for m in models)
    stack = ctx.undo_stack
    del ctx, window, page, trainings

    controller.settings.setValue(IDLE_KEY, 0.01)  # 0.6 s without input
    controller.settings_changed()
    qtbot.waitUntil(lambda: controller.unlock_window is not None, timeout=10_000)
    assert controller.unlock_window.isVisible()
    assert controller.window is None and controller.ctx is None
    gc.collect()
    alive = [m() for m in models if m() is not None and shiboken6.isValid(m())]
    assert [m for m in alive if m.rowCount() > 0] == []
    assert not shiboken6.isValid(stack)  # undo steps went with the context
    texts = shown_texts()
    assert [n for n in names if n in texts] == [] and [c for c in codes if c in texts] == []
    with pytest.raises(Exception):  # noqa: B017 - the passphrase is forgotten
        Database.open(controller.paths)

    controller.settings.setValue(IDLE_KEY, 10)  # no second idle lock while we look
    controller.settings_changed()
    _ctx, window = unlocked(qtbot, controller)
    page = window.section("attendance")
    settle(qtbot, lambda: len(page.model.rows) > 0)
    assert not page.names_shown and not any(row.name for row in page.model.rows)


def test_the_lock_shortcut_locks_at_once(qtbot, controller):
    controller.start()
    ctx, window = unlocked(qtbot, controller)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.lock_action in window.file_menu.actions()
    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.unlock_window is not None, timeout=10_000)
    assert controller.window is None and not shiboken6.isValid(window)
    ctx, window = unlocked(qtbot, controller)
    assert window.isVisible()


def test_after_unlocking_the_window_is_active_and_its_section_keys_work(qtbot, controller):
    """The section keys work in the window that unlocking builds. (Under a real
    X server without a window manager the new window was not activated and
    Ctrl+1…8 did nothing until clicked; the offscreen platform activates every
    window, so that cause was checked by hand with xdotool, not here.)"""
    controller.start()
    ctx, window = unlocked(qtbot, controller)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_7, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.section("sync"))


def test_a_database_without_passphrase_does_not_pretend_to_lock(qtbot, app_window):
    ctx, window = app_window
    messages = []
    ctx.sig_message.connect(messages.append)
    ctx.protection.lock()
    assert ctx.protection.window is window and window.isVisible()
    assert "Settings" in messages[0]


# -- settings ------------------------------------------------------------------
def test_change_passphrase_from_settings_refuses_a_wrong_current_one_then_rekeys(
        qtbot, controller):
    controller.start()
    ctx, window = unlocked(qtbot, controller)
    problem = controller.change_protection("change", "wrong", "a new passphrase")
    assert "not the current passphrase" in problem and controller.window is window
    controller.change_protection("change", PASSPHRASE, "a new passphrase")
    qtbot.waitUntil(lambda: controller.window not in (None, window), timeout=20_000)
    settle(qtbot)
    assert controller.ctx.db.encrypted
    assert controller.window.stack.currentWidget() is controller.window.section("settings")
    controller.lock()
    unlock_with(qtbot, controller, "a new passphrase")
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)


def test_removing_the_passphrase_from_settings_leaves_a_plain_database(qtbot, controller):
    controller.start()
    _ctx, window = unlocked(qtbot, controller)
    box = window.section("settings").protection
    assert box.change_button.isVisibleTo(box) and not box.set_button.isVisibleTo(box)
    controller.change_protection("remove", PASSPHRASE, None)
    qtbot.waitUntil(lambda: controller.window not in (None, window), timeout=20_000)
    assert not controller.ctx.db.encrypted
    assert controller.service.state() is LockState.PLAIN
    box = controller.window.section("settings").protection
    assert box.set_button.isVisibleTo(box)


def test_the_passphrase_dialog_checks_its_fields_in_words(qtbot):
    dialog = PassphraseDialog("change")
    qtbot.addWidget(dialog)
    dialog.check()
    assert dialog.error.text() == "Type the current passphrase."
    dialog.current.setText(PASSPHRASE)
    dialog.fields.passphrase.setText("new passphrase")
    dialog.fields.confirm.setText("new passphrase")
    dialog.check()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.old, dialog.new) == (PASSPHRASE, "new passphrase")
    assert dialog.current.text() == ""


def test_quick_wipe_from_settings_says_what_headquarters_never_got(
        qtbot, controller, encrypted_paths):
    controller.start()
    _ctx, window = unlocked(qtbot, controller)
    window.show_section("settings")
    box = window.section("settings").protection
    before = controller.service.unacknowledged_changes()
    assert before and before.get("participant")
    qtbot.mouseClick(box.wipe_button, Qt.MouseButton.LeftButton)
    dialog = controller.wipe_dialog
    qtbot.waitUntil(lambda: dialog.counted, timeout=10_000)
    assert "Participants: " in dialog.loss.text()
    assert f"Participants: {words.format_number(before['participant'])}" in dialog.loss.text()
    qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(controller, "report_box", None) is not None, timeout=20_000)
    text = controller.report_box.text()
    assert "had not been acknowledged" in text and "Participants: " in text
    assert controller.window is None
    assert_wiped(encrypted_paths)
    controller.report_box.close()


def test_widgets_of_the_protection_screens_have_accessible_names(qtbot, controller):
    controller.start()
    screen = controller.unlock_window
    for widget in (screen.passphrase, screen.wipe_button):
        assert widget.accessibleName()
    ctx, window = unlocked(qtbot, controller)
    box = window.section("settings").protection
    for widget in box.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and isinstance(
                widget, (QAbstractButton, QLineEdit)) and not widget.text():
            assert widget.accessibleName()


def test_keyboard_and_mouse_input_anywhere_restart_the_idle_timer(qtbot):
    from app.ui.shell.idle import IdleWatcher

    watcher = IdleWatcher()
    field = QLineEdit()
    qtbot.addWidget(field)
    watcher.start(10)
    for touch in (lambda: qtbot.keyClick(field, Qt.Key.Key_A),
                  lambda: qtbot.mouseClick(field, Qt.MouseButton.LeftButton)):
        watcher.timer.stop()  # as if time had run on
        touch()
        assert watcher.active
    watcher.stop()
    qtbot.keyClick(field, Qt.Key.Key_B)
    assert not watcher.active  # locked or plain: nothing to watch
    watcher.start(0)
    assert not watcher.active  # 0 = never


def test_a_passphrase_set_later_in_settings_encrypts_and_then_locks(qtbot, demo_paths):
    db = Database.open(demo_paths)
    set_current_user(db, Services(db).users.list(order_by="name")[0].id)
    db.close()
    made = LockController(demo_paths, settings_for(demo_paths))
    assert made.start()  # plain and in use: straight to the main window
    window = made.window
    box = window.section("settings").protection
    assert box.set_button.isVisibleTo(box) and not box.lock_button.isVisibleTo(box)
    assert made.change_protection("set", None, PASSPHRASE) is None
    qtbot.waitUntil(lambda: made.window not in (None, window), timeout=20_000)
    assert made.ctx.db.encrypted and made.service.state() is LockState.ENCRYPTED
    made.lock()
    assert made.unlock_window is not None and made.window is None
    keys.forget(demo_paths)
    with pytest.raises(WrongPassphraseError):
        Database.open(demo_paths, passphrase="not it")
    made.unlock_window.close()
    shiboken6.delete(made.unlock_window)


def test_a_fresh_database_made_by_init_is_offered_a_passphrase_at_the_first_start(
        qtbot, paths):
    from PySide6.QtCore import QTimer

    from app.ui.protection.role_dialogs import SecretDialog
    from app.ui.protection.users import UserDialog

    Database.open(paths, create=True).close()  # `faltbok init`: plain, nobody used it yet
    made = LockController(paths, settings_for(paths))
    seen = []

    def answer() -> None:  # the dialogs run their own loops: answer them from a timer
        modal = QApplication.activeModalWidget()
        if isinstance(modal, FirstRunDialog) and modal.isEnabled() and not seen:
            seen.append("first run")
            modal.fields.passphrase.setText(PASSPHRASE)
            modal.fields.confirm.setText(PASSPHRASE)
            modal.set_passphrase()
        elif isinstance(modal, UserDialog) and "user" not in seen:  # written in background
            seen.append("user")
            modal.picker.name.setText("Aida")
            modal.picker.create_user()
        elif isinstance(modal, SecretDialog) and "secret" not in seen:
            seen.append("secret")  # field staff see names: the passphrase is asked again
            modal.secret.setText(PASSPHRASE)
            modal.accept()
        if made.window is None:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(0, answer)
    assert made.start()
    assert seen == ["first run", "user", "secret"]
    assert made.ctx.db.encrypted and made.service.state() is LockState.ENCRYPTED
    window = made.window
    made.lock()
    assert not shiboken6.isValid(window)
    made.unlock_window.close()
    shiboken6.delete(made.unlock_window)
