"""A record named in words, for lists that point at records of any table.

The conflict review (at headquarters and on a laptop) and the held-back list
show which record a value belongs to: an event's or a training's title, a
partner's name, a participant's code — never a participant's name, which a
list like that must not show — and, for records without a name of their own
(a session, an attendance mark, a field report), what they refer to and their
date. Never a row id, unless the record is not here at all.

Not `labels`, which names a record as a choice among look-alikes (a
training's place, dates and project, so three trainings of one title differ
in a picker): here a record is named briefly, following its references to
something a person recognises (an attendance mark by the participant's code
and the session), in rows that list records of every table. Both write a
name in plain words the same way, `plain_text`, kept here.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from app.domain.models import model_for_table
from app.storage.database import Database

SEPARATOR = " · "
# The fields that name a record, most telling first (a foreign key is named in turn).
NAMED_BY: dict[str, tuple[str, ...]] = {
    "device": ("name",),
    "app_user": ("name",),
    "partner": ("name",),
    "project": ("title",),
    "goal": ("title",),
    "indicator": ("name",),
    "activity": ("topic", "start_date"),
    "training": ("title",),
    "training_session": ("training_id", "held_on"),
    "participant": ("code",),
    "roster_entry": ("participant_id", "training_id"),
    "attendance": ("participant_id", "session_id"),
    "deployment": ("person", "partner_id"),
    "field_report": ("partner_id", "visited_on"),
    "publication": ("title",),
    "advocacy_event": ("title", "held_on"),
    "indicator_value": ("indicator_id", "period_start"),
    "disbursement": ("project_id", "paid_on"),
    "audit_event": ("action", "occurred_at"),
}
_DEPTH = 3  # attendance -> session -> training is as deep as naming goes


def short_id(row_id: str) -> str:
    return row_id[:8]


def plain_text(values) -> str:
    """A record's name from its parts, in plain words: dates in ISO form, empty parts
    left out, the rest joined by `SEPARATOR` (also `labels.Label.text`)."""
    return SEPARATOR.join(v.isoformat() if isinstance(v, date) else str(v)
                          for v in values if v not in (None, ""))


def describe_record(session: Session, table: str, row_id: str, _depth: int = 0) -> str:
    """The record in words, e.g. "Theory of change · 2026-03-01" for a session.

    A deleted record is still named (a conflict may concern its tombstone);
    one that is not here (not yet arrived, unknown table) by its short id."""
    try:
        model = model_for_table(table)
    except KeyError:
        return short_id(row_id)
    row = session.get(model, row_id)
    if row is None:
        return short_id(row_id)
    parents = {c.name: next(iter(c.foreign_keys)).column.table.name
               for c in model.__table__.columns if c.foreign_keys}
    parts = []
    for name in NAMED_BY.get(table, ()):
        if name in model.__sensitive__:  # a participant's name never names it here
            continue
        value = getattr(row, name, None)
        if value in (None, ""):
            continue
        if name in parents:
            if _depth < _DEPTH:
                parts.append(describe_record(session, parents[name], value, _depth + 1))
        else:
            parts.append(value)
    return plain_text(parts) or short_id(row_id)


class RecordNames:
    """`describe_record` for front ends (which hold a database, not a session),
    each record looked up once."""

    def __init__(self, db: Database):
        self.db = db
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, table: str, row_id: str) -> str:
        key = (table, row_id)
        if key not in self._cache:
            with self.db.session() as session:
                self._cache[key] = describe_record(session, table, row_id)
        return self._cache[key]
