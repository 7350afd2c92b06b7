"""What a report is, without Qt and without words: tables of typed cells, chart specs.

Every key (report kind, table, column) is a stable identifier; the words for
them live in `app/ui/reports/words.py`. Exporters and the UI take a `Label`
function that turns a namespaced key into words:

- `kind:<report kind>`, `table:<table key>`, `column:<column key>`;
- `code:<code>` for a cell of a column whose `codes` is true (a gender, an
  age band, a country, an activity kind, a theme, a quarter stays as it is);
- `word:<key>` for the few other words an export needs (`total`, `filters`,
  `audience`, `public`, `internal`, `generated`, `date_from`, `date_to`,
  `project`, `partner`, `country`, `all`, `report`).

Cells are typed: `int` (count), `float` (percent, as a fraction: 0.25 is
25 %), `Decimal` (number, money), `date`, `str` (text), or None (no figure).
In the public audience a suppressed count is the string "<5" or "x"
(`app/reports/public.py`); a figure computed from a suppressed count (a
progress share) is "x" too. A table with `totals` ends with a totals row whose
text cells are None: it is labelled with `word:total`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Literal

from app.reports.filters import ReportFilters

ColumnKind = Literal["text", "count", "number", "percent", "date", "money"]
ChartKind = Literal["bar", "stacked_bar", "line"]
Label = Callable[[str], str]


class Audience(StrEnum):
    PUBLIC = "public"  # the default: every count suppressed (app/reports/public.py)
    INTERNAL = "internal"  # exact counts, for coordinators


@dataclass(frozen=True)
class Column:
    key: str
    kind: ColumnKind = "text"
    codes: bool = False  # its text cells are vocabulary codes: label them as `code:<cell>`


@dataclass(frozen=True)
class Table:
    key: str
    columns: tuple[Column, ...]
    rows: tuple[tuple, ...]
    totals: bool = False  # the last row holds the totals

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def values(self, key: str, include_totals: bool = False) -> list:
        """The cells of one column, top to bottom (the totals row left out by default)."""
        rows = self.rows[:-1] if self.totals and not include_totals else self.rows
        i = self.column_index(key)
        return [row[i] for row in rows]


@dataclass(frozen=True)
class ChartSpec:
    kind: ChartKind
    table_key: str
    category_column: str
    series_columns: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    kind: str
    filters: ReportFilters
    audience: Audience
    tables: tuple[Table, ...]
    charts: tuple[ChartSpec, ...]
    generated_at: datetime  # UTC

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


def plain_label(key: str) -> str:
    """Words-free labels (the key itself, without its namespace): tests, logs."""
    return key.split(":", 1)[1] if ":" in key else key
