"""Paged list queries for the UI's tables: search, filter and sort in SQL.

The desktop lists fetch a page at a time (`page`) and the count separately
(`count`), so opening the million-row attendance list reads only the first
page. A reference column (a foreign key) shows, sorts and searches by the
label of the row it points at (a partner's name, a participant's code), joined
in the same query. Searching never looks into sensitive fields (names,
contacts): whether someone may see a name is decided in `privacy.py`.

A search term made only of ASCII characters uses SQLite's own LIKE, which
folds ASCII case in C; other terms go through `fb_fold`, the Unicode case fold
registered on every connection, which is much slower per row but right for
Cyrillic.

Pages are read with a key, not `OFFSET`: a request carries the sort value and
id of the last row already shown (`after`), and the next page starts past it
(`row > key` in the order of the list). SQLite then seeks in the index
instead of reading and throwing away every row before the page, and a row
inserted or deleted above the key does not shift the next page.

A list query can be stopped while it runs (`should_stop`): a search over a
million rows that the user has already replaced with a newer one is
interrupted by SQLite's progress handler instead of finishing for nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from sqlalchemy import String, and_, cast, func, literal, or_, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.types import Text
from sqlmodel.sql.sqltypes import AutoString

from app.domain.models import model_for_table
from app.storage.database import Database

# What a reference to a row of each table shows: the columns joined by " · ".
LABELS: dict[str, tuple[str, ...]] = {
    "device": ("name",),
    "app_user": ("name",),
    "partner": ("name",),
    "project": ("title",),
    "goal": ("title",),
    "indicator": ("name",),
    "activity": ("topic",),
    "training": ("title",),
    "training_session": ("held_on", "topic"),
    "participant": ("code",),
}

# The columns each list shows by default, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "device": ("name", "revoked"),
    "app_user": ("name", "role"),
    "partner": ("name", "country", "region", "sensitivity"),
    "project": ("title", "partner_id", "country", "status", "start_date", "end_date", "budget"),
    "goal": ("title", "project_id"),
    "indicator": ("name", "goal_id", "unit", "baseline", "target"),
    "indicator_value": ("indicator_id", "period_start", "period_end", "value", "source"),
    "disbursement": ("project_id", "paid_on", "amount", "currency"),
    "activity": ("topic", "kind", "project_id", "place", "start_date", "audience_count"),
    "training": ("title", "project_id", "place", "start_date", "end_date"),
    "training_session": ("held_on", "training_id", "topic", "completed"),
    "participant": ("code", "gender", "age_band", "organisation", "consent"),
    "roster_entry": ("training_id", "participant_id"),
    "attendance": ("participant_id", "session_id", "present"),
    "deployment": ("person", "partner_id", "role", "start_date", "end_date"),
    "field_report": ("visited_on", "partner_id", "place", "author"),
    "publication": ("title", "kind", "authors", "published_on", "language"),
    "advocacy_event": ("title", "kind", "held_on", "place", "audience_public"),
}


@dataclass(frozen=True)
class PageRequest:
    entity: str
    search: str = ""
    filters: dict = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    after: tuple | None = None  # (sort value, id) of the last row shown, or (id,) unsorted
    limit: int = 100
    columns: tuple[str, ...] | None = None

    def visible_columns(self) -> tuple[str, ...]:
        return self.columns or COLUMNS[self.entity]

    def key_of(self, row: dict) -> tuple:
        """The key of a row of this list, for the `after` of the next page."""
        return (row[self.sort], row["id"]) if self.sort else (row["id"],)


class QueryCancelledError(Exception):
    """The list query was stopped before it finished (a newer search replaced it)."""


# SQLite virtual-machine steps between two looks at `should_stop`: a few milliseconds.
PROGRESS_STEPS = 20_000


def label_expression(table_name: str, table) -> ColumnElement:
    """The SQL expression of a row's label (for references to it)."""
    parts = [cast(table.c[name], String) for name in LABELS.get(table_name, ("id",))]
    expression = parts[0]
    for part in parts[1:]:
        expression = expression + literal(" · ") + part
    return expression


def _build(request: PageRequest) -> tuple[Select, dict[str, ColumnElement]]:
    model = model_for_table(request.entity)
    table = model.__table__
    exprs: dict[str, ColumnElement] = {"id": table.c.id}
    joined = table
    for name in request.visible_columns():
        column = table.c[name]
        fks = list(column.foreign_keys)
        if fks:
            target_table = fks[0].column.table
            alias = target_table.alias(f"ref_{name}")
            joined = joined.outerjoin(alias, alias.c.id == column)
            exprs[name] = label_expression(target_table.name, alias).label(name)
        else:
            exprs[name] = column
    query = select(*exprs.values()).select_from(joined).where(table.c.deleted.is_(False))
    for name, value in request.filters.items():
        query = query.where(table.c[name] == value)
    needle = request.search.strip()
    if needle:
        sensitive = set(model.__sensitive__)
        searchable = [expr for name, expr in exprs.items()
                      if name != "id" and name not in sensitive
                      and (table.c[name].foreign_keys or _is_text(table.c[name]))]
        query = query.where(or_(*[_matches(_unlabel(e), needle) for e in searchable])
                            if searchable else and_(literal(False)))
    return query, exprs


def _is_text(column) -> bool:
    # SQLModel's AutoString reports `object` as its Python type, so ask the SQL type.
    return isinstance(column.type, AutoString | String) and not isinstance(column.type, Text)


def _unlabel(expression):
    return getattr(expression, "element", expression)


def _matches(expression, needle: str):
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if needle.isascii():
        return expression.like(f"%{escaped}%", escape="\\")
    return func.fb_fold(expression).like(f"%{escaped.casefold()}%", escape="\\")


def page_query(request: PageRequest) -> Select:
    """The SELECT of one page (exposed for the benchmark, which runs it raw)."""
    query, exprs = _build(request)
    row_id = model_for_table(request.entity).__table__.c.id
    key = _unlabel(exprs[request.sort]) if request.sort else None
    if request.after is not None:
        query = query.where(_past(key, row_id, request.after, request.descending))
    if key is not None:
        query = query.order_by(key.desc() if request.descending else key)
    return query.order_by(row_id).limit(request.limit)


def _past(key, row_id, after: tuple, descending: bool):
    """Rows after `after` in the order (key, id), with SQLite's NULLs first ascending and
    last descending."""
    last_id = after[-1]
    if key is None:
        return row_id > last_id
    value = after[0]
    if value is None:
        same = and_(key.is_(None), row_id > last_id)
        return same if descending else or_(same, key.is_not(None))
    same = and_(key == value, row_id > last_id)
    if descending:
        return or_(key < value, same, key.is_(None))
    return or_(key > value, same)


@contextmanager
def _stoppable(db: Database, should_stop: Callable[[], bool] | None) -> Iterator:
    """A connection whose statements SQLite interrupts once `should_stop()` is true."""
    stopped = []

    def progress() -> int:
        if should_stop():
            stopped.append(True)
            return 1  # SQLite abandons the statement with SQLITE_INTERRUPT
        return 0

    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        if should_stop is not None:
            raw.set_progress_handler(progress, PROGRESS_STEPS)
        try:
            yield conn
        except (OperationalError, sqlite3.OperationalError) as error:
            if stopped:
                raise QueryCancelledError from error
            raise
        finally:
            if should_stop is not None:
                raw.set_progress_handler(None, 0)


def page(db: Database, request: PageRequest,
         should_stop: Callable[[], bool] | None = None) -> list[dict]:
    """One page of rows as {column: value} with "id", in the requested order."""
    if request.sort is not None and request.sort not in request.visible_columns():
        raise KeyError(request.sort)
    with _stoppable(db, should_stop) as conn:
        return [dict(row._mapping) for row in conn.execute(page_query(request))]


def rows_by_id(db: Database, request: PageRequest, ids: list[str]) -> list[dict]:
    """The rows of `ids` as this list shows them (for updating rows in place); rows
    tombstoned or no longer matching the filters are left out."""
    if not ids:
        return []
    query, _ = _build(replace(request, search=""))
    row_id = model_for_table(request.entity).__table__.c.id
    with db.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query.where(row_id.in_(ids)))]


def count(db: Database, request: PageRequest,
          should_stop: Callable[[], bool] | None = None) -> int:
    """How many rows match the request's search and filters (paging ignored)."""
    query, _ = _build(request)
    with _stoppable(db, should_stop) as conn:
        return conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()


def page_with_total_query(request: PageRequest) -> Select:
    return page_query(request).add_columns(func.count().over().label("_total"))


def page_with_total(db: Database, request: PageRequest,
                    should_stop: Callable[[], bool] | None = None) -> tuple[list[dict], int]:
    """The first page and the number of matching rows, from one scan.

    A search has to look at every row anyway to count its matches, so the
    count rides along as a window column instead of a second full scan.
    """
    query = page_with_total_query(replace(request, after=None))
    with _stoppable(db, should_stop) as conn:
        rows = [dict(row._mapping) for row in conn.execute(query)]
    total = rows[0]["_total"] if rows else 0
    for row in rows:
        del row["_total"]
    return rows, total
