"""The one warning before a file is written outside the protected data folder.

Exports that may hold names or figures (attendance sheets, reports, IATI, rejected
roster rows) are written in clear wherever the person chooses; outside Fältbok's
data folder the wipe cannot reach them (docs/protection.md). Cancel is the default
and Escape cancels, so Enter never writes there by accident.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def warn_outside(parent: QWidget, path: str, write: Callable[[], None],
                 closed: Callable[[], None] = lambda: None) -> QMessageBox:
    """Open (window-modal) the warning for `path`; `write()` runs only if the person
    chooses to save there anyway; `closed()` runs when the box goes, either way.
    Returns the open box (tests press its buttons)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
                          "OutsideWarning", "Outside the protected folder"),
                      QCoreApplication.translate(
                          "OutsideWarning", "This file will be written outside Fältbok's "
                          "protected folder, in clear; anyone with the laptop can read it. "
                          "The quick wipe will not destroy it."),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(path)
    save = box.addButton(QCoreApplication.translate("OutsideWarning", "Save there anyway"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        closed()
        if box.clickedButton() is save:
            write()

    box.finished.connect(answered)
    box.open()
    return box
