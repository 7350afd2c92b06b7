"""Undoable edits: create, update and delete, through services (the attendance
page's steps are `attendance/attendance_undo.py`).

Undo and redo run on the one writer (`WriteOp`), queued in the order they
were pressed. A command is pushed after its action succeeded once (so a refused save never
lands on the stack); its first `redo`, which `QUndoStack.push` calls, is
therefore skipped. If an undo or redo is refused later (someone deleted the
referenced partner meanwhile), the command becomes obsolete and the reason
goes to the status bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.errors import ServiceError
from app.services.restore import restore
from app.ui.base import failures, words
from app.ui.base.context import AppContext
from app.ui.base.writer import WriteOp

translate = QCoreApplication.translate


class _ServiceCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, entity: str, text: str,
                 do: Callable[[], None], undo: Callable[[], None]):
        super().__init__(text)
        self.ctx, self.entity = ctx, entity
        self._do, self._undo, self._first = do, undo, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], None]) -> None:
        """Queued on the one writer: undos and redos run in the order they were asked."""
        WriteOp(self.ctx, action).changes(self.entity).failure(self._refused).run_in_background()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ServiceError):
            failures.report(error)
            return
        self.setObsolete(True)
        self.ctx.sig_message.emit(translate("Undo", "Could not undo or redo: {reason}")
                                  .format(reason=_reason(error)))
        self.ctx.changed(self.entity)


def _reason(error: ServiceError) -> str:
    problems = getattr(error, "problems", None)
    if problems:
        return "; ".join(f"{words.field_label(p.field)}: {words.problem_text(p)}"
                         for p in problems)
    return translate("Undo", "the record no longer exists")


def push_create(ctx: AppContext, entity: str, row_id: str) -> None:
    service = ctx.services.for_table(entity)
    ctx.undo_stack.push(_ServiceCommand(
        ctx, entity, translate("Undo", "New record in {list}").format(
            list=words.entity_title(entity)),
        do=lambda: restore(ctx.db, entity, row_id), undo=lambda: service.delete(row_id)))


def push_update(ctx: AppContext, entity: str, row_id: str, before: dict, after: dict) -> None:
    service = ctx.services.for_table(entity)
    ctx.undo_stack.push(_ServiceCommand(
        ctx, entity, translate("Undo", "Edit in {list}").format(list=words.entity_title(entity)),
        do=lambda: service.update(row_id, **after), undo=lambda: service.update(row_id, **before)))


def push_delete(ctx: AppContext, entity: str, row_id: str) -> None:
    service = ctx.services.for_table(entity)
    ctx.undo_stack.push(_ServiceCommand(
        ctx, entity, translate("Undo", "Delete in {list}").format(
            list=words.entity_title(entity)),
        do=lambda: service.delete(row_id), undo=lambda: restore(ctx.db, entity, row_id)))

