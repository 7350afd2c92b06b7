"""Quick wipe: say plainly what will be lost, ask once, and afterwards say what was.

The wipe itself is the core's (`ProtectionService.wipe`: keys, database, WAL,
journal, backups, bundles). What these screens add is the honest account:
before confirming, the changes headquarters has not acknowledged, counted by
kind of record; after wiping, the same from the core's report. On the
unlock screen the database is locked, so they cannot be counted: the dialog
says so rather than showing a reassuring zero.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.protection.service import ProtectionService
from app.protection.wipe import WipeReport
from app.ui.base import words
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op

translate = QCoreApplication.translate


def kind_title(table: str) -> str:
    """A change-log table name in words, for the lists below."""
    if table == "audit_event":
        return translate("WipeDialog", "Audit trail entries")
    return words.entity_title(table)


def counts_text(counts: dict[str, int]) -> str:
    """One line per kind of record: "Participants: 12"."""
    return "\n".join(f"• {kind_title(table)}: {words.format_number(count)}"
                     for table, count in sorted(counts.items(), key=lambda kv: kind_title(kv[0])))


def report_text(report: WipeReport) -> str:
    """What the finished wipe lost, in words."""
    files, lost = report.files_destroyed, report.total_unacknowledged  # plain names: lupdate
    done = translate("WipeDialog", "Fältbok destroyed its data on this laptop (%Ln file(s)).", "",
                     files)
    if not report.counted:
        return done + "\n\n" + translate(
            "WipeDialog", "The database was locked, so Fältbok could not count the changes "
            "headquarters had not acknowledged. Anything not yet synced is lost.")
    if not report.unacknowledged:
        return done + "\n\n" + translate(
            "WipeDialog", "Headquarters had acknowledged every change: nothing unsent was lost.")
    return done + "\n\n" + translate(
        "WipeDialog", "These %Ln change(s) had not been acknowledged by headquarters and are "
        "lost:", "", lost) + "\n" + counts_text(report.unacknowledged)


class WipeDialog(Retranslating, QDialog):
    """Asks once, after showing what headquarters has not acknowledged."""

    def __init__(self, service: ProtectionService, parent=None):
        super().__init__(parent)
        self.service = service
        self.counts: dict[str, int] | None = None
        self.counted = False
        self.heading, self.what, self.loss = QLabel(), QLabel(), QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold; color: #b00020;")
        for label in (self.what, self.loss):
            label.setWordWrap(True)
        self.loss.setProperty("fb_data", "data")  # record counts, translated piecewise
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.wipe_button = QPushButton()
        self.wipe_button.setAutoDefault(False)
        self.wipe_button.setStyleSheet("color: #b00020; font-weight: bold;")
        self.buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.wipe_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.heading)
        layout.addWidget(self.what)
        layout.addWidget(self.loss)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        cancel.setFocus()
        QTimer.singleShot(0, self.adjustSize)
        Op(self, service.unacknowledged_changes).success(self._counted).run_in_background()

    def _counted(self, counts: dict[str, int] | None) -> None:
        self.counts, self.counted = counts, True
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Wipe all data"))
        self.heading.setText(self.tr("Wipe all Fältbok data from this laptop?"))
        self.what.setText(self.tr(
            "This destroys the database, its backups, exported sync packages and this "
            "device's keys at once. It cannot be undone, and the passphrase will not bring "
            "anything back."))
        if self.isVisible():  # wrapped texts change height with the counts and the language
            QTimer.singleShot(0, self.adjustSize)
        self.wipe_button.setText(self.tr("&Wipe everything"))
        self.wipe_button.setAccessibleName(self.tr("Wipe everything"))
        if not self.counted:
            self.loss.setText(self.tr("Counting the changes headquarters has not yet "
                                      "acknowledged…"))
        elif self.counts is None:
            self.loss.setText(self.tr(
                "The database is locked, so Fältbok cannot count the changes headquarters "
                "has not yet acknowledged. Anything not yet synced will be lost."))
        elif not self.counts:
            self.loss.setText(self.tr("Headquarters has acknowledged every change made on "
                                      "this laptop: nothing unsent will be lost."))
        else:
            total = sum(self.counts.values())
            self.loss.setText(self.tr(
                "Headquarters has not yet acknowledged these %Ln change(s). They will be lost:",
                "", total) + "\n" + counts_text(self.counts))


def wipe_done_box(report: WipeReport, parent=None) -> QMessageBox:
    """The account after the wipe; the caller shows it (`open()`) and quits when it closes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("WipeDialog", "Data wiped"))
    box.setText(report_text(report))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def wipe_failed_box(error: BaseException, parent=None) -> QMessageBox:
    """The wipe stopped part-way: say so, so the user can try again or destroy the disk."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("WipeDialog", "Wipe incomplete"))
    box.setText(translate("WipeDialog", "The wipe did not finish: {error}. Some files may "
                          "remain; try again.").format(error=error))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
