"""One printable page per project: indicators against targets, attendance by
gender, money disbursed against the budget.

Three reports of the core, filtered to the project (`summary_reports`, on a
worker), laid out on one A4 page by `write_summary` with the PDF writer's
pieces: each section its chart, low and wide, and its first rows
(the totals row kept), so the page never runs over.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPainter

from app.reports.model import build_report
from app.ui.reports.labels import audience_text, filters_text
from app.ui.reports.pdf import _Page, _writer

SECTIONS = (("indicator_progress", "indicator_progress"),
            ("attendance", "attendance_by_gender_age"),
            ("disbursements", "disbursements_by_project"))
ROWS = 5  # per section: what one page holds beside three charts
CHART_SHARE = 0.15
CHART_SIZE = QSizeF(720, 210)  # wide and low: three of them on one page
# the project is the page's title: columns that would only repeat it (or its partner)
SKIP = frozenset({"project", "goal", "partner", "country", "latest_period_end"})


def summary_reports(filters, audience, db, should_stop: Callable[[], bool]) -> dict:
    return {kind: build_report(kind, filters, audience, db, should_stop=should_stop)
            for kind, _table in SECTIONS}


def summary_tables(reports: dict) -> list:
    """The table of each section (the one named in SECTIONS, else the first)."""
    chosen = []
    for kind, key in SECTIONS:
        tables = reports[kind].tables
        if tables:
            chosen.append((kind, next((t for t in tables if t.key == key), tables[0])))
    return chosen


def summary_pictures(reports: dict, label) -> dict:
    """The chart of each section's table (UI thread only)."""
    from app.ui.reports.chart_view import chart_picture

    pictures = {}
    for kind, table in summary_tables(reports):
        spec = next((c for c in reports[kind].charts if c.table_key == table.key), None)
        if spec is not None and table.rows:
            pictures[table.key] = chart_picture(table, spec, label, CHART_SIZE)
    return pictures


def write_summary(reports: dict, path: str | os.PathLike, label, pictures: dict,
                  title: str, names: dict[str, str] | None = None) -> None:
    """The one page. `title`: the project's title, already in words."""
    from pathlib import Path

    target = Path(path)
    writer = _writer(target, title)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"the summary could not be written to {target}")
    page = _Page(painter, writer)
    first = next(iter(reports.values()))
    try:
        page.heading(title, 15)
        page.line(filters_text(first.filters, label, names), 9)
        page.line(audience_text(first.audience, label), 9, italic=True)
        for kind, table in summary_tables(reports):
            page.heading(label(f"kind:{kind}"), 11)
            if table.key in pictures:
                page.picture(pictures[table.key], CHART_SHARE)
            for _ in page.table(table, label, limit=ROWS, skip=SKIP):
                pass
            page.gap(0.6)
    finally:
        painter.end()
    if not target.is_file():
        raise OSError(f"the summary could not be written to {target}")
