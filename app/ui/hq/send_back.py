"""Send back: return packages for one laptop or for every live one, written into a
folder the coordinator chooses, each named `for-<laptop>-<date>.fbk` so a person
can tell which stick goes where (`hq_service.send_back`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.sync import hq_service
from app.ui.base.context import AppContext
from app.ui.base.writer import WriteOp
from app.ui.hq import hq_words
from app.ui.sync.sync_actions import NotCoordinatorError
from app.ui.sync.sync_state import may_resolve

FOLDER_KEY = "hq/return_folder"


def _send(db, folder: str, device: str | None):
    if not may_resolve(db):
        raise NotCoordinatorError
    return hq_service.send_back(db, folder, device)


class SendBack(QObject):
    sig_finished = Signal(bool, str)  # ok, sentences for the user
    sig_busy = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.busy = False

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self.widget, self.tr("Folder for the return packages"),
            str(self.ctx.settings.value(FOLDER_KEY, str(Path.home()))))

    def send(self, device: str | None = None, folder: str | None = None) -> None:
        """For `device` (an id), or every live laptop when None; asks for the folder
        unless given."""
        if self.busy:
            return
        folder = folder or self.choose_folder()
        if not folder:
            return
        self.ctx.settings.setValue(FOLDER_KEY, folder)
        self.busy = True
        self.sig_busy.emit(True)
        db = self.ctx.db
        WriteOp(self.ctx, lambda: _send(db, folder, device), parent=self.widget).changes(
            "sync").success(self._sent).failure(self._failed).run_in_background()

    def _done(self, ok: bool, text: str) -> None:
        self.busy = False
        self.sig_busy.emit(False)
        self.sig_finished.emit(ok, text)
        self.ctx.sig_message.emit(text)

    def _sent(self, sent: list[hq_service.SentBack]) -> None:
        if not sent:
            self._done(True, self.tr("No laptop to write a return package for."))
            return
        written = [s for s in sent if s.path is not None]
        head = self.tr("Return packages written: %Ln.", "", len(written))
        if written:
            head += " " + self.tr("Folder: {folder}").format(folder=written[0].path.parent)
        lines = [hq_words.sent_back_text(s) for s in sent]
        self._done(len(written) == len(sent), "\n".join([head, *lines]))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotCoordinatorError):
            self._done(False, self.tr("Only a coordinator can do this."))
        else:
            self._done(False, hq_words.refusal(error, hq_words.RETURN))
