"""One report table in a view: typed cells in words, sorted by what they hold.

The lists' conventions (`widgets/table_model.py`): numbers right-aligned,
headers in the UI language, repainted on a language switch. A click on a
header sorts through a `QSortFilterProxyModel` by `SORT_ROLE`: numbers by
size, suppressed public counts ("<5", "x") before every number, never by
the value they hide. The totals row stays last whatever the order.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from app.ui.reports.cells import NUMERIC_KINDS, format_cell, sort_key

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportTableModel(QAbstractTableModel):
    def __init__(self, label, parent=None):
        super().__init__(parent)
        self.label = label
        self.table = None

    def set_table(self, table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def is_total(self, row: int) -> bool:
        return bool(self.table is not None and self.table.totals
                    and row == len(self.table.rows) - 1)

    def retranslate(self) -> None:
        if self.table is not None and self.table.rows:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                        len(self.table.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(
                len(self.table.rows) - 1, len(self.table.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        column = self.table.columns[index.column()]
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(value, column, self.label, self.is_total(index.row()))
        if role == SORT_ROLE:  # a code by its words, as shown
            shown = format_cell(value, column, self.label) if column.codes else value
            return (1 if self.is_total(index.row()) else 0, sort_key(shown, column.kind))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in NUMERIC_KINDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
            return self.label(f"column:{self.table.columns[section].key}")
        return None


class ReportSortModel(QSortFilterProxyModel):
    """Sorts by SORT_ROLE, the totals row last in either order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt's name
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a[0] != b[0]:  # the totals row: last, ascending or descending
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (a[0] < b[0]) != descending
        return a[1] < b[1]
