"""What every page needs: the database, its services, the undo stack, the user.

Passed to pages explicitly instead of reaching for a global main window.
`sig_changes(OpChanges)` is announced by the writer after every write (a
save, an undo, a merge...): views subscribe and update what it touched.
`sig_data_changed(entity)` follows it once per table, for views that only
need to know a table changed; `sig_user_changed` after the current user is
switched.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from app.domain.system import AppUser
from app.services import Services, privacy, roles
from app.services.current_user import current_user, set_current_user
from app.services.data_folder import Database
from app.services.sync_status import UnacknowledgedCounter
from app.ui.base.changes import OpChanges
from app.ui.base.writer import WriteOp


class AppContext(QObject):
    sig_changes = Signal(object)  # OpChanges
    sig_data_changed = Signal(str)
    sig_user_changed = Signal()
    sig_message = Signal(str)  # a short note for the status bar

    def __init__(self, db: Database, settings: QSettings, parent=None):
        super().__init__(parent)
        self.db = db
        self.services = Services(db)
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.unacknowledged = UnacknowledgedCounter(db)  # callable from any thread
        self._user: AppUser | None = current_user(db)

    @property
    def user(self) -> AppUser | None:
        return self._user

    def may_view_names(self) -> bool:
        return privacy.may_view_names(self._user.role if self._user else None)

    def needs_secret_for(self, role: str) -> bool:
        """Does becoming a user with `role` need the coordinator PIN or the passphrase?"""
        return roles.needs_secret_to_become(self.db, self._user, role)

    def is_coordinator(self) -> bool:
        return roles.is_coordinator(self._user)

    def set_user(self, user_id: str, secret: str | None = None, refused=None,
                 switched=None) -> None:
        """Switch at once (a read); the choice is stored by the one writer. A switch that
        raises the role is checked first (`roles`): it happens only if the secret is right,
        else `refused(error)`; `switched()` after a switch that needed it."""
        user = self.services.users.get(user_id)
        db = self.db
        if self.needs_secret_for(user.role):
            def done(_user) -> None:
                self._switched(user)
                if switched is not None:
                    switched()

            self.write(lambda: set_current_user(db, user_id, secret)).success(done).failure(
                refused or (lambda _error: None)).run_in_background()
            return
        self.write(lambda: set_current_user(db, user_id)).run_in_background()
        self._switched(user)

    def _switched(self, user: AppUser) -> None:
        self._user = user
        self.sig_user_changed.emit()

    def changed(self, entity: str) -> None:
        self.announce(OpChanges.of(entity))

    def announce(self, changes: OpChanges) -> None:
        self.sig_changes.emit(changes)
        for table in sorted(changes.all_tables()):
            self.sig_data_changed.emit(table)

    def write(self, fn) -> WriteOp:
        """A write through the one writer: `ctx.write(fn).changes(...).success(...)`."""
        return WriteOp(self, fn)
