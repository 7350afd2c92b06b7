"""Counts fit for anything public (reports to donors, IATI): small ones hidden.

Rules (docs/protection.md says why):
- A count of 1 to 4 is shown as "<5" (primary suppression). In a workshop of
  twelve, "non-binary, under 18: 1" names a person.
- 0 is shown as "0". It identifies nobody, and hiding it would make every
  "<5" ambiguous with "nobody", which donors' figures need to tell apart.
- A table with totals also hides, as "x", the smallest other count of any row
  or column that has exactly one hidden count (complementary suppression):
  otherwise total minus the shown counts gives the hidden one back. This is
  repeated until no row or column has exactly one hidden count.

Public figures are computed through the services (never raw SQL), from
present, non-deleted attendance only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.enums import AGE_BANDS, GENDERS

THRESHOLD = 5
SMALL = "<5"
HIDDEN = "x"


def public_count(count: int) -> str:
    """One count as it may be published: "0", "<5", or the number."""
    if count < 0:
        raise ValueError("a count cannot be negative")
    if 0 < count < THRESHOLD:
        return SMALL
    return str(count)


@dataclass(frozen=True)
class PublicTable:
    """A cross table of counts with totals, every entry already suppressed.

    `cells[(row, column)]`, `row_totals[row]`, `column_totals[column]`, `total`
    are strings: a number, "0", "<5" or "x".
    """

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: dict[tuple[str, str], str]
    row_totals: dict[str, str]
    column_totals: dict[str, str]
    total: str


def suppress_table(counts: dict[tuple[str, str], int], rows: tuple[str, ...],
                   columns: tuple[str, ...], *, hidden_row_totals: Iterable[str] = (),
                   hidden_column_totals: Iterable[str] = (),
                   hide_total: bool = False) -> PublicTable:
    """Suppress a rows x columns table of counts and its totals (see module doc).

    `hidden_*` name totals to hide from the start (a total another published
    table hid: `suppress_linked`); a total of 0 stays "0"."""
    n_rows, n_cols = len(rows), len(columns)
    # The grid with its margins: row n_rows holds column totals, column n_cols row totals.
    grid = [[counts.get((r, c), 0) for c in columns] for r in rows]
    for line in grid:
        line.append(sum(line))
    grid.append([sum(grid[i][j] for i in range(n_rows)) for j in range(n_cols + 1)])
    shown = [[public_count(v) for v in line] for line in grid]
    forced = ([(rows.index(r), n_cols) for r in hidden_row_totals if r in rows]
              + [(n_rows, columns.index(c)) for c in hidden_column_totals if c in columns]
              + ([(n_rows, n_cols)] if hide_total else []))
    for i, j in forced:
        if grid[i][j] > 0:
            shown[i][j] = HIDDEN

    lines = [[(i, j) for j in range(n_cols + 1)] for i in range(n_rows + 1)]
    lines += [[(i, j) for i in range(n_rows + 1)] for j in range(n_cols + 1)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            hidden = [p for p in line if shown[p[0]][p[1]] in (SMALL, HIDDEN)]
            if len(hidden) != 1:
                continue
            candidates = [p for p in line if shown[p[0]][p[1]] not in (SMALL, HIDDEN)
                          and grid[p[0]][p[1]] > 0]
            if not candidates:
                continue
            # the smallest count; an inner cell before a total when equal
            i, j = min(candidates, key=lambda p: (grid[p[0]][p[1]],
                                                  p[0] == n_rows or p[1] == n_cols, p))
            shown[i][j] = HIDDEN
            changed = True

    return PublicTable(
        rows=tuple(rows), columns=tuple(columns),
        cells={(r, c): shown[i][j] for i, r in enumerate(rows) for j, c in enumerate(columns)},
        row_totals={r: shown[i][n_cols] for i, r in enumerate(rows)},
        column_totals={c: shown[n_rows][j] for j, c in enumerate(columns)},
        total=shown[n_rows][n_cols],
    )


@dataclass(frozen=True)
class LinkedCounts:
    """One cross table of several published together. Its row totals are the
    margin `row_margin` (keyed by row), its column totals `column_margin`: two
    tables with a margin of the same name publish the same totals, so one
    hidden there must be hidden in both (else the other gives it back)."""

    counts: dict[tuple[str, str], int]
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    row_margin: str
    column_margin: str


def suppress_linked(tables: dict[str, LinkedCounts]) -> dict[str, PublicTable]:
    """Suppress tables that share totals (complementary suppression across them):
    repeated until no table hides a total that another still shows."""
    hidden: set[tuple[str, str]] = set()  # (margin, key); ("", "") is the grand total
    while True:
        done = {name: suppress_table(
            t.counts, t.rows, t.columns,
            hidden_row_totals=[k for m, k in hidden if m == t.row_margin],
            hidden_column_totals=[k for m, k in hidden if m == t.column_margin],
            hide_total=("", "") in hidden) for name, t in tables.items()}
        found = set(hidden)
        for name, table in done.items():
            spec = tables[name]
            found |= {(spec.row_margin, r) for r, v in table.row_totals.items() if v == HIDDEN}
            found |= {(spec.column_margin, c) for c, v in table.column_totals.items()
                      if v == HIDDEN}
            found |= {("", "")} if table.total in (SMALL, HIDDEN) else set()
        if found == hidden:
            return done
        hidden = found


def _present_people(services, session_id: str | None, training_id: str | None) -> set[str]:
    if (session_id is None) == (training_id is None):
        raise ValueError("give a session or a training, not both")
    if session_id is not None:
        return services.attendance.present_ids(session_id)
    people: set[str] = set()
    for meeting in services.sessions.list(filters={"training_id": training_id}):
        people |= services.attendance.present_ids(meeting.id)
    return people


def public_attendance(services, *, session_id: str | None = None,
                      training_id: str | None = None) -> PublicTable:
    """Who attended a session (or any session of a training), by gender and age band,
    suppressed for publication. A person counts once per training."""
    people = _present_people(services, session_id, training_id)
    counts: Counter = Counter()
    for person_id in people:
        person = services.participants.get(person_id, include_deleted=True)
        if not person.deleted:
            counts[(person.gender, person.age_band)] += 1
    rows = GENDERS + tuple(sorted({g for g, _a in counts} - set(GENDERS)))
    columns = AGE_BANDS + tuple(sorted({a for _g, a in counts} - set(AGE_BANDS)))
    return suppress_table(dict(counts), rows, columns)
