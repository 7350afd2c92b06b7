"""The length limit of a text field, shown and kept (`app.domain.limits.max_length`).

A one-line field refuses typing past its limit (`setMaxLength`); a paste that
would not fit is refused whole, with the limit said under the field, instead
of being cut silently (the person still has the whole text on the clipboard).
A multi-line field refuses typing and pasting past the limit the same way.
Near the limit a counter ("4 980 / 5 000") shows how much room is left. Text
that got past the limit some other way (dropped, pasted from a context menu
into a multi-line field) makes the counter red and is refused on save, under
its field. A stored value longer than today's limit is shown whole and may be
kept; it is only refused if edited.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from app.services.errors import Problem
from app.ui.base import words

COUNTER_FROM = 0.9  # the counter shows from 90 % of the limit
NOTE_STYLE = "color: palette(placeholder-text); font-size: small;"
OVER_STYLE = "color: #b00020; font-size: small;"


class TextLimit(QObject):
    """Keeps `widget` (a QLineEdit or QPlainTextEdit) within `limit` characters."""

    def __init__(self, field: str, widget: QLineEdit | QPlainTextEdit, limit: int):
        super().__init__(widget)
        self.field, self.widget, self.limit = field, widget, limit
        self.allowed = limit  # raised while a longer stored value is shown
        self.refused = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setProperty("fb_data", "data")  # numbers, or the core's words
        self.label.hide()
        if isinstance(widget, QLineEdit):
            widget.setMaxLength(limit)
        widget.installEventFilter(self)
        widget.textChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.widget.setToolTip(self.tr("At most {limit} characters").format(
            limit=words.format_number(self.limit)))
        self.show_state()

    def allow(self, value) -> None:
        """Before a stored value is shown: a longer one than the limit is shown whole."""
        self.allowed = max(self.limit, len("" if value is None else str(value)))
        if isinstance(self.widget, QLineEdit):
            self.widget.setMaxLength(self.allowed)
        self.refused = False

    def text(self) -> str:
        if isinstance(self.widget, QLineEdit):
            return self.widget.text()
        return self.widget.toPlainText()

    def over(self) -> bool:
        return len(self.text()) > self.allowed

    def problem(self) -> Problem:
        return Problem(self.field, "too_long", {"limit": self.limit})

    def _selected(self) -> int:
        if isinstance(self.widget, QLineEdit):
            return len(self.widget.selectedText())
        return len(self.widget.textCursor().selectedText())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.KeyPress:
            room = self.allowed - (len(self.text()) - self._selected())
            if event.matches(QKeySequence.StandardKey.Paste):
                incoming = QGuiApplication.clipboard().text()
                if len(incoming) > room:
                    return self._refuse()
            elif isinstance(self.widget, QPlainTextEdit) and event.text().isprintable() \
                    and event.text() and room <= 0:
                return self._refuse()
        return False

    def _refuse(self) -> bool:
        self.refused = True
        self.show_state()
        return True  # the key press goes no further

    def _changed(self, *_args) -> None:
        self.refused = False
        self.show_state()

    def show_state(self) -> None:
        length = len(self.text())
        if self.refused or self.over():
            self.label.setText(words.problem_text(self.problem()))
            self.label.setStyleSheet(OVER_STYLE)
            self.label.show()
        elif length >= COUNTER_FROM * self.limit:
            self.label.setText(f"{words.format_number(length)} / "
                               f"{words.format_number(self.limit)}")
            self.label.setStyleSheet(NOTE_STYLE)
            self.label.show()
        else:
            self.label.hide()
