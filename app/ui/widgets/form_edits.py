"""What the person changed on the record form: edits, unsaved or to be saved.

Two comparisons, for two questions. "Is anything unsaved?" (before the form
shows another record, or the app locks) compares the editors with what they
gave back right after loading, the baseline: typing and then undoing it by
hand leaves the form clean, and an untouched number that reads differently
after a language change ("1234,5" is 12345 in English) is no edit. "What does
a save send?" compares each input with the stored value (numbers as numbers),
so only the fields changed are written; a hidden sensitive field is sent only
if something was typed over it, so an empty one never blanks a name.

This is apart from `record_form` so that the form is its layout, loading and
saving, and this is the bookkeeping of what differs; it holds no widgets.
"""

from __future__ import annotations

from decimal import Decimal

from app.ui.widgets.fields import FieldEditor, NumberEditor


class FormEdits:
    """The baseline of one form's editors, and what differs from it."""

    def __init__(self, editors: dict[str, FieldEditor]):
        self.editors = editors  # the form's
        self.baseline: dict = {}  # what each editor gave back right after loading
        self.number_texts: dict[str, str] = {}  # the numbers' texts right after loading

    def loaded(self) -> None:
        """The editors now show the record as loaded: that is the clean state."""
        self.baseline = {name: editor.get() for name, editor in self.editors.items()}
        self.number_texts = {name: editor.widget.text() for name, editor in self.editors.items()
                             if isinstance(editor, NumberEditor)}

    def rebase_numbers(self) -> None:
        """After a language change an untouched number reads differently ("1234,5" is
        12345 in English): it still is the stored value, not an edit."""
        for name, text in self.number_texts.items():
            if self.editors[name].widget.text() == text:
                self.baseline[name] = self.editors[name].get()

    def keep(self, name: str) -> None:
        """What the editor of `name` holds now is clean (a hidden value just shown)."""
        self.baseline[name] = self.editors[name].get()

    def is_dirty(self) -> bool:
        return any(editor.get() != self.baseline.get(name)
                   for name, editor in self.editors.items())

    def edited(self) -> dict:
        """The input of every field that differs from the baseline."""
        return {name: editor.get() for name, editor in self.editors.items()
                if editor.get() != self.baseline.get(name)}


def changed_fields(editors: dict[str, FieldEditor], stored: dict, hidden: set[str],
                   new: bool) -> dict:
    """What a save sends: every input of a new record; else the inputs that differ from
    the `stored` values, and a `hidden` (sensitive, not shown) field only if typed in."""
    result = {}
    for name, editor in editors.items():
        value = editor.get()
        if name in hidden:
            if value:
                result[name] = value
        elif new or differs(value, stored.get(name)):
            result[name] = value
    return result


def set_input(editor: FieldEditor, value) -> None:
    """Put back what `editor.get()` gave (a number editor gives its input as text)."""
    if isinstance(editor, NumberEditor) and isinstance(value, str):
        editor.widget.setText(value)
    else:
        editor.set(value)


def differs(value, loaded) -> bool:
    """Whether an input differs from the stored value (numbers compared as numbers)."""
    if isinstance(value, str) and loaded is None:
        return value.strip() != ""
    if isinstance(value, str) and isinstance(loaded, Decimal | int | float):
        try:
            return Decimal(value) != Decimal(str(loaded))
        except ArithmeticError:
            return True
    return value != loaded
