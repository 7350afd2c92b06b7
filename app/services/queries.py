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
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import String, and_, cast, func, literal, or_, select
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
    offset: int = 0
    limit: int = 100
    columns: tuple[str, ...] | None = None

    def visible_columns(self) -> tuple[str, ...]:
        return self.columns or COLUMNS[self.entity]


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
    model = model_for_table(request.entity)
    if request.sort:
        key = _unlabel(exprs[request.sort])
        query = query.order_by(key.desc() if request.descending else key)
    return query.order_by(model.__table__.c.id).offset(request.offset).limit(request.limit)


def page(db: Database, request: PageRequest) -> list[dict]:
    """One page of rows as {column: value} with "id", in the requested order."""
    if request.sort is not None and request.sort not in request.visible_columns():
        raise KeyError(request.sort)
    with db.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(page_query(request))]


def count(db: Database, request: PageRequest) -> int:
    """How many rows match the request's search and filters (paging ignored)."""
    query, _ = _build(request)
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()


def page_with_total_query(request: PageRequest) -> Select:
    return page_query(request).add_columns(func.count().over().label("_total"))


def page_with_total(db: Database, request: PageRequest) -> tuple[list[dict], int]:
    """The first page and the number of matching rows, from one scan.

    A search has to look at every row anyway to count its matches, so the
    count rides along as a window column instead of a second full scan.
    """
    query = page_with_total_query(request)
    with db.engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(query)]
    total = rows[0]["_total"] if rows else (0 if request.offset == 0 else None)
    for row in rows:
        del row["_total"]
    if total is None:
        total = count(db, request)
    return rows, total
