"""Table models of the Sync page: exported packages, conflicts, held-back changes.

Each is a `QAbstractTableModel` over a list handed to it by the page (read
off the UI thread by `sync_state.load`); they never read the database. The
lists are short (packages since enrolment, conflicts not yet reviewed), so a
new snapshot simply resets the model. Headers and words are looked up at
paint time, so a language switch repaints them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.sync.service import ExportedBundle
from app.ui.base import words
from app.ui.sync.sync_state import HIDDEN, ConflictRow, HeldRow, stamp_time

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
translate = QCoreApplication.translate


def value_text(field: str, value) -> str:
    """A synced value in words; names and contacts never reach this table."""
    if value is HIDDEN:
        return translate("SyncModels", "(hidden: name or contact)")
    if value is None or value == "":
        return translate("SyncModels", "(empty)")
    return words.format_value(field, value)


def field_text(field: str) -> str:
    if field == "deleted":
        return translate("SyncModels", "Deleted")
    return words.field_label(field)


def record_text(table: str, label: str) -> str:
    return f"{words.entity_title(table)} · {label}"


def who_when(device: str, when) -> str:
    return f"{device} · {words.format_datetime(when)}" if when else device


class SyncTableModel(QAbstractTableModel):
    """Rows of plain objects; subclasses name the columns and render a cell."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, n: int):
        return self._rows[n] if 0 <= n < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                 self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def header(self, column: str) -> str:
        raise NotImplementedError

    def cell(self, row, column: str) -> str:
        raise NotImplementedError

    def key(self, row):
        raise NotImplementedError

    def numeric(self, column: str) -> bool:
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return self.key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.numeric(column):
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.header(self.COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None


class BundleTableModel(SyncTableModel):
    """Packages exported from this laptop, newest first, and whether HQ confirmed them."""

    COLUMNS = ("created", "changes", "size", "acknowledged", "file")

    def header(self, column: str) -> str:
        return {
            "created": translate("SyncModels", "Written"),
            "changes": translate("SyncModels", "Changes"),
            "size": translate("SyncModels", "Size"),
            "acknowledged": translate("SyncModels", "Received by headquarters"),
            "file": translate("SyncModels", "File"),
        }[column]

    def cell(self, row: ExportedBundle, column: str) -> str:
        if column == "created":
            return words.format_datetime(stamp_time(row.created))
        if column == "changes":
            return words.format_number(row.changes)
        if column == "size":
            return QLocale().formattedDataSize(row.bytes)
        if column == "acknowledged":
            return (translate("SyncModels", "Yes, confirmed") if row.acknowledged
                    else translate("SyncModels", "Not yet"))
        return Path(row.path).name if row.path else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid()
                and self.COLUMNS[index.column()] == "file" and self.row(index.row())):
            return self.row(index.row()).path
        return super().data(index, role)

    def key(self, row: ExportedBundle) -> str:
        return row.bundle_id

    def numeric(self, column: str) -> bool:
        return column in ("changes", "size")


class ConflictTableModel(SyncTableModel):
    """Each losing value: the record, the field, both values, who and when."""

    COLUMNS = ("record", "field", "kept", "kept_from", "lost", "lost_from")

    def header(self, column: str) -> str:
        return {
            "record": translate("SyncModels", "Record"),
            "field": translate("SyncModels", "Field"),
            "kept": translate("SyncModels", "Value kept"),
            "kept_from": translate("SyncModels", "Kept: who, when"),
            "lost": translate("SyncModels", "Value set aside"),
            "lost_from": translate("SyncModels", "Set aside: who, when"),
        }[column]

    def cell(self, row: ConflictRow, column: str) -> str:
        c = row.conflict
        if column == "record":
            return record_text(c.table, row.record)
        if column == "field":
            return field_text(c.field)
        if column == "kept":
            return value_text(c.field, row.kept)
        if column == "kept_from":
            return who_when(row.kept_by, c.winner_at)
        if column == "lost":
            return value_text(c.field, row.set_aside)
        return who_when(row.set_aside_by, c.loser_at)

    def key(self, row: ConflictRow) -> int:
        return row.conflict.id


class HeldTableModel(SyncTableModel):
    """Changes dated too far in the future, held back until a coordinator releases them."""

    COLUMNS = ("record", "field", "value", "dated", "device")

    def header(self, column: str) -> str:
        return {
            "record": translate("SyncModels", "Record"),
            "field": translate("SyncModels", "Field"),
            "value": translate("SyncModels", "Value"),
            "dated": translate("SyncModels", "Dated"),
            "device": translate("SyncModels", "From"),
        }[column]

    def cell(self, row: HeldRow, column: str) -> str:
        if column == "record":
            return record_text(row.table, row.record)
        if column == "field":
            return field_text(row.field)
        if column == "value":
            return value_text(row.field, row.value)
        if column == "dated":
            return words.format_datetime(row.stamped)
        return row.device

    def key(self, row: HeldRow) -> str:
        return f"{row.table}:{row.record}:{row.field}"
