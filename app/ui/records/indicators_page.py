"""Indicators: progress against baseline and target, and the values behind it.

The first tab reads `progress.indicator_progress` off the UI thread; the other
two are the ordinary editors for indicators and their values per period, with
the breakdown by gender and age band.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
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

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "progress", "latest", "target", "baseline", "unit", "project", "goal")


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
            if name == "latest":
                return words.format_value(name, row.latest)
            return words.format_value(name, getattr(row, name))
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("latest", "target",
                                                                  "baseline"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
            "latest": self.tr("Latest value"), "progress": self.tr("Progress"),
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
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        ctx.sig_data_changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Indicator progress"))
        self.model.retranslate()

    def reload(self) -> None:
        Op(self, lambda: indicator_progress(self.ctx.db)).success(
            self._loaded).run_in_background()

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        for column, name in enumerate(COLUMNS):  # long titles must not hide the figures
            cap = 220 if name in ("name", "project", "goal") else 140
            self.view.setColumnWidth(column, max(min(self.view.columnWidth(column), cap),
                                                 160 if name == "progress" else 0))

    def _data_changed(self, entity: str) -> None:
        if entity in ("indicator", "indicator_value", "goal", "project"):
            self.reload()
