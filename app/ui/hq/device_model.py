"""The list of enrolled laptops: one row per `DeviceRow`, sortable and searchable.

The rows come from `hq_service.devices`, read off the UI thread by the page;
the model never reads the database. Sorting goes by the value (a date as a
date, a count as a number) through `SORT_ROLE`; the search matches any
column's words, as in every other list. Revoked laptops are greyed and
italic, and say so in their state column.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.sync.hq_service import DeviceRow
from app.ui.base import words

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
GREY = QColor("#7a7a7a")
translate = QCoreApplication.translate
COLUMNS = ("name", "state", "scope", "enrolled", "last", "changes", "return", "hub")
NUMERIC = ("changes",)


def scope_text(scope: str) -> str:
    return translate("DeviceModel", "everything") if scope == "all" else scope


def state_text(state: str) -> str:
    return {"enrolled": translate("DeviceModel", "No package yet"),
            "active": translate("DeviceModel", "Active"),
            "revoked": translate("DeviceModel", "Revoked")}.get(state, state)


def hub_text(row: DeviceRow) -> str:
    if row.hub is None:
        return ""
    text = words.format_datetime(row.hub.last_request or row.hub.last_upload)
    bundles = row.hub.bundles
    if bundles:
        text += " · " + translate("DeviceModel", "%Ln packages", "", bundles)
    return text


class DeviceTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[DeviceRow] = []

    def set_rows(self, rows: list[DeviceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, n: int) -> DeviceRow | None:
        return self._rows[n] if 0 <= n < len(self._rows) else None

    def hub_used(self) -> bool:
        """Has any laptop spoken to a hub here? (Else its column is hidden.)"""
        return any(row.hub is not None for row in self._rows)

    def rows(self) -> list[DeviceRow]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def cell(self, row: DeviceRow, column: str) -> str:
        if column == "name":
            return row.name
        if column == "state":
            return state_text(row.state)
        if column == "scope":
            return scope_text(row.scope)
        if column == "enrolled":  # the day is enough; the tooltip has the time
            return words.format_date(row.enrolled_at.astimezone().date()) if row.enrolled_at \
                else ""
        if column == "last":
            if row.last_bundle_at is None:
                return translate("DeviceModel", "never")
            bundles = row.bundles
            return translate("DeviceModel", "{when} (%Ln packages)", "", bundles).format(
                when=words.format_datetime(row.last_bundle_at))
        if column == "changes":
            return words.format_number(row.changes)
        if column == "return":
            return translate("DeviceModel", "Yes") if row.return_waiting else ""
        return hub_text(row)

    def sort_value(self, row: DeviceRow, column: str):
        if column == "enrolled":
            return row.enrolled_at or datetime.min
        if column == "last":
            return row.last_bundle_at.timestamp() if row.last_bundle_at else 0.0
        if column == "changes":
            return row.changes
        if column == "return":
            return int(row.return_waiting)
        if column == "hub":
            when = row.hub and (row.hub.last_request or row.hub.last_upload)
            return when.timestamp() if when else 0.0
        return self.cell(row, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column == "enrolled":
            return words.format_datetime(row.enrolled_at)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.device_id
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.revoked:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and row.revoked:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return {
            "name": translate("DeviceModel", "Laptop"),
            "state": translate("DeviceModel", "State"),
            "scope": translate("DeviceModel", "Scope"),
            "enrolled": translate("DeviceModel", "Enrolled"),
            "last": translate("DeviceModel", "Last package"),
            "changes": translate("DeviceModel", "Changes merged"),
            "return": translate("DeviceModel", "Return waiting"),
            "hub": translate("DeviceModel", "Hub: last seen"),
        }[COLUMNS[section]]


class DeviceFilter(QSortFilterProxyModel):
    """Search in every column's words (any column, any case); sort by value."""

    def __init__(self, source: DeviceTableModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
