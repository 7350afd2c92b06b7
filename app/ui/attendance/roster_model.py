"""The roster of one training with who is present at one session.

Rows are participants by code; the name column stays empty unless names were
revealed on demand (`privacy.reveal_names`) to a role that may see them.
Loading happens off the UI thread (`load` hands back the data for `set_data`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.training import Participant
from app.ui.base import words

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("present", "code", "name", "gender", "age_band")


@dataclass
class RosterRow:
    participant_id: str
    code: str
    gender: str
    age_band: str
    present: bool | None  # None: not marked at all yet
    name: str = ""


def roster_rows(participants: list[Participant], marks: dict[str, bool]) -> list[RosterRow]:
    return [RosterRow(p.id, p.code, p.gender, p.age_band, marks.get(p.id)) for p in participants]


class RosterTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RosterRow] = []

    def set_rows(self, rows: list[RosterRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_names(self, names: dict[str, str]) -> None:
        for row in self.rows:
            row.name = names.get(row.participant_id, row.name)
        if self.rows:
            column = COLUMNS.index("name")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def set_present(self, row: int, present: bool) -> None:
        self.rows[row].present = present
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def find(self, text: str, names: bool) -> list[int]:
        """Rows whose code (or revealed name, if allowed) contains `text`, exact code first."""
        needle = text.strip().casefold()
        if not needle:
            return []
        exact = [n for n, r in enumerate(self.rows) if r.code.casefold() == needle]
        if exact:
            return exact
        return [n for n, r in enumerate(self.rows)
                if needle in r.code.casefold() or (names and needle in r.name.casefold())]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    # -- QAbstractTableModel -------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, name = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and name == "present":
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "present":
                return ""  # the check box says it
            return words.format_value(name, getattr(row, name))
        if role == Qt.ItemDataRole.UserRole:
            return row.participant_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return words.field_label(COLUMNS[section])
        return None
