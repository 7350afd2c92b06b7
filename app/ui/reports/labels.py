"""A report's heading lines: its filters and its audience in the reader's words.

Gathered where the language is known (the UI thread, or the command line
after `words.labeller`), then handed as plain strings to the PDF writer,
which may run on a worker. Project and partner filters are ids in the core:
`names` gives their titles (the page looks them up through
`app.services.labels`); an id without one is shown as it is.
"""

from __future__ import annotations

from app.ui.base import words as base_words


def filters_text(filters, label, names: dict[str, str] | None = None) -> str:
    """The filters in one line: period, project, partner, country (those set)."""
    names = names or {}
    start = base_words.format_date(filters.date_from) if filters.date_from else "…"
    end = base_words.format_date(filters.date_to) if filters.date_to else "…"
    parts = [f"{label('word:date_from')} {start} – {label('word:date_to')} {end}"
             if filters.date_from or filters.date_to
             else f"{label('word:date_from')} – {label('word:date_to')}: {label('word:all')}"]
    for key, value in (("project", filters.project_id), ("partner", filters.partner_id)):
        if value:
            parts.append(f"{label(f'word:{key}')}: {names.get(value, value)}")
    if filters.country:
        parts.append(f"{label('word:country')}: {label(f'code:{filters.country}')}")
    return " · ".join(parts)


def audience_text(audience, label) -> str:
    return f"{label('word:audience')}: {label(f'word:{audience}')}"
