"""A lazily paged table over any entity's list query.

The model holds only the rows fetched so far. The first page and every
further page (`fetchMore`, asked for by the view as the user scrolls) are
read by `queries.page` on a worker thread; the count comes separately. A new
search, filter or sort bumps a generation number, so a page that arrives for
an older request is dropped. Sorting and searching happen in SQL, never here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.services import queries
from app.storage.database import Database
from app.ui import words
from app.ui.ops import Op

Index = QModelIndex | QPersistentModelIndex
NUMERIC = (int, float)


class RecordTableModel(QAbstractTableModel):
    sig_loaded = Signal()  # a page arrived
    sig_counted = Signal(int)  # the number of matching rows is known
    sig_failed = Signal(object)

    def __init__(self, db: Database, entity: str, parent=None, page_size: int = 100,
                 columns: tuple[str, ...] | None = None, autoload: bool = True):
        super().__init__(parent)
        self.db = db
        self.request = queries.PageRequest(entity, limit=page_size, columns=columns)
        self.columns = self.request.visible_columns()
        self._rows: list[dict] = []
        self._more = False
        self._loading = False
        self._generation = 0
        self.total: int | None = None
        if autoload:
            self.reload()

    # -- requests ------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def set_search(self, text: str) -> None:
        if text != self.request.search:
            self.request = replace(self.request, search=text)
            self.reload()

    def set_filters(self, filters: dict) -> None:
        self.request = replace(self.request, filters=dict(filters))
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.request = replace(self.request, sort=self.columns[column],
                               descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._more, self.total = [], False, None
        self.endResetModel()
        generation, request, db = self._generation, self.request, self.db
        if request.search.strip():  # a search scans every row anyway: count in that scan
            self._loading = True
            Op(self, lambda: queries.page_with_total(db, request)).success(
                lambda found: self._loaded(generation, 0, found[0], found[1])).failure(
                lambda error: self._load_failed(generation, error)).run_in_background()
            return
        self._load(0)
        Op(self, lambda: queries.count(db, request)).success(
            lambda n: self._counted(generation, n)).failure(
            lambda e: self.sig_failed.emit(e)).run_in_background()

    def _load(self, offset: int) -> None:
        self._loading = True
        generation, db = self._generation, self.db
        request = replace(self.request, offset=offset)
        Op(self, lambda: queries.page(db, request)).success(
            lambda rows: self._loaded(generation, offset, rows)).failure(
            lambda error: self._load_failed(generation, error)).run_in_background()

    def _loaded(self, generation: int, offset: int, rows: list[dict],
                total: int | None = None) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._loading = False
        self._more = len(rows) == self.request.limit
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.sig_loaded.emit()
        if total is not None:
            self._counted(generation, total)

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.sig_failed.emit(error)

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.sig_counted.emit(total)

    # -- reading -------------------------------------------------------------
    def row_id(self, row: int) -> str | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int:
        for n, row in enumerate(self._rows):
            if row["id"] == row_id:
                return n
        return -1

    def retranslate(self) -> None:
        """Headers and coded values are words: repaint them in the new language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    # -- QAbstractTableModel -------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load(len(self._rows))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        name = self.columns[index.column()]
        value = self._rows[index.row()][name]
        if role == Qt.ItemDataRole.DisplayRole:
            return words.format_value(name, value)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()]["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, NUMERIC) and not isinstance(value, bool) or (
                    type(value).__name__ == "Decimal"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return words.field_label(self.columns[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None
