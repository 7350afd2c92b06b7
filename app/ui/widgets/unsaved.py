"""The one question asked before an unsaved edit would be left: Save, Discard or Cancel.

Every way out of a form (another row, another tab or section, a new record,
quitting) asks through `ask`, so the sentence is the same everywhere and names
the record, never a person: a participant is named by code. The dialog is a
plain `QMessageBox` run modally; a test answers it by finding it as the
application's active modal widget and pressing its buttons.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


translate = QCoreApplication.translate


def question(parent: QWidget | None, name: str | None, list_title: str) -> QMessageBox:
    """The dialog, built but not shown: `name` is the record's label, None for a new one."""
    box = QMessageBox(parent)
    box.setObjectName("unsaved_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("UnsavedQuestion", "Unsaved changes"))
    if name:
        box.setText(translate("UnsavedQuestion",
                              "Your changes to “{name}” are not saved yet.").format(name=name))
    else:
        box.setText(translate("UnsavedQuestion",
                              "The new record in “{list}” is not saved yet.").format(
            list=list_title))
    box.setInformativeText(translate(
        "UnsavedQuestion",
        "Save them and go on, discard them and go on, or cancel to keep editing."))
    role = QMessageBox.ButtonRole
    for key, text, button_role in (
            ("save", translate("UnsavedQuestion", "&Save"), role.AcceptRole),
            ("discard", translate("UnsavedQuestion", "&Discard"), role.DestructiveRole),
            ("cancel", translate("UnsavedQuestion", "Cancel"), role.RejectRole)):
        button = box.addButton(text, button_role)
        button.setObjectName(key)
        if key == "save":
            box.setDefaultButton(button)
        elif key == "cancel":
            box.setEscapeButton(button)
    return box


def ask(parent: QWidget | None, name: str | None, list_title: str) -> Answer:
    """Ask and wait for the answer; closing the dialog any other way is Cancel."""
    box = question(parent, name, list_title)
    box.exec()
    clicked = box.clickedButton()
    answer = {"save": Answer.SAVE, "discard": Answer.DISCARD}.get(
        clicked.objectName() if clicked is not None else "", Answer.CANCEL)
    box.deleteLater()
    if parent is not None:  # the keys go back to the window (X without a window manager
        parent.window().activateWindow()  # leaves no window active after a dialog)
    return answer
