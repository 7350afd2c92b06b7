"""The pieces of the attendance page: the roster view and the walk-in form.

They are handed what they call on the page (a toggle, an add, the box that takes
focus back) instead of the page itself, so they do not import the page that
builds them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import enums
from app.services.errors import ValidationError
from app.ui.base import words
from app.ui.base.i18n import Retranslating
from app.ui.base.shortcuts import local_shortcut


class RosterView(QTableView):
    """Space toggles the current participant; letters and digits go to the code box
    (`type_on`), so typing a code works wherever the cursor was left; the rest is an
    ordinary table."""

    COMMANDS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier)

    def __init__(self, toggle: Callable[[int], None], type_on: Callable[[str], None]):
        super().__init__()
        self.on_toggle, self.on_type = toggle, type_on

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.on_toggle(self.currentIndex().row())
            return
        text = event.text()
        if (text and text.isprintable() and not text.isspace()
                and not event.modifiers() & self.COMMANDS):
            self.on_type(text)
            return
        super().keyPressEvent(event)


class WalkInWidget(QFrame):
    """The small inline form for someone who was not on the roster."""

    def __init__(self, add: Callable[..., None], focus_after: QWidget):
        """`add(data, done=, refused=)` creates and marks the person; `focus_after`
        gets the cursor back when the form closes (the page's code box)."""
        super().__init__()
        self.on_add, self.focus_after = add, focus_after
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.code, self.name = QLineEdit(), QLineEdit()
        self.gender, self.age_band = QComboBox(), QComboBox()
        for code in enums.GENDERS:
            self.gender.addItem(words.code_label(code), code)
        for code in enums.AGE_BANDS:
            self.age_band.addItem(words.code_label(code), code)
        self.gender.setCurrentIndex(enums.GENDERS.index("undisclosed"))
        self.age_band.setCurrentIndex(enums.AGE_BANDS.index("unknown"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setProperty("fb_data", "data")
        self.add_button, self.cancel_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.close_form)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.code, self.name, self.gender, self.age_band),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        local_shortcut(self, "Esc", self.close_form)
        local_shortcut(self, "Return", self.submit)
        local_shortcut(self, "Enter", self.submit)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Walk-in participant"))
        for label, name in zip(self.labels, ("code", "name", "gender", "age_band"), strict=True):
            label.setText(words.field_label(name))
        self.code.setAccessibleName(words.field_label("code"))
        self.name.setAccessibleName(words.field_label("name"))
        self.name.setPlaceholderText(self.tr("Optional"))
        self.gender.setAccessibleName(words.field_label("gender"))
        self.age_band.setAccessibleName(words.field_label("age_band"))
        for n, code in enumerate(enums.GENDERS):
            self.gender.setItemText(n, words.code_label(code))
        for n, code in enumerate(enums.AGE_BANDS):
            self.age_band.setItemText(n, words.code_label(code))
        self.add_button.setText(self.tr("Add and mark present"))
        self.cancel_button.setText(self.tr("Cancel"))

    def open_form(self, code: str = "") -> None:
        self.error.clear()
        self.code.setText(code)
        self.name.clear()
        self.show()
        self.code.setFocus()

    def close_form(self) -> None:
        self.hide()
        self.focus_after.setFocus()

    def submit(self) -> None:
        if not self.isVisible():
            return
        self.error.clear()
        data = {"code": self.code.text().strip(), "gender": self.gender.currentData(),
                "age_band": self.age_band.currentData()}
        if self.name.text().strip():
            data["name"] = self.name.text().strip()
        self.on_add(data, done=self.close_form, refused=self._refused)

    def _refused(self, error: ValidationError) -> None:
        """The form stays open with what was typed, the problems under it."""
        self.error.setText("; ".join(f"{words.field_label(p.field)}: {words.problem_text(p)}"
                                     for p in error.problems))
        self.code.setFocus()


class CountsWidget(Retranslating, QWidget):
    """Who is present now: in total, by gender and by age band."""

    KEYS = ("present", *enums.GENDERS, *enums.AGE_BANDS)

    def __init__(self):
        super().__init__()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        for n, key in enumerate(self.KEYS):
            name, value = QLabel(), QLabel("0")
            value.setProperty("fb_data", "data")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.names[key], self.values[key] = name, value
            grid.addWidget(name, n + 1, 0)
            grid.addWidget(value, n + 1, 1)
        grid.setRowStretch(len(self.KEYS) + 1, 1)
        self.setMinimumWidth(200)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Present now"))
        self.names["present"].setText(self.tr("Total"))
        for key in self.KEYS[1:]:
            self.names[key].setText(words.code_label(key))

    def show_counts(self, counts, roster_size: int) -> None:
        number = words.format_number
        self.values["present"].setText(f"{number(counts.present)} / {number(roster_size)}")
        for key in enums.GENDERS:
            self.values[key].setText(number(counts.by_gender.get(key, 0)))
        for key in enums.AGE_BANDS:
            self.values[key].setText(number(counts.by_age_band.get(key, 0)))
