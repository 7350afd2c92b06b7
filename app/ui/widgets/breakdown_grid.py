"""The breakdown of an indicator value: one cell per gender and age band.

The grid follows the indicator chosen in the same form (`bind`): it shows
only the groups that indicator is broken down by (and any group that still
holds figures, so nothing typed disappears), takes whole numbers only for a
count (a validator: "9.5" cannot be typed), and keeps a running sum under
each group. The core checks the figures (`app/services/indicator_rules.py`);
each of its problems is shown at its own cell, in red with its words below
the cell, and a sum that does not match under its group, all at once.

It knows the form's other editors only by duck typing (`widget`, `get`), as
`fields.py` builds them, so this module does not import `fields.py`.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QRegularExpression, Qt
from PySide6.QtGui import QDoubleValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import enums
from app.services import indicator_rules
from app.services.data_folder import Database
from app.services.errors import Problem
from app.ui.base import words

GROUPS = {"gender": enums.GENDERS, "age_band": enums.AGE_BANDS}
CELL_ERROR_STYLE = "QLineEdit { border: 2px solid #b00020; background: #fdecee; }"
ERROR_STYLE = "color: #b00020;"
WHOLE = QRegularExpression(r"[0-9]{0,9}")


class BreakdownEditor:
    """Indicator values by gender and age band, with the core's problems at their cells."""

    KEYS = tuple(f"{group}:{code}" for group, codes in GROUPS.items() for code in codes)

    def __init__(self, db: Database | None = None):
        self.db = db
        self.shape: indicator_rules.Shape | None = None
        self.problems: list[Problem] = []
        self.widget = QWidget()
        outer = QVBoxLayout(self.widget)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()  # a column per group: a problem in one moves no cell of the other
        row.setSpacing(12)
        outer.addLayout(row)
        self.headings: dict[str, QLabel] = {}
        self.sums: dict[str, QLabel] = {}
        self.group_errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.cell_errors: dict[str, QLabel] = {}
        self.general_error = _error_label()
        for group, codes in GROUPS.items():
            grid = QGridLayout()
            grid.setVerticalSpacing(1)
            heading = QLabel()
            heading.setStyleSheet("font-weight: bold;")
            grid.addWidget(heading, 0, 0, 1, 2)
            self.headings[group] = heading
            for n, code in enumerate(codes):
                key = f"{group}:{code}"
                label, edit, error = QLabel(), QLineEdit(), _error_label()
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0" * 8))
                edit.textChanged.connect(lambda _text, g=group: self._update_sum(g))
                label.setBuddy(edit)
                grid.addWidget(label, 1 + 2 * n, 0)
                grid.addWidget(edit, 1 + 2 * n, 1)
                grid.addWidget(error, 2 + 2 * n, 0, 1, 2)
                self.labels[key], self.edits[key], self.cell_errors[key] = label, edit, error
            foot = 1 + 2 * len(codes)
            self.sums[group] = QLabel()
            self.sums[group].setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(self.sums[group], foot, 0, 1, 2)
            self.group_errors[group] = _error_label()
            grid.addWidget(self.group_errors[group], foot + 1, 0, 1, 2)
            grid.setRowStretch(foot + 2, 1)
            row.addLayout(grid, 1)
        outer.addWidget(self.general_error)
        self._apply_shape()
        self.retranslate()

    # -- the form around it --------------------------------------------------
    def bind(self, editors: dict) -> None:
        """Follow the form's indicator: its groups, and whole numbers for a count."""
        indicator = editors.get("indicator_id")
        self.value_editor = editors.get("value")
        if indicator is None or self.db is None:
            return
        self._indicator = indicator
        indicator.widget.sig_changed.connect(self._indicator_chosen)

    def _indicator_chosen(self) -> None:
        self.shape = indicator_rules.shape(self.db, self._indicator.get())
        self._apply_shape()

    def _apply_shape(self) -> None:
        counting = self.shape is not None and self.shape.measure == "count"
        for edit in self.edits.values():
            edit.setValidator(QRegularExpressionValidator(WHOLE, edit) if counting
                              else QDoubleValidator(edit))
        value = getattr(self, "value_editor", None)
        if value is not None and hasattr(value.widget, "setValidator"):
            value.widget.setValidator(QRegularExpressionValidator(WHOLE, value.widget)
                                      if counting else None)
        self._show_groups()

    def _show_groups(self) -> None:
        for group, codes in GROUPS.items():
            keys = [f"{group}:{code}" for code in codes]
            shown = (self.shape is None or group in self.shape.groups
                     or any(self.edits[k].text().strip() for k in keys))
            for key in keys:
                self.labels[key].setVisible(shown)
                self.edits[key].setVisible(shown)
                self.cell_errors[key].setVisible(shown and bool(self.cell_errors[key].text()))
            self.headings[group].setVisible(shown)
            self.sums[group].setVisible(shown)
            self.group_errors[group].setVisible(shown and bool(self.group_errors[group].text()))

    def retranslate(self) -> None:
        self.headings["gender"].setText(words.field_label("gender"))
        self.headings["age_band"].setText(words.field_label("age_band"))
        for key, label in self.labels.items():
            label.setText(words.code_label(key.split(":", 1)[1]))
            group = words.field_label(key.split(":", 1)[0])
            self.edits[key].setAccessibleName(f"{group}: {label.text()}")
        for group in GROUPS:
            self._update_sum(group)
        self.show_problems_again()

    # -- values --------------------------------------------------------------
    def set(self, value) -> None:
        self.clear_problems()
        for key, edit in self.edits.items():
            number = (value or {}).get(key)
            edit.setText("" if number is None else _plain(number))
        self._show_groups()

    def get(self):
        result = {}
        for key, edit in self.edits.items():
            number = _parse(edit.text())
            if number is not None:
                result[key] = number
        return result

    def _update_sum(self, group: str) -> None:
        numbers = [_parse(self.edits[f"{group}:{code}"].text()) for code in GROUPS[group]]
        numbers = [n for n in numbers if isinstance(n, int | float)]
        text = QCoreApplication.translate("BreakdownEditor", "Sum: {total}")
        self.sums[group].setText(text.format(total=words.format_number(sum(numbers)))
                                 if numbers else "")

    # -- the core's problems -------------------------------------------------
    def show_problem(self, problem: Problem) -> bool:
        """Show one problem of the breakdown at its cells; True: shown here."""
        self.problems.append(problem)
        self._render(problem)
        self._show_groups()
        return True

    def show_problems_again(self) -> None:
        problems, self.problems = self.problems, []
        self._clear_marks()
        for problem in problems:
            self.show_problem(problem)

    def clear_problems(self) -> None:
        self.problems = []
        self._clear_marks()

    def problem_cells(self) -> set[str]:
        """The keys of the cells shown in red (for tests and screen readers)."""
        return {key for key, edit in self.edits.items() if edit.property("fb_problem")}

    def _render(self, problem: Problem) -> None:
        text = words.problem_text(problem)
        cells = [c for c in problem.params.get("cells", ()) if c in self.edits]
        for key in cells:
            self.edits[key].setStyleSheet(CELL_ERROR_STYLE)
            self.edits[key].setProperty("fb_problem", True)
            self.edits[key].setToolTip(text)
        if problem.code == "breakdown_sum" and problem.params.get("group") in GROUPS:
            _append(self.group_errors[problem.params["group"]], text)
        elif len(cells) == 1:
            _append(self.cell_errors[cells[0]], text)
        else:
            _append(self.general_error, text)

    def _clear_marks(self) -> None:
        for edit in self.edits.values():
            edit.setStyleSheet("")
            edit.setProperty("fb_problem", False)
            edit.setToolTip("")
        for label in [*self.cell_errors.values(), *self.group_errors.values(),
                      self.general_error]:
            label.clear()
            label.hide()


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setProperty("fb_data", "data")  # the core's problem, translated when shown
    label.hide()
    return label


def _append(label: QLabel, text: str) -> None:
    label.setText(f"{label.text()}\n{text}" if label.text() else text)
    label.show()


def _plain(number) -> str:
    """A stored cell as it is typed back: whole numbers without decimals, no grouping."""
    return words.format_number(Decimal(str(number))).replace(QLocale().groupSeparator(), "")


def _parse(text: str):
    """A typed cell, read the local way by QLocale ("12,5" in Swedish), as int or float;
    "" as None, anything else as it was typed (the core says it is not a number)."""
    cleaned = "".join(text.split())  # spaces typed as thousands separators
    if not cleaned:
        return None
    locale = QLocale()
    whole, ok = locale.toLongLong(cleaned)
    if ok:
        return whole
    number, ok = locale.toDouble(cleaned)
    if ok and math.isfinite(number):
        return int(number) if number.is_integer() else number
    return text
