"""The Reports page's filters: date range, project, partner, country, audience.

The date fields and reference pickers are the forms' own (`widgets/`), so a
date is typed as its user writes it and a project is found by typing part of
its title. The audience offers "internal" (exact counts) only to the roles
that may see them (coordinators and field staff); everyone else, and every
export unless changed, gets the public view.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from app.domain.enums import COUNTRIES
from app.reports.filters import FilterError, ReportFilters
from app.reports.tables import Audience
from app.ui.base import words
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.widgets.date_field import DateField
from app.ui.widgets.picker import RecordPicker

INTERNAL_ROLES = frozenset({"coordinator", "field_staff"})


def may_see_internal(ctx: AppContext) -> bool:
    return ctx.user is not None and ctx.user.role in INTERNAL_ROLES


class FiltersBar(Retranslating, QWidget):
    sig_changed = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.date_from = DateField(optional=True)
        self.date_to = DateField(optional=True)
        self.project = RecordPicker(ctx.db, "project", optional=True)
        self.partner = RecordPicker(ctx.db, "partner", optional=True)
        self.country = QComboBox()
        self.audience = QComboBox()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.captions = [QLabel() for _ in range(6)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        fields = (self.date_from, self.date_to, self.project, self.partner, self.country,
                  self.audience)
        for n, (caption, field) in enumerate(zip(self.captions, fields, strict=True)):
            caption.setBuddy(field)
            row, column = divmod(n, 2)  # two pairs a row: a picker keeps room to read
            grid.addWidget(caption, row, 2 * column)
            grid.addWidget(field, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        grid.addWidget(self.problem, 3, 0, 1, 4)
        for field in (self.date_from, self.date_to, self.project, self.partner):
            field.sig_changed.connect(self.sig_changed)
        self.country.currentIndexChanged.connect(lambda _n: self.sig_changed.emit())
        self.audience.currentIndexChanged.connect(lambda _n: self.sig_changed.emit())
        ctx.sig_user_changed.connect(self._fill_audience)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("Fro&m"), self.tr("&To"), self.tr("&Project"), self.tr("Pa&rtner"),
                 self.tr("&Country"), self.tr("A&udience"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)

        for field, text in zip((self.date_from, self.date_to, self.project, self.partner,
                                self.country, self.audience), texts, strict=True):
            field.setAccessibleName(text.replace("&", ""))
        for field in (self.date_from, self.date_to, self.project, self.partner):
            field.retranslate()  # their placeholders (outside a form, nobody else asks)
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("All countries"), None)
        for code in COUNTRIES:
            self.country.addItem(words.code_label(code), code)
        self.country.setCurrentIndex(max(0, self.country.findData(chosen)))
        self.country.blockSignals(False)
        self._fill_audience()

    def _fill_audience(self) -> None:
        chosen = self.audience.currentData() or Audience.PUBLIC
        self.audience.blockSignals(True)
        self.audience.clear()
        self.audience.addItem(self.tr("Public (counts under 5 hidden)"), Audience.PUBLIC)
        if may_see_internal(self.ctx):
            self.audience.addItem(self.tr("Internal (exact counts)"), Audience.INTERNAL)
        self.audience.setCurrentIndex(max(0, self.audience.findData(chosen)))
        self.audience.blockSignals(False)
        self.audience.setEnabled(self.audience.count() > 1)
        if self.audience.currentData() != chosen:
            self.sig_changed.emit()

    def chosen_audience(self) -> Audience:
        return self.audience.currentData() or Audience.PUBLIC

    def filters(self) -> ReportFilters | None:
        """The filters as typed, or None with the problem said under them."""
        start, end = self.date_from.typed(), self.date_to.typed()
        if isinstance(start, str) or isinstance(end, str):
            return None  # the date field says what is wrong with the text
        try:
            filters = ReportFilters(start, end, self.project.value, self.partner.value,
                                    self.country.currentData())
        except FilterError as error:
            self.problem.setText(words.problem_text(error.problem)
                                 if error.problem.code != "end_before_start"
                                 else self.tr("The period ends before it starts."))
            self.problem.show()
            return None
        self.problem.hide()
        return filters

    def names(self) -> dict[str, str]:
        """The chosen project's and partner's titles, for a PDF's heading."""
        return {picker.value: picker.shown for picker in (self.project, self.partner)
                if picker.value}
