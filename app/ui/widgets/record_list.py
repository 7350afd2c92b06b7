"""A list of one entity's records beside the editor of the selected one.

Typing in the search box waits for a pause (debounce) and then asks the model
for a new first page, which is read off the UI thread, so a search over the
million attendance rows never blocks a keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.ui.base import failures, words
from app.ui.base.changes import OpChanges
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.shortcuts import local_shortcut
from app.ui.base.writer import WriteOp
from app.ui.widgets import undo
from app.ui.widgets.record_form import RecordFormWidget
from app.ui.widgets.table_model import RecordTableModel

DEBOUNCE_MS = 300
NO_CREATE = frozenset({"attendance", "roster_entry", "device"})  # made by workflows, not forms
READ_ONLY = {"attendance": ("session_id", "participant_id"),
             "roster_entry": ("training_id", "participant_id")}



class RecordListWidget(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, entity: str, parent=None, page_size: int = 100):
        super().__init__(parent)
        self.ctx, self.entity = ctx, entity
        self.model = RecordTableModel(ctx.db, entity, self, page_size=page_size)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setProperty("fb_data", "data")
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No sort until a header is clicked: the database's own order needs no full sort,
        # which matters for the first page of a million rows.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.form = RecordFormWidget(ctx, entity, READ_ONLY.get(entity, ()))
        self.form.sig_saved.connect(self._select)
        self.form.name_of = self.row_label
        self._moving = False  # the selection is being put back: not a move of the person's
        self._asking = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        # after New the last row is still current: a click on it opens it again
        self.view.clicked.connect(lambda index: self._current_changed(index, None))
        self.model.sig_counted.connect(self._show_count)
        self.model.sig_loaded.connect(self._first_page_sized)
        self.model.modelReset.connect(lambda: self.count_label.setText("…"))
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_record)
        ctx.sig_changes.connect(self._changes)

        bar = QHBoxLayout()  # below the search, which keeps the list's whole width
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([500, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        if entity in NO_CREATE:  # only once it has a parent, or it would be a window
            self.new_button.hide()
        local_shortcut(self, QKeySequence.StandardKey.Find, self.focus_search)
        if entity not in NO_CREATE:
            local_shortcut(self, QKeySequence.StandardKey.New, self.new_record)
        local_shortcut(self, "Ctrl+Delete", self.delete_record)
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.form)
        self.retranslate()

    def retranslate(self) -> None:
        title = words.entity_title(self.entity)
        self.search.setPlaceholderText(self.tr("Search {list} (Ctrl+F)").format(
            list=title.lower()))
        self.search.setAccessibleName(self.tr("Search"))
        self.view.setAccessibleName(title)
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected record (Ctrl+Del)"))
        self.model.retranslate()
        if self.model.total is not None:
            self._show_count(self.model.total)

    # -- actions -------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_now(self) -> None:
        self._timer.stop()
        self.model.set_search(self.search.text())

    def new_record(self) -> None:
        if self.entity in NO_CREATE or not self.form.confirm_leave():
            return
        self.select_row(None)
        self.form.load(None)
        first = next(iter(self.form.editors.values())).widget
        first.setFocus()

    def delete_record(self) -> None:
        row_id = self.form.row_id
        if row_id is None:
            return
        service = self.ctx.services.for_table(self.entity)
        WriteOp(self.ctx, lambda: service.delete(row_id), parent=self).changes(
            self.entity).success(lambda _r: self._deleted(row_id)).failure(
            self._delete_failed).run_in_background()

    def _deleted(self, row_id: str) -> None:
        undo.push_delete(self.ctx, self.entity, row_id)
        self.ctx.sig_message.emit(self.tr("Deleted. Undo with Ctrl+Z."))
        if self.form.row_id == row_id:
            self.form.load(None)

    def _delete_failed(self, error: BaseException) -> None:
        if isinstance(error, ServiceError):
            self.ctx.sig_message.emit(str(error))
        else:
            failures.report(error)

    def _current_changed(self, current, _previous) -> None:
        row_id = self.model.row_id(current.row()) if current.isValid() else None
        if self._moving or row_id is None or row_id == self.form.row_id:
            return
        if not (self.form.is_dirty() or self.form.saving):
            self.form.load(row_id)
            return
        # Asked once the click or key that moved the selection is done with the view
        # (a dialog inside its mouse handler would leave a half-made selection).
        self._target = row_id
        if not self._asking:
            self._asking = True
            QTimer.singleShot(0, self, self._leave_row)

    def _leave_row(self) -> None:
        """The selection moved away from an unsaved edit: Save or Discard go to the row
        chosen, Cancel puts the selection back on the record being edited."""
        self._asking = False
        target = self._target
        if self.form.confirm_leave():
            if target != self.form.row_id:
                self.form.load(target)
            self.select_row(target)
        else:
            self.select_row(self.form.row_id)

    def select_row(self, row_id: str | None) -> None:
        """Make `row_id` the current row (or none) without asking anything."""
        row = self.model.row_of(row_id) if row_id is not None else -1
        self._moving = True
        try:
            if row < 0:  # the current index stays (an item view given focus without one
                self.view.clearSelection()  # makes the first row current)
            else:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._moving = False

    def row_label(self, row_id: str) -> str | None:
        """The record as the list shows it: its first column (and the second, when the
        first only names the record it belongs to)."""
        row = self.model.row_of(row_id)
        if row < 0:
            return None
        count = 2 if self.model.columns[0].endswith("_id") and len(self.model.columns) > 1 \
            else 1
        parts = [str(self.model.data(self.model.index(row, c)) or "") for c in range(count)]
        return " · ".join(p for p in parts if p) or None

    def confirm_leave(self) -> bool:
        """The page is about to be left: ask about an unsaved edit (True: go on)."""
        return self.form.confirm_leave()

    def draft(self) -> dict | None:
        return self.form.draft()

    def restore_draft(self, draft: dict) -> None:
        self.form.restore_draft(draft)
        if draft["row_id"] is not None:
            self._pending_select = draft["row_id"]
            self.select_row(draft["row_id"])

    def _select(self, row_id: str) -> None:
        self._pending_select = row_id

    def _changes(self, changes: OpChanges) -> None:
        """Rows updated in place are re-read and repainted where they are; a table that
        gained or lost rows reloads (now if shown, else when next shown)."""
        if self.entity in changes.tables or (
                self.entity in ("attendance", "roster_entry") and changes.all_tables()):
            self._stale = True
            if self.isVisible():
                self._refresh()
        elif self.entity in changes.updated:
            ids = changes.updated[self.entity]
            self.model.refresh_rows(ids)
            if self.form.row_id in ids and self.form.row_id is not None and not (
                    self.form.saving or changes.source is self.form or self.form.is_dirty()):
                self.form.load(self.form.row_id)

    def _refresh(self) -> None:
        self._stale = False
        self.model.reload()
        if self.form.row_id is not None and not self.form.is_dirty():  # an edit stays
            self.form.load(self.form.row_id)

    def showEvent(self, event) -> None:
        if getattr(self, "_stale", False):
            self._refresh()
        super().showEvent(event)

    def _first_page_sized(self) -> None:
        pending = getattr(self, "_pending_select", None)
        if pending:
            row = self.model.row_of(pending)
            if row >= 0:
                self._pending_select = None
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        if self.model.rowCount() <= self.model.request.limit:
            self.view.resizeColumnsToContents()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln record(s)", "", total))
