"""Lock and unlock: the main window exists only while the database is open.

Locking tears the main window down rather than asking every page to forget
what it shows. That is the certain way: every model, form, roster, revealed
name and undo command belongs to the window or to its `AppContext`, and all
of them are deleted at once (a page added next year cannot forget to clear
itself). Unlocking builds a fresh context and window on the newly opened
database. The steps of `lock`: close modal dialogs and menus, show the unlock
screen (so the app always has a window), wait for background reads, clear
the undo stack, delete the window and the context, `ProtectionService.lock`
(close the database, forget the passphrase), collect the garbage.

The same teardown serves the passphrase changes of Settings (the core needs
the database closed to convert it) and the quick wipe.

The hub the app started at headquarters (`hq/hub_process.py`) belongs to this
controller, not to the window: it keeps serving the laptops while the app is
locked (it has its own open database), and the window built at unlock shows
it. It stops when the app quits (after a question, from the main window or
the unlock screen), before a passphrase change (started again afterwards
with the new one) and before a wipe.

Auto-lock: `idle.IdleWatcher` is an application-wide event filter; any key,
mouse or touch input restarts a single-shot timer of the idle minutes from
`QSettings` (`protection/idle_minutes`, default 5, 0 = never). It runs only
while an encrypted database is open: without a passphrase a lock would
protect nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from app.protection.service import ProtectionService
from app.protection.unlock import LockState, WrongPassphraseError, check_passphrase
from app.services import attachments
from app.services.current_user import current_user
from app.services.data_folder import Database, DataPaths
from app.ui.base.context import AppContext
from app.ui.base.ops import Op, wait_for_background
from app.ui.base.writer import writer_pool
from app.ui.hq.hub_process import HubProcess
from app.ui.protection.passphrase_dialog import FirstRunDialog
from app.ui.protection.protection_settings import (
    LOCK_SHORTCUT,
    OFFERED_KEY,
    attempt_limit,
    idle_minutes,
)
from app.ui.protection.unlock_dialog import UnlockWindow
from app.ui.protection.users import UserDialog
from app.ui.protection.wipe_dialog import WipeDialog, wipe_done_box, wipe_failed_box
from app.ui.shell.idle import IdleWatcher
from app.ui.shell.main_window import MainWindow


class LockController(QObject):
    """Owns the life of the main window: first run, unlock, lock, re-encrypt, wipe."""

    sig_locked = Signal()
    sig_unlocked = Signal()
    sig_wiped = Signal(object)  # WipeReport

    def __init__(self, paths: DataPaths, settings: QSettings,
                 change_language: Callable[[str], None] | None = None, parent=None):
        super().__init__(parent)
        self.paths, self.settings, self.change_language = paths, settings, change_language
        self.service = ProtectionService(paths, attempt_limit(settings))
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.busy: QProgressDialog | None = None
        self.idle = IdleWatcher(self)
        self.idle.sig_idle.connect(self.lock)
        self.hub = HubProcess(self)  # outlives every window: serves while locked
        self.restart_hub: tuple[str, int] | None = None  # over a passphrase change
        self._lock_tries = 0
        self.drafts: list = []  # unsaved form input over a lock: in memory, never on disk

    # -- start ---------------------------------------------------------------
    def start(self) -> bool:
        """Show the first screen; False if the user left before any window opened."""
        state = self.service.state()
        if state is LockState.ENCRYPTED:
            self.show_unlock()
            return True
        existing = False
        if state is LockState.PLAIN:
            db = self.service.unlock(None)
            if current_user(db) is not None or self.settings.value(OFFERED_KEY):
                return self.open_main(db)
            db.close()  # fresh: offer the passphrase before anything is recorded
            existing = True
        dialog = FirstRunDialog(self.service, existing=existing)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.settings.setValue(OFFERED_KEY, True)
        return accepted and self.open_main(dialog.database)

    def open_main(self, db: Database) -> bool:
        """A fresh context and main window on `db` (asks for the user on a new laptop)."""
        ctx = AppContext(db, self.settings)
        attachments.clear_temp(db.paths)  # copies a viewer had open when the app last quit
        attachments.prune(db)  # files added to a form that was never saved
        attachments.seal_plain(db.paths)  # files an earlier version kept in clear
        if ctx.user is None and UserDialog(ctx).exec() != QDialog.DialogCode.Accepted:
            self.service.lock(db)
            return False
        self.adopt(ctx, MainWindow(ctx, change_language=self.change_language))
        self.window.restore_drafts(self.drafts)
        self.drafts = []
        self.window.show()
        self._close_unlock()
        self.window.raise_()  # the keys (Ctrl+1…8, Ctrl+Q) belong to the active window
        self.window.activateWindow()
        self.sig_unlocked.emit()
        return True

    def adopt(self, ctx: AppContext, window: MainWindow) -> None:
        """Take charge of a built window: lock action, Settings' protection box, auto-lock."""
        self.ctx, self.window = ctx, window
        ctx.protection = self  # found by the Settings page's protection box
        action = QAction(window)
        action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        action.triggered.connect(self.request_lock)
        window.file_menu.insertAction(window.quit_action, action)
        window.file_menu.insertSeparator(window.quit_action)
        window.lock_action = action
        window.installEventFilter(self)
        self._retranslate_action()
        self.settings_changed()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate_action()
        if watched is self.unlock_window and event.type() == QEvent.Type.Close:
            if not self.hub.confirm_quit(watched):
                event.ignore()  # the unlock screen stays, and the hub with it
                return True
            self.hub.stop()
        return False

    def _retranslate_action(self) -> None:
        if self.window is not None:
            self.window.lock_action.setText(self.tr("&Lock"))
            self.window.lock_action.setToolTip(
                self.tr("Lock Fältbok now ({keys})").format(keys=LOCK_SHORTCUT))

    def settings_changed(self) -> None:
        """Idle time and attempt limit were changed in Settings (or at start)."""
        self.service.attempt_limit = attempt_limit(self.settings)
        if self.ctx is not None and self.ctx.db.encrypted:
            self.idle.start(idle_minutes(self.settings))
        else:
            self.idle.stop()

    # -- lock and unlock -----------------------------------------------------
    def show_unlock(self) -> UnlockWindow:
        if self.unlock_window is None:
            window = UnlockWindow(self.service)
            window.sig_unlocked.connect(self._unlocked)
            window.sig_wipe_requested.connect(self.ask_wipe)
            window.sig_quit_requested.connect(window.close)
            window.installEventFilter(self)  # closing it quits: ask about the hub first
            self.unlock_window = window
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        return self.unlock_window

    def _close_unlock(self) -> None:
        window, self.unlock_window = self.unlock_window, None
        if window is not None:
            window.hide()
            window.deleteLater()

    def _unlocked(self, db: Database) -> None:
        if not self.open_main(db):
            QApplication.quit()

    def request_lock(self) -> None:
        """Lock after the current event (the menu action that asked is the window's own)."""
        QTimer.singleShot(0, self.lock)

    def lock(self) -> None:
        """Drop every decrypted thing the UI holds and show the unlock screen."""
        if self.ctx is None or self.window is None or not shiboken6.isValid(self.window):
            return  # (a lock queued behind a closing question, after the window went)
        if not self.ctx.db.encrypted:
            self.ctx.sig_message.emit(self.tr(
                "Without a passphrase Fältbok cannot lock. Set one in Settings."))
            return
        if self._close_modal():
            return
        self.show_unlock()
        self.service.lock(self._teardown())
        gc.collect()
        self.sig_locked.emit()

    def _close_modal(self) -> bool:
        """Close a modal dialog or popup first; True if the lock must wait for it to unwind."""
        modal = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if modal is None or modal is self.unlock_window or self._lock_tries >= 20:
            self._lock_tries = 0
            return False
        self._lock_tries += 1
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        QTimer.singleShot(0, self.lock)
        return True

    def _teardown(self) -> Database:
        """Delete the main window and its context; returns the database, still open."""
        ctx, window = self.ctx, self.window
        self.ctx = self.window = None
        self.drafts = window.drafts()  # given back to the window built at unlock
        self.idle.stop()
        window.autosync.stop()  # a running sync round stops between chunks
        wait_for_background()
        QApplication.processEvents()  # deliver (and drop) the results of finished reads
        ctx.undo_stack.clear()
        db = ctx.db
        keep = {self.unlock_window, self.busy}
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget not in keep and widget.isVisible():
                widget.close()
        window.removeEventFilter(self)
        window.hide()
        shiboken6.delete(window)
        ctx.protection = None
        shiboken6.delete(ctx)
        attachments.clear_temp(db.paths)  # no decrypted copy outlives the unlocked window
        return db

    # -- passphrase changes from Settings ------------------------------------
    def change_protection(self, kind: str, old: str | None, new: str | None) -> str | None:
        """Set, change or remove the passphrase; a wrong current one is refused in words
        (returned) before anything closes. Otherwise the window is rebuilt afterwards."""
        if self.ctx is None:
            return None
        if kind != "set":
            try:
                check_passphrase(self.paths, old, limit=self.service.attempt_limit)
            except WrongPassphraseError:
                return self.tr("That is not the current passphrase. Nothing was changed.")
        service = self.service
        work = {"set": lambda: service.set_passphrase(new),
                "change": lambda: service.change_passphrase(old, new),
                "remove": lambda: service.remove_passphrase(old)}[kind]
        done = {"set": self.tr("The data on this laptop is now encrypted."),
                "change": self.tr("The passphrase was changed."),
                "remove": self.tr("The passphrase was removed: the data is no longer "
                                  "encrypted.")}[kind]
        after = new if kind != "remove" else None
        failed = self.tr("The passphrase could not be changed: {error}")
        # after the current event: the Settings button that asked is about to be deleted
        QTimer.singleShot(0, lambda: self._detached(
            self.tr("Encrypting the data again…"), work,
            lambda _result: self._reopen(after, done),
            lambda error: self._reopen(old if kind != "set" else None,
                                       failed.format(error=error))))
        return None

    def _detached(self, label: str, work: Callable, on_done: Callable,
                  on_error: Callable) -> None:
        """Tear the window down, run `work` off the UI thread under a busy note."""
        busy = QProgressDialog(label, None, 0, 0)
        busy.setWindowTitle(self.tr("Fältbok"))
        busy.setCancelButton(None)
        busy.setMinimumDuration(0)
        busy.show()
        self.busy = busy
        # the hub has the database open with the old passphrase: stopped, started
        # again with the new one (`_reopen`)
        self.restart_hub = self.hub.address if self.hub.running() else None
        self.hub.stop()
        self.service.lock(self._teardown())
        gc.collect()
        # the passphrase change writes the database files: on the one writer, after
        # every write queued before it
        Op(self, work).success(on_done).failure(on_error).run_in_background(writer_pool())

    def _end_busy(self) -> None:
        busy, self.busy = self.busy, None
        if busy is not None:
            busy.hide()
            busy.deleteLater()

    def _reopen(self, passphrase: str | None, message: str) -> None:
        address, self.restart_hub = self.restart_hub, None
        try:
            db = self.service.unlock(passphrase)
        except Exception:  # noqa: BLE001 - e.g. the old passphrase after a failed change
            self._end_busy()
            self.show_unlock().error.setText(message)
            return
        self.open_main(db)
        self._end_busy()
        if address is not None and self.ctx is not None:
            self.hub.start(self.ctx.db, *address)
        if self.window is not None:
            self.window.show_section("settings")
            self.ctx.sig_message.emit(message)

    # -- quick wipe ----------------------------------------------------------
    def ask_wipe(self) -> None:
        parent: QWidget | None = self.window or self.unlock_window
        dialog = WipeDialog(self.service, parent)
        self.wipe_dialog = dialog
        dialog.accepted.connect(self.wipe)
        dialog.open()

    def wipe(self) -> None:
        """Destroy keys, database, WAL, journal and backups; then say what was lost."""
        busy = QProgressDialog(self.tr("Wiping…"), None, 0, 0)
        busy.setCancelButton(None)
        busy.show()
        self.busy = busy
        self.hub.stop()  # it has the database and the hub's folder open
        db = self._teardown() if self.ctx is not None else None
        self.drafts = []
        self._close_unlock()
        gc.collect()
        service = self.service
        Op(self, lambda: service.wipe(db=db)).success(self._wiped).failure(
            self._wipe_failed).run_in_background(writer_pool())

    def _wiped(self, report) -> None:
        box = wipe_done_box(report)
        self.report_box = box
        box.finished.connect(lambda _result: self.sig_wiped.emit(report))
        box.open()
        self._end_busy()

    def _wipe_failed(self, error: BaseException) -> None:
        box = wipe_failed_box(error)
        self.report_box = box
        box.open()
        self._end_busy()

    def shutdown(self) -> None:
        """At exit: stop the hub, close and forget, whatever is open."""
        self.hub.stop()
        if self.ctx is not None:
            if self.window is not None:
                self.window.autosync.stop()
            wait_for_background()
            attachments.clear_temp(self.ctx.db.paths)
            self.service.lock(self.ctx.db)
