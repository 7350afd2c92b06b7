"""The readings of one indicator, period by period, under the progress table.

Each row is one period's value with its breakdown in words; for an
indicator whose readings add up, the running total beside it. A reading
that breaks its indicator's rules (a merge of two laptops' edits can
combine one: docs/sync.md) is marked in red with the core's problem in
words, so it is seen where it is shown.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import accumulate

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from app.services.progress import IndicatorProgress, Reading
from app.ui.base import words

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("period", "value", "cumulative", "breakdown", "problems")
PROBLEM_COLOUR = QColor("#b00020")


def breakdown_text(breakdown: dict) -> str:
    """ "Gender: Female 12, Male 8 · Age band: 18–24 20" (whole numbers without decimals)."""
    parts = []
    for group in ("gender", "age_band"):
        cells = [(k.split(":", 1)[1], v) for k, v in sorted(breakdown.items())
                 if k.startswith(group + ":")]
        if cells:
            figures = ", ".join(f"{words.code_label(code)} {_number(v)}" for code, v in cells)
            parts.append(f"{words.field_label(group)}: {figures}")
    others = [k for k in breakdown if k.split(":", 1)[0] not in ("gender", "age_band")]
    parts += [f"{k} {_number(breakdown[k])}" for k in sorted(others)]
    return " · ".join(parts)


def _number(value) -> str:
    try:
        return words.format_number(Decimal(str(value)))
    except ArithmeticError:
        return str(value)


class HistoryTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.indicator: IndicatorProgress | None = None
        self.rows: list[Reading] = []
        self.totals: list[Decimal] = []

    def set_indicator(self, indicator: IndicatorProgress | None) -> None:
        self.beginResetModel()
        self.indicator = indicator
        self.rows = list(indicator.readings) if indicator else []
        self.totals = list(accumulate(r.value for r in self.rows))
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, name = self.rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index.row(), row, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("value", "cumulative"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.problems:
            return QBrush(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and name == "period" and row.problems:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.UserRole:
            return row.value_id
        return None

    def _text(self, n: int, row: Reading, name: str) -> str:
        if name == "period":
            return f"{words.format_date(row.period_start)} – {words.format_date(row.period_end)}"
        if name == "value":
            return words.format_number(row.value)
        if name == "cumulative":
            accumulates = self.indicator is not None and self.indicator.accumulates
            return words.format_number(self.totals[n]) if accumulates else ""
        if name == "breakdown":
            return breakdown_text(row.breakdown)
        return " ".join(dict.fromkeys(words.problem_text(p) for p in row.problems))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal
                or not 0 <= section < len(COLUMNS)):
            return None
        return {
            "period": self.tr("Period"), "value": self.tr("Reading"),
            "cumulative": self.tr("Cumulative"), "breakdown": self.tr("Breakdown"),
            "problems": self.tr("Problems"),
        }[COLUMNS[section]]
