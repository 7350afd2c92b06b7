"""The Reports section: one tab per report kind, each a chart above its table.

The filters (`filters_bar.py`) apply to every tab. The shown tab's report is
built by `app.reports.model.build_report` on a worker (`ops.Op`), never on
the UI thread and never with SQL here; a newer filter or tab cancels the
older build between its steps. A report with several tables lets Alt+A
choose the table; the chart follows it. Export… (Ctrl+Shift+E) writes the
report as PDF, XLSX or CSV (`export.py`); Project summary… (Ctrl+P) prints
the chosen project on one page (`summary.py`). Each ends in a sentence under
the table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.reports.model import REPORT_KINDS, build_report
from app.ui.base import failures
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op
from app.ui.base.shortcuts import local_shortcut
from app.ui.reports.chart_view import ReportChartView
from app.ui.reports.export import ReportExport
from app.ui.reports.filters_bar import FiltersBar
from app.ui.reports.table_model import ReportSortModel, ReportTableModel
from app.ui.reports.words import kind_label, label, table_label


class ReportView(Retranslating, QWidget):
    """One kind's tab: which table, its chart, the table itself."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.report = None
        self.choice_caption = QLabel()
        self.choice = QComboBox()
        self.choice_caption.setBuddy(self.choice)
        self.chart = ReportChartView()
        self.model = ReportTableModel(label, self)
        self.sorted = ReportSortModel(self)
        self.sorted.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.sorted)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order first
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        row = QHBoxLayout()
        row.addWidget(self.choice_caption)
        row.addWidget(self.choice, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(row)
        column.addWidget(splitter, 1)
        self.choice.currentIndexChanged.connect(lambda _n: self._show_table())
        self.retranslate()

    def retranslate(self) -> None:
        self.choice_caption.setText(self.tr("T&able"))
        self.choice.setAccessibleName(self.tr("Table"))
        self.view.setAccessibleName(kind_label(self.kind))
        for n in range(self.choice.count()):
            self.choice.setItemText(n, table_label(self.choice.itemData(n)))
        self.model.retranslate()
        self._show_table()

    def show_report(self, report) -> None:
        self.report = report
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        for table in report.tables:
            self.choice.addItem(table_label(table.key), table.key)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))
        self.choice.blockSignals(False)
        visible = len(report.tables) > 1
        self.choice.setVisible(visible)
        self.choice_caption.setVisible(visible)
        self._show_table()

    def table(self):
        if self.report is None or not self.report.tables:
            return None
        key = self.choice.currentData()
        return next((t for t in self.report.tables if t.key == key), self.report.tables[0])

    def _show_table(self) -> None:
        table = self.table()
        self.model.set_table(table)
        if table is None:
            self.chart.show_table(None, None, label)
            return
        spec = next((c for c in self.report.charts if c.table_key == table.key), None)
        self.chart.show_table(table, spec, label)
        self.view.resizeColumnsToContents()


class ReportsPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.filters = FiltersBar(ctx)
        self.tabs = QTabWidget()
        self.views: dict[str, ReportView] = {}
        for kind in REPORT_KINDS:
            view = ReportView(kind)
            self.views[kind] = view
            self.tabs.addTab(view, "")
        self.export_button = QPushButton()
        self.summary_button = QPushButton()
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.said, 1)
        buttons.addWidget(self.summary_button)
        buttons.addWidget(self.export_button)
        column = QVBoxLayout(self)
        column.addWidget(self.filters)
        column.addWidget(self.tabs, 1)
        column.addLayout(buttons)
        self.exporter = ReportExport(self)
        self.export_button.clicked.connect(self.export)
        self.summary_button.clicked.connect(self.summary)
        local_shortcut(self, "reports.export", self.export)
        local_shortcut(self, "reports.summary", self.summary)
        self._build: Op | None = None
        self.stale = True
        self.built: dict[str, object] = {}  # kind: the report shown (for tests and exports)
        self.timer = QTimer(self)  # filters typed in a row ask for one build
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.refresh)
        self.filters.sig_changed.connect(self.timer.start)
        self.tabs.currentChanged.connect(lambda _n: self.refresh())
        ctx.sig_data_changed.connect(lambda _table: self.timer.start())
        self.retranslate()
        QTimer.singleShot(0, self, self.refresh)

    def retranslate(self) -> None:
        short = {"indicator_progress": self.tr("Indicators"),
                 "attendance": self.tr("Attendance"), "activities": self.tr("Activities"),
                 "advocacy": self.tr("Advocacy"), "disbursements": self.tr("Disbursements")}
        for n, kind in enumerate(REPORT_KINDS):  # short, so five fit beside each other
            self.tabs.setTabText(n, short.get(kind, kind_label(kind)))
            self.tabs.setTabToolTip(n, kind_label(kind))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("PDF, XLSX or CSV (Ctrl+Shift+E)"))
        self.summary_button.setText(self.tr("Project &summary…"))
        self.summary_button.setToolTip(self.tr("The chosen project on one printable page "
                                               "(Ctrl+P)"))

    def kind(self) -> str:
        return REPORT_KINDS[self.tabs.currentIndex()]

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.timer.start()

    def refresh(self) -> None:
        """Build the shown kind with the filters as they are (an older build cancelled);
        while the page is hidden, only remember to (an edit elsewhere changed the data)."""
        self.stale = not self.isVisible()
        if self.stale:
            return
        filters = self.filters.filters()
        if filters is None:
            return
        if self._build is not None:
            self._build.cancel()
        kind, audience, db = self.kind(), self.filters.chosen_audience(), self.ctx.db
        op = Op(self, lambda token: build_report(kind, filters, audience, db,
                                                 should_stop=lambda: token.cancelled))
        self._build = op.success(lambda report: self._built(op, report)).failure(
            lambda error: self._failed(op, error)).run_in_background()

    def _built(self, op: Op, report) -> None:
        if op is not self._build:
            return
        self._build = None
        self.built[report.kind] = report
        self.views[report.kind].show_report(report)

    def _failed(self, op: Op, error: BaseException) -> None:
        if op is self._build:
            self._build = None
            failures.report(error)

    def say(self, text: str) -> None:
        self.said.setText(text)

    def export(self) -> None:
        filters = self.filters.filters()
        if filters is not None:
            self.exporter.start(self.kind(), filters, self.filters.names())

    def summary(self) -> None:
        filters = self.filters.filters()
        if filters is None:
            return
        if not filters.project_id:
            self.say(self.tr("Choose a project first: the summary is of one project."))
            self.filters.project.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.exporter.start_summary(filters, self.filters.names())
