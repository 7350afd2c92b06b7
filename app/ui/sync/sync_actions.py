"""Sync operations of the app: export, import (bundle, receipt or enrolment),
restore or dismiss a conflict, release held-back changes.

Each runs on the one writer (`writer.WriteOp`), off the UI thread, behind a
busy dialog and ends in one sentence (`sig_finished(ok, text)`), never a traceback. They call
`SyncService` only; a refusal is the core's typed error, which guarantees
the database is as it was. There is no Cancel: an export or an import is one
atomic step in the core (a file renamed into place, one transaction), so
stopping halfway is not a thing that can happen; the dialog only says the
app is busy. The audit trail is the sync service's to write (export and
conflict decisions; imports are not audited there, on purpose).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from app.sync.errors import NotEnrolledError, WrongReplicaError
from app.sync.service import SyncService, enrol_from_bytes, is_enrolment, read_file
from app.ui.base.changes import OpChanges
from app.ui.base.context import AppContext
from app.ui.base.writer import WriteOp
from app.ui.sync import sync_words
from app.ui.sync.sync_state import may_resolve, may_settle

log = logging.getLogger(__name__)
FOLDER_KEY = "sync/folder"


class NotCoordinatorError(Exception):
    """Only a coordinator may restore, dismiss or release (checked on the worker too)."""


def _require_coordinator(db) -> None:
    if not may_resolve(db):
        raise NotCoordinatorError


def _conflict(db, conflict_id: int):
    """The open conflict, if the current user may settle it (else NotCoordinatorError)."""
    conflict = next((c for c in SyncService(db).conflicts() if c.id == conflict_id), None)
    if not may_settle(db, conflict):
        raise NotCoordinatorError
    return conflict


class SyncActions(QObject):
    sig_finished = Signal(bool, str)  # ok, one sentence for the user
    sig_busy = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.busy = False
        self._dialog: QProgressDialog | None = None

    # -- file dialogs ----------------------------------------------------------
    def _folder(self) -> str:
        return str(self.ctx.settings.value(FOLDER_KEY, str(Path.home())))

    def _remember(self, path: str) -> None:
        self.ctx.settings.setValue(FOLDER_KEY, str(Path(path).parent))

    def choose_export_path(self) -> str:
        name = f"faltbok-{date.today().isoformat()}.fbk"
        path, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Export sync package"), str(Path(self._folder()) / name),
            self.tr("Fältbok sync packages (*.fbk);;All files (*)"))
        return path

    def choose_import_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, self.tr("Import from headquarters"), self._folder(),
            self.tr("Fältbok files (*.fbk *.json *.enrol);;All files (*)"))
        return path

    # -- export and import -------------------------------------------------------
    def export_package(self, path: str | None = None) -> None:
        if self.busy:
            return
        path = path or self.choose_export_path()
        if not path:
            return
        self._remember(path)
        db = self.ctx.db

        def work():
            service = SyncService(db)
            role = service.role()  # refuse before export_to, which audits first
            if role != "device":
                raise (WrongReplicaError if role else NotEnrolledError)(role or "")
            return service.export_to(path)

        self._run(work, self.tr("Writing the sync package…"), sync_words.EXPORT,
                  lambda r: sync_words.exported_text(r.changes, r.withheld, path))

    def import_package(self, path: str | None = None) -> None:
        if self.busy:
            return
        path = path or self.choose_import_path()
        if not path:
            return
        self._remember(path)
        db, paths = self.ctx.db, self.ctx.db.paths
        during = {"value": sync_words.IMPORT}

        def work():
            data = read_file(path)
            if is_enrolment(data):
                during["value"] = sync_words.ENROL
                return "enrol", enrol_from_bytes(paths, data)
            outcome = SyncService(db).import_bytes(data)
            return outcome.kind, outcome

        self._run(work, self.tr("Importing…"), during, self._imported, _import_changes)

    def _imported(self, result) -> str:
        kind, value = result
        if kind == "enrol":
            name = self._adopt(value)
            return sync_words.enrolled_text(name)
        if kind == "receipt":
            return sync_words.receipt_text(int(value.receipt.get("changes", 0)))
        m = value.merged  # what it touched is announced by the writer (_import_changes)
        return sync_words.merged_text(m.applied, m.pending, m.quarantined, m.conflicts)

    def _adopt(self, enrolled) -> str:
        """Enrolment may have given this replica a new device id (its rows re-stamped):
        the open database takes the new identity and clock, so nothing holding it breaks."""
        db = self.ctx.db
        db.device_id, db.clock = enrolled.device_id, enrolled.clock
        enrolled.close()
        device = self.ctx.services.devices.get(db.device_id)
        return device.name

    # -- conflicts and held-back changes (coordinators) --------------------------
    def restore(self, conflict_id: int) -> None:
        db = self.ctx.db

        def work():
            conflict = _conflict(db, conflict_id)
            SyncService(db).restore_loser(conflict_id)
            return conflict

        self._run(work, self.tr("Restoring…"), sync_words.IMPORT, self._restored,
                  lambda c: OpChanges.of("sync", *([c.table] if c is not None else [])))

    def _restored(self, _conflict) -> str:
        return self.tr("The set-aside value is back; it travels to headquarters with your "
                       "next sync package.")

    def dismiss(self, conflict_id: int) -> None:
        db = self.ctx.db

        def work():
            _conflict(db, conflict_id)
            SyncService(db).dismiss_conflict(conflict_id)

        self._run(work, self.tr("Saving…"), sync_words.IMPORT,
                  lambda _r: self.tr("The current value stays; the conflict is closed."))

    def release(self) -> None:
        db = self.ctx.db

        def work():
            _require_coordinator(db)
            return SyncService(db).release_quarantined()

        self._run(work, self.tr("Releasing…"), sync_words.IMPORT,
                  lambda r: sync_words.released_text(r.applied))

    # -- running -------------------------------------------------------------------
    def _run(self, work, label: str, during, describe, changes=None) -> None:
        """`work` on the one writer; `changes(result)` says what it changed (default: the
        sync figures only)."""
        self._set_busy(True)
        dialog = QProgressDialog(label, "", 0, 0, self.widget)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(400)
        dialog.setAccessibleName(label)
        self._dialog = dialog

        def done(result) -> None:
            self._finish()
            self._report(True, describe(result))

        def failed(error: BaseException) -> None:
            self._finish()
            if isinstance(error, NotCoordinatorError):
                self._report(False, self.tr("Only a coordinator can do this."))
                return
            stage = during["value"] if isinstance(during, dict) else during
            self._report(False, sync_words.error_text(error, stage))

        WriteOp(self.ctx, work, parent=self.widget).changes(
            changes or (lambda _result: OpChanges.of("sync"))).success(done).failure(
            failed).run_in_background()
        dialog.setValue(0)

    def _finish(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.sig_busy.emit(busy)

    def _report(self, ok: bool, text: str) -> None:
        self.sig_finished.emit(ok, text)
        self.ctx.sig_message.emit(text)  # what changed was announced by the writer


def _import_changes(result) -> OpChanges:
    """An import changes the sync figures; a merge also the tables it touched."""
    kind, value = result
    merged = getattr(value, "merged", None) if kind not in ("enrol", "receipt") else None
    return OpChanges.of("sync", *sorted(merged.touched if merged is not None else ()))
