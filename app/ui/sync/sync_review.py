"""Review of what a merge set aside: conflicts and changes held back.

A coordinator sees each conflict (record, field, both values, who, when) and
either restores the value that lost (it becomes a new change and syncs like
any edit) or keeps the current one. Changes dated too far in the future wait
until a coordinator releases them. Other roles see the same lists read-only,
with a sentence saying who can act; the worker checks the role again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.base.shortcuts import local_shortcut
from app.ui.sync.sync_actions import SyncActions
from app.ui.sync.sync_models import ConflictTableModel, HeldTableModel, SyncTableModel


def table_view(model: SyncTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(150)
    return view


def fit_columns(view: QTableView, cap: int = 190) -> None:
    """Columns as wide as their contents, but no wider than `cap` unless the title
    needs it: six columns of long values must fit a 1024 px window (the full value is
    in the cell's tooltip)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        title = header.sectionSizeFromContents(column).width()
        header.resizeSection(column, max(title, min(header.sectionSize(column), cap)))



class _Review(QWidget):
    def __init__(self, actions: SyncActions, model: SyncTableModel, parent=None):
        super().__init__(parent)
        self.actions = actions
        self.model = model
        self.allowed = False
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.view = table_view(model)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)
        actions.sig_busy.connect(lambda _busy: self._enable())

    def add_button(self) -> QPushButton:
        button = QPushButton()
        self.buttons.addWidget(button)
        return button

    def set_rows(self, rows: list, allowed: bool) -> None:
        self.allowed = allowed
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        fit_columns(self.view)
        self.retranslate()
        self._enable()

    def selected_key(self):
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() \
            else None

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self.retranslate()
        super().changeEvent(event)

    def _enable(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError


class ConflictReview(_Review):
    """Conflicts; a coordinator settles any, the person at this laptop its own edits
    (rows whose set-aside value was written here, docs/sync.md §4.1)."""

    def __init__(self, actions: SyncActions, parent=None):
        super().__init__(actions, ConflictTableModel(), parent)
        self.restore_button = self.add_button()
        self.dismiss_button = self.add_button()
        self.buttons.addStretch(1)
        self.restore_button.clicked.connect(self.restore)
        self.dismiss_button.clicked.connect(self.dismiss)
        local_shortcut(self, "Ctrl+R", self.restore)
        local_shortcut(self, "Ctrl+D", self.dismiss)
        self.retranslate()

    def _selected_row(self):
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def may_settle(self) -> bool:
        row = self._selected_row()
        return row is not None and (self.allowed or row.own)

    def select_own(self) -> None:
        """Select this laptop's first own set-aside edit, if any."""
        for n in range(self.model.rowCount()):
            if self.model.row(n).own:
                self.view.selectRow(n)
                return

    def restore(self) -> None:
        key = self.selected_key()
        if self.may_settle() and key is not None and not self.actions.busy:
            self.actions.restore(key)

    def dismiss(self) -> None:
        key = self.selected_key()
        if self.may_settle() and key is not None and not self.actions.busy:
            self.actions.dismiss(key)

    def _enable(self) -> None:
        can = self.may_settle() and not self.actions.busy
        self.restore_button.setEnabled(can)
        self.dismiss_button.setEnabled(can)

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Conflicts"))
        self.restore_button.setText(self.tr("&Restore set-aside value"))
        self.restore_button.setToolTip(self.tr("Make the value that lost current again, as a "
                                               "new change (Ctrl+R)"))
        self.restore_button.setAccessibleName(self.tr("Restore set-aside value"))
        self.dismiss_button.setText(self.tr("&Keep current value"))
        self.dismiss_button.setToolTip(self.tr("Close the conflict and keep the value that "
                                               "won (Ctrl+D)"))
        self.dismiss_button.setAccessibleName(self.tr("Keep current value"))
        if self.model.rowCount() == 0:
            self.note.setText(self.tr("No conflicts: every field has one agreed value."))
        elif self.allowed:
            self.note.setText(self.tr(
                "When two people changed the same field before syncing, the later change "
                "was kept and the other set aside. Check each one: restore the set-aside "
                "value, or keep the current one."))
        elif any(self.model.row(n).own for n in range(self.model.rowCount())):
            self.note.setText(self.tr(
                "When two people changed the same field before syncing, the later change "
                "was kept and the other set aside. Where the set-aside value is your own "
                "edit, restore it or keep the current one; only a coordinator can settle "
                "the others."))
        else:
            self.note.setText(self.tr(
                "When two people changed the same field before syncing, the later change "
                "was kept and the other set aside. Only a coordinator can restore a "
                "set-aside value or close a conflict."))


class HeldReview(_Review):
    def __init__(self, actions: SyncActions, parent=None):
        super().__init__(actions, HeldTableModel(), parent)
        self.release_button = self.add_button()
        self.buttons.addStretch(1)
        self.release_button.clicked.connect(self.release)
        self.retranslate()

    def release(self) -> None:
        if self.allowed and self.model.rowCount() and not self.actions.busy:
            self.actions.release()

    def _enable(self) -> None:
        self.release_button.setEnabled(
            self.allowed and self.model.rowCount() > 0 and not self.actions.busy)

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Held-back changes"))
        self.release_button.setText(self.tr("R&elease held-back changes"))
        self.release_button.setAccessibleName(self.tr("Release held-back changes"))
        if self.model.rowCount() == 0:
            self.note.setText(self.tr("Nothing is held back."))
        elif self.allowed:
            self.note.setText(self.tr(
                "These changes are dated more than a day in the future, so a laptop's clock "
                "was probably wrong. They are not applied until you release them."))
        else:
            self.note.setText(self.tr(
                "These changes are dated more than a day in the future, so a laptop's clock "
                "was probably wrong. Only a coordinator can release them."))
