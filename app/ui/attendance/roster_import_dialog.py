"""Import a partner's participant list onto the roster of the training chosen.

1. Choose a file (XLSX, XLS, ODS, CSV; Kobo and ODK exports): it is read off
   the UI thread, and the mapping is guessed (what the person chose for this
   partner's sheets before comes first).
2. Each column of the file has a combo box with the field it fills; a change
   plans again (off the UI thread) and the preview shows every row with what
   importing does to it and its problems. Nothing is written yet.
3. Import (the default button) writes every row that can go in through the
   one writer, in one unit of work, and puts it on the undo stack as one step;
   the mapping is remembered for the partner if the box is ticked.
4. The result is one sentence; the rows that could not go in can be saved as
   a CSV to fix and import again (an export: audited, names only for roles
   that may see them, a warning outside the data folder).

Names in the preview and in the saved rows only for roles that may see names.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services import exports
from app.services.errors import ServiceError
from app.services.roster_import import RosterImport, RosterPlan, write_rejects
from app.services.roster_mapping import FIELDS, header_score
from app.services.roster_read import Sheet, as_text, read_sheet
from app.ui.attendance.attendance_undo import push_step
from app.ui.attendance.roster_import_model import (
    PreviewModel,
    error_text,
    field_name,
    result_text,
    summary_text,
)
from app.ui.base import failures, words
from app.ui.base.changes import OpChanges
from app.ui.base.context import AppContext
from app.ui.base.ops import Op
from app.ui.base.writer import WriteOp
from app.ui.widgets.outside_warning import warn_outside

SENSITIVE = ("name", "contact")


class RosterImportDialog(QDialog):
    def __init__(self, ctx: AppContext, training_id: str, training_title: str,
                 said: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.ctx, self.training_id, self.said = ctx, training_id, said
        self.importer = RosterImport(ctx.db)
        self.sheet: Sheet | None = None
        self.plan: RosterPlan | None = None
        self.written: RosterPlan | None = None
        self.file_dialog: QFileDialog | None = None  # the open dialogs, for tests
        self.warning: QMessageBox | None = None
        self.setWindowTitle(self.tr("Import a participant list"))
        self.resize(980, 640)
        self.training = QLabel(self.tr("Onto the roster of: {training}").format(
            training=training_title))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("File"))
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                                self.tr("Example"), self.tr("Fills")])
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.setAccessibleName(self.tr("Which column holds what"))
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # (the first
        header.setResizeContentsPrecision(200)  # rows: a list may have 100,000)
        header.setStretchLastSection(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("fb_data", "data")
        self.remember = QCheckBox(self.tr("&Remember this mapping for the partner's lists"))
        self.remember.setChecked(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.rejects_button = self.buttons.addButton(self.tr("&Save rows not imported…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.choose, self.rejects_button, self.close_button):
            button.setAutoDefault(False)  # Enter anywhere imports, once there is a preview
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.rejects_button.clicked.connect(self.save_rejects)
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.training)
        layout.addLayout(top)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # -- 1. the file ------------------------------------------------------------
    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a participant list"), "",
                             self.tr("Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;"
                                     "All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.load_file)
        dialog.finished.connect(self._chooser_closed)
        self.file_dialog = dialog
        dialog.open()

    def _chooser_closed(self) -> None:
        """Back in this dialog with the keys (without a window manager nothing would)."""
        self.file_dialog = None
        self.activateWindow()
        if self.focusWidget() is None or not self.isAncestorOf(self.focusWidget()):
            self.preview.setFocus()

    def load_file(self, path: str) -> None:
        if not path:
            return
        self.path.setText(path)
        self.sheet = self.plan = self.written = None
        self.mapping.setRowCount(0)
        self.preview_model.set_plan(None, self.ctx.may_view_names())
        self.summary.setText(self.tr("Reading the file…"))
        self._update_buttons()
        importer, training = self.importer, self.training_id

        def read():
            sheet = read_sheet(path, header_score)
            mapping = importer.guess(sheet, training)
            return sheet, mapping, importer.plan(sheet, training, mapping)

        Op(self, read).success(self._read).failure(self._failed).run_in_background()

    def _read(self, result) -> None:
        self.sheet, mapping, plan = result
        self._fill_mapping(mapping)
        self._planned(plan)
        self.preview.setFocus()  # Enter imports; Shift+Tab goes back to the mapping

    # -- 2. the mapping and the preview -----------------------------------------
    def _fill_mapping(self, mapping: list[str]) -> None:
        sheet, names = self.sheet, self.ctx.may_view_names()
        self.mapping.setRowCount(len(sheet.headers))
        for n, header in enumerate(sheet.headers):
            example = next((as_text(cells[n]) for _line, cells in sheet.rows[:50]
                            if n < len(cells) and as_text(cells[n])), "")
            title = header or self.tr("(column {n})").format(n=n + 1)
            self.mapping.setItem(n, 0, QTableWidgetItem(title))
            hidden = mapping[n] in SENSITIVE and not names
            self.mapping.setItem(n, 1, QTableWidgetItem("•••" if hidden else example[:60]))
            combo = QComboBox()
            for field in ("",) + FIELDS:
                combo.addItem(field_name(field), field)
            combo.setCurrentIndex(combo.findData(mapping[n]))
            combo.setAccessibleName(self.tr("What column {column} holds").format(
                column=header or n + 1))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(n, 2, combo)

    def current_mapping(self) -> list[str]:
        return [self.mapping.cellWidget(n, 2).currentData()
                for n in range(self.mapping.rowCount())]

    def set_field(self, column: int, field: str) -> None:
        """Choose what a column holds (as the combo box does)."""
        combo = self.mapping.cellWidget(column, 2)
        combo.setCurrentIndex(combo.findData(field))

    def _mapping_changed(self) -> None:
        if self.sheet is None or self.written is not None:
            return
        for n, field in enumerate(self.current_mapping()):  # examples of names stay hidden
            if field in SENSITIVE and not self.ctx.may_view_names():
                self.mapping.item(n, 1).setText("•••")
        self.plan = None
        self._update_buttons()
        importer, sheet, training, mapping = (self.importer, self.sheet, self.training_id,
                                              self.current_mapping())
        Op(self, lambda: importer.plan(sheet, training, mapping)).success(
            self._planned).failure(self._failed).run_in_background()

    def _planned(self, plan: RosterPlan) -> None:
        if self.sheet is None or plan.sheet is not self.sheet:
            return
        if plan.mapping != self.current_mapping():
            return  # an older plan: the newer one is on its way
        self.plan = plan
        self.preview_model.set_plan(plan, self.ctx.may_view_names())
        self.summary.setText(summary_text(plan))
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, ServiceError | OSError):
            failures.report(error)
            return
        self.plan = None
        self.summary.setText(error_text(error))
        self._update_buttons()

    # -- 3. import --------------------------------------------------------------
    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.writes or self.written is not None:
            return
        self.import_button.setEnabled(False)
        importer, remember = self.importer, self.remember.isChecked()
        WriteOp(self.ctx, lambda: importer.apply(plan, remember), parent=self).changes(
            OpChanges.of("participant", "roster_entry")).success(self._imported).failure(
            self._failed).run_in_background()

    def _imported(self, result) -> None:
        self.written, step = result
        push_step(self.ctx, step, self.said)
        sentence = result_text(self.written)
        self.summary.setText(sentence)
        self.said(sentence)
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()
        self.close_button.setFocus()

    def _update_buttons(self) -> None:
        done = self.written is not None
        self.import_button.setEnabled(not done and self.plan is not None and self.plan.writes)
        shown = self.written or self.plan
        self.rejects_button.setEnabled(shown is not None and bool(shown.rejected))
        self.remember.setEnabled(not done)
        for n in range(self.mapping.rowCount()):
            self.mapping.cellWidget(n, 2).setEnabled(not done)

    # -- 4. the rows that could not go in -------------------------------------------
    def save_rejects(self) -> None:
        folder = self.ctx.db.paths.root / "exports"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        dialog = QFileDialog(self, self.tr("Save the rows not imported"), str(folder),
                             self.tr("CSV (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("not-imported.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.check_rejects_target)
        dialog.finished.connect(self._chooser_closed)
        self.file_dialog = dialog
        dialog.open()

    def check_rejects_target(self, path: str) -> None:
        if not path:
            return
        names = self.ctx.may_view_names()
        if exports.plan(self.ctx.db, "roster_rejects", path, names=names).inside:
            self.write_rejects(path)
            return
        self.warning = warn_outside(self, path, lambda: self.write_rejects(path),
                                    closed=self._warning_closed)

    def write_rejects(self, path: str) -> None:
        plan, db, names = self.written or self.plan, self.ctx.db, self.ctx.may_view_names()
        export = exports.plan(db, "roster_rejects", path, names=names)

        def write() -> int:
            rows = write_rejects(plan, path, names)
            exports.record(db, export, rows)
            return rows

        def saved(rows: int) -> None:
            self.summary.setText(self.tr("Rows not imported ({count}) saved to fix and import "
                                         "again: {path}")
                                 .format(count=words.format_number(rows), path=path))

        WriteOp(self.ctx, write, parent=self).success(saved).failure(
            self._rejects_failed).run_in_background()

    def _rejects_failed(self, error: BaseException) -> None:
        """The rows not imported could not be saved (the file the user chose is as it
        was): say so in one sentence; the preview and the import stay as they were."""
        if not isinstance(error, OSError):
            failures.report(error)
            return
        self.summary.setText(self.tr("The rows not imported could not be saved: {reason}")
                             .format(reason=error.strerror or str(error)))

    def _warning_closed(self) -> None:
        self.warning = None
