"""Settings ▸ Protection: passphrase, auto-lock, wrong-attempt limit, lock now, quick wipe.

Only a coordinator sees the quick wipe and the passphrase buttons here; other
roles read one sentence saying so (setting a passphrase would give whoever sets
it the coordinator's secret). While roles are not protected at all (no PIN, no
passphrase) anyone may set the first passphrase: encrypted beats plain.
The lock screen's wipe, offered after too many wrong passphrases, stays open
to anyone: it destroys and reveals nothing, and someone forced to hand the
laptop over must be able to use it.

The box gathers input only; the work goes to the lock controller the
running app put on the context (`ctx.protection`), because changing the
passphrase closes the database and rebuilds the window, and a wipe destroys
it. The two numbers live in `QSettings` beside the database.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.protection.attempts import DEFAULT_LIMIT
from app.services import roles
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.protection.passphrase_dialog import PassphraseDialog

IDLE_KEY = "protection/idle_minutes"
LIMIT_KEY = "protection/attempt_limit"
OFFERED_KEY = "protection/offered"
DEFAULT_IDLE_MINUTES = 5
LOCK_SHORTCUT = "Ctrl+Shift+L"


def idle_minutes(settings: QSettings) -> float:
    """Minutes without input before the auto-lock; 0 = never. Fractions allowed (tests)."""
    try:
        return max(0.0, float(settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES)))
    except (TypeError, ValueError):
        return float(DEFAULT_IDLE_MINUTES)


def attempt_limit(settings: QSettings) -> int:
    try:
        return max(1, int(settings.value(LIMIT_KEY, DEFAULT_LIMIT)))
    except (TypeError, ValueError):
        return DEFAULT_LIMIT



class ProtectionSettingsBox(Retranslating, QGroupBox):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.encrypted = ctx.db.encrypted
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.set_button, self.change_button = QPushButton(), QPushButton()
        self.remove_button, self.lock_button = QPushButton(), QPushButton()
        self.wipe_button = QPushButton()
        self.set_button.setVisible(not self.encrypted)
        self.change_button.setVisible(self.encrypted)
        self.remove_button.setVisible(self.encrypted)
        self.lock_button.setVisible(self.encrypted)
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setValue(round(idle_minutes(ctx.settings)))
        self.limit = QSpinBox()
        self.limit.setRange(1, 99)
        self.limit.setValue(attempt_limit(ctx.settings))
        self.idle_label, self.limit_label = QLabel(), QLabel()
        self.idle_label.setBuddy(self.idle)
        self.limit_label.setBuddy(self.limit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.rights_note = QLabel()
        self.rights_note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.set_button, self.change_button, self.remove_button,
                       self.lock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.wipe_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.idle_label, self.idle)
        form.addRow(self.limit_label, self.limit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.rights_note)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.set_button.clicked.connect(lambda: self.ask_passphrase("set"))
        self.change_button.clicked.connect(lambda: self.ask_passphrase("change"))
        self.remove_button.clicked.connect(lambda: self.ask_passphrase("remove"))
        self.lock_button.clicked.connect(self.lock_now)
        self.wipe_button.clicked.connect(self.wipe)
        self.idle.valueChanged.connect(lambda value: self._store(IDLE_KEY, value))
        self.limit.valueChanged.connect(lambda value: self._store(LIMIT_KEY, value))
        ctx.sig_user_changed.connect(self.update_rights)
        self.retranslate()
        self.update_rights()

    def update_rights(self) -> None:
        """The wipe and the passphrase buttons are a coordinator's."""
        coordinator = self.ctx.is_coordinator()
        # a first passphrase is anyone's to set while roles are not protected yet:
        # an encrypted laptop is better than a plain one, whoever encrypts it
        unprotected = not roles.protected(self.ctx.db)
        self.set_button.setVisible((coordinator or unprotected) and not self.encrypted)
        for button in (self.change_button, self.remove_button):
            button.setVisible(coordinator and self.encrypted)
        self.wipe_button.setVisible(coordinator)
        self.limit.setEnabled(coordinator)
        self.idle.setEnabled(coordinator)
        self.rights_note.setVisible(not coordinator)

    @property
    def controller(self):
        return getattr(self.ctx, "protection", None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Protection"))
        self.state.setText(
            self.tr("The data on this laptop is encrypted with a passphrase.")
            if self.encrypted else
            self.tr("The data on this laptop has no passphrase: anyone who has the laptop "
                    "can read the participants' names and codes."))
        self.set_button.setText(self.tr("Set &passphrase…"))
        self.change_button.setText(self.tr("Change &passphrase…"))
        self.remove_button.setText(self.tr("Remove passphrase…"))
        self.lock_button.setText(self.tr("Lock now"))
        self.lock_button.setToolTip(LOCK_SHORTCUT)
        self.wipe_button.setText(self.tr("Quick &wipe…"))
        self.rights_note.setText(self.tr(
            "Only a coordinator can wipe the data or change the passphrase here. If too many "
            "wrong passphrases are typed, the lock screen offers the wipe to anyone."))
        self.idle_label.setText(self.tr("Lock after &idle minutes"))
        self.idle.setAccessibleName(self.tr("Minutes without input before Fältbok locks"))
        self.idle.setSpecialValueText(self.tr("Never"))
        self.limit_label.setText(self.tr("Offer the wipe after &wrong passphrases"))
        self.limit.setAccessibleName(self.tr("Wrong passphrases before the wipe is offered"))
        self.set_button.setAccessibleName(self.tr("Set a passphrase"))
        self.change_button.setAccessibleName(self.tr("Change the passphrase"))
        self.remove_button.setAccessibleName(self.tr("Remove the passphrase"))
        self.wipe_button.setAccessibleName(self.tr("Quick wipe"))

    def _store(self, key: str, value: int) -> None:
        self.ctx.settings.setValue(key, value)
        if self.controller is not None:
            self.controller.settings_changed()

    def ask_passphrase(self, kind: str) -> None:
        self.message.clear()
        dialog = PassphraseDialog(kind, self)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted or self.controller is None:
            return
        problem = self.controller.change_protection(kind, dialog.old, dialog.new)
        if problem:  # the window was not rebuilt: this box still stands
            self.message.setText(problem)

    def lock_now(self) -> None:
        if self.controller is not None:
            self.controller.request_lock()

    def wipe(self) -> None:
        if self.controller is not None and self.ctx.is_coordinator():
            self.controller.ask_wipe()
