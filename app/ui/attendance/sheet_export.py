"""Saving the attendance sheet: ask about names, ask where, warn, write, audit.

The steps, each window-modal (`open()`, so keys reach them in tests as for a
person):
1. Roles that may see names are asked whether the sheet carries them; the
   default button (Enter) is "Without names". Other roles are not asked.
2. A save dialog, starting in the data folder's `exports/` (destroyed by the
   wipe).
3. A target outside the data folder gets a warning in plain words, and
   "Cancel" is the default.
4. The names (if chosen) are revealed through the one writer (an audited
   `view_names`), the PDF is written, and the `export` audit event (what,
   where, with or without names, rows; never a name) follows through the
   writer: `app/services/exports.py`.

The filled sheet's save dialog also offers Excel (XLSX) and CSV: the whole
training's attendance as a table (`app/services/attendance_table.py`),
through the same names question, warning and audit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services import attendance_table, exports, privacy
from app.ui.attendance.sheet import SheetData, write_sheet
from app.ui.base import failures, words
from app.ui.base.writer import WriteOp
from app.ui.widgets.outside_warning import warn_outside


class SheetExport(QObject):
    """The dialogs and writes of one sheet export, for the attendance page."""

    def __init__(self, page: QWidget, sheet_data: Callable[[bool, dict[str, str]], SheetData],
                 participant_ids: Callable[[], list[str]], said: Callable[[str], None]):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.sheet_data = sheet_data
        self.participant_ids = participant_ids
        self.said = said
        self.question: QMessageBox | None = None  # the open dialog, for tests
        self.dialog: QFileDialog | None = None
        self.warning: QMessageBox | None = None

    # -- 1. names ------------------------------------------------------------
    def start(self, filled: bool) -> None:
        if not self.ctx.may_view_names():
            self.choose_target(filled, names=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Names on the sheet"),
                          self.tr("Put participants' names on the sheet? Without names it "
                                  "lists their codes only. A sheet with names endangers "
                                  "everyone on it if it is lost or seen."),
                          QMessageBox.StandardButton.Cancel, self.page)
        without = box.addButton(self.tr("Without names"), QMessageBox.ButtonRole.AcceptRole)
        named = box.addButton(self.tr("With names"), QMessageBox.ButtonRole.YesRole)
        box.setDefaultButton(without)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            clicked = box.clickedButton()
            self.question = None
            if clicked in (without, named):
                self.choose_target(filled, names=clicked is named)

        box.finished.connect(answered)
        self.question = box
        box.open()

    # -- 2. where ------------------------------------------------------------
    def choose_target(self, filled: bool, names: bool) -> None:
        folder = self.ctx.db.paths.root / "exports"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        formats = {self.tr("PDF (*.pdf)"): "pdf"}
        if filled:  # the whole training, sessions across: for a spreadsheet
            formats.update({self.tr("Excel workbook, every session (*.xlsx)"): "xlsx",
                            self.tr("CSV, every session (*.csv)"): "csv"})
        dialog = QFileDialog(self.page, self.tr("Save attendance sheet"), str(folder),
                             ";;".join(formats))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(
            formats.get(chosen, "pdf")))
        dialog.selectFile("attendance.pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.check_target(filled, names, path))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    # -- 3. outside the data folder -------------------------------------------
    def check_target(self, filled: bool, names: bool, path: str) -> None:
        if not path:
            return
        export = exports.plan(self.ctx.db, "attendance_sheet", path, names=names)
        if export.inside:
            self.save(filled, path, names)
            return
        self.warning = warn_outside(self.page, path, lambda: self.save(filled, path, names),
                                    closed=self._warning_closed)

    # -- 4. write ------------------------------------------------------------
    def save(self, filled: bool, path: str, names: bool = False) -> None:
        """Write the sheet to `path` (names only if asked; the role is checked) and
        record the export. The result arrives through the writer: settle first.
        A `.xlsx` or `.csv` path gets the whole training's attendance as a table."""
        db, ids = self.ctx.db, self.participant_ids()
        if Path(path).suffix.lower() in (".xlsx", ".csv"):
            self.save_table(path, names)
            return
        export = exports.plan(db, "attendance_sheet", path, names=names)

        def reveal() -> dict[str, str]:
            if not names or not ids:
                return {}
            return {pid: name for pid, (name, _c) in privacy.reveal_names(db, ids).items()}

        def write(shown: dict[str, str]) -> None:
            data = self.sheet_data(filled, shown)
            try:  # on the UI thread: Qt's printer draws there
                write_sheet(data, path)
            except OSError as error:
                self._failed(error)
                return
            WriteOp(self.ctx, lambda: exports.record(db, export, rows=len(data.rows)),
                    parent=self).success(
                lambda _event: self.said(path)).run_in_background()

        WriteOp(self.ctx, reveal, parent=self).success(write).run_in_background()

    def save_table(self, path: str, names: bool = False) -> None:
        """The training's attendance (sessions × participants, counts by gender and
        age band) as XLSX or CSV, through the same names rule, writer and audit."""
        db, ids, training = self.ctx.db, self.participant_ids(), self.page.training_id
        export = exports.plan(db, "attendance_table", path, names=names)
        labels = attendance_table.Labels(
            code=words.field_label("code"), name=words.field_label("name"),
            gender=words.field_label("gender"), age_band=words.field_label("age_band"),
            attended=self.tr("Sessions attended"), present=words.field_label("present"),
            mark="✓", value=words.code_label)
        title = self.tr("Attendance")

        def write() -> int:
            shown = {}
            if names and ids:  # revealed (and audited) on the writer, like the PDF's
                shown = {pid: name for pid, (name, _c) in privacy.reveal_names(db, ids).items()}
            table = attendance_table.training_table(db, training, shown)
            rows = attendance_table.write_table(table, path, labels, title)
            exports.record(db, export, rows)
            return rows

        WriteOp(self.ctx, write, parent=self).success(lambda _rows: self.said(path)).failure(
            self._failed).run_in_background()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.ctx.sig_message.emit(self.tr("Could not save: {reason}").format(
                reason=error.strerror or str(error)))
            return
        failures.report(error)

    def _warning_closed(self) -> None:
        self.warning = None
