"""A choice among the rows of another table that tells look-alikes apart and searches.

A combo box of titles showed three trainings called "Theory of change
workshop" as three identical lines, and held only the first 500 rows. Here
each choice shows what sets it apart (`app.services.labels`: a training's
place, dates and project; a goal's project; a session's date, topic and
training), and typing into the field searches every shown part, case and
diacritics ignored, on a worker thread (200 ms after the last key, an older
search cancelled inside SQLite), a page at a time: scrolling to the end of
the list reads the next page by key. A typed date (`02.12.2026`) also finds
rows of that day.

Keys: typing opens the matches; Down/Up move, Enter (or a click) chooses,
Enter with no row highlighted takes the first match; Esc puts the chosen
record back; Alt+Down or F4 list every choice. Emptying the text empties an
optional reference. Leaving the field with text that chose nothing keeps the
record chosen before, unless exactly one row matched.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from app.services import labels
from app.services.data_folder import Database
from app.services.typed_dates import NotADateError
from app.ui.base import failures, words
from app.ui.base.ops import Op
from app.ui.widgets.date_field import OPEN_KEYS, read_typed

PAGE = 50
PAUSE_MS = 200


def label_text(label: labels.Label) -> str:
    """A label's parts in the UI language: dates local, codes in words, a period as a–b."""
    values = dict(label.parts)
    shown = []
    for name, value in label.parts:
        if value in (None, ""):
            continue
        if name == "end_date" and values.get("start_date"):
            shown[-1] = f"{shown[-1]}\u2013{words.format_value(name, value)}"
            continue
        shown.append(words.format_value(name, value))
    return " · ".join(shown)


def search_words(text: str) -> str:
    """The typed search, with each word written as a full date (`16.03.2026`, `16/3/26`)
    turned into the stored ISO form; digits alone (a participant's code) stay as typed."""
    found = []
    for word in text.split():
        try:
            found.append(read_typed(word).isoformat() if len(re.split(r"[./-]", word)) == 3
                         else word)
        except NotADateError:
            found.append(word)
    return " ".join(found)


class ChoiceModel(QAbstractListModel):
    """The matches of one search, a page at a time (`canFetchMore` asks the picker)."""

    def __init__(self, fetch_more, parent=None):
        super().__init__(parent)
        self.rows: list[labels.Label] = []
        self.more = False
        self.loading = False
        self._fetch_more = fetch_more
        self._twins: Counter[str] = Counter()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.rows[index.row()]
            text = label_text(row)
            if self._twins.get(text, 0) > 1:  # alike in every part: the end of the id differs
                text = f"{text} · #{row.id[-6:]}"
            return text
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].id
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.more and not self.loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self.loading = True
            self._fetch_more()

    def replace(self, rows: list[labels.Label], more: bool) -> None:
        self.beginResetModel()
        self.rows, self.more, self.loading = list(rows), more, False
        self._count_twins()
        self.endResetModel()

    def _count_twins(self) -> None:
        self._twins = Counter(label_text(row) for row in self.rows)

    def extend(self, rows: list[labels.Label], more: bool) -> None:
        self.loading, self.more = False, more
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self._count_twins()
            self.endInsertRows()
            self.relabel()

    def relabel(self) -> None:
        self._count_twins()
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))


class _PickerLine(QLineEdit):
    sig_open = Signal()
    sig_escape = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        for key, modifier in OPEN_KEYS:
            if event.key() == key and event.modifiers() == modifier:
                self.sig_open.emit()
                return
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.sig_escape.emit()
        super().keyPressEvent(event)


class RecordPicker(QWidget):
    """The text of the chosen record (or of the search), an arrow, the matches below."""

    sig_changed = Signal()

    def __init__(self, db: Database, table: str, optional: bool, parent=None):
        super().__init__(parent)
        self.db, self.table, self.optional = db, table, optional
        self.value: str | None = None
        self.label: labels.Label | None = None
        self.shown = ""
        self.searched: str | None = None  # the search whose matches the model holds
        self._op: Op | None = None
        self._choose_first = False
        self.edit = _PickerLine()
        self.edit.setClearButtonEnabled(optional)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("M" * 12))
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.model = ChoiceModel(self._next_page, self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(lambda: self.search(self.edit.text()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._enter)
        self.edit.editingFinished.connect(self._left)
        self.edit.sig_open.connect(self.open_list)
        self.edit.sig_escape.connect(self.revert)
        self.button.clicked.connect(self.open_list)
        self.retranslate()

    # -- language ------------------------------------------------------------
    def retranslate(self) -> None:
        self.edit.setAccessibleName(self.accessibleName())
        self.edit.setPlaceholderText(self.tr("Type to search") if self.optional
                                     or self.value is None else "")
        self.button.setToolTip(self.tr("List the choices (Alt+Down)"))
        self.button.setAccessibleName(self.tr("List the choices"))
        if self.edit.text() == self.shown:
            self._show()
        self.model.relabel()

    # -- value ---------------------------------------------------------------
    def set_value(self, value: str | None) -> None:
        changed = (value or None) != self.value
        self.value = value or None
        self.label = labels.describe(self.db, self.table, value) if value else None
        self._show()
        self.completer.popup().hide()
        if changed:  # a form that follows this choice (the breakdown grid) follows a load too
            self.sig_changed.emit()

    def _show(self) -> None:
        if self.value is None:
            self.shown = ""
        elif self.label is None:  # a reference to a row this database does not hold
            self.shown = str(self.value)
        else:
            self.shown = label_text(self.label)
        self.edit.setText(self.shown)
        self.edit.setToolTip(self.shown)
        self.edit.setCursorPosition(0)

    def choose(self, label: labels.Label | None) -> None:
        changed = (label.id if label else None) != self.value
        self.value, self.label = (label.id, label) if label else (None, None)
        self._show()
        self.completer.popup().hide()
        if changed:
            self.sig_changed.emit()

    def revert(self) -> None:
        self.timer.stop()
        self._choose_first = False
        self._show()

    # -- searching -----------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self.timer.start()

    def open_list(self) -> None:
        """Every choice (or the matches of what is typed), without waiting for a pause."""
        text = self.edit.text()
        self.edit.setFocus()
        self.search("" if text == self.shown else text, show=True)

    def search(self, text: str, show: bool = True) -> None:
        self.timer.stop()
        if self._op is not None:
            self._op.cancel()
        self.searched = None
        request = labels.ChoiceRequest(self.table, search_words(text), limit=PAGE)
        db = self.db
        self._op = Op(self, lambda token: labels.choices(
            db, request, should_stop=lambda: token.cancelled)).success(
            lambda rows: self._found(text, rows, show)).failure(self._failed)
        self._op.run_in_background()

    def _found(self, text: str, rows: list[labels.Label], show: bool) -> None:
        self._op = None
        self.searched = text
        self.model.replace(rows, more=len(rows) == PAGE)
        if self._choose_first:
            self._choose_first = False
            if rows:
                self.choose(rows[0])
            return
        if show and self.edit.hasFocus():
            self.completer.complete(self._popup_rect())

    def _popup_rect(self) -> QRect:
        """Below the field, wide enough for the longest label shown (within the window),
        pushed left rather than out of the window."""
        popup = self.completer.popup()
        metrics = popup.fontMetrics()
        widest = max((metrics.horizontalAdvance(label_text(row)) for row in self.model.rows),
                     default=0)
        window = self.window()
        room = window.width() - 16
        width = min(max(self.edit.width(), widest + popup.verticalScrollBar().sizeHint().width()
                        + 4 * popup.frameWidth() + 12), room)
        left_in_window = self.edit.mapTo(window, QPoint(0, 0)).x()
        x = min(0, room + 8 - left_in_window - width)
        return QRect(x, 0, width, self.edit.height())

    def _next_page(self) -> None:
        if not self.model.rows or self.searched is None:
            self.model.loading = False
            return
        text, db = self.searched, self.db
        request = labels.ChoiceRequest(self.table, search_words(text),
                                       after=self.model.rows[-1].key, limit=PAGE)
        self._op = Op(self, lambda token: labels.choices(
            db, request, should_stop=lambda: token.cancelled)).success(
            lambda rows: self._more(text, rows)).failure(self._failed)
        self._op.run_in_background()

    def _more(self, text: str, rows: list[labels.Label]) -> None:
        self._op = None
        if text == self.searched:
            self.model.extend(rows, more=len(rows) == PAGE)

    def _failed(self, error: BaseException) -> None:
        self._op = None
        self.model.loading = False
        self._choose_first = False
        failures.report(error)

    # -- choosing --------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.rows):
            self.choose(self.model.rows[index.row()])

    def _enter(self) -> None:
        """Enter: the highlighted match (the completer's), else the first one."""
        text = self.edit.text()
        if self.completer.popup().isVisible() and self.completer.popup().currentIndex().isValid():
            return  # the completer chooses the highlighted row itself
        if text == self.shown:
            return
        if not text.strip():
            self.choose(None)
        elif self.searched == text and not self.timer.isActive() and self._op is None:
            if self.model.rows:
                self.choose(self.model.rows[0])
        else:  # the matches of this text are on their way
            self._choose_first = True
            self.search(text, show=False)

    def _left(self) -> None:
        """Leaving the field: empty text empties, one match is chosen, else nothing changes."""
        if self.completer.popup().isVisible() or self.edit.hasFocus():
            return
        text = self.edit.text()
        if text == self.shown or self._choose_first:
            return
        if not text.strip():
            self.choose(None)
        elif self.searched == text and len(self.model.rows) == 1:
            self.choose(self.model.rows[0])
        else:
            self.revert()
