"""A lazily paged table over any entity's list query.

The model holds only the rows fetched so far. The first page and every
further page (`fetchMore`, asked for by the view as the user scrolls) are
read by `queries.page` on a worker thread, each page starting after the key
of the last row shown (no `OFFSET`); the count comes separately. A new
search, filter or sort bumps a generation number and interrupts the reads
of the older request inside SQLite (their cancel tokens stop the query), so
a superseded search over a million rows does not hold a worker. Rows that a
write updated are re-read by id and repainted in place (`refresh_rows`), not
by a reset. Sorting and searching happen in SQL, never here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.services import queries
from app.services.data_folder import Database
from app.services.queries import QueryCancelledError
from app.ui.base import words
from app.ui.base.ops import Op

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
        self._reads: list[Op] = []  # the reads of the current request, cancelled if superseded
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
        for op in self._reads:
            op.cancel()  # interrupts its query inside SQLite
        self._reads = []
        self.beginResetModel()
        self._rows, self._more, self.total = [], False, None
        self.endResetModel()
        generation, request, db = self._generation, self.request, self.db
        if request.search.strip():  # a search scans every row anyway: count in that scan
            self._loading = True
            self._read(lambda token: queries.page_with_total(
                db, request, should_stop=lambda: token.cancelled)).success(
                lambda found: self._loaded(generation, None, found[0], found[1])).failure(
                lambda error: self._load_failed(generation, error)).run_in_background()
            return
        self._load()
        self._read(lambda token: queries.count(db, request, should_stop=lambda: token.cancelled)
                   ).success(lambda n: self._counted(generation, n)).failure(
            lambda e: self._load_failed(generation, e, loading=False)).run_in_background()

    def _read(self, fn) -> Op:
        op = Op(self, fn)
        self._reads = [o for o in self._reads if not o.cancelled] + [op]
        return op

    def _load(self) -> None:
        self._loading = True
        generation, db = self._generation, self.db
        after = self.request.key_of(self._rows[-1]) if self._rows else None
        request = replace(self.request, after=after)
        self._read(lambda token: queries.page(db, request, should_stop=lambda: token.cancelled)
                   ).success(lambda rows: self._loaded(generation, after, rows)).failure(
            lambda error: self._load_failed(generation, error)).run_in_background()

    def _loaded(self, generation: int, after: tuple | None, rows: list[dict],
                total: int | None = None) -> None:
        last = self.request.key_of(self._rows[-1]) if self._rows else None
        if generation != self._generation or after != last:
            return
        self._loading = False
        self._more = len(rows) == self.request.limit
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.sig_loaded.emit()
        if total is not None:
            self._counted(generation, total)

    def refresh_rows(self, ids) -> None:
        """Re-read the rows of `ids` that are shown and repaint them where they are."""
        shown = [row["id"] for row in self._rows if row["id"] in ids]
        if not shown:
            return
        generation, request, db = self._generation, self.request, self.db
        self._read(lambda: queries.rows_by_id(db, request, shown)).success(
            lambda rows: self._replace_rows(generation, rows)).failure(
            lambda e: self._load_failed(generation, e, loading=False)).run_in_background()

    def _replace_rows(self, generation: int, rows: list[dict]) -> None:
        if generation != self._generation:
            return
        fresh = {row["id"]: row for row in rows}
        last = len(self.columns) - 1
        for n, row in enumerate(self._rows):
            if row["id"] in fresh:
                self._rows[n] = fresh[row["id"]]
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def _load_failed(self, generation: int, error: BaseException,
                     loading: bool = True) -> None:
        if generation == self._generation and not isinstance(error, QueryCancelledError):
            if loading:
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
            self._load()

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
