"""The one writer: every write the UI starts runs here, one at a time, off the UI thread.

In the spirit of Anki's `CollectionOp`: a write is an object,
`WriteOp(ctx, fn).changes(...).success(cb).failure(cb).run_in_background()`.
`fn` runs on a single dedicated worker thread, in the order the writes were
started, so two writes of this app never wait on each other's database lock
and the UI thread never waits on any. When it is done the writer announces
what changed (`OpChanges`) on the context, on the UI thread, before the
success callback: lists and forms repaint from that announcement.

Reads keep running on the shared read pool (`ops.Op`); SQLite's write-ahead
log lets them read while the writer writes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from app.ui.base.changes import OpChanges
from app.ui.base.ops import Op, wait_for_writes, writer_pool  # noqa: F401 (re-exported)


class WriteOp(Op):
    """A write through the one writer, announcing its changes when it succeeded."""

    def __init__(self, ctx, fn: Callable[..., Any], parent: QObject | None = None):
        super().__init__(parent if parent is not None else ctx, fn)
        self.ctx = ctx
        self._changes: OpChanges | Callable[[Any], OpChanges] = OpChanges()

    def changes(self, changes: OpChanges | Callable[[Any], OpChanges] | str,
                *more: str) -> WriteOp:
        """What this write changes: tables, an `OpChanges`, or a function of the result."""
        self._changes = OpChanges.of(changes, *more) if isinstance(changes, str) else changes
        return self

    def run_in_background(self, pool: QThreadPool | None = None) -> WriteOp:
        super().run_in_background(pool or writer_pool())
        return self

    def _finished(self, result: Any, error: BaseException | None) -> None:
        # announced even if the widget that asked is gone: the data did change
        if error is None and shiboken6.isValid(self.ctx):
            changes = self._changes(result) if callable(self._changes) else self._changes
            if changes.all_tables():
                self.ctx.announce(changes)
        super()._finished(result, error)
