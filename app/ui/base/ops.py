"""Background operations in the Anki style: `Op(parent, fn).success(cb).run_in_background()`.

Anything that can take more than ~100 ms (a list page over a million rows, a
count, a PDF) runs on a `QThreadPool` worker, so the window keeps taking
keystrokes. Callbacks run on the UI thread, and only if the parent widget is
still alive and the operation was not cancelled: a result that arrives after
the user moved on is dropped, never shown. Each database call in `fn` opens
its own SQLite connection (the engine has no pool), so threads share nothing.

An operation without a failure handler does not re-raise in the slot (where
nothing could catch it): `failures.report` shows one sentence and logs the
details. Writes use `writer.WriteOp`, which runs on the one writer thread.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.base import failures

_RUNNING: set[Op] = set()
_WRITER_POOL: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The writer's single thread (kept alive, so queued writes run in order)."""
    global _WRITER_POOL
    if _WRITER_POOL is None:
        _WRITER_POOL = QThreadPool()
        _WRITER_POOL.setObjectName("faltbok-writer")
        _WRITER_POOL.setMaxThreadCount(1)
        _WRITER_POOL.setExpiryTimeout(-1)
    return _WRITER_POOL


def wait_for_writes(timeout_ms: int = 30_000) -> bool:
    """Block until every queued write is done (before closing the database)."""
    return _WRITER_POOL is None or _WRITER_POOL.waitForDone(timeout_ms)


class _Call(QRunnable):
    """`fn` on the writer's thread, its result or error handed back through `box`."""

    def __init__(self, fn: Callable[[], Any], box: dict, done: threading.Event):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._box, self._done = fn, box, done

    def run(self) -> None:
        try:
            self._box["result"] = self._fn()
        except BaseException as caught:  # noqa: BLE001 - raised again in the caller
            self._box["error"] = caught
        finally:
            self._done.set()


def on_writer(fn: Callable[[], Any]) -> Any:
    """Run `fn` on the one writer and wait for it, from a background thread.

    For long background work that writes now and then (a sync round waits on the
    network between its writes): each write queues behind the user's saves
    instead of holding the database while the network is slow. Never call it
    on the UI thread (use `WriteOp` there) or on the writer's own thread.
    """
    box: dict = {}
    done = threading.Event()
    writer_pool().start(_Call(fn, box, done))
    done.wait()
    if "error" in box:
        raise box["error"]
    return box.get("result")


class CancelToken:
    """Handed to an `fn` that takes one argument: it may stop early when set."""

    def __init__(self):
        self._event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()


class _Relay(QObject):
    sig_finished = Signal()  # the result or error is in the operation's box


class _Task(QRunnable):
    """Runs `fn` on a worker and reports through the relay.

    Nothing the worker lets go of may be the last reference to a Qt object: a
    Qt object deleted on a worker disconnects its signals there, and Qt's
    connection lock and Python's GIL, taken in opposite orders by the two
    threads, freeze the app (collector.py tells the garbage-collector side of
    it). So the worker drops `fn` before it reports (the operation still holds
    it), hands the result over in `box` (held by the operation, emptied on the
    UI thread), and the relay belongs to the application, so its wrapper is
    never what deletes it: `Op._finished` does, on the UI thread.
    """

    def __init__(self, fn: Callable[[], Any], relay: _Relay, box: list):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._relay, self._box = fn, relay, box

    def run(self) -> None:
        fn, self._fn = self._fn, None
        box, self._box = self._box, None
        try:
            box.append((fn(), None))
        except BaseException as caught:  # noqa: BLE001 - handed to the failure callback
            box.append((None, caught))
        del fn
        relay, self._relay = self._relay, None
        try:
            relay.sig_finished.emit()
        except RuntimeError:  # the application is gone (shutdown): nobody to tell
            pass


class Op:
    """One piece of work off the UI thread, with callbacks on the UI thread."""

    def __init__(self, parent: QObject, fn: Callable[..., Any]):
        self.parent = parent
        self.token = CancelToken()
        takes_token = _arity(fn) >= 1
        self._fn = (lambda: fn(self.token)) if takes_token else fn
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._box: list = []
        self._relay = _Relay(QCoreApplication.instance())  # see _Task
        self._relay.sig_finished.connect(self._delivered)

    def success(self, callback: Callable[[Any], None]) -> Op:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op:
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> Op:
        """Show a busy dialog with a Cancel button if the work takes a while."""
        self._progress_label = label
        return self

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def run_in_background(self, pool: QThreadPool | None = None) -> Op:
        _RUNNING.add(self)
        if self._progress_label is not None and isinstance(self.parent, QWidget):
            dialog = QProgressDialog(self._progress_label, None, 0, 0, self.parent)
            dialog.setCancelButtonText(dialog.tr("Cancel"))
            dialog.setMinimumDuration(400)
            dialog.canceled.connect(self.cancel)
            dialog.rejected.connect(self.cancel)  # Esc hides without "canceled"
            self._dialog = dialog
            QTimer.singleShot(0, lambda: dialog.setValue(0))
        (pool or QThreadPool.globalInstance()).start(_Task(self._fn, self._relay, self._box))
        return self

    def _delivered(self) -> None:
        """The worker reported: its result or error is in the box (put there first)."""
        self._finished(*self._box.pop())

    def _finished(self, result: Any, error: BaseException | None) -> None:
        _RUNNING.discard(self)
        # No cycle left for the garbage collector (`self._fn` may close over this Op),
        # and the relay's Qt side is deleted here, on the UI thread (collector.py).
        self._fn = None
        self._relay.deleteLater()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.reset()
            self._dialog.deleteLater()
        if self.cancelled or not shiboken6.isValid(self.parent):
            return
        if error is None:
            self._succeeded(result)
        elif self._on_failure is not None:
            self._on_failure(error)
        else:  # never re-raised inside a slot: a sentence for the user, details logged
            failures.report(error)

    def _succeeded(self, result: Any) -> None:
        if self._on_success is not None:
            self._on_success(result)


def _arity(fn: Callable) -> int:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return 0
    return sum(1 for p in params if p.default is p.empty
               and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))


def running() -> int:
    """How many operations have not delivered their result yet."""
    return len(_RUNNING)


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Block until every worker, reader or writer, is idle (at shutdown, before the
    database closes, and between tests)."""
    return wait_for_writes(timeout_ms) and QThreadPool.globalInstance().waitForDone(timeout_ms)
