"""Enrol a laptop: its name, scope and the hub it uses; the enrolment file saved to
a stick; then the facts to check by eye (a QR code of the hub address and
headquarters' key fingerprint) and the one-time secret, shown this once.

The secret is in the file already; it is shown so a coordinator can read it
out if a file is lost in transit, and it is cleared from the dialog when it
closes: headquarters never shows it again (it forgets it once the laptop's
first package proves it, docs/sync.md §1).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.limits import max_length
from app.sync import hq_service
from app.ui.base.context import AppContext
from app.ui.base.writer import WriteOp
from app.ui.hq import hq_words
from app.ui.hq.qr import qr_pixmap
from app.ui.sync.sync_actions import NotCoordinatorError
from app.ui.sync.sync_state import may_resolve

HUB_KEY = "hq/hub_url"
FOLDER_KEY = "hq/enrol_folder"


def _enrol(db, name: str, path: str, scope: str, hub: str):
    if not may_resolve(db):
        raise NotCoordinatorError
    return hq_service.enrol(db, name, path, scope=scope, hub=hub)


def grouped(secret: str, size: int = 8) -> str:
    """The secret in groups of eight hex digits: it wraps, and reads aloud in pieces."""
    return " ".join(secret[i:i + size] for i in range(0, len(secret), size))


class EnrolDialog(QDialog):
    sig_enrolled = Signal(object)  # hq_service.Enrolled

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.enrolled: hq_service.Enrolled | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(560)  # room for a hub address and a fingerprint
        self.retranslate()

    # -- first page: what to enrol ----------------------------------------------
    def _form_page(self) -> QWidget:
        page = QWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(max_length("device", "name") or 200)
        self.scope = QLineEdit("all")
        self.hub = QLineEdit(str(self.ctx.settings.value(HUB_KEY, "")))
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.browse.setAutoDefault(False)  # Enter enrols; it never opens a file dialog
        self.browse.clicked.connect(self.choose_path)
        self.name.textChanged.connect(self._suggest_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.name, self.scope, self.hub), strict=False):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.labels[3].setBuddy(self.path)
        self.form.addRow(self.labels[3], where)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.problem.setProperty("fb_data", "data")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.enrol_button.setDefault(True)  # Enter enrols (Esc cancels)
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(page)
        column.addWidget(self.intro)
        column.addLayout(self.form)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        return page

    def _suggest_path(self, name: str) -> None:
        if self.path.isModified():
            return
        folder = Path(str(self.ctx.settings.value(FOLDER_KEY, str(Path.home()))))
        self.path.setText(str(folder / hq_service.enrol_file_name(name)) if name.strip()
                          else "")

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the enrolment file"), self.path.text(),
            self.tr("Enrolment files (*.enrol);;All files (*)"))
        if path:
            self.path.setText(path)
            self.path.setModified(True)

    # -- second page: what to check, once ------------------------------------------
    def _done_page(self) -> QWidget:
        page = QWidget()
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setProperty("fb_data", "data")
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.facts = QFormLayout()
        self.fact_names = [QLabel() for _ in range(3)]
        self.fact_values = [QLabel() for _ in range(3)]
        for name, value in zip(self.fact_names, self.fact_values, strict=True):
            value.setProperty("fb_data", "data")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.facts.addRow(name, value)
        self.fact_values[2].setStyleSheet("font-family: monospace; font-weight: bold;")
        self.fact_values[1].setStyleSheet("font-family: monospace;")
        self.once = QLabel()
        self.once.setWordWrap(True)
        self.done_button = QPushButton()
        self.done_button.setAutoDefault(False)  # until its page is shown
        self.done_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        column = QVBoxLayout(page)
        column.addWidget(self.saved)
        columns = QHBoxLayout()
        columns.addWidget(self.qr)
        text = QVBoxLayout()
        text.addWidget(self.check)
        text.addLayout(self.facts)
        text.addWidget(self.once)
        text.addStretch(1)
        columns.addLayout(text, 1)
        column.addLayout(columns)
        column.addLayout(row)
        return page

    # -- doing it ------------------------------------------------------------------
    def enrol(self) -> None:
        if not self.path.text().strip():
            self.show_problem(self.tr("Choose where to save the enrolment file."))
            self.path.setFocus()
            return
        db = self.ctx.db
        name, path = self.name.text(), self.path.text().strip()
        scope, hub = self.scope.text(), self.hub.text()
        self.enrol_button.setEnabled(False)
        WriteOp(self.ctx, lambda: _enrol(db, name, path, scope, hub), parent=self).changes(
            "sync").success(self._enrolled).failure(self._refused).run_in_background()

    def _refused(self, error: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        if isinstance(error, NotCoordinatorError):
            self.show_problem(self.tr("Only a coordinator can do this."))
        else:
            self.show_problem(hq_words.refusal(error))
        self.name.setFocus()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _enrolled(self, enrolled: hq_service.Enrolled) -> None:
        self.enrolled = enrolled
        if enrolled.hub:
            self.ctx.settings.setValue(HUB_KEY, enrolled.hub)
        self.ctx.settings.setValue(FOLDER_KEY, str(enrolled.path.parent))
        self.qr.setPixmap(qr_pixmap(enrolled.qr_text(), 5))
        self.qr.setAccessibleName(self.tr("QR code of the hub address and the key "
                                          "fingerprint"))
        self.fact_values[0].setText(enrolled.hub or self.tr("(none: packages travel by hand)"))
        self.fact_values[1].setText(enrolled.fingerprint)
        self.fact_values[2].setText(grouped(enrolled.secret))
        self.pages.setCurrentIndex(1)
        self.done_button.setDefault(True)
        self.retranslate()
        self.resize(max(self.width(), 720), self.height())
        self.adjustSize()  # the second page is taller: nothing of the secret may be cut
        self.done_button.setFocus()
        self.sig_enrolled.emit(enrolled)

    def done(self, result: int) -> None:
        """The secret leaves the screen with the dialog, never to be shown again."""
        self.fact_values[2].clear()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol a laptop"))
        self.intro.setText(self.tr(
            "Headquarters writes an enrolment file for the new laptop. Carry it on a USB "
            "stick and import it on the laptop (Sync ▸ Import). The scope says what the "
            "laptop may hold: all, or country:CODE and partner:ID items."))
        for label, text in zip(self.labels, (
                self.tr("Laptop &name"), self.tr("&Scope"), self.tr("&Hub address (optional)"),
                self.tr("Save &to")), strict=True):
            label.setText(text)
        self.hub.setPlaceholderText(self.tr("https://hq.example.org"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.browse.setText(self.tr("&Browse…"))
        self.enrol_button.setText(self.tr("&Enrol and save"))
        self.done_button.setText(self.tr("&Done"))
        self.check.setText(self.tr(
            "On the laptop, after importing the file, the Sync page shows the same hub "
            "address and key fingerprint: compare them, or scan this code."))
        for label, text in zip(self.fact_names, (
                self.tr("Hub address"), self.tr("Headquarters key"),
                self.tr("One-time secret")), strict=True):
            label.setText(text)
        self.once.setText(self.tr(
            "The one-time secret is in the file and is shown only now: headquarters will not "
            "show it again. Keep the file safe until the laptop has sent its first package."))
        if self.enrolled is not None:
            self.saved.setText(self.tr("Enrolment file for “{name}” saved to {path}.").format(
                name=self.enrolled.name, path=self.enrolled.path))
