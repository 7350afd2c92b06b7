"""Asking for the coordinator PIN (or the passphrase), and setting the PIN.

The dialogs gather text only; `roles` in the services decides (and counts
wrong attempts); the user picker (`users.py`) words its refusals.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.services import roles
from app.ui.base.i18n import Retranslating


class SecretDialog(Retranslating, QDialog):
    """The coordinator PIN or the passphrase, before a role is raised."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.label = QLabel()
        self.label.setBuddy(self.secret)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.label, self.secret)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.secret.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Coordinator PIN"))
        self.intro.setText(self.tr("A coordinator's rights are protected on this laptop. "
                                   "Type the coordinator PIN or the passphrase."))
        self.label.setText(self.tr("&PIN or passphrase"))
        self.secret.setAccessibleName(self.tr("Coordinator PIN or passphrase"))

    @property
    def value(self) -> str:
        return self.secret.text()


class SetPinDialog(Retranslating, QDialog):
    """A new coordinator PIN, typed twice."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.pin, self.again = QLineEdit(), QLineEdit()
        for edit in (self.pin, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(), QLabel()]
        self.labels[0].setBuddy(self.pin)
        self.labels[1].setBuddy(self.again)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.labels[0], self.pin)
        form.addRow(self.labels[1], self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.pin.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set the coordinator PIN"))
        self.intro.setText(self.tr(
            "Becoming a coordinator, or making someone one, will need this PIN or the "
            "passphrase. At least {n} characters; tell it only to coordinators.").format(
            n=roles.MIN_PIN_LENGTH))
        self.labels[0].setText(self.tr("New &PIN"))
        self.labels[1].setText(self.tr("PIN &again"))
        self.pin.setAccessibleName(self.tr("New coordinator PIN"))
        self.again.setAccessibleName(self.tr("New coordinator PIN again"))

    def check(self) -> None:
        if len(self.pin.text()) < roles.MIN_PIN_LENGTH:
            self.error.setText(self.tr("The PIN needs at least {n} characters.").format(
                n=roles.MIN_PIN_LENGTH))
        elif self.pin.text() != self.again.text():
            self.error.setText(self.tr("The two PINs differ."))
        else:
            self.accept()

    @property
    def value(self) -> str:
        return self.pin.text()
