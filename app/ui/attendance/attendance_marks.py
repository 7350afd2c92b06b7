"""The writes at the door and what the feedback line says of them.

Marking someone present (by the code typed, by Space or a double click),
taking a mark back, adding a walk-in and completing the session are each
written by the one writer (`WriteOp`), pushed as one step on the undo stack
(`attendance_undo`) and said on the page's feedback line, by code, never by
name. A mark shows at once and is taken back only if its write fails.

This is apart from the page so that the page is the widgets and what they
show, and this is what the keys do to the records. It is handed the page
(its roster model and reader, view, feedback line, code box, session picker) and
does not import it. Its words keep the page's translation context
("AttendancePage"), where the seven languages have them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.attendance_steps import AttendanceStep
from app.services.errors import ServiceError, ValidationError
from app.ui.attendance.attendance_undo import push_step
from app.ui.attendance.session_picker import DONE
from app.ui.base import failures
from app.ui.base.changes import OpChanges
from app.ui.base.writer import WriteOp

translate = QCoreApplication.translate


class DoorMarks(QObject):
    """The attendance page's writes: marks, walk-ins, completing the session."""

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx

    # -- marking -------------------------------------------------------------
    def mark_entry(self) -> None:
        """Enter in the code box: the one participant it matches is marked present."""
        page = self.page
        text = page.entry.text()
        if not text.strip() or page.session_id is None:
            return
        rows = page.model.find(text, names=page.names_shown)
        if len(rows) == 1:
            self.set_present(rows[0], True)
            page.entry.clear()
        elif not rows:
            page.feedback.setText(translate(
                "AttendancePage", "No one on the roster matches “{text}”. "
                "Ctrl+N adds a walk-in.").format(text=text.strip()))
        else:
            page.view.setCurrentIndex(page.model.index(rows[0], 1))
            count = len(rows)  # a name, not a call: lupdate skips a plural counted by a call
            page.feedback.setText(translate(
                "AttendancePage", "%n participant(s) match; type more, or use the "
                "arrow keys and Space.", "", count))

    def toggle(self, row: int) -> None:
        rows = self.page.model.rows
        if 0 <= row < len(rows):
            self.set_present(row, not rows[row].present)

    def set_present(self, row: int, present: bool) -> None:
        """Shown at once, written by the one writer; taken back if the write fails.
        Someone already present is said so, and nothing is written."""
        page = self.page
        entry = page.model.rows[row]
        before, session_id, pid = entry.present, page.session_id, entry.participant_id
        attendance = self.ctx.services.attendance
        page.view.setCurrentIndex(page.model.index(row, 1))
        if present and before:
            page.feedback.setText(step_words("already_present", entry.code))
            return
        page.model.set_present(row, present)
        page.feedback.setText(step_words("check_in" if present else "check_out", entry.code))
        WriteOp(self.ctx, lambda: attendance.check_in(session_id, pid, present),
                parent=page).changes(OpChanges.of("attendance", source=page)).success(
            self._marked).failure(
            lambda error: self._mark_failed(session_id, pid, before, error)).run_in_background()

    def _marked(self, step: AttendanceStep) -> None:
        push_step(self.ctx, step, self.say)
        if not step.wrote:  # the page showed an old state: someone else marked it
            self.page.feedback.setText(step_words(step.kind, step.code))
        self.page.roster.refresh_counts()

    def _mark_failed(self, session_id: str, participant_id: str, before,
                     error: BaseException) -> None:
        page = self.page
        if session_id == page.session_id:
            for n, row in enumerate(page.model.rows):
                if row.participant_id == participant_id:
                    page.model.set_present(n, bool(before))
        self._say_failure(error)

    def _say_failure(self, error: BaseException) -> None:
        """A refusal in the core's words; anything else reported, said in general."""
        if isinstance(error, ServiceError):
            self.page.feedback.setText(str(error))
        else:
            failures.report(error)
            self.page.feedback.setText(failures.sentence())

    def say(self, text: str) -> None:
        """What an undo or redo did: on the feedback line, and in the status bar for
        when this page is not the one in view."""
        if shiboken6.isValid(self.page):
            self.page.feedback.setText(text)
            self.ctx.sig_message.emit(text)

    # -- walk-ins --------------------------------------------------------------
    def add_walk_in(self, data: dict, done=None, refused=None) -> None:
        """A new participant on the roster and present; a known code is just marked.
        `done` runs once it is written, `refused(ValidationError)` if the core refused."""
        page = self.page
        if page.session_id is None:
            return
        attendance, session_id = self.ctx.services.attendance, page.session_id

        def written(step: AttendanceStep) -> None:
            push_step(self.ctx, step, self.say)
            page.feedback.setText(step_words(step.kind, step.code))
            if done is not None:
                done()
            page.roster.reload()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and refused is not None:
                refused(error)
            else:
                self._say_failure(error)

        WriteOp(self.ctx, lambda: attendance.walk_in(session_id, **data),
                parent=page).changes(OpChanges.of(
            "participant", "roster_entry", "attendance", source=page)).success(written).failure(
            failed).run_in_background()

    # -- completing the session -------------------------------------------------
    def complete(self) -> None:
        """Asks first, naming the session; Enter confirms, Esc keeps it open."""
        page, picker = self.page, self.page.picker
        row = picker.session_row
        if row is None:
            return
        if row["completed"] or picker.session.currentText().endswith(DONE):
            page.feedback.setText(translate("AttendancePage",
                                            "This session is already marked complete."))
            return
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("AttendancePage", "Mark session complete"),
                          translate("AttendancePage",
                                    "Mark the session {session} of {training} complete?")
                          .format(session=picker.session_words(),
                                  training=picker.training.currentText()),
                          QMessageBox.StandardButton.Cancel, page)
        confirm = box.addButton(translate("AttendancePage", "Mark complete"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(confirm)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session_id, label = page.session_id, picker.session_words()
        box.buttonClicked.connect(
            lambda button: self._write_complete(session_id, label) if button is confirm
            else None)
        box.finished.connect(page.back_to_entry)
        box.open()

    def _write_complete(self, session_id: str, label: str) -> None:
        page, attendance = self.page, self.ctx.services.attendance

        def written(step: AttendanceStep) -> None:
            push_step(self.ctx, step, self.say, label)
            page.feedback.setText(translate(
                "AttendancePage", "Session {session} marked complete. Ctrl+Z takes it "
                "back.").format(session=label))
            if session_id == page.session_id:
                page.picker.show_completed()

        WriteOp(self.ctx, lambda: attendance.complete_step(session_id, True),
                parent=page).changes(OpChanges.of("training_session", source=page)).success(
            written).run_in_background()


def step_words(kind: str, code: str) -> str:
    """What the feedback line says after an action (by code, never by name)."""
    return {
        "check_in": translate("AttendancePage", "{code} is present."),
        "check_out": translate("AttendancePage", "{code} is no longer marked present."),
        "already_present": translate("AttendancePage", "{code} is already present."),
        "already_absent": translate("AttendancePage", "{code} is no longer marked present."),
        "walk_in_new": translate("AttendancePage", "{code} added to the roster and present."),
        "walk_in_known": translate("AttendancePage", "{code} was registered before: now on "
                                   "this roster and present."),
    }[kind].format(code=code)
