"""Where the core's problems show on the record form.

A save the core refused comes back as one `ValidationError` with every
problem at once. Each is shown where the person will look for it: at an
editor's own cell when the editor can (a breakdown grid's cell), else in
words under its field (the first word on a field is enough), else, for a
field the form does not show, together under the form. The first field with
a problem, in the form's order, gets the focus.

This is apart from `record_form` so that the form is its layout, loading and
saving, and this is only the showing and clearing of what was refused. It
holds no words of its own: they come from `words.problem_text`, and shown
problems are worded again in a new language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services.errors import Problem, ValidationError
from app.ui.base import words
from app.ui.widgets.fields import FieldEditor

ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    """A label for a problem in the core's words (data, translated when shown)."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setProperty("fb_data", "data")
    return label


class FormProblems:
    """The problems shown on one form: under fields, at editors' cells, in general."""

    def __init__(self, editors: dict[str, FieldEditor]):
        self.editors = editors  # the form's, filled as it builds its rows
        self.labels: dict[str, QLabel] = {}  # under each field, hidden while empty
        self.shown: dict[str, Problem] = {}  # the problem under each field showing one
        self.at_cells: set[str] = set()  # fields whose editor shows its own problems
        self.general = error_label()  # problems of no field shown, under the form

    def label_for(self, name: str) -> QLabel:
        """The (hidden) label under the field `name`, for the form to lay out."""
        label = error_label()
        label.hide()
        self.labels[name] = label
        return label

    def show(self, error: ValidationError) -> None:
        """Every problem at once, each under its field; the first field (in the form's
        order) gets the focus. Problems of no shown field go together under the form."""
        general = []
        for problem in error.problems:
            editor = self.editors.get(problem.field)
            if editor is not None and editor.show_problem(problem):
                self.at_cells.add(problem.field)  # the editor shows it at its own cell
            elif problem.field not in self.labels:
                general.append(words.problem_text(problem))
            elif problem.field not in self.shown:  # the first word on a field is enough
                self.shown[problem.field] = problem
        for name, problem in self.shown.items():
            self.labels[name].setText(words.problem_text(problem))
            self.labels[name].show()
        self.general.setText("\n".join(general))
        first = next((name for name in self.editors
                      if name in self.shown or name in self.at_cells), None)
        if first is not None:
            self.editors[first].widget.setFocus()

    def any(self) -> bool:
        """Whether something refused is on show (under a field, at a cell, in general)."""
        return bool(self.shown or self.at_cells or self.general.text())

    def retranslate(self) -> None:
        """Problems shown stay in the new language."""
        for name, problem in self.shown.items():
            self.labels[name].setText(words.problem_text(problem))

    def clear(self) -> None:
        self.general.clear()
        self.shown.clear()
        self.at_cells.clear()
        for editor in self.editors.values():
            editor.clear_problems()
        for label in self.labels.values():
            label.clear()
            label.hide()
