"""File ▸ Export IATI…: ask where, warn outside the data folder, write, answer in words.

The steps, each window-modal (`open()`, so keys reach them in tests as for a
person): a save dialog starting in the data folder's `exports/` (destroyed by
the wipe); a warning in plain words, "Cancel" the default, if the target lies
outside the data folder; then the file is built, validated and written by
the one writer (`app/reports/iati.py`, which also records the `export` audit
event), and one sentence says what happened. The file holds no names
(docs/iati.md), so no role is asked about them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.reports import iati, iati_settings
from app.services import exports
from app.ui.base.writer import WriteOp
from app.ui.widgets.outside_warning import warn_outside


class IatiExport(QObject):
    """The dialogs and the write of one IATI export, for the main window."""

    def __init__(self, window: QWidget, ctx):
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.dialog: QFileDialog | None = None  # the open dialogs, for tests
        self.warning: QMessageBox | None = None
        self.answer: QMessageBox | None = None

    def start(self) -> None:
        folder = self.ctx.db.paths.root / "exports"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        dialog = QFileDialog(self.window, self.tr("Export IATI"), str(folder),
                             self.tr("IATI XML (*.xml)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xml")
        dialog.selectFile("iati-activities.xml")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.check_target)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def check_target(self, path: str) -> None:
        if not path:
            return
        if exports.inside_data_folder(self.ctx.db.paths, path):
            self.save(path)
            return
        self.warning = warn_outside(self.window, path, lambda: self.save(path),
                                    closed=self._warning_closed)

    def save(self, path: str) -> None:
        """Build, validate and write (off the UI thread), then say how it went."""
        db = self.ctx.db
        WriteOp(self.ctx, lambda: iati.export_iati(db, path), parent=self).changes(
            "audit_event").success(self._written).failure(self._refused).run_in_background()

    def _written(self, done: iati.IatiExport) -> None:
        self._say(QMessageBox.Icon.Information,
                  self.tr("Wrote %n IATI activities to {0}.", "", done.activities)
                  .format(done.path))

    def _refused(self, error: BaseException) -> None:
        self._say(QMessageBox.Icon.Warning, self.refusal(error))

    def refusal(self, error: BaseException) -> str:
        """Why nothing was written, in one sentence."""
        if isinstance(error, iati_settings.NoOrgRefError):
            return self.tr("Nothing was written: set the organisation's IATI reference in "
                           "Settings first.")
        if isinstance(error, iati_settings.InvalidOrgRefError | iati_settings.InvalidOrgNameError):
            return self.tr("Nothing was written: the IATI organisation reference or name in "
                           "Settings is not valid.")
        if isinstance(error, iati.NothingToPublishError):
            return self.tr("Nothing was written: there are no projects to publish.")
        if isinstance(error, iati.InvalidIatiError):
            return self.tr("Nothing was written: the project “{0}” would make the IATI file "
                           "invalid ({1}).").format(error.title or error.project_id or "?",
                                                    error.reason)
        if isinstance(error, OSError):
            return self.tr("Nothing was written: the file could not be saved there ({0}).") \
                .format(error.strerror or type(error).__name__)
        return self.tr("Nothing was written: the IATI file could not be made.")

    def _say(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Export IATI"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "answer", None))
        self.answer = box
        box.open()

    def _warning_closed(self) -> None:
        self.warning = None
