"""What tells one record from another: the parts a choice of it shows.

Three trainings called "Theory of change workshop" and fourteen goals with
one title looked identical in every picker. Each table here names the parts
that set its rows apart (a training's place, dates and project; a goal's
project; a session's date, topic and training), read in one query with the
referenced rows joined in. The UI formats the parts in its language; the
command line and reports can use `Label.text()`.

`choices` pages through the rows by key (sort value and id of the last row
shown, `queries`' keyset paging, cancellable like the lists) and searches all
shown parts at once: every word typed must occur in some part, case and
diacritics ignored ("osh" finds "Ош" only through case; "sjalvforsvar"
finds "Självförsvar"). Sensitive fields (names, contacts) are never a part.

Not `record_names`, which names any record briefly for the conflict review
(a training by its title alone); a label has to set a row apart from its
look-alikes, so it shows more. In plain text both are written by one
recipe, `record_names.plain_text`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from sqlalchemy import String, and_, cast, func, literal, select

from app.domain.models import model_for_table
from app.services.queries import _past, _stoppable
from app.services.record_names import plain_text
from app.storage.database import Database


@dataclass(frozen=True)
class Part:
    """A column of the row (`column`), or of the row a reference column points at (`of`)."""

    column: str
    of: str | None = None  # e.g. Part("project_id", of="title"): the project's title

    @property
    def name(self) -> str:
        return self.column


P = Part
DESCRIPTIONS: dict[str, tuple[Part, ...]] = {
    "device": (P("name"),),
    "app_user": (P("name"), P("role")),
    "partner": (P("name"), P("country"), P("region")),
    "project": (P("title"), P("partner_id", of="name"), P("country")),
    "goal": (P("title"), P("project_id", of="title")),
    "indicator": (P("name"), P("unit"), P("goal_id", of="title")),
    "activity": (P("topic"), P("place"), P("start_date"), P("project_id", of="title")),
    "training": (P("title"), P("place"), P("start_date"), P("end_date"),
                 P("project_id", of="title")),
    "training_session": (P("held_on"), P("topic"), P("training_id", of="title")),
    "participant": (P("code"), P("organisation")),
}
NEWEST_FIRST = frozenset({"training_session"})  # sorted by their first part, latest on top


@dataclass(frozen=True)
class Label:
    """A row as a choice: its id, its parts (name, value) and its place in the order."""

    id: str
    parts: tuple[tuple[str, object], ...]
    key: tuple

    def text(self) -> str:
        """The parts in plain text (ISO dates), for the command line and reports."""
        return plain_text(value for _name, value in self.parts)


@dataclass(frozen=True)
class ChoiceRequest:
    table: str
    search: str = ""
    after: tuple | None = None  # the `key` of the last label already shown
    limit: int = 50


@lru_cache(maxsize=65_536)  # the same project or training title comes with many rows
def plain(text: str) -> str:
    """Text folded for searching: no case, no diacritics (`Självförsvar` -> `sjalvforsvar`)."""
    folded = text.casefold()
    if folded.isascii():  # most codes and many titles: nothing to decompose
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _plain_sql(value):
    return None if value is None else plain(str(value))


def parts_of(table: str) -> tuple[Part, ...]:
    return DESCRIPTIONS.get(table, (Part("id"),))


@cache
def _query(table: str):
    """(SELECT id and the parts, the sort key, the table's columns, the searched text)."""
    model_table = model_for_table(table).__table__
    joined, columns = model_table, []
    for part in parts_of(table):
        if part.of is None:
            columns.append(model_table.c[part.column].label(part.name))
            continue
        target = next(iter(model_table.c[part.column].foreign_keys)).column.table
        alias = target.alias(f"of_{part.column}")
        joined = joined.outerjoin(alias, alias.c.id == model_table.c[part.column])
        columns.append(alias.c[part.of].label(part.name))
    text = func.coalesce(cast(columns[0].element, String), literal(""))
    for column in columns[1:]:
        text = text + literal("\x1f") + func.coalesce(cast(column.element, String), literal(""))
    query = select(model_table.c.id, *columns).select_from(joined)
    return query, columns[0].element, model_table.c, text


def choices(db: Database, request: ChoiceRequest,
            should_stop: Callable[[], bool] | None = None) -> list[Label]:
    """One page of the rows of `request.table` as labels, in order, matching the search."""
    query, key, table_columns, text = _query(request.table)
    row_id = table_columns.id
    query = query.where(table_columns.deleted.is_(False))
    descending = request.table in NEWEST_FIRST
    words = [plain(word) for word in request.search.split()]
    if words:
        folded = func.fb_plain(text)
        query = query.where(and_(*[folded.like(f"%{_escape(w)}%", escape="\\")
                                   for w in words]))
    if request.after is not None:
        query = query.where(_past(key, row_id, request.after, descending))
    query = query.order_by(key.desc() if descending else key, row_id).limit(request.limit)
    with _stoppable(db, should_stop) as conn:
        conn.connection.driver_connection.create_function("fb_plain", 1, _plain_sql,
                                                          deterministic=True)
        rows = conn.execute(query).all()
    return [_label(request.table, row._mapping) for row in rows]


def describe(db: Database, table: str, row_id: str) -> Label | None:
    """The label of one row (a tombstoned one too: a reference may still point at it)."""
    query, _key, table_columns, _text = _query(table)
    query = query.where(table_columns.id == row_id)
    with db.engine.connect() as conn:
        row = conn.execute(query).first()
    return None if row is None else _label(table, row._mapping)


def _label(table: str, mapping) -> Label:
    parts = tuple((part.name, mapping[part.name]) for part in parts_of(table))
    return Label(str(mapping["id"]), parts, (parts[0][1], str(mapping["id"])))


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
