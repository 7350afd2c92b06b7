"""The words and the preview table of the roster import dialog.

The preview lists every row of the file with what importing would do to it
and its problems, in the person's language. Names come from the file, so
they are sensitive like names typed in: the name column exists only for a
role that may see names (the dialog decides, `names`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.roster_import import MappingError, RosterPlan
from app.services.roster_read import RosterFileError
from app.ui.base import words

translate = QCoreApplication.translate


def field_name(field: str) -> str:
    """What a column can fill, as the mapping's combo box says it."""
    if field == "":
        return translate("RosterImport", "(ignore)")
    if field == "birth_year":
        return translate("RosterImport", "Birth year or date")
    if field == "age":
        return translate("RosterImport", "Age in years")
    return words.field_label(field)


def action_text(action: str) -> str:
    return {
        "new": translate("RosterImport", "New participant"),
        "known": translate("RosterImport", "Known: added to the roster"),
        "on_roster": translate("RosterImport", "Already on the roster"),
        "rejected": translate("RosterImport", "Not imported"),
    }.get(action, action)


def problem_line(problem) -> str:
    label = {"birth_year": translate("RosterImport", "Birth year or date"),
             "age": translate("RosterImport", "Age in years"),
             "row": translate("RosterImport", "Row")}.get(problem.field) \
        or words.field_label(problem.field)
    return f"{label}: {words.problem_text(problem)}"


def error_text(error: BaseException) -> str:
    """One sentence for a file that gives no rows or a mapping that cannot be used."""
    if isinstance(error, RosterFileError):
        return {
            "not_a_spreadsheet": translate("RosterImport", "This file is not a spreadsheet "
                                           "or CSV file Fältbok can read."),
            "empty": translate("RosterImport", "This file holds no participants."),
            "password_protected": translate("RosterImport", "This workbook is protected by "
                                            "a password. Save it without one, then import "
                                            "that copy."),
            "formulas_without_values": translate("RosterImport", "This workbook has formulas "
                                                 "without saved results. Open it in a "
                                                 "spreadsheet program, save it, and import "
                                                 "it again."),
            "too_large": translate("RosterImport", "This file is too large to import "
                                   "(at most 100,000 rows)."),
        }[error.reason]
    if isinstance(error, MappingError):
        if error.reason == "field_twice":
            return translate("RosterImport", "Two columns fill “{field}”; choose one.").format(
                field=field_name(error.name))
        return translate("RosterImport", "Choose what at least one column holds.")
    if isinstance(error, OSError):
        return translate("RosterImport", "The file could not be read: {reason}").format(
            reason=error.strerror or str(error))
    return str(error)


def summary_text(plan: RosterPlan) -> str:
    return translate("RosterImport", "{new} new, {known} known, {on_roster} already on the "
                     "roster, {rejected} not imported.").format(
        new=words.format_number(plan.count("new")),
        known=words.format_number(plan.count("known")),
        on_roster=words.format_number(plan.count("on_roster")),
        rejected=words.format_number(plan.count("rejected")))


def result_text(plan: RosterPlan) -> str:
    return translate("RosterImport", "Imported. New participants: {new}; known ones added "
                     "to the roster: {known}; rows not imported: {rejected}. Ctrl+Z takes the "
                     "whole import back.").format(
        new=words.format_number(plan.count("new")),
        known=words.format_number(plan.count("known")),
        rejected=words.format_number(plan.count("rejected")))


class PreviewModel(QAbstractTableModel):
    """Line, code, (name), gender, age band, what happens, problems: one row per row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: RosterPlan | None = None
        self.columns: tuple[str, ...] = ()

    def set_plan(self, plan: RosterPlan | None, names: bool) -> None:
        self.beginResetModel()
        self.plan = plan
        self.columns = ("line", "code") + (("name",) if names else ()) + (
            "gender", "age_band", "action", "problems")
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plan is None:
            return None
        row, column = self.plan.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.action == "rejected":
            return QBrush(QColor("#a4262c"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "line":
            return words.format_number(row.line)
        if column == "action":
            return action_text(row.action)
        if column == "problems":
            return "; ".join(problem_line(p) for p in row.problems)
        value = row.values.get(column, "")
        if column in ("gender", "age_band"):
            return words.code_label(value) if value else ""
        return str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal
                or not 0 <= section < len(self.columns)):
            return None
        column = self.columns[section]
        return {"line": translate("RosterImport", "Line"),
                "action": translate("RosterImport", "What happens"),
                "problems": translate("RosterImport", "Problems")}.get(
            column) or words.field_label(column)
