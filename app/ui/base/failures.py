"""What happens to an error nobody expected: a plain sentence, details in a log file.

An operation without its own failure handler, an exception escaping a slot
(`sys.excepthook`) and one escaping a worker thread (`threading.excepthook`)
all end here. The user reads one translated sentence saying that the last
action did not finish and that what they typed is still there (nothing here
clears a form); the details go to `logs/faltbok.log` in the data folder,
rotated at a few hundred kilobytes.

The log holds the kind of error and where it happened (files, lines,
functions), never the error's message, a source line or any value: a message can carry a
participant's name (a database error quotes the row it refused), and the
log file is not encrypted.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("faltbok")
LOG_NAME = "faltbok.log"
_HANDLER: RotatingFileHandler | None = None


def log_file(root: Path) -> Path:
    return root / "logs" / LOG_NAME


def start_log(root: Path) -> Path:
    """Log to `logs/faltbok.log` under the data folder (again, if the folder changed)."""
    global _HANDLER
    path = log_file(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    stop_log()
    _HANDLER = RotatingFileHandler(path, maxBytes=256_000, backupCount=3, encoding="utf-8")
    _HANDLER.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(_HANDLER)
    log.setLevel(logging.INFO)
    return path


def stop_log() -> None:
    """Close the log file (tests; a data folder that is going away)."""
    global _HANDLER
    if _HANDLER is not None:
        log.removeHandler(_HANDLER)
        _HANDLER.close()
        _HANDLER = None


def details(error: BaseException) -> str:
    """The error's kind and its traceback, without any message or value in it."""
    lines = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        lines += [f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
                  for frame in traceback.extract_tb(current.__traceback__)]
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by / while handling:")
    return "\n".join(line.rstrip("\n") for line in lines)


def sentence() -> str:
    return QCoreApplication.translate(
        "Failures", "Something went wrong and the last action did not finish. What you "
        "typed is still there. The details are in the log file in the data folder.")


class FailureReporter(QObject):
    """Lives on the UI thread; `report` may be called from any thread."""

    sig_reported = Signal(str)  # the sentence shown
    _sig_show = Signal()

    def __init__(self):
        super().__init__()
        self.box: QMessageBox | None = None
        self.reported = 0
        self._sig_show.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, error: BaseException) -> None:
        log.error("unexpected error\n%s", details(error))
        self._sig_show.emit()

    @Slot()
    def _show(self) -> None:
        self.reported += 1
        text = sentence()
        if QApplication.instance() is not None:
            if self.box is None:
                self.box = QMessageBox(QMessageBox.Icon.Warning, QApplication.applicationName(),
                                       text, QMessageBox.StandardButton.Ok)
                self.box.setWindowModality(Qt.WindowModality.NonModal)
            self.box.setText(text)
            self.box.show()  # not exec(): the window behind keeps working
        self.sig_reported.emit(text)


_REPORTER: FailureReporter | None = None


def reporter() -> FailureReporter:
    global _REPORTER
    if _REPORTER is None:
        _REPORTER = FailureReporter()
    return _REPORTER


def report(error: BaseException) -> None:
    reporter().report(error)


def excepthook(kind, error, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if error is None:
        error = kind()
    if error.__traceback__ is None:
        error = error.with_traceback(tb)
    report(error)


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install(root: Path) -> None:
    """At start: log into the data folder and catch what escapes slots and threads."""
    start_log(root)
    reporter()
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
