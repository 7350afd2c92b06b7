"""Cross tables of counts (rows x columns, with totals), exact or suppressed.

A report publishes its cross tables together, so in the public audience they
are suppressed together (`public.suppress_linked`): a total one table hides
is hidden in every table that shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.reports.public import HIDDEN, SMALL, LinkedCounts, PublicTable, suppress_linked
from app.reports.tables import Audience, Column, Table


@dataclass(frozen=True)
class Cross:
    """A cross table to be: its counts, the cells that lead each row, its margins."""

    key: str
    lead: tuple[Column, ...]  # the columns that say what a row is
    lead_cells: dict[str, tuple]  # row key -> its lead cells
    columns: tuple[str, ...]  # column keys (codes)
    counts: dict[tuple[str, str], int]
    row_margin: str
    column_margin: str
    kind: str = "count"

    @property
    def rows(self) -> tuple[str, ...]:
        return tuple(self.lead_cells)


def published(value: str) -> int | str:
    """A suppressed cell as a typed cell: an int, or "<5" / "x"."""
    return value if value in (SMALL, HIDDEN) else int(value)


def build_tables(crosses: list[Cross], audience: Audience) -> list[Table]:
    """The tables of crosses published together, exact or suppressed together."""
    public = None
    if audience == Audience.PUBLIC:
        public = suppress_linked({c.key: LinkedCounts(c.counts, c.rows, c.columns, c.row_margin,
                                                      c.column_margin) for c in crosses})
    return [_table(c, public[c.key] if public else None) for c in crosses]


def _table(cross: Cross, public: PublicTable | None) -> Table:
    columns = cross.lead + tuple(Column(k, cross.kind) for k in cross.columns) \
        + (Column("total", cross.kind),)
    rows = []
    for r in cross.rows:
        if public is None:
            cells = [cross.counts.get((r, c), 0) for c in cross.columns]
            cells.append(sum(cells))
        else:
            cells = [published(public.cells[(r, c)]) for c in cross.columns]
            cells.append(published(public.row_totals[r]))
        rows.append(tuple(cross.lead_cells[r]) + tuple(cells))
    if public is None:
        totals = [sum(cross.counts.get((r, c), 0) for r in cross.rows) for c in cross.columns]
        totals.append(sum(totals))
    else:
        totals = [published(public.column_totals[c]) for c in cross.columns]
        totals.append(published(public.total))
    rows.append((None,) * len(cross.lead) + tuple(totals))
    return Table(cross.key, columns, tuple(rows), totals=True)
