"""One report cell as the page, the PDF and the charts show it.

A cell is typed by its column (`app/reports/tables.py`): a count (int), a
percent (a fraction, 0.25 is 25 %), a number or money (Decimal), a date, a
text, or a vocabulary code in a column with `codes` (shown through
`label("code:…")`). A public count that was suppressed arrives as a string
("<5" or "x"): it is shown as it is, sorted before every number (never by
the value it hides) and drawn as nothing in a chart, so no picture gives
back what the table hides. The totals row's empty text cell says "Total".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.ui.base import words

NUMERIC_KINDS = frozenset({"count", "number", "percent", "money"})


def is_suppressed(value) -> bool:
    return isinstance(value, str)


def format_cell(value, column, label, total_row: bool = False) -> str:
    """The cell in the UI language: numbers with the locale's separators, a
    percentage with its sign, a date in the short local form, a code in words."""
    kind = column.kind
    if value is None:
        return label("word:total") if total_row and kind == "text" else ""
    if kind in NUMERIC_KINDS and isinstance(value, str):
        return value  # "<5" or "x": a suppressed public count
    if kind == "percent":
        return QCoreApplication.translate("Reports", "{percent} %").format(
            percent=words.format_number(round(float(value) * 100)))
    if kind == "money":
        return words.format_number(Decimal(str(value)).quantize(Decimal(1)))
    if kind in ("count", "number"):
        return words.format_number(value)
    if kind == "date" and isinstance(value, date):
        return words.format_date(value)
    if column.codes:
        return label(f"code:{value}")
    return str(value)


def table_texts(table, label) -> list[list[str]]:
    """Every cell of `table` as text, row by row (the totals row last, if any)."""
    last = len(table.rows) - 1
    return [[format_cell(value, column, label, table.totals and n == last)
             for value, column in zip(row, table.columns, strict=True)]
            for n, row in enumerate(table.rows)]


def sort_key(value, kind: str):
    """What a column sorts by: suppressed counts first, then numbers by size;
    text and dates as shown."""
    if kind in NUMERIC_KINDS:
        if value is None or is_suppressed(value):
            return (0, 0.0)
        return (1, float(value))
    if value is None:
        return (0, "")
    return (1, value.isoformat() if isinstance(value, date) else str(value).casefold())


def chart_value(value) -> float:
    """A cell's height in a chart: a suppressed or missing count is drawn as 0."""
    if value is None or is_suppressed(value):
        return 0.0
    return float(value)
