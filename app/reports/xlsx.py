"""A report as an Excel workbook (openpyxl): a first sheet saying what the report
holds (kind, audience, when, filters), then one sheet per table.

Cells keep their types: counts and money are numbers, dates are dates,
shares are numbers formatted as percentages; a suppressed count stays the
text "<5" or "x". Each table's header row is frozen.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from app.reports.cells import about, text_cell
from app.reports.tables import Label, Report, Table

FORMATS = {"count": "#,##0", "number": "#,##0.##", "percent": "0.0%", "date": "yyyy-mm-dd",
           "money": "#,##0.00"}
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
BOLD = Font(bold=True)


def sheet_name(words: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the book."""
    base = _NOT_IN_SHEET_NAMES.sub(" ", words).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def write_report(report: Report, path: str | Path, label: Label) -> None:
    book = Workbook()
    info = book.active
    taken: set[str] = set()
    info.title = sheet_name(label(f"kind:{report.kind}"), taken)
    for words, value in about(report, label):
        info.append([words, value])
        info.cell(info.max_row, 1).font = BOLD
        if isinstance(value, datetime):
            info.cell(info.max_row, 2).number_format = "yyyy-mm-dd hh:mm:ss"
        elif isinstance(value, date):
            info.cell(info.max_row, 2).number_format = FORMATS["date"]
    info.column_dimensions["A"].width = 24
    info.column_dimensions["B"].width = 40
    for table in report.tables:
        _sheet(book.create_sheet(sheet_name(label(f"table:{table.key}"), taken)), table, label)
    book.save(path)


def _sheet(sheet, table: Table, label: Label) -> None:
    sheet.append([label(f"column:{c.key}") for c in table.columns])
    for cell in sheet[1]:
        cell.font = BOLD
    sheet.freeze_panes = "A2"
    last = len(table.rows) - 1
    for n, row in enumerate(table.rows):
        values = []
        for column, value in zip(table.columns, row, strict=True):
            if column.kind == "text":
                value = text_cell(column, value, label)
            values.append(value)
        if table.totals and n == last:
            values[0] = label("word:total")
        sheet.append(values)
        for column, cell in zip(table.columns, sheet[sheet.max_row], strict=True):
            if column.kind in FORMATS and not isinstance(cell.value, str):
                cell.number_format = FORMATS[column.kind]
            if table.totals and n == last:
                cell.font = BOLD
    for i, column in enumerate(table.columns, start=1):
        width = 40 if column.kind == "text" and not column.codes else 14
        sheet.column_dimensions[sheet.cell(1, i).column_letter].width = width
