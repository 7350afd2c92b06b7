"""A report as one CSV file (UTF-8; with `bom=True` it starts with a byte-order mark,
so Excel opens Cyrillic and Swedish letters right).

One file with sections rather than a file per table: a report is one thing to
send or archive, and `--out FILE` names one file. The file starts with the
lines saying what it holds (kind, audience, when, filters), then each table:
a line with its title, its header row, its rows, and an empty line. Dates are
ISO (YYYY-MM-DD), shares are fractions (0.25 is 25 %), numbers have a point
for decimals; a suppressed count is "<5" or "x".
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from app.reports.cells import about, text_cell
from app.reports.tables import Label, Report


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def write_report(report: Report, path: str | Path, label: Label, bom: bool = False) -> None:
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as stream:
        out = csv.writer(stream)
        for words, value in about(report, label):
            out.writerow([words, _text(value)])
        for table in report.tables:
            out.writerow([])
            out.writerow([label(f"table:{table.key}")])
            out.writerow([label(f"column:{c.key}") for c in table.columns])
            last = len(table.rows) - 1
            for n, row in enumerate(table.rows):
                cells = [_text(text_cell(c, v, label) if c.kind == "text" else v)
                         for c, v in zip(table.columns, row, strict=True)]
                if table.totals and n == last:
                    cells[0] = label("word:total")
                out.writerow(cells)
