"""Asking for passphrases: the first-run offer, and set / change / remove in Settings.

Why a first-run dialog at all: a seized or lost laptop must not reveal who
came to a workshop. Without a passphrase anyone holding the laptop reads the
database with any SQLite tool, so the very first screen says so in plain
words and makes setting one the default button; continuing without stays
possible (a training at headquarters, a demo), and Settings offers it later.

The fields never leave this module as anything but the typed strings handed
to `ProtectionService` (first run) or to the lock controller (Settings),
which closes the database, converts it and opens it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.protection.service import ProtectionService
from app.services.data_folder import Database
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op
from app.ui.base.writer import writer_pool

MIN_LENGTH = 8
ERROR_STYLE = "color: #b00020;"


def passphrase_field() -> QLineEdit:
    """A line edit that shows dots and keeps the text away from input helpers."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                              | Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText)
    field.setMinimumWidth(280)
    return field


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class NewPassphraseFields(Retranslating, QWidget):
    """A new passphrase typed twice, with its check in words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.passphrase, self.confirm = passphrase_field(), passphrase_field()
        self.labels = [QLabel(), QLabel()]
        self.labels[0].setBuddy(self.passphrase)
        self.labels[1].setBuddy(self.confirm)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.labels[0], self.passphrase)
        form.addRow(self.labels[1], self.confirm)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("New &passphrase"))
        self.labels[1].setText(self.tr("&Repeat it"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.passphrase.setPlaceholderText(
            self.tr("At least %n character(s)", "", MIN_LENGTH))

    def problem(self) -> str | None:
        """What is wrong with the typed pair, in words; None if it will do."""
        text = self.passphrase.text()
        if not text:
            return self.tr("Type a passphrase.")
        if len(text) < MIN_LENGTH:
            return self.tr("Use at least %n character(s): a short passphrase is guessed "
                           "quickly.", "", MIN_LENGTH)
        if text != self.confirm.text():
            return self.tr("The two passphrases differ. Type the same one twice.")
        return None

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()


class FirstRunDialog(Retranslating, QDialog):
    """The first start on this laptop: protect the participants with a passphrase?

    Accepted with `database` open: encrypted if a passphrase was set, plain if
    the user chose to continue without. `existing` says the folder already
    holds a fresh plain database (made by `faltbok init`), which is then
    encrypted in place rather than created.
    """

    def __init__(self, service: ProtectionService, existing: bool = False, parent=None):
        super().__init__(parent)
        self.service, self.existing = service, existing
        self.database: Database | None = None
        self.heading, self.why = QLabel(), QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.why.setWordWrap(True)
        self.fields = NewPassphraseFields()
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.set_button = QPushButton()
        self.set_button.setDefault(True)
        self.without_button = QPushButton()
        self.without_button.setAutoDefault(False)
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.without_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.set_button.clicked.connect(self.set_passphrase)
        self.without_button.clicked.connect(self.continue_without)
        self.fields.confirm.returnPressed.connect(self.set_passphrase)
        self.fields.passphrase.returnPressed.connect(self.fields.confirm.setFocus)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # room for any language
        layout.addWidget(self.heading)
        layout.addWidget(self.why)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.fields.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Protect this laptop's data"))
        self.heading.setText(self.tr("Protect the participants with a passphrase"))
        self.why.setText(self.tr(
            "Fältbok will hold the names and codes of people who came to your workshops. "
            "If this laptop is lost or seized, whoever has it must not learn who they are. "
            "With a passphrase, everything Fältbok stores is encrypted and opens only "
            "with it.\n\nChoose one you can remember: nobody, not even headquarters, can "
            "recover the data without it. You can also set it later in Settings."))
        self.set_button.setText(self.tr("&Set passphrase"))
        self.without_button.setText(self.tr("Continue &without a passphrase"))
        if self.isVisible():  # the explanation's height changes with the language
            QTimer.singleShot(0, self.adjustSize)

    def set_passphrase(self) -> None:
        problem = self.fields.problem()
        if problem is not None:
            self.error.setText(problem)
            return
        self._open(self.fields.passphrase.text())

    def continue_without(self) -> None:
        self._open(None)

    def _open(self, passphrase: str | None) -> None:
        self.error.clear()
        self.fields.clear()
        self.setEnabled(False)
        service, existing = self.service, self.existing

        def work() -> Database:
            if not existing:
                return service.create(passphrase)
            if passphrase:
                service.set_passphrase(passphrase)
            return service.unlock(passphrase)

        Op(self, work).success(self._opened).failure(self._failed).run_in_background(
            writer_pool())  # creates or encrypts the database: the one writer's work

    def _opened(self, database: Database) -> None:
        self.database = database
        self.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.error.setText(self.tr("Fältbok could not prepare its database: {error}")
                           .format(error=error))
        self.fields.passphrase.setFocus()


class PassphraseDialog(Retranslating, QDialog):
    """Settings: set a passphrase later, change it, or remove it.

    `kind` is "set", "change" or "remove". Accepted with `old` (the current
    passphrase, for change and remove) and `new` (for set and change); the
    lock controller does the work, since the database must be closed for it.
    """

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.old: str | None = None
        self.new: str | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.current = passphrase_field()
        self.current_label = QLabel()
        self.current_label.setBuddy(self.current)
        self.fields = NewPassphraseFields()
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.current_label, self.current)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.current.setVisible(kind != "set")
        self.current_label.setVisible(kind != "set")
        self.fields.setVisible(kind != "remove")
        self.setMinimumWidth(480)
        self.retranslate()
        (self.fields.passphrase if kind == "set" else self.current).setFocus()

    def retranslate(self) -> None:
        titles = {"set": self.tr("Set a passphrase"), "change": self.tr("Change the passphrase"),
                  "remove": self.tr("Remove the passphrase")}
        intros = {
            "set": self.tr("Everything Fältbok stores on this laptop will be encrypted and "
                           "open only with this passphrase. Nobody can recover the data "
                           "without it."),
            "change": self.tr("The database, its backups and this device's keys are "
                              "encrypted again under the new passphrase. The old one "
                              "stops working."),
            "remove": self.tr("Without a passphrase anyone who has this laptop can read the "
                              "names and codes of participants. Remove it only if the "
                              "laptop never leaves a safe place."),
        }
        self.setWindowTitle(titles[self.kind])
        self.intro.setText(intros[self.kind])
        self.current_label.setText(self.tr("&Current passphrase"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText({"set": self.tr("&Set passphrase"), "change": self.tr("&Change passphrase"),
                    "remove": self.tr("&Remove passphrase")}[self.kind])

    def check(self) -> None:
        if self.kind != "set" and not self.current.text():
            self.error.setText(self.tr("Type the current passphrase."))
            self.current.setFocus()
            return
        if self.kind != "remove":
            problem = self.fields.problem()
            if problem is not None:
                self.error.setText(problem)
                self.fields.passphrase.setFocus()
                return
        self.old = self.current.text() if self.kind != "set" else None
        self.new = self.fields.passphrase.text() if self.kind != "remove" else None
        self.current.clear()
        self.fields.clear()
        self.accept()
