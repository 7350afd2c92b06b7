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

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.domain.models import model_for_table
from app.services import attachments
from app.services.data_folder import Database
from app.services.rules import RULES
from app.ui.base import words
from app.ui.widgets.attachments import AttachmentsWidget
from app.ui.widgets.breakdown_grid import BreakdownEditor
from app.ui.widgets.date_field import DateField
from app.ui.widgets.picker import RecordPicker

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
        # wide enough to read a few words: a narrower field wraps below its label instead
        self.widget.setMinimumWidth(self.widget.fontMetrics().horizontalAdvance("M" * 12))
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
    """A list of free words (facilitators), comma separated."""

    def set(self, value) -> None:
        super().set(", ".join(value or []))

    def get(self):
        return [part.strip() for part in super().get().split(",") if part.strip()]


class AttachmentsEditor(FieldEditor):
    """The files a record cites (`attachments.AttachmentsWidget`): entries `<sha256>:<name>`."""

    def __init__(self, db: Database):
        self.widget = AttachmentsWidget(db)

    def retranslate(self) -> None:
        self.widget.retranslate()

    def set(self, value) -> None:
        self.widget.set_entries(value or [])

    def get(self):
        return self.widget.entries()


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


class DateEditor(FieldEditor):
    """A typed date (`date_field.DateField`); a new record's required date starts at today."""

    def __init__(self, optional: bool):
        self.optional = optional
        self.widget = DateField(optional)

    def retranslate(self) -> None:
        self.widget.retranslate()

    def set(self, value) -> None:
        self.widget.set_value(value if value is not None or self.optional else date.today())

    def get(self):
        return self.widget.typed()


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
        widest = max((self.widget.fontMetrics().horizontalAdvance(words.code_label(code))
                      for code in self.choices), default=0)
        self.widget.setMinimumWidth(min(widest + 56, 240))  # check box, scroll bar beside

    def set(self, value) -> None:
        for n in range(self.widget.count()):
            item = self.widget.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in (value or [])
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def get(self):
        return [self.widget.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.widget.count())
                if self.widget.item(n).checkState() == Qt.CheckState.Checked]


class ReferenceEditor(FieldEditor):
    """A choice among the live rows of another table (`picker.RecordPicker`): each shows
    what tells it apart from look-alikes, and typing searches them all, a page at a time."""

    def __init__(self, db: Database, target: str, optional: bool):
        self.target, self.optional = target, optional
        self.widget = RecordPicker(db, target, optional)

    def retranslate(self) -> None:
        self.widget.retranslate()

    def set(self, value) -> None:
        self.widget.set_value(value)

    def get(self):
        if self.optional and not self.widget.edit.text().strip():
            return None  # emptied and saved at once, without Enter
        return self.widget.value


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
    if attachments.TABLES.get(entity) == name:
        return AttachmentsEditor(db)
    if annotation is bool:
        return BoolEditor()
    if annotation is date:
        return DateEditor(optional)
    if annotation in (Decimal, int, float):
        return NumberEditor()
    if typing.get_origin(annotation) is list:
        return ListTextEditor()
    return TextEditor(long=name in LONG_TEXT)
