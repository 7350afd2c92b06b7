"""One editor widget per kind of field, chosen from the model's own declaration.

Every editor reads a stored value (`set`) and gives back raw input (`get`)
for the service to coerce and check: the form never decides validity itself,
it shows the core's `ValidationError.problems` next to the field. Numbers
are typed the local way ("12 500,50" in Swedish) and handed on in the
canonical form.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.domain.models import model_for_table
from app.services import queries
from app.services.data_folder import Database
from app.services.rules import RULES
from app.ui.base import words
from app.ui.widgets.breakdown_grid import BreakdownEditor

NO_DATE = QDate(1900, 1, 1)
LONG_TEXT = frozenset({"description", "notes", "note"})


def parse_number(text: str) -> str:
    """Locally typed number to canonical text; unparseable input passes through."""
    locale = QLocale()
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace(locale.groupSeparator(), "")
    if locale.decimalPoint() != ".":
        cleaned = cleaned.replace(locale.decimalPoint(), ".")
    return cleaned


class FieldEditor:
    """A widget plus how to put a value in and take the input out."""

    widget: QWidget

    def set(self, value) -> None:
        raise NotImplementedError

    def get(self):
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    def bind(self, editors: dict) -> None:
        """Follow the form's other editors (the breakdown grid follows the indicator)."""

    def show_problem(self, problem) -> bool:
        """Show a problem inside the editor (at a grid cell); False: the form shows it."""
        return False

    def clear_problems(self) -> None:
        pass


class TextEditor(FieldEditor):
    def __init__(self, long: bool = False):
        self.widget = QPlainTextEdit() if long else QLineEdit()
        if long:
            self.widget.setTabChangesFocus(True)
            self.widget.setMaximumHeight(80)

    def set(self, value) -> None:
        text = "" if value is None else str(value)
        if isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText(text)
        else:
            self.widget.setText(text)

    def get(self):
        if isinstance(self.widget, QPlainTextEdit):
            return self.widget.toPlainText()
        return self.widget.text()


class ListTextEditor(TextEditor):
    """A list of free words (facilitators, attachment hashes), comma separated."""

    def set(self, value) -> None:
        super().set(", ".join(value or []))

    def get(self):
        return [part.strip() for part in super().get().split(",") if part.strip()]


class NumberEditor(FieldEditor):
    def __init__(self):
        self.widget = QLineEdit()
        self.widget.setAlignment(Qt.AlignmentFlag.AlignRight)

    def set(self, value) -> None:
        self.widget.setText(words.format_number(value).replace(QLocale().groupSeparator(), "")
                            if value is not None else "")

    def get(self):
        return parse_number(self.widget.text())


class BoolEditor(FieldEditor):
    def __init__(self):
        self.widget = QCheckBox()

    def set(self, value) -> None:
        self.widget.setChecked(bool(value))

    def get(self):
        return self.widget.isChecked()


class _DateEdit(QDateEdit):
    """Tab goes to the next field, as everywhere else (Left/Right move within the date)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class DateEditor(FieldEditor):
    def __init__(self, optional: bool):
        self.optional = optional
        self.widget = _DateEdit()
        self.widget.setCalendarPopup(True)
        self.widget.setMinimumDate(NO_DATE)
        self.retranslate()

    def retranslate(self) -> None:
        self.widget.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        if self.optional:
            self.widget.setSpecialValueText(self.widget.tr("(none)"))

    def set(self, value) -> None:
        if value is None:
            self.widget.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.widget.setDate(QDate(value.year, value.month, value.day))

    def get(self):
        chosen = self.widget.date()
        if self.optional and chosen == NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())


class ChoiceEditor(FieldEditor):
    def __init__(self, choices: tuple[str, ...]):
        self.choices = choices
        self.widget = QComboBox()
        for code in choices:
            self.widget.addItem(words.code_label(code), code)

    def retranslate(self) -> None:
        for n, code in enumerate(self.choices):
            self.widget.setItemText(n, words.code_label(code))

    def set(self, value) -> None:
        found = self.widget.findData(value)
        self.widget.setCurrentIndex(max(found, 0))

    def get(self):
        return self.widget.currentData()


class ChoiceListEditor(FieldEditor):
    def __init__(self, choices: tuple[str, ...]):
        self.choices = choices
        self.widget = QListWidget()
        self.widget.setMaximumHeight(120)
        for code in choices:
            item = QListWidgetItem(words.code_label(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.widget.addItem(item)

    def retranslate(self) -> None:
        for n, code in enumerate(self.choices):
            self.widget.item(n).setText(words.code_label(code))

    def set(self, value) -> None:
        for n in range(self.widget.count()):
            item = self.widget.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in (value or [])
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def get(self):
        return [self.widget.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.widget.count())
                if self.widget.item(n).checkState() == Qt.CheckState.Checked]


class _LazyComboBox(QComboBox):
    """Fills itself the first time someone looks: on focus or on opening."""

    def __init__(self, fill):
        super().__init__()
        self._fill = fill

    def focusInEvent(self, event) -> None:
        self._fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self._fill()
        super().showPopup()


class ReferenceEditor(FieldEditor):
    """A choice among the live rows of another table, by their labels.

    The choices are read when the field is first used or a record with a
    value is loaded, not when the form is built: a section holds many forms.
    """

    LIMIT = 500

    def __init__(self, db: Database, target: str, optional: bool):
        self.db, self.target, self.optional = db, target, optional
        self.widget = _LazyComboBox(self.load_choices)
        self.widget.setMaxVisibleItems(20)
        self._loaded = False
        self._value = None

    def load_choices(self) -> None:
        if self._loaded:
            return
        columns = queries.LABELS.get(self.target, ("id",))
        rows = queries.page(self.db, queries.PageRequest(
            self.target, columns=columns, sort=columns[0], limit=self.LIMIT))
        self.widget.clear()
        if self.optional:
            self.widget.addItem("—", "")
        for row in rows:
            self.widget.addItem(" · ".join(words.format_value(c, row[c]) for c in columns),
                                row["id"])
        self._loaded = True
        self._select(self._value)

    def _select(self, value) -> None:
        found = self.widget.findData(value if value is not None else "")
        if found < 0 and value is not None:  # beyond the first page of choices
            self.widget.addItem(str(value), value)
            found = self.widget.count() - 1
        self.widget.setCurrentIndex(found)  # nothing chosen yet stays nothing: -1

    def set(self, value) -> None:
        self._value = value
        if value is not None:
            self.load_choices()
        if self._loaded:
            self._select(value)

    def get(self):
        if not self._loaded:
            return self._value
        return self.widget.currentData() or None


def _base(annotation):
    args = typing.get_args(annotation)
    optional = type(None) in args
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = next(a for a in args if a is not type(None))
    return annotation, optional


def editable_fields(entity: str) -> list[str]:
    model = model_for_table(entity)
    skip = {"id", "hlc", "deleted", "public_key"}
    return [name for name in model.model_fields if name not in skip]


def make_editor(db: Database, entity: str, name: str) -> FieldEditor:
    model = model_for_table(entity)
    column = model.__table__.c[name]
    annotation, optional = _base(model.model_fields[name].annotation)
    rules = RULES[model]
    if column.foreign_keys:
        return ReferenceEditor(db, next(iter(column.foreign_keys)).column.table.name, optional)
    if name in rules.choices:
        return ChoiceEditor(rules.choices[name])
    if name in rules.choice_lists:
        return ChoiceListEditor(rules.choice_lists[name])
    if name == rules.breakdown:
        return BreakdownEditor(db)
    if annotation is bool:
        return BoolEditor()
    if annotation is date:
        return DateEditor(optional)
    if annotation in (Decimal, int, float):
        return NumberEditor()
    if typing.get_origin(annotation) is list:
        return ListTextEditor()
    return TextEditor(long=name in LONG_TEXT)
