"""What every page needs: the database, its services, the undo stack, the user.

Passed to pages explicitly instead of reaching for a global main window.
`sig_data_changed(entity)` tells lists to reload after a save, an undo or a
redo anywhere; `sig_user_changed` after the current user is switched.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from app.domain.system import AppUser
from app.services import Services, privacy
from app.services.sync_status import UnacknowledgedCounter
from app.storage.database import Database


class AppContext(QObject):
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
        self._user: AppUser | None = privacy.current_user(db)

    @property
    def user(self) -> AppUser | None:
        return self._user

    def may_view_names(self) -> bool:
        return privacy.may_view_names(self._user.role if self._user else None)

    def set_user(self, user_id: str) -> None:
        self._user = privacy.set_current_user(self.db, user_id)
        self.sig_user_changed.emit()

    def changed(self, entity: str) -> None:
        self.sig_data_changed.emit(entity)
