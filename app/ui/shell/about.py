"""Help ▸ About Fältbok: what a person asking for help must tell us.

Version, where the data folder is, whether the database is encrypted, this
device's id and the versions of what the app runs on, and the licences of what
it bundles (resources/licenses/). "Copy for a support request" puts the facts
on the clipboard as plain lines, to paste into a message: nothing of the data
itself (no names, no passphrase) is in them.
"""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app import resources
from app.ui.base.app_icon import app_icon
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating


class AboutDialog(Retranslating, QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.icon = QLabel()
        self.icon.setPixmap(app_icon().pixmap(96, 96))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for key in ("version", "folder", "database", "device", "runs_on"):
            self.labels[key], self.values[key] = QLabel(), QLabel()
            self.values[key].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key].setWordWrap(key in ("folder", "runs_on"))  # the long ones
            self.form.addRow(self.labels[key], self.values[key])
        self.licences_heading = QLabel()
        self.licences = QPlainTextEdit()
        self.licences.setReadOnly(True)
        self.licences.setPlainText(_notice_text())
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licences.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # it is laid out
        self.licences.setMinimumHeight(140)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_for_support)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_licences)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        heading.addLayout(self.form)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences_heading)
        layout.addWidget(self.licences, 1)
        layout.addWidget(self.buttons)
        self.setWindowIcon(app_icon())
        self.resize(680, 560)
        self.retranslate()

    def retranslate(self) -> None:
        db = self.ctx.db
        self.setWindowTitle(self.tr("About Fältbok"))
        self.title.setText(self.tr("Fältbok"))
        self.summary.setText(self.tr("Offline field data for Centralasiengrupperna. "
                                     "Free software under the GNU GPL, version 3 or later."))
        words = {
            "version": (self.tr("Version:"), resources.app_version()),
            "folder": (self.tr("Data folder:"), str(db.paths.root)),
            "database": (self.tr("Database:"),
                         self.tr("encrypted with a passphrase (SQLCipher)") if db.encrypted
                         else self.tr("not encrypted (no passphrase set)")),
            "device": (self.tr("Device:"), db.device_id),
            "runs_on": (self.tr("Runs on:"), _runs_on()),
        }
        for key, (label, value) in words.items():
            self.labels[key].setText(label)
            self.values[key].setText(value)
        self.licences_heading.setText(self.tr("Licences of the app and what it bundles:"))
        self.copy_button.setText(self.tr("&Copy for a support request"))
        self.folder_button.setText(self.tr("Open the &licences folder"))
        # as wide as the new language's labels and buttons need, never narrower
        self.layout().activate()
        self.resize(max(self.width(), self.minimumSizeHint().width()), self.height())

    def support_text(self) -> str:
        """The facts shown, as plain lines (label and value) to paste into a message."""
        lines = [f"{self.title.text()} {resources.app_version()}"]
        lines += [f"{self.labels[key].text()} {self.values[key].text()}"
                  for key in self.labels]
        return "\n".join(lines) + "\n"

    def copy_for_support(self) -> None:
        QGuiApplication.clipboard().setText(self.support_text())
        self.copy_button.setText(self.tr("Copied"))

    def open_licences(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(resources.resources_dir()
                                                        / "licenses")))


def _notice_text() -> str:
    """resources/licenses/NOTICE.txt (in English: a legal text is not translated)."""
    try:
        return resources.resource("licenses", "NOTICE.txt").read_text(encoding="utf-8")
    except (resources.ResourcesMissingError, OSError) as error:
        return str(error)


def _runs_on() -> str:
    frozen = ", frozen" if resources.is_frozen() else ""
    return (f"Qt {qVersion()}, PySide6 {pyside_version}, Python {platform.python_version()}"
            f"{frozen}; {platform.system()} {platform.release()} ({platform.machine()})"
            f"{'' if sys.maxsize > 2**32 else ', 32-bit'}")
