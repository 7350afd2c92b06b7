"""Indicators: progress against baseline and target, and the values behind it.

The first tab reads `progress.indicator_progress` off the UI thread: one row
per indicator (progress by the cumulative total for one whose readings add
up, by the latest reading otherwise) and, below it, the chosen indicator's
readings period by period (`indicator_history.py`). Values that break their
indicator's rules (a sync merge can combine one) are counted above and
marked. The other two tabs are the ordinary editors for indicators and their
values per period, with the breakdown by gender and age band.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.progress import IndicatorProgress, indicator_progress
from app.ui.base import words
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op
from app.ui.records.indicator_history import COLUMNS as HISTORY_COLUMNS
from app.ui.records.indicator_history import HistoryTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "progress", "latest", "cumulative", "target", "baseline", "unit", "project",
           "goal")
FIGURES = ("latest", "cumulative", "target", "baseline")


class ProgressTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[IndicatorProgress] = []

    def set_rows(self, rows: list[IndicatorProgress]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, name = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "progress":
                share = row.progress
                return "" if share is None else self.tr("{percent} %").format(
                    percent=words.format_number(round(share * 100)))
            if name == "cumulative" and not row.accumulates:
                return ""
            return words.format_value(name, getattr(row, name))
        if role == Qt.ItemDataRole.TextAlignmentRole and name in FIGURES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and name == "name" and row.inconsistent:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and name == "name" and row.inconsistent:
            return self.tr("Values that do not fit this indicator: {count}").format(
                count=words.format_number(row.inconsistent))
        if role == Qt.ItemDataRole.UserRole:
            return row.indicator_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal
                or not 0 <= section < len(COLUMNS)):
            return None
        return {
            "project": self.tr("Project"), "goal": self.tr("Goal"),
            "name": self.tr("Indicator"), "unit": self.tr("Unit"),
            "baseline": self.tr("Baseline"), "target": self.tr("Target"),
            "latest": self.tr("Latest reading"), "progress": self.tr("Progress"),
            "cumulative": self.tr("Cumulative"),
        }[COLUMNS[section]]


class ProgressBarDelegate(QStyledItemDelegate):
    """Draws the share of the way from baseline to target as a bar with its text."""

    def paint(self, painter, option, index) -> None:
        row = index.model().rows[index.row()] if index.isValid() else None
        share = row.progress if row is not None else None
        if share is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = max(0, min(100, round(share * 100)))
        bar.text = index.data()
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class IndicatorProgressWidget(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ProgressTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setItemDelegateForColumn(COLUMNS.index("progress"), ProgressBarDelegate(self))
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.inconsistent = QLabel()
        self.inconsistent.setStyleSheet("color: #b00020;")
        self.inconsistent.setWordWrap(True)
        self.inconsistent.hide()
        self.history_heading = QLabel()
        self.history_heading.setStyleSheet("font-weight: bold;")
        self.history = HistoryTableModel(self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history)
        self.history_view.verticalHeader().hide()
        self.history_view.setWordWrap(False)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_heading)
        lower_layout.addWidget(self.history_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.inconsistent)
        layout.addWidget(splitter, 1)
        ctx.sig_data_changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Indicator progress"))
        self.history_view.setAccessibleName(self.tr("Readings per period"))
        self.model.retranslate()
        self.history.retranslate()
        self._size_columns()
        self._describe()

    def reload(self) -> None:
        Op(self, lambda: indicator_progress(self.ctx.db)).success(
            self._loaded).run_in_background()

    def _loaded(self, rows) -> None:
        chosen = self._current_id()
        self.model.set_rows(rows)
        self._size_columns()
        ids = [r.indicator_id for r in rows]
        if rows:
            self.view.selectRow(ids.index(chosen) if chosen in ids else 0)
        else:
            self._chosen(QModelIndex())
        self._describe()

    def _size_columns(self) -> None:
        """Columns fit their contents and titles (again in a new language); long titles
        must not hide the figures."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            cap = 220 if name in ("name", "project", "goal") else 160
            width = max(self.view.columnWidth(column), header.sectionSizeFromContents(
                column).width() if name in FIGURES else 0)
            self.view.setColumnWidth(column, max(min(width, cap),
                                                 160 if name == "progress" else 0))
        self.history_view.resizeColumnsToContents()
        for column, name in enumerate(HISTORY_COLUMNS):  # the whole text is in the tooltip
            cap = {"breakdown": 340}.get(name, 240)
            self.history_view.setColumnWidth(column,
                                             min(self.history_view.columnWidth(column), cap))

    def _current_id(self) -> str | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row].indicator_id if 0 <= row < len(self.model.rows) else None

    def _chosen(self, current: Index, _previous: Index | None = None) -> None:
        row = current.row() if current.isValid() else -1
        self.history.set_indicator(self.model.rows[row] if 0 <= row < len(self.model.rows)
                                   else None)
        self._size_columns()
        self._describe()

    def _describe(self) -> None:
        indicator = self.history.indicator
        self.history_heading.setText(
            self.tr("Readings of {name}, period by period").format(name=indicator.name)
            if indicator else self.tr("Readings, period by period"))
        count = sum(r.inconsistent for r in self.model.rows)
        self.inconsistent.setVisible(count > 0)
        self.inconsistent.setText(self.tr(
            "Values that do not fit their indicator (marked in red): {count}. "
            "Fields merged from two laptops may not add up; correct them under "
            "Indicator values.").format(count=words.format_number(count)))

    def _data_changed(self, entity: str) -> None:
        if entity in ("indicator", "indicator_value", "goal", "project"):
            self.reload()
