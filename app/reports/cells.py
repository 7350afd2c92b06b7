"""What exporters share: the words of a report's first page and of a cell."""

from __future__ import annotations

from app.reports.tables import Column, Label, Report


def about(report: Report, label: Label) -> list[tuple[str, object]]:
    """(words, value) lines saying what the report holds: kind, audience, when, filters.
    Values stay typed (the generation time a datetime, dates dates)."""
    f = report.filters
    every = label("word:all")
    return [
        (label("word:report"), label(f"kind:{report.kind}")),
        (label("word:audience"), label(f"word:{report.audience.value}")),
        (label("word:generated"), report.generated_at.replace(tzinfo=None, microsecond=0)),
        (label("word:date_from"), f.date_from or every),
        (label("word:date_to"), f.date_to or every),
        (label("word:project"), f.project_id or every),
        (label("word:partner"), f.partner_id or every),
        (label("word:country"), label(f"code:{f.country}") if f.country else every),
    ]


def text_cell(column: Column, value, label: Label):
    """A text cell in words: a code labelled, a missing value empty."""
    if value is None:
        return None
    if column.codes and isinstance(value, str):
        return label(f"code:{value}")
    return value
