"""Taking attendance at the door: the intern's page, driven from the keyboard.

Today's session opens by itself (`session_picker`); pick another training
(Alt+T) or session (Alt+S) and a line says it is not today's. The cursor
waits in the code box. Type part of a code (or of a name, for roles that may
see names, after Ctrl+Shift+N revealed them) and press Enter: the one matching
participant is marked present (someone already present is said so, nothing
is written). Arrow keys move in the roster, Space toggles; letters and digits
typed in the roster go on in the code box. Ctrl+N opens the walk-in form:
Enter creates the participant, puts them on the roster and marks them
present, all in one transaction; Esc closes it. The counts by gender and age
band follow every mark. Every mark, walk-in and completion is written by the
one writer (`WriteOp`): a mark shows at once and is taken back only if the
write fails. Each is one step on the undo stack (`attendance_undo`), undone
by the ids it wrote. Ctrl+Shift+C asks, then marks the session complete;
Ctrl+P prints the filled sheet, Ctrl+Shift+P a blank one (`sheet_export`: asks
about names, warns outside the data folder, audits).

This module is the page itself: its widgets, their words, its keys, the
session chosen, the sheet's contents and the import dialog. What the keys
write, and what the feedback line says of it, is `attendance_marks`; reading
the roster, the counts and the names (and reading them again when they went
stale) is `attendance_roster`. Both are handed this page and do not import it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.attendance.attendance_marks import DoorMarks
from app.ui.attendance.attendance_parts import CountsWidget, RosterView, WalkInWidget
from app.ui.attendance.attendance_roster import RosterShown
from app.ui.attendance.roster_import_dialog import RosterImportDialog
from app.ui.attendance.roster_model import RosterTableModel
from app.ui.attendance.session_picker import DONE, SessionPickerWidget
from app.ui.attendance.sheet import SheetData
from app.ui.attendance.sheet_export import SheetExport
from app.ui.base import words
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.shortcuts import local_shortcut


class AttendancePage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.marks = DoorMarks(self)  # what the keys write
        self.roster = RosterShown(self)  # what the roster shows
        self.picker = SessionPickerWidget(ctx)
        self.counts = CountsWidget()
        self.entry = QLineEdit()
        self.entry_label = QLabel()
        self.entry_label.setBuddy(self.entry)
        self.feedback = QLabel()
        self.feedback.setProperty("fb_data", "data")
        self.model = RosterTableModel(self)
        self.view = RosterView(self.marks.toggle, self.type_in_entry)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):  # code and name take the room left by the short columns
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self.marks.toggle(index.row()))
        self.walk_in = WalkInWidget(self.marks.add_walk_in, self.entry)
        self.sheet_export = SheetExport(
            self, self.sheet_data, lambda: [row.participant_id for row in self.model.rows],
            lambda path: self.feedback.setText(
                self.tr("Saved the sheet as {path}.").format(path=path)))
        self.buttons = {key: QPushButton() for key in
                        ("walk_in", "names", "complete", "print", "blank", "import")}
        self.buttons["import"].clicked.connect(self.open_import)
        self.buttons["walk_in"].clicked.connect(self.open_walk_in)
        self.buttons["names"].clicked.connect(self.show_names)
        self.buttons["complete"].clicked.connect(self.marks.complete)
        self.buttons["print"].clicked.connect(lambda: self.print_sheet(filled=True))
        self.buttons["blank"].clicked.connect(lambda: self.print_sheet(filled=False))
        mark = QHBoxLayout()
        mark.addWidget(self.entry_label)
        mark.addWidget(self.entry, 1)
        mark.addWidget(self.buttons["walk_in"])
        left = QVBoxLayout()
        left.addLayout(mark)
        left.addWidget(self.feedback)
        left.addWidget(self.walk_in)
        left.addWidget(self.view, 1)
        side = QVBoxLayout()  # the actions under the counts: a row of four is too wide
        side.addWidget(self.counts)  # in Russian at 1024 px
        side.addStretch(1)
        for key in ("names", "complete", "import", "blank", "print"):
            side.addWidget(self.buttons[key])
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.picker.notice)
        layout.addLayout(body, 1)

        self.picker.sig_session_chosen.connect(self._session_chosen)
        self.entry.returnPressed.connect(self.marks.mark_entry)
        self.entry.installEventFilter(self)
        local_shortcut(self, "Ctrl+N", self.open_walk_in)
        local_shortcut(self, "Ctrl+Shift+N", self.show_names)
        local_shortcut(self, "Ctrl+Shift+C", self.marks.complete)
        local_shortcut(self, "Ctrl+P", lambda: self.print_sheet(filled=True))
        local_shortcut(self, "Ctrl+Shift+P", lambda: self.print_sheet(filled=False))
        local_shortcut(self, "Ctrl+L", self.entry.setFocus)
        local_shortcut(self, "attendance.import", self.open_import)
        ctx.sig_changes.connect(self.roster.changed)
        ctx.sig_user_changed.connect(self.roster.user_changed)
        self.setTabOrder(self.picker.session, self.entry)
        self.setTabOrder(self.entry, self.view)
        self.retranslate()
        self.picker.load_trainings()

    # -- language ------------------------------------------------------------
    def retranslate(self) -> None:
        self.feedback.clear()  # a sentence in the language just left
        self.entry_label.setText(self.tr("&Code"))
        self.entry.setAccessibleName(self.tr("Code or name to mark present"))
        self.entry.setPlaceholderText(self.tr("Type part of a code and press Enter"))
        self.view.setAccessibleName(self.tr("Roster"))
        texts = {"walk_in": (self.tr("Walk-in…"), self.tr("Add someone not on the roster "
                                                           "(Ctrl+N)")),
                 "names": (self.tr("Show names"), self.tr("Show participants' names "
                                                          "(Ctrl+Shift+N)")),
                 "complete": (self.tr("Mark session complete"), self.tr("Ctrl+Shift+C")),
                 "print": (self.tr("Print filled sheet…"), self.tr("Save the sheet with who was "
                                                                   "present as PDF (Ctrl+P)")),
                 "import": (self.tr("Import list…"), self.tr("Put a partner's list (Excel, "
                                                             "CSV, Kobo) on this roster "
                                                             "(Ctrl+Shift+I)")),
                 "blank": (self.tr("Print blank sheet…"), self.tr("Save an empty sheet to fill "
                                                                  "in by hand (Ctrl+Shift+P)"))}
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.walk_in.retranslate()
        self.model.retranslate()
        self.roster.show_names_state()

    # -- choosing ------------------------------------------------------------
    @property
    def training_id(self) -> str | None:
        return self.picker.training_id

    @property
    def session_id(self) -> str | None:
        return self.picker.session_id

    def _session_chosen(self) -> None:
        if self.session_id != getattr(self, "_feedback_session", None):
            self.feedback.clear()  # it spoke of the session left behind
        self._feedback_session = self.session_id  # (a reload of the same one keeps it)
        self.roster.session_chosen()

    # -- roster and marks (`attendance_roster`, `attendance_marks`) -----------
    @property
    def names_shown(self) -> bool:
        return self.roster.names_shown

    def show_names(self) -> None:
        self.roster.show_names()

    def set_present(self, row: int, present: bool) -> None:
        self.marks.set_present(row, present)

    # -- keys and focus ------------------------------------------------------

    def type_in_entry(self, text: str) -> None:
        """Letters and digits typed in the roster go on in the code box: the
        type-a-code, Enter loop never breaks because focus was in the list."""
        self.entry.setFocus()
        self.entry.insert(text)

    def open_walk_in(self) -> None:
        """The walk-in form, with the code typed so far (it matched no one)."""
        self.walk_in.open_form(self.entry.text().strip())
        self.entry.clear()

    def back_to_entry(self) -> None:
        """After a question the window is active again with the cursor in the code
        box (without a window manager nothing else would give it back)."""
        self.window().activateWindow()
        self.entry.setFocus()

    def showEvent(self, event) -> None:
        self.roster.refresh()
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.entry and event.type() == QEvent.Type.ShortcutOverride
                and not self.entry.text()
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo)
                     or event.keyCombination().toCombined() == QKeySequence("Ctrl+Shift+Z")[0]
                     .toCombined())):
            return True  # an empty code box has nothing to undo: Ctrl+Z undoes the last mark
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rows:
                self.view.setFocus()
                return False
        return super().eventFilter(watched, event)

    # -- printing ------------------------------------------------------------
    def sheet_data(self, filled: bool, names: dict[str, str] | None = None) -> SheetData:
        """The sheet's words and rows; a name only for the ids in `names`."""
        names = names or {}
        return SheetData(
            title=self.tr("Attendance sheet"),
            training=self.picker.training.currentText(),
            session=self.picker.session.currentText().removesuffix(DONE),
            headers=(self.tr("No."), words.field_label("code"), words.field_label("name"),
                     words.field_label("present"), self.tr("Signature")),
            rows=[(row.code, names.get(row.participant_id, ""), bool(row.present))
                  for row in self.model.rows],
            filled=filled,
            footer=self.tr("Present: {present} of {total}"),
        )

    def print_sheet(self, filled: bool, path: str | None = None,
                    names: bool = False) -> str | None:
        """Without `path`: ask about names, then where (`sheet_export`). With a path
        (tests, scripts): write there at once, names only if asked and allowed."""
        if self.session_id is None:
            return None
        if path is None:
            self.sheet_export.start(filled)
            return None
        self.sheet_export.save(filled, path, names)
        return path

    # -- a partner's list ------------------------------------------------------
    def open_import(self) -> RosterImportDialog | None:
        """The import dialog for the training chosen (window-modal); its import is one
        step on the undo stack, and the roster shows it at once."""
        if self.training_id is None:
            return None
        dialog = RosterImportDialog(self.ctx, self.training_id,
                                    self.picker.training.currentText(), self.marks.say, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.back_to_entry)
        self.import_dialog = dialog
        dialog.open()
        dialog.activateWindow()
        dialog.choose.setFocus()
        return dialog
