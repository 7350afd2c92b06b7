"""A date field that takes a date typed the way its user writes dates.

QDateEdit made people fight its sections: an empty date ignored digits, "/"
jumped to the next section and the rest of the date landed elsewhere, and
its calendar opened in January 1900. Here the date is plain text: typed as
`02.12.2026`, `2026-12-02`, `2/12/2026` or `2.12.26`, read on Enter or when
the field is left (`app.services.typed_dates`, in the order of the UI
language), then shown back in the language's own format. A text that is not
a date is said so under the field and kept as typed, never silently
replaced. Deleting the text empties an optional date; a required one says it
is required. The button, Alt+Down or F4 open a calendar at the date shown,
or at today when there is none.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import Problem
from app.services.typed_dates import NotADateError, order_of_format, parse_typed_date
from app.ui.base import words

PROBLEM_STYLE = "color: #b00020;"
OPEN_KEYS = ((Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
             (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier))


def display_format() -> str:
    """The language's short date format, always with four-digit years (`M/d/yy` is
    ambiguous a century later, and what is shown must read back as itself)."""
    return words.date_format()


def format_typed(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), display_format())


def read_typed(text: str) -> date:
    """A typed date in the order of the UI language; NotADateError if it is none."""
    order = order_of_format(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    return parse_typed_date(text, order, date.today())


class _DateLine(QLineEdit):
    """The text part: Alt+Down and F4 open the calendar, as in a combo box."""

    sig_open = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        for key, modifier in OPEN_KEYS:
            if event.key() == key and event.modifiers() == modifier:
                self.sig_open.emit()
                return
        super().keyPressEvent(event)


class _CalendarPopup(QFrame):
    """The calendar in a popup window: a chosen day goes back to the field, Esc closes."""

    sig_chosen = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._choose)
        self.calendar.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.sig_chosen.emit(day)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """Text, a calendar button and a line for the problem with what was typed."""

    sig_changed = Signal()

    def __init__(self, optional: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        self.value: date | None = None
        self.shown = ""  # the text this field last wrote itself
        self.edit = _DateLine()
        self.edit.setClearButtonEnabled(optional)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setProperty("fb_data", "data")  # quotes what was typed
        self.problem.hide()
        self.popup: _CalendarPopup | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.problem)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.commit)
        self.edit.sig_open.connect(self.open_calendar)
        self.button.clicked.connect(self.open_calendar)
        self.retranslate()

    # -- language --------------------------------------------------------------
    def retranslate(self) -> None:
        example = format_typed(date.today())
        self.edit.setPlaceholderText(self.tr("(none)") if self.optional else "")
        self.edit.setToolTip(self.tr("Type a date, such as {example}. Alt+Down or F4 opens "
                                     "the calendar.").format(example=example))
        self.button.setToolTip(self.tr("Calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.edit.setAccessibleName(self.accessibleName())
        widest = self.edit.fontMetrics().horizontalAdvance(format_typed(date(2028, 12, 28)))
        self.edit.setMinimumWidth(widest + 40)  # the date whole, beside the clear button
        if self.value is not None and self.edit.text() == self.shown:
            self._show(self.value)  # the stored date in the new language's format
        if not self.problem.isHidden():
            self.commit()

    # -- value -----------------------------------------------------------------
    def set_value(self, value: date | None) -> None:
        self.value = value
        self._show(value)
        self.problem.hide()

    def typed(self):
        """What the field holds now: a date, None when empty, or the text when it is not a
        date (the service then refuses it, so a save never drops what was typed)."""
        text = self.edit.text().strip()
        if not text:
            return None
        if text == self.shown:
            return self.value
        try:
            return read_typed(text)
        except NotADateError:
            return text

    def commit(self) -> None:
        """Read the text (Enter, leaving the field, a language change): show the date in
        the language's format, or say under the field what is wrong with the text."""
        text = self.edit.text().strip()
        if not text:
            self.value = None
            self.shown = ""
            self._say(None if self.optional else words.problem_text(Problem("", "required")))
        elif text != self.shown:
            try:
                self.value = read_typed(text)
            except NotADateError:
                self._say(self.tr("“{text}” is not a date. Type it like {example}.").format(
                    text=text, example=format_typed(date.today())))
                return
            self._show(self.value)
            self._say(None)
        else:
            self._say(None)
        self.sig_changed.emit()

    def _show(self, value: date | None) -> None:
        self.shown = "" if value is None else format_typed(value)
        self.edit.setText(self.shown)

    def _say(self, problem: str | None) -> None:
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)

    # -- calendar --------------------------------------------------------------
    def open_calendar(self) -> None:
        """The calendar at the date typed or shown, at today when there is none."""
        if self.edit.text().strip() and self.edit.text().strip() != self.shown:
            self.commit()
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.sig_chosen.connect(self._chosen)
        calendar = self.popup.calendar
        calendar.setLocale(QLocale())
        start = self.value or date.today()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        calendar.setCurrentPage(start.year, start.month)
        self.popup.adjustSize()
        self.popup.move(self._popup_place())
        self.popup.show()
        calendar.setFocus()

    def _popup_place(self) -> QPoint:
        """Below the text, moved left as far as needed to stay inside the window and the
        screen (a date field sits at the right edge of the form)."""
        below = self.edit.mapToGlobal(self.edit.rect().bottomLeft())
        right = self.window().mapToGlobal(self.window().rect().topRight()).x()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            right = min(right, screen.right())
        x = max(min(below.x(), right - self.popup.width()), 0)
        return QPoint(x, below.y())

    def _chosen(self, day: QDate) -> None:
        self.set_value(date(day.year(), day.month(), day.day()))
        self.edit.setFocus()
        self.sig_changed.emit()
