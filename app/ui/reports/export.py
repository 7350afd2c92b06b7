"""Exports from the Reports page: which format and audience, where, then in the background.

The steps, each window-modal (`open()`, so keys reach them in tests as for a
person), in the conventions of the attendance sheet (`attendance/sheet_export.py`):
1. Format (PDF, XLSX, CSV with or without the BOM Excel wants) and audience:
   public by default; internal only for the roles that may see exact counts.
2. A save dialog starting in the data folder's `exports/` (the wipe reaches it).
3. A target outside the data folder: a warning, "Cancel" the default.
4. The report is built and written on a worker behind a progress dialog with
   Cancel. The file is written under a temporary name beside the target and
   renamed on the UI thread only if Cancel was not pressed, so a cancelled
   export leaves no file at any moment. The `export` audit event follows
   through the writer, and one sentence under the table says what happened.
The one-page project summary takes the same way without step 1 (always PDF,
in the page's audience).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
)

from app.reports import csv_export, xlsx
from app.reports.model import Audience, ReportCancelled, build_report
from app.services import exports
from app.ui.base import failures
from app.ui.base.ops import Op
from app.ui.base.writer import WriteOp
from app.ui.reports.filters_bar import may_see_internal
from app.ui.reports.pdf import ExportCancelled, chart_pictures, write_pdf
from app.ui.reports.summary import summary_pictures, summary_reports, write_summary
from app.ui.reports.words import kind_label, label
from app.ui.widgets.outside_warning import warn_outside

FORMATS = ("pdf", "xlsx", "csv")


class ExportChoice(QDialog):
    """Format, BOM and audience of one export."""

    def __init__(self, page, audience: Audience):
        super().__init__(page)
        self.setWindowTitle(self.tr("Export report"))
        self.format = QComboBox()
        for key, text in (("pdf", self.tr("PDF (charts and tables)")),
                          ("xlsx", self.tr("Excel workbook (XLSX)")),
                          ("csv", self.tr("CSV (UTF-8)"))):
            self.format.addItem(text, key)
        self.bom = QCheckBox(self.tr("Start with a BOM, for Excel"))
        self.audience = QComboBox()
        self.audience.addItem(self.tr("Public (counts under 5 hidden)"), Audience.PUBLIC)
        if may_see_internal(page.ctx):
            self.audience.addItem(self.tr("Internal (exact counts)"), Audience.INTERNAL)
        self.audience.setCurrentIndex(max(0, self.audience.findData(audience)))
        form = QFormLayout(self)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow("", self.bom)
        form.addRow(self.tr("&Audience"), self.audience)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(lambda _n: self._follow())
        self._follow()

    def _follow(self) -> None:
        self.bom.setEnabled(self.format.currentData() == "csv")


class _Progress(QObject):
    sig_step = Signal(int, int)  # done, of (emitted from the worker, shown on the UI thread)


class ReportExport(QObject):
    """The dialogs and the background work of the page's exports."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.choice: ExportChoice | None = None  # the open dialogs, for tests
        self.dialog: QFileDialog | None = None
        self.warning: QMessageBox | None = None
        self.progress: QProgressDialog | None = None

    # -- 1. format and audience ------------------------------------------------
    def start(self, kind: str, filters, names: dict[str, str]) -> None:
        choice = ExportChoice(self.page, self.page.filters.chosen_audience())
        choice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            job = {"kind": kind, "filters": filters, "names": names,
                   "format": choice.format.currentData(), "bom": choice.bom.isChecked(),
                   "audience": choice.audience.currentData()}
            self.choose_target(job)

        choice.accepted.connect(answered)
        choice.finished.connect(lambda _result: setattr(self, "choice", None))
        self.choice = choice
        choice.open()

    def start_summary(self, filters, names: dict[str, str]) -> None:
        self.choose_target({"kind": "summary", "filters": filters, "names": names,
                            "format": "pdf", "bom": False,
                            "audience": self.page.filters.chosen_audience()})

    # -- 2. where ------------------------------------------------------------
    def choose_target(self, job: dict) -> None:
        folder = self.ctx.db.paths.root / "exports"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        suffix = job["format"]
        filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "csv": self.tr("CSV (*.csv)")}
        dialog = QFileDialog(self.page, self.tr("Save report"), str(folder), filters[suffix])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(f"{job['kind']}-{job['audience']}.{suffix}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.check_target(job, path))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    # -- 3. outside the data folder -------------------------------------------
    def check_target(self, job: dict, path: str) -> None:
        if not path:
            return
        if exports.inside_data_folder(self.ctx.db.paths, path):
            self.write(job, path)
            return
        self.warning = warn_outside(self.page, path, lambda: self.write(job, path),
                                    closed=self._warning_closed)

    # -- 4. write in the background ---------------------------------------------
    def write(self, job: dict, path: str) -> None:
        target = Path(path)
        stop = threading.Event()
        relay = _Progress(self)
        dialog = QProgressDialog(self.tr("Writing the report…"), self.tr("Cancel"), 0, 100,
                                 self.page)
        dialog.setWindowTitle(self.tr("Export report"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        relay.sig_step.connect(lambda done, total: dialog.setValue(
            min(99, int(100 * done / max(total, 1)))))
        state = {"temp": None}

        def cancelled() -> None:
            if stop.is_set():
                return
            stop.set()
            self.progress = None
            self.page.say(self.tr("Export cancelled: no file was written."))

        dialog.canceled.connect(cancelled)
        dialog.rejected.connect(cancelled)  # Esc hides it without "canceled"
        self.progress = dialog
        dialog.show()
        dialog.setValue(1)
        db, should_stop = self.ctx.db, stop.is_set
        kind, filters, audience = job["kind"], job["filters"], job["audience"]

        services = self.ctx.services

        def build():
            if kind == "summary":  # the page's title: the project's own, not its picker label
                job["title"] = services.projects.get(filters.project_id).title
                return summary_reports(filters, audience, db, should_stop)
            return build_report(kind, filters, audience, db, should_stop=should_stop)

        def write_file(built, pictures=None):
            temp = exports.temp_beside(target)
            state["temp"] = temp
            step = relay.sig_step.emit
            try:
                if kind == "summary":
                    write_summary(built, temp, label, pictures, job["title"], job["names"])
                elif job["format"] == "pdf":
                    write_pdf(built, temp, label, pictures, job["names"], step, should_stop)
                elif job["format"] == "xlsx":
                    xlsx.write_report(built, temp, label)
                else:
                    csv_export.write_report(built, temp, label, bom=job["bom"])
                if should_stop():
                    raise ExportCancelled()
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            return built

        def built_then_write(built) -> None:
            if stop.is_set():
                return
            relay.sig_step.emit(1, 3)
            pictures = None
            if job["format"] == "pdf":  # charts are drawn on the UI thread
                pictures = (summary_pictures(built, label) if kind == "summary"
                            else chart_pictures(built, label))
            Op(self, lambda: write_file(built, pictures)).success(finished).failure(
                failed).run_in_background()

        def finished(built) -> None:
            temp = state["temp"]
            if stop.is_set():  # Cancel came after the worker's last look: nothing stays
                temp.unlink(missing_ok=True)
                return
            exports.put_in_place(temp, target)
            dialog.reset()
            dialog.deleteLater()
            self.progress = None
            rows = (sum(len(t.rows) for r in built.values() for t in r.tables)
                    if kind == "summary" else sum(len(t.rows) for t in built.tables))
            self.record(job, path, rows)

        def failed(error: BaseException) -> None:
            dialog.reset()
            dialog.deleteLater()
            self.progress = None
            if isinstance(error, ReportCancelled | ExportCancelled) or stop.is_set():
                return
            failures.report(error)

        if job["format"] == "pdf":
            Op(self, build).success(built_then_write).failure(failed).run_in_background()
        else:
            Op(self, lambda: write_file(build())).success(finished).failure(
                failed).run_in_background()

    def record(self, job: dict, path: str, rows: int) -> None:
        what = f"report {job['kind']} ({job['audience']}, {job['format']})"
        export = exports.plan(self.ctx.db, what, path)
        db = self.ctx.db
        title = (self.tr("Project summary") if job["kind"] == "summary"
                 else kind_label(job["kind"]))
        audience = (self.tr("public") if job["audience"] == Audience.PUBLIC
                    else self.tr("internal"))
        sentence = self.tr("Saved “{title}” ({audience}, {format}) to {path}.").format(
            title=title, audience=audience, format=job["format"].upper(), path=path)
        WriteOp(self.ctx, lambda: exports.record(db, export, rows=rows), parent=self).success(
            lambda _event: self.page.say(sentence)).run_in_background()

    def _warning_closed(self) -> None:
        self.warning = None
