"""The attendance page's steps on the one undo stack, and what they are called.

Each action at the door (a check-in, an unmark, a walk-in, completing the
session) comes back from the core as an `AttendanceStep`: the rows it wrote,
by id. Its command undoes with `AttendanceService.revert(step)` and redoes
with `replay(step)`, on the one writer, so an undo takes back exactly that
action whatever the roster shows meanwhile. Once an undo or redo is written,
the page's feedback line (and the status bar) say what it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.attendance_steps import AttendanceStep
from app.services.errors import ServiceError
from app.ui.base import failures, words
from app.ui.base.changes import OpChanges
from app.ui.base.context import AppContext
from app.ui.base.writer import WriteOp

translate = QCoreApplication.translate


def step_text(step: AttendanceStep, session: str = "") -> str:
    """The action in a few words, naming the person by code (never by name)."""
    texts = {
        "check_in": translate("AttendanceUndo", "checked in {code}"),
        "check_out": translate("AttendanceUndo", "{code} unmarked"),
        "walk_in_new": translate("AttendanceUndo", "walk-in {code} added"),
        "walk_in_known": translate("AttendanceUndo", "{code} added to this roster"),
        "complete": translate("AttendanceUndo", "session {session} marked complete"),
        "reopen": translate("AttendanceUndo", "session {session} reopened"),
        "roster_import": translate("AttendanceUndo", "list imported ({code} on the roster)"),
    }
    return texts.get(step.kind, step.kind).format(code=step.code, session=session)


def undone_text(step: AttendanceStep, session: str = "") -> str:
    return translate("AttendanceUndo", "Undone: {action}").format(
        action=step_text(step, session))


def redone_text(step: AttendanceStep, session: str = "") -> str:
    return translate("AttendanceUndo", "Redone: {action}").format(
        action=step_text(step, session))


class StepCommand(QUndoCommand):
    """One attendance step. Pushed after the step was written, so the first
    `redo` (which `QUndoStack.push` calls) is skipped."""

    def __init__(self, ctx: AppContext, step: AttendanceStep, session: str,
                 said: Callable[[str], None]):
        super().__init__(step_text(step, session))
        self.ctx, self.step, self.session, self.said = ctx, step, session, said
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        attendance, step = self.ctx.services.attendance, self.step
        self._run(lambda: attendance.replay(step), redone_text)

    def undo(self) -> None:
        attendance, step = self.ctx.services.attendance, self.step
        self._run(lambda: attendance.revert(step), undone_text)

    def _run(self, action: Callable[[], None], text: Callable[..., str]) -> None:
        """Queued on the one writer, in the order the keys were pressed."""
        WriteOp(self.ctx, action).changes(OpChanges.of(*self.step.tables())).success(
            lambda _r: self.said(text(self.step, self.session))).failure(
            self._refused).run_in_background()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ServiceError):
            failures.report(error)
            return
        self.setObsolete(True)
        problems = getattr(error, "problems", None) or []
        reason = ("; ".join(f"{words.field_label(p.field)}: {words.problem_text(p)}"
                            for p in problems)
                  or translate("AttendanceUndo", "the record no longer exists"))
        self.said(translate("AttendanceUndo", "Could not undo or redo {action}: {reason}")
                  .format(action=step_text(self.step, self.session), reason=reason))
        self.ctx.announce(OpChanges.of(*self.step.tables()))


def push_step(ctx: AppContext, step: AttendanceStep, said: Callable[[str], None],
              session: str = "") -> None:
    """Put a written step on the undo stack (a step that wrote nothing is not pushed)."""
    if step.wrote:
        ctx.undo_stack.push(StepCommand(ctx, step, session, said))
