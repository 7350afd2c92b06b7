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
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import privacy
from app.services.attendance_steps import AttendanceStep
from app.services.errors import ServiceError, ValidationError
from app.ui.attendance.attendance_parts import CountsWidget, RosterView, WalkInWidget
from app.ui.attendance.attendance_undo import push_step
from app.ui.attendance.roster_import_dialog import RosterImportDialog
from app.ui.attendance.roster_model import RosterTableModel, roster_rows
from app.ui.attendance.session_picker import DONE, SessionPickerWidget
from app.ui.attendance.sheet import SheetData
from app.ui.attendance.sheet_export import SheetExport
from app.ui.base import failures, words
from app.ui.base.changes import OpChanges
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op
from app.ui.base.shortcuts import local_shortcut
from app.ui.base.writer import WriteOp


class AttendancePage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.names_shown = False
        self.picker = SessionPickerWidget(ctx)
        self.counts = CountsWidget()
        self.entry = QLineEdit()
        self.entry_label = QLabel()
        self.entry_label.setBuddy(self.entry)
        self.feedback = QLabel()
        self.feedback.setProperty("fb_data", "data")
        self.model = RosterTableModel(self)
        self.view = RosterView(self.toggle, self.type_in_entry)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):  # code and name take the room left by the short columns
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self.toggle(index.row()))
        self.walk_in = WalkInWidget(self.add_walk_in, self.entry)
        self.sheet_export = SheetExport(
            self, self.sheet_data, lambda: [row.participant_id for row in self.model.rows],
            lambda path: self.feedback.setText(
                self.tr("Saved the sheet as {path}.").format(path=path)))
        self.buttons = {key: QPushButton() for key in
                        ("walk_in", "names", "complete", "print", "blank", "import")}
        self.buttons["import"].clicked.connect(self.open_import)
        self.buttons["walk_in"].clicked.connect(self.open_walk_in)
        self.buttons["names"].clicked.connect(self.show_names)
        self.buttons["complete"].clicked.connect(self.complete)
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
        self.entry.returnPressed.connect(self.mark_entry)
        self.entry.installEventFilter(self)
        local_shortcut(self, "Ctrl+N", self.open_walk_in)
        local_shortcut(self, "Ctrl+Shift+N", self.show_names)
        local_shortcut(self, "Ctrl+Shift+C", self.complete)
        local_shortcut(self, "Ctrl+P", lambda: self.print_sheet(filled=True))
        local_shortcut(self, "Ctrl+Shift+P", lambda: self.print_sheet(filled=False))
        local_shortcut(self, "Ctrl+L", self.entry.setFocus)
        local_shortcut(self, "attendance.import", self.open_import)
        ctx.sig_changes.connect(self._changes)
        ctx.sig_user_changed.connect(self._user_changed)
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
        self._update_buttons()

    # -- choosing ------------------------------------------------------------
    @property
    def training_id(self) -> str | None:
        return self.picker.training_id

    @property
    def session_id(self) -> str | None:
        return self.picker.session_id

    def _session_chosen(self) -> None:
        self.names_shown = False
        if self.session_id != getattr(self, "_feedback_session", None):
            self.feedback.clear()  # it spoke of the session left behind
        self._feedback_session = self.session_id  # (a reload of the same one keeps it)
        self.reload_roster()

    # -- roster --------------------------------------------------------------
    def reload_roster(self) -> None:
        if self.training_id is None or self.session_id is None:
            self.model.set_rows([])
            return
        attendance, training_id, session_id = (self.ctx.services.attendance, self.training_id,
                                               self.session_id)

        def fetch():
            people = attendance.roster(training_id)
            present = attendance.present_ids(session_id)
            return roster_rows(people, {p.id: p.id in present for p in people})

        Op(self, fetch).success(self._roster_loaded).run_in_background()

    def _roster_loaded(self, rows) -> None:
        current = self.view.currentIndex().row()
        self.model.set_rows(rows)
        if self.names_shown:
            self._reveal()
        if rows:
            self.view.setCurrentIndex(self.model.index(max(0, min(current, len(rows) - 1)), 1))
        self.refresh_counts()
        self._update_buttons()

    def refresh_counts(self) -> None:
        if self.session_id is None:
            return
        attendance, session_id = self.ctx.services.attendance, self.session_id
        Op(self, lambda: attendance.counts(session_id)).success(
            self._show_counts).run_in_background()

    def _show_counts(self, counts) -> None:
        self.counts.show_counts(counts, len(self.model.rows))

    # -- marking -------------------------------------------------------------
    def mark_entry(self) -> None:
        text = self.entry.text()
        if not text.strip() or self.session_id is None:
            return
        rows = self.model.find(text, names=self.names_shown)
        if len(rows) == 1:
            self.set_present(rows[0], True)
            self.entry.clear()
        elif not rows:
            self.feedback.setText(self.tr("No one on the roster matches “{text}”. "
                                          "Ctrl+N adds a walk-in.").format(text=text.strip()))
        else:
            self.view.setCurrentIndex(self.model.index(rows[0], 1))
            self.feedback.setText(self.tr("%n participant(s) match; type more, or use the "
                                          "arrow keys and Space.", "", len(rows)))

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.set_present(row, not self.model.rows[row].present)

    def set_present(self, row: int, present: bool) -> None:
        """Shown at once, written by the one writer; taken back if the write fails.
        Someone already present is said so, and nothing is written."""
        entry = self.model.rows[row]
        before, session_id, pid = entry.present, self.session_id, entry.participant_id
        attendance = self.ctx.services.attendance
        self.view.setCurrentIndex(self.model.index(row, 1))
        if present and before:
            self.feedback.setText(self._step_words("already_present", entry.code))
            return
        self.model.set_present(row, present)
        self.feedback.setText(self._step_words("check_in" if present else "check_out",
                                               entry.code))
        WriteOp(self.ctx, lambda: attendance.check_in(session_id, pid, present),
                parent=self).changes(OpChanges.of("attendance", source=self)).success(
            self._marked).failure(
            lambda error: self._mark_failed(session_id, pid, before, error)).run_in_background()

    def _marked(self, step: AttendanceStep) -> None:
        push_step(self.ctx, step, self.say)
        if not step.wrote:  # this page showed an old state: someone else marked it
            self.feedback.setText(self._step_words(step.kind, step.code))
        self.refresh_counts()

    def _step_words(self, kind: str, code: str) -> str:
        """What the feedback line says after an action (by code, never by name)."""
        return {
            "check_in": self.tr("{code} is present."),
            "check_out": self.tr("{code} is no longer marked present."),
            "already_present": self.tr("{code} is already present."),
            "already_absent": self.tr("{code} is no longer marked present."),
            "walk_in_new": self.tr("{code} added to the roster and present."),
            "walk_in_known": self.tr("{code} was registered before: now on this roster and "
                                     "present."),
        }[kind].format(code=code)

    def say(self, text: str) -> None:
        """What an undo or redo did: on the feedback line, and in the status bar for
        when this page is not the one in view."""
        if shiboken6.isValid(self):
            self.feedback.setText(text)
            self.ctx.sig_message.emit(text)

    def type_in_entry(self, text: str) -> None:
        """Letters and digits typed in the roster go on in the code box: the
        type-a-code, Enter loop never breaks because focus was in the list."""
        self.entry.setFocus()
        self.entry.insert(text)

    def _mark_failed(self, session_id: str, participant_id: str, before,
                     error: BaseException) -> None:
        if session_id == self.session_id:
            for n, row in enumerate(self.model.rows):
                if row.participant_id == participant_id:
                    self.model.set_present(n, bool(before))
        if isinstance(error, ServiceError):
            self.feedback.setText(str(error))
        else:
            failures.report(error)
            self.feedback.setText(failures.sentence())

    def open_walk_in(self) -> None:
        """The walk-in form, with the code typed so far (it matched no one)."""
        self.walk_in.open_form(self.entry.text().strip())
        self.entry.clear()

    def add_walk_in(self, data: dict, done=None, refused=None) -> None:
        """A new participant on the roster and present; a known code is just marked.
        `done` runs once it is written, `refused(ValidationError)` if the core refused."""
        if self.session_id is None:
            return
        attendance, session_id = self.ctx.services.attendance, self.session_id

        def written(step: AttendanceStep) -> None:
            push_step(self.ctx, step, self.say)
            self.feedback.setText(self._step_words(step.kind, step.code))
            if done is not None:
                done()
            self.reload_roster()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and refused is not None:
                refused(error)
            elif isinstance(error, ServiceError):
                self.feedback.setText(str(error))
            else:
                failures.report(error)
                self.feedback.setText(failures.sentence())

        WriteOp(self.ctx, lambda: attendance.walk_in(session_id, **data),
                parent=self).changes(OpChanges.of(
            "participant", "roster_entry", "attendance", source=self)).success(written).failure(
            failed).run_in_background()

    def complete(self) -> None:
        """Asks first, naming the session; Enter confirms, Esc keeps it open."""
        row = self.picker.session_row
        if row is None:
            return
        if row["completed"] or self.picker.session.currentText().endswith(DONE):
            self.feedback.setText(self.tr("This session is already marked complete."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mark session complete"),
                          self.tr("Mark the session {session} of {training} complete?")
                          .format(session=self.picker.session_words(),
                                  training=self.picker.training.currentText()),
                          QMessageBox.StandardButton.Cancel, self)
        confirm = box.addButton(self.tr("Mark complete"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(confirm)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session_id, label = self.session_id, self.picker.session_words()
        box.buttonClicked.connect(
            lambda button: self._write_complete(session_id, label) if button is confirm
            else None)
        box.finished.connect(self._back_to_entry)
        box.open()

    def _back_to_entry(self) -> None:
        """After a question the window is active again with the cursor in the code
        box (without a window manager nothing else would give it back)."""
        self.window().activateWindow()
        self.entry.setFocus()

    def _write_complete(self, session_id: str, label: str) -> None:
        attendance = self.ctx.services.attendance

        def written(step: AttendanceStep) -> None:
            push_step(self.ctx, step, self.say, label)
            self.feedback.setText(self.tr("Session {session} marked complete. Ctrl+Z takes it "
                                          "back.").format(session=label))
            if session_id == self.session_id:
                self.picker.show_completed()

        WriteOp(self.ctx, lambda: attendance.complete_step(session_id, True),
                parent=self).changes(OpChanges.of("training_session", source=self)).success(
            written).run_in_background()

    # -- names ---------------------------------------------------------------
    def show_names(self) -> None:
        if not self.ctx.may_view_names() or not self.model.rows:
            self.feedback.setText(self.tr("Your role does not show participants' names."))
            return
        self.names_shown = True
        self._reveal()

    def _reveal(self) -> None:
        """Showing names is audited (a write): through the one writer."""
        ids, db, session_id = ([row.participant_id for row in self.model.rows], self.ctx.db,
                               self.session_id)
        WriteOp(self.ctx, lambda: privacy.reveal_names(db, ids), parent=self).success(
            lambda shown: self._names_shown(session_id, shown)).failure(
            self._reveal_failed).run_in_background()

    def _names_shown(self, session_id: str | None, shown: dict) -> None:
        if session_id != self.session_id or not self.names_shown:
            return
        self.model.set_names({pid: name for pid, (name, _contact) in shown.items()})
        self._update_buttons()

    def _reveal_failed(self, error: BaseException) -> None:
        self.names_shown = False
        self._update_buttons()
        if not isinstance(error, privacy.NamesHiddenError):
            failures.report(error)

    def _user_changed(self) -> None:
        self.names_shown = False
        self.reload_roster()

    def _update_buttons(self) -> None:
        self.buttons["names"].setVisible(self.ctx.may_view_names())
        self.buttons["names"].setEnabled(not self.names_shown)
        self.view.setColumnHidden(2, not self.names_shown)

    def _changes(self, changes: OpChanges) -> None:
        """Edits elsewhere (or an undo) show here; if hidden, when next shown. What this
        page wrote itself it already shows."""
        if changes.source is self:
            return
        if any(changes.touches(t) for t in ("attendance", "roster_entry", "participant")):
            self._stale_roster = True
        if any(changes.touches(t) for t in ("training", "training_session")):
            self._stale_trainings = True
        if self.isVisible():
            self._refresh()

    def _refresh(self) -> None:
        if getattr(self, "_stale_trainings", False):
            self._stale_trainings = self._stale_roster = False
            self.picker.load_trainings()
        elif getattr(self, "_stale_roster", False):
            self._stale_roster = False
            self.reload_roster()

    def showEvent(self, event) -> None:
        self._refresh()
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
                                    self.picker.training.currentText(), self.say, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._back_to_entry)
        self.import_dialog = dialog
        dialog.open()
        dialog.activateWindow()
        dialog.choose.setFocus()
        return dialog
