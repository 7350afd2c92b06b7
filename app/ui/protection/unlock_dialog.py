"""The unlock screen: shown at start for an encrypted database and after every lock.

It is a window of its own, not a dialog over the main window: while it shows,
the main window does not exist (the lock controller tore it down), so there
is nothing behind it to read. A wrong passphrase leaves it locked with a
plain message and the count of wrong attempts (kept by the core beside the
database); once the limit from Settings is reached it offers the quick wipe,
for someone who is being made to open the laptop. Opening runs off the UI
thread: the key derivation is slow on purpose.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.protection.service import ProtectionService
from app.protection.unlock import WrongPassphraseError
from app.services.data_folder import Database
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op
from app.ui.protection.passphrase_dialog import error_label, passphrase_field


class UnlockWindow(Retranslating, QWidget):
    """Passphrase in, `sig_unlocked(database)` out; `sig_wipe_requested` after too many tries."""

    sig_unlocked = Signal(object)
    sig_wipe_requested = Signal()
    sig_quit_requested = Signal()

    def __init__(self, service: ProtectionService, parent=None):
        super().__init__(parent)
        self.service = service
        self.busy = False
        self.failures = service.wrong_attempts()
        self.problem: tuple[str, str] = ("", "")  # (kind, detail): retranslated with the rest
        self.heading, self.explanation = QLabel(), QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.explanation.setWordWrap(True)
        self.passphrase = passphrase_field()
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.error = error_label()
        self.attempts = QLabel()
        self.attempts.setWordWrap(True)
        self.wipe_note = QLabel()
        self.wipe_note.setWordWrap(True)
        self.wipe_button = QPushButton()
        self.quit_button = QPushButton()
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        form.addRow(self.passphrase_label, row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.wipe_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.attempts)
        layout.addStretch(1)
        layout.addWidget(self.wipe_note)
        layout.addLayout(buttons)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.wipe_button.clicked.connect(lambda: self.sig_wipe_requested.emit())
        self.quit_button.clicked.connect(lambda: self.sig_quit_requested.emit())
        self.quit_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self)
        self.quit_shortcut.activated.connect(lambda: self.sig_quit_requested.emit())
        self.resize(560, 360)
        self.retranslate()
        self.passphrase.setFocus()

    @property
    def may_wipe(self) -> bool:
        return self.failures >= self.service.attempt_limit

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fältbok is locked"))
        self.heading.setText(self.tr("Fältbok is locked"))
        self.explanation.setText(self.tr(
            "The data on this laptop is encrypted. Type the passphrase to open it."))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.quit_button.setText(self.tr("&Quit"))
        self.wipe_button.setText(self.tr("&Wipe all data…"))
        self.wipe_button.setAccessibleName(self.tr("Wipe all data"))
        if self.failures:
            self.attempts.setText(self.tr("%n wrong attempt(s) since the last unlock.", "",
                                          self.failures))
        else:
            self.attempts.clear()
        kind, detail = self.problem
        self.error.setText({
            "": "", "empty": self.tr("Type the passphrase."), "opening": self.tr("Opening…"),
            "wrong": self.tr("That passphrase is not right. Fältbok stays locked."),
            "failed": self.tr("Fältbok could not open its database: {error}").format(
                error=detail),
        }[kind])
        self.wipe_note.setText(self.tr(
            "That is the limit of wrong attempts set for this laptop. If you must, you can "
            "wipe all Fältbok data from it now."))
        self.attempts.setVisible(bool(self.failures))
        self.wipe_note.setVisible(self.may_wipe)
        self.wipe_button.setVisible(self.may_wipe)

    def try_unlock(self) -> None:
        if self.busy:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_problem("empty")
            return
        self.busy = True
        self.passphrase.clear()
        self.show_problem("opening")
        self.passphrase.setEnabled(False)
        self.unlock_button.setEnabled(False)
        service = self.service
        Op(self, lambda: service.unlock(passphrase)).success(self._unlocked).failure(
            self._failed).run_in_background()

    def _ready(self) -> None:
        self.busy = False
        self.passphrase.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlocked(self, database: Database) -> None:
        self._ready()
        self.failures = 0
        self.show_problem("")
        self.sig_unlocked.emit(database)

    def _failed(self, error: BaseException) -> None:
        self._ready()
        if isinstance(error, WrongPassphraseError):
            self.failures = error.failures or self.service.wrong_attempts()
            self.show_problem("wrong")
        else:
            self.show_problem("failed", str(error))

    def show_problem(self, kind: str, detail: str = "") -> None:
        self.problem = (kind, detail)
        self.retranslate()
